//! Readers for one catalogue field each: a JSON value in, the typed field
//! or the reason it was refused (a short phrase the warning shows after the
//! field's place). Each is bounded and never panics, whatever the value.

use super::{CalfFit, Length, Range, Toe, Use};
use crate::json::Value;
use crate::url::{valid_shop_url, MAX_URL_LEN};

/// A field's value, or why it was refused.
pub(super) type Field<T> = Result<T, &'static str>;

/// Longest text shown (names, prices, labels, advice), in characters.
pub const MAX_TEXT_CHARS: usize = 200;
/// Longest product id, in characters.
pub const MAX_ID_CHARS: usize = 64;
/// Most uses one product lists.
pub const MAX_USES: usize = 12;

/// Plain text: a string, trimmed, not empty, at most `MAX_TEXT_CHARS`
/// characters, without control characters (text is only ever shown as
/// text, never as HTML, so markup in it is harmless and kept as typed).
pub(super) fn text(v: &Value) -> Field<String> {
    let s = v.as_str().ok_or("must be text")?.trim();
    if s.is_empty() {
        return Err("is empty");
    }
    // Counting stops at the limit: a long string costs no more than that.
    if s.chars().nth(MAX_TEXT_CHARS).is_some() {
        return Err("is longer than 200 characters");
    }
    if s.chars().any(char::is_control) {
        return Err("must be plain text without control characters");
    }
    Ok(s.to_owned())
}

/// The shop's id for a product: what events and the UI key it by.
pub(super) fn id(v: &Value) -> Field<String> {
    let s = v.as_str().ok_or("must be text")?;
    let ok = !s.is_empty()
        && s.len() <= MAX_ID_CHARS
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    ok.then(|| s.to_owned())
        .ok_or("use up to 64 letters, digits, - _ .")
}

/// A link: exactly the rules of `data-shop-url`.
pub(super) fn url(v: &Value) -> Field<String> {
    let s = v.as_str().ok_or("must be text")?.trim();
    if s.len() > MAX_URL_LEN {
        return Err("is longer than 2 KB");
    }
    valid_shop_url(s)
        .then(|| s.to_owned())
        .ok_or("use an http(s) URL or a path starting with /")
}

/// The labelled pressure, `[from, to]` in whole mmHg from 1 to 100.
pub(super) fn mmhg(v: &Value) -> Field<Range> {
    const HOW: &str = "use [from, to] in whole mmHg from 1 to 100, such as [15, 20]";
    let [from, to] = pair(v, HOW)?.map(|n| n.as_u64().filter(|n| (1..=100).contains(n)));
    match (from, to) {
        (Some(from), Some(to)) if from <= to => Ok(Range {
            from: from as u32,
            to: to as u32,
        }),
        (Some(_), Some(_)) => Err("from is above to"),
        _ => Err(HOW),
    }
}

/// A size range, `[from, to]` in centimetres with at most one decimal,
/// inside `bounds` (mm), into millimetres.
pub(super) fn cm_range(v: &Value, bounds: Range, outside: &'static str) -> Field<Range> {
    const HOW: &str = "use [from, to] in centimetres with at most one decimal, such as [19, 22.5]";
    let [from, to] = pair(v, HOW)?.map(mm_of_cm);
    let (Some(from), Some(to)) = (from, to) else {
        return Err(HOW);
    };
    if !(bounds.contains(from) && bounds.contains(to)) {
        return Err(outside);
    }
    if from > to {
        return Err("from is above to");
    }
    Ok(Range { from, to })
}

/// The two items of a `[from, to]` list.
fn pair<'a>(v: &'a Value, how: &'static str) -> Field<[&'a Value; 2]> {
    match v {
        Value::Array(items) if items.len() == 2 => Ok([&items[0], &items[1]]),
        _ => Err(how),
    }
}

/// "22" or "22.5" (centimetres) into millimetres; anything else (signs,
/// exponents, two decimals, more than three whole digits) is `None`.
fn mm_of_cm(v: &Value) -> Option<u32> {
    let Value::Number(n) = v else { return None };
    let (whole, tenth) = match n.split_once('.') {
        Some((w, t)) if t.len() == 1 => (w, t),
        Some(_) => return None,
        None => (n.as_str(), "0"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(whole) && digits(tenth)) {
        return None;
    }
    Some(whole.parse::<u32>().ok()? * 10 + tenth.parse::<u32>().ok()?)
}

pub(super) fn length(v: &Value) -> Field<Length> {
    match v.as_str() {
        Some("knee-high") => Ok(Length::KneeHigh),
        Some("thigh-high") => Ok(Length::ThighHigh),
        Some("tights") => Ok(Length::Tights),
        Some("sleeve") => Ok(Length::Sleeve),
        _ => Err("use knee-high, thigh-high, tights or sleeve"),
    }
}

pub(super) fn calf(v: &Value) -> Field<CalfFit> {
    match v.as_str() {
        Some("standard") => Ok(CalfFit::Standard),
        Some("wide") => Ok(CalfFit::Wide),
        _ => Err("use standard or wide"),
    }
}

pub(super) fn toe(v: &Value) -> Field<Toe> {
    match v.as_str() {
        Some("closed") => Ok(Toe::Closed),
        Some("open") => Ok(Toe::Open),
        _ => Err("use open or closed"),
    }
}

/// A non-empty list of at most `MAX_USES` words; each use once, in the
/// shop's order; words are read in lowercase ("Travel" is travel).
pub(super) fn uses(v: &Value) -> Field<Vec<Use>> {
    let Value::Array(items) = v else {
        return Err("must be a list of words, such as [\"everyday\", \"travel\"]");
    };
    if items.is_empty() {
        return Err("must name at least one use");
    }
    if items.len() > MAX_USES {
        return Err("lists more than 12 uses");
    }
    let mut out: Vec<Use> = Vec::new();
    for item in items {
        let word = text(item).map_err(|_| "must be a list of short words")?;
        let u = Use::from_word(&word.to_ascii_lowercase());
        if !out.contains(&u) {
            out.push(u);
        }
    }
    Ok(out)
}
