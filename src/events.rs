//! What the widget tells the host page, as plain data: started, moved to a
//! step, completed, product link clicked. Tag managers forward every event
//! they see to analytics and ad pixels, so by default nothing here is
//! derived from health: `start {}` and `complete {}` only. No step events
//! (how many steps, and which, reveal answers) and no `product-click` (it
//! can only happen to a visitor whose compression tip was allowed, on a
//! product ranked by their answers). The shop opts in one documented step
//! at a time (`config::EventLevel`); [`WidgetEvent::allowed_at`] is the one
//! place that decides. `embed` turns these into `CustomEvent`s.

use engine::{Answers, Level, Outcome};

use crate::config::EventLevel;
use crate::json::{object, Value};
use crate::saved;

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// The visitor pressed Start (or Continue).
    Start,
    /// A question is on screen: its stable id and position. Sent only with
    /// `EventLevel::Funnel` or more.
    Step {
        question: &'static str,
        number: usize,
        about_total: usize,
    },
    /// A result is on screen, including the emergency and under-18 endings.
    Complete {
        /// Only with `EventLevel::Result` or more.
        result: Option<Shown>,
        /// Only with `EventLevel::Answers`.
        answers: Option<Answers>,
    },
    /// The visitor followed the shop link on the compression tip, or one
    /// of the shop's products there (then with its catalogue id).
    ProductClick { id: Option<String>, url: String },
}

/// What a result showed, for shops that opted in to `result`.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub level: Level,
    pub recommendations: Vec<&'static str>,
    /// Whether the compression product link is offered.
    pub product: bool,
}

impl WidgetEvent {
    /// The `CustomEvent` type, e.g. "circulation-check:complete".
    pub fn name(&self) -> &'static str {
        match self {
            WidgetEvent::Start => "circulation-check:start",
            WidgetEvent::Step { .. } => "circulation-check:step",
            WidgetEvent::Complete { .. } => "circulation-check:complete",
            WidgetEvent::ProductClick { .. } => "circulation-check:product-click",
        }
    }

    /// Whether the host page may be told this at `level`. `complete` is
    /// always sent, its detail filled only as far as `level` allows
    /// ([`WidgetEvent::complete`]); a step and a product click need
    /// `funnel` or more.
    pub fn allowed_at(&self, level: EventLevel) -> bool {
        match self {
            WidgetEvent::Start | WidgetEvent::Complete { .. } => true,
            WidgetEvent::Step { .. } | WidgetEvent::ProductClick { .. } => {
                level >= EventLevel::Funnel
            }
        }
    }

    /// The completion event for an outcome, carrying what `level` allows.
    pub fn complete(outcome: &Outcome, answers: &Answers, level: EventLevel) -> WidgetEvent {
        WidgetEvent::Complete {
            result: (level >= EventLevel::Result).then(|| Shown {
                level: outcome.level,
                recommendations: outcome
                    .recommendations
                    .iter()
                    .map(|r| r.id.as_str())
                    .collect(),
                product: outcome.recommendations.iter().any(|r| r.product),
            }),
            // Only the answers on the path: one taken back by changing an
            // earlier answer is not the visitor's answer any more.
            answers: (level >= EventLevel::Answers).then(|| engine::visible_answers(answers)),
        }
    }

    /// The event's `detail` as JSON text (parsed into an object by `embed`).
    pub fn detail_json(&self) -> String {
        let detail = match self {
            WidgetEvent::Start => object([]),
            WidgetEvent::Step {
                question,
                number,
                about_total,
            } => object([
                ("question", (*question).into()),
                ("number", (*number as u64).into()),
                ("aboutTotal", (*about_total as u64).into()),
            ]),
            WidgetEvent::Complete { result, answers } => {
                let mut fields = Vec::new();
                if let Some(shown) = result {
                    let ids = shown.recommendations.iter().map(|r| (*r).into()).collect();
                    fields.push(("level", shown.level.as_str().into()));
                    fields.push(("recommendations", Value::Array(ids)));
                    fields.push(("product", Value::Bool(shown.product)));
                }
                if let Some(a) = answers {
                    let answers = a
                        .iter()
                        .map(|(id, answer)| (id.to_owned(), saved::answer_value(answer)))
                        .collect();
                    fields.push(("answers", Value::Object(answers)));
                }
                object(fields)
            }
            WidgetEvent::ProductClick { id, url } => {
                let mut fields = vec![("url", url.as_str().into())];
                if let Some(id) = id {
                    fields.push(("id", id.as_str().into()));
                }
                object(fields)
            }
        };
        detail.to_json()
    }
}
