//! The question screen's form model, natively: every kind of question
//! turns its draft into the engine's answer or says why not; a saved
//! answer comes back as the draft that gives it.
#![cfg(not(target_arch = "wasm32"))]

use circulation_check::screens::question::draft::*;
use engine::units::UnitError;
use engine::{ids, question};
use engine::{Answer, Locale, Question};

fn q(id: &str) -> &'static Question {
    question(id).unwrap()
}

fn send(id: &str, locale: Locale, edits: &[Edit]) -> Result<Answer, Problem> {
    let q = q(id);
    let mut d = Draft::from_answer(q.kind, locale, None);
    for e in edits {
        d.apply(e.clone());
    }
    d.to_answer(q, locale)
}

fn toggle(option: &'static str) -> Edit {
    Edit::Toggle {
        option,
        none: "none",
    }
}

#[test]
fn every_kind_turns_into_its_answer_or_says_why_not() {
    use Locale::*;
    let choices = |v: &[&str]| Answer::Choices(v.iter().map(|s| s.to_string()).collect());
    let typed = |f, t: &str| Edit::Type(f, t.into());
    for (id, locale, edits, want) in [
        (ids::BLEEDING, EnUs, vec![], Err(Problem::ChooseOne)),
        (
            ids::BLEEDING,
            EnUs,
            vec![Edit::Choose("no")],
            Ok(Answer::No),
        ),
        (
            ids::SWELL_BREATH,
            EnGb,
            vec![Edit::Choose("unsure")],
            Ok(Answer::Unsure),
        ),
        (
            ids::AGE,
            EnUs,
            vec![Edit::Choose("40_64")],
            Ok(Answer::Choice("40_64".into())),
        ),
        (ids::URGENT, EnUs, vec![], Err(Problem::ChooseSome)),
        // "None of these" is exclusive both ways; unticking works.
        (
            ids::URGENT,
            EnUs,
            vec![toggle("leg_pain"), toggle("none")],
            Ok(choices(&["none"])),
        ),
        (
            ids::URGENT,
            EnUs,
            vec![toggle("none"), toggle("leg_warm"), toggle("vein_bled")],
            Ok(choices(&["leg_warm", "vein_bled"])),
        ),
        (
            ids::URGENT,
            EnUs,
            vec![toggle("leg_pain"), toggle("leg_pain")],
            Err(Problem::ChooseSome),
        ),
        (
            ids::DAY,
            EnUs,
            vec![Edit::Row {
                row: "still",
                option: "still_lt4",
            }],
            Err(Problem::AnswerEach),
        ),
        (
            ids::BODY,
            EnUs,
            vec![],
            Ok(Answer::Body {
                height_mm: None,
                weight_g: None,
            }),
        ),
        (
            ids::BODY,
            EnUs,
            vec![
                typed(Field::Height, "5"),
                typed(Field::Inches, "7"),
                typed(Field::Weight, "154"),
            ],
            Ok(Answer::Body {
                height_mm: Some(1702),
                weight_g: Some(69_853),
            }),
        ),
        (
            ids::BODY,
            EnGb,
            vec![typed(Field::Height, "170"), typed(Field::Inches, "99")],
            Ok(Answer::Body {
                height_mm: Some(1700),
                weight_g: None,
            }),
        ),
        (
            ids::BODY,
            EnAu,
            vec![typed(Field::Height, "90"), typed(Field::Weight, "1.5.0")],
            Err(Problem::Body {
                height: Some(UnitError::TooShort),
                weight: Some(UnitError::NotANumber),
            }),
        ),
        (
            ids::BODY,
            EnUs,
            vec![typed(Field::Weight, "900")],
            Err(Problem::Body {
                height: None,
                weight: Some(UnitError::TooHeavy),
            }),
        ),
    ] {
        assert_eq!(send(id, locale, &edits), want, "{id} {locale:?} {edits:?}");
    }
}

#[test]
fn ratings_start_at_none_and_change_one_by_one() {
    let rated = send(
        ids::RATINGS,
        Locale::EnUs,
        &[Edit::Row {
            row: "aching",
            option: "2",
        }],
    )
    .unwrap();
    let Answer::Ratings(m) = rated else {
        panic!("{rated:?}")
    };
    assert_eq!(m.get("aching"), Some(&2));
    assert_eq!(m.get("heaviness"), Some(&0));
    assert_eq!(m.len(), engine::ALL_RATED.len());
}

#[test]
fn a_saved_answer_comes_back_as_the_draft_that_gives_it() {
    for (id, locale, answer) in [
        (
            ids::URGENT,
            Locale::EnUs,
            Answer::Choices(vec!["leg_pain".into()]),
        ),
        (ids::SEX, Locale::EnUs, Answer::Choice("male".into())),
        (ids::SWELL_BREATH, Locale::EnUs, Answer::Unsure),
        (
            ids::BODY,
            Locale::EnUs,
            Answer::Body {
                height_mm: Some(1702),
                weight_g: Some(69_853),
            },
        ),
        (
            ids::BODY,
            Locale::EnNz,
            Answer::Body {
                height_mm: Some(1700),
                weight_g: Some(70_500),
            },
        ),
    ] {
        let q = q(id);
        let d = Draft::from_answer(q.kind, locale, Some(&answer));
        assert_eq!(d.to_answer(q, locale), Ok(answer), "{id} {locale:?}");
    }
}
