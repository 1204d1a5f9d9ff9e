//! THE list of rules, in the order they are evaluated (which is also the
//! order the reasons are listed in). One entry per rule; RULES.md is
//! generated from it. To add a rule, see ARCHITECTURE.md ("Adding a rule").

use super::preds::*;
use super::Cond::{self, *};
use super::Effect::{self, *};
use super::{Need, Note, ProductRule, Rule};
use crate::advice::RecId;
use crate::questions::ids::{DIABETIC_FOOT, EMERGENCY, LIMB, PREECLAMPSIA};
use crate::questions::opts::*;
use crate::sources::SourceId::{self, *};
use crate::triage::{Level::*, Urgency};

const fn rule(
    id: &'static str,
    when: Cond,
    then: Effect,
    sources: &'static [SourceId],
    decisions: &'static [u8],
) -> Rule {
    // Without `review` the reviewer's fields are not stored, so their text
    // is not in the wasm.
    #[cfg(not(feature = "review"))]
    let _ = (id, sources, decisions);
    Rule {
        #[cfg(feature = "review")]
        id,
        when,
        then,
        #[cfg(feature = "review")]
        sources,
        #[cfg(feature = "review")]
        decisions,
    }
}

/// Every rule. Within an effect, table order is evaluation order.
pub static RULES: &[Rule] = &[
    // ---------------------------------------------------------- emergency
    // Each also ends the quiz the moment it is answered (flow.rs).
    rule(
        "emergency.signs",
        Ticked(EMERGENCY),
        Raise(Emergency),
        &[],
        &[1, 52],
    ),
    rule(
        "emergency.sudden_leg",
        Ticked(LIMB),
        Raise(Emergency),
        &[],
        &[1, 53],
    ),
    rule(
        "emergency.bleeding_vein",
        AnyOf(&[bleeding::YES]),
        Raise(Emergency),
        &[],
        &[5],
    ),
    // ------------------------------------------------------------- urgent
    // The urgent checklist: each option on its own (decision 33).
    rule(
        "urgent.one_leg_clot_sign",
        AnyOf(&[urgent::LEG_PAIN, urgent::LEG_SWELLING, urgent::LEG_WARM]),
        Raise(Urgent),
        &[],
        &[10, 33],
    ),
    rule(
        "urgent.swelling_breathless",
        AnyOf(&[urgent::SWELLING_BREATHLESS]),
        Raise(Urgent),
        &[],
        &[34, 36],
    ),
    rule(
        "urgent.hot_red_skin",
        AnyOf(&[urgent::RED_HOT_SKIN]),
        Raise(Urgent),
        &[],
        &[48],
    ),
    rule(
        "urgent.groin_vein",
        AnyOf(&[urgent::GROIN_VEIN]),
        Raise(Urgent),
        &[],
        &[48, 49],
    ),
    rule(
        "urgent.rest_pain",
        AnyOf(&[urgent::REST_PAIN]),
        Raise(Urgent),
        &[],
        &[3],
    ),
    rule(
        "urgent.black_skin_or_bad_wound",
        AnyOf(&[urgent::BLACK_SKIN, urgent::BAD_WOUND]),
        Raise(Urgent),
        &[],
        &[3, 35],
    ),
    rule(
        "urgent.vein_bled",
        AnyOf(&[urgent::VEIN_BLED]),
        Raise(Urgent),
        &[],
        &[],
    ),
    rule(
        "urgent.foot_changes",
        Ticked(DIABETIC_FOOT),
        Raise(Urgent),
        &[],
        &[4, 35],
    ),
    rule(
        "urgent.preeclampsia",
        Ticked(PREECLAMPSIA),
        Raise(Urgent),
        &[],
        &[40, 41],
    ),
    rule(
        "urgent.new_swelling_one_leg",
        All(&[
            AnyOf(&[look::SWELLING]),
            Is(&NEW_SWELLING),
            AnyOf(&[swell_side::ONE]),
        ]),
        Raise(Urgent),
        &[],
        &[10, 37, 57],
    ),
    rule(
        "urgent.new_swelling_maternity",
        All(&[AnyOf(&[look::SWELLING]), Is(&NEW_SWELLING), Is(&MATERNITY)]),
        Raise(Urgent),
        &[],
        &[10, 57],
    ),
    rule(
        "urgent.swelling_both_legs_breathless",
        All(&[
            AnyOf(&[look::SWELLING]),
            Also(&AnyOf(&[swell_side::BOTH])),
            AnyOf(&[swell_breath::YES, swell_breath::UNSURE]),
        ]),
        Raise(Urgent),
        &[],
        &[34, 36, 58],
    ),
    rule(
        "urgent.sore_with_diabetes_or_arteries",
        All(&[AnyOf(&[soon::SORE]), Is(&DIABETES_OR_ARTERIES)]),
        Raise(Urgent),
        &[],
        &[35, 50],
    ),
    // Where an urgent result sends the visitor: the first that holds.
    rule(
        "route.emergency_department",
        All(&[
            AnyOf(&[urgent::BLACK_SKIN, urgent::BAD_WOUND]),
            Is(&DIABETES_OR_ARTERIES),
        ]),
        Route(Urgency::EmergencyDepartment),
        &[NiceNg19, NiceCg147],
        &[35, 40],
    ),
    rule(
        "route.maternity",
        Is(&MATERNITY),
        Route(Urgency::Maternity),
        &[NhsPreeclampsia, NhsDvt],
        &[40],
    ),
    // ----------------------------------------------------- see a doctor soon
    rule(
        "soon.positive_screen",
        Is(&POSITIVE_SCREEN),
        Raise(Soon),
        &[],
        &[6, 8],
    ),
    rule(
        "soon.eases_with_rest",
        Is(&EASES_WITH_REST),
        Raise(Soon),
        &[],
        &[38, 55, 56],
    ),
    rule(
        "soon.walking_pain_with_risks",
        All(&[Is(&WALKING_PAIN), Is(&ARTERY_RISKS)]),
        Raise(Soon),
        &[],
        &[9, 24],
    ),
    rule(
        "soon.skin_changes",
        Any(&[Is(&SKIN_CHANGES), AnyOf(&[look::HEALED_ULCER])]),
        Raise(Soon),
        &[],
        &[],
    ),
    rule("soon.sore", AnyOf(&[soon::SORE]), Raise(Soon), &[], &[50]),
    rule(
        "soon.hard_vein_below_knee",
        AnyOf(&[soon::HARD_VEIN]),
        Raise(Soon),
        &[],
        &[49],
    ),
    rule(
        "soon.bulging_veins_with_symptoms",
        All(&[AnyOf(&[look::BULGING]), Rated(&ratings::ALL, 2)]),
        Raise(Soon),
        &[],
        &[11],
    ),
    rule(
        "soon.new_swelling",
        All(&[
            AnyOf(&[look::SWELLING]),
            Is(&NEW_SWELLING),
            Also(&AnyOf(&[swell_side::ONE, swell_side::BOTH])),
        ]),
        Raise(Soon),
        &[],
        &[10, 57],
    ),
    rule(
        "soon.one_leg_swelling_for_months",
        All(&[
            AnyOf(&[look::SWELLING]),
            AnyOf(&[swell_side::ONE]),
            AnyOf(&[swell_since::LONG]),
        ]),
        Raise(Soon),
        &[],
        &[37],
    ),
    rule(
        "soon.severe_swelling",
        All(&[AnyOf(&[look::SWELLING]), Is(&SEVERE_SWELLING)]),
        Raise(Soon),
        &[],
        &[],
    ),
    rule(
        "soon.symptoms_after_clot",
        All(&[
            AnyOf(&[conditions::CLOT]),
            Any(&[
                Rated(&ratings::ALL, 1),
                AnyOf(&[look::SWELLING]),
                Is(&SKIN_CHANGES),
            ]),
        ]),
        Raise(Soon),
        &[],
        &[12],
    ),
    // ---------------------------------------------------------------- notes
    rule(
        "note.doctor_talk",
        Is(&DOCTOR_TALK),
        Note(Note::DoctorTalk),
        &[],
        &[23, 29, 39, 61],
    ),
    rule(
        "note.eases_with_rest",
        Is(&EASES_WITH_REST),
        Note(Note::EasesWithRest),
        &[NhsPad, NiceCg147],
        &[38, 55],
    ),
    rule(
        "end.under_18",
        AnyOf(&[age::UNDER_18]),
        NotForYou,
        &[],
        &[22, 42],
    ),
    // ----------------------------------------------------------------- tips
    // In catalogue order; each tip's gates follow it.
    rule(
        "tip.smoking",
        AnyOf(&[smoking::CURRENT]),
        Offer(RecId::Smoking),
        &[],
        &[],
    ),
    rule(
        "tip.walking_plan",
        First(&[Is(&POSITIVE_SCREEN), AnyOf(&[conditions::PAD])]),
        Offer(RecId::WalkingPlan),
        &[],
        &[32, 56],
    ),
    rule(
        "tip.foot_care",
        AnyOf(&[conditions::DIABETES, conditions::NEUROPATHY]),
        Offer(RecId::FootCare),
        &[],
        &[],
    ),
    rule(
        "tip.warfarin",
        Is(&WARFARIN),
        Offer(RecId::Warfarin),
        &[],
        &[17, 54],
    ),
    rule(
        "tip.compression",
        All(&[
            Any(&[
                Is(&VENOUS_SIGNS),
                Is(&STILL_HOURS_AND_BREAKS),
                Is(&LONG_JOURNEY),
                AnyOf(&[compression::SHOP]),
            ]),
            // So the text can say "take them off at bedtime".
            Also(&AnyOf(&[sleep_in::YES])),
        ]),
        Offer(RecId::Compression),
        &[],
        &[15, 67],
    ),
    rule(
        "gate.compression.arteries",
        Is(&ARTERIAL_SIGNS),
        Gate(RecId::Compression),
        &[],
        &[14, 16, 38, 56],
    ),
    rule(
        "gate.compression.walking_pain",
        AnyOf(&[walk::YES, walk::CANNOT]),
        Gate(RecId::Compression),
        &[],
        &[61],
    ),
    rule(
        "gate.compression.conditions",
        AnyOf(&[
            conditions::HEART,
            conditions::NEUROPATHY,
            conditions::HEART_FAILURE,
            conditions::SKIN,
            conditions::ALLERGY,
        ]),
        Gate(RecId::Compression),
        &[],
        &[35],
    ),
    rule(
        "gate.compression.doctor_talk",
        Is(&DOCTOR_TALK),
        Gate(RecId::Compression),
        &[],
        &[23, 39, 61],
    ),
    rule(
        "gate.compression.open_sore",
        AnyOf(&[soon::SORE]),
        Gate(RecId::Compression),
        &[],
        &[],
    ),
    rule(
        "gate.compression.severe_swelling",
        Is(&SEVERE_SWELLING),
        Gate(RecId::Compression),
        &[],
        &[],
    ),
    rule(
        "gate.compression.one_leg_swelling",
        AnyOf(&[swell_side::ONE]),
        Gate(RecId::Compression),
        &[],
        &[37],
    ),
    rule(
        "gate.compression.maternity",
        Is(&MATERNITY),
        Gate(RecId::Compression),
        &[],
        &[46],
    ),
    rule(
        "gate.compression.prescribed",
        AnyOf(&[compression::PRESCRIBED]),
        Gate(RecId::Compression),
        &[],
        &[14],
    ),
    rule(
        "gate.compression.see_soon",
        SeeSoon,
        Gate(RecId::Compression),
        &[],
        &[13],
    ),
    rule(
        "tip.elevation",
        Is(&VENOUS_PATTERN),
        Offer(RecId::Elevation),
        &[],
        &[],
    ),
    rule(
        "gate.elevation.arteries",
        Is(&ARTERIAL_SIGNS),
        Gate(RecId::Elevation),
        &[],
        &[16, 56],
    ),
    rule(
        "gate.elevation.heart_failure",
        AnyOf(&[conditions::HEART_FAILURE]),
        Gate(RecId::Elevation),
        &[],
        &[45],
    ),
    rule(
        "tip.movement_breaks",
        Any(&[
            Is(&STILL_HOURS_AND_BREAKS),
            AnyOf(&[pattern::VENOUS, look::BULGING, look::SWELLING]),
        ]),
        Offer(RecId::MovementBreaks),
        &[],
        &[67],
    ),
    rule(
        "tip.activity",
        Any(&[
            Is(&LOW_ACTIVITY),
            RowIn(&[activity::STR_0, activity::STR_1]),
        ]),
        Offer(RecId::Activity),
        &[],
        &[],
    ),
    rule(
        "tip.travel",
        Is(&LONG_JOURNEY),
        Offer(RecId::Travel),
        &[],
        &[],
    ),
    rule(
        "tip.salt",
        Any(&[
            RowIn(&[diet::SALT_SOME, diet::SALT_MOST]),
            AnyOf(&[conditions::HIGH_BP, look::SWELLING]),
        ]),
        Offer(RecId::Salt),
        &[],
        &[],
    ),
    rule(
        "tip.water",
        Any(&[
            RowIn(&[
                diet::DRINKS_0_3,
                diet::DRINKS_4_5,
                diet::DRINKS_6_8,
                diet::DRINKS_9PLUS,
            ]),
            Is(&FLUID_LIMIT),
        ]),
        Offer(RecId::Water),
        &[],
        &[18, 19, 30, 47, 59, 60],
    ),
    rule(
        "gate.water.fluid_limit",
        Is(&FLUID_LIMIT),
        Gate(RecId::Water),
        &[],
        &[18],
    ),
    rule(
        "tip.vegetables",
        RowIn(&[diet::VEG_0_2, diet::VEG_3_4]),
        Offer(RecId::Vegetables),
        &[],
        &[],
    ),
    rule(
        "gate.vegetables.warfarin",
        Is(&WARFARIN),
        Gate(RecId::Vegetables),
        &[],
        &[17, 54],
    ),
    rule(
        "gate.vegetables.kidney",
        AnyOf(&[conditions::KIDNEY]),
        Gate(RecId::Vegetables),
        &[],
        &[17],
    ),
    rule(
        "tip.oily_fish",
        RowIn(&[diet::FISH_0, diet::FISH_1]),
        Offer(RecId::OilyFish),
        &[],
        &[],
    ),
    rule(
        "tip.stretching",
        Any(&[
            Rated(&[ratings::CRAMPS, ratings::ACHING], 1),
            Is(&STILL_HOURS_AND_BREAKS),
            RowIn(&[activity::MIN_0, activity::MIN_LT60]),
        ]),
        Offer(RecId::Stretching),
        &[],
        &[67],
    ),
    // ------------------------------------------------------- product safety
    rule(
        "product.only_on_an_allowed_tip",
        Always,
        Product(ProductRule::OnlyOnAnAllowedTip),
        &[NiceCksCompression, NiceNg89, Rabe2020],
        &[13, 39, 62],
    ),
    rule(
        "product.ceiling_20_mmhg",
        Always,
        Product(ProductRule::Ceiling),
        &[NiceCksCompression, Rabe2020],
        &[63],
    ),
    rule(
        "product.no_sleeve",
        Always,
        Product(ProductRule::NoSleeve),
        &[NiceCksCompression],
        &[64],
    ),
    rule(
        "product.no_pregnancy_product",
        Always,
        Product(ProductRule::NoPregnancy),
        &[NiceCg168],
        &[46, 65],
    ),
    rule(
        "product.fits.travel",
        Is(&LONG_JOURNEY),
        Fits(Need::Travel),
        &[NhsDvt, CdcClots],
        &[66],
    ),
    rule(
        "product.fits.still",
        Is(&STILL_FOR_HOURS),
        Fits(Need::StillForHours),
        &[NhsVaricose],
        &[66, 67],
    ),
    rule(
        "product.fits.active",
        Is(&ACTIVE_WEEK),
        Fits(Need::Active),
        &[],
        &[66],
    ),
    rule(
        "product.fits.everyday",
        Always,
        Fits(Need::Everyday),
        &[],
        &[66],
    ),
    rule(
        "product.unknown_use_never_fits",
        Always,
        Product(ProductRule::UnknownUseNeverFits),
        &[],
        &[66],
    ),
    rule(
        "product.knee_high_first",
        Always,
        Product(ProductRule::KneeHighFirst),
        &[NiceCksCompression],
        &[68],
    ),
];
