//! Flow: which questions are visible, next and previous, and "about N left".
//!
//! Visibility is decided in quiz order: a question is shown when its
//! `show_if` holds on the answers to the *visible* questions before it, and
//! everything after an emergency answer or an under-18 age is hidden. So an
//! answer to a question that became hidden never counts anywhere.

use crate::answers::Answers;
use crate::questions::{index_of, questions, Question};
use crate::rules::{ends_here, Effect};
use crate::triage::ends_quiz;

/// What the UI shows next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Ask this question (its id).
    Ask(&'static str),
    /// All visible questions are behind us: show the result.
    Finished,
    /// An emergency sign was given: show only the emergency screen, at once.
    Emergency,
    /// The visitor is under 18: the quiz is not for them; end kindly.
    NotForYou,
}

/// Where the visitor is: question `number` of `about_total` along the
/// current branch (the total grows or shrinks as answers open or close
/// follow-ups, so it is honest rather than fixed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// 1-based position of the current question among the visible ones.
    pub number: usize,
    /// How many questions are visible now, including answered ones.
    pub about_total: usize,
}

impl Progress {
    /// "About N questions left" after the current one.
    pub fn left(&self) -> usize {
        self.about_total.saturating_sub(self.number)
    }
}

struct Walk {
    visible: Vec<(usize, &'static Question)>,
    kept: Answers,
    end: Option<Step>,
}

fn walk(answers: &Answers) -> Walk {
    let mut kept = Answers::new();
    let mut visible = Vec::new();
    let mut end = None;
    for (i, q) in questions().iter().enumerate() {
        if !kept.shows(q) {
            continue;
        }
        visible.push((i, q));
        if let Some(a) = answers.get(q.id) {
            // Already validated when it entered `answers`.
            let _ = kept.set(q.id, a.clone());
        }
        if ends_quiz(q.id, &kept) {
            end = Some(Step::Emergency);
            break;
        }
        if ends_here(Effect::NotForYou, q.id, &kept) {
            end = Some(Step::NotForYou);
            break;
        }
    }
    Walk { visible, kept, end }
}

/// The id of the first question (the emergency checklist).
pub fn first() -> &'static str {
    questions()[0].id
}

/// The questions visible given these answers, in quiz order.
pub fn visible(answers: &Answers) -> Vec<&'static Question> {
    walk(answers).visible.into_iter().map(|(_, q)| q).collect()
}

/// The answers restricted to visible questions: what every result uses.
pub fn visible_answers(answers: &Answers) -> Answers {
    walk(answers).kept
}

/// How the quiz ends early, if it does: `Some(Step::Emergency)` or
/// `Some(Step::NotForYou)`.
pub fn ending(answers: &Answers) -> Option<Step> {
    walk(answers).end
}

/// The step after `current` (`None` = before the start). An unknown id is
/// treated as the start. Past the last visible question comes the early
/// ending if there is one, otherwise `Finished`.
pub fn next(answers: &Answers, current: Option<&str>) -> Step {
    let w = walk(answers);
    let from = current.and_then(index_of);
    w.visible
        .iter()
        .find(|(i, _)| from.is_none_or(|f| *i > f))
        .map(|(_, q)| Step::Ask(q.id))
        .or(w.end)
        .unwrap_or(Step::Finished)
}

/// The visible question before `current` (`None` = from the result screen,
/// giving the last visible question). `None` at the first question.
pub fn previous(answers: &Answers, current: Option<&str>) -> Option<&'static str> {
    let w = walk(answers);
    let before = current.and_then(index_of).unwrap_or(usize::MAX);
    w.visible
        .iter()
        .rev()
        .find(|(i, _)| *i < before)
        .map(|(_, q)| q.id)
}

/// Progress at `current` (`None` = at the end).
pub fn progress(answers: &Answers, current: Option<&str>) -> Progress {
    let w = walk(answers);
    let about_total = w.visible.len();
    let number = match current.and_then(index_of) {
        Some(c) => w.visible.iter().filter(|(i, _)| *i < c).count() + 1,
        None => about_total,
    };
    Progress {
        number: number.min(about_total.max(1)),
        about_total,
    }
}

/// Where to continue a saved quiz: the earliest visible required question
/// without an answer, or else the step after the last answered question.
pub fn resume(answers: &Answers) -> Step {
    let w = walk(answers);
    if let Some(end) = w.end {
        return end;
    }
    let missing = w
        .visible
        .iter()
        .find(|(_, q)| !q.optional && answers.get(q.id).is_none())
        .map(|(_, q)| Step::Ask(q.id));
    let last = w
        .visible
        .iter()
        .rev()
        .find(|(_, q)| answers.get(q.id).is_some())
        .map(|(_, q)| q.id);
    let after = match last {
        Some(id) => next(answers, Some(id)),
        None => Step::Ask(first()),
    };
    match (missing, after) {
        (Some(Step::Ask(m)), Step::Ask(a)) if index_of(a) < index_of(m) => Step::Ask(a),
        (Some(m), _) => m,
        (None, a) => a,
    }
}
