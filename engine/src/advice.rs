//! Gates and the recommendation catalogue: which tips apply, ranked for this
//! person, each with its reasons and sources; a gated tip becomes "ask a
//! clinician first" and never carries the shop link.

use crate::answers::Answers;
use crate::claudication::claudication;
use crate::compute::{fluid_limited, water, Water};
use crate::locale::Locale;
use crate::questions::ids::*;
use crate::questions::VVSYMQ;
use crate::reason::{add, any_of, rated_at_least, row_in, said, Reason};
use crate::sources::SourceId::{self, *};
use crate::triage::{eases_with_rest, maternity, severe_swelling, Level};

/// A recommendation's stable id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecId {
    /// Stop smoking.
    Smoking,
    /// Ask about a supervised walking plan (positive walking-pain screen or PAD).
    WalkingPlan,
    /// Check your feet every day (diabetes or numb feet).
    FootCare,
    /// On warfarin: keep leafy greens steady; skip cranberry and grapefruit juice.
    Warfarin,
    /// Knee-high graduated compression, at most 20 mmHg. The only one with a product.
    Compression,
    /// Legs up on a pillow when resting.
    Elevation,
    /// Movement breaks and calf-muscle work.
    MovementBreaks,
    /// 150-300 active minutes a week and strength work twice a week.
    Activity,
    /// Long journeys: move, flex, drink, know the clot signs.
    Travel,
    /// Less salt.
    Salt,
    /// Enough to drink.
    Water,
    /// More vegetables and fruit (nitrates, vitamin C) as part of a varied diet.
    Vegetables,
    /// Oily fish twice a week.
    OilyFish,
    /// Leg stretches.
    Stretching,
}

impl RecId {
    /// Every recommendation, in catalogue order.
    pub const ALL: [RecId; 14] = [
        RecId::Smoking,
        RecId::WalkingPlan,
        RecId::FootCare,
        RecId::Warfarin,
        RecId::Compression,
        RecId::Elevation,
        RecId::MovementBreaks,
        RecId::Activity,
        RecId::Travel,
        RecId::Salt,
        RecId::Water,
        RecId::Vegetables,
        RecId::OilyFish,
        RecId::Stretching,
    ];

    /// Stable string id, e.g. "compression".
    pub fn as_str(self) -> &'static str {
        match self {
            RecId::Smoking => "smoking",
            RecId::WalkingPlan => "walking_plan",
            RecId::FootCare => "foot_care",
            RecId::Warfarin => "warfarin",
            RecId::Compression => "compression",
            RecId::Elevation => "elevation",
            RecId::MovementBreaks => "movement_breaks",
            RecId::Activity => "activity",
            RecId::Travel => "travel",
            RecId::Salt => "salt",
            RecId::Water => "water",
            RecId::Vegetables => "vegetables",
            RecId::OilyFish => "oily_fish",
            RecId::Stretching => "stretching",
        }
    }

    /// The sources that back it, as shown (`gated`) or as "ask first".
    /// NICE NG89 is about people in hospital, so it backs the reasons not to
    /// wear compression, never the tip to wear it.
    pub fn sources(self, gated: bool) -> &'static [SourceId] {
        match (self, gated) {
            (RecId::Smoking, _) => &[NhsQuitSmoking, NiceCg147],
            (RecId::WalkingPlan, _) => &[NiceCg147, NhsPad, LengFowkes1992],
            (RecId::FootCare, _) => &[DiabetesUkFeet, NiceNg19],
            (RecId::Warfarin, _) => &[NhsWarfarin],
            (RecId::Compression, false) => &[
                NiceCksCompression,
                NiceCg168,
                CmajStockings,
                SageHaemodynamics,
            ],
            (RecId::Compression, true) => &[NiceCksCompression, NiceNg89, Rabe2020, NiceCg147],
            (RecId::Elevation, false) => &[NhsVaricose, NhsLegUlcer],
            (RecId::Elevation, true) => &[NiceCg147, NhsPad, NiceNg106],
            (RecId::MovementBreaks, _) => &[NhsVaricose, Who2020Activity, NcbiExercise],
            (RecId::Activity, _) => &[Who2020Activity, NcbiExercise],
            (RecId::Travel, _) => &[NhsDvt, CdcClots],
            (RecId::Salt, _) => &[WhoSodium, AhaSodium],
            (RecId::Water, _) => &[NhsWater, NasemWater, UsNewsWater],
            (RecId::Vegetables, _) => &[TexasHeartNitrates, VumcVitaminC],
            (RecId::OilyFish, _) => &[AhaFish, UrmcOmega3],
            (RecId::Stretching, _) => &[HarvardStretching],
        }
    }

    /// How much it matters before personal reasons are counted.
    fn base_weight(self) -> u32 {
        match self {
            RecId::Smoking => 100,
            RecId::WalkingPlan => 95,
            RecId::FootCare => 85,
            RecId::Warfarin => 80,
            RecId::Compression => 60,
            RecId::Elevation => 55,
            RecId::MovementBreaks => 50,
            RecId::Activity => 45,
            RecId::Travel => 45,
            RecId::Salt => 40,
            RecId::Water => 35,
            RecId::Vegetables => 25,
            RecId::OilyFish => 20,
            RecId::Stretching => 15,
        }
    }
}

