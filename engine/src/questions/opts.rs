//! Typed option ids: every option, grid row option and rated item of the
//! question bank as a constant that names its question, checked against
//! the bank when the crate compiles. Rules name answers only through these,
//! so a misspelt option is a compile error, never a rule that silently
//! never fires. One module per question, named after its `ids` constant.

use super::ids::*;
use super::{item, opt, row_opt, Item, Opt, RowOpt};

/// `a_emergency`.
pub mod emergency {
    use super::*;
    pub const BREATHLESS: Opt = opt(EMERGENCY, "breathless");
    pub const CHEST_PAIN: Opt = opt(EMERGENCY, "chest_pain");
    pub const COUGH_BLOOD: Opt = opt(EMERGENCY, "cough_blood");
    pub const FAINTED: Opt = opt(EMERGENCY, "fainted");
    pub const NOT_SURE: Opt = opt(EMERGENCY, "not_sure");
    pub const NONE: Opt = opt(EMERGENCY, "none");
}

/// `a_limb`.
pub mod limb {
    use super::*;
    pub const PAIN: Opt = opt(LIMB, "pain");
    pub const PALE: Opt = opt(LIMB, "pale");
    pub const COLD: Opt = opt(LIMB, "cold");
    pub const NUMB: Opt = opt(LIMB, "numb");
    pub const WEAK: Opt = opt(LIMB, "weak");
    pub const NOT_SURE: Opt = opt(LIMB, "not_sure");
    pub const NONE: Opt = opt(LIMB, "none");
}

/// `a_bleeding`.
pub mod bleeding {
    use super::*;
    pub const YES: Opt = opt(BLEEDING, "yes");
    pub const NO: Opt = opt(BLEEDING, "no");
}

/// `a_urgent`.
pub mod urgent {
    use super::*;
    pub const LEG_PAIN: Opt = opt(URGENT, "leg_pain");
    pub const LEG_SWELLING: Opt = opt(URGENT, "leg_swelling");
    pub const LEG_WARM: Opt = opt(URGENT, "leg_warm");
    pub const SWELLING_BREATHLESS: Opt = opt(URGENT, "swelling_breathless");
    pub const RED_HOT_SKIN: Opt = opt(URGENT, "red_hot_skin");
    pub const GROIN_VEIN: Opt = opt(URGENT, "groin_vein");
    pub const REST_PAIN: Opt = opt(URGENT, "rest_pain");
    pub const BLACK_SKIN: Opt = opt(URGENT, "black_skin");
    pub const BAD_WOUND: Opt = opt(URGENT, "bad_wound");
    pub const VEIN_BLED: Opt = opt(URGENT, "vein_bled");
    pub const NONE: Opt = opt(URGENT, "none");
}

/// `a_soon`.
pub mod soon {
    use super::*;
    pub const SORE: Opt = opt(SOON, "sore");
    pub const HARD_VEIN: Opt = opt(SOON, "hard_vein");
    pub const NONE: Opt = opt(SOON, "none");
}

/// `b_age`.
pub mod age {
    use super::*;
    pub const UNDER_18: Opt = opt(AGE, "under_18");
    pub const AGE_18_39: Opt = opt(AGE, "18_39");
    pub const AGE_40_64: Opt = opt(AGE, "40_64");
    pub const AGE_65_PLUS: Opt = opt(AGE, "65_plus");
}

/// `b_sex`.
pub mod sex {
    use super::*;
    pub const FEMALE: Opt = opt(SEX, "female");
    pub const MALE: Opt = opt(SEX, "male");
    pub const SKIP: Opt = opt(SEX, "skip");
}

/// `b_pregnancy`.
pub mod pregnancy {
    use super::*;
    pub const NO: Opt = opt(PREGNANCY, "no");
    pub const PREGNANT: Opt = opt(PREGNANCY, "pregnant");
    pub const RECENT_BIRTH: Opt = opt(PREGNANCY, "recent_birth");
}

