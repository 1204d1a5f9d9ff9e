//! The root component's effects, one named hook each, so a feature adds a
//! hook here instead of learning how five effects in one function interact:
//! saving and following other tabs (`use_persistence`), moving focus when
//! the step changes (`use_step_focus`), telling the host page
//! (`use_host_events`), the saved results as the screens show them
//! (`use_saved_views`), the copy to keep (`use_transfer`), the shop's
//! catalogue (`use_catalogue`) and taking over from the prerendered first
//! screen (`use_takeover`).

use std::rc::Rc;

use engine::{progress, Answers, Locale, Outcome};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::dates::date_label;
use super::models::SavedView;
use super::state::{plan_save, Action, Save, Screen, State};
use super::Early;
use crate::catalogue::{self, Catalogue};
use crate::config::EventLevel;
use crate::env::Env;
use crate::events::WidgetEvent;
use crate::fetch::Refused;
use crate::files;
#[cfg(feature = "es")]
use crate::saved::Chosen;
use crate::saved::{self, Envelope};
use crate::store::{now_ms, Change, Erased, Store, Written};
use crate::ui::heading::STEP_HEADING;

/// The widget's environment, made once: the configuration, where actions
/// go, and the host page's callbacks.
#[hook]
pub fn use_env_for(
    props: &super::AppProps,
    locale: Locale,
    dispatcher: UseReducerDispatcher<State>,
) -> Rc<Env> {
    let (config, on_event, on_print) = (
        props.config.clone(),
        props.on_event.clone(),
        props.on_print.clone(),
    );
    let env = use_memo(locale, move |&locale| {
        // The clock is read here, at dispatch, so the reducer stays pure.
        let act = Callback::from(move |a: Action| dispatcher.dispatch(a.stamped(now_ms())));
        // Every event passes the one policy on its way out, so no screen can
        // tell the page more than the shop opted in to.
        let level = config.events;
        let on_event = Callback::from(move |e: WidgetEvent| {
            if e.allowed_at(level) {
                on_event.emit(e)
            }
        });
        Rc::new(Env::new(&config, locale, act, on_event, on_print))
    });
    (*env).clone()
}

/// The shop's product catalogue: read from the element at once, or
/// fetched once from `data-catalog-url` as the widget starts (before any
/// answer), with every picture it could ever show requested then too. Every part that had to be skipped is named in one console
/// warning; nothing usable leaves an empty catalogue (the shop link shows).
#[hook]
pub fn use_catalogue(inline: Option<Rc<str>>, url: Option<String>) -> Rc<Catalogue> {
    let warn = |w: &catalogue::Warning| {
        web_sys::console::warn_1(&format!("<circulation-check> catalogue {}", w.message()).into());
    };
    let read = move |text: &str| {
        let (catalogue, warnings) = catalogue::parse(text);
        warnings.iter().for_each(warn);
        Rc::new(catalogue)
    };
    let from_element = inline.clone();
    let catalogue = use_state(move || from_element.map(|t| read(&t)).unwrap_or_default());
    {
        let catalogue = catalogue.clone();
        use_effect_with((), move |()| {
            if let (None, Some(url)) = (inline, url) {
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::fetch::catalogue(&url).await {
                        Ok(text) => catalogue.set(read(&text)),
                        // Over the cap: refused unread, one warning, the shop link.
                        Err(Refused::TooBig(w)) => warn(&w),
                        Err(Refused::Unavailable) => web_sys::console::warn_1(
                            &"<circulation-check> catalogue: data-catalog-url could not be fetched; the shop link is shown".into(),
                        ),
                    }
                });
            }
        });
    }
    // Every picture it could ever show, as soon as it is read, before any
    // answer (`pictures`: the same requests for every visitor).
    // Keyed by the catalogue's address, not its contents: a new one is a new
    // Rc, and comparing up to 200 products on every render would be waste.
    let current = (*catalogue).clone();
    use_effect_with(Rc::as_ptr(&current) as usize, move |_| {
        crate::pictures::request_all(&current)
    });
    (*catalogue).clone()
}

