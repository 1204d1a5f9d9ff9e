//! The visitor's own copy of their results: a downloadable file and a
//! short text code (`CC1.<base64url JSON>.<checksum>`), and reading either
//! back. Bounded: a code or file over `MAX_IMPORT_BYTES` is refused with a
//! message before anything is parsed.

use super::codec::ENVELOPE_VERSION;
use super::envelope::{SavedResult, MAX_RESULTS};
use super::record::{keep_on_path, result_from, results_value};
use crate::json::{self, object, Value};
use engine::stable_sort_by;

/// Prefix of an export code; the digit is the code format's version.
pub const CODE_PREFIX: &str = "CC1.";

/// Largest code or file read: a full device's results (`MAX_RESULTS`) are
/// about 400 KB as a file and 530 KB as a code, so 1.5 MB leaves room and
/// still bounds the work a paste can cause.
pub const MAX_IMPORT_BYTES: usize = 1_500_000;

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
    /// Bigger than any real copy of results (`MAX_IMPORT_BYTES`).
    TooBig,
}

/// The contents of the downloadable results file: only the answers on
/// each result's path (`super::on_path`).
pub fn export_file(results: &[SavedResult]) -> String {
    let kept: Vec<SavedResult> = results
        .iter()
        .map(|r| SavedResult {
            answers: super::on_path(r.content_version, &r.answers),
            ..r.clone()
        })
        .collect();
    object([
        ("v", ENVELOPE_VERSION.into()),
        ("kind", "circulation-check-results".into()),
        ("results", results_value(&kept)),
    ])
    .to_json()
}

/// A short text code holding the results: `CC1.<base64url JSON>.<checksum>`.
/// The checksum lets a mistyped or cut-off code get a clear message.
pub fn export_code(results: &[SavedResult]) -> String {
    code_for(&export_file(results))
}

/// The code that carries a file's text (tests build hostile codes with it).
pub fn code_for(file_text: &str) -> String {
    let body = base64url(file_text.as_bytes());
    format!("{CODE_PREFIX}{body}.{:08x}", fnv1a(body.as_bytes()))
}

/// Reads a pasted code or the text of a results file into results, at time
/// `now`: every readable result, with times from the future brought back
/// to `now`. How many of them fit on the device is `Envelope::import`'s
/// business.
pub fn import(text: &str, now: u64) -> Result<Vec<SavedResult>, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooBig);
    }
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
    let Some(Value::Object(top)) = json::parse(&json) else {
        return Err(ImportError::NotACode);
    };
    match top.get("v").map(Value::as_u64) {
        Some(Some(v)) if v > ENVELOPE_VERSION => return Err(ImportError::Newer),
        Some(Some(_)) => {}
        _ => return Err(ImportError::NotACode),
    }
    let Some(Value::Array(items)) = top.get("results") else {
        return Err(ImportError::NotACode);
    };
    let mut results: Vec<SavedResult> = items
        .iter()
        .filter_map(result_from)
        .map(|mut r| {
            r.saved_at = r.saved_at.min(now);
            if let Some(m) = &mut r.measurements {
                m.at = m.at.min(now);
            }
            r
        })
        .collect();
    // Only the newest `MAX_RESULTS` can ever be kept (`Envelope::import`
    // fills what room is left newest first, and the room never reaches
    // past them), so only they are read against today's questions
    // (`on_path`): a planted 20,000-result file stays quick.
    let mut newest: Vec<usize> = (0..results.len()).collect();
    stable_sort_by(&mut newest, |&a, &b| {
        let (a, b) = (&results[a], &results[b]);
        (b.saved_at, &b.id).cmp(&(a.saved_at, &a.id))
    });
    for i in newest.into_iter().take(MAX_RESULTS) {
        let r = &mut results[i];
        keep_on_path(r.content_version, &mut r.answers);
    }
    match (results.is_empty(), items.is_empty()) {
        (true, true) => Err(ImportError::NoResults),
        (true, false) => Err(ImportError::NotACode),
        _ => Ok(results),
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

/// Each byte's 6-bit value in `B64`, or 255 for a byte base64url never
/// writes; a table, because a code can be a megabyte long.
const B64_VALUE: [u8; 256] = {
    let mut table = [255u8; 256];
    let mut i = 0;
    while i < 64 {
        table[B64[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// The inverse of [`base64url`]; `None` for any character or length it
/// could not have produced.
pub fn unbase64url(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0u32;
        for (i, b) in chunk.iter().enumerate() {
            let d = B64_VALUE[usize::from(*b)];
            if d == 255 {
                return None;
            }
            n |= u32::from(d) << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        // Canonical only: the bits after the last whole byte must be zero,
        // so one set of bytes has one code.
        let used = 8 * (chunk.len() - 1);
        if n << used & 0x00ff_ffff != 0 {
            return None;
        }
    }
    Some(out)
}
