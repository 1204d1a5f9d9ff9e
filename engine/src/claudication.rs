//! The Edinburgh Claudication Questionnaire (Leng & Fowkes 1992), scored by
//! its published rule.
//!
//! Positive only when: pain walking (Q1 yes), never starting at rest (Q2 no),
//! brought on by uphill or hurrying (Q3 yes), usually gone within 10 minutes
//! of standing still (Q5). Then calf pain = definite; thigh or buttock pain
//! without calf pain = atypical; other sites alone = negative. Grade 1 when
//! an ordinary pace on the level does not bring it on (Q4 no), grade 2 when
//! it does. A positive screen is a pattern, never a diagnosis; a negative one
//! never means the arteries are fine.

use crate::answers::Answers;
use crate::questions::ids::*;
use crate::questions::opts::*;

/// The result of the walking-pain screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Claudication {
    /// Not screened: unanswered, unable to walk, or the follow-ups are incomplete.
    NotAssessed,
    /// No pain when walking (Q1 "no"): a negative screen with nothing to
    /// comment on, so the result shows no walking-pain note.
    NoWalkingPain,
    /// Walking pain, but the published rule is not met.
    Negative,
    /// Negative by the published rule, but the pain goes within about 10
    /// minutes of standing still and is not in a joint alone (even "I can't
    /// say where"): a see-soon reason on its own (Revision 3), so the result
    /// never calls it "not the usual pattern". Set by `evaluate`, never by
    /// [`claudication`], which stays the published rule.
    EasesWithRest,
    /// Thigh or buttock pain without calf pain; grade 1 or 2.
    Atypical {
        /// 1: only uphill or hurrying; 2: also at an ordinary pace on the level.
        grade: u8,
    },
    /// Calf pain; grade 1 or 2.
    Definite {
        /// 1: only uphill or hurrying; 2: also at an ordinary pace on the level.
        grade: u8,
    },
}

impl Claudication {
    /// Atypical or definite.
    pub fn is_positive(self) -> bool {
        matches!(
            self,
            Claudication::Atypical { .. } | Claudication::Definite { .. }
        )
    }
}

/// Scores the screen from the answers (callers pass visible answers only).
pub fn claudication(a: &Answers) -> Claudication {
    use Claudication::*;
    if a.gave(walk::NO) {
        return NoWalkingPain;
    }
    if !a.gave(walk::YES) {
        return NotAssessed;
    }
    // Every follow-up must be answered before a verdict either way.
    let answered = [START_STILL, UPHILL, LEVEL, STAND, WHERE]
        .iter()
        .all(|q| a.get(q).is_some());
    if !answered {
        return NotAssessed;
    }
    let exertional = a.gave(start_still::NO) && a.gave(uphill::YES) && a.gave(stand::GOES);
    let grade = if a.gave(level::YES) { 2 } else { 1 };
    if !exertional {
        Negative
    } else if a.gave(pain_where::CALF) {
        Definite { grade }
    } else if a.gave(pain_where::THIGH) || a.gave(pain_where::BUTTOCK) {
        Atypical { grade }
    } else {
        Negative
    }
}
