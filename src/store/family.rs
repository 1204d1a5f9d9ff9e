//! Which localStorage keys this widget family wrote on the origin, for
//! "Erase everything": every widget's envelope (`<key>:v1`, `<key>~N:v1`),
//! its backup slot (`<key>:backup`) and older builds' backups
//! (`<key>:backup:<ms>`). Pure (names and values in, names out), so the
//! rule is tested natively (`tests/erase.rs`).
//!
//! A key is ours when its name has our shape AND one of these holds: its
//! storage key is the default `circulation-check` (or `~N` of it); a widget
//! on this page claimed it; or its `<key>:v1` holds our envelope. A shop's
//! own `cart:v1` or `cart:backup` has our name shape but none of these, so
//! it is never touched.

use crate::json::{self, Value};

/// The storage key every widget uses unless `data-storage-key` says
/// otherwise (`Config::storage_key`'s default).
pub const DEFAULT_KEY: &str = "circulation-check";

/// The storage key (`name` or `name~N`) a localStorage key belongs to, if
/// the key has one of our shapes.
fn stem(key: &str) -> Option<&str> {
    let (stem, rest) = key.split_once(':')?;
    let ms = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let suffix_ok = match rest.split_once(':') {
        None => rest == "v1" || rest == "backup",
        Some(("backup", t)) => ms(t),
        Some(_) => false,
    };
    let (name, n) = match stem.split_once('~') {
        Some((name, n)) => (name, Some(n)),
        None => (stem, None),
    };
    // `data-storage-key`'s own rule: up to 64 letters, digits, `-_.`.
    let name_ok = (1..=64).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    (suffix_ok && name_ok && n.is_none_or(ms)).then_some(stem)
}

/// The storage key without its `~N`.
fn base(stem: &str) -> &str {
    stem.split_once('~').map_or(stem, |(b, _)| b)
}

/// Whether a stored text is our envelope (`{"v":n,"results":[..]}`, as
/// every version writes it) or the bare answers of the first builds
/// (`{"version":n,"answers":{..}}` and nothing else).
pub fn is_envelope(text: &str) -> bool {
    let Some(Value::Object(top)) = json::parse(text) else {
        return false;
    };
    let enveloped = top.get("v").and_then(Value::as_u64).is_some()
        && matches!(top.get("results"), Some(Value::Array(_)));
    let bare = matches!(top.get("answers"), Some(Value::Object(_)))
        && top.keys().all(|k| k == "answers" || k == "version");
    enveloped || bare
}

/// The keys among `keys` that this widget family wrote: `value` reads a
/// key's stored text, `claimed` are the storage keys of the widgets on
/// this page.
pub fn family(
    keys: &[String],
    value: impl Fn(&str) -> Option<String>,
    claimed: &[String],
) -> Vec<String> {
    let ours_stem = |stem: &str| {
        base(stem) == DEFAULT_KEY
            || claimed.iter().any(|c| c == stem)
            || value(&format!("{stem}:v1")).is_some_and(|t| is_envelope(&t))
    };
    keys.iter()
        .filter(|k| stem(k).is_some_and(ours_stem))
        .cloned()
        .collect()
}
