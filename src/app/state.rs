//! The widget's state and its one reducer: which screen is showing, the
//! answers so far and what is saved on the device; and `plan_save`, what
//! the save effect writes. Pure (no web calls, no clock), so the
//! transitions and the saving rules are tested natively; every decision
//! about what comes next is the engine's, and every write is the
//! persistence hook's, which the reducer only asks for (`Save`, `revision`).

use std::rc::Rc;

use engine::{first, index_of, next, previous, resume, visible, Answer, Answers, Step};
use yew::Reducible;

use crate::saved::{
    self, merge, Envelope, ImportError, Imported, Measurements, SavedResult, Unfinished,
};
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
    /// What the size finder was given for this quiz's result (kept here
    /// too, for a result the device could not save).
    pub measured: Option<Measurements>,
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
    /// The size finder was given these measurements, for the result shown.
    Measured(Measurements),
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
            measured: None,
            save: Save::Nothing,
            revision: 0,
            import: None,
        }
    }

    /// The saved result being looked at, if it still exists.
    pub fn viewed(&self) -> Option<&SavedResult> {
        self.saved.result(self.viewing.as_deref()?)
    }

    /// The measurements of the result shown (a saved one being looked at,
    /// or this quiz's).
    pub fn measurements(&self) -> Option<Measurements> {
        match self.viewed() {
            Some(r) => r.measurements,
            None => self
                .current_result
                .as_deref()
                .and_then(|id| self.saved.result(id))
                .and_then(|r| r.measurements)
                .or(self.measured),
        }
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
        if add {
            self.measured = None;
        }
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
                        measurements: None,
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
                s.measured = None;
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
                s.measured = None;
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
                s.measured = None;
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
                s.measured = None;
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
            (Action::Measured(m), Screen::Result) => {
                s.measured = Some(m);
                match self.current_result.as_deref() {
                    Some(id) if self.saved.result(id).is_some() => {
                        Rc::make_mut(&mut s.saved).measure(id, m);
                        Save::Envelope
                    }
                    _ => Save::Nothing,
                }
            }
            (Action::Measured(m), Screen::Past) if self.viewed().is_some() => {
                let id = self.viewing.clone().unwrap_or_default();
                Rc::make_mut(&mut s.saved).measure(&id, m);
                Save::Envelope
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
