//! Triage: four levels, the highest one wins, each with the answers that raised it.

use crate::answers::Answers;
use crate::claudication::claudication;
use crate::questions::ids::*;
use crate::questions::ALL_RATED;
use crate::reason::{add, any_of, rated_at_least, said, ticked, Reason};

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

/// Whether answering `id` as in `a` ends the quiz with an emergency at once.
/// "Not sure" is one of the ticked options and counts as yes.
pub fn ends_quiz(id: &str, a: &Answers) -> bool {
    match id {
        EMERGENCY | LIMB => !a.ticked(id).is_empty(),
        BLEEDING => a.is(BLEEDING, "yes"),
        _ => false,
    }
}

/// Diabetes or artery disease, in the legs or elsewhere: these make a foot
/// or leg sore, black skin or an infected wound more serious (NICE NG19,
/// CG147). A heart attack, angina or a stroke counts (decision 35).
pub(crate) fn diabetes_or_arteries(a: &Answers) -> Vec<Reason> {
    any_of(a, CONDITIONS, &["diabetes", "pad", "heart"])
}

/// Pregnant or gave birth in the last 6 weeks.
pub(crate) fn maternity(a: &Answers) -> Vec<Reason> {
    any_of(a, PREGNANCY, &["pregnant", "recent_birth"])
}

/// The triage level, its reasons and where to go.
/// `a` must already be restricted to visible questions (see `evaluate`).
pub fn triage(a: &Answers) -> Triage {
    let mut emergency = ticked(a, EMERGENCY);
    add(&mut emergency, ticked(a, LIMB));
    add(&mut emergency, said(a, BLEEDING, "yes"));
    if !emergency.is_empty() {
        return Triage {
            level: Level::Emergency,
            reasons: emergency,
            urgency: Urgency::SameDay,
        };
    }

    let urgent = urgent_reasons(a);
    if !urgent.is_empty() {
        let infected = any_of(a, URGENT, &["black_skin", "bad_wound"]);
        let urgency = if !infected.is_empty() && !diabetes_or_arteries(a).is_empty() {
            Urgency::EmergencyDepartment
        } else if !maternity(a).is_empty() {
            Urgency::Maternity
        } else {
            Urgency::SameDay
        };
        return Triage {
            level: Level::Urgent,
            reasons: urgent,
            urgency,
        };
    }

    let soon = soon_reasons(a);
    Triage {
        level: if soon.is_empty() {
            Level::SelfCare
        } else {
            Level::Soon
        },
        reasons: soon,
        urgency: Urgency::SameDay,
    }
}

fn urgent_reasons(a: &Answers) -> Vec<Reason> {
    // Every option of the urgent checklist is urgent on its own: each
    // one-leg clot sign, swelling with breathlessness, hot red skin with a
    // fever, a hard vein in the thigh or groin, rest pain, black skin or an
    // infected wound, a vein that bled.
    let mut urgent = ticked(a, URGENT);
    // Foot changes with diabetes or artery disease (seen within a working day).
    add(&mut urgent, ticked(a, DIABETIC_FOOT));
    // Pre-eclampsia signs in pregnancy or after birth.
    add(&mut urgent, ticked(a, PREECLAMPSIA));
    add(&mut urgent, urgent_swelling(a));
    // A sore that is not healing, with diabetes or artery disease, is urgent
    // (NICE CG147: critical limb ischaemia until shown otherwise).
    if let Some(sore) = said(a, SOON, "sore") {
        let why = diabetes_or_arteries(a);
        if !why.is_empty() {
            add(&mut urgent, [sore]);
            add(&mut urgent, why);
        }
    }
    urgent
}

