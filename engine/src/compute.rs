//! Computed values: symptom score, BMI, the lay venous picture, risk factors
//! and water figures. Integers only, so results are exact and deterministic.

use crate::answers::Answers;
use crate::locale::{Locale, VolumeUnit, WeightUnit};
use crate::questions::ids::BODY;
use crate::questions::opts::*;
use crate::rules::holds;
use crate::rules::preds::{FLUID_LIMIT, LOW_ACTIVITY, MATERNITY, SKIN_CHANGES};
use crate::units::{floz_from_ml, lb_from_g, round_div};

/// The sum of the five VVSymQ ratings (0-15), for tracking over time only;
/// `None` until all five are rated. Never a diagnostic threshold.
pub fn symptom_score(a: &Answers) -> Option<u8> {
    ratings::VVSYMQ.iter().map(|i| a.rated(*i)).sum()
}

/// BMI in tenths (e.g. 312 = 31.2) when both height and weight are given.
pub fn bmi_tenths(a: &Answers) -> Option<u16> {
    let (Some(h), Some(w)) = a.body(BODY) else {
        return None;
    };
    // kg / m² = g * 1000 / mm²; tenths: g * 10_000 / mm².
    let h = u64::from(h);
    u16::try_from(round_div(u64::from(w) * 10_000, h * h)).ok()
}

/// The lay venous picture, from what the visitor sees on their legs; each
/// stage includes the ones before it. Used to pick tips, never as a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum VenousStage {
    /// Nothing reported.
    None,
    /// Spider veins.
    SpiderVeins,
    /// Bulging or twisted veins.
    BulgingVeins,
    /// Swelling.
    Swelling,
    /// Skin changes near the ankle.
    SkinChanges,
    /// A healed leg ulcer.
    HealedUlcer,
}

/// The highest stage the answers reach.
pub fn venous_picture(a: &Answers) -> VenousStage {
    if a.gave(look::HEALED_ULCER) {
        VenousStage::HealedUlcer
    } else if holds(&SKIN_CHANGES.cond, a) {
        VenousStage::SkinChanges
    } else if a.gave(look::SWELLING) {
        VenousStage::Swelling
    } else if a.gave(look::BULGING) {
        VenousStage::BulgingVeins
    } else if a.gave(look::SPIDER) {
        VenousStage::SpiderVeins
    } else {
        VenousStage::None
    }
}

/// A risk factor for leg circulation problems.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Factor {
    /// Smoking now (changeable).
    Smoking,
    /// Under 150 active minutes a week (changeable).
    LowActivity,
    /// Long hours sitting or standing still without breaks (changeable).
    Sitting,
    /// BMI 25 or more, outside pregnancy (changeable).
    Weight,
    /// Salty or processed food most days (changeable).
    Salt,
    /// Age 65 or over (fixed).
    Age,
    /// Close family with varicose veins or clots (fixed).
    FamilyHistory,
    /// Pregnant or recently gave birth (fixed, for now).
    Pregnancy,
    /// A previous clot (fixed).
    PreviousClot,
}

/// Risk factors split into what the visitor can change and what they can't.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RiskFactors {
    /// Smoking, activity, sitting, weight, salt.
    pub changeable: Vec<Factor>,
    /// Age, family history, pregnancy, a previous clot.
    pub fixed: Vec<Factor>,
}

/// Whether pregnant or within weeks of giving birth.
fn pregnant(a: &Answers) -> bool {
    holds(&MATERNITY.cond, a)
}

/// The risk factor "long hours sitting or standing still": more than 8
/// hours, or 4 to 8 hours with breaks only every few hours or rarer. Not
/// the rules' "still for hours" (`STILL_FOR_HOURS`, which hourly breaks
/// rule out whatever the hours): kept as it was, since changing it changes
/// the result's list of risk factors (issue 21 changed no outcome).
fn sitting_risk(a: &Answers) -> bool {
    a.chose(day::STILL_GT8)
        || (a.chose(day::STILL_4_8) && (a.chose(day::BREAKS_SOME) || a.chose(day::BREAKS_RARE)))
}

/// The risk factors the answers show.
pub fn risk_factors(a: &Answers) -> RiskFactors {
    let changeable = [
        (a.gave(smoking::CURRENT), Factor::Smoking),
        (holds(&LOW_ACTIVITY.cond, a), Factor::LowActivity),
        (sitting_risk(a), Factor::Sitting),
        (
            !pregnant(a) && bmi_tenths(a).is_some_and(|b| b >= 250),
            Factor::Weight,
        ),
        (a.chose(diet::SALT_MOST), Factor::Salt),
    ];
    let fixed = [
        (a.gave(age::AGE_65_PLUS), Factor::Age),
        (a.gave(conditions::FAMILY), Factor::FamilyHistory),
        (pregnant(a), Factor::Pregnancy),
        (a.gave(conditions::CLOT), Factor::PreviousClot),
    ];
    let some = |list: &[(bool, Factor)]| list.iter().filter(|f| f.0).map(|f| f.1).collect();
    RiskFactors {
        changeable: some(&changeable),
        fixed: some(&fixed),
    }
}

