//! The two-tab merge: a join of two envelopes, so tabs that keep merging
//! converge on the same envelope whatever the order, and no finished result
//! is dropped unless it was deleted (or, past `MAX_RESULTS`, it is the
//! oldest). O(n log n): sorts, then one pass, never a search per result.

use std::cmp::Ordering;

use engine::{stable_sort_by, Map};

use super::envelope::{
    compact_tombstones, sort_results, Envelope, SavedResult, Unfinished, MAX_RESULTS,
};
use crate::json;

/// A total order on results with the same id, so both tabs keep the same
/// one. The answers' text is only built when time and version tie.
fn cmp_same_id(a: &SavedResult, b: &SavedResult) -> Ordering {
    (a.saved_at, a.content_version)
        .cmp(&(b.saved_at, b.content_version))
        .then_with(|| json::object_json(&a.answers).cmp(&json::object_json(&b.answers)))
        // The newest measurements win (a correction may be smaller); one
        // that measured wins over one that did not; equal times tie-break
        // on the figures, so both tabs still keep the same one.
        .then_with(|| measured(a).cmp(&measured(b)))
}

fn measured(r: &SavedResult) -> Option<(u64, u32, u32)> {
    r.measurements.map(|m| (m.at, m.ankle_mm, m.calf_mm))
}

/// One result per id (the greatest by `cmp_same_id`), none that is
/// deleted, oldest first.
pub(super) fn merge_results(mut all: Vec<SavedResult>, deleted: &Map<()>) -> Vec<SavedResult> {
    stable_sort_by(&mut all, |a, b| {
        a.id.cmp(&b.id).then_with(|| cmp_same_id(b, a))
    });
    // The first of each id is now its greatest.
    all.dedup_by(|later, first| later.id == first.id);
    all.retain(|r| !deleted.contains_key(&r.id));
    sort_results(&mut all);
    all
}

fn cmp_progress(a: &Unfinished, b: &Unfinished) -> Ordering {
    (a.updated, a.content_version)
        .cmp(&(b.updated, b.content_version))
        .then_with(|| json::object_json(&a.answers).cmp(&json::object_json(&b.answers)))
        .then_with(|| a.at.cmp(&b.at))
}

/// Joins two tabs' envelopes: every result from either (unless deleted in
/// either; past `MAX_RESULTS` the newest are kept), the newest deletions of
/// both, and the newest progress. Commutative, associative and idempotent
/// below the caps.
pub fn merge(a: &Envelope, b: &Envelope) -> Envelope {
    let mut deleted = a.deleted.clone();
    for id in b.deleted.keys() {
        deleted.insert(id.clone(), ());
    }
    compact_tombstones(&mut deleted);
    let all: Vec<SavedResult> = a.results.iter().chain(&b.results).cloned().collect();
    let mut results = merge_results(all, &deleted);
    let extra = results.len().saturating_sub(MAX_RESULTS);
    results.drain(..extra);
    let progress = match (&a.progress, &b.progress) {
        (Some(x), Some(y)) => Some(if cmp_progress(y, x).is_gt() { y } else { x }.clone()),
        (x, y) => x.clone().or_else(|| y.clone()),
    };
    // The newest pick wins; on a tie, either (they were made together).
    let language = match (a.language, b.language) {
        (Some(x), Some(y)) => Some(if y.at > x.at { y } else { x }),
        (x, y) => x.or(y),
    };
    Envelope {
        language,
        progress,
        results,
        deleted,
    }
}
