//! English text for every locale. Words avoid US/UK spelling differences;
//! what does differ (units, emergency numbers, services) is in the
//! per-locale `Loc` table.

use super::types::{group, LevelText, Notices, QuestionText, RecText, UnitSymbols};
use crate::advice::{Detail, RecId, Recommendation, Status};
use crate::claudication::Claudication;
use crate::compute::{Factor, VenousStage, Volume, Water, WaterFor};
use crate::flow::Progress;
use crate::locale::{Locale, VolumeUnit, WeightUnit};
use crate::questions::{ids, Module};
use crate::reason::{Reason, Said};
use crate::sources::SourceId;
use crate::triage::{Level, Urgency};
use crate::units::{round_div, tenths};

/// What differs between English locales.
pub(super) struct Loc {
    /// The number in a sentence: "call 911", "call 112 or 999", "call your
    /// local emergency number".
    pub emergency: &'static str,
    /// The emergency banner's call, a whole sentence.
    pub emergency_call: &'static str,
    /// Urgent, same day: where to go, a whole sentence.
    pub same_day: &'static str,
    /// Urgent, hospital now (gangrene or an infected wound with diabetes or
    /// artery disease): the heading and a whole sentence.
    pub ed_heading: &'static str,
    pub ed_now: &'static str,
    /// Urgent in pregnancy or after birth: the heading and a whole sentence.
    pub maternity_heading: &'static str,
    pub maternity: &'static str,
    pub quit_help: &'static str,
    pub otc_note: &'static str,
    pub units: UnitSymbols,
}

const METRIC: UnitSymbols = UnitSymbols {
    ft: "ft",
    inch: "in",
    cm: "cm",
    lb: "lb",
    kg: "kg",
    fl_oz: "fl oz",
    ml: "ml",
    litres: "litres",
};

static US: Loc = Loc {
    emergency: "911",
    emergency_call: "Call 911 now.",
    same_day: "Please call your doctor's office for a visit today, or go to urgent care or the ER today.",
    ed_heading: "Go to the ER now",
    ed_now: "Please go to the ER (emergency room) now. Don't wait for an appointment.",
    maternity_heading: "Call your OB-GYN or midwife now",
    maternity: "Please call your OB-GYN or midwife now, or go to your hospital's labor and delivery unit. If you can't reach them, go to the ER.",
    quit_help: "Free help makes quitting much more likely to work: call 1-800-QUIT-NOW (1-800-784-8669) or ask your doctor or pharmacist.",
    otc_note: " Over-the-counter socks in the US are usually 15-20 mmHg.",
    units: UnitSymbols {
        litres: "liters",
        ..METRIC
    },
};

static GB: Loc = Loc {
    emergency: "999",
    emergency_call: "Call 999 now.",
    same_day: "Please call NHS 111 or your GP surgery today for a same-day appointment.",
    ed_heading: "Go to A&E now",
    ed_now: "Please go to A&E now. Don't wait for a GP appointment.",
    maternity_heading: "Call your midwife or maternity unit now",
    maternity: "Please call your midwife or maternity unit now. If you can't reach them, call NHS 111.",
    quit_help: "Free help makes quitting much more likely to work: search for \"NHS Quit Smoking\" or ask a pharmacist.",
    otc_note: "",
    units: METRIC,
};

static CA: Loc = Loc {
    emergency: "911",
    emergency_call: "Call 911 now.",
    same_day: "Please call 811 or your doctor's office today for a same-day visit, or go to an urgent care clinic or the emergency department today.",
    ed_heading: "Go to the emergency department now",
    ed_now: "Please go to the emergency department now. Don't wait for an appointment.",
    maternity_heading: "Call your midwife or doctor now",
    maternity: "Please call your midwife or doctor now, or go to your hospital's labour and delivery unit. If you can't reach them, go to the emergency department.",
    quit_help: "Free help makes quitting much more likely to work: ask your doctor or pharmacist about your province's free quit-smoking service.",
    otc_note: "",
    units: METRIC,
};

static AU: Loc = Loc {
    emergency: "000",
    emergency_call: "Call 000 now.",
    same_day: "Please see your GP today for a same-day appointment, or call healthdirect on 1800 022 222 for advice on where to go. If you can't be seen today, go to an emergency department.",
    ed_heading: "Go to the emergency department now",
    ed_now: "Please go to the emergency department now. Don't wait for an appointment.",
    maternity_heading: "Call your midwife or maternity unit now",
    maternity: "Please call your midwife, doctor or hospital maternity unit now. If you can't reach them, go to the emergency department.",
    quit_help: "Free help makes quitting much more likely to work: call Quitline on 13 7848 or ask your GP or pharmacist.",
    otc_note: "",
    units: METRIC,
};

static IE: Loc = Loc {
    emergency: "112 or 999",
    emergency_call: "Call 112 or 999 now.",
    same_day: "Please contact your GP today for a same-day appointment (or a GP out-of-hours service), or go to an emergency department today.",
    ed_heading: "Go to the emergency department now",
    ed_now: "Please go to an emergency department now. Don't wait for a GP appointment.",
    maternity_heading: "Call your midwife or maternity unit now",
    maternity: "Please call your midwife or maternity unit now. If you can't reach them, go to an emergency department.",
    quit_help: "Free help makes quitting much more likely to work: ask your GP or pharmacist about the HSE's free quit service.",
    otc_note: "",
    units: METRIC,
};

static NZ: Loc = Loc {
    emergency: "111",
    emergency_call: "Call 111 now.",
    same_day: "Please see your GP today for a same-day appointment, call Healthline free on 0800 611 116, or go to an urgent care clinic today.",
    ed_heading: "Go to the emergency department now",
    ed_now: "Please go to the emergency department now. Don't wait for an appointment.",
    maternity_heading: "Call your midwife or maternity unit now",
    maternity: "Please call your midwife or maternity unit now. If you can't reach them, call Healthline on 0800 611 116 or go to the emergency department.",
    quit_help: "Free help makes quitting much more likely to work: ask your GP or pharmacist about Quitline's free support.",
    otc_note: "",
    units: METRIC,
};

