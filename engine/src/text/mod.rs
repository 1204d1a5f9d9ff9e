//! User-facing text: the only place content sentences live, and the only
//! place numbers are formatted for people. One module per language: `en`
//! (every English locale) and `es` (Spanish: es-US and es); within a
//! language only units, numbers and services differ, kept in a small
//! per-locale table there. Each function here picks the module by the
//! locale's `Language`, so both modules must have every function.
//!
//! Nothing else in the engine imports this module: it reads the engine's
//! results and turns them into words, so the engine's modules form no
//! import circle.

mod en;
#[cfg(feature = "es")]
mod es;
mod types;

pub use types::{group, LevelText, Notices, QuestionText, RecText, Under18Screen, UnitSymbols};

use crate::advice::Recommendation;
use crate::answers::Answer;
use crate::claudication::Claudication;
use crate::compute::{Factor, VenousStage};
use crate::flow::Progress;
use crate::locale::{HeightUnit, Language, Locale, WeightUnit};
use crate::outcome::Outcome;
use crate::questions::Kind;
use crate::questions::Module;
use crate::reason::Reason;
use crate::sources::SourceId;
use crate::triage::{Level, Urgency};
use crate::units::{height_fields, weight_field};

/// The function of the locale's language module.
macro_rules! by_lang {
    ($locale:expr, $f:ident) => {
        match $locale.language() {
            Language::En => en::$f,
            #[cfg(feature = "es")]
            Language::Es => es::$f,
        }
    };
}

fn by_lang_units(locale: Locale) -> &'static UnitSymbols {
    match locale.language() {
        Language::En => &en::table(locale).units,
        #[cfg(feature = "es")]
        Language::Es => &es::table(locale).units,
    }
}

/// The words of a question, or `None` for an unknown id.
pub fn question(locale: Locale, id: &str) -> Option<QuestionText> {
    by_lang!(locale, question)(locale, id)
}

/// A module's section heading.
pub fn module(locale: Locale, m: Module) -> &'static str {
    by_lang!(locale, module)(locale, m)
}

/// "About N questions left".
pub fn progress(locale: Locale, p: Progress) -> String {
    by_lang!(locale, progress)(locale, p)
}

/// The banner for a level, with the locale's emergency number and services;
/// `urgency` says where an urgent result sends the visitor.
pub fn level(locale: Locale, level: Level, urgency: Urgency) -> LevelText {
    by_lang!(locale, level)(locale, level, urgency)
}

/// The under-18 screen for an outcome: any urgent or see-soon action
/// first, then the kind "this check is for adults" note.
pub fn under_18_screen(locale: Locale, outcome: &Outcome) -> Under18Screen {
    let raised = outcome.level > Level::SelfCare;
    Under18Screen {
        banner: raised.then(|| level(locale, outcome.level, outcome.urgency)),
        adult_help: by_lang!(locale, adult_help)(locale, outcome.level),
        note: by_lang!(locale, under_18_note)(locale),
    }
}

/// First-aid lines to show with the emergency banner for these reasons
/// (e.g. pressing on a bleeding vein while waiting).
pub fn first_aid(locale: Locale, reasons: &[Reason]) -> Vec<&'static str> {
    by_lang!(locale, first_aid)(locale, reasons)
}

/// "You said …" for one reason.
pub fn reason(locale: Locale, r: &Reason) -> String {
    by_lang!(locale, reason)(locale, r)
}

/// Title and body of a recommendation.
pub fn recommendation(locale: Locale, rec: &Recommendation) -> RecText {
    by_lang!(locale, recommendation)(locale, rec)
}

/// A source's title.
pub fn source_title(locale: Locale, id: SourceId) -> &'static str {
    by_lang!(locale, source_title)(locale, id)
}

/// The walking-pain screen in plain words (never a diagnosis; a negative
/// screen never says the arteries are fine). Empty when not assessed.
pub fn claudication(locale: Locale, c: Claudication) -> String {
    by_lang!(locale, claudication)(locale, c)
}

/// A venous stage in a few words.
pub fn venous_stage(locale: Locale, s: VenousStage) -> &'static str {
    by_lang!(locale, venous_stage)(locale, s)
}

