//! The root component: one reducer over the pure engine (`state`), one
//! context for the screens (`Env`), the effects as named hooks (`hooks`),
//! and which screen shows. A feature is a screen file, an action with a
//! table test, and at most one hook.

pub mod dates;
pub mod hooks;
pub mod models;
pub mod state;
mod view;

pub use view::{first_screen, frame};

use std::rc::Rc;

use engine::evaluate;
use yew::prelude::*;

use self::state::State;
use self::view::screen;
use crate::config::Config;
use crate::env::Env;
use crate::events::WidgetEvent;
#[cfg(feature = "es")]
use crate::language;
#[cfg(feature = "es")]
use crate::saved;
use crate::store::Store;

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
    /// ready: Start is honoured in the first render (the state starts on
    /// the first question), "Bring back saved results" right after it (see
    /// `hooks::use_takeover`).
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
    /// The language switch (`.cc-lang`) pressed outside this build's own
    /// handler: on the prerendered screen before the app was ready, or in
    /// the English build, which has no Spanish, when the loader hands the
    /// element to the Spanish build. `true`: it was pressed mid-quiz, so the
    /// quiz goes on at the saved question (the first one when nothing was
    /// answered yet) instead of the start screen.
    #[cfg(feature = "es")]
    Language(saved::Language, bool),
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
        let early = props.early;
        use_reducer(move || {
            let loaded = State::loaded(store.load());
            // Start pressed on the prerendered screen, with no unfinished
            // quiz saved: the first render is already the first question,
            // so the visitor waits for one render, not two.
            match early {
                Some(Early::Start) if !loaded.saved.has_progress() => {
                    Rc::unwrap_or_clone(Rc::new(loaded).reduce(state::Action::Start))
                }
                #[cfg(feature = "es")]
                Some(Early::Language(_, true)) => {
                    let action = if loaded.saved.has_progress() {
                        state::Action::Continue
                    } else {
                        state::Action::Start
                    };
                    Rc::unwrap_or_clone(Rc::new(loaded).reduce(action))
                }
                _ => loaded,
            }
        })
    };
    // The page's locale in the visitor's pick of language; a pick this
    // build cannot speak (Spanish, in the English build) keeps the page's
    // until the loader hands the element to the other build.
    #[cfg(feature = "es")]
    let locale = language::locale_for(config.locale, state.saved.language.map(|c| c.language));
    #[cfg(not(feature = "es"))]
    let locale = config.locale;
    let env = hooks::use_env_for(props, locale, state.dispatcher());
    let outcome = use_memo((state.answers.clone(), locale), |(answers, locale)| {
        evaluate(answers, *locale)
    });
    let views = hooks::use_saved_views(state.saved.clone(), locale);
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
        card.clone(),
        state.dispatcher(),
    );

    html! {
        <ContextProvider<Rc<Env>> context={env.clone()}>
            { frame(&env, card, &state, screen(&env, &state, &outcome, &views, &catalogue, transfer)) }
        </ContextProvider<Rc<Env>>>
    }
}
