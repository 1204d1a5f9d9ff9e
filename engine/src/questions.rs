//! The question bank: stable ids, kinds, options and branching, in quiz order.
//!
//! Ids never change meaning once published: saved answers are keyed by them.
//! Renaming or removing one needs a `CONTENT_VERSION` bump and a migration.
//!
//! Branching is data (`When`), not code, so this module needs nothing from
//! the rest of the engine; `Answers::holds` evaluates it.

/// The stable question ids, so rules elsewhere cannot misspell them.
pub mod ids {
    /// A: sudden breathlessness, chest pain/tightness/heaviness, coughing
    /// blood, fainting, now or today.
    pub const EMERGENCY: &str = "a_emergency";
    /// A: a leg or foot that suddenly became painful, pale, cold, numb or weak.
    pub const LIMB: &str = "a_limb";
    /// A: a leg vein bleeding now that will not stop.
    pub const BLEEDING: &str = "a_bleeding";
    /// A: urgent same-day signs.
    pub const URGENT: &str = "a_urgent";
    /// A: see-a-doctor-soon signs.
    pub const SOON: &str = "a_soon";
    /// B: age band.
    pub const AGE: &str = "b_age";
    /// B: sex (optional).
    pub const SEX: &str = "b_sex";
    /// B: height and weight (optional).
    pub const BODY: &str = "b_body";
    /// B: pregnant or recently gave birth.
    pub const PREGNANCY: &str = "b_pregnancy";
    /// B: signs of pre-eclampsia (only when pregnant or recently gave birth).
    pub const PREECLAMPSIA: &str = "b_preeclampsia";
    /// C: conditions checklist.
    pub const CONDITIONS: &str = "c_conditions";
    /// C: blood thinner.
    pub const THINNER: &str = "c_thinner";
    /// C: foot changes (only with diabetes or artery disease).
    pub const DIABETIC_FOOT: &str = "c_diabetic_foot";
    /// D1: pain in the legs when walking (Edinburgh Claudication Questionnaire).
    pub const WALK: &str = "d_walk";
    /// D2: does it ever begin standing still or sitting.
    pub const START_STILL: &str = "d_start_still";
    /// D3: uphill or hurrying.
    pub const UPHILL: &str = "d_uphill";
    /// D4: ordinary pace on the level.
    pub const LEVEL: &str = "d_level";
    /// D5: what happens when you stand still.
    pub const STAND: &str = "d_stand";
    /// D6: where the pain is.
    pub const WHERE: &str = "d_where";
    /// E: what the legs look like.
    pub const LOOK: &str = "e_look";
    /// E: how far swelling reaches.
    pub const SWELL_WHERE: &str = "e_swell_where";
    /// E: when swelling is there.
    pub const SWELL_WHEN: &str = "e_swell_when";
    /// E: one leg or both.
    pub const SWELL_SIDE: &str = "e_swell_side";
    /// E: how long the swelling has been there.
    pub const SWELL_SINCE: &str = "e_swell_since";
    /// E: breathless on effort or lying flat (only with swelling in both legs).
    pub const SWELL_BREATH: &str = "e_swell_breath";
    /// E: symptom ratings 0-3.
    pub const RATINGS: &str = "e_ratings";
    /// E: when it is worse.
    pub const PATTERN: &str = "e_pattern";
    /// F: activity minutes and strength days.
    pub const ACTIVITY: &str = "f_activity";
    /// F: time still, movement breaks, legs up.
    pub const DAY: &str = "f_day";
    /// F: smoking.
    pub const SMOKING: &str = "f_smoking";
    /// F: drinks, salt, fruit and vegetables, oily fish.
    pub const DIET: &str = "f_diet";
    /// F: compression socks now.
    pub const COMPRESSION: &str = "f_compression";
    /// F: sleeping in them.
    pub const SLEEP_IN: &str = "f_sleep_in";
    /// F: long journeys.
    pub const TRAVEL: &str = "f_travel";
}

pub mod opts;

use ids::*;

/// One option of a yes/no, single-choice or checklist question, typed:
/// built only by [`opt`], which checks it against the bank at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opt {
    /// The question id.
    pub question: &'static str,
    /// The option id ("yes", "no", "unsure" for yes/no questions).
    pub option: &'static str,
}

