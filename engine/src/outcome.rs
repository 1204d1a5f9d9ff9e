//! Evaluation: answers in, the whole result out (level, reasons, screen,
//! recommendations and computed values). Pure and deterministic.

use crate::advice::{recommendations, Recommendation};
use crate::answers::Answers;
use crate::claudication::{claudication, Claudication};
use crate::compute::{
    bmi_tenths, risk_factors, symptom_score, venous_picture, water, RiskFactors, VenousStage, Water,
};
use crate::flow::visible_answers;
use crate::locale::Locale;
use crate::questions::ids::*;
use crate::reason::{any_of, Reason};
use crate::sources::SourceId::{self, *};
use crate::triage::{triage, Level};

/// Everything the result screen needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The triage level (the highest one raised).
    pub level: Level,
    /// The answers that raised it (empty for `SelfCare`).
    pub level_reasons: Vec<Reason>,
    /// What backs the level's advice.
    pub level_sources: &'static [SourceId],
    /// Under 18: show the kind "not for you" ending (plus the level banner
    /// if the safety screen raised one); no tips.
    pub not_for_you: bool,
    /// The walking-pain screen.
    pub claudication: Claudication,
    /// Ranked tips; empty under `Urgent` and `Emergency`.
    pub recommendations: Vec<Recommendation>,
    /// Show "talk to your doctor before starting compression or big diet or
    /// fluid changes" (an underlying condition was ticked).
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

/// The sources behind each level's action.
pub fn level_sources(level: Level) -> &'static [SourceId] {
    match level {
        Level::Emergency => &[NhsPe, CdcClots, NiceCg147, NiceCg168],
        Level::Urgent => &[
            NhsDvt,
            NiceNg158,
            NiceCg147,
            DiabetesUkFeet,
            NhsLegUlcer,
            NiceCg168,
        ],
        Level::Soon => &[
            LengFowkes1992,
            NiceCg147,
            NiceCg168,
            NhsVaricose,
            NhsLegUlcer,
            NhsDvt,
        ],
        Level::SelfCare => &[],
    }
}

/// Evaluates the answers. Only answers to visible questions count: anything
/// answered on a branch that was later closed is ignored.
pub fn evaluate(answers: &Answers, locale: Locale) -> Outcome {
    let a = visible_answers(answers);
    let (level, level_reasons) = triage(&a);
    let not_for_you = a.is(AGE, "under_18");
    let mut out = Outcome {
        level,
        level_reasons,
        level_sources: level_sources(level),
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
    if level == Level::Emergency {
        return out;
    }
    out.claudication = claudication(&a);
    out.symptom_score = symptom_score(&a);
    out.bmi_tenths = bmi_tenths(&a);
    out.venous_picture = venous_picture(&a);
    out.risk_factors = risk_factors(&a);
    if level >= Level::Urgent || not_for_you {
        return out;
    }
    out.recommendations = recommendations(&a, locale, level, &out.level_reasons);
    out.doctor_talk_reasons = any_of(
        &a,
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
    );
    out.doctor_talk = !out.doctor_talk_reasons.is_empty();
    out.water = water(&a, locale);
    out
}
