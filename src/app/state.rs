//! The widget's state: which screen is showing, the answers so far and
//! what is saved on the device; its one reducer (`reduce`) and `plan_save`,
//! what the save effect writes (`save`). Pure (no web calls, no clock), so
//! the transitions and the saving rules are tested natively; every decision
//! about what comes next is the engine's, and every write is the
//! persistence hook's, which the reducer only asks for (`Save`, `revision`).

mod reduce;
mod save;

pub use save::{plan_save, SavePlan};

use std::rc::Rc;

use engine::{Answer, Answers, Step};

#[cfg(feature = "es")]
use crate::saved::Chosen;
use crate::saved::{Envelope, ImportError, Imported, Measurements, SavedResult};
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
    /// Storage refused the erase: nothing (`nothing`) or only part of it
    /// was removed.
    NotErased { nothing: bool },
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
    /// The answers last saved as a result (those on the path): one saved
    /// result per finished set of answers, however often the quiz reaches
    /// its end with them.
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
    /// Remove everything this widget family keeps on the device, then the start.
    EraseAll,
    /// The erase could not remove everything: nothing (`nothing`) or part.
    NotErased {
        nothing: bool,
    },
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
    /// The language switch: the visitor picked this language (kept with the
    /// saved progress; `at` is stamped at dispatch).
    #[cfg(feature = "es")]
    Language(Chosen),
    /// Another tab changed the stored envelope.
    Synced(Rc<Envelope>),
    /// The stored data was removed from outside (another tab's erase, the
    /// page clearing storage): forget every copy here too.
    Cleared,
}

impl Action {
    /// The action as dispatched at `now` (ms): measurements carry the time
    /// they were given, so the newest wins when two copies merge.
    pub fn stamped(self, now: u64) -> Action {
        match self {
            Action::Measured(m) => Action::Measured(Measurements { at: now, ..m }),
            #[cfg(feature = "es")]
            Action::Language(c) => Action::Language(Chosen { at: now, ..c }),
            other => other,
        }
    }
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
        // Compared on the path, as saved: a taken-back answer in memory
        // does not make the same result a new one.
        let kept = engine::visible_answers(&self.answers);
        let add = self.last_finished.as_ref() != Some(&kept);
        self.last_finished = Some(kept);
        if add {
            self.measured = None;
        }
        Save::Finished { add }
    }
}
