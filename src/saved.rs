//! Saved progress and results as plain data: the versioned envelope kept on
//! the device, a decoder that never panics, migration of old answers, the
//! merge rule that keeps two tabs from losing each other's results, and the
//! export code and file. Pure (no web calls), so all of it is tested natively
//! (`tests/saved.rs`); `store` is the edge that reads and writes it.
//!
//! On the device (one JSON object per storage key):
//!
//! ```json
//! {"v":1,
//!  "progress":{"content_version":1,"answers":{..},"at":"q_id","updated":1764000000000},
//!  "results":[{"id":"19ab3c-4f2e","saved_at":1764000000000,"content_version":1,"answers":{..}}],
//!  "deleted":["19aa00-0001"]}
//! ```
//!
//! Results keep the raw ANSWERS, never outcomes: the engine is
//! deterministic, so the outcome is recomputed when a result is opened, and
//! an answer the current questions cannot read is kept verbatim (and named)
//! rather than lost.

use engine::{evaluate, Answer, Answers, Locale, Map, Outcome, CONTENT_VERSION};

use crate::json::{self, object, Value};

/// The envelope's own version (its shape), apart from the question bank's
/// `CONTENT_VERSION` that each set of answers carries.
pub const ENVELOPE_VERSION: u64 = 1;

/// Prefix of an export code; the digit is the code format's version.
pub const CODE_PREFIX: &str = "CC1.";

/// Longest result id accepted; ids are generated short, this bounds hostile data.
const MAX_ID_LEN: usize = 64;

/// Answers as saved: raw JSON per question id, kept verbatim so an answer
/// the current questions cannot read is never thrown away.
pub type RawAnswers = Map<Value>;

/// An unfinished quiz. Clearing it (a finished quiz, "Start over") is a
/// progress with no answers and a new `updated`, so the clearing wins the
/// merge against an older copy in another tab.
#[derive(Clone, Debug, PartialEq)]
pub struct Progress {
    pub content_version: u32,
    pub answers: RawAnswers,
    /// The question showing when it was saved.
    pub at: Option<String>,
    /// Milliseconds since the epoch; the newest progress wins a merge.
    pub updated: u64,
}

/// One finished quiz.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedResult {
    /// Unique per result, so two tabs' results merge by id.
    pub id: String,
    /// Milliseconds since the epoch.
    pub saved_at: u64,
    pub content_version: u32,
    pub answers: RawAnswers,
}

/// Everything saved under one storage key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Envelope {
    pub progress: Option<Progress>,
    /// Oldest first (by `saved_at`, then id), ids unique.
    pub results: Vec<SavedResult>,
    /// Ids the visitor deleted, so a merge with a tab that still has them
    /// does not bring them back. A set: the values are empty.
    pub deleted: Map<()>,
}

/// What `decode` made of a stored text.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// Everything readable.
    pub envelope: Envelope,
    /// False when some or all of the text could not be read: the caller must
    /// keep the original text aside before writing over it.
    pub intact: bool,
}

/// Answers of a saved result, made readable for today's questions.
#[derive(Clone, Debug, PartialEq)]
pub struct Migrated {
    pub answers: Answers,
    /// Question ids whose answers could not be carried over, sorted.
    pub not_migrated: Vec<String>,
}

/// Why an import was refused; each has one plain sentence in `text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing was pasted or the file was empty.
    Empty,
    /// Neither a code nor a results file.
    NotACode,
    /// The code's checksum does not match: a typo or a cut-off copy.
    Mistyped,
    /// Made by a newer version of the widget.
    Newer,
    /// Readable, but it holds no results.
    NoResults,
    /// The chosen file could not be read at all.
    FileUnreadable,
}

impl Envelope {
    /// Whether there is an unfinished quiz to continue.
    pub fn has_progress(&self) -> bool {
        self.progress
            .as_ref()
            .is_some_and(|p| !p.answers.is_empty())
    }

    /// A result by id.
    pub fn result(&self, id: &str) -> Option<&SavedResult> {
        self.results.iter().find(|r| r.id == id)
    }

    /// Deletes one result (and remembers that it was deleted).
    pub fn delete(&mut self, id: &str) {
        self.results.retain(|r| r.id != id);
        self.deleted.insert(id.to_owned(), ());
    }

    /// Deletes every result.
    pub fn delete_all(&mut self) {
        for r in std::mem::take(&mut self.results) {
            self.deleted.insert(r.id, ());
        }
    }