/// One option of one row of a grid question, typed (see [`row_opt`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RowOpt {
    /// The question id.
    pub question: &'static str,
    /// The row id.
    pub row: &'static str,
    /// The option id within the row.
    pub option: &'static str,
}

/// One item of a ratings question, typed (see [`item`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// The question id.
    pub question: &'static str,
    /// The item id.
    pub item: &'static str,
}

/// Byte-wise string equality usable at compile time.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn listed(list: &[&str], x: &str) -> bool {
    let mut i = 0;
    while i < list.len() {
        if same(list[i], x) {
            return true;
        }
        i += 1;
    }
    false
}

/// The bank's kind for a question id, at compile time (panics, so fails
/// the build, on an unknown id).
const fn kind_of(question: &str) -> Kind {
    let mut i = 0;
    while i < BANK.len() {
        if same(BANK[i].id, question) {
            return BANK[i].kind;
        }
        i += 1;
    }
    panic!("no such question in the bank")
}

/// A typed option; a const using it fails to compile when the question has
/// no such option (yes/no: "yes", "no", and "unsure" where offered;
/// checklists: their "none of these" id too).
pub const fn opt(question: &'static str, option: &'static str) -> Opt {
    let found = match kind_of(question) {
        Kind::YesNo { unsure } => {
            same(option, "yes") || same(option, "no") || (unsure && same(option, "unsure"))
        }
        Kind::Single { options } => listed(options, option),
        Kind::Multi { options, none } => listed(options, option) || same(none, option),
        Kind::Ratings { .. } | Kind::Grid { .. } | Kind::Body => false,
    };
    assert!(found, "no such option in the bank");
    Opt { question, option }
}

/// A typed grid row option; fails to compile when the row or option is not
/// in the bank.
pub const fn row_opt(question: &'static str, row: &'static str, option: &'static str) -> RowOpt {
    let mut found = false;
    if let Kind::Grid { rows } = kind_of(question) {
        let mut i = 0;
        while i < rows.len() {
            if same(rows[i].id, row) && listed(rows[i].options, option) {
                found = true;
            }
            i += 1;
        }
    }
    assert!(found, "no such grid row option in the bank");
    RowOpt {
        question,
        row,
        option,
    }
}

/// A typed rating item; fails to compile when it is not in the bank.
pub const fn item(question: &'static str, item: &'static str) -> Item {
    let found = match kind_of(question) {
        Kind::Ratings { items } => listed(items, item),
        _ => false,
    };
    assert!(found, "no such rated item in the bank");
    Item { question, item }
}

/// The part of the quiz a question belongs to (the brief's modules A-F).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Module {
    /// A: red flags, always first.
    Safety,
    /// B: age, sex, body, pregnancy.
    AboutYou,
    /// C: conditions and medicines.
    Conditions,
    /// D: the Edinburgh Claudication Questionnaire.
    WalkingPain,
    /// E: how the legs look and feel.
    Legs,
    /// F: habits.
    Habits,
}

/// One row of a `Grid`: a single choice among its own options. Option ids
/// are unique within the whole question, so a label table can be flat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// Stable row id.
    pub id: &'static str,
    /// Stable option ids, in display order.
    pub options: &'static [&'static str],
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Yes / no, plus "not sure" when `unsure`. Answered with `Answer::Yes`,
    /// `No` or `Unsure`.
    YesNo {
        /// Whether "I'm not sure" is offered.
        unsure: bool,
    },
    /// Exactly one option. Answered with `Answer::Choice`.
    Single {
        /// Option ids in display order.
        options: &'static [&'static str],
    },
    /// A checklist; `none` ("none of these") is shown last and is exclusive.
    /// Answered with `Answer::Choices`.
    Multi {
        /// Option ids in display order, not including `none`.
        options: &'static [&'static str],
        /// The exclusive "none of these" option id.
        none: &'static str,
    },
    /// Several items rated 0-3 (none, mild, moderate, severe) on one screen.
    /// Answered with `Answer::Ratings`.
    Ratings {
        /// Item ids in display order.
        items: &'static [&'static str],
    },
    /// Several single choices on one screen (a grid of radio rows), so the
    /// habits module fits in a few screens. Answered with `Answer::Grid`.
    Grid {
        /// Rows in display order.
        rows: &'static [Row],
    },
    /// Height and weight, both optional, entered in the locale's units
    /// (see `units`). Answered with `Answer::Body`.
    Body,
}

