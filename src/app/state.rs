//! The widget's state and its one reducer: which screen is showing, the
//! answers so far and what is saved on the device; and `plan_save`, what
//! the save effect writes. Pure (no web calls, no clock), so the
//! transitions and the saving rules are tested natively; every decision
//! about what comes next is the engine's, and every write is the
//! persistence hook's, which the reducer only asks for (`Save`, `revision`).

use std::rc::Rc;

use engine::{first, index_of, next, previous, resume, visible, Answer, Answers, Step};
use yew::Reducible;

use crate::saved::{self, merge, Envelope, ImportError, Imported, SavedResult, Unfinished};
use crate::store::SaveStatus;

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
    /// The printable summary for a doctor (of `viewing` when set).
    Summary,
    /// "My saved results": the list, export and import.
    History,
    /// One saved result (`viewing`), opened in full.
    Past,
}

/// What the root component's save effect must write after an action. The
/// reducer only says so (it does no I/O); the effect stamps the time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Save {
    Nothing,
    /// The unfinished quiz (answers and question), or its clearing when
    /// there are no answers.
    Progress,
    /// The quiz just finished: clear the progress, and add a result unless
    /// this very set of answers was saved as one already.
    Finished {
        add: bool,
    },
    /// `saved` itself changed (a deletion, an import, another tab's data).
    Envelope,
    /// Remove everything this widget keeps on the device.
    Erase,
}

/// One sentence about saved data, shown once where it matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Unreadable saved data was found at load and kept aside.
    PutAside,
    /// The visitor erased everything on this device.
    Erased,
    /// Another tab, or the page, removed the saved data: forgotten here too.
    Cleared,
    /// Saving this result pushed out the oldest one (saved at this time),
    /// because a device keeps at most `saved::MAX_RESULTS`.
    MadeRoom { saved_at: u64 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub screen: Screen,
    pub answers: Answers,
    /// What is saved on this device (or kept in memory when it cannot be).
    pub saved: Rc<Envelope>,
    pub status: SaveStatus,
    /// A sentence about saved data to show once (see `Notice`).
    pub notice: Option<Notice>,
    /// The id of the saved result being looked at.
    pub viewing: Option<String>,
    /// The id under which this quiz's result was saved, once it was.
    pub current_result: Option<String>,
    /// The answers last saved as a result: one saved result per finished
    /// set of answers, however often the quiz reaches its end with them.
    pub last_finished: Option<Answers>,
    /// What the next save writes; `revision` changes with every request.
    pub save: Save,
    pub revision: u32,
    /// Outcome of the last import: how many results came back, or why not.
    pub import: Option<Result<Imported, ImportError>>,
}

impl Default for State {
    fn default() -> Self {
        State::with_saved(Envelope::default(), SaveStatus::Saved, false)
    }
}

/// Everything a visitor can do, and what the root component reports back.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Start, or continue where the saved answers leave off.
    Start,
    /// Start screen: continue the saved unfinished quiz.
    Continue,
    /// Start screen: forget the saved unfinished quiz and start afresh.
    StartOver,
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
    OpenHistory,
    CloseHistory,
    /// Open a saved result by id.
    Open(String),
    ClosePast,
    Delete(String),
    /// Remove everything this widget keeps on the device, then the start.
    EraseAll,
    /// Results read from a code or file, or why they could not be.
    Import(Result<Vec<SavedResult>, ImportError>),
    /// The save effect wrote (or could not write) `saved`; `result` is the
    /// id of the result it added, `made_room` the time of a result it
    /// pushed out to stay under the cap.
    Stored {
        saved: Rc<Envelope>,
        status: SaveStatus,
        result: Option<String>,
        made_room: Option<u64>,
    },
    /// Another tab changed the stored envelope.
    Synced(Rc<Envelope>),
    /// The stored data was removed from outside (another tab's erase, the
    /// page clearing storage): forget every copy here too.
    Cleared,
}

fn screen_for(step: Step) -> Screen {
    match step {
        Step::Ask(id) => Screen::Ask(id),
        Step::Finished => Screen::Result,
        Step::Emergency => Screen::Emergency,
        Step::NotForYou => Screen::NotForYou,
    }
}

impl State {
    /// The state at mount, from what the store loaded.
    pub fn loaded(loaded: crate::store::Loaded) -> State {
        State::with_saved(loaded.envelope, loaded.status, loaded.put_aside)
    }

    /// The state at mount, from saved data and its status.
    pub fn with_saved(saved: Envelope, status: SaveStatus, put_aside: bool) -> State {
        State {
            screen: Screen::Start,
            answers: Answers::new(),
            saved: Rc::new(saved),
            status,
            notice: put_aside.then_some(Notice::PutAside),
            viewing: None,
            current_result: None,
            last_finished: None,
            save: Save::Nothing,
            revision: 0,
            import: None,
        }
    }

