//! The root component: one reducer over the pure engine (`state`), one
//! context for the screens (`Env`), the effects as named hooks (`hooks`),
//! and which screen shows. A feature is a screen file, an action with a
//! table test, and at most one hook.

pub mod hooks;
pub mod state;

use std::rc::Rc;

use engine::evaluate;
use yew::prelude::*;

use self::hooks::{date_label, position, SavedView};
use self::state::{Action, Notice, Screen, State};
use crate::config::{Config, Theme};
use crate::env::Env;
use crate::events::WidgetEvent;
use crate::saved::{self, ImportError};
use crate::screens::history::{Entry, History};
use crate::screens::past::PastModel;
use crate::screens::question::QuestionScreen;
use crate::screens::start::StartModel;
use crate::screens::{emergency, past, result, start, summary, under_18};
use crate::store::{now_ms, SaveStatus, Store};
use crate::ui::transfer::Transfer;
use crate::wording::fill;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    /// Prints the summary; the host page is the embed module's business.
    #[prop_or_default]
    pub on_print: Callback<()>,
    /// Tells the host page what happened (see `events`); `embed` turns
    /// these into `CustomEvent`s.
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let config = &props.config;
    let store = use_memo((), |()| Store::claim(&config.storage_key));
    // Loaded before the first render, so the start screen shows "Continue"
    // at once (and a quick click cannot beat the load).
    let state = {
        let store = store.clone();
        use_reducer(move || State::loaded(store.load()))
    };
    let env = {
        let (dispatcher, props) = (
            state.dispatcher(),
            (props.on_event.clone(), props.on_print.clone()),
        );
        use_memo((), move |()| {
            Rc::new(Env::new(
                config,
                Callback::from(move |a| dispatcher.dispatch(a)),
                props.0,
                props.1,
            ))
        })
    };
    let env: Rc<Env> = (*env).clone();
    let outcome = use_memo(state.answers.clone(), |answers| {
        evaluate(answers, config.locale)
    });
    let views = hooks::use_saved_views(state.saved.clone(), config.locale);
    let transfer = hooks::use_transfer(&state);
    hooks::use_persistence(store, state.clone());
    hooks::use_host_events(
        env.clone(),
        config.events,
        state.screen,
        state.answers.clone(),
        outcome.clone(),
    );
    let card = use_node_ref();
    hooks::use_step_focus(card.clone(), state.screen);

    let words = env.words;
    // A polite live region announces where the visitor is after each step.
    let status = match state.screen {
        Screen::Ask(id) => position(&env, &state.answers, id),
        Screen::Result => words.result_title.to_owned(),
        _ => String::new(),
    };
    let device_note = match state.status {
        SaveStatus::Saved => None,
        SaveStatus::NotSaved => Some(words.not_saved),
        SaveStatus::ReadOnly => Some(words.read_only),
    };
    let theme = match env.theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::System => "system",
    };
    html! {
        <ContextProvider<Rc<Env>> context={env.clone()}>
            <div class="cc-card" part="card" data-theme={theme} lang={env.locale.tag()} ref={card}>
                <p class="cc-visually-hidden" role="status" aria-live="polite">{ status }</p>
                { screen(&env, &state, &outcome, &views, transfer) }
                if let Some(note) = device_note {
                    <p class="cc-device-note">{ note }</p>
                }
            </div>
        </ContextProvider<Rc<Env>>>
    }
}

