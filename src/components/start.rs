//! The start screen: what the check is, how long it takes, that answers stay
//! on the device and that it is not medical advice, and the Start button;
//! with saved data, "Continue where you left off" / "Start over" and the way
//! to "My saved results".

use yew::prelude::*;

use engine::{text::notices, Locale};

use super::heading::Heading;
use crate::text::ui;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub locale: Locale,
    pub heading_level: u8,
    pub on_start: Callback<()>,
    /// Set when an unfinished quiz is saved: offers Continue and Start over
    /// instead of Start.
    #[prop_or_default]
    pub on_continue: Option<Callback<()>>,
    #[prop_or_default]
    pub on_start_over: Callback<()>,
    /// "My saved results" (or, with none saved, the way to bring some back).
    #[prop_or_default]
    pub on_history: Option<Callback<()>>,
    #[prop_or_default]
    pub has_results: bool,
    /// One sentence about saved data (it could not be read and was kept aside).
    #[prop_or_default]
    pub notice: Option<AttrValue>,
}

#[function_component]
pub fn Start(props: &StartProps) -> Html {
    let StartProps {
        locale,
        heading_level,
        on_start,
        on_continue,
        on_start_over,
        on_history,
        has_results,
        notice,
    } = props;
    let ui = ui(*locale);
    let onclick = on_start.reform(|_: MouseEvent| ());
    let history = on_history.as_ref().map(|on| {
        let label = if *has_results { ui.my_results } else { ui.bring_back_results };
        let class = if *has_results { "cc-button cc-history-open" } else { "cc-button cc-quiet cc-history-open" };
        html! { <button type="button" {class} onclick={on.reform(|_: MouseEvent| ())}>{ label }</button> }
    });
    html! {
        <section class="cc-start" aria-labelledby="cc-title">
            <Heading base={*heading_level} id="cc-title" class="cc-title">{ ui.title }</Heading>
            <p class="cc-lead">{ ui.intro }</p>
            <ul class="cc-facts">
                <li>{ ui.duration }</li>
                <li>{ ui.privacy }</li>
                <li>{ ui.not_advice }</li>
            </ul>
            if let Some(notice) = notice {
                <p class="cc-note cc-start-notice">{ notice.clone() }</p>
            }
            if let Some(on_continue) = on_continue {
                <p class="cc-muted">{ ui.unfinished }</p>
                <div class="cc-nav cc-resume">
                    <button type="button" part="primary-button" class="cc-button cc-primary cc-continue"
                        onclick={on_continue.reform(|_: MouseEvent| ())}>{ ui.continue_quiz }</button>
                    <button type="button" class="cc-button cc-start-over"
                        onclick={on_start_over.reform(|_: MouseEvent| ())}>{ ui.start_over }</button>
                </div>
            } else {
                <button type="button" part="primary-button" class="cc-button cc-primary" {onclick}>{ notices(*locale).start }</button>
            }
            if let Some(history) = history {
                <div class="cc-nav cc-saved-nav">{ history }</div>
            }
        </section>
    }
}
