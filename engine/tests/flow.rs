//! Flow: branching, next/previous, "about N left", early endings, and that
//! hidden answers stop counting.

mod common;

use circulation_engine::{
    evaluate, first, next, previous, progress, question, questions, resume, visible, Answer,
    Answers, Level, Locale, Step,
};
use common::{answer, parse, persona, BASELINE};

fn ids(a: &Answers) -> Vec<&'static str> {
    visible(a).iter().map(|q| q.id).collect()
}

/// Walks the quiz from the start with `next`, returning the screens shown.
fn walk(a: &Answers) -> (Vec<&'static str>, Step) {
    let mut shown = Vec::new();
    let mut cur = None;
    loop {
        match next(a, cur) {
            Step::Ask(id) => {
                shown.push(id);
                cur = Some(id);
            }
            end => return (shown, end),
        }
        assert!(shown.len() <= questions().len());
    }
}

#[test]
fn no_symptom_shopper_finishes_in_at_most_20_screens() {
    let (shown, end) = walk(&persona(""));
    assert_eq!(end, Step::Finished);
    assert!(shown.len() <= 20, "{} screens: {shown:?}", shown.len());
    let (shown_male, _) = walk(&persona("b_sex=male"));
    assert_eq!(
        shown_male.len(),
        shown.len() - 1,
        "no pregnancy question for men"
    );
}

#[test]
fn walking_follow_ups_only_after_yes() {
    let no = ids(&persona("d_walk=no"));
    assert!(!no.contains(&"d_uphill") && !no.contains(&"d_where"));
    let cannot = ids(&persona("d_walk=cannot"));
    assert!(!cannot.contains(&"d_uphill"));
    let yes = ids(&persona("d_walk=yes"));
    for q in ["d_start_still", "d_uphill", "d_level", "d_stand", "d_where"] {
        assert!(yes.contains(&q), "{q}");
    }
}

#[test]
fn foot_question_only_with_diabetes_or_artery_disease() {
    assert!(!ids(&persona("")).contains(&"c_diabetic_foot"));
    assert!(!ids(&persona("c_conditions=high_bp")).contains(&"c_diabetic_foot"));
    for c in ["diabetes", "pad", "heart"] {
        assert!(
            ids(&persona(&format!("c_conditions={c}"))).contains(&"c_diabetic_foot"),
            "{c}"
        );
    }
}

#[test]
fn pregnancy_signs_only_in_pregnancy_or_after_birth() {
    assert!(!ids(&persona("")).contains(&"b_preeclampsia"));
    for p in ["pregnant", "recent_birth"] {
        let shown = ids(&persona(&format!("b_pregnancy={p}")));
        let at = shown.iter().position(|q| *q == "b_preeclampsia").expect(p);
        assert_eq!(shown[at - 1], "b_pregnancy", "asked right after pregnancy");
    }
}

#[test]
fn breathlessness_asked_with_swelling_in_both_legs_once() {
    let both = "e_look=swelling e_swell_side=both";
    assert!(ids(&persona(both)).contains(&"e_swell_breath"));
    assert!(!ids(&persona("e_look=swelling e_swell_side=one")).contains(&"e_swell_breath"));
    // Already said on the safety screen: not asked again.
    let ticked = format!("{both} a_urgent=swelling_breathless");
    assert!(!ids(&parse(&ticked)).contains(&"e_swell_breath"));
}

#[test]
fn other_branches() {
    assert!(!ids(&persona("")).contains(&"e_swell_when"));
    assert!(ids(&persona("e_look=swelling")).contains(&"e_swell_when"));
    assert!(
        !ids(&persona("")).contains(&"e_pattern"),
        "no symptoms, no pattern question"
    );
    assert!(ids(&persona("e_look=spider")).contains(&"e_pattern"));
    assert!(!ids(&persona("")).contains(&"f_sleep_in"));
    assert!(ids(&persona("f_compression=shop")).contains(&"f_sleep_in"));
}