/// When a follow-up question is shown, as data: evaluated against the
/// answers to earlier (visible) questions by `Answers::holds`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// A yes/no or single-choice question was answered with this option.
    Is(&'static str, &'static str),
    /// A checklist has this option ticked.
    Has(&'static str, &'static str),
    /// A checklist has something other than "none of these" ticked.
    AnyTicked(&'static str),
    /// A ratings question has an item rated above none.
    AnyRated(&'static str),
    /// Any of these holds.
    Any(&'static [When]),
    /// All of these hold.
    All(&'static [When]),
    /// This does not hold.
    Not(&'static When),
}

/// One screen of the quiz.
#[derive(Debug)]
pub struct Question {
    /// Stable id; answers are keyed by it.
    pub id: &'static str,
    /// Which module it belongs to.
    pub module: Module,
    /// How it is answered.
    pub kind: Kind,
    /// The visitor may skip it (the UI may offer "skip").
    pub optional: bool,
    /// When the question is shown, given earlier answers; `None` = always.
    /// Only answers to earlier questions may be named here.
    pub show_if: Option<When>,
}

impl Question {
    /// Whether `option` is one of this question's option ids (for `YesNo`:
    /// "yes", "no" and, if offered, "unsure"; for `Multi`: including `none`;
    /// for `Grid`: any row's option).
    pub fn has_option(&self, option: &str) -> bool {
        self.static_option(option).is_some()
    }

    /// The bank's own `&'static str` for an option id, so reasons can point
    /// at it without allocating.
    pub fn static_option(&self, option: &str) -> Option<&'static str> {
        let find = |list: &'static [&'static str]| list.iter().copied().find(|o| *o == option);
        match self.kind {
            Kind::YesNo { unsure } => {
                let list: &'static [&'static str] = if unsure { &YES_NO_UNSURE } else { &YES_NO };
                find(list)
            }
            Kind::Single { options } => find(options),
            Kind::Multi { options, none } => find(options).or((none == option).then_some(none)),
            Kind::Grid { rows } => rows.iter().find_map(|r| find(r.options)),
            Kind::Ratings { .. } | Kind::Body => None,
        }
    }
}

/// The option ids of a `YesNo` question without "not sure".
pub const YES_NO: [&str; 2] = ["yes", "no"];
/// The option ids of a `YesNo` question with "not sure".
pub const YES_NO_UNSURE: [&str; 3] = ["yes", "no", "unsure"];
/// The rating values 0-3 as static strings, for reasons.
pub const RATING_VALUES: [&str; 4] = ["0", "1", "2", "3"];

/// Every rated symptom, in display order: the five VVSymQ ones, then
/// cramps and tingling.
pub const ALL_RATED: [&str; 7] = [
    "heaviness",
    "aching",
    "swelling",
    "throbbing",
    "itching",
    "cramps",
    "tingling",
];

/// The five VVSymQ symptoms, which make the 0-15 symptom score.
pub const VVSYMQ: [&str; 5] = ["heaviness", "aching", "swelling", "throbbing", "itching"];

const fn q(id: &'static str, module: Module, kind: Kind) -> Question {
    Question {
        id,
        module,
        kind,
        optional: false,
        show_if: None,
    }
}

const fn when(mut qn: Question, w: When) -> Question {
    qn.show_if = Some(w);
    qn
}

const fn optional(mut qn: Question) -> Question {
    qn.optional = true;
    qn
}

use Kind::*;
use Module::*;

/// Follow-ups of the walking-pain screen: only after "yes" to its first item.
const WALK_YES: When = When::Is(WALK, "yes");
/// Follow-ups about swelling: only when swelling was ticked.
const SWELLING: When = When::Has(LOOK, "swelling");
/// Any symptom worth asking "when is it worse" about: a rating above none,
/// something seen on the legs, or walking pain.
const ANY_SYMPTOM: When = When::Any(&[When::AnyRated(RATINGS), When::AnyTicked(LOOK), WALK_YES]);

static BANK: [Question; 34] = [
    // A. Safety: always first, cannot be skipped.
    q(
        EMERGENCY,
        Safety,
        Multi {
            options: &[
                "breathless",
                "chest_pain",
                "cough_blood",
                "fainted",
                "not_sure",
            ],
            none: "none",
        },
    ),
    q(
        LIMB,
        Safety,
        Multi {
            options: &["pain", "pale", "cold", "numb", "weak", "not_sure"],
            none: "none",
        },
    ),
    q(BLEEDING, Safety, YesNo { unsure: false }),
    q(
        URGENT,
        Safety,
        Multi {
            // Each one-leg sign on its own is a possible clot (content
            // version 2 split the old "pain and swelling" option).
            options: &[
                "leg_pain",
                "leg_swelling",
                "leg_warm",
                "swelling_breathless",
                "red_hot_skin",
                "groin_vein",
                "rest_pain",
                "black_skin",
                "bad_wound",
                "vein_bled",
            ],
            none: "none",
        },
    ),
    q(
        SOON,
        Safety,
        Multi {
            options: &["sore", "hard_vein"],
            none: "none",
        },
    ),
    // B. About you.
    q(
        AGE,
        AboutYou,
        Single {
            options: &["under_18", "18_39", "40_64", "65_plus"],
        },
    ),
    optional(q(
        SEX,
        AboutYou,
        Single {
            options: &["female", "male", "skip"],
        },
    )),
    optional(q(BODY, AboutYou, Body)),
    when(
        q(
            PREGNANCY,
            AboutYou,
            Single {
                options: &["no", "pregnant", "recent_birth"],
            },
        ),
        When::Not(&When::Is(SEX, "male")),
    ),
    when(
        q(
            PREECLAMPSIA,
            AboutYou,
            Multi {
                options: &["face_hands", "headache", "vision"],
                none: "none",
            },
        ),
        When::Any(&[
            When::Is(PREGNANCY, "pregnant"),
            When::Is(PREGNANCY, "recent_birth"),
        ]),
    ),
    // C. Conditions and medicines.
    q(
        CONDITIONS,
        Conditions,
        Multi {
            options: &[
                "pad",
                "diabetes",
                "neuropathy",
                "heart_failure",
                "kidney",
                "high_bp",
                "cholesterol",
                "heart",
                "clot",
                "venous",
                "skin",
                "allergy",
                "family",
            ],
            none: "none",
        },
    ),
    q(
        THINNER,
        Conditions,
        Single {
            options: &["warfarin", "other", "none", "not_sure"],
        },
    ),
    when(
        q(
            DIABETIC_FOOT,
            Conditions,
            Multi {
                options: &["sore", "colour", "temperature"],
                none: "none",
            },
        ),
        // Diabetes, or artery disease in the legs or elsewhere (decision 35).
        When::Any(&[
            When::Has(CONDITIONS, "diabetes"),
            When::Has(CONDITIONS, "pad"),
            When::Has(CONDITIONS, "heart"),
        ]),
    ),
    // D. Edinburgh Claudication Questionnaire, as published: 2-6 only after "yes".
    q(
        WALK,
        WalkingPain,
        Single {
            options: &["yes", "no", "cannot"],
        },
    ),
    when(
        q(START_STILL, WalkingPain, YesNo { unsure: false }),
        WALK_YES,
    ),
    when(
        q(
            UPHILL,
            WalkingPain,
            Single {
                options: &["yes", "no", "never"],
            },
        ),
        WALK_YES,
    ),
    when(q(LEVEL, WalkingPain, YesNo { unsure: false }), WALK_YES),
    when(
        q(
            STAND,
            WalkingPain,
            Single {
                options: &["goes", "stays"],
            },
        ),
        WALK_YES,
    ),
    when(
        q(
            WHERE,
            WalkingPain,
            Multi {
                options: &[
                    "calf",
                    "thigh",
                    "buttock",
                    "shin",
                    "foot",
                    "joints",
                    "elsewhere",
                ],
                none: "unsure",
            },
        ),
        WALK_YES,
    ),
    // E. How your legs look and feel.
    q(
        LOOK,
        Legs,
        Multi {
            options: &[
                "spider",
                "bulging",
                "swelling",
                "brown",
                "rash",
                "hard_skin",
                "white_patches",
                "healed_ulcer",
            ],
            none: "none",
        },
    ),
    when(
        q(
            SWELL_WHERE,
            Legs,
            Single {
                options: &["ankle", "below_knee", "above_knee"],
            },
        ),
        SWELLING,
    ),
    when(
        q(
            SWELL_WHEN,
            Legs,
            Single {
                options: &["evening", "all_day", "waking"],
            },
        ),
        SWELLING,
    ),
    when(
        q(
            SWELL_SIDE,
            Legs,
            Single {
                options: &["one", "both"],
            },
        ),
        SWELLING,
    ),
    when(
        q(
            SWELL_SINCE,
            Legs,
            Single {
                options: &["recent", "long", "not_sure"],
            },
        ),
        SWELLING,
    ),
    when(
        q(SWELL_BREATH, Legs, YesNo { unsure: true }),
        // Already answered "yes" on the safety screen: not asked twice.
        When::All(&[
            When::Is(SWELL_SIDE, "both"),
            When::Not(&When::Has(URGENT, "swelling_breathless")),
        ]),
    ),
    q(RATINGS, Legs, Ratings { items: &ALL_RATED }),
    when(
        q(
            PATTERN,
            Legs,
            Single {
                options: &["venous", "arterial", "rest", "none"],
            },
        ),
        ANY_SYMPTOM,
    ),
    // F. Habits, grouped so a shopper with no symptoms finishes quickly.
    q(
        ACTIVITY,
        Habits,
        Grid {
            rows: &[
                Row {
                    id: "minutes",
                    options: &[
                        "min_0",
                        "min_lt60",
                        "min_60_149",
                        "min_150_300",
                        "min_gt300",
                    ],
                },
                Row {
                    id: "strength",
                    options: &["str_0", "str_1", "str_2plus"],
                },
            ],
        },
    ),
    q(
        DAY,
        Habits,
        Grid {
            rows: &[
                Row {
                    id: "still",
                    options: &["still_lt4", "still_4_8", "still_gt8"],
                },
                Row {
                    id: "breaks",
                    options: &["breaks_hourly", "breaks_some", "breaks_rare"],
                },
                Row {
                    id: "legs_up",
                    options: &["up_often", "up_some", "up_rare"],
                },
            ],
        },
    ),
    q(
        SMOKING,
        Habits,
        Single {
            options: &["never", "quit_long", "quit_recent", "current"],
        },
    ),
    q(
        DIET,
        Habits,
        Grid {
            rows: &[
                Row {
                    id: "drinks",
                    options: &["drinks_0_3", "drinks_4_5", "drinks_6_8", "drinks_9plus"],
                },
                Row {
                    id: "salt",
                    options: &["salt_rare", "salt_some", "salt_most"],
                },
                Row {
                    id: "veg",
                    options: &["veg_0_2", "veg_3_4", "veg_5plus"],
                },
                Row {
                    id: "fish",
                    options: &["fish_0", "fish_1", "fish_2plus"],
                },
            ],
        },
    ),
    q(
        COMPRESSION,
        Habits,
        Single {
            options: &["no", "shop", "prescribed"],
        },
    ),
    when(
        q(SLEEP_IN, Habits, YesNo { unsure: false }),
        When::Any(&[
            When::Is(COMPRESSION, "shop"),
            When::Is(COMPRESSION, "prescribed"),
        ]),
    ),
    q(
        TRAVEL,
        Habits,
        Multi {
            options: &["recent", "planned"],
            none: "no",
        },
    ),
];

/// The whole bank, in quiz order.
pub fn questions() -> &'static [Question] {
    &BANK
}

/// One question by id.
pub fn question(id: &str) -> Option<&'static Question> {
    BANK.iter().find(|q| q.id == id)
}

/// The position of a question in the bank (quiz order).
pub fn index_of(id: &str) -> Option<usize> {
    BANK.iter().position(|q| q.id == id)
}
