//! One context for what every screen needs to know about where it runs:
//! the locale, the host page's heading level, the interface wording, the
//! shop's settings, and the three ways out of a screen (an `Action` for the
//! reducer, an event for the host page, printing). The root component
//! provides it once; stateful screens read it with [`use_env`], plain view
//! functions take it as their first argument. Nothing is drilled through
//! props.

use std::rc::Rc;

use engine::Locale;
use yew::prelude::*;

use crate::app::state::Action;
use crate::config::{Config, EventLevel, Theme};
use crate::events::WidgetEvent;
use crate::wording::{words, Words};

/// Where a widget runs and what it may do.
#[derive(Clone, Debug)]
pub struct Env {
    pub locale: Locale,
    /// Level (2..=6) of the widget's top heading, to fit the host outline.
    pub base: u8,
    /// The interface wording for the locale.
    pub words: &'static Words,
    /// The shop's compression page, offered only on an allowed compression tip.
    pub shop_url: Option<AttrValue>,
    pub theme: Theme,
    /// How much the shop's page is told (what the privacy line must say).
    pub events: EventLevel,
    /// Sends an action to the root component's reducer.
    pub act: Callback<Action>,
    /// Tells the host page something (see `events`).
    pub on_event: Callback<WidgetEvent>,
    /// Prints the summary; the host page is the embed module's business.
    pub on_print: Callback<()>,
}

/// Equal when made from the same settings: the wording is one static table
/// per language, so it is compared by address (a derived comparison would
/// compare all of its strings, and cost kilobytes of wasm for it).
impl PartialEq for Env {
    fn eq(&self, other: &Env) -> bool {
        self.locale == other.locale
            && self.base == other.base
            && std::ptr::eq(self.words, other.words)
            && self.shop_url == other.shop_url
            && self.theme == other.theme
            && self.events == other.events
            && self.act == other.act
            && self.on_event == other.on_event
            && self.on_print == other.on_print
    }
}

impl Env {
    /// The environment of a widget with this configuration, speaking
    /// `locale` (the configured one, or the visitor's pick: `language`).
    pub fn new(
        config: &Config,
        locale: Locale,
        act: Callback<Action>,
        on_event: Callback<WidgetEvent>,
        on_print: Callback<()>,
    ) -> Env {
        Env {
            locale,
            base: config.heading_level,
            words: words(locale),
            shop_url: config.shop_url.clone().map(AttrValue::from),
            theme: config.theme,
            events: config.events,
            act,
            on_event,
            on_print,
        }
    }

    /// A widget in `locale` with every other setting at its default and
    /// nowhere for actions to go: for rendering screens outside a running
    /// widget (native render tests, the prerendered start screen).
    pub fn detached(locale: Locale) -> Env {
        Env::detached_with(Config {
            locale,
            ..Config::default()
        })
    }

    /// A widget with this configuration and nowhere for actions to go.
    pub fn detached_with(config: Config) -> Env {
        Env::new(
            &config,
            config.locale,
            Callback::noop(),
            Callback::noop(),
            Callback::noop(),
        )
    }

    /// A callback that sends `action` when called with anything (a click).
    pub fn send<T>(&self, action: Action) -> Callback<T> {
        self.act.reform(move |_| action.clone())
    }
}

/// The widget's environment, from the root component's context.
#[hook]
pub fn use_env() -> Rc<Env> {
    use_context::<Rc<Env>>().unwrap_or_else(|| Rc::new(Env::detached(Locale::En)))
}