    /// The saved result being looked at, if it still exists.
    pub fn viewed(&self) -> Option<&SavedResult> {
        self.saved.result(self.viewing.as_deref()?)
    }

    /// Everything forgotten: back at the start with `notice`.
    fn forgotten(&self, notice: Notice) -> State {
        State {
            status: self.status,
            notice: Some(notice),
            revision: self.revision,
            ..State::default()
        }
    }

    fn request(mut self, save: Save) -> State {
        if save != Save::Nothing {
            self.save = save;
            self.revision = self.revision.wrapping_add(1);
        }
        self
    }
}

impl State {
    /// After a quiz step: finishing saves a result (once per set of
    /// answers), anything else the progress.
    fn after_step(&mut self) -> Save {
        if self.screen != Screen::Result {
            return Save::Progress;
        }
        let add = self.last_finished.as_ref() != Some(&self.answers);
        self.last_finished = Some(self.answers.clone());
        Save::Finished { add }
    }
}

/// What the save effect writes for a state: the envelope to merge into
/// storage, the id of the result it adds, the time of a result it pushes
/// out to stay under the cap.
#[derive(Clone, Debug, PartialEq)]
pub struct SavePlan {
    pub envelope: Envelope,
    pub added: Option<String>,
    pub made_room: Option<u64>,
}