/// A risk factor in a few words.
pub fn factor(locale: Locale, f: Factor) -> &'static str {
    by_lang!(locale, factor)(locale, f)
}

/// The symptom score line, e.g. "Your symptom score: 6 out of 15 …".
pub fn symptom_score(locale: Locale, score: u8) -> String {
    by_lang!(locale, symptom_score)(locale, score)
}

/// The BMI line, e.g. "Your BMI: 31.2".
pub fn bmi(locale: Locale, tenths: u16) -> String {
    by_lang!(locale, bmi)(locale, tenths)
}

/// Fixed lines.
pub fn notices(locale: Locale) -> &'static Notices {
    by_lang!(locale, notices)(locale)
}

/// Unit symbols.
pub fn unit_symbols(locale: Locale) -> &'static UnitSymbols {
    by_lang_units(locale)
}

/// One answer in words, using the question's own labels, e.g. "Swelling,
/// Spider veins (tiny red, blue or purple lines)" or "Heaviness: Mild;
/// Aching: None" or "5 ft 6 in, 150 lb". Unknown ids are shown as they are.
pub fn answer(locale: Locale, question_id: &str, answer: &Answer) -> String {
    let q = crate::questions::question(question_id);
    let words = question(locale, question_id);
    let label = |id: &str| words.and_then(|w| w.label(id)).unwrap_or(id).to_owned();
    let pairs = |pairs: Vec<(&str, String)>| {
        let parts: Vec<String> = pairs
            .into_iter()
            .map(|(k, v)| format!("{}: {}", label(k), label(&v)))
            .collect();
        parts.join("; ")
    };
    match answer {
        Answer::Yes => label("yes"),
        Answer::No => label("no"),
        Answer::Unsure => label("unsure"),
        Answer::Choice(c) => label(c),
        Answer::Choices(list) => {
            let parts: Vec<String> = list.iter().map(|c| label(c)).collect();
            parts.join(", ")
        }
        // In the question's own order, not the map's.
        Answer::Ratings(map) => match q.map(|q| q.kind) {
            Some(Kind::Ratings { items }) => pairs(
                items
                    .iter()
                    .filter_map(|i| map.get(i).map(|v| (*i, v.to_string())))
                    .collect(),
            ),
            _ => String::new(),
        },
        Answer::Grid(map) => match q.map(|q| q.kind) {
            Some(Kind::Grid { rows }) => pairs(
                rows.iter()
                    .filter_map(|r| map.get(r.id).map(|v| (r.id, v.clone())))
                    .collect(),
            ),
            _ => String::new(),
        },
        Answer::Body {
            height_mm,
            weight_g,
        } => {
            let parts: Vec<String> = height_mm
                .map(|mm| height(locale, mm))
                .into_iter()
                .chain(weight_g.map(|g| weight(locale, g)))
                .collect();
            parts.join(", ")
        }
    }
}

/// A number written with a decimal point ("22.5", from the units
/// module), as the locale writes it: "22,5" in `es`, unchanged elsewhere.
pub fn decimal(locale: Locale, number: String) -> String {
    match locale.language() {
        Language::En => number,
        #[cfg(feature = "es")]
        Language::Es => es::comma(locale, number),
    }
}

/// A height for display, e.g. "5 ft 7 in" or "170 cm".
pub fn height(locale: Locale, mm: u32) -> String {
    let sym = unit_symbols(locale);
    let (a, b) = height_fields(locale, mm);
    match locale.units().height {
        HeightUnit::Cm => format!("{a} {}", sym.cm),
        HeightUnit::FeetInches => format!("{a} {} {b} {}", sym.ft, sym.inch),
    }
}

/// A weight for display, e.g. "154 lb" or "70.5 kg" ("70,5 kg" in es).
pub fn weight(locale: Locale, g: u32) -> String {
    let sym = unit_symbols(locale);
    let unit = match locale.units().weight {
        WeightUnit::Lb => sym.lb,
        WeightUnit::Kg => sym.kg,
    };
    format!("{} {unit}", decimal(locale, weight_field(locale, g)))
}