/// Whether a tip may be shown as is, or must wait for a clinician.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Shown as a tip.
    Allowed,
    /// "Ask a clinician first", because of these answers. No product.
    AskClinicianFirst {
        /// The answers that closed the gate.
        gates: Vec<Reason>,
    },
}

/// Numbers a recommendation's text needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// Nothing extra.
    None,
    /// The water figures in the visitor's units.
    Water(Water),
}

/// One recommendation for this visitor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// Which one.
    pub id: RecId,
    /// Allowed, or ask a clinician first.
    pub status: Status,
    /// Why it applies ("because you said …"); never empty.
    pub reasons: Vec<Reason>,
    /// What backs it; never empty.
    pub sources: &'static [SourceId],
    /// Whether to show the shop link: only compression, only when allowed.
    pub product: bool,
    /// Numbers for the text.
    pub detail: Detail,
}

/// Signs that point at the arteries: a positive walking-pain screen, walking
/// pain that eases with rest anywhere but a joint alone (Revision 3: so no
/// gate depends on an answer the visitor could not give, like "I never walk
/// uphill" or "I can't say where"), known PAD, pain worse walking or at rest
/// and night, rest pain.
fn arterial_signs(a: &Answers) -> Vec<Reason> {
    let mut v = Vec::new();
    if claudication(a).is_positive() {
        add(&mut v, said(a, WALK, "yes"));
        add(&mut v, any_of(a, WHERE, &["calf", "thigh", "buttock"]));
    }
    add(&mut v, eases_with_rest(a));
    add(&mut v, said(a, CONDITIONS, "pad"));
    add(&mut v, any_of(a, PATTERN, &["arterial", "rest"]));
    add(&mut v, said(a, URGENT, "rest_pain"));
    v
}

/// The venous pattern: worse at the end of the day and better with legs up,
/// or swelling that comes in the evening.
fn venous_pattern(a: &Answers) -> Vec<Reason> {
    let mut v: Vec<Reason> = said(a, PATTERN, "venous").into_iter().collect();
    if let Some(evening) = said(a, SWELL_WHEN, "evening") {
        add(&mut v, said(a, LOOK, "swelling"));
        add(&mut v, [evening]);
    }
    v
}

/// Signs of tired veins: what shows on the legs, venous symptoms, a known
/// venous condition, the venous pattern.
fn venous_signs(a: &Answers) -> Vec<Reason> {
    let mut v = any_of(a, LOOK, &["spider", "bulging", "swelling"]);
    add(&mut v, rated_at_least(a, RATINGS, &VVSYMQ, 1));
    add(&mut v, said(a, CONDITIONS, "venous"));
    add(&mut v, venous_pattern(a));
    v
}

/// Long still hours without hourly breaks.
fn still_hours(a: &Answers) -> Vec<Reason> {
    let Some(still) = row_in(a, DAY, "still", &["still_4_8", "still_gt8"]) else {
        return Vec::new();
    };
    if a.row(DAY, "breaks") == Some("breaks_hourly") {
        return Vec::new();
    }
    let mut v = vec![still];
    add(
        &mut v,
        row_in(a, DAY, "breaks", &["breaks_some", "breaks_rare"]),
    );
    v
}

