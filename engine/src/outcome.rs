//! Evaluation: answers in, the whole result out (level, reasons, where to
//! go, recommendations and computed values). Pure and deterministic.

use crate::advice::{doctor_talk, recommendations, Recommendation};
use crate::answers::Answers;
use crate::claudication::{claudication, Claudication};
use crate::compute::{
    bmi_tenths, risk_factors, symptom_score, venous_picture, water, RiskFactors, VenousStage, Water,
};
use crate::flow::visible_answers;
use crate::locale::Locale;
use crate::questions::ids::*;
use crate::reason::{Reason, Said};
use crate::sources::SourceId::{self, *};
use crate::triage::{eases_with_rest, triage, Level, Urgency};

/// Everything the result screen needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The triage level (the highest one raised).
    pub level: Level,
    /// The answers that raised it (empty for `SelfCare`).
    pub level_reasons: Vec<Reason>,
    /// Where an urgent result sends the visitor (`SameDay` at other levels).
    pub urgency: Urgency,
    /// What backs the level's advice: the sources of its reasons.
    pub level_sources: Vec<SourceId>,
    /// Under 18: the kind "this check is for adults" ending, led by the
    /// level's action when the safety screen raised one; no tips.
    pub not_for_you: bool,
    /// The walking-pain screen.
    pub claudication: Claudication,
    /// Ranked tips; empty under `Urgent` and `Emergency`.
    pub recommendations: Vec<Recommendation>,
    /// Show "talk to your doctor before starting compression or big diet or
    /// fluid changes" (an underlying condition was ticked). Compression is
    /// always gated when this shows.
    pub doctor_talk: bool,
    /// The conditions behind `doctor_talk`.
    pub doctor_talk_reasons: Vec<Reason>,
    /// 0-15 from the five VVSymQ ratings, for tracking only.
    pub symptom_score: Option<u8>,
    /// BMI in tenths.
    pub bmi_tenths: Option<u16>,
    /// The lay venous picture.
    pub venous_picture: VenousStage,
    /// Risk factors you can change and can't.
    pub risk_factors: RiskFactors,
    /// Water figures (`None` with a fluid limit, and under `Urgent`/`Emergency`).
    pub water: Option<Water>,
}

/// The sources behind one reason for a level.
fn reason_sources(r: &Reason) -> &'static [SourceId] {
    let opt = match r.said {
        Said::Opt(o) => o,
        Said::Rated { .. } | Said::Row { .. } => "",
    };
    match (r.question, opt) {
        (EMERGENCY, _) => &[NhsPe, CdcClots],
        (LIMB, _) => &[NiceCg147, NhsPad],
        (BLEEDING, _) | (URGENT, "vein_bled") => &[NiceCg168, NhsVaricose],
        (URGENT, "leg_pain" | "leg_swelling" | "leg_warm") => &[NhsDvt, NiceNg158],
        (URGENT, "swelling_breathless") | (SWELL_BREATH, _) => &[NiceNg106, NhsOedema],
        (URGENT, "red_hot_skin") => &[NhsCellulitis],
        (URGENT, "groin_vein") | (SOON, "hard_vein") => &[NiceCksThrombophlebitis],
        (URGENT, "rest_pain") => &[NiceCg147, NhsPad],
        (URGENT, _) => &[NiceCg147, NiceNg19],
        (DIABETIC_FOOT, _) => &[DiabetesUkFeet, NiceNg19],
        (PREECLAMPSIA, _) | (PREGNANCY, _) => &[NhsPreeclampsia, NhsDvt],
        (SOON, _) => &[NhsLegUlcer, NiceCg168],
        (SWELL_SIDE, "one") => &[NhsDvt, NiceNg158, NhsOedema],
        (LOOK, "swelling") | (SWELL_SIDE | SWELL_SINCE | SWELL_WHERE | SWELL_WHEN, _) => {
            &[NhsOedema]
        }
        (LOOK, _) | (RATINGS, _) => &[NiceCg168, NhsVaricose, NhsLegUlcer],
        (CONDITIONS, "clot") => &[NhsDvt, NiceNg158],
        (CONDITIONS, "diabetes") => &[NiceNg19, NiceCg147],
        (WALK | START_STILL | UPHILL | LEVEL | STAND | WHERE | PATTERN, _) => {
            &[LengFowkes1992, NiceCg147, NhsPad]
        }
        _ => &[NiceCg147],
    }
}

/// The sources behind a level's reasons, each once, in first-seen order.
pub fn level_sources(reasons: &[Reason]) -> Vec<SourceId> {
    let mut out: Vec<SourceId> = Vec::new();
    for s in reasons.iter().flat_map(reason_sources) {
        if !out.contains(s) {
            out.push(*s);
        }
    }
    out
}

/// Evaluates the answers. Only answers to visible questions count: anything
/// answered on a branch that was later closed is ignored.
pub fn evaluate(answers: &Answers, locale: Locale) -> Outcome {
    let a = visible_answers(answers);
    let t = triage(&a);
    let not_for_you = a.is(AGE, "under_18");
    let mut out = Outcome {
        level: t.level,
        level_sources: level_sources(&t.reasons),
        level_reasons: t.reasons,
        urgency: t.urgency,
        not_for_you,
        claudication: Claudication::NotAssessed,
        recommendations: Vec::new(),
        doctor_talk: false,
        doctor_talk_reasons: Vec::new(),
        symptom_score: None,
        bmi_tenths: None,
        venous_picture: VenousStage::None,
        risk_factors: RiskFactors::default(),
        water: None,
    };
    // An emergency shows the emergency action and nothing else.
    if out.level == Level::Emergency {
        return out;
    }
    // The published screen, except that pain which eases with rest is never
    // called "not the usual pattern" on a result that sends the visitor to
    // a doctor for it (Revision 3).
    out.claudication = match claudication(&a) {
        Claudication::Negative if !eases_with_rest(&a).is_empty() => Claudication::EasesWithRest,
        c => c,
    };
    out.symptom_score = symptom_score(&a);
    out.bmi_tenths = bmi_tenths(&a);
    out.venous_picture = venous_picture(&a);
    out.risk_factors = risk_factors(&a);
    if out.level >= Level::Urgent || not_for_you {
        return out;
    }
    out.recommendations = recommendations(&a, locale, out.level, &out.level_reasons);
    out.doctor_talk_reasons = doctor_talk(&a);
    out.doctor_talk = !out.doctor_talk_reasons.is_empty();
    out.water = water(&a, locale);
    out
}