    /// Adds a result, keeping the order; an id already present is kept as is.
    pub fn add(&mut self, result: SavedResult) {
        if self.result(&result.id).is_none() && !self.deleted.contains_key(&result.id) {
            self.results.push(result);
            sort(&mut self.results);
        }
    }

    /// Adds imported results. One the visitor deleted here before comes back
    /// under a new id, because its old id stays deleted in every tab's copy.
    /// Returns how many were new.
    pub fn import(&mut self, results: Vec<SavedResult>) -> usize {
        let mut added = 0;
        for mut r in results {
            if self.result(&r.id).is_some() || self.results.iter().any(|h| same(h, &r)) {
                continue;
            }
            let base: String = r.id.chars().take(MAX_ID_LEN - 12).collect();
            let mut n = 0u32;
            while self.deleted.contains_key(&r.id) || self.result(&r.id).is_some() {
                n += 1;
                r.id = format!("{base}-i{n}");
            }
            self.results.push(r);
            added += 1;
        }
        sort(&mut self.results);
        added
    }
}

/// Same saved quiz (ids aside): same time, version and answers.
fn same(a: &SavedResult, b: &SavedResult) -> bool {
    a.saved_at == b.saved_at && a.content_version == b.content_version && a.answers == b.answers
}

fn sort(results: &mut [SavedResult]) {
    engine::sort_small_by(results, |a, b| {
        (a.saved_at, &a.id).cmp(&(b.saved_at, &b.id))
    });
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

// ---------------------------------------------------------------- decoding

/// Reads a stored text. Never panics; tolerates unknown fields; keeps every
/// readable part; says whether anything was unreadable.
pub fn decode(text: &str) -> Decoded {
    let mut intact = true;
    let mut envelope = Envelope::default();
    if text.trim().is_empty() {
        return Decoded { envelope, intact };
    }
    let Some(Value::Object(top)) = json::parse(text) else {
        return Decoded {
            envelope,
            intact: false,
        };
    };
    match top.get("v").map(Value::as_u64) {
        Some(Some(v)) if v <= ENVELOPE_VERSION => {}
        // Written by a newer widget: read what we can, but the original must
        // be kept aside before this older code writes over it.
        Some(Some(_)) => intact = false,
        Some(None) => intact = false,
        None => {
            // Version 0, before the envelope: the bare `Answers` shape
            // `{"version":n,"answers":{..}}` of an unfinished quiz. Anything
            // else without a "v" is not ours to read, so it is kept aside.
            let progress = match top.get("answers") {
                Some(Value::Object(_)) => progress_from(&top, "version", 0),
                _ => None,
            };
            return match progress {
                Some(p) => Decoded {
                    envelope: Envelope {
                        progress: Some(p),
                        ..Envelope::default()
                    },
                    intact: true,
                },
                None => Decoded {
                    envelope,
                    intact: false,
                },
            };
        }
    }
    match top.get("progress") {
        None | Some(Value::Null) => {}
        Some(Value::Object(p)) => match progress_from(p, "content_version", u64_of(p, "updated")) {
            Some(p) => envelope.progress = Some(p),
            None => intact = false,
        },
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
            for item in items {
                match result_from(item) {
                    Some(r) => merge_result(&mut envelope.results, r),
                    None => intact = false,
                }
            }
        }
        Some(_) => intact = false,
    }
    envelope
        .results
        .retain(|r| !envelope.deleted.contains_key(&r.id));
    sort(&mut envelope.results);
    Decoded { envelope, intact }
}

fn valid_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_ID_LEN
}

fn u64_of(o: &Map<Value>, key: &str) -> Option<u64> {
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

fn progress_from(
    o: &Map<Value>,
    version_key: &str,
    updated: impl Into<Option<u64>>,
) -> Option<Progress> {
    let at = match o.get("at") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.len() <= MAX_ID_LEN => Some(s.clone()),
        Some(_) => return None,
    };
    Some(Progress {
        content_version: version_of(o, version_key)?,
        answers: answers_of(o)?,
        at,
        updated: updated.into().unwrap_or(0),
    })
}

fn result_from(item: &Value) -> Option<SavedResult> {
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
    })
}

// ---------------------------------------------------------------- encoding

fn answers_value(answers: &RawAnswers) -> Value {
    Value::Object(answers.clone())
}

fn result_value(r: &SavedResult) -> Value {
    object([
        ("id", r.id.as_str().into()),
        ("saved_at", r.saved_at.into()),
        ("content_version", r.content_version.into()),
        ("answers", answers_value(&r.answers)),
    ])
}