/// Where the visitor is is not known: never one country's number for
/// everyone, but the local number with the common ones listed.
static ANYWHERE: Loc = Loc {
    emergency: "your local emergency number",
    emergency_call: "Call your local emergency number now: for example 911 in the US and Canada, 999 in the UK, 112 in the EU, 000 in Australia or 111 in New Zealand.",
    same_day: "Please contact a doctor today for a same-day appointment, or go to an urgent care clinic or an emergency department today.",
    ed_heading: "Go to an emergency department now",
    ed_now: "Please go to the nearest emergency department now. Don't wait for an appointment.",
    maternity_heading: "Call your midwife or maternity unit now",
    maternity: "Please call your midwife, doctor or maternity unit now. If you can't reach them, go to an emergency department.",
    quit_help: "Free help makes quitting much more likely to work: ask a doctor, nurse or pharmacist about free stop-smoking services near you.",
    otc_note: "",
    units: METRIC,
};

pub(super) fn table(locale: Locale) -> &'static Loc {
    match locale {
        Locale::EnUs => &US,
        Locale::EnGb => &GB,
        Locale::EnCa => &CA,
        Locale::EnAu => &AU,
        Locale::EnIe => &IE,
        Locale::EnNz => &NZ,
        Locale::En => &ANYWHERE,
        // Not reached through `text` (Spanish locales use `es`); the region
        // decides the number, never the language.
        #[cfg(feature = "es")]
        Locale::EsUs => &US,
        #[cfg(feature = "es")]
        Locale::Es => &ANYWHERE,
    }
}

const YES: (&str, &str) = ("yes", "Yes");
const NO: (&str, &str) = ("no", "No");
const NONE: (&str, &str) = ("none", "None of these");

const fn t(
    title: &'static str,
    help: Option<&'static str>,
    topic: &'static str,
    labels: &'static [(&'static str, &'static str)],
) -> QuestionText {
    QuestionText {
        title,
        help,
        topic,
        labels,
    }
}

