//! The widget's JSON codec (`src/json/`) against serde_json as the
//! reference, natively: the same texts are accepted and refused, what both
//! read means the same, and what the widget writes is byte-for-byte what
//! serde_json writes for the same value (so saved text is unchanged).
#![cfg(not(target_arch = "wasm32"))]

use circulation_check::json::{self, Value};
use proptest::prelude::*;

/// Any JSON value without floats (whose text serde_json reformats).
fn any_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as V;
    let leaf = prop_oneof![
        Just(V::Null),
        any::<bool>().prop_map(V::from),
        any::<i64>().prop_map(V::from),
        any::<u64>().prop_map(V::from),
        // Quotes, backslashes, control characters and non-ASCII.
        "(\\PC|[\"\\\\\u{0}-\u{1f}\u{7f}\u{2028}\u{1F600}é]){0,10}".prop_map(V::from),
    ];
    leaf.prop_recursive(4, 24, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(V::Array),
            prop::collection::vec(("[a-c\"\\\\é]{0,3}", inner), 0..5)
                .prop_map(|kv| V::Object(kv.into_iter().collect())),
        ]
    })
}

/// Text that is often almost JSON.
fn jsonish() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\\[\\]{}\":, 0-9a-z.eE+\\-\\\\/\t\n]{0,24}",
        any_value().prop_map(|v| v.to_string()),
        // A valid text with one byte changed or cut.
        (
            any_value(),
            any::<prop::sample::Index>(),
            "[\\[\\]{}\":,0-9\\\\ ]?"
        )
            .prop_map(|(v, at, with)| {
                let mut t = v.to_string();
                let i = at.index(t.len() + 1);
                while !t.is_char_boundary(i.min(t.len())) {
                    t.pop();
                }
                let i = i.min(t.len());
                t.truncate(i);
                t.push_str(&with);
                t
            }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    /// serde_json's text reads back and is written out identically.
    #[test]
    fn writes_what_serde_json_writes(v in any_value()) {
        let text = v.to_string();
        let ours = json::parse(&text).expect("valid JSON is read");
        prop_assert_eq!(ours.to_json(), text);
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        prop_assert_eq!(json::parse(&pretty), Some(ours));
    }

    /// The same texts are accepted, and mean the same.
    #[test]
    fn reads_what_serde_json_reads(text in jsonish()) {
        let reference = serde_json::from_str::<serde_json::Value>(&text);
        let ours = json::parse(&text);
        prop_assert_eq!(ours.is_some(), reference.is_ok(), "{:?}", text);
        if let (Some(ours), Ok(reference)) = (ours, reference) {
            let back: serde_json::Value = serde_json::from_str(&ours.to_json()).unwrap();
            prop_assert_eq!(back, reference);
        }
    }
}

#[test]
fn whole_numbers_only_for_u64() {
    let n = |t: &str| json::parse(t).and_then(|v| v.as_u64());
    assert_eq!(n("0"), Some(0));
    assert_eq!(n("18446744073709551615"), Some(u64::MAX));
    assert_eq!(n("18446744073709551616"), None);
    assert_eq!(n("-1"), None);
    assert_eq!(n("1.0"), None);
    assert_eq!(n("1e3"), None);
    assert_eq!(n("\"7\""), None);
    // An unknown number is kept as written.
    assert_eq!(json::parse("[1.50e+3]").unwrap().to_json(), "[1.50e+3]");
}

#[test]
fn hostile_nesting_is_refused_not_a_crash() {
    assert_eq!(json::parse(&"[".repeat(100_000)), None);
    assert_eq!(json::parse(&"{\"a\":".repeat(100_000)), None);
    let deep_ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(json::parse(&deep_ok).is_some());
}

#[test]
fn surrogates_and_control_characters() {
    assert_eq!(
        json::parse(r#""\ud83d\ude00\u00e9\n""#),
        Some(Value::String("😀é\n".into()))
    );
    assert_eq!(json::parse(r#""\ud83d""#), None, "lone high surrogate");
    assert_eq!(json::parse(r#""\ude00""#), None, "lone low surrogate");
    assert_eq!(json::parse("\"a\u{1}b\""), None, "raw control character");
    assert_eq!(Value::from("a\u{1}\"\\").to_json(), r#""a\u0001\"\\""#);
}

#[test]
fn duplicate_keys_keep_the_last_and_keys_come_out_sorted() {
    let v = json::parse(r#"{"b":1,"a":2,"b":3}"#).unwrap();
    assert_eq!(v.to_json(), r#"{"a":2,"b":3}"#);
}