fn results_value(results: &[SavedResult]) -> Value {
    Value::Array(results.iter().map(result_value).collect())
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
            ("answers", answers_value(&p.answers)),
            ("at", p.at.clone().map_or(Value::Null, Value::from)),
            ("updated", p.updated.into()),
        ]);
        fields.push(("progress", progress));
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

// ---------------------------------------------------------------- answers

/// An answer's saved JSON: the shape serde's derive gave `Answer` (a unit
/// variant as its name, any other as `{"Variant": data}`), so answers saved
/// by earlier builds read back unchanged. Native tests hold this to serde.
pub fn answer_value(a: &Answer) -> Value {
    let text = |s: &String| Value::from(s.as_str());
    let (tag, data) = match a {
        Answer::Yes => return "Yes".into(),
        Answer::No => return "No".into(),
        Answer::Unsure => return "Unsure".into(),
        Answer::Choice(c) => ("Choice", text(c)),
        Answer::Choices(v) => ("Choices", Value::Array(v.iter().map(text).collect())),
        Answer::Ratings(m) => (
            "Ratings",
            Value::Object(
                m.iter()
                    .map(|(k, n)| (k.clone(), u32::from(*n).into()))
                    .collect(),
            ),
        ),
        Answer::Grid(m) => (
            "Grid",
            Value::Object(m.iter().map(|(k, o)| (k.clone(), text(o))).collect()),
        ),
        Answer::Body {
            height_mm,
            weight_g,
        } => {
            let num = |n: &Option<u32>| n.map_or(Value::Null, Value::from);
            (
                "Body",
                object([("height_mm", num(height_mm)), ("weight_g", num(weight_g))]),
            )
        }
    };
    object([(tag, data)])
}

/// Reads [`answer_value`]'s shape; `None` for anything else. Whether the
/// answer fits a question is the engine's check, not this one's.
pub fn answer_of(v: &Value) -> Option<Answer> {
    if let Value::String(tag) = v {
        return match tag.as_str() {
            "Yes" => Some(Answer::Yes),
            "No" => Some(Answer::No),
            "Unsure" => Some(Answer::Unsure),
            _ => None,
        };
    }
    let fields = v.as_object().filter(|o| o.len() == 1)?;
    let (tag, data) = fields.iter().next()?;
    let text = |v: &Value| v.as_str().map(str::to_owned);
    Some(match tag.as_str() {
        "Choice" => Answer::Choice(text(data)?),
        "Choices" => match data {
            Value::Array(items) => Answer::Choices(items.iter().map(text).collect::<Option<_>>()?),
            _ => return None,
        },
        "Ratings" => Answer::Ratings(
            data.as_object()?
                .iter()
                .map(|(k, n)| Some((k.clone(), u8::try_from(n.as_u64()?).ok()?)))
                .collect::<Option<_>>()?,
        ),
        "Grid" => Answer::Grid(
            data.as_object()?
                .iter()
                .map(|(k, o)| Some((k.clone(), text(o)?)))
                .collect::<Option<_>>()?,
        ),
        "Body" => {
            data.as_object()?;
            // Missing or null is "not given"; anything else must be a u32.
            let num = |key| match data.get(key) {
                None | Some(Value::Null) => Some(None),
                Some(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()).map(Some),
            };
            Answer::Body {
                height_mm: num("height_mm")?,
                weight_g: num("weight_g")?,
            }
        }
        _ => return None,
    })
}

// ---------------------------------------------------------------- merging

/// A total order on results with the same id, so both tabs keep the same one.
fn result_key(r: &SavedResult) -> (u64, u32, String) {
    (r.saved_at, r.content_version, json::object_json(&r.answers))
}

fn merge_result(results: &mut Vec<SavedResult>, r: SavedResult) {
    match results.iter_mut().find(|x| x.id == r.id) {
        Some(x) if result_key(&r) > result_key(x) => *x = r,
        Some(_) => {}
        None => results.push(r),
    }
}

fn progress_key(p: &Progress) -> (u64, u32, String, Option<&String>) {
    (
        p.updated,
        p.content_version,
        json::object_json(&p.answers),
        p.at.as_ref(),
    )
}