static QUESTIONS: &[(&str, QuestionText)] = &[
    (
        ids::EMERGENCY,
        t(
            "Right now, or at any time today, have you had any of these?",
            Some("If you tick any of these, the quiz stops and we show you who to call."),
            "signs that need help fast",
            &[
                ("breathless", "Sudden shortness of breath"),
                ("chest_pain", "Chest pain, or a tight or heavy feeling in your chest, of any kind"),
                ("cough_blood", "Coughing up blood"),
                ("fainted", "Fainting or passing out"),
                ("not_sure", "I'm not sure"),
                NONE,
            ],
        ),
    ),
    (
        ids::LIMB,
        t(
            "Has one of your legs or feet suddenly become any of these?",
            Some("Suddenly means over minutes or hours, not slowly over months."),
            "a leg or foot that changed suddenly",
            &[
                ("pain", "Very painful"),
                ("pale", "Pale, white or bluish"),
                ("cold", "Cold to touch"),
                ("numb", "Numb"),
                ("weak", "Hard to move"),
                ("not_sure", "I'm not sure"),
                NONE,
            ],
        ),
    ),
    (
        ids::BLEEDING,
        t(
            "Is a vein on your leg bleeding right now, and it won't stop?",
            None,
            "a bleeding vein",
            &[YES, NO],
        ),
    ),
    (
        ids::URGENT,
        t(
            "Do you have any of these now?",
            Some("Tick all that apply. Any one of them on its own is a reason to be seen today."),
            "signs to be seen today",
            &[
                (
                    "leg_pain",
                    "New pain in one leg only, often throbbing or cramping, usually in the calf or thigh",
                ),
                ("leg_swelling", "New swelling in one leg only"),
                (
                    "leg_warm",
                    "One leg that feels warm to touch, maybe with red or darker skin",
                ),
                (
                    "swelling_breathless",
                    "Swelling in both legs that is new or getting worse, and you get out of breath when you're active or lying flat, or need extra pillows to sleep",
                ),
                (
                    "red_hot_skin",
                    "A patch of skin on your leg that is red or darker, hot, painful and swollen, and you have a fever or feel unwell",
                ),
                ("groin_vein", "A hard, painful vein in your thigh or groin"),
                (
                    "rest_pain",
                    "Pain in your foot or toes while resting, worse at night, that eases if you hang your leg over the bed",
                ),
                ("black_skin", "Black skin on a toe or on your foot"),
                (
                    "bad_wound",
                    "A sore or wound on your leg or foot that is spreading, smells or leaks, or comes with a fever",
                ),
                ("vein_bled", "A vein on your leg that bled in the last few days"),
                NONE,
            ],
        ),
    ),
    (
        ids::SOON,
        t(
            "And do you have either of these?",
            None,
            "signs to see a doctor soon",
            &[
                (
                    "sore",
                    "An open sore on your lower leg or foot that has not healed in 2 weeks",
                ),
                ("hard_vein", "A hard, painful, red line along a vein below the knee"),
                NONE,
            ],
        ),
    ),
    (
        ids::AGE,
        t(
            "How old are you?",
            None,
            "your age",
            &[
                ("under_18", "Under 18"),
                ("18_39", "18 to 39"),
                ("40_64", "40 to 64"),
                ("65_plus", "65 or older"),
            ],
        ),
    ),
    (
        ids::SEX,
        t(
            "What is your sex?",
            Some("We use this for the water figures, and to know whether to ask about pregnancy. You can skip it."),
            "your sex",
            &[("female", "Female"), ("male", "Male"), ("skip", "I'd rather not say")],
        ),
    ),
    (
        ids::BODY,
        t(
            "How tall are you, and how much do you weigh?",
            Some("You can skip this. We use it for your BMI and a water figure. It stays on your device."),
            "your height and weight",
            &[("height", "Height"), ("weight", "Weight")],
        ),
    ),
    (
        ids::PREGNANCY,
        t(
            "Are you pregnant, or did you give birth in the last 6 weeks?",
            None,
            "pregnancy",
            &[
                ("no", "No"),
                ("pregnant", "I'm pregnant"),
                ("recent_birth", "I gave birth in the last 6 weeks"),
            ],
        ),
    ),
    (
        ids::PREECLAMPSIA,
        t(
            "Because you're pregnant or have just had a baby: do you have any of these now?",
            Some("Tick all that apply. These need checking the same day."),
            "signs to check in pregnancy",
            &[
                (
                    "face_hands",
                    "Swelling of your face, hands or feet that came on suddenly",
                ),
                ("headache", "A bad headache that won't go away"),
                (
                    "vision",
                    "Problems with your eyesight, like blurring or flashing lights",
                ),
                NONE,
            ],
        ),
    ),
    (
        ids::CONDITIONS,
        t(
            "Do any of these apply to you?",
            Some("Tick all that a doctor or nurse has told you about. This keeps the tips safe for you."),
            "your health",
            &[
                (
                    "pad",
                    "Peripheral artery disease (narrowed leg arteries), or a bypass or stent in a leg",
                ),
                ("diabetes", "Diabetes"),
                ("neuropathy", "Numb feet, or nerve damage in your feet"),
                ("heart_failure", "Heart failure"),
                ("kidney", "Kidney disease, or you were told to limit how much you drink"),
                ("high_bp", "High blood pressure"),
                ("cholesterol", "High cholesterol"),
                ("heart", "A heart attack, angina or a stroke"),
                (
                    "clot",
                    "A blood clot in a leg (DVT) or in the lungs (pulmonary embolism)",
                ),
                ("venous", "Varicose veins or weak leg veins (venous insufficiency)"),
                ("skin", "Fragile skin, eczema or wounds on your legs"),
                ("allergy", "An allergy to elastic or latex"),
                ("family", "A parent, brother or sister with varicose veins or blood clots"),
                NONE,
            ],
        ),
    ),
    (
        ids::THINNER,
        t(
            "Do you take a blood thinner?",
            Some("These are medicines that stop your blood from clotting so easily."),
            "blood thinners",
            &[
                ("warfarin", "Yes, warfarin"),
                ("other", "Yes, another one (for example apixaban or rivaroxaban)"),
                ("none", "No"),
                ("not_sure", "I'm not sure"),
            ],
        ),
    ),
    (
        ids::DIABETIC_FOOT,
        t(
            "Because of a condition you ticked: in the last few weeks, have you noticed any of these on your feet?",
            Some("Diabetes and narrowed arteries can slow healing, so foot changes need checking quickly."),
            "changes on your feet",
            &[
                ("sore", "A sore, blister or cut that is new or is not healing"),
                ("colour", "Skin that looks redder, paler, darker or blue"),
                ("temperature", "A foot, or part of it, that feels hotter or colder than usual"),
                NONE,
            ],
        ),
    ),
    (
        ids::WALK,
        t(
            "Do you get pain or discomfort in your leg or legs when you walk?",
            None,
            "pain when walking",
            &[YES, NO, ("cannot", "I can't walk")],
        ),
    ),
    (
        ids::START_STILL,
        t(
            "Does this pain ever start when you are standing still or sitting?",
            None,
            "pain that starts at rest",
            &[YES, NO],
        ),
    ),
    (
        ids::UPHILL,
        t(
            "Do you get it when you walk uphill or hurry?",
            None,
            "pain walking uphill or hurrying",
            &[YES, NO, ("never", "I never walk uphill or hurry")],
        ),
    ),
    (
        ids::LEVEL,
        t(
            "Do you get it when you walk at an ordinary pace on flat ground?",
            None,
            "pain at an ordinary pace",
            &[YES, NO],
        ),
    ),
    (
        ids::STAND,
        t(
            "What usually happens to the pain if you stand still?",
            None,
            "what happens when you stop",
            &[
                ("goes", "It usually goes away in 10 minutes or less"),
                ("stays", "It usually lasts more than 10 minutes"),
            ],
        ),
    ),
    (
        ids::WHERE,
        t(
            "Where do you feel it?",
            Some("Tick all that apply."),
            "where the walking pain is",
            &[
                ("calf", "Calf (the back of the lower leg)"),
                ("thigh", "Thigh"),
                ("buttock", "Buttock"),
                ("shin", "Shin"),
                ("foot", "Foot"),
                ("joints", "Knee, ankle or hip joint"),
                ("elsewhere", "Somewhere else"),
                ("unsure", "I can't say where"),
            ],
        ),
    ),
    (
        ids::LOOK,
        t(
            "Over the last 2 weeks, have you noticed any of these on your legs?",
            Some("Think about your worse leg. Tick all that apply."),
            "how your legs look",
            &[
                ("spider", "Spider veins (tiny red, blue or purple lines)"),
                ("bulging", "Bulging or twisted veins when you stand"),
                ("swelling", "Swelling"),
                ("brown", "Brown patches of skin near the ankle"),
                ("rash", "An itchy, scaly rash near the ankle"),
                ("hard_skin", "Hard, tight skin near the ankle"),
                ("white_patches", "White, scar-like patches near the ankle"),
                ("healed_ulcer", "A leg ulcer (a slow-healing sore) that has now healed"),
                NONE,
            ],
        ),
    ),
    (
        ids::SWELL_WHERE,
        t(
            "How far up does the swelling go?",
            None,
            "how far the swelling goes",
            &[
                ("ankle", "Foot and ankle"),
                ("below_knee", "Up to below the knee"),
                ("above_knee", "To the knee or higher"),
            ],
        ),
    ),
    (
        ids::SWELL_WHEN,
        t(
            "When is the swelling there?",
            None,
            "when the swelling is there",
            &[
                ("evening", "Mostly in the evening"),
                ("all_day", "All day"),
                ("waking", "Already when I wake up"),
            ],
        ),
    ),
    (
        ids::SWELL_SIDE,
        t(
            "Is the swelling in one leg or both?",
            None,
            "which legs swell",
            &[("one", "One leg"), ("both", "Both legs")],
        ),
    ),
    (
        ids::SWELL_SINCE,
        t(
            "When did the swelling start?",
            None,
            "when the swelling started",
            &[
                ("recent", "In the last few weeks"),
                ("long", "Months or years ago"),
                ("not_sure", "I'm not sure"),
            ],
        ),
    ),
    (
        ids::SWELL_BREATH,
        t(
            "With this swelling, do you get out of breath when you're active or lying flat, or need extra pillows to sleep?",
            None,
            "breathlessness with the swelling",
            &[YES, NO, ("unsure", "I'm not sure")],
        ),
    ),
    (
        ids::RATINGS,
        t(
            "Over the last 2 weeks, how much have you had each of these in your legs?",
            Some("For each one, choose None, Mild, Moderate or Severe."),
            "your leg symptoms",
            &[
                ("heaviness", "Heaviness"),
                ("aching", "Aching"),
                ("swelling", "A feeling of swelling"),
                ("throbbing", "Throbbing"),
                ("itching", "Itching"),
                ("cramps", "Cramps"),
                ("tingling", "Tingling"),
                ("0", "None"),
                ("1", "Mild"),
                ("2", "Moderate"),
                ("3", "Severe"),
            ],
        ),
    ),
    (
        ids::PATTERN,
        t(
            "When do your legs feel worst?",
            None,
            "when it's worse",
            &[
                ("venous", "At the end of the day, and better with my legs up"),
                ("arterial", "While walking, and better when I stop"),
                ("rest", "At rest or at night"),
                ("none", "There is no pattern"),
            ],
        ),
    ),
    (
        ids::ACTIVITY,
        t(
            "How active are you in a usual week?",
            Some("Moderate activity makes you warmer and breathe faster, like brisk walking or cycling."),
            "your activity",
            &[
                ("minutes", "Minutes of moderate activity a week"),
                ("strength", "Days a week you do muscle-strengthening (weights, bands, heavy gardening)"),
                ("min_0", "None"),
                ("min_lt60", "Less than 60"),
                ("min_60_149", "60 to 149"),
                ("min_150_300", "150 to 300"),
                ("min_gt300", "More than 300"),
                ("str_0", "None"),
                ("str_1", "1 day"),
                ("str_2plus", "2 or more days"),
            ],
        ),
    ),
    (
        ids::DAY,
        t(
            "On a usual day:",
            None,
            "your day",
            &[
                ("still", "How many hours do you sit or stand still?"),
                ("breaks", "How often do you get up and move about?"),
                ("legs_up", "When you rest, how often do you put your legs up?"),
                ("still_lt4", "Less than 4 hours"),
                ("still_4_8", "4 to 8 hours"),
                ("still_gt8", "More than 8 hours"),
                ("breaks_hourly", "At least once an hour"),
                ("breaks_some", "Every few hours"),
                ("breaks_rare", "Hardly ever"),
                ("up_often", "Often"),
                ("up_some", "Sometimes"),
                ("up_rare", "Hardly ever"),
            ],
        ),
    ),
    (
        ids::SMOKING,
        t(
            "Do you smoke?",
            Some("Count cigarettes, cigars and pipes."),
            "smoking",
            &[
                ("never", "I have never smoked"),
                ("quit_long", "I stopped more than a year ago"),
                ("quit_recent", "I stopped in the last year"),
                ("current", "I smoke now"),
            ],
        ),
    ),
    (
        ids::DIET,
        t(
            "What do you usually eat and drink?",
            None,
            "what you eat and drink",
            &[
                ("drinks", "Glasses or cups of drinks a day (water, tea, coffee, milk, juice)"),
                ("salt", "How often you eat salty or processed food (salty snacks, ready meals, cured meat)"),
                ("veg", "Portions of fruit and vegetables a day"),
                ("fish", "Portions of oily fish a week (salmon, sardines, mackerel)"),
                ("drinks_0_3", "0 to 3"),
                ("drinks_4_5", "4 to 5"),
                ("drinks_6_8", "6 to 8"),
                ("drinks_9plus", "9 or more"),
                ("salt_rare", "Rarely"),
                ("salt_some", "Some days"),
                ("salt_most", "Most days"),
                ("veg_0_2", "0 to 2"),
                ("veg_3_4", "3 to 4"),
                ("veg_5plus", "5 or more"),
                ("fish_0", "None"),
                ("fish_1", "1"),
                ("fish_2plus", "2 or more"),
            ],
        ),
    ),
    (
        ids::COMPRESSION,
        t(
            "Do you wear compression socks or stockings now?",
            None,
            "compression socks",
            &[
                ("no", "No"),
                ("shop", "Yes, ones I bought myself"),
                ("prescribed", "Yes, ones a doctor or nurse gave me"),
            ],
        ),
    ),
    (
        ids::SLEEP_IN,
        t("Do you sleep in them?", None, "sleeping in compression socks", &[YES, NO]),
    ),
    (
        ids::TRAVEL,
        t(
            "Have you made a journey of more than 4 hours in the last 4 weeks, or do you have one planned?",
            Some("By plane, car, bus or train."),
            "long journeys",
            &[
                ("recent", "Yes, in the last 4 weeks"),
                ("planned", "Yes, I have one planned"),
                ("no", "No"),
            ],
        ),
    ),
];