/// The conditions behind "talk to your doctor before starting compression
/// or big diet or fluid changes" (the brief's underlying conditions, plus
/// kidney disease for fluids: decision 23). Compression is gated whenever
/// this note shows, so the two never contradict each other.
pub(crate) fn doctor_talk(a: &Answers) -> Vec<Reason> {
    any_of(
        a,
        CONDITIONS,
        &[
            "pad",
            "diabetes",
            "heart_failure",
            "kidney",
            "high_bp",
            "heart",
            "clot",
        ],
    )
}

/// What closes the compression gate (NICE CKS, NG89 contraindications,
/// Rabe et al. 2020): artery signs or artery disease anywhere (a heart
/// attack, angina or stroke), ANY walking leg pain or "I can't walk" (the
/// walking-pain screen misses many), numb feet, heart failure, an open sore
/// or fragile skin, allergy, severe swelling (to the knee, or on waking),
/// swelling in one leg of any duration; caution with diabetes, a previous
/// clot, pregnancy; every condition behind the doctor-talk note; prescribed
/// stockings stay with the prescriber; and any "see a doctor soon" sign
/// waits for that visit (safer reading).
fn compression_gates(a: &Answers, level: Level, level_reasons: &[Reason]) -> Vec<Reason> {
    let mut g = arterial_signs(a);
    add(&mut g, any_of(a, WALK, &["yes", "cannot"]));
    add(
        &mut g,
        any_of(
            a,
            CONDITIONS,
            &["heart", "neuropathy", "heart_failure", "skin", "allergy"],
        ),
    );
    add(&mut g, doctor_talk(a));
    add(&mut g, said(a, SOON, "sore"));
    add(&mut g, severe_swelling(a));
    add(&mut g, said(a, SWELL_SIDE, "one"));
    add(&mut g, maternity(a));
    add(&mut g, said(a, COMPRESSION, "prescribed"));
    if level >= Level::Soon {
        add(&mut g, level_reasons.iter().copied());
    }
    g
}

