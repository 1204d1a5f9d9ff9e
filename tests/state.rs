//! The reducer and the save plan, natively: every transition a visitor
//! can make, stale clicks, resuming after a content change, what each save
//! request writes, and one result per finished set of answers.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use circulation_check::app::state::*;
use circulation_check::saved::{self, Envelope, SavedResult, Unfinished};
use circulation_check::store::SaveStatus;
use engine::ids;
use engine::{first, Answer, Answers};
use yew::Reducible;

fn run(actions: Vec<Action>) -> Rc<State> {
    actions
        .into_iter()
        .fold(Rc::new(State::default()), |s, a| s.reduce(a))
}

fn none() -> Answer {
    Answer::Choices(vec!["none".into()])
}

#[test]
fn start_asks_the_first_safety_question() {
    assert_eq!(run(vec![Action::Start]).screen, Screen::Ask(first()));
}

#[test]
fn an_emergency_answer_ends_the_quiz_at_once_and_back_returns_to_it() {
    let s = run(vec![
        Action::Start,
        Action::Answer(ids::EMERGENCY, Answer::Choices(vec!["breathless".into()])),
    ]);
    assert_eq!(s.screen, Screen::Emergency);
    assert_eq!(s.reduce(Action::Back).screen, Screen::Ask(ids::EMERGENCY));
}

