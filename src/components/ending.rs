//! The screens that end the quiz early: an emergency sign (only the
//! emergency action, nothing else) and "this check is for adults", which
//! leads with any urgent or see-soon action the safety questions raised.

use std::rc::Rc;

use engine::text;
use engine::{Level, Locale, Outcome};
use yew::prelude::*;

use super::heading::Heading;
use super::result::{level_class, reasons_list, sources_list};
use crate::text::ui;

#[derive(Properties, PartialEq)]
pub struct EndingProps {
    pub locale: Locale,
    pub heading_level: u8,
    /// True for the emergency screen, false for the under-18 one.
    pub emergency: bool,
    pub outcome: Rc<Outcome>,
    pub on_back: Callback<()>,
    pub on_restart: Callback<()>,
}

#[function_component]
pub fn Ending(props: &EndingProps) -> Html {
    let EndingProps {
        locale,
        heading_level,
        emergency,
        outcome,
        on_back,
        on_restart,
    } = props;
    let (locale, base) = (*locale, *heading_level);
    let notices = text::notices(locale);
    let back = on_back.reform(|_: MouseEvent| ());
    let restart = on_restart.reform(|_: MouseEvent| ());
    if !emergency {
        let screen = text::under_18_screen(locale, outcome);
        return html! {
            <section class="cc-ending cc-under-18">
                <Heading base={base} id="cc-step-heading" class="cc-title" focusable=true>
                    { ui(locale).title }
                </Heading>
                if let Some(banner) = screen.banner {
                    // An urgent or see-soon sign from the safety questions
                    // comes first, with its reasons and sources.
                    <section part="banner" class={classes!("cc-banner", level_class(outcome.level))}
                        aria-labelledby="cc-banner-title">
                        <Heading base={base} depth={1} id="cc-banner-title" class="cc-banner-title">
                            { banner.heading }
                        </Heading>
                        <p class="cc-banner-action">{ banner.action }</p>
                        if let Some(help) = screen.adult_help {
                            <p class="cc-adult-help">{ help }</p>
                        }
                        <p class="cc-why-title">{ notices.because }</p>
                        { reasons_list(locale, &outcome.level_reasons) }
                        { sources_list(locale, &outcome.level_sources) }
                    </section>
                }
                <p class="cc-lead">{ screen.note }</p>
                <div class="cc-nav">
                    <button type="button" class="cc-button" onclick={back}>{ notices.back }</button>
                </div>
            </section>
        };
    }
    let banner = text::level(locale, Level::Emergency, outcome.urgency);
    html! {
        <section part="banner" class="cc-banner cc-level-emergency" aria-labelledby="cc-step-heading">
            <Heading base={base} id="cc-step-heading" class="cc-banner-title" focusable=true>
                { banner.heading }
            </Heading>
            <p class="cc-banner-action">{ banner.action }</p>
            { for text::first_aid(locale, &outcome.level_reasons).into_iter().map(|line| html! { <p>{ line }</p> }) }
            <p>{ banner.detail }</p>
            <div class="cc-nav">
                <button type="button" class="cc-button" onclick={back}>{ ui(locale).mistake }</button>
                <button type="button" class="cc-button cc-quiet" onclick={restart}>{ notices.start_again }</button>
            </div>
        </section>
    }
}
