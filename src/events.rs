//! What the widget tells the host page, as plain data: started, moved to a
//! step, completed, product link clicked. Coarse by default (a level and
//! recommendation ids); raw answers only when the shop opted in with
//! `data-events-include-answers`. `embed` turns these into `CustomEvent`s.

use engine::{Answers, Level, Outcome};

use crate::json::{object, Value};
use crate::saved;

#[derive(Clone, Debug, PartialEq)]
pub enum WidgetEvent {
    /// The visitor pressed Start (or Continue).
    Start,
    /// A question is on screen: its stable id and position.
    Step {
        question: &'static str,
        number: usize,
        about_total: usize,
    },
    /// A result is on screen.
    Complete {
        level: Level,
        recommendations: Vec<&'static str>,
        /// Whether the compression product link is offered.
        product: bool,
        /// Only when the shop opted in.
        answers: Option<Answers>,
    },
    /// The visitor followed the shop link on the compression tip.
    ProductClick { url: String },
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

    /// The completion event for an outcome; answers ride along only if
    /// `with_answers` (the shop's opt-in).
    pub fn complete(outcome: &Outcome, answers: &Answers, with_answers: bool) -> WidgetEvent {
        WidgetEvent::Complete {
            level: outcome.level,
            recommendations: outcome
                .recommendations
                .iter()
                .map(|r| r.id.as_str())
                .collect(),
            product: outcome.recommendations.iter().any(|r| r.product),
            answers: with_answers.then(|| answers.clone()),
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
            WidgetEvent::Complete {
                level,
                recommendations,
                product,
                answers,
            } => {
                let ids = recommendations.iter().map(|r| (*r).into()).collect();
                let mut fields = vec![
                    ("level", level.as_str().into()),
                    ("recommendations", Value::Array(ids)),
                    ("product", Value::Bool(*product)),
                ];
                if let Some(a) = answers {
                    let answers = a
                        .iter()
                        .map(|(id, answer)| (id.to_owned(), saved::answer_value(answer)))
                        .collect();
                    fields.push(("answers", Value::Object(answers)));
                }
                object(fields)
            }
            WidgetEvent::ProductClick { url } => object([("url", url.as_str().into())]),
        };
        detail.to_json()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::{evaluate, Answer, Locale};

    #[test]
    fn details_are_valid_json_and_coarse_by_default() {
        let mut answers = Answers::new();
        answers
            .set(engine::first(), Answer::Choices(vec!["none".into()]))
            .unwrap();
        let outcome = evaluate(&answers, Locale::EnUs);
        let coarse = WidgetEvent::complete(&outcome, &answers, false).detail_json();
        let value: serde_json::Value = serde_json::from_str(&coarse).unwrap();
        assert_eq!(value["level"], "self_care");
        assert!(value.get("answers").is_none(), "answers only when opted in");
        let full = WidgetEvent::complete(&outcome, &answers, true).detail_json();
        let value: serde_json::Value = serde_json::from_str(&full).unwrap();
        assert!(value["answers"].is_object());
        for event in [
            WidgetEvent::Start,
            WidgetEvent::Step {
                question: "a_emergency",
                number: 1,
                about_total: 20,
            },
            WidgetEvent::ProductClick {
                url: "https://shop.example.com/\"x".into(),
            },
        ] {
            serde_json::from_str::<serde_json::Value>(&event.detail_json()).unwrap();
        }
    }
}