pub(super) fn question(_locale: Locale, id: &str) -> Option<QuestionText> {
    QUESTIONS.iter().find(|(k, _)| *k == id).map(|(_, q)| *q)
}

pub(super) fn module(_locale: Locale, m: Module) -> &'static str {
    match m {
        Module::Safety => "First, some safety questions",
        Module::AboutYou => "About you",
        Module::Conditions => "Your health and medicines",
        Module::WalkingPain => "Pain when walking",
        Module::Legs => "How your legs look and feel",
        Module::Habits => "Your habits",
    }
}

pub(super) fn progress(_locale: Locale, p: Progress) -> String {
    match p.left() {
        0 => "Last question".to_string(),
        1 => "About 1 question left".to_string(),
        n => format!("About {n} questions left"),
    }
}

pub(super) fn level(locale: Locale, level: Level, urgency: Urgency) -> LevelText {
    let loc = table(locale);
    match (level, urgency) {
        (Level::Emergency, _) => LevelText {
            heading: format!("Call {} now", loc.emergency),
            action: format!(
                "Your answers include a sign that needs help straight away. {} Don't drive yourself.",
                loc.emergency_call
            ),
            detail: "If you're not sure, call anyway. They will tell you what to do.",
        },
        (Level::Urgent, Urgency::EmergencyDepartment) => LevelText {
            heading: loc.ed_heading.to_string(),
            action: format!(
                "With diabetes or narrowed arteries, black skin or an infected wound needs checking in hospital straight away. {} If you feel very unwell, call {}.",
                loc.ed_now, loc.emergency
            ),
            detail: "Getting seen comes first, so we won't show tips or products today.",
        },
        (Level::Urgent, Urgency::Maternity) => LevelText {
            heading: loc.maternity_heading.to_string(),
            action: format!(
                "Some of your answers match signs that need checking today, and in pregnancy or soon after a birth that means now. {} If it gets worse fast, call {}.",
                loc.maternity, loc.emergency
            ),
            detail: "Getting seen comes first, so we won't show tips or products today.",
        },
        (Level::Urgent, Urgency::SameDay) => LevelText {
            heading: "Get seen today".to_string(),
            action: format!(
                "Some of your answers match signs a doctor should check today. {} If it gets worse fast, call {}.",
                loc.same_day, loc.emergency
            ),
            detail: "Getting seen comes first, so we won't show tips or products today.",
        },
        (Level::Soon, _) => LevelText {
            heading: "Book a doctor's appointment soon".to_string(),
            action: "Some of your answers match patterns a doctor can check. Please book an appointment in the next couple of weeks, and take this list with you.".to_string(),
            detail: "If things get worse quickly, get help sooner. The safe tips below can help in the meantime.",
        },
        (Level::SelfCare, _) => LevelText {
            heading: "Tips for your legs".to_string(),
            action: "None of your answers point to a warning sign. Here are tips that fit your answers.".to_string(),
            detail: "Get help fast if a leg suddenly becomes very painful, swollen, pale or cold, or if you suddenly feel short of breath.",
        },
    }
}

