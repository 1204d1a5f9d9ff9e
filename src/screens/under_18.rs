//! The under-18 screen: any urgent or see-soon action the safety questions
//! raised comes first, with its reasons, sources and a line asking them to
//! tell a trusted adult; then the kind "this check is for adults aged 18
//! and over" note. Never tips or products.

use engine::{text, Outcome};
use yew::prelude::*;

use crate::app::state::Action;
use crate::env::Env;
use crate::ui::button::{button, Look};
use crate::ui::heading::{heading, step_heading};
use crate::ui::reasons::{because, level_class, sources_list};

pub fn view(env: &Env, outcome: &Outcome) -> Html {
    let screen = text::under_18_screen(env.locale, outcome);
    html! {
        <section class="cc-ending cc-under-18">
            { step_heading(env, "cc-title", env.words.title.into()) }
            if let Some(banner) = screen.banner {
                <section part="banner" class={classes!("cc-banner", level_class(outcome.level))}
                    aria-labelledby="cc-banner-title">
                    { heading(env, 1, "cc-banner-title", "cc-banner-title", banner.heading.into()) }
                    <p class="cc-banner-action">{ banner.action }</p>
                    if let Some(help) = screen.adult_help {
                        <p class="cc-adult-help">{ help }</p>
                    }
                    { because(env, &outcome.level_reasons) }
                    { sources_list(env, &outcome.level_sources) }
                </section>
            }
            <p class="cc-lead">{ screen.note }</p>
            <div class="cc-nav">
                { button(env, Look::Plain, "", text::notices(env.locale).back, Action::Back) }
            </div>
        </section>
    }
}