/// `b_preeclampsia`.
pub mod preeclampsia {
    use super::*;
    pub const FACE_HANDS: Opt = opt(PREECLAMPSIA, "face_hands");
    pub const HEADACHE: Opt = opt(PREECLAMPSIA, "headache");
    pub const VISION: Opt = opt(PREECLAMPSIA, "vision");
    pub const NONE: Opt = opt(PREECLAMPSIA, "none");
}

/// `c_conditions`.
pub mod conditions {
    use super::*;
    pub const PAD: Opt = opt(CONDITIONS, "pad");
    pub const DIABETES: Opt = opt(CONDITIONS, "diabetes");
    pub const NEUROPATHY: Opt = opt(CONDITIONS, "neuropathy");
    pub const HEART_FAILURE: Opt = opt(CONDITIONS, "heart_failure");
    pub const KIDNEY: Opt = opt(CONDITIONS, "kidney");
    pub const HIGH_BP: Opt = opt(CONDITIONS, "high_bp");
    pub const CHOLESTEROL: Opt = opt(CONDITIONS, "cholesterol");
    pub const HEART: Opt = opt(CONDITIONS, "heart");
    pub const CLOT: Opt = opt(CONDITIONS, "clot");
    pub const VENOUS: Opt = opt(CONDITIONS, "venous");
    pub const SKIN: Opt = opt(CONDITIONS, "skin");
    pub const ALLERGY: Opt = opt(CONDITIONS, "allergy");
    pub const FAMILY: Opt = opt(CONDITIONS, "family");
    pub const NONE: Opt = opt(CONDITIONS, "none");
}

/// `c_thinner`.
pub mod thinner {
    use super::*;
    pub const WARFARIN: Opt = opt(THINNER, "warfarin");
    pub const OTHER: Opt = opt(THINNER, "other");
    pub const NONE: Opt = opt(THINNER, "none");
    pub const NOT_SURE: Opt = opt(THINNER, "not_sure");
}

/// `c_diabetic_foot`.
pub mod diabetic_foot {
    use super::*;
    pub const SORE: Opt = opt(DIABETIC_FOOT, "sore");
    pub const COLOUR: Opt = opt(DIABETIC_FOOT, "colour");
    pub const TEMPERATURE: Opt = opt(DIABETIC_FOOT, "temperature");
    pub const NONE: Opt = opt(DIABETIC_FOOT, "none");
}

/// `d_walk`.
pub mod walk {
    use super::*;
    pub const YES: Opt = opt(WALK, "yes");
    pub const NO: Opt = opt(WALK, "no");
    pub const CANNOT: Opt = opt(WALK, "cannot");
}

/// `d_start_still`.
pub mod start_still {
    use super::*;
    pub const YES: Opt = opt(START_STILL, "yes");
    pub const NO: Opt = opt(START_STILL, "no");
}

/// `d_uphill`.
pub mod uphill {
    use super::*;
    pub const YES: Opt = opt(UPHILL, "yes");
    pub const NO: Opt = opt(UPHILL, "no");
    pub const NEVER: Opt = opt(UPHILL, "never");
}

/// `d_level`.
pub mod level {
    use super::*;
    pub const YES: Opt = opt(LEVEL, "yes");
    pub const NO: Opt = opt(LEVEL, "no");
}

/// `d_stand`.
pub mod stand {
    use super::*;
    pub const GOES: Opt = opt(STAND, "goes");
    pub const STAYS: Opt = opt(STAND, "stays");
}

/// `d_where`.
pub mod pain_where {
    use super::*;
    pub const CALF: Opt = opt(WHERE, "calf");
    pub const THIGH: Opt = opt(WHERE, "thigh");
    pub const BUTTOCK: Opt = opt(WHERE, "buttock");
    pub const SHIN: Opt = opt(WHERE, "shin");
    pub const FOOT: Opt = opt(WHERE, "foot");
    pub const JOINTS: Opt = opt(WHERE, "joints");
    pub const ELSEWHERE: Opt = opt(WHERE, "elsewhere");
    pub const UNSURE: Opt = opt(WHERE, "unsure");
}