/// The recommendations for these (visible) answers at this level, ranked.
/// Empty under `Urgent` and `Emergency`: only the action is shown then.
pub fn recommendations(
    a: &Answers,
    locale: Locale,
    level: Level,
    level_reasons: &[Reason],
) -> Vec<Recommendation> {
    if level >= Level::Urgent {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut offer = |id: RecId, reasons: Vec<Reason>, gates: Vec<Reason>, detail: Detail| {
        if reasons.is_empty() {
            return;
        }
        let allowed = gates.is_empty();
        out.push(Recommendation {
            id,
            status: if allowed {
                Status::Allowed
            } else {
                Status::AskClinicianFirst { gates }
            },
            reasons,
            sources: id.sources(!allowed),
            product: allowed && id == RecId::Compression,
            detail: if allowed { detail } else { Detail::None },
        });
    };
    let none = Vec::new;

    // Smoking: the most important step for artery health.
    offer(
        RecId::Smoking,
        any_of(a, SMOKING, &["current"]),
        none(),
        Detail::None,
    );

    // Walking plan: first-line with a positive screen (NICE CG147).
    let mut walk = Vec::new();
    if claudication(a).is_positive() {
        add(&mut walk, said(a, WALK, "yes"));
        add(&mut walk, any_of(a, WHERE, &["calf", "thigh", "buttock"]));
    } else if a.has(CONDITIONS, "pad") {
        add(&mut walk, said(a, CONDITIONS, "pad"));
    }
    offer(RecId::WalkingPlan, walk, none(), Detail::None);

    offer(
        RecId::FootCare,
        any_of(a, CONDITIONS, &["diabetes", "neuropathy"]),
        none(),
        Detail::None,
    );
    offer(
        RecId::Warfarin,
        any_of(a, THINNER, &["warfarin", "not_sure"]),
        none(),
        Detail::None,
    );

    // Compression: only where it could help, and only through the gate.
    let mut why = venous_signs(a);
    add(&mut why, still_hours(a));
    add(&mut why, any_of(a, TRAVEL, &["recent", "planned"]));
    add(&mut why, said(a, COMPRESSION, "shop"));
    if !why.is_empty() {
        // So the text can say "take them off at bedtime".
        add(&mut why, said(a, SLEEP_IN, "yes"));
    }
    offer(
        RecId::Compression,
        why,
        compression_gates(a, level, level_reasons),
        Detail::None,
    );

    // Legs up: for the venous pattern; never with artery signs (raising the
    // legs makes arterial pain worse); ask the care team with heart failure.
    let mut legs_up_gate = arterial_signs(a);
    add(&mut legs_up_gate, said(a, CONDITIONS, "heart_failure"));
    offer(
        RecId::Elevation,
        venous_pattern(a),
        legs_up_gate,
        Detail::None,
    );

    let mut moves = still_hours(a);
    add(&mut moves, said(a, PATTERN, "venous"));
    add(&mut moves, any_of(a, LOOK, &["bulging", "swelling"]));
    offer(RecId::MovementBreaks, moves, none(), Detail::None);

    let mut active: Vec<Reason> =
        row_in(a, ACTIVITY, "minutes", &["min_0", "min_lt60", "min_60_149"])
            .into_iter()
            .collect();
    add(
        &mut active,
        row_in(a, ACTIVITY, "strength", &["str_0", "str_1"]),
    );
    offer(RecId::Activity, active, none(), Detail::None);

    offer(
        RecId::Travel,
        any_of(a, TRAVEL, &["recent", "planned"]),
        none(),
        Detail::None,
    );

    let mut salt: Vec<Reason> = row_in(a, DIET, "salt", &["salt_some", "salt_most"])
        .into_iter()
        .collect();
    add(&mut salt, said(a, CONDITIONS, "high_bp"));
    add(&mut salt, said(a, LOOK, "swelling"));
    offer(RecId::Salt, salt, none(), Detail::None);

    // Water: no number with heart failure, kidney disease or a fluid limit.
    let fluid_gate = any_of(a, CONDITIONS, &["heart_failure", "kidney"]);
    let mut drink: Vec<Reason> = row_in(
        a,
        DIET,
        "drinks",
        &["drinks_0_3", "drinks_4_5", "drinks_6_8", "drinks_9plus"],
    )
    .into_iter()
    .collect();
    add(&mut drink, fluid_gate.iter().copied());
    let detail = match water(a, locale) {
        Some(w) if !fluid_limited(a) => Detail::Water(w),
        _ => Detail::None,
    };
    offer(RecId::Water, drink, fluid_gate, detail);

    // Vegetables: on warfarin keep greens steady instead (NHS); with kidney
    // disease potassium can matter, so ask first (safer reading).
    let mut veg_gate = any_of(a, THINNER, &["warfarin", "not_sure"]);
    add(&mut veg_gate, said(a, CONDITIONS, "kidney"));
    offer(
        RecId::Vegetables,
        row_in(a, DIET, "veg", &["veg_0_2", "veg_3_4"])
            .into_iter()
            .collect(),
        veg_gate,
        Detail::None,
    );

    offer(
        RecId::OilyFish,
        row_in(a, DIET, "fish", &["fish_0", "fish_1"])
            .into_iter()
            .collect(),
        none(),
        Detail::None,
    );

    let mut stretch = rated_at_least(a, RATINGS, &["cramps", "aching"], 1);
    add(&mut stretch, still_hours(a));
    add(
        &mut stretch,
        row_in(a, ACTIVITY, "minutes", &["min_0", "min_lt60"]),
    );
    offer(RecId::Stretching, stretch, none(), Detail::None);

    // Most important first: base weight plus a little per personal reason;
    // ties keep catalogue order, so the ranking is deterministic.
    let key = |r: &Recommendation| {
        let personal = r.reasons.len().min(4) as u32 * 5;
        (std::cmp::Reverse(r.id.base_weight() + personal), r.id)
    };
    crate::stable_sort_by(&mut out, |a, b| key(a).cmp(&key(b)));
    out
}
