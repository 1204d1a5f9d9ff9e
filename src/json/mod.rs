//! A small JSON reader and writer for saved data, export files and event
//! details. It replaces serde_json in the wasm, where serde_json with the
//! derived visitors cost about 30 KB; this is a few hundred lines because
//! the widget only ever needs whole values, not typed deserialisation.
//!
//! Objects are sorted by key with one entry per key (last one read wins),
//! exactly as serde_json's default map, so the stored text of equal data is
//! byte-for-byte the same as before and merges stay deterministic. Numbers
//! keep their text, so an unknown saved number is written back unchanged and
//! no float code ships. The native tests check this module against
//! serde_json on random texts.

use engine::Map;

mod read;
mod write;

pub use read::parse;
pub use write::write_str;
use write::{write, write_object};

/// Deepest nesting read; deeper input is refused rather than risking the
/// stack (serde_json's limit too). Saved data nests six levels at most.
const MAX_DEPTH: usize = 128;

/// Most keys read in one object. Saved objects have a few dozen at most
/// (answers by question id); keys go into a sorted vector, so a pasted
/// object with 100,000 keys in reverse order would otherwise cost billions
/// of moves. More keys than this and the text is refused, like bad JSON.
pub const MAX_KEYS: usize = 256;

/// A JSON value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    /// The number's text, checked against the JSON grammar.
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Map<Value>),
}

impl Value {
    /// An object's field.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }

    pub fn as_object(&self) -> Option<&Map<Value>> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A whole number from 0 to `u64::MAX` written without fraction or
    /// exponent; anything else is `None`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::Number(n) if n.bytes().all(|b| b.is_ascii_digit()) => n.parse().ok(),
            _ => None,
        }
    }

    /// Compact JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        write(self, &mut out);
        out
    }
}

impl From<u64> for Value {
    fn from(n: u64) -> Self {
        Value::Number(n.to_string())
    }
}

impl From<u32> for Value {
    fn from(n: u32) -> Self {
        Value::Number(n.to_string())
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

/// An object from its fields (an array, or a `Vec` for optional ones).
pub fn object<'a>(fields: impl IntoIterator<Item = (&'a str, Value)>) -> Value {
    Value::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
}

/// An object's compact JSON text, without first building a `Value` (used
/// to compare saved answers).
pub fn object_json(fields: &Map<Value>) -> String {
    let mut out = String::new();
    write_object(fields, &mut out);
    out
}
