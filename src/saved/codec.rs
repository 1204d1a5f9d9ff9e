//! The stored text of an envelope: a decoder that never
//! panics, keeps every readable part, says whether anything was unreadable,
//! and bounds what a planted text can do (timestamps from the future,
//! thousands of results, a newer widget's format); and the encoder.

use super::envelope::{
    compact_tombstones, Chosen, Envelope, Language, MAX_RESULTS, MAX_TOMBSTONES,
};
use super::merge::merge_results;
use super::record::{keep_on_path, progress_from, result_from, results_value, u64_of, valid_id};
use crate::json::{self, object, Value};

/// The envelope's own version (its shape), apart from the question bank's
/// `CONTENT_VERSION` that each set of answers carries.
/// Version 2 added a result's size-finder measurements; version 1 data
/// reads as results without them. Their time (`at`) came later within
/// version 2: older builds ignore it, and data without it reads as time 0,
/// so no version bump was needed.
pub const ENVELOPE_VERSION: u64 = 2;

/// How far past "now" a saved time may be: clocks differ a little between
/// devices; a time further ahead would win every merge forever.
const MAX_AHEAD_MS: u64 = 24 * 60 * 60 * 1000;

/// What `decode` made of a stored text.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// Everything readable.
    pub envelope: Envelope,
    /// False when some or all of the text could not be read as it was: the
    /// caller must keep the original text aside before writing over it.
    pub intact: bool,
    /// Written by a newer widget (a higher envelope version): an older
    /// widget reads what it can but must never write over it.
    pub newer: bool,
    /// Answers off the visitor's path (saved by an earlier build) were left
    /// out: nothing is lost that was the visitor's, but the stored text
    /// should be written again without them.
    pub pruned: bool,
}

/// Reads a stored text at time `now` (ms since the epoch). Never panics;
/// tolerates unknown fields; keeps every readable part; times later than a
/// day past `now` are brought back to `now`; more than `MAX_RESULTS`
/// results keep the newest. Anything changed on the way is reported as not
/// intact.
pub fn decode(text: &str, now: u64) -> Decoded {
    let mut intact = true;
    let mut newer = false;
    let mut pruned = false;
    let mut envelope = Envelope::default();
    let done = |mut envelope: Envelope, intact, newer, pruned: bool| {
        let mut pruned = pruned;
        if let Some(p) = &mut envelope.progress {
            pruned |= keep_on_path(p.content_version, &mut p.answers);
        }
        Decoded {
            envelope,
            intact,
            newer,
            pruned,
        }
    };
    if text.trim().is_empty() {
        return done(envelope, true, false, false);
    }
    let Some(Value::Object(top)) = json::parse(text) else {
        return done(envelope, false, false, false);
    };
    let latest = now.saturating_add(MAX_AHEAD_MS);
    // A time from the future would win every merge: brought back to now.
    let clamp = |t: u64, intact: &mut bool| {
        if t > latest {
            *intact = false;
            now
        } else {
            t
        }
    };
    match top.get("v").map(Value::as_u64) {
        Some(Some(v)) if v <= ENVELOPE_VERSION => {}
        Some(Some(_)) => {
            // Read what we can; the caller keeps it read-only.
            newer = true;
            intact = false;
        }
        Some(None) => intact = false,
        None => {
            // Version 0, before the envelope: the bare `Answers` shape
            // `{"version":n,"answers":{..}}` of an unfinished quiz. Anything
            // else without a "v" is not ours to read, so it is kept aside.
            let progress = match top.get("answers") {
                Some(Value::Object(_)) => progress_from(&top, "version", Some(0)),
                _ => None,
            };
            let intact = progress.is_some();
            envelope.progress = progress;
            return done(envelope, intact, false, false);
        }
    }
    match top.get("progress") {
        None | Some(Value::Null) => {}
        Some(Value::Object(p)) => {
            let updated = u64_of(p, "updated").map(|t| clamp(t, &mut intact));
            match progress_from(p, "content_version", updated) {
                Some(p) => envelope.progress = Some(p),
                None => intact = false,
            }
        }
        Some(_) => intact = false,
    }
    match top.get("language") {
        None | Some(Value::Null) => {}
        Some(Value::Object(l)) => {
            let language = l
                .get("lang")
                .and_then(Value::as_str)
                .and_then(Language::from_tag);
            match (language, u64_of(l, "at")) {
                (Some(language), Some(at)) => {
                    let at = clamp(at, &mut intact);
                    envelope.language = Some(Chosen { language, at });
                }
                // A language this build does not know (a newer widget's):
                // the page's language stands.
                _ => intact = false,
            }
        }
        Some(_) => intact = false,
    }
    match top.get("deleted") {
        None | Some(Value::Null) => {}
        Some(Value::Array(ids)) => {
            for id in ids {
                match id.as_str().filter(|s| valid_id(s)) {
                    Some(s) => {
                        envelope.deleted.insert(s.to_owned(), ());
                    }
                    None => intact = false,
                }
            }
        }
        Some(_) => intact = false,
    }
    match top.get("results") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            let mut results = Vec::with_capacity(items.len().min(MAX_RESULTS * 2));
            for item in items {
                match result_from(item) {
                    Some(mut r) => {
                        r.saved_at = clamp(r.saved_at, &mut intact);
                        if let Some(m) = &mut r.measurements {
                            m.at = clamp(m.at, &mut intact);
                        }
                        results.push(r);
                    }
                    None => intact = false,
                }
            }
            // One per id (the same rule as a merge), minus the deletions.
            envelope.results = merge_results(results, &envelope.deleted);
        }
        Some(_) => intact = false,
    }
    if envelope.results.len() > MAX_RESULTS || envelope.deleted.len() > MAX_TOMBSTONES {
        // Planted, or from elsewhere: the newest are kept, the text aside.
        intact = false;
        let extra = envelope.results.len().saturating_sub(MAX_RESULTS);
        envelope.results.drain(..extra);
        compact_tombstones(&mut envelope.deleted);
    }
    // Only the results kept are read against today's questions, so planted
    // thousands cost one pass over `MAX_RESULTS`.
    for r in &mut envelope.results {
        pruned |= keep_on_path(r.content_version, &mut r.answers);
    }
    done(envelope, intact, newer, pruned)
}

/// The stored text of an envelope (compact JSON).
pub fn encode(e: &Envelope) -> String {
    let mut fields = vec![
        ("v", ENVELOPE_VERSION.into()),
        ("results", results_value(&e.results)),
    ];
    if let Some(p) = &e.progress {
        let progress = object([
            ("content_version", p.content_version.into()),
            ("answers", Value::Object(p.answers.clone())),
            ("at", p.at.clone().map_or(Value::Null, Value::from)),
            ("updated", p.updated.into()),
        ]);
        fields.push(("progress", progress));
    }
    if let Some(c) = &e.language {
        let language = object([("lang", c.language.tag().into()), ("at", c.at.into())]);
        fields.push(("language", language));
    }
    if !e.deleted.is_empty() {
        let ids = e
            .deleted
            .keys()
            .map(|id| Value::from(id.as_str()))
            .collect();
        fields.push(("deleted", Value::Array(ids)));
    }
    object(fields).to_json()
}
