//! The emergency screen: the call to make and first aid while waiting,
//! nothing else: no tips, no products, no score.

use engine::{text, Level, Outcome};
use yew::prelude::*;

use crate::app::state::Action;
use crate::env::Env;
use crate::ui::button::{button, Look};
use crate::ui::heading::{step_heading, STEP_HEADING};

pub fn view(env: &Env, outcome: &Outcome) -> Html {
    let banner = text::level(env.locale, Level::Emergency, outcome.urgency);
    html! {
        <section part="banner" class="cc-banner cc-level-emergency" aria-labelledby={STEP_HEADING}>
            { step_heading(env, "cc-banner-title", banner.heading.into()) }
            <p class="cc-banner-action">{ banner.action }</p>
            { for text::first_aid(env.locale, &outcome.level_reasons).into_iter().map(|line| html! { <p>{ line }</p> }) }
            <p>{ banner.detail }</p>
            <div class="cc-nav">
                { button(env, Look::Plain, "", env.words.mistake, Action::Back) }
                { button(env, Look::Quiet, "", text::notices(env.locale).start_again, Action::Restart) }
            </div>
        </section>
    }
}