/// `e_look`.
pub mod look {
    use super::*;
    pub const SPIDER: Opt = opt(LOOK, "spider");
    pub const BULGING: Opt = opt(LOOK, "bulging");
    pub const SWELLING: Opt = opt(LOOK, "swelling");
    pub const BROWN: Opt = opt(LOOK, "brown");
    pub const RASH: Opt = opt(LOOK, "rash");
    pub const HARD_SKIN: Opt = opt(LOOK, "hard_skin");
    pub const WHITE_PATCHES: Opt = opt(LOOK, "white_patches");
    pub const HEALED_ULCER: Opt = opt(LOOK, "healed_ulcer");
    pub const NONE: Opt = opt(LOOK, "none");
}

/// `e_swell_where`.
pub mod swell_where {
    use super::*;
    pub const ANKLE: Opt = opt(SWELL_WHERE, "ankle");
    pub const BELOW_KNEE: Opt = opt(SWELL_WHERE, "below_knee");
    pub const ABOVE_KNEE: Opt = opt(SWELL_WHERE, "above_knee");
}

/// `e_swell_when`.
pub mod swell_when {
    use super::*;
    pub const EVENING: Opt = opt(SWELL_WHEN, "evening");
    pub const ALL_DAY: Opt = opt(SWELL_WHEN, "all_day");
    pub const WAKING: Opt = opt(SWELL_WHEN, "waking");
}

/// `e_swell_side`.
pub mod swell_side {
    use super::*;
    pub const ONE: Opt = opt(SWELL_SIDE, "one");
    pub const BOTH: Opt = opt(SWELL_SIDE, "both");
}

/// `e_swell_since`.
pub mod swell_since {
    use super::*;
    pub const RECENT: Opt = opt(SWELL_SINCE, "recent");
    pub const LONG: Opt = opt(SWELL_SINCE, "long");
    pub const NOT_SURE: Opt = opt(SWELL_SINCE, "not_sure");
}

/// `e_swell_breath`.
pub mod swell_breath {
    use super::*;
    pub const YES: Opt = opt(SWELL_BREATH, "yes");
    pub const NO: Opt = opt(SWELL_BREATH, "no");
    pub const UNSURE: Opt = opt(SWELL_BREATH, "unsure");
}

/// `e_ratings`.
pub mod ratings {
    use super::*;
    pub const HEAVINESS: Item = item(RATINGS, "heaviness");
    pub const ACHING: Item = item(RATINGS, "aching");
    pub const SWELLING: Item = item(RATINGS, "swelling");
    pub const THROBBING: Item = item(RATINGS, "throbbing");
    pub const ITCHING: Item = item(RATINGS, "itching");
    pub const CRAMPS: Item = item(RATINGS, "cramps");
    pub const TINGLING: Item = item(RATINGS, "tingling");
    /// Every rated symptom, in display order.
    pub const ALL: [Item; 7] = [
        HEAVINESS, ACHING, SWELLING, THROBBING, ITCHING, CRAMPS, TINGLING,
    ];
    /// The five VVSymQ symptoms (the 0-15 symptom score).
    pub const VVSYMQ: [Item; 5] = [HEAVINESS, ACHING, SWELLING, THROBBING, ITCHING];
}

/// `e_pattern`.
pub mod pattern {
    use super::*;
    pub const VENOUS: Opt = opt(PATTERN, "venous");
    pub const ARTERIAL: Opt = opt(PATTERN, "arterial");
    pub const REST: Opt = opt(PATTERN, "rest");
    pub const NONE: Opt = opt(PATTERN, "none");
}

