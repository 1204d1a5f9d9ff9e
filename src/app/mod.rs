//! The root component: one reducer over the pure engine (`state`), one
//! context for the screens (`Env`), the effects as named hooks (`hooks`),
//! and which screen shows. A feature is a screen file, an action with a
//! table test, and at most one hook.

pub mod hooks;
pub mod models;
pub mod state;

use std::rc::Rc;

use engine::{evaluate, Outcome};
use yew::prelude::*;

use self::hooks::{date_label, position, SavedView};
use self::state::{Screen, State};
use crate::catalogue::Catalogue;
use crate::config::Config;
use crate::env::Env;
use crate::events::WidgetEvent;
use crate::saved;
use crate::screens::history::{Entry, History};
use crate::screens::past::PastModel;
use crate::screens::question::QuestionScreen;
use crate::screens::{emergency, past, result, start, summary, under_18};
use crate::store::{now_ms, SaveStatus, Store};
use crate::ui::transfer::{self, TransferModel};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    /// The shop's catalogue as given inside the element, if it was; else
    /// it is fetched from `config.catalog_url`.
    #[prop_or_default]
    pub catalogue_text: Option<Rc<str>>,
    /// Prints the summary; the host page is the embed module's business.
    #[prop_or_default]
    pub on_print: Callback<()>,
    /// Tells the host page what happened (see `events`); `embed` turns
    /// these into `CustomEvent`s.
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
    /// A button of the prerendered start screen pressed before the app was
    /// ready; honoured once it is (see `hooks::use_takeover`).
    #[prop_or_default]
    pub early: Option<Early>,
    /// Called once, after the first render: `embed` then puts this render
    /// in place of the prerendered screen.
    #[prop_or_default]
    pub on_ready: Callback<()>,
}

/// A press on the prerendered start screen, kept by the loader until the
/// app is ready: the Start button (`.cc-begin`) or the saved-results one
/// (`.cc-history-open`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Early {
    Start,
    History,
}

/// The class of the element the app renders into; the prerendered screen
/// sits in one too, so the two DOMs are the same.
pub const ROOT_CLASS: &str = "cc";

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
    let env = hooks::use_env_for(props, state.dispatcher());
    let outcome = use_memo(state.answers.clone(), |answers| {
        evaluate(answers, config.locale)
    });
    let views = hooks::use_saved_views(state.saved.clone(), config.locale);
    let catalogue = hooks::use_catalogue(props.catalogue_text.clone(), config.catalog_url.clone());
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

    hooks::use_takeover(
        props.on_ready.clone(),
        props.early,
        state.saved.has_progress(),
        state.dispatcher(),
    );

    html! {
        <ContextProvider<Rc<Env>> context={env.clone()}>
            { frame(&env, card, &state, screen(&env, &state, &outcome, &views, &catalogue, transfer)) }
        </ContextProvider<Rc<Env>>>
    }
}

/// The card around every screen: a polite live region that announces where
/// the visitor is after each step, the screen, and the quiet note when
/// answers are not being saved.
pub fn frame(env: &Env, card: NodeRef, state: &State, body: Html) -> Html {
    // No text node at all when there is nothing to say, as in the
    // prerendered screen (an empty one would make the two DOMs differ).
    let status = Some(models::live_status(env, state)).filter(|s| !s.is_empty());
    html! {
        <div class="cc-card" part="card" data-theme={env.theme.as_str()} lang={env.locale.tag()} ref={card}>
            <p class="cc-visually-hidden" role="status" aria-live="polite">{ status }</p>
            { body }
            if let Some(note) = models::device_note(env, state) {
                <p class="cc-device-note">{ note }</p>
            }
        </div>
    }
}

/// The first screen of a visitor with nothing saved, as the app renders it:
/// what the build prerenders (`src/bin/prerender.rs`) for the loader to
/// show before the wasm arrives.
pub fn first_screen(env: &Env) -> Html {
    let fresh = State::with_saved(saved::Envelope::default(), SaveStatus::Saved, false);
    frame(
        env,
        NodeRef::default(),
        &fresh,
        start::view(env, &models::start(env, &fresh)),
    )
}

/// The screen for the state.
fn screen(
    env: &Env,
    state: &State,
    outcome: &Rc<Outcome>,
    views: &[SavedView],
    catalogue: &Catalogue,
    transfer: Option<(AttrValue, AttrValue)>,
) -> Html {
    match state.screen {
        Screen::Start => start::view(env, &models::start(env, state)),
        Screen::Ask(id) => html! {
            <QuestionScreen key={id} {id} answer={state.answers.get(id).cloned()}
                position={position(env, &state.answers, id)} />
        },
        Screen::Emergency => emergency::view(env, outcome),
        Screen::NotForYou => under_18::view(env, outcome),
        Screen::Result => {
            let today = date_label(now_ms(), env.locale);
            let trend = models::result_trend(state, views, outcome, &today);
            html! {
                <>
                    if let Some(note) = models::made_room(env, state, |ms| date_label(ms, env.locale)) {
                        <p class="cc-note cc-made-room" role="status">{ note }</p>
                    }
                    { result::view(env, outcome, &trend, &models::offer(state, outcome, &state.answers, catalogue)) }
                </>
            }
        }
        Screen::Summary => match state.viewed() {
            Some(r) => {
                let (migrated, past) = saved::open(r, env.locale);
                summary::view(env, &migrated.answers, &past, r.measurements)
            }
            None => summary::view(env, &state.answers, outcome, state.measurements()),
        },
        Screen::History => {
            let (code, download_href) = transfer.unzip();
            html! {
                <History entries={Rc::new(Entry::newest_first(views))} cap_note={models::cap_note(env, state)}>
                    { transfer::transfer(env, &TransferModel { code, download_href, import: state.import }) }
                </History>
            }
        }
        Screen::Past => match models::past(env, state, views) {
            Some((date, lost, outcome, answers)) => {
                let history = models::trend(views, state.viewing.as_deref());
                let offer = models::offer(state, &outcome, &answers, catalogue);
                past::view(
                    env,
                    &PastModel {
                        date: &date,
                        lost,
                        outcome: &outcome,
                        history: &history,
                        offer,
                    },
                )
            }
            None => Html::default(),
        },
    }
}
