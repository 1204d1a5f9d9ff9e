//! Headings whose level the host page chooses (`data-heading-level`), so
//! the widget fits the page's outline for screen-reader users; and the one
//! heading per step that keyboard and screen-reader users land on when the
//! step changes (`STEP_HEADING`, moved to by `app::hooks::use_step_focus`).

use yew::prelude::*;

use crate::env::Env;

/// The id of the heading that receives focus on a new step. One name, used
/// by `step_heading` and by the focus hook, so the two cannot drift apart.
pub const STEP_HEADING: &str = "cc-step-heading";

/// An `h2`..`h6`: `depth` levels below the widget's top heading (`env.base`),
/// never deeper than `h6`. `id` and `class` may be empty.
pub fn heading(env: &Env, depth: u8, id: &str, class: &'static str, children: Html) -> Html {
    tagged(env.base + depth, id, class, false, children)
}

/// The step's own heading, at the widget's top level: focusable from script
/// (tabindex -1) so focus can move to it when the step changes.
pub fn step_heading(env: &Env, class: &'static str, children: Html) -> Html {
    tagged(env.base, STEP_HEADING, class, true, children)
}

fn tagged(level: u8, id: &str, class: &'static str, focusable: bool, children: Html) -> Html {
    let tag = match level.min(6) {
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    let id = (!id.is_empty()).then(|| AttrValue::from(id.to_owned()));
    let class = (!class.is_empty()).then_some(class);
    let tabindex = focusable.then_some("-1");
    html! {
        <@{tag} {id} {class} {tabindex}>{ children }</@>
    }
}
