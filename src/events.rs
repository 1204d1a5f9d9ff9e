//! What the widget tells the host page, as plain data: started, moved to a
//! step, completed, product link clicked. Coarse by default (a level and
//! recommendation ids); raw answers only when the shop opted in with
//! `data-events-include-answers`. `embed` turns these into `CustomEvent`s.

use engine::{Answers, Level, Outcome};

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
        let quote = |s: &str| serde_json::Value::from(s).to_string();
        match self {
            WidgetEvent::Start => "{}".into(),
            WidgetEvent::Step {
                question,
                number,
                about_total,
            } => {
                format!(
                    r#"{{"question":{},"number":{number},"aboutTotal":{about_total}}}"#,
                    quote(question)
                )
            }
            WidgetEvent::Complete {
                level,
                recommendations,
                product,
                answers,
            } => {
                let ids: Vec<String> = recommendations.iter().map(|r| quote(r)).collect();
                let answers = answers
                    .as_ref()
                    .map(|a| {
                        // Inserted one by one: `collect()` would sort first,
                        // and that sort costs kilobytes of wasm.
                        let mut map = std::collections::BTreeMap::new();
                        for (id, answer) in a.iter() {
                            map.insert(id, answer);
                        }
                        map
                    })
                    .and_then(|map| serde_json::to_string(&map).ok())
                    .map(|json| format!(r#","answers":{json}"#))
                    .unwrap_or_default();
                format!(
                    r#"{{"level":{},"recommendations":[{}],"product":{product}{answers}}}"#,
                    quote(level.as_str()),
                    ids.join(",")
                )
            }
            WidgetEvent::ProductClick { url } => format!(r#"{{"url":{}}}"#, quote(url)),
        }
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
