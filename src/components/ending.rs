//! The screens that end the quiz early: an emergency sign (only the
//! emergency action, nothing else) and "this check is for adults".

use engine::text;
use engine::{Level, Locale, Reason};
use yew::prelude::*;

use super::heading::Heading;
use crate::text::ui;

#[derive(Properties, PartialEq)]
pub struct EndingProps {
    pub locale: Locale,
    pub heading_level: u8,
    /// True for the emergency screen, false for the under-18 one.
    pub emergency: bool,
    pub reasons: Vec<Reason>,
    pub on_back: Callback<()>,
    pub on_restart: Callback<()>,
}

#[function_component]
pub fn Ending(props: &EndingProps) -> Html {
    let EndingProps {
        locale,
        heading_level,
        emergency,
        reasons,
        on_back,
        on_restart,
    } = props;
    let locale = *locale;
    let notices = text::notices(locale);
    let back = on_back.reform(|_: MouseEvent| ());
    let restart = on_restart.reform(|_: MouseEvent| ());
    if !emergency {
        return html! {
            <section class="cc-ending">
                <Heading base={*heading_level} id="cc-step-heading" class="cc-title" focusable=true>
                    { ui(locale).title }
                </Heading>
                <p class="cc-lead">{ notices.not_for_you }</p>
                <div class="cc-nav">
                    <button type="button" class="cc-button" onclick={back}>{ notices.back }</button>
                </div>
            </section>
        };
    }
    let banner = text::level(locale, Level::Emergency);
    html! {
        <section part="banner" class="cc-banner cc-level-emergency" aria-labelledby="cc-step-heading">
            <Heading base={*heading_level} id="cc-step-heading" class="cc-banner-title" focusable=true>
                { banner.heading }
            </Heading>
            <p class="cc-banner-action">{ banner.action }</p>
            { for text::first_aid(locale, reasons).into_iter().map(|line| html! { <p>{ line }</p> }) }
            <p>{ banner.detail }</p>
            <div class="cc-nav">
                <button type="button" class="cc-button" onclick={back}>{ ui(locale).mistake }</button>
                <button type="button" class="cc-button cc-quiet" onclick={restart}>{ notices.start_again }</button>
            </div>
        </section>
    }
}