pub(super) fn under_18_note(_locale: Locale) -> &'static str {
    "This check is made for adults aged 18 and over, so its tips aren't right for you. If your legs hurt, swell or look different, please tell a parent, carer, school nurse or doctor."
}

pub(super) fn adult_help(_locale: Locale, level: Level) -> Option<&'static str> {
    match level {
        Level::Emergency | Level::Urgent => Some("Please tell a parent, carer or another adult you trust straight away, and ask them to help you get seen today."),
        Level::Soon => Some("Please tell a parent, carer or another adult you trust, and ask them to help you book an appointment."),
        Level::SelfCare => None,
    }
}

pub(super) fn first_aid(_locale: Locale, reasons: &[Reason]) -> Vec<&'static str> {
    let mut out = Vec::new();
    if reasons.iter().any(|r| r.question == ids::BLEEDING) {
        out.push("While you wait: lie down, raise the bleeding leg as high as you can, and press firmly on the spot with a clean cloth.");
    }
    if reasons.iter().any(|r| r.question == ids::EMERGENCY) {
        out.push("While you wait: sit upright if that makes breathing easier, and don't stay alone if you can help it.");
    }
    if reasons.iter().any(|r| r.question == ids::LIMB) {
        out.push("While you wait: keep the leg still and flat. Don't raise it, warm it or rub it.");
    }
    out
}

pub(super) fn reason(locale: Locale, r: &Reason) -> String {
    let q = question(locale, r.question);
    let label = |id: &str| q.and_then(|q| q.label(id)).unwrap_or("");
    let topic = q.map_or("", |q| q.topic);
    match r.said {
        Said::Opt(o) => format!("You said \u{201c}{}\u{201d} ({topic}).", label(o)),
        // ASCII lowercasing: the English labels are ASCII, and Unicode
        // `to_lowercase` would ship its case tables in the wasm.
        Said::Rated { item, value } => format!(
            "You rated {} as {}.",
            label(item).to_ascii_lowercase(),
            label(crate::questions::RATING_VALUES[usize::from(value.min(3))]).to_ascii_lowercase()
        ),
        Said::Row { row, option } => format!(
            "You said \u{201c}{}\u{201d} for \u{201c}{}\u{201d}.",
            label(option),
            label(row)
        ),
    }
}

fn has(rec: &Recommendation, q: &str, o: &str) -> bool {
    let hit = |r: &Reason| r.question == q && matches!(r.said, Said::Opt(x) if x == o);
    rec.reasons.iter().any(hit)
        || matches!(&rec.status, Status::AskClinicianFirst { gates } if gates.iter().any(hit))
}

fn vol(locale: Locale, v: Volume) -> String {
    let sym = &table(locale).units;
    let litres = |ml: u32| tenths(round_div(u64::from(ml), 100));
    match v.unit {
        VolumeUnit::Ml if v.amount >= 1000 => format!("{} {}", litres(v.amount), sym.litres),
        VolumeUnit::Ml => format!("{} {}", v.amount, sym.ml),
        VolumeUnit::FlOz => format!("{} {}", v.amount, sym.fl_oz),
    }
}

fn water_lines(locale: Locale, w: &Water) -> Vec<String> {
    let sym = &table(locale).units;
    let mut out = vec![format!(
        "A simple guide is {} to {} glasses of fluid a day. Water, lower-fat milk, tea and coffee all count.",
        w.glasses_low, w.glasses_high
    )];
    let total = |who: &str, v: Volume| {
        format!(
            "All together, from drinks and food, {who} need about {} of water a day.",
            vol(locale, v)
        )
    };
    match w.applies {
        WaterFor::Women => out.push(total("women", w.women)),
        WaterFor::Men => out.push(total("men", w.men)),
        WaterFor::Both => out.push(format!(
            "All together, from drinks and food, women need about {} and men about {} of water a day.",
            vol(locale, w.women),
            vol(locale, w.men)
        )),
    }
    // Revision 3: without the visitor's sex, say which figure the cap used.
    let unsaid_sex = w.applies == WaterFor::Both;
    out.push("If your urine is pale yellow, you are probably drinking enough.".to_string());
    if let Some(r) = w.rule_of_thumb {
        let weight = match r.weight_unit {
            WeightUnit::Lb => format!("{} {}", r.weight, sym.lb),
            WeightUnit::Kg => format!("{} {}", r.weight, sym.kg),
        };
        let metric = match r.weight_unit {
            WeightUnit::Lb => "",
            WeightUnit::Kg => " (about 33 ml for every kilogram)",
        };
        out.push(if r.capped {
            format!(
                "A popular rule of thumb, not an official guideline, is half an ounce of water for every pound you weigh{metric}. For {weight}, it would come out higher than the official figure above, so we give the official figure instead: about {} a day, from drinks and food together.{}",
                vol(locale, r.drink),
                if unsaid_sex {
                    " You didn't tell us your sex, so we use the lower figure, the one for women."
                } else {
                    ""
                }
            )
        } else {
            format!(
                "A popular rule of thumb, not an official guideline, is half an ounce of water for every pound you weigh{metric}. For {weight}, that works out at about {} a day. The official figures above come first.",
                vol(locale, r.drink)
            )
        });
    }
    out
}

