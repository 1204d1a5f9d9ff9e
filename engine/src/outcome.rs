//! Evaluation: answers in, the whole result out (level, reasons, where to
//! go, recommendations and computed values). Pure and deterministic.

use crate::advice::{recommendations, Recommendation};
use crate::answers::Answers;
use crate::claudication::{claudication, Claudication};
use crate::compute::{
    bmi_tenths, risk_factors, symptom_score, venous_picture, water, RiskFactors, VenousStage, Water,
};
use crate::flow::visible_answers;
use crate::locale::Locale;
use crate::questions::ids::*;
use crate::questions::opts::*;
use crate::questions::Opt;
use crate::reason::Reason;
use crate::rules::{any, fire, Ctx, Effect, Note};
use crate::sources::SourceId::{self, *};
use crate::triage::{triage, Level, Urgency};

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

/// Which answers a source table entry covers.
#[derive(Clone, Copy, Debug)]
pub enum On {
    /// Any answer to this question.
    Question(&'static str),
    /// This option.
    Option(Opt),
}

use On::{Option as O, Question as Q};

/// The sources behind each answer that can raise a level: the first entry
/// that covers a reason gives its sources (NICE CG147 for any other).
/// Decision 48.
pub static REASON_SOURCES: &[(&[On], &[SourceId])] = &[
    (&[Q(EMERGENCY)], &[NhsPe, CdcClots]),
    (&[Q(LIMB)], &[NiceCg147, NhsPad]),
    (
        &[Q(BLEEDING), O(urgent::VEIN_BLED)],
        &[NiceCg168, NhsVaricose],
    ),
    (
        &[
            O(urgent::LEG_PAIN),
            O(urgent::LEG_SWELLING),
            O(urgent::LEG_WARM),
        ],
        &[NhsDvt, NiceNg158],
    ),
    (
        &[O(urgent::SWELLING_BREATHLESS), Q(SWELL_BREATH)],
        &[NiceNg106, NhsOedema],
    ),
    (&[O(urgent::RED_HOT_SKIN)], &[NhsCellulitis]),
    (
        &[O(urgent::GROIN_VEIN), O(soon::HARD_VEIN)],
        &[NiceCksThrombophlebitis],
    ),
    (&[O(urgent::REST_PAIN)], &[NiceCg147, NhsPad]),
    (&[Q(URGENT)], &[NiceCg147, NiceNg19]),
    (&[Q(DIABETIC_FOOT)], &[DiabetesUkFeet, NiceNg19]),
    (&[Q(PREECLAMPSIA), Q(PREGNANCY)], &[NhsPreeclampsia, NhsDvt]),
    (&[Q(SOON)], &[NhsLegUlcer, NiceCg168]),
    (&[O(swell_side::ONE)], &[NhsDvt, NiceNg158, NhsOedema]),
    (
        &[
            O(look::SWELLING),
            Q(SWELL_SIDE),
            Q(SWELL_SINCE),
            Q(SWELL_WHERE),
            Q(SWELL_WHEN),
        ],
        &[NhsOedema],
    ),
    (
        &[Q(LOOK), Q(RATINGS)],
        &[NiceCg168, NhsVaricose, NhsLegUlcer],
    ),
    (&[O(conditions::CLOT)], &[NhsDvt, NiceNg158]),
    (&[O(conditions::DIABETES)], &[NiceNg19, NiceCg147]),
    (
        &[
            Q(WALK),
            Q(START_STILL),
            Q(UPHILL),
            Q(LEVEL),
            Q(STAND),
            Q(WHERE),
            Q(PATTERN),
        ],
        &[LengFowkes1992, NiceCg147, NhsPad],
    ),
];

/// The sources behind one reason for a level (`REASON_SOURCES`).
pub fn reason_sources(r: &Reason) -> &'static [SourceId] {
    let covers = |on: &On| match on {
        On::Question(q) => r.question == *q,
        On::Option(o) => r.is(*o),
    };
    REASON_SOURCES
        .iter()
        .find(|(on, _)| on.iter().any(covers))
        .map_or(&[NiceCg147], |(_, s)| s)
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
    let not_for_you = any(Effect::NotForYou, &a);
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
        Claudication::Negative if any(Effect::Note(Note::EasesWithRest), &a) => {
            Claudication::EasesWithRest
        }
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
    fire(
        Effect::Note(Note::DoctorTalk),
        &Ctx::of(&a),
        &mut out.doctor_talk_reasons,
    );
    out.doctor_talk = !out.doctor_talk_reasons.is_empty();
    out.water = water(&a, locale);
    out
}
