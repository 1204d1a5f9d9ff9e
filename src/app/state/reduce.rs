//! The one reducer: every action's transition of `State`. Which step comes
//! next is the engine's decision; a write is only asked for (`Save`).

use std::rc::Rc;

use engine::{first, index_of, next, previous, resume, visible, Answers, Step};
use yew::Reducible;

use super::{screen_for, Action, Notice, Save, Screen, State};
use crate::saved::{self, merge};

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
            // Mid-quiz, the question showing is saved with it, so a switch
            // that the loader hands to the other build (the English build
            // has no Spanish: ARCHITECTURE.md "Languages") comes back to it.
            #[cfg(feature = "es")]
            (Action::Language(chosen), screen) => {
                Rc::make_mut(&mut s.saved).language = Some(chosen);
                match screen {
                    Screen::Ask(_) if !s.answers.is_empty() => Save::Progress,
                    _ => Save::Envelope,
                }
            }
            (Action::NotErased { nothing }, _) => {
                s.notice = Some(Notice::NotErased { nothing });
                Save::Nothing
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
