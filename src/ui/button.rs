//! The widget's buttons: one shape (`type="button"`, the `cc-button`
//! classes, the themable `primary-button` part) in one place, and a click
//! that sends an `Action` without the `MouseEvent` ceremony at every call.

use yew::prelude::*;

use crate::app::state::Action;
use crate::env::Env;

/// How a button looks: the main step forward, an ordinary one, a quiet one
/// for the less likely choice, or one that deletes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Primary,
    Plain,
    Quiet,
    Danger,
}

/// A button that sends `action` when pressed. `class` names it for tests
/// and styles (may be empty).
pub fn button(env: &Env, look: Look, class: &'static str, label: &str, action: Action) -> Html {
    on_click(look, class, label, env.send(action))
}

/// A button that calls `onclick` when pressed.
pub fn on_click(
    look: Look,
    class: &'static str,
    label: &str,
    onclick: Callback<MouseEvent>,
) -> Html {
    let look_class = match look {
        Look::Primary => "cc-primary",
        Look::Plain => "",
        Look::Quiet => "cc-quiet",
        Look::Danger => "cc-danger",
    };
    let part = (look == Look::Primary).then_some("primary-button");
    html! {
        <button type="button" {part} class={classes!("cc-button", look_class, class)} {onclick}>
            { label.to_owned() }
        </button>
    }
}