fn lines(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

pub(super) fn recommendation(locale: Locale, rec: &Recommendation) -> RecText {
    let gated = !matches!(rec.status, Status::Allowed);
    match rec.id {
        RecId::Smoking => smoking_text(locale),
        RecId::WalkingPlan => walking_plan_text(rec),
        RecId::FootCare => foot_care_text(),
        RecId::Warfarin => warfarin_text(rec),
        RecId::Compression => compression_text(locale, rec, gated),
        RecId::Elevation => elevation_text(rec, gated),
        RecId::MovementBreaks => movement_breaks_text(),
        RecId::Activity => activity_text(),
        RecId::Travel => travel_text(locale, rec),
        RecId::Salt => salt_text(),
        RecId::Water => water_text(locale, rec, gated),
        RecId::Vegetables => vegetables_text(gated),
        RecId::OilyFish => oily_fish_text(),
        RecId::Stretching => stretching_text(),
    }
}

fn smoking_text(locale: Locale) -> RecText {
    let loc = table(locale);
    RecText {
        title: "Stop smoking: the biggest step for your arteries",
        body: vec![
            "Smoking narrows and damages blood vessels, including the ones in your legs."
                .to_string(),
            "Blood flow starts to get better within 2 to 12 weeks of stopping.".to_string(),
            loc.quit_help.to_string(),
        ],
    }
}

fn walking_plan_text(rec: &Recommendation) -> RecText {
    RecText {
        title: "Ask your doctor about a supervised walking plan",
        body: lines(&[
            // "Walking pain like yours" only to people with walking pain.
            if has(rec, ids::WALK, "yes") {
                "For walking pain like yours, a regular walking plan is the first treatment doctors use."
            } else {
                "For narrowed leg arteries, a regular walking plan is one of the first treatments doctors use."
            },
            "It usually means walking until the pain gets strong, resting until it goes, then walking again: about 2 hours a week for 3 months, best with a trained team.",
            "Ask your doctor whether there is a supervised exercise class near you.",
        ]),
    }
}

fn foot_care_text() -> RecText {
    RecText {
        title: "Check your feet every day",
        body: lines(&[
            "Look at the tops, the soles and between your toes. A mirror helps.",
            "Watch for cuts, blisters, swelling, skin that changes shade, or a spot that feels hotter or colder.",
            "If you find something new, get it checked the same day.",
            "Wear shoes that fit well, and have your feet checked by a health professional at least once a year.",
        ]),
    }
}

fn warfarin_text(rec: &Recommendation) -> RecText {
    {
        let mut body = lines(&[
            "Leafy greens such as spinach, kale and broccoli contain vitamin K, which changes how warfarin works. Keep the amount you eat about the same each week instead of suddenly eating more.",
            "Avoid cranberry juice and grapefruit juice, which can also change how warfarin works.",
            "Check with your pharmacist before any new diet, supplement or herbal remedy.",
        ]);
        if has(rec, ids::THINNER, "not_sure") {
            body.push(
                "If you're not sure which blood thinner you take, ask your pharmacist.".to_string(),
            );
        }
        RecText {
            title: "If you take warfarin: keep your greens steady",
            body,
        }
    }
}

fn compression_text(locale: Locale, rec: &Recommendation, gated: bool) -> RecText {
    let loc = table(locale);
    if gated {
        {
            let gates = match &rec.status {
                Status::AskClinicianFirst { gates } => gates.as_slice(),
                Status::Allowed => &[],
            };
            // Pregnancy alone is a reason to ask which strength, not a
            // warning: compression is often used for swelling in pregnancy.
            let only_pregnancy = gates.iter().all(|g| g.question == ids::PREGNANCY);
            let mut body = if only_pregnancy {
                lines(&[
                    "Compression socks are often used for swelling and aching legs in pregnancy and after birth, and they can ease them.",
                    "Ask your midwife or doctor which type and strength suits you before you buy any.",
                ])
            } else {
                lines(&[
                    "Some of your answers mean compression may not be safe for you without a check first. A nurse or doctor can check the blood flow in your legs and tell you which type and strength is right.",
                    "Until then, please don't buy or start wearing compression socks.",
                ])
            };
            if has(rec, ids::COMPRESSION, "prescribed") {
                body.push("Keep wearing the stockings you were prescribed the way your care team told you, and ask them before changing anything.".to_string());
            }
            if !only_pregnancy
                && (has(rec, ids::PREGNANCY, "pregnant")
                    || has(rec, ids::PREGNANCY, "recent_birth"))
            {
                body.push("In pregnancy and after birth, compression is often used for swelling: your midwife or doctor can tell you if it's right for you.".to_string());
            }
            RecText {
                title: "Ask a clinician before wearing compression",
                body,
            }
        }
    } else {
        {
            let mut body = vec![
                format!(
                    "Choose knee-high, graduated socks (tighter at the ankle, looser higher up) of no more than 20 mmHg.{}",
                    loc.otc_note
                ),
                "Put them on in the morning and take them off at bedtime. Don't sleep in them.".to_string(),
            ];
            if has(rec, ids::SLEEP_IN, "yes") {
                body.push("You said you sleep in yours: take them off at bedtime instead, and raise your legs on a pillow if they swell.".to_string());
            }
            body.extend(lines(&[
                "Replace them every 3 to 6 months, as they lose their squeeze.",
                "To get the right size, measure sitting down, in the morning if your legs swell: your ankle at its narrowest, just above the ankle bones, and your calf at its widest.",
                "Stronger socks (20-30 or 30-40 mmHg) are only for after a clinician has checked your legs.",
                "Compression does not cure varicose veins, but it may ease aching, heaviness and swelling.",
                "Take them off and ask for advice if your skin gets sore, marked, numb or pale.",
            ]));
            RecText {
                title: "Try light compression socks in the daytime",
                body,
            }
        }
    }
}

fn elevation_text(rec: &Recommendation, gated: bool) -> RecText {
    if gated {
        {
            let gates = match &rec.status {
                Status::AskClinicianFirst { gates } => gates.as_slice(),
                Status::Allowed => &[],
            };
            let heart = gates
                .iter()
                .any(|g| g.question == ids::CONDITIONS && g.said == Said::Opt("heart_failure"));
            let arteries = gates
                .iter()
                .any(|g| !(g.question == ids::CONDITIONS && g.said == Said::Opt("heart_failure")));
            let mut body = Vec::new();
            if arteries || !heart {
                body.push("Some of your answers point to the arteries. When leg arteries are narrowed, raising the legs can make pain worse, so ask a doctor first.".to_string());
            }
            if heart {
                body.push("With heart failure, raising your legs for long can move fluid towards your heart and lungs. Ask your care team whether it's right for you.".to_string());
            }
            RecText {
                title: "Ask your care team before raising your legs for long",
                body,
            }
        }
    } else {
        RecText {
            title: "Put your legs up when you rest",
            body: lines(&[
                "A few times a day, lie down and rest your legs on pillows so your feet are higher than your hips.",
                "At night, a pillow under your lower legs can help swelling go down.",
                "This helps the blood in your veins flow back to your heart.",
            ]),
        }
    }
}

fn movement_breaks_text() -> RecText {
    RecText {
        title: "Take movement breaks and work your calves",
        body: lines(&[
            "Your calf muscles pump blood back up your legs every time they squeeze.",
            "If you sit or stand for a long time, move every 30 to 60 minutes: walk about, or rise up onto your toes 10 times.",
            "While sitting, circle your ankles and point and flex your feet.",
        ]),
    }
}

fn activity_text() -> RecText {
    RecText {
        title: "Move a bit more each week",
        body: lines(&[
            "Aim for 150 to 300 minutes of moderate activity a week, like brisk walking or cycling. For example, 30 minutes on 5 days.",
            "Add muscle-strengthening on 2 days a week.",
            "Start small and build up. Any movement is better than none.",
        ]),
    }
}

fn travel_text(locale: Locale, rec: &Recommendation) -> RecText {
    let loc = table(locale);
    {
        let mut body = lines(&[
            "Every hour or so, get up and walk about if you can.",
            "In your seat, circle your ankles and press your feet up and down.",
            "Drink water, go easy on alcohol, and wear loose clothes.",
        ]);
        if has(rec, ids::TRAVEL, "recent") {
            body.push(format!(
                "In the weeks after a long journey, get help the same day if one leg becomes painful, swollen or warm (any one of these), and call {} if you suddenly feel short of breath.",
                loc.emergency
            ));
        }
        RecText {
            title: "On long journeys, keep your legs moving",
            body,
        }
    }
}

fn salt_text() -> RecText {
    RecText {
        title: "Cut down on salt",
        body: vec![
            "Too much salt makes the body hold on to water, which can add to swelling and raise blood pressure.".to_string(),
            format!(
                "Aim for less than 5 g of salt a day (about a teaspoon), which is {} mg of sodium. The American Heart Association's upper limit is {} mg of sodium.",
                group(2000),
                group(2300)
            ),
            "Most salt is hidden in bread, ready meals, cured meat and salty snacks, so check labels.".to_string(),
        ],
    }
}

fn water_text(locale: Locale, rec: &Recommendation, gated: bool) -> RecText {
    if gated {
        RecText {
            title: "Follow your care team's advice on fluids",
            body: lines(&[
                "Because of your heart or kidney condition, the right amount to drink is different for you. Follow the plan your care team gave you, and ask them before changing it.",
            ]),
        }
    } else {
        RecText {
            title: "Drink enough through the day",
            body: match &rec.detail {
                Detail::Water(w) => water_lines(locale, w),
                Detail::None => {
                    lines(&["If your urine is pale yellow, you are probably drinking enough."])
                }
            },
        }
    }
}

fn vegetables_text(gated: bool) -> RecText {
    if gated {
        RecText {
            title: "Ask before changing how much greens and fruit you eat",
            body: lines(&[
                "On warfarin, suddenly eating a lot more leafy greens can change how your medicine works. With kidney disease, some fruit and vegetables may need limiting.",
                "Ask your doctor, pharmacist or dietitian how to eat more fruit and vegetables safely.",
            ]),
        }
    } else {
        RecText {
            title: "Fill up on vegetables and fruit",
            body: lines(&[
                "Aim for at least 5 portions of fruit and vegetables a day.",
                "Beets (beetroot) and leafy greens contain nitrates, which may help blood vessels relax. Citrus fruit, red peppers, strawberries and broccoli give vitamin C, which may help protect the lining of blood vessels.",
                "These foods help as part of a varied diet. They are not a treatment.",
            ]),
        }
    }
}

fn oily_fish_text() -> RecText {
    RecText {
        title: "Eat oily fish twice a week",
        body: lines(&[
            "Salmon, sardines, mackerel and trout contain omega-3 fats, which are good for your heart and blood vessels.",
            "A portion is about the size of your palm.",
            "If you don't eat fish, walnuts and flaxseed have some omega-3 too.",
        ]),
    }
}

fn stretching_text() -> RecText {
    RecText {
        title: "Stretch your legs every day",
        body: lines(&[
            "Gentle calf and thigh stretches may help blood flow and ease cramps.",
            "Hold each stretch for about 30 seconds without bouncing, and stop if it hurts.",
        ]),
    }
}

pub(super) fn source_title(_locale: Locale, id: SourceId) -> &'static str {
    use SourceId::*;
    match id {
        CmajStockings => "Graduated compression stockings",
        SageHaemodynamics => "The effect of graduated compression stockings on lower limb venous haemodynamics",
        TexasHeartNitrates => "Nitrates (vasodilators)",
        UrmcOmega3 => "Omega-3 fatty acids and coronary heart disease",
        NhsQuitSmoking => "Quit smoking",
        HarvardStretching => "Leg stretching may improve blood flow and prevent strokes",
        UsNewsWater => "The truth about how much water you should really drink",
        NcbiExercise => "Vascular adaptation to exercise in humans: role of hemodynamic stimuli",
        VumcVitaminC => "Vitamin C protects blood vessel lining",
        NiceCg147 => "Peripheral arterial disease: diagnosis and management (CG147)",
        NiceCg168 => "Varicose veins: diagnosis and management (CG168)",
        NiceNg89 => "Venous thromboembolism in over 16s: reducing the risk (NG89)",
        NiceCksCompression => "Compression stockings (Clinical Knowledge Summary)",
        NiceNg158 => "Venous thromboembolic diseases: diagnosis, management and thrombophilia testing (NG158)",
        NhsDvt => "Deep vein thrombosis (DVT)",
        NhsPe => "Pulmonary embolism",
        NhsPad => "Peripheral arterial disease (PAD)",
        NhsLegUlcer => "Leg ulcer",
        NhsVaricose => "Varicose veins",
        NhsWater => "Water, drinks and your health",
        NhsWarfarin => "Warfarin",
        CdcClots => "Blood clots",
        DiabetesUkFeet => "Diabetes and your feet",
        Who2020Activity => "WHO guidelines on physical activity and sedentary behaviour (2020)",
        WhoSodium => "Sodium reduction",
        AhaSodium => "How much sodium should I eat per day?",
        AhaFish => "Fish and omega-3 fatty acids",
        NasemWater => "Dietary reference intakes for water, potassium, sodium, chloride, and sulfate",
        LengFowkes1992 => "The Edinburgh Claudication Questionnaire (Leng & Fowkes, 1992)",
        Rabe2020 => "Risks and contraindications of medical compression treatment \u{2013} a critical reappraisal (Rabe et al., 2020)",
        NiceNg19 => "Diabetic foot problems: prevention and management (NG19)",
        NiceNg106 => "Chronic heart failure in adults: diagnosis and management (NG106)",
        NhsCellulitis => "Cellulitis",
        NhsOedema => "Swollen ankles, feet and legs (oedema)",
        NhsPreeclampsia => "Pre-eclampsia",
        NiceCksThrombophlebitis => "Superficial thrombophlebitis (Clinical Knowledge Summary)",
    }
}

