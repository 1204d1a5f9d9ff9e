//! The start screen: what the check is, how long it takes, that answers stay
//! on the device and that it is not medical advice, and the Start button.

use yew::prelude::*;

use engine::{text::notices, Locale};

use super::heading::Heading;
use crate::text::ui;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub locale: Locale,
    pub heading_level: u8,
    pub on_start: Callback<()>,
}

#[function_component]
pub fn Start(props: &StartProps) -> Html {
    let StartProps {
        locale,
        heading_level,
        on_start,
    } = props;
    let ui = ui(*locale);
    let onclick = on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="cc-start" aria-labelledby="cc-title">
            <Heading base={*heading_level} id="cc-title" class="cc-title">{ ui.title }</Heading>
            <p class="cc-lead">{ ui.intro }</p>
            <ul class="cc-facts">
                <li>{ ui.duration }</li>
                <li>{ ui.privacy }</li>
                <li>{ ui.not_advice }</li>
            </ul>
            <button type="button" class="cc-button cc-primary" {onclick}>{ notices(*locale).start }</button>
        </section>
    }
}