/// Swelling that needs a same-day check (safer reading): new swelling in
/// one leg only (a clot sign on its own), new swelling in pregnancy or just
/// after birth (blood pressure), and swelling in both legs with
/// breathlessness on effort or lying flat, however long it has been there
/// (heart failure; decision 36). "Not sure" counts as yes.
fn urgent_swelling(a: &Answers) -> Vec<Reason> {
    let Some(swelling) = said(a, LOOK, "swelling") else {
        return Vec::new();
    };
    let mut v = Vec::new();
    let new = any_of(a, SWELL_SINCE, &["recent", "not_sure"]);
    if !new.is_empty() {
        let mut why: Vec<Reason> = said(a, SWELL_SIDE, "one").into_iter().collect();
        add(&mut why, maternity(a));
        if !why.is_empty() {
            add(&mut v, [swelling]);
            add(&mut v, new);
            add(&mut v, why);
        }
    }
    let breathless = any_of(a, SWELL_BREATH, &["yes", "unsure"]);
    if !breathless.is_empty() {
        add(&mut v, [swelling]);
        add(&mut v, said(a, SWELL_SIDE, "both"));
        add(&mut v, breathless);
    }
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

/// Walking pain that goes within about 10 minutes of standing still, felt
/// anywhere but a joint alone, whatever the rest of the walking-pain screen
/// says (NHS: see a GP about leg pain when walking that eases with rest).
/// Revision 3: "I can't say where", the shin, the foot or "elsewhere" count
/// too (an answer the visitor cannot give counts toward the safer branch,
/// and the foot or shin can be where narrowed arteries hurt first); only
/// pain placed in a joint alone (knee, ankle, hip) is not this pattern
/// (decision 38).
pub(crate) fn eases_with_rest(a: &Answers) -> Vec<Reason> {
    let (Some(walk), Some(goes)) = (said(a, WALK, "yes"), said(a, STAND, "goes")) else {
        return Vec::new();
    };
    let sites = any_of(a, WHERE, &NOT_A_JOINT);
    if sites.is_empty() {
        return Vec::new();
    }
    let mut v = vec![walk, goes];
    add(&mut v, sites);
    v
}

/// Every answer to "where is the pain" except "joints": the places walking
/// pain that eases with rest is a see-soon reason, "I can't say where"
/// included (Revision 3).
const NOT_A_JOINT: [&str; 7] = [
    "calf",
    "thigh",
    "buttock",
    "shin",
    "foot",
    "elsewhere",
    "unsure",
];

fn soon_reasons(a: &Answers) -> Vec<Reason> {
    let mut soon = Vec::new();

    // A positive Edinburgh screen (definite or atypical).
    if claudication(a).is_positive() {
        add(&mut soon, said(a, WALK, "yes"));
        add(&mut soon, any_of(a, WHERE, &["calf", "thigh", "buttock"]));
    }
    // Leg pain on walking that eases with rest, even with a negative screen.
    add(&mut soon, eases_with_rest(a));

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

    // A sore not healed in 2 weeks; a hard, painful vein below the knee.
    add(&mut soon, ticked(a, SOON));

    // Bulging veins with moderate or worse symptoms.
    if let Some(bulging) = said(a, LOOK, "bulging") {
        let bad = rated_at_least(a, RATINGS, &ALL_RATED, 2);
        if !bad.is_empty() {
            add(&mut soon, [bulging]);
            add(&mut soon, bad);
        }
    }

    if let Some(swelling) = said(a, LOOK, "swelling") {
        // New swelling in both legs ("not sure" when it started counts as
        // new; one leg, or in pregnancy, is already urgent).
        let new = any_of(a, SWELL_SINCE, &["recent", "not_sure"]);
        if !new.is_empty() {
            add(&mut soon, [swelling]);
            add(&mut soon, new);
            add(&mut soon, any_of(a, SWELL_SIDE, &["one", "both"]));
        }
        // Swelling in one leg that has lasted weeks or longer.
        if let (Some(one), Some(long)) = (said(a, SWELL_SIDE, "one"), said(a, SWELL_SINCE, "long"))
        {
            add(&mut soon, [swelling, one, long]);
        }
        // Swelling up to the knee or higher, or already there on waking.
        let severe = severe_swelling(a);
        if !severe.is_empty() {
            add(&mut soon, [swelling]);
            add(&mut soon, severe);
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

/// Swelling up to the knee or higher, or already there on waking (severe
/// oedema: NICE NG89 lists it against compression).
pub(crate) fn severe_swelling(a: &Answers) -> Vec<Reason> {
    let mut v: Vec<Reason> = said(a, SWELL_WHERE, "above_knee").into_iter().collect();
    add(&mut v, said(a, SWELL_WHEN, "waking"));
    v
}