pub(super) fn claudication(_locale: Locale, c: Claudication) -> String {
    let grade = |g: u8| {
        if g >= 2 {
            "It comes on even at an ordinary pace on flat ground (grade 2)."
        } else {
            "It comes on when you walk uphill or hurry (grade 1)."
        }
    };
    let check = "It can come from narrowed leg arteries. A doctor can check with a simple, painless test that compares the blood pressure in your ankle and your arm.";
    match c {
        Claudication::NotAssessed | Claudication::NoWalkingPain => String::new(),
        Claudication::EasesWithRest => "You said your legs hurt when you walk and the pain goes within about 10 minutes of standing still. Pain that comes and goes like this can come from narrowed leg arteries, wherever you feel it. A doctor can check with a simple, painless test that compares the blood pressure in your ankle and your arm.".to_string(),
        Claudication::Negative => "Your answers about walking pain don't match the usual pattern of narrowed leg arteries. This quiz can't rule that out: if walking pain bothers you, a doctor can check.".to_string(),
        Claudication::Atypical { grade: g } => format!(
            "Your answers about walking pain match a pattern doctors call atypical claudication. {} {check}",
            grade(g)
        ),
        Claudication::Definite { grade: g } => format!(
            "Your answers about walking pain match a pattern doctors call intermittent claudication. {} {check}",
            grade(g)
        ),
    }
}