/// Writes whatever the last action asked for, once per request
/// (`revision`), and follows other tabs through the `storage` event.
#[hook]
pub fn use_persistence(store: Rc<Store>, state: UseReducerHandle<State>) {
    {
        let (store, state) = (store.clone(), state.clone());
        use_effect_with(state.revision, move |_| {
            if state.revision == 0 {
                return;
            }
            if state.save == Save::Erase {
                match store.erase() {
                    Erased::All => {}
                    erased => state.dispatch(Action::NotErased {
                        nothing: erased == Erased::Nothing,
                    }),
                }
                return;
            }
            let nonce = (js_sys::Math::random() * 16_777_216.0) as u32;
            let Some(plan) = plan_save(&state, now_ms(), nonce) else {
                return;
            };
            match store.save(&plan.envelope) {
                Written::Kept(saved, status) => state.dispatch(Action::Stored {
                    saved: Rc::new(saved),
                    status,
                    result: plan.added,
                    made_room: plan.made_room,
                }),
                // Removed from outside since we last looked: forget it here
                // too instead of writing it back.
                Written::Cleared => state.dispatch(Action::Cleared),
            }
        });
    }
    let dispatcher = state.dispatcher();
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

/// Moves focus to the new step's heading when the step changes, so
/// keyboard and screen-reader users land on it; never on the first render,
/// so the widget does not take focus from the host page on load.
#[hook]
pub fn use_step_focus(card: NodeRef, screen: Screen) {
    let first_render = use_mut_ref(|| true);
    use_effect_with(screen, move |_| {
        if std::mem::take(&mut *first_render.borrow_mut()) {
            return;
        }
        if let Some(heading) = step_heading(&card) {
            let _ = heading.focus();
        }
    });
}

/// The heading of the step the card shows.
fn step_heading(card: &NodeRef) -> Option<HtmlElement> {
    card.cast::<HtmlElement>()
        .and_then(|c| c.query_selector(&format!("#{STEP_HEADING}")).ok().flatten())
        .and_then(|h| h.dyn_into::<HtmlElement>().ok())
}

/// After the first render: `on_ready` puts it in place of the prerendered
/// screen (in the same task, so nothing paints in between), then a button
/// pressed there early is honoured. An early Start was honoured before the
/// first render (`App` starts on the first question): focus moves to its
/// heading, as for any new step. An early Start with an unfinished quiz
/// saved stays on the start screen, whose "Continue where you left off"
/// the visitor had not seen yet (embed moves their focus onto it): starting
/// afresh would put their answers aside unasked.
#[hook]
pub fn use_takeover(
    on_ready: Callback<()>,
    early: Option<Early>,
    card: NodeRef,
    dispatcher: UseReducerDispatcher<State>,
) {
    use_effect_with((), move |()| {
        on_ready.emit(());
        match early {
            Some(Early::Start) => focus_step_heading(&card),
            Some(Early::History) => dispatcher.dispatch(Action::OpenHistory),
            #[cfg(feature = "es")]
            Some(Early::Language(language, _)) => dispatcher.dispatch(Action::Language(Chosen {
                language,
                at: now_ms(),
            })),
            None => {}
        }
    });
}

/// Focuses the step's heading, unless the card still shows the start
/// screen (an early Start that met saved progress): focus belongs on its
/// "Continue", where the takeover put it.
fn focus_step_heading(card: &NodeRef) {
    let started = card
        .cast::<HtmlElement>()
        .is_some_and(|c| c.query_selector(".cc-start").ok().flatten().is_none());
    if let Some(heading) = step_heading(card).filter(|_| started) {
        let _ = heading.focus();
    }
}

/// Tells the host page the quiz started and ended; nothing derived from
/// health unless the shop opted in (`EventLevel`): no step events by
/// default, since which questions are asked reveals answers.
#[hook]
pub fn use_host_events(
    env: Rc<Env>,
    level: EventLevel,
    screen: Screen,
    answers: Answers,
    outcome: Rc<Outcome>,
) {
    let previous = use_mut_ref(|| Screen::Start);
    use_effect_with((screen, outcome), move |(screen, outcome)| {
        let before = std::mem::replace(&mut *previous.borrow_mut(), *screen);
        if before == *screen {
            return;
        }
        match screen {
            Screen::Ask(id) => {
                if before == Screen::Start {
                    env.on_event.emit(WidgetEvent::Start);
                }
                // Worked out only where it may be sent (`allowed_at`).
                if level >= EventLevel::Funnel {
                    let p = progress(&answers, Some(id));
                    env.on_event.emit(WidgetEvent::Step {
                        question: id,
                        number: p.number,
                        about_total: p.about_total,
                    });
                }
            }
            // Every ending alike, so which one it was does not show.
            Screen::Result | Screen::Emergency | Screen::NotForYou if before != Screen::Summary => {
                env.on_event
                    .emit(WidgetEvent::complete(outcome, &answers, level))
            }
            _ => {}
        }
    });
}

/// The saved results as the screens show them, oldest first.
#[hook]
pub fn use_saved_views(saved: Rc<Envelope>, locale: Locale) -> Rc<Vec<SavedView>> {
    // Keyed by the results' ids, not the envelope: the envelope changes with
    // every answer (the progress is in it), a saved result never does, and
    // opening one re-runs the engine on its answers (up to 300 of them).
    let ids: Vec<String> = saved.results.iter().map(|r| r.id.clone()).collect();
    use_memo((ids, locale), move |(_, locale)| {
        saved
            .results
            .iter()
            .map(|r| {
                let (_, outcome) = saved::open(r, *locale);
                SavedView {
                    id: r.id.clone().into(),
                    date: date_label(r.saved_at, *locale).into(),
                    level: engine::text::level(*locale, outcome.level, outcome.urgency)
                        .heading
                        .into(),
                    score: outcome.symptom_score,
                }
            })
            .collect()
    })
}

/// The copy to keep while "My saved results" shows: the export code and an
/// object URL of the results file, revoked when it changes or closes.
#[hook]
pub fn use_transfer(state: &State) -> Option<(AttrValue, AttrValue)> {
    let made = use_state(|| None::<(AttrValue, AttrValue)>);
    let exported = (state.screen == Screen::History && !state.saved.results.is_empty())
        .then(|| state.saved.clone());
    {
        let made = made.clone();
        use_effect_with(exported, move |exported| {
            let copy = exported.as_ref().and_then(|saved| {
                let url = files::object_url(&saved::export_file(&saved.results))?;
                Some((saved::export_code(&saved.results).into(), url.into()))
            });
            made.set(copy.clone());
            move || {
                if let Some((_, url)) = copy {
                    files::revoke(&url);
                }
            }
        });
    }
    (*made).clone()
}