#[test]
fn stale_actions_change_nothing() {
    let s = run(vec![Action::Start]);
    let same = Rc::clone(&s).reduce(Action::Answer(ids::AGE, none()));
    assert!(Rc::ptr_eq(&s, &same));
    let same = Rc::clone(&s).reduce(Action::ShowSummary);
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn an_invalid_answer_is_refused() {
    let s = run(vec![Action::Start]);
    let same = Rc::clone(&s).reduce(Action::Answer(
        first(),
        Answer::Choices(vec!["bogus".into()]),
    ));
    assert!(Rc::ptr_eq(&s, &same));
}

#[test]
fn back_from_the_first_question_is_the_start_screen() {
    assert_eq!(run(vec![Action::Start, Action::Back]).screen, Screen::Start);
}

#[test]
fn continuing_an_old_quiz_asks_a_question_it_could_not_carry_over_first() {
    // Saved under content version 1, left at the sex question; its "none
    // of these" to the urgent signs cannot cover the signs version 2
    // added, so Continue goes back there first.
    let mut answers = Answers::new();
    for id in [ids::EMERGENCY, ids::LIMB, ids::URGENT, ids::SOON] {
        answers.set(id, none()).unwrap();
    }
    answers.set(ids::BLEEDING, Answer::No).unwrap();
    answers
        .set(ids::AGE, Answer::Choice("40_64".into()))
        .unwrap();
    let saved = Envelope {
        progress: Some(saved::Unfinished {
            content_version: 1,
            answers: saved::raw(&answers),
            at: Some(ids::SEX.into()),
            updated: 1,
        }),
        ..Envelope::default()
    };
    let s = Rc::new(State::with_saved(saved, SaveStatus::Saved, false)).reduce(Action::Continue);
    assert_eq!(s.screen, Screen::Ask(ids::URGENT));
    assert!(s.answers.get(ids::URGENT).is_none());
    assert!(s.answers.is(ids::AGE, "40_64"), "the rest is kept");
}

/// A state that has just asked for `save`, with `saved` on the device.
fn asking(save: Save, saved: Envelope, screen: Screen, answers: Answers) -> State {
    State {
        screen,
        answers,
        save,
        revision: 1,
        ..State::with_saved(saved, SaveStatus::Saved, false)
    }
}

fn answered(id: &'static str, a: Answer) -> Answers {
    let mut answers = Answers::new();
    answers.set(id, a).unwrap();
    answers
}

#[test]
fn plan_save_writes_what_was_asked_and_nothing_else() {
    let some = answered(ids::EMERGENCY, none());
    // Nothing, and erasing, write no envelope.
    for save in [Save::Nothing, Save::Erase] {
        assert_eq!(
            plan_save(
                &asking(save, Envelope::default(), Screen::Start, some.clone()),
                10,
                1
            ),
            None
        );
    }
    // Progress: the answers and the question showing, stamped now.
    let plan = plan_save(
        &asking(
            Save::Progress,
            Envelope::default(),
            Screen::Ask(ids::LIMB),
            some.clone(),
        ),
        10,
        1,
    )
    .unwrap();
    let p = plan.envelope.progress.unwrap();
    assert_eq!(
        (p.at.as_deref(), p.updated, p.answers.len()),
        (Some(ids::LIMB), 10, 1)
    );
    assert_eq!((plan.added, plan.made_room), (None, None));
    // Finished: a result with a fresh id; the progress cleared.
    let plan = plan_save(
        &asking(
            Save::Finished { add: true },
            Envelope::default(),
            Screen::Result,
            some.clone(),
        ),
        20,
        0xabc,
    )
    .unwrap();
    assert_eq!(plan.added.as_deref(), Some("14-abc"));
    assert_eq!(plan.envelope.results.len(), 1);
    assert_eq!(plan.envelope.results[0].saved_at, 20);
    assert!(!plan.envelope.has_progress());
    // The same answers finished again: no second result.
    let plan = plan_save(
        &asking(
            Save::Finished { add: false },
            Envelope::default(),
            Screen::Result,
            some,
        ),
        20,
        1,
    )
    .unwrap();
    assert!(plan.envelope.results.is_empty() && plan.added.is_none());
}

#[test]
fn plan_save_keeps_times_increasing_and_never_wraps() {
    let stored = |updated| Envelope {
        progress: Some(Unfinished {
            content_version: 2,
            answers: Default::default(),
            at: None,
            updated,
        }),
        ..Envelope::default()
    };
    let updated = |saved, now| {
        plan_save(
            &asking(Save::Progress, saved, Screen::Start, Answers::new()),
            now,
            1,
        )
        .unwrap()
        .envelope
        .progress
        .unwrap()
        .updated
    };
    assert_eq!(updated(stored(5), 100), 100);
    assert_eq!(
        updated(stored(100), 100),
        101,
        "two saves in one millisecond still order"
    );
    assert_eq!(
        updated(stored(u64::MAX), 100),
        u64::MAX,
        "saturates, never wraps to 0"
    );
}

#[test]
fn plan_save_at_the_cap_names_the_result_that_made_room() {
    let mut full = Envelope::default();
    for i in 0..saved::MAX_RESULTS as u64 {
        full.add(SavedResult {
            id: format!("r{i:04}"),
            saved_at: 1_000 + i,
            content_version: 2,
            answers: Default::default(),
            measurements: None,
        });
    }
    let some = answered(ids::EMERGENCY, none());
    let plan = plan_save(
        &asking(Save::Finished { add: true }, full, Screen::Result, some),
        9_999,
        1,
    )
    .unwrap();
    assert_eq!(plan.made_room, Some(1_000));
    assert_eq!(plan.envelope.results.len(), saved::MAX_RESULTS);
}

#[test]
fn one_result_per_finished_set_of_answers() {
    // Finish, change nothing, finish again: only the first adds.
    let mut s = Rc::new(State::default()).reduce(Action::Start);
    {
        while let Screen::Ask(id) = s.screen {
            let q = engine::question(id).unwrap();
            let a = match q.kind {
                engine::Kind::Multi { none, .. } => Answer::Choices(vec![none.into()]),
                engine::Kind::YesNo { .. } => Answer::No,
                engine::Kind::Single { options } => Answer::Choice(options[1].into()),
                engine::Kind::Ratings { items } => {
                    Answer::Ratings(items.iter().map(|i| (i.to_string(), 0)).collect())
                }
                engine::Kind::Grid { rows } => Answer::Grid(
                    rows.iter()
                        .map(|r| (r.id.to_string(), r.options[0].to_string()))
                        .collect(),
                ),
                engine::Kind::Body => {
                    s = s.reduce(Action::Skip(id));
                    continue;
                }
            };
            s = s.reduce(Action::Answer(id, a));
        }
    }
    assert_eq!(
        (s.screen, s.save),
        (Screen::Result, Save::Finished { add: true })
    );
    s = s.reduce(Action::ChangeAnswers);
    while let Screen::Ask(id) = s.screen {
        let a = s.answers.get(id).cloned();
        s = match a {
            Some(a) => s.reduce(Action::Answer(id, a)),
            None => s.reduce(Action::Skip(id)),
        };
    }
    assert_eq!(
        (s.screen, s.save),
        (Screen::Result, Save::Finished { add: false })
    );
}

#[test]
fn restart_forgets_the_answers() {
    let s = run(vec![
        Action::Start,
        Action::Answer(first(), none()),
        Action::Restart,
    ]);
    assert_eq!(s.screen, Screen::Start);
    assert!(s.answers.is_empty());
    assert_eq!(s.save, Save::Progress, "the saved progress is cleared too");
}

#[test]
fn measurements_go_with_the_result_shown() {
    use circulation_check::saved::Measurements;
    let m = Measurements {
        at: 10,
        ankle_mm: 221,
        calf_mm: 368,
    };
    let mut saved = Envelope::default();
    saved.add(SavedResult {
        id: "r1".into(),
        saved_at: 5,
        content_version: 2,
        answers: Default::default(),
        measurements: None,
    });
    // This quiz's result, saved as r1: measured, and the envelope saved.
    let s = Rc::new(State {
        screen: Screen::Result,
        current_result: Some("r1".into()),
        ..State::with_saved(saved.clone(), SaveStatus::Saved, false)
    })
    .reduce(Action::Measured(m));
    assert_eq!(s.save, Save::Envelope);
    assert_eq!(s.saved.result("r1").unwrap().measurements, Some(m));
    assert_eq!(s.measurements(), Some(m));
    // A result the device could not save keeps them in memory only.
    let s = Rc::new(State {
        screen: Screen::Result,
        ..State::default()
    })
    .reduce(Action::Measured(m));
    assert_eq!((s.save, s.measurements()), (Save::Nothing, Some(m)));
    // A past result opened from "My saved results".
    let s = Rc::new(State {
        screen: Screen::Past,
        viewing: Some("r1".into()),
        ..State::with_saved(saved, SaveStatus::Saved, false)
    })
    .reduce(Action::Measured(m));
    assert_eq!(s.saved.result("r1").unwrap().measurements, Some(m));
    // Anywhere else, a stale measurement changes nothing.
    let start = Rc::new(State::default());
    assert!(Rc::ptr_eq(
        &start,
        &Rc::clone(&start).reduce(Action::Measured(m))
    ));
}

#[test]
fn a_smaller_measurement_given_later_is_kept_and_wins_against_the_stored_one() {
    use circulation_check::saved::{merge, Measurements};
    let mut saved = Envelope::default();
    saved.add(SavedResult {
        id: "r1".into(),
        saved_at: 5,
        content_version: 2,
        answers: Default::default(),
        measurements: None,
    });
    let measure = |ankle_mm| Measurements {
        at: 0,
        ankle_mm,
        calf_mm: 368,
    };
    let first = Rc::new(State {
        screen: Screen::Result,
        current_result: Some("r1".into()),
        ..State::with_saved(saved, SaveStatus::Saved, false)
    })
    .reduce(Action::Measured(measure(260)).stamped(1_000));
    let stored = (*first.saved).clone();
    // Corrected at once, with a clock that went back: still the newer one.
    let second = first.reduce(Action::Measured(measure(221)).stamped(900));
    let mine = (*second.saved).clone();
    for merged in [merge(&stored, &mine), merge(&mine, &stored)] {
        let m = merged.result("r1").unwrap().measurements.unwrap();
        assert_eq!(m.ankle_mm, 221, "the old figure came back");
    }
    assert_eq!(second.measurements().unwrap().ankle_mm, 221);
}

/// The language switch keeps the answers and the question showing, and
/// asks for the pick to be saved: with the progress mid-quiz (so a handover
/// to the Spanish build comes back to this question), on its own elsewhere.
#[cfg(feature = "es")]
#[test]
fn the_language_pick_keeps_the_answers_and_is_saved_with_the_progress() {
    let pick = |language| Action::Language(saved::Chosen { language, at: 0 }).stamped(5_000);
    let start = run(vec![pick(saved::Language::Es)]);
    assert_eq!(start.screen, Screen::Start);
    assert_eq!(start.save, Save::Envelope);
    assert_eq!(
        start.saved.language,
        Some(saved::Chosen {
            language: saved::Language::Es,
            at: 5_000
        })
    );
    let asked = run(vec![Action::Start, Action::Answer(ids::EMERGENCY, none())]);
    let switched = Rc::clone(&asked).reduce(pick(saved::Language::Es));
    assert_eq!(switched.screen, asked.screen);
    assert_eq!(switched.answers, asked.answers);
    assert_eq!(switched.save, Save::Progress);
    let plan = plan_save(&switched, 6_000, 1).expect("a save");
    assert_eq!(
        plan.envelope.language.map(|c| c.language),
        Some(saved::Language::Es)
    );
    let at = plan.envelope.progress.and_then(|p| p.at);
    assert_eq!(
        at.as_deref(),
        match asked.screen {
            Screen::Ask(id) => Some(id),
            _ => None,
        }
    );
    // And back: the newer pick replaces the older.
    let back = switched.reduce(pick(saved::Language::En));
    assert_eq!(
        back.saved.language.map(|c| c.language),
        Some(saved::Language::En)
    );
}
