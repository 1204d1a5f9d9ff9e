//! THE PRE-REFACTOR REFERENCE (issue 21): today's evaluation, copied
//! verbatim from engine/src/{reason,triage,advice,compute,claudication,
//! outcome}.rs at commit 9fa4326 (only paths changed to the public API and
//! the public types dropped), so the equivalence property in
//! tests/equivalence.rs can compare the rule table with it. Never edit the
//! rules here: it is what "no behaviour change" is measured against.
#![allow(dead_code, clippy::all)]

use circulation_engine::ids::*;
use circulation_engine::units::{floz_from_ml, lb_from_g, round_div};
use circulation_engine::{
    question, stable_sort_by, visible_answers, Answers, Claudication, Detail, Factor, Kind, Level,
    Locale, Outcome, Reason, RecId, Recommendation, RiskFactors, Said,
    SourceId::{self, *},
    Status, Triage, Urgency, VenousStage, ALL_RATED, VVSYMQ,
};
use circulation_engine::{RuleOfThumb, Volume, VolumeUnit, Water, WaterFor, WeightUnit};

// ---------------------------------------------------------------- reason.rs
/// The reason "`q` was answered `option`", if it was (single, yes/no or
/// checklist), pointing at the bank's static ids.
fn said(a: &Answers, q: &str, option: &str) -> Option<Reason> {
    if !(a.is(q, option) || a.has(q, option)) {
        return None;
    }
    let qn = question(q)?;
    Some(Reason {
        question: qn.id,
        said: Said::Opt(qn.static_option(option)?),
    })
}

/// One reason per ticked option of a checklist (not "none of these").
fn ticked(a: &Answers, q: &str) -> Vec<Reason> {
    let mut out = Vec::new();
    if let Some(Kind::Multi { options, .. }) = question(q).map(|qn| qn.kind) {
        for o in options {
            out.extend(said(a, q, o));
        }
    }
    out
}

/// The reasons among `options` that were given for `q`.
fn any_of(a: &Answers, q: &str, options: &[&str]) -> Vec<Reason> {
    options.iter().filter_map(|o| said(a, q, o)).collect()
}

/// The reason "row `row` of grid `q` was answered with one of `options`".
fn row_in(a: &Answers, q: &str, row: &str, options: &[&str]) -> Option<Reason> {
    let chosen = a.row(q, row)?;
    if !options.contains(&chosen) {
        return None;
    }
    let qn = question(q)?;
    let Kind::Grid { rows } = qn.kind else {
        return None;
    };
    let r = rows.iter().find(|r| r.id == row)?;
    let option = r.options.iter().copied().find(|o| *o == chosen)?;
    Some(Reason {
        question: qn.id,
        said: Said::Row { row: r.id, option },
    })
}

/// One reason per rated item of `q` (among `items`) at `min` or above.
fn rated_at_least(a: &Answers, q: &str, items: &[&str], min: u8) -> Vec<Reason> {
    let Some(Kind::Ratings { items: all }) = question(q).map(|qn| qn.kind) else {
        return Vec::new();
    };
    let qid = question(q).map_or("", |qn| qn.id);
    all.iter()
        .filter(|i| items.contains(i))
        .filter_map(|i| {
            let value = a.rating(q, i)?;
            (value >= min).then_some(Reason {
                question: qid,
                said: Said::Rated { item: i, value },
            })
        })
        .collect()
}

/// Appends reasons that are not there yet, keeping first-seen order.
fn add(into: &mut Vec<Reason>, more: impl IntoIterator<Item = Reason>) {
    for r in more {
        if !into.contains(&r) {
            into.push(r);
        }
    }
}

// ---------------------------------------------------------------- triage.rs
/// Diabetes or artery disease, in the legs or elsewhere: these make a foot
/// or leg sore, black skin or an infected wound more serious (NICE NG19,
/// CG147). A heart attack, angina or a stroke counts (decision 35).
fn diabetes_or_arteries(a: &Answers) -> Vec<Reason> {
    any_of(a, CONDITIONS, &["diabetes", "pad", "heart"])
}

