//! Root component: one reducer over the pure engine decides which screen
//! shows; this file wires screens to actions and owns the effects: loading
//! saved data on mount, saving after every answer, following other tabs
//! through the `storage` event, and moving focus when the step changes.

use std::rc::Rc;

use engine::{evaluate, progress, Answers, Locale, CONTENT_VERSION};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::ending::Ending;
use crate::components::history::{Entry, History};
use crate::components::question::QuestionView;
use crate::components::result::ResultView;
use crate::components::start::Start;
use crate::components::summary::SummaryView;
use crate::components::transfer::Transfer;
use crate::config::{Config, EventLevel, Theme};
use crate::events::WidgetEvent;
use crate::saved::{self, Envelope, ImportError, Progress, SavedResult};
use crate::state::{Action, Notice, Save, Screen, State};
use crate::store::{now_ms, Change, SaveStatus, Store, Written};
use crate::{files, text};

/// A result's date in the visitor's time zone and locale style.
fn date(ms: u64, locale: Locale) -> String {
    let offset = js_sys::Date::new(&(ms as f64).into()).get_timezone_offset();
    saved::date_label(ms, offset as i32, locale)
}

/// The history list, oldest first, with each score's change since the one
/// before. Outcomes are recomputed from the answers (the engine is pure).
fn entries(saved: &Envelope, locale: Locale) -> Vec<Entry> {
    let mut previous: Option<u8> = None;
    saved
        .results
        .iter()
        .map(|r| {
            let (_, outcome) = saved::open(r, locale);
            let score = outcome.symptom_score;
            let change = score
                .zip(previous)
                .map(|(s, p)| i16::from(s) - i16::from(p));
            previous = score;
            Entry {
                id: r.id.clone().into(),
                date: date(r.saved_at, locale).into(),
                level: engine::text::level(locale, outcome.level, outcome.urgency)
                    .heading
                    .into(),
                score,
                change,
            }
        })
        .collect()
}

/// Scores of saved results up to and including `upto` (all when `None`),
/// oldest first, for the trend chart.
fn trend(saved: &Envelope, upto: Option<&str>, locale: Locale) -> Vec<(AttrValue, u8)> {
    let end = upto
        .and_then(|id| saved.results.iter().position(|r| r.id == id))
        .map_or(saved.results.len(), |i| i + 1);
    saved.results[..end]
        .iter()
        .filter_map(|r| Some((date(r.saved_at, locale).into(), saved::score(r)?)))
        .collect()
}

/// What a save adds: the id of the result, and the time of the oldest
/// result it pushed out to stay under the cap.
type Added = (Option<String>, Option<u64>);

