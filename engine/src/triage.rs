//! Triage: four levels, the highest one wins, each with the answers that
//! raised it. The rules themselves are entries of the rule table (rules/).

use crate::answers::Answers;
use crate::reason::Reason;
use crate::rules::{ends_here, fire, holds, Ctx, Effect, RULES};

/// Where an urgent result sends the visitor. Only meaningful at `Urgent`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Urgency {
    /// A same-day appointment or urgent care (the default).
    SameDay,
    /// Pregnant or gave birth in the last 6 weeks: the midwife or
    /// maternity unit now.
    Maternity,
    /// Black skin or an infected wound with diabetes or artery disease:
    /// A&E / the emergency room now (NICE NG19).
    EmergencyDepartment,
}

/// The triage of one set of answers: the level, the answers that raised
/// it, and (at `Urgent`) where to go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Triage {
    /// The highest level raised.
    pub level: Level,
    /// The answers that raised it (only the winning level's; empty for
    /// `SelfCare`).
    pub reasons: Vec<Reason>,
    /// Where an urgent result sends the visitor.
    pub urgency: Urgency,
}

/// How soon to get help. Ordered: `Emergency` > `Urgent` > `Soon` > `SelfCare`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// None of the warning signs: personalised tips and when to seek help.
    SelfCare,
    /// Book an appointment with a doctor soon; tips still shown, gated.
    Soon,
    /// Get seen today; only the action is shown, no tips, no products.
    Urgent,
    /// Call the emergency number now; nothing else is shown.
    Emergency,
}

impl Level {
    /// Stable id for events and storage: "emergency", "urgent", "soon", "self_care".
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Emergency => "emergency",
            Level::Urgent => "urgent",
            Level::Soon => "soon",
            Level::SelfCare => "self_care",
        }
    }
}

/// Whether answering `id` as in `a` ends the quiz with an emergency at once:
/// an emergency rule that reads this question holds. "Not sure" is one of
/// the ticked options and counts as yes.
pub fn ends_quiz(id: &str, a: &Answers) -> bool {
    ends_here(Effect::Raise(Level::Emergency), id, a)
}

/// The triage level, its reasons and where to go: the highest level any
/// rule raises, with the reasons of every rule at that level.
/// `a` must already be restricted to visible questions (see `evaluate`).
pub fn triage(a: &Answers) -> Triage {
    let x = Ctx::of(a);
    for level in [Level::Emergency, Level::Urgent, Level::Soon] {
        let mut reasons = Vec::new();
        if fire(Effect::Raise(level), &x, &mut reasons) {
            let urgency = if level == Level::Urgent {
                route(a)
            } else {
                Urgency::SameDay
            };
            return Triage {
                level,
                reasons,
                urgency,
            };
        }
    }
    Triage {
        level: Level::SelfCare,
        reasons: Vec::new(),
        urgency: Urgency::SameDay,
    }
}

/// Where an urgent result sends the visitor: the first route rule that
/// holds, else a same-day appointment.
fn route(a: &Answers) -> Urgency {
    RULES
        .iter()
        .find_map(|r| match r.then {
            Effect::Route(u) if holds(&r.when, a) => Some(u),
            _ => None,
        })
        .unwrap_or(Urgency::SameDay)
}
