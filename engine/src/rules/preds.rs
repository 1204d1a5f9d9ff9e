//! Named conditions: each reading the rules share, defined once ("diabetes
//! or artery disease", "still for hours", the walking-pain patterns …).
//! RULES.md lists them under "Definitions".

use super::Cond::{self, *};
use super::Pred;
use crate::questions::opts::*;

const fn pred(id: &'static str, name: &'static str, cond: Cond) -> Pred {
    // Only the engine's tests (feature `review`) keep the reviewer's words.
    #[cfg(not(feature = "review"))]
    let _ = (id, name);
    Pred {
        #[cfg(feature = "review")]
        id,
        #[cfg(feature = "review")]
        name,
        cond,
    }
}

/// Diabetes or artery disease, in the legs or elsewhere: these make a foot
/// or leg sore, black skin or an infected wound more serious (NICE NG19,
/// CG147). A heart attack, angina or a stroke counts (decision 35).
pub static DIABETES_OR_ARTERIES: Pred = pred(
    "diabetes_or_arteries",
    "diabetes or artery disease (in the legs, or a heart attack, angina or stroke)",
    AnyOf(&[conditions::DIABETES, conditions::PAD, conditions::HEART]),
);

/// Pregnant or gave birth in the last 6 weeks.
pub static MATERNITY: Pred = pred(
    "maternity",
    "pregnant or gave birth in the last 6 weeks",
    AnyOf(&[pregnancy::PREGNANT, pregnancy::RECENT_BIRTH]),
);

/// A positive Edinburgh Claudication Questionnaire (definite or atypical),
/// with the answers that make it so.
pub static POSITIVE_SCREEN: Pred = pred(
    "positive_screen",
    "a positive walking-pain questionnaire (Edinburgh Claudication Questionnaire, scored as published: pain on walking that never starts at rest, comes on uphill or hurrying, usually goes within 10 minutes of standing still, in the calf, or in the thigh or buttock without the calf)",
    All(&[
        PositiveScreen,
        AnyOf(&[walk::YES, pain_where::CALF, pain_where::THIGH, pain_where::BUTTOCK]),
    ]),
);

/// Walking pain that goes within about 10 minutes of standing still, felt
/// anywhere but a joint alone, whatever the rest of the screen says (NHS:
/// see a GP about leg pain when walking that eases with rest). Revision 3:
/// "I can't say where", the shin, the foot or "elsewhere" count too
/// (decision 38).
pub static EASES_WITH_REST: Pred = pred(
    "eases_with_rest",
    "walking pain that goes within 10 minutes of standing still, felt anywhere but a joint alone (\"I can't say where\" included)",
    All(&[
        AnyOf(&[walk::YES]),
        AnyOf(&[stand::GOES]),
        // Every place but "joints": "I can't say where" included.
        AnyOf(&[
            pain_where::CALF,
            pain_where::THIGH,
            pain_where::BUTTOCK,
            pain_where::SHIN,
            pain_where::FOOT,
            pain_where::ELSEWHERE,
            pain_where::UNSURE,
        ]),
    ]),
);

/// Answers that say "walking hurts": the screening question or the pattern.
pub static WALKING_PAIN: Pred = pred(
    "walking_pain",
    "pain when walking (the walking question, or legs worst while walking)",
    AnyOf(&[walk::YES, pattern::ARTERIAL]),
);

/// Artery risk factors that make walking pain worth a doctor's check.
/// Quitting within the last year still counts as smoking (safer).
pub static ARTERY_RISKS: Pred = pred(
    "artery_risks",
    "an artery risk factor: smoking now or stopped in the last year, diabetes, high blood pressure, high cholesterol, a heart attack, angina or stroke, leg artery disease, or age 65 or over",
    AnyOf(&[
        smoking::CURRENT,
        smoking::QUIT_RECENT,
        conditions::DIABETES,
        conditions::HIGH_BP,
        conditions::CHOLESTEROL,
        conditions::HEART,
        conditions::PAD,
        age::AGE_65_PLUS,
    ]),
);

/// Signs that point at the arteries (Revision 3: pain that eases with rest
/// counts wherever it is felt but a joint alone, so no gate depends on an
/// answer the visitor could not give).
pub static ARTERIAL_SIGNS: Pred = pred(
    "arterial_signs",
    "a sign that points at the arteries",
    Any(&[
        Is(&POSITIVE_SCREEN),
        Is(&EASES_WITH_REST),
        AnyOf(&[
            conditions::PAD,
            pattern::ARTERIAL,
            pattern::REST,
            urgent::REST_PAIN,
        ]),
    ]),
);

/// Swelling that started in the last few weeks; "not sure" counts as new
/// (decisions 10, 57).
pub static NEW_SWELLING: Pred = pred(
    "new_swelling",
    "swelling that started in the last few weeks (\"I'm not sure\" counts as new)",
    AnyOf(&[swell_since::RECENT, swell_since::NOT_SURE]),
);

/// Swelling up to the knee or higher, or already there on waking (severe
/// oedema: NICE NG89 lists it against compression).
pub static SEVERE_SWELLING: Pred = pred(
    "severe_swelling",
    "swelling to the knee or higher, or already there on waking",
    AnyOf(&[swell_where::ABOVE_KNEE, swell_when::WAKING]),
);

