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

// ---------------------------------------------------------------- writing

fn write(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(n),
        Value::String(s) => write_str(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, out);
            }
            out.push(']');
        }
        Value::Object(m) => write_object(m, out),
    }
}

fn write_object(m: &Map<Value>, out: &mut String) {
    out.push('{');
    for (i, (k, item)) in m.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(k, out);
        out.push(':');
        write(item, out);
    }
    out.push('}');
}

/// A quoted string, escaped as serde_json does: quote, backslash and
/// control characters only.
pub fn write_str(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                out.push(char::from(HEX[(c as usize) >> 4]));
                out.push(char::from(HEX[(c as usize) & 15]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

// ---------------------------------------------------------------- reading

/// Reads one JSON value (with surrounding whitespace); `None` for anything
/// that is not exactly that.
pub fn parse(text: &str) -> Option<Value> {
    let mut r = Reader {
        bytes: text.as_bytes(),
        at: 0,
    };
    let v = r.value(0)?;
    r.space();
    (r.at == r.bytes.len()).then_some(v)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Option<Value> {
        let end = self.at + word.len();
        (self.bytes.get(self.at..end)? == word.as_bytes()).then(|| {
            self.at = end;
            v
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.space();
        match self.peek()? {
            b'n' => self.literal("null", Value::Null),
            b't' => self.literal("true", Value::Bool(true)),
            b'f' => self.literal("false", Value::Bool(false)),
            b'"' => self.string().map(Value::String),
            b'[' => {
                let mut items = Vec::new();
                self.sequence(b']', &mut |r| {
                    items.push(r.value(depth + 1)?);
                    Some(())
                })?;
                Some(Value::Array(items))
            }
            b'{' => {
                let mut map = Map::new();
                self.sequence(b'}', &mut |r| {
                    r.space();
                    if r.peek()? != b'"' {
                        return None;
                    }
                    let key = r.string()?;
                    r.space();
                    if r.next()? != b':' {
                        return None;
                    }
                    map.insert(key, r.value(depth + 1)?);
                    (map.len() <= MAX_KEYS).then_some(())
                })?;
                Some(Value::Object(map))
            }
            _ => self.number(),
        }
    }

    /// The items of an array or object, the opening bracket at the cursor:
    /// none, or `item` separated by commas, then `close`.
    fn sequence(&mut self, close: u8, item: &mut dyn FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.at += 1;
        self.space();
        if self.peek() == Some(close) {
            self.at += 1;
            return Some(());
        }
        loop {
            item(self)?;
            self.space();
            match self.next()? {
                b',' => {}
                b if b == close => return Some(()),
                _ => return None,
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Option<Value> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.next()? {
            b'0' => {}
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
        }
        let text = std::str::from_utf8(&self.bytes[start..self.at]).ok()?;
        Some(Value::Number(text.to_owned()))
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    /// A quoted string at the cursor, unescaped.
    fn string(&mut self) -> Option<String> {
        self.at += 1; // the opening quote
        let mut out = Vec::new();
        loop {
            match self.next()? {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_char()?,
                        _ => return None,
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                // Control characters must be escaped in JSON.
                b if b < 0x20 => return None,
                b => out.push(b),
            }
        }
    }

    /// The character of a `\uXXXX` escape (the `\u` already read), joining
    /// a surrogate pair; a lone surrogate is refused, as serde_json does.
    fn escaped_char(&mut self) -> Option<char> {
        let hi = self.hex4()?;
        let code = match hi {
            0xD800..=0xDBFF => {
                if self.next()? != b'\\' || self.next()? != b'u' {
                    return None;
                }
                let lo = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&lo) {
                    return None;
                }
                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
            }
            0xDC00..=0xDFFF => return None,
            _ => hi,
        };
        char::from_u32(code)
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut n = 0;
        for _ in 0..4 {
            n = n * 16 + char::from(self.next()?).to_digit(16)?;
        }
        Some(n)
    }
}