/// The envelope the save effect writes for `state.save`, stamped now.
fn to_save(state: &State, last_saved: &mut Option<Answers>) -> (Envelope, Added) {
    let mut mine = (*state.saved).clone();
    // Strictly increasing within a tab, so two saves in one millisecond
    // still order right in the newest-wins merge (saturating: a stored
    // time is never near the top of the range, but arithmetic never wraps).
    let now = now_ms();
    let updated = mine
        .progress
        .as_ref()
        .map_or(now, |p| now.max(p.updated.saturating_add(1)));
    let progress = |answers: &Answers, at: Option<String>| Progress {
        content_version: CONTENT_VERSION,
        answers: saved::raw(answers),
        at,
        updated,
    };
    let mut added = (None, None);
    match state.save {
        Save::Nothing | Save::Envelope | Save::Erase => {}
        Save::Progress => {
            let at = match state.screen {
                Screen::Ask(id) => Some(id.to_owned()),
                _ => None,
            };
            mine.progress = Some(progress(&state.answers, at));
        }
        Save::Finished => {
            // Once per finished set of answers, however often this runs.
            if last_saved.as_ref() != Some(&state.answers) {
                let id = saved::result_id(now, (js_sys::Math::random() * 16_777_216.0) as u32);
                let made_room = mine.add(SavedResult {
                    id: id.clone(),
                    saved_at: now,
                    content_version: CONTENT_VERSION,
                    answers: saved::raw(&state.answers),
                });
                *last_saved = Some(state.answers.clone());
                added = (Some(id), made_room.map(|r| r.saved_at));
            }
            mine.progress = Some(progress(&Answers::new(), None));
        }
    }
    (mine, added)
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    /// Prints the summary; the host page is the embed module's business.
    #[prop_or_default]
    pub on_print: Callback<()>,
    /// Announces start, steps, completion and product clicks to the host
    /// page (see `events`); `embed` turns them into `CustomEvent`s.
    #[prop_or_default]
    pub on_event: Callback<crate::events::WidgetEvent>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let AppProps {
        config,
        on_print,
        on_event,
    } = props;
    let locale: Locale = config.locale;
    let base = config.heading_level;
    let store = use_memo((), |()| Store::claim(&config.storage_key));
    // Loaded before the first render, so the start screen shows "Continue"
    // at once (and a quick click cannot beat the load).
    let state = {
        let store = store.clone();
        use_reducer(move || {
            let loaded = store.load();
            State::with_saved(loaded.envelope, loaded.status, loaded.put_aside)
        })
    };
    let card = use_node_ref();

    // Save whatever the last action asked for; `revision` changes once per
    // request, so re-renders never save twice.
    {
        let (store, state) = (store.clone(), state.clone());
        let last_saved = use_mut_ref(|| None::<Answers>);
        use_effect_with(state.revision, move |_| {
            if state.save == Save::Nothing || state.revision == 0 {
                return;
            }
            if state.save == Save::Erase {
                *last_saved.borrow_mut() = None;
                store.erase();
                return;
            }
            let (mine, (result, made_room)) = to_save(&state, &mut last_saved.borrow_mut());
            match store.save(&mine) {
                Written::Kept(saved, status) => state.dispatch(Action::Stored {
                    saved: Rc::new(saved),
                    status,
                    result,
                    made_room,
                }),
                // Removed from outside since we last looked: forget it here
                // too instead of writing it back.
                Written::Cleared => state.dispatch(Action::Cleared),
            }
        });
    }

    // Follow other tabs: their writes arrive as `storage` events.
    {
        let (store, dispatcher) = (store.clone(), state.dispatcher());
        use_effect_with((), move |()| {
            let listener = store.listen(move |change| {
                dispatcher.dispatch(match change {
                    Change::Envelope(theirs) => Action::Synced(Rc::new(theirs)),
                    Change::Cleared => Action::Cleared,
                })
            });
            move || drop(listener)
        });
    }

    // The results file behind the download link: an object URL made while
    // "My saved results" shows, revoked when it changes or closes.
    let download = use_state(|| None::<AttrValue>);
    {
        let download = download.clone();
        let exported = (state.screen == Screen::History).then(|| state.saved.results.clone());
        use_effect_with(exported, move |exported| {
            let url = exported
                .as_ref()
                .filter(|r| !r.is_empty())
                .and_then(|r| files::object_url(&saved::export_file(r)));
            download.set(url.clone().map(AttrValue::from));
            move || {
                if let Some(url) = url {
                    files::revoke(&url);
                }
            }
        });
    }

    // Move focus to the new step's heading when the step changes, so
    // keyboard and screen-reader users land on it; never on first render,
    // so the widget does not steal focus from the host page on load.
    {
        let card = card.clone();
        let first_render = use_mut_ref(|| true);
        use_effect_with(state.screen, move |_| {
            if std::mem::take(&mut *first_render.borrow_mut()) {
                return;
            }
            let heading = card
                .cast::<HtmlElement>()
                .and_then(|c| c.query_selector("#cc-step-heading").ok().flatten())
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(h).ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        });
    }

    // The outcome is derived from the answers, computed once per change.
    let outcome = use_memo(state.answers.clone(), |answers| evaluate(answers, locale));

    // Tell the host page what happened: started, finished. Nothing derived
    // from health unless the shop opted in (`config::EventLevel`): no step
    // events by default, since which questions are asked reveals answers.
    {
        let (on_event, answers, level) = (on_event.clone(), state.answers.clone(), config.events);
        let previous = use_mut_ref(|| Screen::Start);
        use_effect_with((state.screen, outcome.clone()), move |(screen, outcome)| {
            let before = std::mem::replace(&mut *previous.borrow_mut(), *screen);
            if before == *screen {
                return;
            }
            match screen {
                Screen::Ask(id) => {
                    if before == Screen::Start {
                        on_event.emit(WidgetEvent::Start);
                    }
                    if level >= EventLevel::Funnel {
                        let p = progress(&answers, Some(id));
                        on_event.emit(WidgetEvent::Step {
                            question: id,
                            number: p.number,
                            about_total: p.about_total,
                        });
                    }
                }
                // Every ending alike, so which one it was does not show.
                Screen::Result | Screen::Emergency | Screen::NotForYou
                    if before != Screen::Summary =>
                {
                    on_event.emit(WidgetEvent::complete(outcome, &answers, level))
                }
                _ => {}
            }
        });
    }
    let on_shop_click = {
        let (on_event, url) = (
            on_event.clone(),
            config.shop_url.clone().unwrap_or_default(),
        );
        Callback::from(move |()| on_event.emit(WidgetEvent::ProductClick { url: url.clone() }))
    };
    let act = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action.clone()))
    };

    let ui = text::ui(locale);
    let start_notice = match state.notice {
        Some(Notice::PutAside) => Some(ui.put_aside),
        Some(Notice::Erased) => Some(ui.erased),
        Some(Notice::Cleared) => Some(ui.cleared),
        Some(Notice::MadeRoom { .. }) | None => None,
    };
    let made_room = match state.notice {
        Some(Notice::MadeRoom { saved_at }) => Some(text::fill(
            ui.made_room,
            &[
                ("max", &saved::MAX_RESULTS.to_string()),
                ("date", &date(saved_at, locale)),
            ],
        )),
        _ => None,
    };
    let device_note = match state.status {
        SaveStatus::Saved => None,
        SaveStatus::NotSaved => Some(ui.not_saved),
        SaveStatus::ReadOnly => Some(ui.read_only),
    };
    let view = match state.screen {
        Screen::Start => html! {
            <Start {locale} heading_level={base} on_start={act(Action::Start)}
                on_continue={state.saved.has_progress().then(|| act(Action::Continue))}
                on_start_over={act(Action::StartOver)}
                on_history={Some(act(Action::OpenHistory))}
                has_results={!state.saved.results.is_empty()}
                notice={start_notice.map(AttrValue::from)} />
        },
        Screen::Ask(id) => {
            let p = progress(&state.answers, Some(id));
            let on_answer = {
                let state = state.clone();
                Callback::from(move |answer| state.dispatch(Action::Answer(id, answer)))
            };
            html! {
                <QuestionView key={id} {id} {locale} heading_level={base}
                    answer={state.answers.get(id).cloned()}
                    position={text::question_of(text::ui(locale), p.number, p.about_total)}
                    {on_answer} on_skip={act(Action::Skip(id))} on_back={act(Action::Back)} />
            }
        }
        Screen::Emergency | Screen::NotForYou => html! {
            <Ending {locale} heading_level={base} emergency={state.screen == Screen::Emergency}
                outcome={outcome.clone()} on_back={act(Action::Back)} on_restart={act(Action::Restart)} />
        },
        Screen::Result => {
            // This quiz's result is the newest point once saved; until then
            // (or if it could not be kept) it is added as today's.
            let saved_here = state
                .current_result
                .as_deref()
                .filter(|id| state.saved.result(id).is_some());
            let mut history = trend(&state.saved, saved_here, locale);
            if let (None, Some(score)) = (saved_here, outcome.symptom_score) {
                history.push((date(now_ms(), locale).into(), score));
            }
            html! {
                <>
                    if let Some(note) = made_room {
                        <p class="cc-note cc-made-room" role="status">{ note }</p>
                    }
                    <ResultView {locale} heading_level={base} outcome={outcome.clone()}
                        shop_url={config.shop_url.clone().map(AttrValue::from)} {history}
                        on_summary={act(Action::ShowSummary)} on_change={act(Action::ChangeAnswers)}
                        on_restart={act(Action::Restart)} on_shop_click={on_shop_click.clone()} />
                </>
            }
        }
        Screen::Summary => {
            let (answers, outcome) = match state.viewed() {
                Some(r) => {
                    let (migrated, outcome) = saved::open(r, locale);
                    (migrated.answers, Rc::new(outcome))
                }
                None => (state.answers.clone(), outcome.clone()),
            };
            html! {
                <SummaryView {locale} heading_level={base} {answers} {outcome}
                    on_print={on_print.clone()} on_close={act(Action::CloseSummary)} />
            }
        }
        Screen::History => {
            let list = entries(&state.saved, locale)
                .into_iter()
                .rev()
                .collect::<Vec<_>>();
            let code = (!state.saved.results.is_empty())
                .then(|| AttrValue::from(saved::export_code(&state.saved.results)));
            // Warned before the cap pushes anything out, not only after.
            let n = state.saved.results.len();
            let cap_note = (n + 10 >= saved::MAX_RESULTS).then(|| {
                AttrValue::from(text::fill(
                    ui.at_cap,
                    &[
                        ("max", &saved::MAX_RESULTS.to_string()),
                        ("n", &n.to_string()),
                    ],
                ))
            });
            let on_import_text = {
                let state = state.clone();
                Callback::from(move |text: String| {
                    state.dispatch(Action::Import(saved::import(&text, now_ms())))
                })
            };
            let on_import_file = {
                let dispatcher = state.dispatcher();
                Callback::from(move |file: web_sys::File| {
                    // Refused before reading: a huge file is not a copy of
                    // results, and reading it would stall the page.
                    if file.size() > saved::MAX_IMPORT_BYTES as f64 {
                        dispatcher.dispatch(Action::Import(Err(ImportError::TooBig)));
                        return;
                    }
                    let dispatcher = dispatcher.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let read = files::read_text(file).await;
                        let imported = read.map_or(Err(ImportError::FileUnreadable), |t| {
                            saved::import(&t, now_ms())
                        });
                        dispatcher.dispatch(Action::Import(imported));
                    });
                })
            };
            let with_id = |f: fn(String) -> Action| {
                let state = state.clone();
                Callback::from(move |id: AttrValue| state.dispatch(f(id.to_string())))
            };
            html! {
                <History {locale} heading_level={base} entries={list}
                    on_open={with_id(Action::Open)} on_delete={with_id(Action::Delete)}
                    on_erase_all={act(Action::EraseAll)} {cap_note} on_back={act(Action::CloseHistory)}>
                    <Transfer {locale} heading_level={base} {code} download_href={(*download).clone()}
                        import={state.import} {on_import_text} {on_import_file} />
                </History>
            }
        }
        Screen::Past => match state.viewed() {
            Some(r) => {
                let (migrated, past) = saved::open(r, locale);
                let lost: Vec<String> = migrated
                    .not_migrated
                    .iter()
                    .map(|id| {
                        engine::text::question(locale, id)
                            .map_or(id.clone(), |q| q.title.to_owned())
                    })
                    .collect();
                html! {
                    <div class="cc-past">
                        <div class="cc-nav">
                            <button type="button" class="cc-button cc-quiet cc-back-results"
                                onclick={act(Action::ClosePast).reform(|_: MouseEvent| ())}>{ ui.back_to_results }</button>
                        </div>
                        <p class="cc-saved-on">{ text::fill(ui.saved_on, &[("date", &date(r.saved_at, locale))]) }</p>
                        if !lost.is_empty() {
                            <div class="cc-note cc-not-migrated">
                                <p>{ ui.not_migrated }</p>
                                <ul>{ for lost.into_iter().map(|q| html! { <li>{ q }</li> }) }</ul>
                            </div>
                        }
                        <ResultView {locale} heading_level={base} outcome={Rc::new(past)}
                            shop_url={config.shop_url.clone().map(AttrValue::from)}
                            history={trend(&state.saved, Some(&r.id), locale)}
                            on_summary={act(Action::ShowSummary)} on_change={act(Action::ChangeAnswers)}
                            on_restart={act(Action::Restart)} {on_shop_click} />
                    </div>
                }
            }
            None => Html::default(),
        },
    };

    // A polite live region announces where the visitor is after each step.
    let status = match state.screen {
        Screen::Ask(id) => {
            let p = progress(&state.answers, Some(id));
            text::question_of(text::ui(locale), p.number, p.about_total)
        }
        Screen::Result => text::ui(locale).result_title.to_owned(),
        _ => String::new(),
    };
    let theme = match config.theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::System => "system",
    };
    html! {
        <div class="cc-card" part="card" data-theme={theme} lang={locale.tag()} ref={card}>
            <p class="cc-visually-hidden" role="status" aria-live="polite">{ status }</p>
            { view }
            if let Some(note) = device_note {
                <p class="cc-device-note">{ note }</p>
            }
        </div>
    }
}
