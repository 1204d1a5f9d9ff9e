//! The recommendation catalogue: which tips apply (the table's `Offer`
//! rules), ranked for this person, each with its reasons and sources; a
//! tip one of its `Gate` rules closes becomes "ask a clinician first" and
//! never carries the shop link.

use crate::answers::Answers;
use crate::compute::{water, Water};
use crate::locale::Locale;
use crate::reason::Reason;
use crate::rules::{eval, fire, Cond, Ctx, Effect, RULES};
use crate::sources::SourceId::{self, *};
use crate::triage::Level;

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

/// The recommendations for these (visible) answers at this level, ranked.
/// Empty under `Urgent` and `Emergency`: only the action is shown then.
/// Each `Offer` rule of the table that holds offers its tip, with its
/// reasons; the tip's `Gate` rules that hold close it ("ask a clinician
/// first", no product).
pub fn recommendations(
    a: &Answers,
    locale: Locale,
    level: Level,
    level_reasons: &[Reason],
) -> Vec<Recommendation> {
    if level >= Level::Urgent {
        return Vec::new();
    }
    // Any "see a doctor soon" sign waits for that visit (a gate).
    let soon = if level >= Level::Soon {
        level_reasons
    } else {
        &[]
    };
    let x = Ctx { a, soon };
    let mut out: Vec<Recommendation> = RULES
        .iter()
        .filter_map(|r| match r.then {
            Effect::Offer(id) => offer(id, &r.when, &x, locale),
            _ => None,
        })
        .collect();
    rank(&mut out);
    out
}

/// One tip, if its condition gives a reason, gated by its gate rules.
fn offer(id: RecId, when: &Cond, x: &Ctx, locale: Locale) -> Option<Recommendation> {
    let mut reasons = Vec::new();
    eval(when, x, &mut reasons);
    if reasons.is_empty() {
        return None;
    }
    let mut gates = Vec::new();
    fire(Effect::Gate(id), x, &mut gates);
    let allowed = gates.is_empty();
    // Only an allowed water tip carries figures (and never with a fluid
    // limit, which gates it: `water` gives none then either).
    let detail = if allowed && id == RecId::Water {
        water(x.a, locale).map_or(Detail::None, Detail::Water)
    } else {
        Detail::None
    };
    Some(Recommendation {
        id,
        status: if allowed {
            Status::Allowed
        } else {
            Status::AskClinicianFirst { gates }
        },
        reasons,
        sources: id.sources(!allowed),
        product: allowed && id == RecId::Compression,
        detail,
    })
}

/// Most important first: base weight plus a little per personal reason;
/// ties keep catalogue order, so the ranking is deterministic.
fn rank(out: &mut [Recommendation]) {
    let key = |r: &Recommendation| {
        let personal = r.reasons.len().min(4) as u32 * 5;
        (std::cmp::Reverse(r.id.base_weight() + personal), r.id)
    };
    crate::stable_sort_by(out, |a, b| key(a).cmp(&key(b)));
}
