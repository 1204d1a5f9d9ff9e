//! Saved progress and results as plain data: the versioned envelope kept on
//! the device (`envelope`), its stored text (`codec`), the merge rule that
//! keeps two tabs from losing each other's results (`merge`), the visitor's
//! own copy as a code or file (`export`), and reading old answers with
//! today's questions (here). Pure (no web calls), so all of it is tested
//! natively (`tests/saved.rs`); `store` is the edge that reads and writes it.
//!
//! On the device (one JSON object per storage key):
//!
//! ```json
//! {"v":2,
//!  "progress":{"content_version":2,"answers":{..},"at":"q_id","updated":1764000000000},
//!  "results":[{"id":"19ab3c-4f2e","saved_at":1764000000000,"content_version":2,"answers":{..},
//!              "measurements":{"ankle_mm":220,"calf_mm":360}}],
//!  "deleted":["19aa00-0001"]}
//! ```
//!
//! Results keep the raw ANSWERS, never outcomes: the engine is
//! deterministic, so the outcome is recomputed when a result is opened, and
//! an answer the current questions cannot read is kept verbatim (and named)
//! rather than lost. Only answers on the visitor's path are kept
//! (`on_path`): one to a question a later answer hid is dropped when saved,
//! read, exported or sent.

mod answer;
mod codec;
mod envelope;
mod export;
mod merge;
mod record;

pub use answer::{answer_of, answer_value};
pub use codec::{decode, encode, Decoded, ENVELOPE_VERSION};
pub use envelope::{
    result_id, Chosen, Envelope, Imported, Language, Measurements, SavedResult, Unfinished,
    MAX_ID_LEN, MAX_RESULTS, MAX_TOMBSTONES,
};
pub use export::{
    base64url, code_for, export_code, export_file, import, unbase64url, ImportError, CODE_PREFIX,
    MAX_IMPORT_BYTES,
};
pub use merge::merge;

use engine::{evaluate, Answers, Locale, Map, Outcome, CONTENT_VERSION};

use crate::json::Value;

/// Answers as saved: raw JSON per question id, kept verbatim so an answer
/// the current questions cannot read is never thrown away.
pub type RawAnswers = Map<Value>;

/// Answers of a saved result, made readable for today's questions.
#[derive(Clone, Debug, PartialEq)]
pub struct Migrated {
    pub answers: Answers,
    /// Question ids whose answers could not be carried over, sorted.
    pub not_migrated: Vec<String>,
}

/// The raw form of typed answers.
pub fn raw(answers: &Answers) -> RawAnswers {
    let mut out = RawAnswers::new();
    for (id, a) in answers.iter() {
        out.insert(id.to_owned(), answer_value(a));
    }
    out
}

/// Reads saved answers through the engine's migration. Each answer is
/// migrated on its own, so one the current questions cannot take is named
/// (by question id) instead of silently dropped, even if a later content
/// version renames ids.
pub fn migrate(content_version: u32, raw: &RawAnswers) -> Migrated {
    let mut typed = Map::new();
    let mut not_migrated = Vec::new();
    for (id, value) in raw {
        let one = answer_of(value)
            .map(|a| Answers::migrate(content_version, Map::from([(id.clone(), a)])))
            .filter(|m| !m.is_empty());
        match one {
            Some(m) => {
                for (k, a) in m.iter() {
                    typed.insert(k.to_owned(), a.clone());
                }
            }
            None => not_migrated.push(id.clone()),
        }
    }
    Migrated {
        answers: Answers::migrate(CONTENT_VERSION, typed),
        not_migrated,
    }
}

/// The answers on the visitor's path: those to questions the answers
/// themselves show (a follow-up whose branch was closed by a later change
/// is left out, as `engine::visible_answers` does), plus those today's
/// questions cannot read (kept verbatim, see `migrate`). What is saved,
/// exported and sent goes through here, so an answer the visitor took back
/// by changing an earlier one is never kept on the device or handed on.
/// Answers from a newer question bank are kept whole: its branching is not
/// known here.
pub fn on_path(content_version: u32, raw: &RawAnswers) -> RawAnswers {
    if content_version > CONTENT_VERSION {
        return raw.clone();
    }
    let m = migrate(content_version, raw);
    let shown = engine::visible_answers(&m.answers);
    raw.iter()
        .filter(|(id, _)| shown.get(id).is_some() || m.not_migrated.binary_search(*id).is_ok())
        .map(|(id, v)| (id.clone(), v.clone()))
        .collect()
}

/// A saved result made whole again: today's reading of its answers, what
/// could not be read, and the outcome recomputed by the engine.
pub fn open(result: &SavedResult, locale: Locale) -> (Migrated, Outcome) {
    let migrated = migrate(result.content_version, &result.answers);
    let outcome = evaluate(&migrated.answers, locale);
    (migrated, outcome)
}

/// Symptom score of a saved result, recomputed.
pub fn score(result: &SavedResult) -> Option<u8> {
    let answers = migrate(result.content_version, &result.answers).answers;
    engine::symptom_score(&engine::visible_answers(&answers))
}
