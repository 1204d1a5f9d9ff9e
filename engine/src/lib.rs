//! The pure quiz engine of Circulation Check: question bank, flow, triage,
//! the Edinburgh Claudication Questionnaire, gates, recommendations, computed
//! values and all user-facing text.
//!
//! It imports no web or UI crate and does no I/O (a test reads these sources
//! and fails if it does); the same answers always give the same outcome.
//! Numbers are integers throughout (mm, grams, tenths, ml, fl oz) so output
//! is exact and float formatting never ships in the wasm.
//!
//! Typical use by a UI:
//! ```
//! use circulation_engine::{evaluate, first, next, Answer, Answers, Locale, Step};
//! let mut answers = Answers::new();
//! let q = first();
//! answers.set(q, Answer::Choices(vec!["none".into()])).unwrap();
//! assert_eq!(next(&answers, Some(q)), Step::Ask("a_limb"));
//! let outcome = evaluate(&answers, Locale::EnGb);
//! assert!(outcome.recommendations.is_empty());
//! ```
//!
//! Decisions on unclear or unsafe points are listed in `DECISIONS.md`.

mod advice;
mod answers;
mod claudication;
mod compute;
mod flow;
mod locale;
mod map;
mod outcome;
mod questions;
mod reason;
pub mod rules;
mod sort;
mod sources;
pub mod text;
mod triage;
pub mod units;

pub use advice::{Detail, RecId, Recommendation, Status};
pub use answers::{Answer, AnswerError, Answers};
pub use claudication::{claudication, Claudication};
pub use compute::{
    bmi_tenths, risk_factors, symptom_score, venous_picture, water, Factor, RiskFactors,
    RuleOfThumb, VenousStage, Volume, Water, WaterFor,
};
pub use flow::{
    ending, first, next, previous, progress, resume, visible, visible_answers, Progress, Step,
};
pub use locale::{HeightUnit, Language, Locale, Units, VolumeUnit, WeightUnit};
pub use map::Map;
pub use outcome::{evaluate, level_sources, reason_sources, On, Outcome, REASON_SOURCES};
pub use questions::{
    ids, index_of, item, opt, opts, question, questions, row_opt, Item, Kind, Module, Opt,
    Question, Row, RowOpt, When, ALL_RATED, RATING_VALUES, VVSYMQ,
};
pub use reason::{Reason, Said};
#[cfg(feature = "review")]
pub use rules::rule;
pub use rules::{
    compression_tip, pick_products, product_allowed, rules, Cond, Effect, Length, Need, Note, Pick,
    Pred, ProductFacts, ProductRule, Rule, Use, MAX_MATCHES, MAX_MMHG,
};
pub use sort::stable_sort_by;
pub use sources::{Source, SourceId};
pub use triage::{triage, Level, Triage, Urgency};

/// The version of the question bank and rules. Saved answers carry it; bump
/// it when a question id, option id or meaning changes, and teach
/// `Answers::migrate` the mapping. Version 2 is the brief's Revision 2.
pub const CONTENT_VERSION: u32 = 2;
