//! One saved result opened in full from "My saved results": when it was
//! saved, which of its answers today's questions could not carry over, and
//! the result recomputed from its answers.

use engine::Outcome;
use yew::prelude::*;

use super::result;
use crate::app::state::Action;
use crate::env::Env;
use crate::ui::button::{button, Look};
use crate::wording::fill;

/// A saved result as the screen shows it.
pub struct PastModel<'a> {
    /// When it was saved, as a short date.
    pub date: &'a str,
    /// The titles of questions whose saved answers could not be read.
    pub lost: Vec<String>,
    pub outcome: &'a Outcome,
    /// Symptom scores up to this result, oldest first.
    pub history: &'a [(AttrValue, u8)],
    /// What the shop offers on its compression tip.
    pub offer: result::Offer<'a>,
}

pub fn view(env: &Env, model: &PastModel) -> Html {
    let words = env.words;
    html! {
        <div class="cc-past">
            <div class="cc-nav">
                { button(env, Look::Quiet, "cc-back-results", words.back_to_results, Action::ClosePast) }
            </div>
            <p class="cc-saved-on">{ fill(words.saved_on, &[("date", model.date)]) }</p>
            if !model.lost.is_empty() {
                <div class="cc-note cc-not-migrated">
                    <p>{ words.not_migrated }</p>
                    <ul>{ for model.lost.iter().map(|q| html! { <li>{ q.clone() }</li> }) }</ul>
                </div>
            }
            { result::view(env, model.outcome, model.history, &model.offer) }
        </div>
    }
}