/// Skin changes near the ankle.
pub static SKIN_CHANGES: Pred = pred(
    "skin_changes",
    "skin changes near the ankle",
    AnyOf(&[
        look::BROWN,
        look::RASH,
        look::HARD_SKIN,
        look::WHITE_PATCHES,
    ]),
);

/// The venous pattern: worse at the end of the day and better with legs
/// up, or swelling that comes in the evening.
pub static VENOUS_PATTERN: Pred = pred(
    "venous_pattern",
    "the vein pattern: legs worst at the end of the day and better with legs up, or swelling mostly in the evening",
    Any(&[
        AnyOf(&[pattern::VENOUS]),
        All(&[Also(&AnyOf(&[look::SWELLING])), AnyOf(&[swell_when::EVENING])]),
    ]),
);

/// Signs of tired veins: what shows on the legs, venous symptoms, a known
/// venous condition, the venous pattern.
pub static VENOUS_SIGNS: Pred = pred(
    "venous_signs",
    "a sign of tired leg veins",
    Any(&[
        AnyOf(&[look::SPIDER, look::BULGING, look::SWELLING]),
        Rated(&ratings::VVSYMQ, 1),
        AnyOf(&[conditions::VENOUS]),
        Is(&VENOUS_PATTERN),
    ]),
);

/// Sitting or standing still for 4 hours or more a day without moving
/// about at least once an hour: the one reading of "still for hours" (the
/// tips and the product match alike; hourly breaks mean not still for
/// hours).
pub static STILL_FOR_HOURS: Pred = pred(
    "still_for_hours",
    "sits or stands still 4 hours or more a day, and does not get up and move about at least once an hour",
    All(&[
        RowIn(&[day::STILL_4_8, day::STILL_GT8]),
        Not(&RowIn(&[day::BREAKS_HOURLY])),
    ]),
);

/// Still for hours, with how rarely they move as a further reason (what
/// the tips say "because you said" about).
pub static STILL_HOURS_AND_BREAKS: Pred = pred(
    "still_hours_and_breaks",
    "still for hours (and, if given, how rarely they get up and move about)",
    All(&[
        Is(&STILL_FOR_HOURS),
        Also(&RowIn(&[day::BREAKS_SOME, day::BREAKS_RARE])),
    ]),
);

/// The conditions behind "talk to your doctor before starting compression
/// or big diet or fluid changes" (the brief's underlying conditions, plus
/// kidney disease for fluids: decision 23). Compression is gated whenever
/// this note shows (decision 39).
pub static DOCTOR_TALK: Pred = pred(
    "doctor_talk",
    "an underlying condition: leg artery disease, diabetes, heart failure, kidney disease, high blood pressure, a heart attack, angina or stroke, or a previous clot",
    AnyOf(&[
        conditions::PAD,
        conditions::DIABETES,
        conditions::HEART_FAILURE,
        conditions::KIDNEY,
        conditions::HIGH_BP,
        conditions::HEART,
        conditions::CLOT,
    ]),
);

/// Heart failure, kidney disease or a fluid limit: no fluid number.
pub static FLUID_LIMIT: Pred = pred(
    "fluid_limit",
    "heart failure, or kidney disease or told to limit fluids",
    AnyOf(&[conditions::HEART_FAILURE, conditions::KIDNEY]),
);

/// On warfarin, or not sure which blood thinner (decision 54).
pub static WARFARIN: Pred = pred(
    "warfarin_or_unsure",
    "takes warfarin (\"I'm not sure\" which blood thinner counts as warfarin)",
    AnyOf(&[thinner::WARFARIN, thinner::NOT_SURE]),
);

/// A journey over 4 hours in the last 4 weeks or planned.
pub static LONG_JOURNEY: Pred = pred(
    "long_journey",
    "a journey of more than 4 hours in the last 4 weeks, or one planned",
    AnyOf(&[travel::RECENT, travel::PLANNED]),
);

/// Under 150 active minutes a week.
pub static LOW_ACTIVITY: Pred = pred(
    "low_activity",
    "under 150 minutes of moderate activity a week",
    RowIn(&[activity::MIN_0, activity::MIN_LT60, activity::MIN_60_149]),
);

/// 150 or more active minutes a week.
pub static ACTIVE_WEEK: Pred = pred(
    "active_week",
    "150 minutes or more of moderate activity a week",
    RowIn(&[activity::MIN_150_300, activity::MIN_GT300]),
);

/// Every named condition, for RULES.md and its tests.
pub static PREDS: &[&Pred] = &[
    &DIABETES_OR_ARTERIES,
    &MATERNITY,
    &POSITIVE_SCREEN,
    &EASES_WITH_REST,
    &WALKING_PAIN,
    &ARTERY_RISKS,
    &ARTERIAL_SIGNS,
    &NEW_SWELLING,
    &SEVERE_SWELLING,
    &SKIN_CHANGES,
    &VENOUS_PATTERN,
    &VENOUS_SIGNS,
    &STILL_FOR_HOURS,
    &STILL_HOURS_AND_BREAKS,
    &DOCTOR_TALK,
    &FLUID_LIMIT,
    &WARFARIN,
    &LONG_JOURNEY,
    &LOW_ACTIVITY,
    &ACTIVE_WEEK,
];