/// Pregnant or gave birth in the last 6 weeks.
fn maternity(a: &Answers) -> Vec<Reason> {
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
fn walking_pain(a: &Answers) -> Vec<Reason> {
    let mut v: Vec<Reason> = said(a, WALK, "yes").into_iter().collect();
    add(&mut v, said(a, PATTERN, "arterial"));
    v
}

/// Artery risk factors that make walking pain worth a doctor's check.
/// Quitting within the last year still counts as smoking here (safer).
fn artery_risks(a: &Answers) -> Vec<Reason> {
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
fn eases_with_rest(a: &Answers) -> Vec<Reason> {
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
fn severe_swelling(a: &Answers) -> Vec<Reason> {
    let mut v: Vec<Reason> = said(a, SWELL_WHERE, "above_knee").into_iter().collect();
    add(&mut v, said(a, SWELL_WHEN, "waking"));
    v
}

// ---------------------------------------------------------------- advice.rs
/// How much it matters before personal reasons are counted.
fn base_weight(id: RecId) -> u32 {
    match id {
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
fn doctor_talk(a: &Answers) -> Vec<Reason> {
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
        (std::cmp::Reverse(base_weight(r.id) + personal), r.id)
    };
    stable_sort_by(&mut out, |a, b| key(a).cmp(&key(b)));
    out
}

// ---------------------------------------------------------------- compute.rs
/// The sum of the five VVSymQ ratings (0-15), for tracking over time only;
/// `None` until all five are rated. Never a diagnostic threshold.
pub fn symptom_score(a: &Answers) -> Option<u8> {
    VVSYMQ.iter().map(|i| a.rating(RATINGS, i)).sum()
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

/// The highest stage the answers reach.
pub fn venous_picture(a: &Answers) -> VenousStage {
    let has = |o| a.has(LOOK, o);
    if has("healed_ulcer") {
        VenousStage::HealedUlcer
    } else if ["brown", "rash", "hard_skin", "white_patches"]
        .iter()
        .any(|o| has(o))
    {
        VenousStage::SkinChanges
    } else if has("swelling") {
        VenousStage::Swelling
    } else if has("bulging") {
        VenousStage::BulgingVeins
    } else if has("spider") {
        VenousStage::SpiderVeins
    } else {
        VenousStage::None
    }
}

/// Whether pregnant or within weeks of giving birth.
fn pregnant(a: &Answers) -> bool {
    a.is(PREGNANCY, "pregnant") || a.is(PREGNANCY, "recent_birth")
}

/// The risk factors the answers show.
pub fn risk_factors(a: &Answers) -> RiskFactors {
    let row = |q, r, opts: &[&str]| a.row(q, r).is_some_and(|o| opts.contains(&o));
    let mut changeable = Vec::new();
    let mut fixed = Vec::new();
    let push = |cond: bool, list: &mut Vec<Factor>, f| {
        if cond {
            list.push(f);
        }
    };
    push(a.is(SMOKING, "current"), &mut changeable, Factor::Smoking);
    push(
        row(ACTIVITY, "minutes", &["min_0", "min_lt60", "min_60_149"]),
        &mut changeable,
        Factor::LowActivity,
    );
    push(
        row(DAY, "still", &["still_gt8"])
            || (row(DAY, "still", &["still_4_8"])
                && row(DAY, "breaks", &["breaks_some", "breaks_rare"])),
        &mut changeable,
        Factor::Sitting,
    );
    push(
        !pregnant(a) && bmi_tenths(a).is_some_and(|b| b >= 250),
        &mut changeable,
        Factor::Weight,
    );
    push(
        row(DIET, "salt", &["salt_most"]),
        &mut changeable,
        Factor::Salt,
    );
    push(a.is(AGE, "65_plus"), &mut fixed, Factor::Age);
    push(
        a.has(CONDITIONS, "family"),
        &mut fixed,
        Factor::FamilyHistory,
    );
    push(pregnant(a), &mut fixed, Factor::Pregnancy);
    push(a.has(CONDITIONS, "clot"), &mut fixed, Factor::PreviousClot);
    RiskFactors { changeable, fixed }
}

/// Whether a fluid number must not be given (heart failure, kidney disease
/// or a fluid limit): their care team's plan comes first.
fn fluid_limited(a: &Answers) -> bool {
    a.has(CONDITIONS, "heart_failure") || a.has(CONDITIONS, "kidney")
}

// ----------------------------------------------------------- claudication.rs
/// Scores the screen from the answers (callers pass visible answers only).
pub fn claudication(a: &Answers) -> Claudication {
    use Claudication::*;
    if a.is(WALK, "no") {
        return NoWalkingPain;
    }
    if !a.is(WALK, "yes") {
        return NotAssessed;
    }
    // Every follow-up must be answered before a verdict either way.
    let answered = [START_STILL, UPHILL, LEVEL, STAND, WHERE]
        .iter()
        .all(|q| a.get(q).is_some());
    if !answered {
        return NotAssessed;
    }
    let exertional = a.is(START_STILL, "no") && a.is(UPHILL, "yes") && a.is(STAND, "goes");
    let grade = if a.is(LEVEL, "yes") { 2 } else { 1 };
    if !exertional {
        Negative
    } else if a.has(WHERE, "calf") {
        Definite { grade }
    } else if a.has(WHERE, "thigh") || a.has(WHERE, "buttock") {
        Atypical { grade }
    } else {
        Negative
    }
}

// ---------------------------------------------------------------- outcome.rs
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

// ------------------------------------------------ compute.rs (water)
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
    let applies = if a.is(SEX, "female") {
        WaterFor::Women
    } else if a.is(SEX, "male") {
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