/// `f_activity`.
pub mod activity {
    use super::*;
    pub const MIN_0: RowOpt = row_opt(ACTIVITY, "minutes", "min_0");
    pub const MIN_LT60: RowOpt = row_opt(ACTIVITY, "minutes", "min_lt60");
    pub const MIN_60_149: RowOpt = row_opt(ACTIVITY, "minutes", "min_60_149");
    pub const MIN_150_300: RowOpt = row_opt(ACTIVITY, "minutes", "min_150_300");
    pub const MIN_GT300: RowOpt = row_opt(ACTIVITY, "minutes", "min_gt300");
    pub const STR_0: RowOpt = row_opt(ACTIVITY, "strength", "str_0");
    pub const STR_1: RowOpt = row_opt(ACTIVITY, "strength", "str_1");
    pub const STR_2PLUS: RowOpt = row_opt(ACTIVITY, "strength", "str_2plus");
}

/// `f_day`.
pub mod day {
    use super::*;
    pub const STILL_LT4: RowOpt = row_opt(DAY, "still", "still_lt4");
    pub const STILL_4_8: RowOpt = row_opt(DAY, "still", "still_4_8");
    pub const STILL_GT8: RowOpt = row_opt(DAY, "still", "still_gt8");
    pub const BREAKS_HOURLY: RowOpt = row_opt(DAY, "breaks", "breaks_hourly");
    pub const BREAKS_SOME: RowOpt = row_opt(DAY, "breaks", "breaks_some");
    pub const BREAKS_RARE: RowOpt = row_opt(DAY, "breaks", "breaks_rare");
    pub const UP_OFTEN: RowOpt = row_opt(DAY, "legs_up", "up_often");
    pub const UP_SOME: RowOpt = row_opt(DAY, "legs_up", "up_some");
    pub const UP_RARE: RowOpt = row_opt(DAY, "legs_up", "up_rare");
}

/// `f_smoking`.
pub mod smoking {
    use super::*;
    pub const NEVER: Opt = opt(SMOKING, "never");
    pub const QUIT_LONG: Opt = opt(SMOKING, "quit_long");
    pub const QUIT_RECENT: Opt = opt(SMOKING, "quit_recent");
    pub const CURRENT: Opt = opt(SMOKING, "current");
}

/// `f_diet`.
pub mod diet {
    use super::*;
    pub const DRINKS_0_3: RowOpt = row_opt(DIET, "drinks", "drinks_0_3");
    pub const DRINKS_4_5: RowOpt = row_opt(DIET, "drinks", "drinks_4_5");
    pub const DRINKS_6_8: RowOpt = row_opt(DIET, "drinks", "drinks_6_8");
    pub const DRINKS_9PLUS: RowOpt = row_opt(DIET, "drinks", "drinks_9plus");
    pub const SALT_RARE: RowOpt = row_opt(DIET, "salt", "salt_rare");
    pub const SALT_SOME: RowOpt = row_opt(DIET, "salt", "salt_some");
    pub const SALT_MOST: RowOpt = row_opt(DIET, "salt", "salt_most");
    pub const VEG_0_2: RowOpt = row_opt(DIET, "veg", "veg_0_2");
    pub const VEG_3_4: RowOpt = row_opt(DIET, "veg", "veg_3_4");
    pub const VEG_5PLUS: RowOpt = row_opt(DIET, "veg", "veg_5plus");
    pub const FISH_0: RowOpt = row_opt(DIET, "fish", "fish_0");
    pub const FISH_1: RowOpt = row_opt(DIET, "fish", "fish_1");
    pub const FISH_2PLUS: RowOpt = row_opt(DIET, "fish", "fish_2plus");
}

/// `f_compression`.
pub mod compression {
    use super::*;
    pub const NO: Opt = opt(COMPRESSION, "no");
    pub const SHOP: Opt = opt(COMPRESSION, "shop");
    pub const PRESCRIBED: Opt = opt(COMPRESSION, "prescribed");
}

/// `f_sleep_in`.
pub mod sleep_in {
    use super::*;
    pub const YES: Opt = opt(SLEEP_IN, "yes");
    pub const NO: Opt = opt(SLEEP_IN, "no");
}

/// `f_travel`.
pub mod travel {
    use super::*;
    pub const RECENT: Opt = opt(TRAVEL, "recent");
    pub const PLANNED: Opt = opt(TRAVEL, "planned");
    pub const NO: Opt = opt(TRAVEL, "no");
}