pub(super) fn venous_stage(_locale: Locale, s: VenousStage) -> &'static str {
    match s {
        VenousStage::None => "No vein changes reported",
        VenousStage::SpiderVeins => "Spider veins",
        VenousStage::BulgingVeins => "Bulging veins",
        VenousStage::Swelling => "Swelling",
        VenousStage::SkinChanges => "Skin changes near the ankle",
        VenousStage::HealedUlcer => "A healed leg ulcer",
    }
}

pub(super) fn factor(_locale: Locale, f: Factor) -> &'static str {
    match f {
        Factor::Smoking => "Smoking",
        Factor::LowActivity => "Less than 150 active minutes a week",
        Factor::Sitting => "Long hours sitting or standing still",
        Factor::Weight => "A BMI of 25 or more",
        Factor::Salt => "Salty food most days",
        Factor::Age => "Being 65 or older",
        Factor::FamilyHistory => "Family members with vein problems or clots",
        Factor::Pregnancy => "Pregnancy or a recent birth",
        Factor::PreviousClot => "A blood clot in the past",
    }
}

pub(super) fn symptom_score(_locale: Locale, score: u8) -> String {
    format!(
        "Your symptom score: {score} out of 15. It adds up heaviness, aching, feeling of swelling, throbbing and itching. Use it to see how things change over time. It is not a diagnosis."
    )
}

pub(super) fn bmi(_locale: Locale, t: u16) -> String {
    format!("Your BMI: {}", tenths(u64::from(t)))
}

static NOTICES: Notices = Notices {
    sponsorship: "This check runs on a shop that sells compression socks. It gives general wellness information, not medical advice.",
    doctor_talk: "Because of a health condition you told us about, talk to your doctor before you start compression or make big changes to what you eat or drink.",
    because: "Because you said:",
    sources: "Sources",
    ask_first: "Ask a clinician first",
    shop_link: "See compression socks in the shop",
    venous_picture: "This is a simple picture of how tired leg veins can show, from spider veins to skin changes. It helps us pick tips. It is not a diagnosis.",
    can_change: "Things you can change",
    cant_change: "Things you can't change",
    start: "Start the check",
    next: "Next",
    back: "Back",
    skip: "Skip",
    see_result: "See my result",
    start_again: "Start again",
};

pub(super) fn notices(_locale: Locale) -> &'static Notices {
    &NOTICES
}
