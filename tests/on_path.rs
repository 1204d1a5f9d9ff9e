//! Only the answers on the visitor's current path leave memory: an answer
//! to a question a later change hid (by branching) is not saved, not
//! exported and not sent, though the tab still remembers it so going back
//! restores it. Natively, through `plan_save`, the codec, the export and
//! the events.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use circulation_check::app::state::{plan_save, Action, Save, Screen, State};
use circulation_check::config::EventLevel;
use circulation_check::events::WidgetEvent;
use circulation_check::saved::{
    self, decode, encode, export_code, export_file, import, unbase64url, Envelope, SavedResult,
};
use engine::{evaluate, ids, Answer, Answers, Locale, CONTENT_VERSION};
use yew::Reducible;

const NOW: u64 = 1_800_000_000_000;

/// Said "pregnant", then went back and said "male": the pregnancy question
/// is hidden now, its answer still held in memory.
fn took_back() -> Answers {
    let mut a = Answers::new();
    let none = || Answer::Choices(vec!["none".into()]);
    for id in [ids::EMERGENCY, ids::LIMB, ids::URGENT, ids::SOON] {
        a.set(id, none()).unwrap();
    }
    a.set(ids::BLEEDING, Answer::No).unwrap();
    a.set(ids::AGE, Answer::Choice("40_64".into())).unwrap();
    a.set(ids::PREGNANCY, Answer::Choice("pregnant".into()))
        .unwrap();
    a.set(ids::SEX, Answer::Choice("male".into())).unwrap();
    a
}

fn asking(save: Save, screen: Screen) -> State {
    State {
        screen,
        answers: took_back(),
        save,
        revision: 1,
        ..State::default()
    }
}

#[test]
fn a_hidden_answer_is_not_saved_as_progress_or_as_a_result() {
    let plan = plan_save(&asking(Save::Progress, Screen::Ask(ids::BODY)), NOW, 1).unwrap();
    let progress = plan.envelope.progress.clone().unwrap();
    assert!(!progress.answers.contains_key(ids::PREGNANCY));
    assert!(progress.answers.contains_key(ids::SEX), "the path is kept");
    assert!(!encode(&plan.envelope).contains("pregnan"));

    let finished = plan_save(
        &asking(Save::Finished { add: true }, Screen::Result),
        NOW,
        1,
    );
    let envelope = finished.unwrap().envelope;
    assert!(!envelope.results[0].answers.contains_key(ids::PREGNANCY));
    assert!(!encode(&envelope).contains("pregnan"));
}

#[test]
fn going_back_in_the_same_visit_still_restores_a_taken_back_answer() {
    let s = Rc::new(asking(Save::Nothing, Screen::Ask(ids::SEX)));
    let s = s.reduce(Action::Answer(ids::SEX, Answer::Choice("female".into())));
    assert!(s.answers.is(ids::PREGNANCY, "pregnant"), "kept in memory");
    let saved = plan_save(&s, NOW, 1).unwrap().envelope.progress.unwrap();
    assert!(
        saved.answers.contains_key(ids::PREGNANCY),
        "on the path again"
    );
}

/// A result saved by an earlier build, with the hidden answer in it.
fn old_result() -> SavedResult {
    SavedResult {
        id: "19ab3c-4f2e".into(),
        saved_at: NOW - 1000,
        content_version: CONTENT_VERSION,
        answers: saved::raw(&took_back()),
        measurements: None,
    }
}

#[test]
fn hidden_answers_saved_by_an_earlier_build_are_dropped_when_read() {
    let mut old = Envelope::default();
    old.add(old_result());
    old.progress = Some(saved::Unfinished {
        content_version: CONTENT_VERSION,
        answers: saved::raw(&took_back()),
        at: None,
        updated: NOW - 1000,
    });
    let text = encode(&old);
    assert!(text.contains("pregnan"));
    let read = decode(&text, NOW);
    assert!(read.intact && read.pruned, "written again without them");
    assert!(!encode(&read.envelope).contains("pregnan"));
    assert!(!decode(&encode(&read.envelope), NOW).pruned);
    assert_eq!(
        read.envelope.results[0].answers.len(),
        took_back().len() - 1
    );
    // An import is read the same way.
    let imported = import(&export_file(&old.results), NOW).unwrap();
    assert!(!imported[0].answers.contains_key(ids::PREGNANCY));
}

#[test]
fn hidden_answers_are_not_exported() {
    let results = [old_result()];
    let file = export_file(&results);
    assert!(!file.contains("pregnan"), "{file}");
    let code = export_code(&results);
    let body = code.split('.').nth(1).unwrap();
    let json = String::from_utf8(unbase64url(body).unwrap()).unwrap();
    assert!(!json.contains("pregnan"), "{json}");
    assert!(json.contains(ids::SEX));
}

#[test]
fn hidden_answers_are_not_sent_with_the_answers_event() {
    let answers = took_back();
    let outcome = evaluate(&answers, Locale::EnUs);
    let detail = WidgetEvent::complete(&outcome, &answers, EventLevel::Answers).detail_json();
    assert!(!detail.contains("pregnan"), "{detail}");
    assert!(detail.contains(ids::SEX), "{detail}");
}
