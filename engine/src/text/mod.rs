//! User-facing text: the only place content sentences live. en-US and en-GB
//! share the English in `en`; only units, numbers and services differ, kept
//! in a small per-locale table there. A new language is a new sibling module.

mod en;

use crate::advice::Recommendation;
use crate::claudication::Claudication;
use crate::compute::{Factor, VenousStage};
use crate::flow::Progress;
use crate::locale::Locale;
use crate::questions::Module;
use crate::reason::Reason;
use crate::sources::SourceId;
use crate::triage::Level;

/// The words of one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionText {
    /// The question itself.
    pub title: &'static str,
    /// A short hint under it, if any.
    pub help: Option<&'static str>,
    /// A few words naming the topic, used in reasons.
    pub topic: &'static str,
    /// Labels keyed by option, item, row or rating-value ("0"-"3") id;
    /// for `Body`, keyed "height" and "weight".
    pub labels: &'static [(&'static str, &'static str)],
}

impl QuestionText {
    /// The label for an option, item or row id.
    pub fn label(&self, id: &str) -> Option<&'static str> {
        self.labels.iter().find(|(k, _)| *k == id).map(|(_, v)| *v)
    }
}

/// The banner for a triage level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LevelText {
    /// Short heading, e.g. "Call 911 now".
    pub heading: String,
    /// What to do.
    pub action: String,
    /// One more line (what we will and won't show, or when to seek help).
    pub detail: &'static str,
}

/// The words of one recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecText {
    /// Title (differs when the tip is gated).
    pub title: &'static str,
    /// Paragraphs or bullet points.
    pub body: Vec<String>,
}

/// Fixed lines the result and the quiz chrome need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Notices {
    /// The sponsorship and "not medical advice" line.
    pub sponsorship: &'static str,
    /// The under-18 ending.
    pub not_for_you: &'static str,
    /// The underlying-condition note.
    pub doctor_talk: &'static str,
    /// Heading before reasons.
    pub because: &'static str,
    /// Heading before sources.
    pub sources: &'static str,
    /// Badge for a gated tip.
    pub ask_first: &'static str,
    /// The shop link's label (compression, when allowed).
    pub shop_link: &'static str,
    /// What the venous picture is and is not.
    pub venous_picture: &'static str,
    /// Heading for changeable risk factors.
    pub can_change: &'static str,
    /// Heading for fixed risk factors.
    pub cant_change: &'static str,
    /// Buttons.
    pub start: &'static str,
    /// Buttons.
    pub next: &'static str,
    /// Buttons.
    pub back: &'static str,
    /// Buttons.
    pub skip: &'static str,
    /// Buttons.
    pub see_result: &'static str,
    /// Buttons.
    pub start_again: &'static str,
}

/// Unit symbols for a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnitSymbols {
    /// "ft".
    pub ft: &'static str,
    /// "in".
    pub inch: &'static str,
    /// "cm".
    pub cm: &'static str,
    /// "lb".
    pub lb: &'static str,
    /// "kg".
    pub kg: &'static str,
    /// "fl oz".
    pub fl_oz: &'static str,
    /// "ml".
    pub ml: &'static str,
    /// "liters" or "litres".
    pub litres: &'static str,
}

/// The words of a question, or `None` for an unknown id.
pub fn question(locale: Locale, id: &str) -> Option<QuestionText> {
    en::question(locale, id)
}

/// A module's section heading.
pub fn module(locale: Locale, m: Module) -> &'static str {
    en::module(locale, m)
}

/// "About N questions left".
pub fn progress(locale: Locale, p: Progress) -> String {
    en::progress(locale, p)
}

/// The banner for a level, with the locale's emergency number and service.
pub fn level(locale: Locale, level: Level) -> LevelText {
    en::level(locale, level)
}

/// First-aid lines to show with the emergency banner for these reasons
/// (e.g. pressing on a bleeding vein while waiting).
pub fn first_aid(locale: Locale, reasons: &[Reason]) -> Vec<&'static str> {
    en::first_aid(locale, reasons)
}

/// "You said …" for one reason.
pub fn reason(locale: Locale, r: &Reason) -> String {
    en::reason(locale, r)
}

/// Title and body of a recommendation.
pub fn recommendation(locale: Locale, rec: &Recommendation) -> RecText {
    en::recommendation(locale, rec)
}

/// A source's title.
pub fn source_title(locale: Locale, id: SourceId) -> &'static str {
    en::source_title(locale, id)
}

/// The walking-pain screen in plain words (never a diagnosis; a negative
/// screen never says the arteries are fine). Empty when not assessed.
pub fn claudication(locale: Locale, c: Claudication) -> String {
    en::claudication(locale, c)
}

/// A venous stage in a few words.
pub fn venous_stage(locale: Locale, s: VenousStage) -> &'static str {
    en::venous_stage(locale, s)
}

/// A risk factor in a few words.
pub fn factor(locale: Locale, f: Factor) -> &'static str {
    en::factor(locale, f)
}

/// The symptom score line, e.g. "Your symptom score: 6 out of 15 …".
pub fn symptom_score(locale: Locale, score: u8) -> String {
    en::symptom_score(locale, score)
}

/// The BMI line, e.g. "Your BMI: 31.2".
pub fn bmi(locale: Locale, tenths: u16) -> String {
    en::bmi(locale, tenths)
}

/// Fixed lines.
pub fn notices(locale: Locale) -> &'static Notices {
    en::notices(locale)
}

/// Unit symbols.
pub fn unit_symbols(locale: Locale) -> &'static UnitSymbols {
    &en::table(locale).units
}

/// An unsigned integer with thousands separators, e.g. "2,300".
pub fn group(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
