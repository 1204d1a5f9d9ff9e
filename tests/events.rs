//! What the host page hears, natively: valid JSON details that carry only
//! what the shop opted in to, and a default that is the same whatever the
//! visitor's health.
#![cfg(not(target_arch = "wasm32"))]

use circulation_check::config::EventLevel;
use circulation_check::events::WidgetEvent;
use engine::Answers;
use engine::{evaluate, Answer, Locale};

fn answered(spec: &[(&str, Answer)]) -> Answers {
    let mut a = Answers::new();
    for (id, answer) in spec {
        a.set(id, answer.clone()).unwrap();
    }
    a
}

#[test]
fn details_are_valid_json_and_carry_only_what_the_level_allows() {
    let answers = answered(&[(engine::first(), Answer::Choices(vec!["none".into()]))]);
    let outcome = evaluate(&answers, Locale::EnUs);
    let detail = |level| {
        let text = WidgetEvent::complete(&outcome, &answers, level).detail_json();
        serde_json::from_str::<serde_json::Value>(&text).unwrap()
    };
    assert_eq!(detail(EventLevel::Private), serde_json::json!({}));
    assert_eq!(detail(EventLevel::Funnel), serde_json::json!({}));
    let result = detail(EventLevel::Result);
    assert_eq!(result["level"], "self_care");
    assert!(
        result.get("answers").is_none(),
        "answers only when opted in"
    );
    assert!(detail(EventLevel::Answers)["answers"].is_object());
    for event in [
        WidgetEvent::Start,
        WidgetEvent::Step {
            question: "a_emergency",
            number: 1,
            about_total: 20,
        },
        WidgetEvent::ProductClick {
            id: Some("everyday-knee-high".into()),
            url: "https://shop.example.com/\"x".into(),
        },
    ] {
        serde_json::from_str::<serde_json::Value>(&event.detail_json()).unwrap();
    }
}

#[test]
fn default_details_do_not_differ_with_a_condition() {
    // With and without diabetes (which adds a question and changes the
    // result): the default completion is the same, byte for byte.
    let none = Answer::Choices(vec!["none".into()]);
    let base = [
        ("a_emergency", none.clone()),
        ("a_limb", none.clone()),
        ("a_bleeding", Answer::No),
        ("a_urgent", none.clone()),
        ("a_soon", none.clone()),
        ("b_age", Answer::Choice("65_plus".into())),
    ];
    let with = |extra: &[(&str, Answer)]| {
        let mut spec = base.to_vec();
        spec.extend_from_slice(extra);
        let a = answered(&spec);
        WidgetEvent::complete(&evaluate(&a, Locale::EnUs), &a, EventLevel::Private).detail_json()
    };
    let healthy = with(&[("c_conditions", none.clone())]);
    let diabetic = with(&[
        ("c_conditions", Answer::Choices(vec!["diabetes".into()])),
        ("c_diabetic_foot", Answer::Choices(vec!["sore".into()])),
    ]);
    assert_eq!(healthy, diabetic);
    assert_eq!(healthy, "{}");
}

#[test]
fn by_default_only_start_and_complete_reach_the_page() {
    // A product click can only come from a visitor whose compression tip
    // was allowed, on a product ranked by their answers; a step names the
    // questions their answers opened. Both wait for `funnel`.
    let step = WidgetEvent::Step {
        question: "c_diabetic_foot",
        number: 9,
        about_total: 20,
    };
    let click = WidgetEvent::ProductClick {
        id: Some("travel-8-15".into()),
        url: "https://shop.example.com/travel".into(),
    };
    let complete = WidgetEvent::Complete {
        result: None,
        answers: None,
    };
    for (level, sent) in [
        (EventLevel::Private, false),
        (EventLevel::Funnel, true),
        (EventLevel::Result, true),
        (EventLevel::Answers, true),
    ] {
        assert!(WidgetEvent::Start.allowed_at(level));
        assert!(complete.allowed_at(level));
        assert_eq!(step.allowed_at(level), sent, "{level:?}");
        assert_eq!(click.allowed_at(level), sent, "{level:?}");
    }
}
