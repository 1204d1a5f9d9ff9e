//! The start screen: what the check is, how long it takes, that answers stay
//! on the device and that it is not medical advice, and the Start button;
//! with saved data, "Continue where you left off" / "Start over" and the way
//! to "My saved results". It reads no clock and no storage, so it renders
//! the same natively (render tests, the prerendered first screen).

use engine::text::notices;
use yew::prelude::*;

use crate::app::state::Action;
use crate::env::Env;
use crate::ui::button::{button, Look};
use crate::ui::heading::{step_heading, STEP_HEADING};
use crate::wording::privacy;

/// What the start screen shows besides its fixed text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StartModel {
    /// An unfinished quiz is saved: offer Continue and Start over.
    pub unfinished: bool,
    /// Results are saved: "My saved results" rather than "Bring back".
    pub has_results: bool,
    /// One sentence about saved data (kept aside, erased, cleared).
    pub notice: Option<&'static str>,
}

pub fn view(env: &Env, model: &StartModel) -> Html {
    let words = env.words;
    let (history_label, history_look) = if model.has_results {
        (words.my_results, Look::Plain)
    } else {
        (words.bring_back_results, Look::Quiet)
    };
    html! {
        <section class="cc-start" aria-labelledby={STEP_HEADING}>
            { step_heading(env, "cc-title", words.title.into()) }
            <p class="cc-lead">{ words.intro }</p>
            <ul class="cc-facts">
                <li>{ words.duration }</li>
                <li class="cc-privacy">{ privacy(words, env.events) }</li>
                <li>{ words.not_advice }</li>
            </ul>
            if let Some(notice) = model.notice {
                <p class="cc-note cc-start-notice">{ notice }</p>
            }
            if model.unfinished {
                <p class="cc-muted">{ words.unfinished }</p>
                <div class="cc-nav cc-resume">
                    { button(env, Look::Primary, "cc-continue", words.continue_quiz, Action::Continue) }
                    { button(env, Look::Plain, "cc-start-over", words.start_over, Action::StartOver) }
                </div>
            } else {
                { button(env, Look::Primary, "cc-begin", notices(env.locale).start, Action::Start) }
            }
            <div class="cc-nav cc-saved-nav">
                { button(env, history_look, "cc-history-open", history_label, Action::OpenHistory) }
            </div>
        </section>
    }
}
