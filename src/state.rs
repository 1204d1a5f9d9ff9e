//! The widget's state and its one reducer: which screen is showing and the
//! answers so far. Pure (no web calls), so the transitions are tested
//! natively; every decision about what comes next is the engine's.

use std::rc::Rc;

use engine::{first, next, previous, resume, Answer, Answers, Step};
use yew::Reducible;

/// What the widget shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// A question, by id.
    Ask(&'static str),
    /// An emergency sign was given: only the emergency action.
    Emergency,
    /// Under 18: the quiz is not for them.
    NotForYou,
    Result,
    /// The printable summary for a doctor.
    Summary,
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub answers: Answers,
}

impl Default for State {
    fn default() -> Self {
        State {
            screen: Screen::Start,
            answers: Answers::new(),
        }
    }
}

/// Everything a visitor can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Start, or continue where the saved answers leave off.
    Start,
    /// Answer the question `id` and move on.
    Answer(&'static str, Answer),
    /// Leave an optional question unanswered and move on.
    Skip(&'static str),
    /// One step back (from an ending, back to the question that caused it).
    Back,
    /// From the result: walk through the answers again, keeping them.
    ChangeAnswers,
    /// Forget the answers and go back to the start screen.
    Restart,
    ShowSummary,
    CloseSummary,
}

fn screen_for(step: Step) -> Screen {
    match step {
        Step::Ask(id) => Screen::Ask(id),
        Step::Finished => Screen::Result,
        Step::Emergency => Screen::Emergency,
        Step::NotForYou => Screen::NotForYou,
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut answers = self.answers.clone();
        let screen = match (action, self.screen) {
            (Action::Start, Screen::Start) => match resume(&answers) {
                Step::Finished => Screen::Ask(first()),
                step => screen_for(step),
            },
            (Action::Answer(id, answer), Screen::Ask(current)) if id == current => {
                if answers.set(id, answer).is_err() {
                    // The view validates first; a refused answer changes nothing.
                    return self;
                }
                screen_for(next(&answers, Some(id)))
            }
            (Action::Skip(id), Screen::Ask(current)) if id == current => {
                answers.clear(id);
                screen_for(next(&answers, Some(id)))
            }
            (Action::Back, Screen::Ask(id)) => {
                previous(&answers, Some(id)).map_or(Screen::Start, Screen::Ask)
            }
            (Action::Back, Screen::Emergency | Screen::NotForYou | Screen::Result) => {
                previous(&answers, None).map_or(Screen::Start, Screen::Ask)
            }
            (Action::ChangeAnswers, Screen::Result) => Screen::Ask(first()),
            (Action::Restart, _) => return Rc::new(State::default()),
            (Action::ShowSummary, Screen::Result) => Screen::Summary,
            (Action::CloseSummary, Screen::Summary) => Screen::Result,
            // Anything else (a stale click from a screen already left) is a no-op,
            // returning the same Rc so nothing re-renders.
            _ => return self,
        };
        Rc::new(State { screen, answers })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::ids;

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
    fn restart_forgets_the_answers() {
        let s = run(vec![
            Action::Start,
            Action::Answer(first(), none()),
            Action::Restart,
        ]);
        assert_eq!(*s, State::default());
    }
}
