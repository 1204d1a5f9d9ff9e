//! One saved result and one unfinished quiz as JSON, both ways, for the
//! envelope (`codec`) and the visitor's copy (`export`): each field read
//! with its bounds (ids, versions, measurements in plausible ranges), and
//! only the answers on the visitor's path kept.

use engine::Map;

use super::envelope::{Measurements, SavedResult, Unfinished, MAX_ID_LEN};
use super::RawAnswers;
use crate::json::{object, Value};

/// Leaves only the answers on the path (`super::on_path`); true when some
/// were dropped.
pub(super) fn keep_on_path(content_version: u32, answers: &mut RawAnswers) -> bool {
    let kept = super::on_path(content_version, answers);
    let dropped = kept.len() != answers.len();
    *answers = kept;
    dropped
}

pub(super) fn valid_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_ID_LEN
}

pub(super) fn u64_of(o: &Map<Value>, key: &str) -> Option<u64> {
    o.get(key).and_then(Value::as_u64)
}

/// A content version: missing means "from before versions" (0).
fn version_of(o: &Map<Value>, key: &str) -> Option<u32> {
    match o.get(key) {
        None | Some(Value::Null) => Some(0),
        Some(v) => v.as_u64().and_then(|v| u32::try_from(v).ok()),
    }
}

fn answers_of(o: &Map<Value>) -> Option<RawAnswers> {
    match o.get("answers") {
        Some(Value::Object(m)) => Some(m.clone()),
        None | Some(Value::Null) => Some(RawAnswers::new()),
        Some(_) => None,
    }
}

pub(super) fn progress_from(
    o: &Map<Value>,
    version_key: &str,
    updated: Option<u64>,
) -> Option<Unfinished> {
    let at = match o.get("at") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.len() <= MAX_ID_LEN => Some(s.clone()),
        Some(_) => return None,
    };
    Some(Unfinished {
        content_version: version_of(o, version_key)?,
        answers: answers_of(o)?,
        at,
        updated: updated.unwrap_or(0),
    })
}

/// One saved result, or `None` when it is not one.
pub(super) fn result_from(item: &Value) -> Option<SavedResult> {
    let o = item.as_object()?;
    let id = o.get("id")?.as_str().filter(|s| valid_id(s))?.to_owned();
    Some(SavedResult {
        id,
        saved_at: u64_of(o, "saved_at")?,
        content_version: version_of(o, "content_version")?,
        answers: match o.get("answers") {
            Some(Value::Object(m)) => m.clone(),
            _ => return None,
        },
        measurements: match o.get("measurements") {
            None | Some(Value::Null) => None,
            Some(m) => Some(measurements_from(m)?),
        },
    })
}

/// Measurements in their plausible ranges (the size finder's own), or
/// `None`, which makes the whole result unreadable: a planted number is
/// never shown as someone's leg.
fn measurements_from(v: &Value) -> Option<Measurements> {
    let o = v.as_object()?;
    let mm = |key, range: std::ops::RangeInclusive<u32>| {
        u64_of(o, key)
            .and_then(|n| u32::try_from(n).ok())
            .filter(|n| range.contains(n))
    };
    Some(Measurements {
        // Missing before the time was recorded: older than any that has one.
        at: match o.get("at") {
            None | Some(Value::Null) => 0,
            Some(t) => t.as_u64()?,
        },
        ankle_mm: mm("ankle_mm", crate::catalogue::ANKLE_MM)?,
        calf_mm: mm("calf_mm", crate::catalogue::CALF_MM)?,
    })
}

fn result_value(r: &SavedResult) -> Value {
    let mut fields = vec![
        ("id", r.id.as_str().into()),
        ("saved_at", r.saved_at.into()),
        ("content_version", r.content_version.into()),
        ("answers", Value::Object(r.answers.clone())),
    ];
    if let Some(m) = r.measurements {
        fields.push((
            "measurements",
            object([
                ("ankle_mm", m.ankle_mm.into()),
                ("calf_mm", m.calf_mm.into()),
                ("at", m.at.into()),
            ]),
        ));
    }
    object(fields)
}

/// The results as a JSON array.
pub(super) fn results_value(results: &[SavedResult]) -> Value {
    Value::Array(results.iter().map(result_value).collect())
}