/// An amount of drink in the locale's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Volume {
    /// Whole fluid ounces or millilitres.
    pub amount: u32,
    /// Which of the two.
    pub unit: VolumeUnit,
}

/// Whose official total applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaterFor {
    /// The women's figure.
    Women,
    /// The men's figure.
    Men,
    /// Sex not given: show both.
    Both,
}

/// The seed's popular "half an ounce per pound" rule, computed for the
/// visitor's weight. Always labelled as a rule of thumb, never advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleOfThumb {
    /// Their weight in whole pounds or kilograms.
    pub weight: u32,
    /// Pounds or kilograms.
    pub weight_unit: WeightUnit,
    /// The daily drink the rule gives, never above the official total.
    pub drink: Volume,
    /// The rule gave more than the official total, so `drink` is that total.
    pub capped: bool,
}

/// Water figures in the visitor's units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Water {
    /// NHS: 6 to 8 glasses of fluid a day (low end).
    pub glasses_low: u8,
    /// NHS: 6 to 8 glasses of fluid a day (high end).
    pub glasses_high: u8,
    /// US National Academies: about 2.7 L total water a day for women, from
    /// drinks and food together.
    pub women: Volume,
    /// The same for men: about 3.7 L.
    pub men: Volume,
    /// Which total applies.
    pub applies: WaterFor,
    /// The rule of thumb, when a weight is known (not in pregnancy, when
    /// weight says little about fluid needs).
    pub rule_of_thumb: Option<RuleOfThumb>,
}

/// Whether a fluid number must not be given (heart failure, kidney disease
/// or a fluid limit): their care team's plan comes first.
fn fluid_limited(a: &Answers) -> bool {
    holds(&FLUID_LIMIT.cond, a)
}

fn volume(locale: Locale, ml: u32) -> Volume {
    let unit = locale.units().volume;
    let amount = match unit {
        VolumeUnit::Ml => ml,
        VolumeUnit::FlOz => floz_from_ml(ml),
    };
    Volume { amount, unit }
}

/// US National Academies: total water a day from drinks and food, women.
const WOMEN_ML: u32 = 2700;
/// The same for men.
const MEN_ML: u32 = 3700;

/// `amount`, but never above `limit`; and whether it was cut.
fn cap(amount: u32, limit: u32) -> (u32, bool) {
    (amount.min(limit), amount > limit)
}

/// The water figures, or `None` when no number may be given.
pub fn water(a: &Answers, locale: Locale) -> Option<Water> {
    if fluid_limited(a) {
        return None;
    }
    let applies = if a.gave(sex::FEMALE) {
        WaterFor::Women
    } else if a.gave(sex::MALE) {
        WaterFor::Men
    } else {
        WaterFor::Both
    };
    // The official total the rule of thumb must never go above: the men's
    // figure only for men; the women's (lower) one otherwise.
    let limit_ml = if applies == WaterFor::Men {
        MEN_ML
    } else {
        WOMEN_ML
    };
    let rule_of_thumb = match a.body(BODY) {
        (_, Some(g)) if !pregnant(a) => Some(match locale.units().weight {
            WeightUnit::Lb => {
                let lb = lb_from_g(g);
                // Half an ounce per pound, rounded up to a whole ounce.
                let (amount, capped) = cap(lb.div_ceil(2), floz_from_ml(limit_ml));
                RuleOfThumb {
                    weight: lb,
                    weight_unit: WeightUnit::Lb,
                    drink: Volume {
                        amount,
                        unit: VolumeUnit::FlOz,
                    },
                    capped,
                }
            }
            WeightUnit::Kg => {
                // 0.5 fl oz per lb = 14.7868 ml per 453.592 g; to the nearest 50 ml.
                let ml = round_div(u64::from(g) * 1_478_676, 45_359_237);
                let (ml, capped) = cap((round_div(ml, 50) * 50) as u32, limit_ml);
                RuleOfThumb {
                    weight: round_div(u64::from(g), 1000) as u32,
                    weight_unit: WeightUnit::Kg,
                    drink: volume(locale, ml),
                    capped,
                }
            }
        }),
        _ => None,
    };
    Some(Water {
        glasses_low: 6,
        glasses_high: 8,
        women: volume(locale, WOMEN_ML),
        men: volume(locale, MEN_ML),
        applies,
        rule_of_thumb,
    })
}
