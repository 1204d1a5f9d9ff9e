//! Triage: four levels, the highest one wins, each with the answers that raised it.

use crate::answers::Answers;
use crate::claudication::claudication;
use crate::questions::ids::*;
use crate::questions::ALL_RATED;
use crate::reason::{add, any_of, rated_at_least, said, ticked, Reason};

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

/// Whether answering `id` as in `a` ends the quiz with an emergency at once.
/// "Not sure" is one of the ticked options and counts as yes.
pub fn ends_quiz(id: &str, a: &Answers) -> bool {
    match id {
        EMERGENCY | LIMB => !a.ticked(id).is_empty(),
        BLEEDING => a.is(BLEEDING, "yes"),
        _ => false,
    }
}

/// The triage level and the reasons for it (only the winning level's reasons).
/// `a` must already be restricted to visible questions (see `evaluate`).
pub fn triage(a: &Answers) -> (Level, Vec<Reason>) {
    let mut emergency = ticked(a, EMERGENCY);
    add(&mut emergency, ticked(a, LIMB));
    add(&mut emergency, said(a, BLEEDING, "yes"));
    if !emergency.is_empty() {
        return (Level::Emergency, emergency);
    }

    let mut urgent = ticked(a, URGENT);
    add(&mut urgent, ticked(a, DIABETIC_FOOT));
    add(&mut urgent, urgent_swelling(a));
    if !urgent.is_empty() {
        return (Level::Urgent, urgent);
    }

    let soon = soon_reasons(a);
    if !soon.is_empty() {
        return (Level::Soon, soon);
    }
    (Level::SelfCare, Vec::new())
}

/// New swelling that needs a same-day check (safer reading): in one leg only
/// (the NHS lists it as a clot sign on its own), or in pregnancy or just
/// after birth (blood pressure needs checking). "Not sure when it started"
/// counts as new.
fn urgent_swelling(a: &Answers) -> Vec<Reason> {
    let (Some(swelling), new) = (
        said(a, LOOK, "swelling"),
        any_of(a, SWELL_SINCE, &["recent", "not_sure"]),
    ) else {
        return Vec::new();
    };
    if new.is_empty() {
        return Vec::new();
    }
    let mut why = said(a, SWELL_SIDE, "one").into_iter().collect::<Vec<_>>();
    add(
        &mut why,
        any_of(a, PREGNANCY, &["pregnant", "recent_birth"]),
    );
    if why.is_empty() {
        return Vec::new();
    }
    let mut v = vec![swelling];
    add(&mut v, new);
    add(&mut v, why);
    v
}

/// Answers that say "walking hurts": the screening question or the pattern.
pub(crate) fn walking_pain(a: &Answers) -> Vec<Reason> {
    let mut v: Vec<Reason> = said(a, WALK, "yes").into_iter().collect();
    add(&mut v, said(a, PATTERN, "arterial"));
    v
}

/// Artery risk factors that make walking pain worth a doctor's check.
/// Quitting within the last year still counts as smoking here (safer).
pub(crate) fn artery_risks(a: &Answers) -> Vec<Reason> {
    let mut v = any_of(a, SMOKING, &["current", "quit_recent"]);
    add(
        &mut v,
        any_of(
            a,
            CONDITIONS,
            &["diabetes", "high_bp", "cholesterol", "heart", "pad"],
        ),
    );
    add(&mut v, said(a, AGE, "65_plus"));
    v
}

fn soon_reasons(a: &Answers) -> Vec<Reason> {
    let mut soon = Vec::new();

    // A positive Edinburgh screen (definite or atypical).
    if claudication(a).is_positive() {
        add(&mut soon, said(a, WALK, "yes"));
        add(&mut soon, any_of(a, WHERE, &["calf", "thigh", "buttock"]));
    }

    // Walking pain with artery risk factors, whatever the screen says.
    let walking = walking_pain(a);
    let risks = artery_risks(a);
    if !walking.is_empty() && !risks.is_empty() {
        add(&mut soon, walking);
        add(&mut soon, risks);
    }

    // Skin changes near the ankle or a healed ulcer.
    add(
        &mut soon,
        any_of(
            a,
            LOOK,
            &[
                "brown",
                "rash",
                "hard_skin",
                "white_patches",
                "healed_ulcer",
            ],
        ),
    );

    // A sore not healed in 2 weeks; a hard, painful vein.
    add(&mut soon, ticked(a, SOON));

    // Bulging veins with moderate or worse symptoms.
    if let Some(bulging) = said(a, LOOK, "bulging") {
        let bad = rated_at_least(a, RATINGS, &ALL_RATED, 2);
        if !bad.is_empty() {
            add(&mut soon, [bulging]);
            add(&mut soon, bad);
        }
    }

    // New swelling in both legs ("not sure" when it started counts as new;
    // one leg, or in pregnancy, is already urgent).
    if let Some(swelling) = said(a, LOOK, "swelling") {
        let new = any_of(a, SWELL_SINCE, &["recent", "not_sure"]);
        if !new.is_empty() {
            add(&mut soon, [swelling]);
            add(&mut soon, new);
            add(&mut soon, any_of(a, SWELL_SIDE, &["one", "both"]));
        }
    }

    // Ongoing symptoms after a previous clot.
    if let Some(clot) = said(a, CONDITIONS, "clot") {
        let mut symptoms = rated_at_least(a, RATINGS, &ALL_RATED, 1);
        add(
            &mut symptoms,
            any_of(
                a,
                LOOK,
                &["swelling", "brown", "rash", "hard_skin", "white_patches"],
            ),
        );
        if !symptoms.is_empty() {
            add(&mut soon, [clot]);
            add(&mut soon, symptoms);
        }
    }
    soon
}