/// The screen for the state.
fn screen(
    env: &Env,
    state: &UseReducerHandle<State>,
    outcome: &Rc<engine::Outcome>,
    views: &[SavedView],
    transfer: Option<(AttrValue, AttrValue)>,
) -> Html {
    let words = env.words;
    // Symptom scores up to and including the result `upto` (all when
    // `None`), oldest first, for the trend chart.
    let trend = |upto: Option<&str>| -> Vec<(AttrValue, u8)> {
        let end = upto
            .and_then(|id| views.iter().position(|v| v.id == id))
            .map_or(views.len(), |i| i + 1);
        views[..end]
            .iter()
            .filter_map(|v| Some((v.date.clone(), v.score?)))
            .collect()
    };
    match state.screen {
        Screen::Start => {
            let notice = match state.notice {
                Some(Notice::PutAside) => Some(words.put_aside),
                Some(Notice::Erased) => Some(words.erased),
                Some(Notice::Cleared) => Some(words.cleared),
                Some(Notice::MadeRoom { .. }) | None => None,
            };
            let model = StartModel {
                unfinished: state.saved.has_progress(),
                has_results: !state.saved.results.is_empty(),
                notice,
            };
            start::view(env, &model)
        }
        Screen::Ask(id) => html! {
            <QuestionScreen key={id} {id} answer={state.answers.get(id).cloned()}
                position={position(env, &state.answers, id)} />
        },
        Screen::Emergency => emergency::view(env, outcome),
        Screen::NotForYou => under_18::view(env, outcome),
        Screen::Result => {
            // This quiz's result is the newest point once saved; until then
            // (or if it could not be kept) it is added as today's.
            let saved_here = state
                .current_result
                .as_deref()
                .filter(|id| state.saved.result(id).is_some());
            let mut history = trend(saved_here);
            if let (None, Some(score)) = (saved_here, outcome.symptom_score) {
                history.push((date_label(now_ms(), env.locale).into(), score));
            }
            let made_room = match state.notice {
                Some(Notice::MadeRoom { saved_at }) => Some(fill(
                    words.made_room,
                    &[
                        ("max", &saved::MAX_RESULTS.to_string()),
                        ("date", &date_label(saved_at, env.locale)),
                    ],
                )),
                _ => None,
            };
            html! {
                <>
                    if let Some(note) = made_room {
                        <p class="cc-note cc-made-room" role="status">{ note }</p>
                    }
                    { result::view(env, outcome, &history) }
                </>
            }
        }
        Screen::Summary => match state.viewed() {
            Some(r) => {
                let (migrated, past) = saved::open(r, env.locale);
                summary::view(env, &migrated.answers, &past)
            }
            None => summary::view(env, &state.answers, outcome),
        },
        Screen::History => {
            let entries = Entry::newest_first(views);
            // Warned before the cap pushes anything out, not only after.
            let n = state.saved.results.len();
            let cap_note = (n + 10 >= saved::MAX_RESULTS).then(|| {
                AttrValue::from(fill(
                    words.at_cap,
                    &[
                        ("max", &saved::MAX_RESULTS.to_string()),
                        ("n", &n.to_string()),
                    ],
                ))
            });
            let (code, download_href) = transfer.unzip();
            let on_import_text = {
                let act = env.act.clone();
                Callback::from(move |text: String| {
                    act.emit(Action::Import(saved::import(&text, now_ms())))
                })
            };
            let on_import_file = {
                let act = env.act.clone();
                Callback::from(move |file: web_sys::File| {
                    // Refused before reading: a huge file is not a copy of
                    // results, and reading it would stall the page.
                    if file.size() > saved::MAX_IMPORT_BYTES as f64 {
                        act.emit(Action::Import(Err(ImportError::TooBig)));
                        return;
                    }
                    let act = act.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let read = crate::files::read_text(file).await;
                        act.emit(Action::Import(
                            read.map_or(Err(ImportError::FileUnreadable), |t| {
                                saved::import(&t, now_ms())
                            }),
                        ));
                    });
                })
            };
            html! {
                <History entries={Rc::new(entries)} {cap_note}>
                    <Transfer {code} {download_href} import={state.import} {on_import_text} {on_import_file} />
                </History>
            }
        }
        Screen::Past => match state.viewed() {
            Some(r) => {
                let (migrated, outcome) = saved::open(r, env.locale);
                let lost = migrated
                    .not_migrated
                    .iter()
                    .map(|id| {
                        engine::text::question(env.locale, id)
                            .map_or(id.clone(), |q| q.title.to_owned())
                    })
                    .collect();
                let date = date_label(r.saved_at, env.locale);
                let history = trend(Some(&r.id));
                past::view(
                    env,
                    &PastModel {
                        date: &date,
                        lost,
                        outcome: &outcome,
                        history: &history,
                    },
                )
            }
            None => Html::default(),
        },
    }
}