#[test]
fn emergency_ends_at_once() {
    let a = parse("a_emergency=not_sure");
    assert_eq!(next(&a, Some("a_emergency")), Step::Emergency);
    assert_eq!(ids(&a), vec!["a_emergency"]);
    let a = parse("a_emergency=none a_limb=cold");
    assert_eq!(next(&a, Some("a_limb")), Step::Emergency);
    let a = parse("a_emergency=none a_limb=none a_bleeding=yes");
    assert_eq!(next(&a, Some("a_bleeding")), Step::Emergency);
    assert_eq!(resume(&a), Step::Emergency);
    // Going back and forward still works.
    assert_eq!(previous(&a, Some("a_bleeding")), Some("a_limb"));
    assert_eq!(next(&a, Some("a_emergency")), Step::Ask("a_limb"));
}

#[test]
fn under_18_ends_kindly() {
    let a = persona("b_age=under_18");
    assert_eq!(next(&a, Some("b_age")), Step::NotForYou);
    assert_eq!(*ids(&a).last().unwrap(), "b_age");
    assert_eq!(walk(&a).1, Step::NotForYou);
}

#[test]
fn previous_and_progress() {
    let a = persona("");
    assert_eq!(first(), "a_emergency");
    assert_eq!(previous(&a, Some(first())), None);
    assert_eq!(previous(&a, Some("a_limb")), Some("a_emergency"));
    assert_eq!(
        previous(&a, None),
        Some("f_travel"),
        "from the result screen"
    );
    // Skips hidden questions backwards: pregnancy is hidden for men.
    let m = persona("b_sex=male");
    assert_eq!(previous(&m, Some("c_conditions")), Some("b_body"));
    let p = progress(&a, Some(first()));
    assert_eq!((p.number, p.left()), (1, p.about_total - 1));
    let end = progress(&a, Some("f_travel"));
    assert_eq!(end.number, end.about_total);
    // The total follows the branch: "yes" to walking pain opens the 5
    // follow-ups and the "when is it worse" question.
    let before = progress(&a, Some("d_walk")).about_total;
    let after = progress(&persona("d_walk=yes"), Some("d_walk")).about_total;
    assert_eq!(after, before + 6);
}

#[test]
fn resume_goes_to_first_missing() {
    assert_eq!(resume(&Answers::new()), Step::Ask("a_emergency"));
    let a =
        parse("a_emergency=none a_limb=none a_bleeding=no a_urgent=none a_soon=none b_age=40_64");
    assert_eq!(
        resume(&a),
        Step::Ask("b_sex"),
        "optional questions not yet reached are asked"
    );
    let mut full = persona("");
    assert_eq!(resume(&full), Step::Finished);
    full.set("c_conditions", answer("c_conditions", "diabetes"))
        .unwrap();
    assert_eq!(
        resume(&full),
        Step::Ask("c_diabetic_foot"),
        "a newly opened follow-up"
    );
}

#[test]
fn hidden_answers_stop_counting() {
    // A positive walking screen, then the first answer changed to "no".
    let spec = "b_age=65_plus d_walk=yes d_start_still=no d_uphill=yes d_level=no d_stand=goes d_where=calf";
    assert_eq!(evaluate(&persona(spec), Locale::EnUs).level, Level::Soon);
    let changed = persona(&format!("{spec} d_walk=no"));
    let o = evaluate(&changed, Locale::EnUs);
    assert_eq!(o.level, Level::SelfCare);
    assert!(o
        .recommendations
        .iter()
        .all(|r| r.id.as_str() != "walking_plan"));
    // A diabetic foot change, then diabetes unticked.
    let o = evaluate(
        &persona("c_conditions=none c_diabetic_foot=sore"),
        Locale::EnUs,
    );
    assert_eq!(o.level, Level::SelfCare);
}

#[test]
fn every_question_reachable_and_baseline_complete() {
    for q in questions() {
        assert!(question(q.id).is_some());
    }
    for part in BASELINE.split_whitespace() {
        let (id, _) = part.split_once('=').unwrap();
        assert!(question(id).is_some(), "{id}");
    }
    let mut a = Answers::new();
    assert!(a.set("nope", Answer::Yes).is_err());
}