/// Joins two tabs' envelopes: every result from either (a completed result
/// is never dropped, unless deleted in either), deletions from both, and the
/// newest progress. Commutative, associative and idempotent, so tabs that
/// keep merging converge on the same envelope whatever the order.
pub fn merge(a: &Envelope, b: &Envelope) -> Envelope {
    let mut deleted = a.deleted.clone();
    for id in b.deleted.keys() {
        deleted.insert(id.clone(), ());
    }
    let mut results = Vec::with_capacity(a.results.len() + b.results.len());
    for r in a.results.iter().chain(&b.results) {
        merge_result(&mut results, r.clone());
    }
    results.retain(|r| !deleted.contains_key(&r.id));
    sort(&mut results);
    let progress = match (&a.progress, &b.progress) {
        (Some(x), Some(y)) => Some(
            if progress_key(y) > progress_key(x) {
                y
            } else {
                x
            }
            .clone(),
        ),
        (x, y) => x.clone().or_else(|| y.clone()),
    };
    Envelope {
        progress,
        results,
        deleted,
    }
}

// ---------------------------------------------------------------- export

/// The contents of the downloadable results file (pretty enough to read).
pub fn export_file(results: &[SavedResult]) -> String {
    object([
        ("v", ENVELOPE_VERSION.into()),
        ("kind", "circulation-check-results".into()),
        ("results", results_value(results)),
    ])
    .to_json()
}

/// A short text code holding the results: `CC1.<base64url JSON>.<checksum>`.
/// The checksum lets a mistyped or cut-off code get a clear message.
pub fn export_code(results: &[SavedResult]) -> String {
    let body = base64url(export_file(results).as_bytes());
    format!("{CODE_PREFIX}{body}.{:08x}", fnv1a(body.as_bytes()))
}

/// Reads a pasted code or the text of a results file into results.
pub fn import(text: &str) -> Result<Vec<SavedResult>, ImportError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ImportError::Empty);
    }
    let json = if text.starts_with('{') {
        text.to_owned()
    } else {
        // Codes are pasted from chats and mails: ignore line breaks and spaces.
        let code: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let Some(rest) = code.strip_prefix(CODE_PREFIX) else {
            let newer = code.starts_with("CC") && code.as_bytes().get(3) == Some(&b'.');
            return Err(if newer {
                ImportError::Newer
            } else {
                ImportError::NotACode
            });
        };
        let (body, sum) = rest.rsplit_once('.').ok_or(ImportError::Mistyped)?;
        if format!("{:08x}", fnv1a(body.as_bytes())) != sum.to_ascii_lowercase() {
            return Err(ImportError::Mistyped);
        }
        let bytes = unbase64url(body).ok_or(ImportError::Mistyped)?;
        String::from_utf8(bytes).map_err(|_| ImportError::Mistyped)?
    };
    let decoded = decode(&json);
    let newer = json::parse(&json)
        .and_then(|v| v.get("v").and_then(Value::as_u64))
        .is_some_and(|v| v > ENVELOPE_VERSION);
    match decoded.envelope.results {
        _ if newer => Err(ImportError::Newer),
        r if r.is_empty() && !decoded.intact => Err(ImportError::NotACode),
        r if r.is_empty() => Err(ImportError::NoResults),
        r => Ok(r),
    }
}

/// 32-bit FNV-1a: tiny, and enough to catch a typo (not a security check).
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(*b)).wrapping_mul(0x0100_0193)
    })
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 §5); written here to avoid a crate.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(B64[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The inverse of [`base64url`]; `None` for any character or length it
/// could not have produced.
pub fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let digits: Vec<u32> = text
        .bytes()
        .map(|c| B64.iter().position(|&d| d == c).map(|p| p as u32))
        .collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, d)| n | d << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    // Canonical only: leftover bits must be zero, so one code has one text.
    (base64url(&out) == text).then_some(out)
}

// ---------------------------------------------------------------- dates

/// A short date for a result, in the visitor's time zone: en-US
/// "Nov 25, 2026", everywhere else "25 Nov 2026". `offset_minutes` is JavaScript's
/// `getTimezoneOffset()` (minutes to add to local time to get UTC).
pub fn date_label(ms: u64, offset_minutes: i32, locale: Locale) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let local_ms = ms as i64 - i64::from(offset_minutes) * 60_000;
    let (y, m, d) = civil_from_days(local_ms.div_euclid(86_400_000));
    let month = MONTHS[(m - 1) as usize];
    match locale {
        Locale::EnUs => format!("{month} {d}, {y}"),
        _ => format!("{d} {month} {y}"),
    }
}

/// Days since 1970-01-01 to (year, month 1-12, day 1-31), after Howard
/// Hinnant's `civil_from_days`; integers only, so no float code ships.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// A new result id from the time and a random number: short, and unique
/// enough that two tabs finishing in the same millisecond do not clash.
pub fn result_id(now: u64, random: u32) -> String {
    format!("{now:x}-{:x}", random & 0xff_ffff)
}