/// The envelope to write for `state.save` at time `now` (ms); `nonce` makes
/// a new result's id unique when two tabs finish in the same millisecond.
/// `None` when there is nothing to write (or everything is to be erased,
/// which is no envelope at all).
pub fn plan_save(state: &State, now: u64, nonce: u32) -> Option<SavePlan> {
    let mut envelope = (*state.saved).clone();
    // Strictly increasing within a tab, so two saves in one millisecond
    // still order right in the newest-wins merge; saturating, so a stored
    // time can never make it wrap.
    let updated = envelope
        .progress
        .as_ref()
        .map_or(now, |p| now.max(p.updated.saturating_add(1)));
    let unfinished = |answers: &Answers, at: Option<String>| Unfinished {
        content_version: engine::CONTENT_VERSION,
        answers: saved::raw(answers),
        at,
        updated,
    };
    let (mut added, mut made_room) = (None, None);
    match state.save {
        Save::Nothing | Save::Erase => return None,
        Save::Envelope => {}
        Save::Progress => {
            let at = match state.screen {
                Screen::Ask(id) => Some(id.to_owned()),
                _ => None,
            };
            envelope.progress = Some(unfinished(&state.answers, at));
        }
        Save::Finished { add } => {
            if add {
                let id = saved::result_id(now, nonce);
                made_room = envelope
                    .add(SavedResult {
                        id: id.clone(),
                        saved_at: now,
                        content_version: engine::CONTENT_VERSION,
                        answers: saved::raw(&state.answers),
                    })
                    .map(|oldest| oldest.saved_at);
                added = Some(id);
            }
            envelope.progress = Some(unfinished(&Answers::new(), None));
        }
    }
    Some(SavePlan {
        envelope,
        added,
        made_room,
    })
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let save = match (action, self.screen) {
            (Action::Start, Screen::Start) => {
                s.notice = None;
                s.screen = match resume(&s.answers) {
                    Step::Finished => Screen::Ask(first()),
                    step => screen_for(step),
                };
                Save::Nothing
            }
            (Action::Continue, Screen::Start) => {
                s.notice = None;
                let Some(progress) = self
                    .saved
                    .progress
                    .as_ref()
                    .filter(|_| self.saved.has_progress())
                else {
                    return self;
                };
                s.answers = saved::migrate(progress.content_version, &progress.answers).answers;
                // Back at the question left, if it is still asked, unless a
                // required question before it has no answer (one the
                // questions' new version could not carry over, say): then
                // that one first, so no red-flag question is skipped.
                let at = progress.at.as_deref().and_then(|at| {
                    visible(&s.answers)
                        .into_iter()
                        .find(|q| q.id == at)
                        .map(|q| q.id)
                });
                let earlier = |missing: &str, at: &str| index_of(missing) < index_of(at);
                s.screen = match (at, resume(&s.answers)) {
                    (Some(at), Step::Ask(missing)) if earlier(missing, at) => Screen::Ask(missing),
                    (Some(id), Step::Ask(_) | Step::Finished) => Screen::Ask(id),
                    (_, step) => screen_for(step),
                };
                s.current_result = None;
                if s.screen == Screen::Result {
                    s.after_step()
                } else {
                    Save::Nothing
                }
            }
            (Action::StartOver, Screen::Start) => {
                s.notice = None;
                s.answers = Answers::new();
                s.screen = Screen::Ask(first());
                s.current_result = None;
                Save::Progress
            }
            (Action::Answer(id, answer), Screen::Ask(current)) if id == current => {
                if s.answers.set(id, answer).is_err() {
                    // The view validates first; a refused answer changes nothing.
                    return self;
                }
                s.screen = screen_for(next(&s.answers, Some(id)));
                s.after_step()
            }
            (Action::Skip(id), Screen::Ask(current)) if id == current => {
                s.answers.clear(id);
                s.screen = screen_for(next(&s.answers, Some(id)));
                s.after_step()
            }
            (Action::Back, Screen::Ask(id)) => {
                s.screen = previous(&s.answers, Some(id)).map_or(Screen::Start, Screen::Ask);
                Save::Progress
            }
            (Action::Back, Screen::Emergency | Screen::NotForYou | Screen::Result) => {
                s.screen = previous(&s.answers, None).map_or(Screen::Start, Screen::Ask);
                Save::Progress
            }
            (Action::ChangeAnswers, Screen::Result) => {
                s.screen = Screen::Ask(first());
                Save::Progress
            }
            (Action::ChangeAnswers, Screen::Past) => {
                // Take the quiz again from that result's answers.
                let Some(r) = self.viewed() else { return self };
                s.answers = saved::migrate(r.content_version, &r.answers).answers;
                s.screen = Screen::Ask(first());
                s.viewing = None;
                s.current_result = None;
                Save::Progress
            }
            (Action::Restart, Screen::Past | Screen::History) => {
                s.screen = Screen::Start;
                s.viewing = None;
                Save::Nothing
            }
            (Action::Restart, screen) => {
                s.screen = Screen::Start;
                s.answers = Answers::new();
                s.viewing = None;
                s.current_result = None;
                // A finished quiz already cleared its progress; saving the
                // clearing again would beat another tab's newer progress.
                match screen {
                    Screen::Result | Screen::Summary => Save::Nothing,
                    _ => Save::Progress,
                }
            }
            (Action::ShowSummary, Screen::Result | Screen::Past) => {
                s.screen = Screen::Summary;
                Save::Nothing
            }
            (Action::CloseSummary, Screen::Summary) => {
                s.screen = if s.viewing.is_some() {
                    Screen::Past
                } else {
                    Screen::Result
                };
                Save::Nothing
            }
            (Action::OpenHistory, Screen::Start | Screen::Result) => {
                s.notice = None;
                s.screen = Screen::History;
                s.import = None;
                Save::Nothing
            }
            (Action::CloseHistory, Screen::History) => {
                s.screen = Screen::Start;
                Save::Nothing
            }
            (Action::Open(id), Screen::History) if self.saved.result(&id).is_some() => {
                s.viewing = Some(id);
                s.screen = Screen::Past;
                Save::Nothing
            }
            (Action::ClosePast, Screen::Past) => {
                s.viewing = None;
                s.screen = Screen::History;
                Save::Nothing
            }
            (Action::Delete(id), Screen::History) if self.saved.result(&id).is_some() => {
                Rc::make_mut(&mut s.saved).delete(&id);
                Save::Envelope
            }
            (Action::EraseAll, Screen::History) => {
                s = self.forgotten(Notice::Erased);
                Save::Erase
            }
            (Action::Cleared, _) => {
                s = self.forgotten(Notice::Cleared);
                Save::Nothing
            }
            (Action::Import(Ok(results)), Screen::History) => {
                let imported = Rc::make_mut(&mut s.saved).import(results);
                s.import = Some(Ok(imported));
                if imported.added > 0 {
                    Save::Envelope
                } else {
                    Save::Nothing
                }
            }
            (Action::Import(Err(e)), Screen::History) => {
                s.import = Some(Err(e));
                Save::Nothing
            }
            (
                Action::Stored {
                    saved,
                    status,
                    result,
                    made_room,
                },
                _,
            ) => {
                s.saved = Rc::new(merge(&self.saved, &saved));
                s.status = status;
                if result.is_some() {
                    s.current_result = result;
                }
                if let Some(saved_at) = made_room {
                    s.notice = Some(Notice::MadeRoom { saved_at });
                }
                Save::Nothing
            }
            (Action::Synced(theirs), screen) => {
                let merged = merge(&self.saved, &theirs);
                // Write back what the other tab lacks; merging is a join, so
                // the tabs converge instead of ping-ponging.
                let save = if merged != *theirs {
                    Save::Envelope
                } else {
                    Save::Nothing
                };
                if merged == *self.saved && save == Save::Nothing {
                    return self;
                }
                s.saved = Rc::new(merged);
                if screen == Screen::Past && s.viewed().is_none() {
                    s.viewing = None;
                    s.screen = Screen::History;
                }
                save
            }
            // Anything else (a stale click from a screen already left) is a no-op,
            // returning the same Rc so nothing re-renders.
            _ => return self,
        };
        Rc::new(s.request(save))
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
        let s =
            Rc::new(State::with_saved(saved, SaveStatus::Saved, false)).reduce(Action::Continue);
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
}
