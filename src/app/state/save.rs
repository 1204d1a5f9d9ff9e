//! `plan_save`: what the save effect writes for a state, at a time the
//! effect reads from the clock. Pure, so the saving rules (one result per
//! finished set of answers, times that only increase) are tested natively.

use engine::Answers;

use super::{Save, Screen, State};
use crate::saved::{self, Envelope, SavedResult, Unfinished};

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
    // Only the answers on the path: one the visitor took back by changing
    // an earlier answer stays in this tab's memory (going back restores
    // it) but is never written.
    let on_path = |answers: &Answers| saved::raw(&engine::visible_answers(answers));
    let unfinished = |answers: &Answers, at: Option<String>| Unfinished {
        content_version: engine::CONTENT_VERSION,
        answers: on_path(answers),
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
                        answers: on_path(&state.answers),
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
