//! Property tests of saved data (`src/saved.rs`), natively: decoding never
//! panics and never loses a readable result, over random, truncated,
//! corrupted and old-version inputs; migration names every answer it cannot
//! carry; merging is a join (so tabs converge) that drops no result; export
//! codes round-trip and a mistyped code is refused. `CASES` lists the case
//! counts; `at_least_ten_thousand_cases` checks their sum.
#![cfg(not(target_arch = "wasm32"))]

use circulation_check::json;
use circulation_check::saved::{
    base64url, code_for, decode, encode, export_code, export_file, import, merge, migrate, on_path,
    unbase64url, Chosen, Envelope, ImportError, Imported, Language, Measurements, RawAnswers,
    SavedResult, Unfinished, CODE_PREFIX, MAX_IMPORT_BYTES, MAX_RESULTS, MAX_TOMBSTONES,
};
use engine::{questions, Answer, Answers, Kind, CONTENT_VERSION};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Cases per property; their sum is what this file reports.
const CASES: &[(&str, u32)] = &[
    ("round_trip", 1500),
    ("arbitrary_text", 2000),
    ("truncated", 1500),
    ("corrupted_results", 1500),
    ("unknown_fields", 700),
    ("old_versions", 1000),
    ("migration", 1000),
    ("merge_laws", 1000),
    ("export_code", 800),
    ("mistyped_code", 800),
    ("base64", 500),
    ("legacy_answer_shape", 1000),
];

/// "Now" for decoding: after every generated time (they stay below 4e12 ms,
/// the year 2096), so no generated time is clamped as "from the future".
const NOW: u64 = 4_000_000_000_000;

fn cases(name: &str) -> ProptestConfig {
    let n = CASES.iter().find(|(k, _)| *k == name).map_or(256, |c| c.1);
    ProptestConfig::with_cases(n)
}

#[test]
fn at_least_ten_thousand_cases() {
    let total: u32 = CASES.iter().map(|c| c.1).sum();
    println!("saved.rs property cases: {total}");
    assert!(total >= 10_000, "{total}");
}

// ------------------------------------------------------------ generators

/// `answers` as an older content version's reader keeps them: content
/// version 2 asks signs that version 1's "none of these" never covered, so
/// such an answer to the urgent checklist or the foot question is not
/// carried over (stated here apart from the engine's own migration).
fn carried_from(version: u32, answers: &Answers) -> Answers {
    let mut kept = answers.clone();
    if version < 2 {
        for id in ["a_urgent", "c_diabetic_foot"] {
            if kept.get(id) == Some(&Answer::Choices(vec!["none".into()])) {
                kept.clear(id);
            }
        }
    }
    kept
}

/// Valid answers to every question, chosen by `seed`.
fn valid_answers(seed: &[u8]) -> Answers {
    let mut bytes = seed.iter().copied().cycle();
    let mut pick = |n: usize| usize::from(bytes.next().unwrap_or(0)) % n.max(1);
    let mut answers = Answers::new();
    for q in questions() {
        if pick(4) == 0 {
            continue; // some questions unanswered
        }
        let answer = match q.kind {
            Kind::YesNo { unsure } => {
                [Answer::Yes, Answer::No, Answer::Unsure][pick(2 + usize::from(unsure))].clone()
            }
            Kind::Single { options } => Answer::Choice(options[pick(options.len())].into()),
            Kind::Multi { options, none } => match pick(options.len() + 1) {
                0 => Answer::Choices(vec![none.into()]),
                n => Answer::Choices(options.iter().take(n).map(|o| o.to_string()).collect()),
            },
            Kind::Ratings { items } => Answer::Ratings(
                items
                    .iter()
                    .map(|i| (i.to_string(), pick(4) as u8))
                    .collect(),
            ),
            Kind::Grid { rows } => Answer::Grid(
                rows.iter()
                    .map(|r| {
                        (
                            r.id.to_string(),
                            r.options[pick(r.options.len())].to_string(),
                        )
                    })
                    .collect(),
            ),
            Kind::Body => Answer::Body {
                height_mm: Some(1000 + pick(250) as u32 * 6),
                weight_g: None,
            },
        };
        answers
            .set(q.id, answer)
            .expect("generated answers are valid");
    }
    answers
}

/// A serde_json value as the widget's own JSON value (through text, so the
/// widget's reader meets serde_json's writer on every generated case).
fn ours(v: &Value) -> json::Value {
    json::parse(&v.to_string()).expect("our reader reads serde_json's text")
}

fn raw_of(answers: &Answers) -> RawAnswers {
    circulation_check::saved::raw(answers)
}

/// Any JSON value, small.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        // No floats: saved answers hold none, and serde_json (without its
        // costly `float_roundtrip` feature) may move one by an ulp.
        "[a-z_\"{}\\\\]{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Raw answers: mostly valid ones, plus unknown ids and junk values.
fn raw_answers() -> impl Strategy<Value = RawAnswers> {
    (
        prop::collection::vec(any::<u8>(), 1..40),
        prop::collection::btree_map("[a-z_]{1,10}", any_value(), 0..3),
    )
        .prop_map(|(seed, junk)| {
            let mut raw = raw_of(&valid_answers(&seed));
            for (k, v) in junk {
                raw.insert(k, ours(&v));
            }
            raw
        })
}

fn saved_result() -> impl Strategy<Value = SavedResult> {
    (
        "[0-9a-f]{1,12}(-[0-9a-z]{1,6})?",
        0u64..4_000_000_000_000,
        0u32..3,
        raw_answers(),
        prop::option::of((120u32..=450, 200u32..=700, 0u64..4_000_000_000_000)),
    )
        .prop_map(
            |(id, saved_at, content_version, answers, measured)| SavedResult {
                id,
                saved_at,
                content_version,
                // As saved: only the answers on the path (`tests/on_path.rs`).
                answers: on_path(content_version, &answers),
                measurements: measured.map(|(ankle_mm, calf_mm, at)| Measurements {
                    at,
                    ankle_mm,
                    calf_mm,
                }),
            },
        )
}

fn progress() -> impl Strategy<Value = Option<Unfinished>> {
    prop::option::of(
        (
            raw_answers(),
            prop::option::of("[a-z_]{1,10}"),
            0u64..4_000_000_000_000,
            0u32..3,
        )
            .prop_map(|(answers, at, updated, content_version)| Unfinished {
                content_version,
                answers: on_path(content_version, &answers),
                at,
                updated,
            }),
    )
}

/// A well-formed envelope (ids unique, deletions applied), via `merge`,
/// which normalises.
fn envelope() -> impl Strategy<Value = Envelope> {
    (
        progress(),
        prop::collection::vec(saved_result(), 0..6),
        prop::collection::btree_set("[0-9a-f]{1,12}", 0..3),
        prop::option::of((any::<bool>(), 0u64..1 << 40)),
    )
        .prop_map(|(progress, results, deleted, language)| {
            let raw = Envelope {
                language: language.map(|(es, at)| Chosen {
                    language: if es { Language::Es } else { Language::En },
                    at,
                }),
                progress,
                results,
                deleted: deleted.into_iter().map(|id| (id, ())).collect(),
            };
            merge(&raw, &Envelope::default())
        })
}

fn ids(e: &Envelope) -> Vec<&str> {
    e.results.iter().map(|r| r.id.as_str()).collect()
}

// ------------------------------------------------------------ decoding

proptest! {
    #![proptest_config(cases("legacy_answer_shape"))]
    /// Answers are written in the exact shape serde's derive gave them in
    /// earlier builds (serde is the reference here, not in the wasm), and
    /// that shape reads back to the same answers.
    #[test]
    fn legacy_answer_shape(seed in prop::collection::vec(any::<u8>(), 1..40)) {
        let answers = valid_answers(&seed);
        for (id, a) in answers.iter() {
            let legacy = serde_json::to_string(a).unwrap();
            let written = circulation_check::saved::answer_value(a).to_json();
            prop_assert_eq!(&written, &legacy, "{}", id);
            let back = circulation_check::saved::answer_of(&json::parse(&legacy).unwrap());
            prop_assert_eq!(back.as_ref(), Some(a));
        }
        let raw: RawAnswers = raw_of(&answers);
        prop_assert_eq!(migrate(CONTENT_VERSION, &raw).answers, answers);
    }
}

proptest! {
    #![proptest_config(cases("round_trip"))]
    /// Whatever is written reads back exactly, and intact.
    #[test]
    fn round_trip(e in envelope()) {
        let d = decode(&encode(&e), NOW);
        prop_assert!(d.intact && !d.pruned);
        prop_assert_eq!(d.envelope, e);
    }
}

proptest! {
    #![proptest_config(cases("arbitrary_text"))]
    /// Random text and random JSON never panic; non-JSON is never "intact"
    /// unless it was empty (so it is always kept aside).
    #[test]
    fn arbitrary_text(text in ".{0,200}", value in any_value()) {
        let d = decode(&text, NOW);
        if serde_json::from_str::<Value>(&text).is_err() {
            prop_assert!(d.intact == text.trim().is_empty());
        }
        let _ = decode(&value.to_string(), NOW);
        let _ = import(&text, NOW);
    }
}

proptest! {
    #![proptest_config(cases("truncated"))]
    /// A write cut short is never taken as intact, so the store backs it up
    /// before writing; nothing readable is invented from it.
    #[test]
    fn truncated(e in envelope(), cut in any::<prop::sample::Index>()) {
        let text = encode(&e);
        let at = cut.index(text.len());
        let Some(prefix) = text.get(..at) else { return Ok(()) };
        let d = decode(prefix, NOW);
        prop_assert!(!d.intact || prefix.trim().is_empty());
        for r in &d.envelope.results {
            prop_assert!(e.results.contains(r), "a result from nowhere");
        }
    }
}

proptest! {
    #![proptest_config(cases("corrupted_results"))]
    /// Some results damaged (wrong types, missing fields, junk): every intact
    /// result is still read, and the damage is reported.
    #[test]
    fn corrupted_results(e in envelope(), damage in prop::collection::vec((any::<bool>(), any_value()), 0..6)) {
        let mut top: Value = serde_json::from_str(&encode(&e)).unwrap();
        let results = top["results"].as_array_mut().unwrap();
        let mut damaged = Vec::new();
        for (i, (hit, junk)) in damage.iter().enumerate() {
            if *hit && i < results.len() {
                damaged.push(results[i]["id"].as_str().unwrap().to_owned());
                results[i] = match junk {
                    Value::Object(_) => json!({"id": results[i]["id"], "saved_at": junk}),
                    other => other.clone(),
                };
            }
        }
        let d = decode(&top.to_string(), NOW);
        prop_assert_eq!(d.intact, damaged.is_empty());
        for r in &e.results {
            if !damaged.contains(&r.id) {
                prop_assert!(d.envelope.results.contains(r), "lost readable result {}", r.id);
            }
        }
        prop_assert_eq!(d.envelope.progress, e.progress);
    }
}

proptest! {
    #![proptest_config(cases("unknown_fields"))]
    /// Fields this version does not know are tolerated (a newer minor
    /// writer, a hand edit) and change nothing.
    #[test]
    fn unknown_fields(e in envelope(), extra in prop::collection::btree_map("x[a-z]{1,5}", any_value(), 1..4)) {
        let mut top: Value = serde_json::from_str(&encode(&e)).unwrap();
        for (k, v) in &extra {
            top[k] = v.clone();
            for r in top["results"].as_array_mut().unwrap() {
                r[k] = v.clone();
            }
            if top["progress"].is_object() {
                top["progress"][k] = v.clone();
            }
        }
        let d = decode(&top.to_string(), NOW);
        prop_assert!(d.intact);
        prop_assert_eq!(d.envelope, e);
    }
}

proptest! {
    #![proptest_config(cases("old_versions"))]
    /// Version 0 (the bare `{"version","answers"}` shape) reads as progress;
    /// results from old content versions, or without one, stay readable; a
    /// newer envelope is read but never taken as intact (so it is backed up
    /// before this older code writes).
    #[test]
    fn old_versions(seed in prop::collection::vec(any::<u8>(), 1..40), e in envelope(), newer in 3u64..100) {
        let answers = valid_answers(&seed);
        let v0 = serde_json::to_string(&answers).unwrap();
        let d = decode(&v0, NOW);
        prop_assert!(d.intact);
        let p = d.envelope.progress.expect("v0 progress");
        // Read as the rest: only the answers on the path.
        let carried = engine::visible_answers(&carried_from(p.content_version, &answers));
        prop_assert_eq!(migrate(p.content_version, &p.answers).answers, carried);

        let mut top: Value = serde_json::from_str(&encode(&e)).unwrap();
        for r in top["results"].as_array_mut().unwrap() {
            r.as_object_mut().unwrap().remove("content_version");
        }
        let d = decode(&top.to_string(), NOW);
        prop_assert!(d.intact);
        prop_assert_eq!(ids(&d.envelope), ids(&e));
        prop_assert!(d.envelope.results.iter().all(|r| r.content_version == 0));

        top["v"] = json!(newer);
        let d = decode(&top.to_string(), NOW);
        prop_assert!(!d.intact);
        prop_assert_eq!(ids(&d.envelope), ids(&e));
    }
}

proptest! {
    #![proptest_config(cases("migration"))]
    /// Every saved answer is either carried over or named; valid answers are
    /// all carried over, but for those whose meaning changed since the
    /// content version they claim, which are named.
    #[test]
    fn migration(seed in prop::collection::vec(any::<u8>(), 1..40), junk in prop::collection::btree_map("[a-z_]{1,10}", any_value(), 0..4), version in 0u32..5) {
        let answers = valid_answers(&seed);
        let mut raw = raw_of(&answers);
        let m = migrate(version, &raw);
        let carried = carried_from(version, &answers);
        prop_assert_eq!(&m.answers, &carried);
        prop_assert_eq!(m.not_migrated.len(), answers.len() - carried.len());
        let answers = carried;

        for (k, v) in junk {
            if !raw.contains_key(&k) {
                raw.insert(k, ours(&v));
            }
        }
        let m = migrate(version, &raw);
        prop_assert_eq!(m.answers.len() + m.not_migrated.len(), raw.len());
        for (id, a) in answers.iter() {
            prop_assert_eq!(m.answers.get(id), Some(a), "junk beside {} lost it", id);
        }
        for id in &m.not_migrated {
            prop_assert!(raw.contains_key(id));
        }
        prop_assert_eq!(m.answers.version(), CONTENT_VERSION);
    }
}

// ------------------------------------------------------------ merging

proptest! {
    #![proptest_config(cases("merge_laws"))]
    /// Two tabs' envelopes join: the order of merges does not matter, merging
    /// again changes nothing, no undeleted result is ever dropped, and the
    /// newest progress wins.
    #[test]
    fn merge_laws(a in envelope(), b in envelope(), c in envelope()) {
        let ab = merge(&a, &b);
        prop_assert_eq!(&ab, &merge(&b, &a));
        prop_assert_eq!(&merge(&ab, &c), &merge(&a, &merge(&b, &c)));
        prop_assert_eq!(&merge(&ab, &ab), &ab);
        prop_assert_eq!(&merge(&ab, &a), &ab);
        for r in a.results.iter().chain(&b.results) {
            if !ab.deleted.contains_key(&r.id) {
                prop_assert!(ab.result(&r.id).is_some(), "dropped {}", r.id);
            }
        }
        let newest = a.progress.iter().chain(&b.progress).map(|p| p.updated).max();
        prop_assert_eq!(ab.progress.as_ref().map(|p| p.updated), newest);
        // What is written and read back merges the same.
        prop_assert_eq!(decode(&encode(&ab), NOW).envelope, ab);
    }
}

// ------------------------------------------------------------ export

proptest! {
    #![proptest_config(cases("export_code"))]
    /// A code and a file bring back exactly the results, even with line
    /// breaks and spaces from a chat or mail; importing twice adds nothing.
    #[test]
    fn export_code_round_trips(e in envelope(), wrap in 1usize..80) {
        prop_assume!(!e.results.is_empty());
        let code = export_code(&e.results);
        prop_assert!(code.starts_with(CODE_PREFIX));
        prop_assert_eq!(import(&code, NOW), Ok(e.results.clone()));
        let wrapped: String = code
            .chars()
            .collect::<Vec<_>>()
            .chunks(wrap)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("\n ");
        prop_assert_eq!(import(&wrapped, NOW), Ok(e.results.clone()));
        prop_assert_eq!(import(&export_file(&e.results), NOW), Ok(e.results.clone()));

        let mut here = Envelope::default();
        prop_assert_eq!(here.import(e.results.clone()).added, e.results.len());
        prop_assert_eq!(here.import(e.results.clone()).added, 0);
    }
}

proptest! {
    #![proptest_config(cases("mistyped_code"))]
    /// One wrong character, or a cut-off code, is refused with a clear
    /// reason, never read as different results.
    #[test]
    fn mistyped_code(e in envelope(), at in any::<prop::sample::Index>(), with in "[A-Za-z0-9_.-]", cut in any::<prop::sample::Index>()) {
        prop_assume!(!e.results.is_empty());
        let code = export_code(&e.results);
        let i = at.index(code.len());
        let mut typo = code.clone();
        typo.replace_range(i..=i, &with);
        match import(&typo, NOW) {
            // Only a harmless change (such as the checksum's letter case) reads.
            Ok(r) => prop_assert_eq!(r, e.results.clone()),
            Err(err) => prop_assert!(matches!(err, ImportError::Mistyped | ImportError::NotACode | ImportError::Newer)),
        }
        let short = &code[..cut.index(code.len())];
        prop_assert!(import(short, NOW).is_err());
    }
}

proptest! {
    #![proptest_config(cases("base64"))]
    #[test]
    fn base64(bytes in prop::collection::vec(any::<u8>(), 0..300), junk in ".{0,40}") {
        prop_assert_eq!(unbase64url(&base64url(&bytes)), Some(bytes));
        if let Some(b) = unbase64url(&junk) {
            prop_assert_eq!(base64url(&b), junk);
        }
    }
}

// ------------------------------------------------------------ examples

#[test]
fn unreadable_text_is_reported_and_nothing_is_invented() {
    for text in [
        "{",
        "null",
        "[]",
        "\"x\"",
        "{\"v\":\"one\"}",
        "{\"foo\":1}",
        "{\"v\":1,\"results\":{}}",
    ] {
        let d = decode(text, NOW);
        assert!(!d.intact, "{text}");
        assert!(d.envelope.results.is_empty(), "{text}");
    }
    assert!(decode("", NOW).intact);
}

#[test]
fn a_deleted_result_stays_deleted_across_tabs_but_can_be_imported_back() {
    let r = SavedResult {
        id: "a1".into(),
        saved_at: 5,
        content_version: 1,
        answers: RawAnswers::new(),
        measurements: None,
    };
    let mut tab_a = Envelope::default();
    tab_a.add(r.clone());
    let tab_b = tab_a.clone();
    tab_a.delete("a1");
    assert!(merge(&tab_a, &tab_b).results.is_empty(), "deletion wins");
    // Bringing it back from a code gives it a new id, so it survives merges.
    assert_eq!(tab_a.import(vec![r.clone()]).added, 1);
    assert_ne!(tab_a.results[0].id, "a1");
    assert_eq!(merge(&tab_a, &tab_b).results.len(), 1);
}

#[test]
fn answers_that_no_longer_fit_are_named() {
    let raw: RawAnswers = [
        ("b_age".to_string(), ours(&json!({"Choice": "40_64"}))),
        ("b_age_group".to_string(), ours(&json!({"Choice": "40_64"}))),
        ("d_walk".to_string(), ours(&json!({"Choice": "sometimes"}))),
        ("e_look".to_string(), ours(&json!({"NewKind": 1}))),
    ]
    .into_iter()
    .collect();
    let m = migrate(0, &raw);
    assert_eq!(m.answers.len(), 1);
    assert_eq!(m.not_migrated, ["b_age_group", "d_walk", "e_look"]);
}

#[test]
fn the_code_is_short_for_a_typical_history() {
    let results: Vec<SavedResult> = (0..3u8)
        .map(|i| SavedResult {
            id: format!("19ab3c{i}-4f2e"),
            saved_at: 1_795_564_800_000 + u64::from(i) * 86_400_000,
            content_version: CONTENT_VERSION,
            answers: raw_of(&engine::visible_answers(&valid_answers(&[
                i, 7, 3, 1, 9, 2,
            ]))),
            measurements: None,
        })
        .collect();
    let code = export_code(&results);
    println!("export code for 3 full results: {} characters", code.len());
    assert_eq!(import(&code, NOW), Ok(results));
}

// ------------------------------------------------------------ bounds

/// A result with no answers at `saved_at`, as a planted list would hold.
fn bare(i: usize, saved_at: u64) -> SavedResult {
    SavedResult {
        id: format!("{saved_at:x}-{i:x}"),
        saved_at,
        content_version: CONTENT_VERSION,
        answers: RawAnswers::new(),
        measurements: None,
    }
}

#[test]
fn a_code_with_100000_keys_is_refused() {
    // Keys in reverse order: the worst case for a sorted-vector map.
    let keys: Vec<String> = (0..100_000).rev().map(|i| format!("\"k{i}\":0")).collect();
    let file = format!(
        r#"{{"v":1,"results":[{{"id":"a","saved_at":1,"answers":{{{}}}}}]}}"#,
        keys.join(",")
    );
    let code = code_for(&file);
    assert!(
        code.len() < MAX_IMPORT_BYTES,
        "within the size limit: the key limit must refuse it"
    );
    assert_eq!(import(&code, NOW), Err(ImportError::NotACode));
    assert_eq!(import(&file, NOW), Err(ImportError::NotACode));
    // Planted in storage: unreadable (so kept aside by the store), not parsed forever.
    let stored = decode(&file, NOW);
    assert!(!stored.intact && stored.envelope.results.is_empty());
}

#[test]
fn a_file_with_20000_results_is_refused_and_one_with_12000_brings_back_what_fits() {
    let file = |n: usize| {
        let results: Vec<SavedResult> = (0..n)
            .map(|i| bare(i, 1_700_000_000_000 + i as u64))
            .collect();
        export_file(&results)
    };
    // 20,000 even bare results are more text than any real copy.
    assert_eq!(import(&file(20_000), NOW), Err(ImportError::TooBig));
    let read = import(&file(12_000), NOW).unwrap();
    assert_eq!(read.len(), 12_000);
    let mut here = Envelope::default();
    let imported = here.import(read.clone());
    assert_eq!(
        imported,
        Imported {
            added: MAX_RESULTS,
            left_out: 12_000 - MAX_RESULTS
        }
    );
    // The newest are the ones kept.
    assert_eq!(
        here.results.last().unwrap().saved_at,
        1_700_000_000_000 + 11_999
    );
    // The visitor's own results are never pushed out by an import.
    let mut own = Envelope::default();
    for i in 0..290 {
        own.add(bare(i, 1_600_000_000_000 + i as u64));
    }
    let imported = own.import(read);
    assert_eq!(imported.added, 10);
    assert_eq!(own.results.len(), MAX_RESULTS);
    assert_eq!(
        own.results[0].saved_at, 1_600_000_000_000,
        "the oldest own result stays"
    );
}

#[test]
fn too_big_a_code_or_file_is_refused_before_reading() {
    let huge = "A".repeat(MAX_IMPORT_BYTES + 1);
    assert_eq!(import(&huge, NOW), Err(ImportError::TooBig));
    assert_eq!(
        import(&format!("{CODE_PREFIX}{huge}"), NOW),
        Err(ImportError::TooBig)
    );
}

#[test]
fn a_planted_envelope_is_bounded_when_read() {
    // 20,000 results, times from the future, too many deletion marks.
    let mut results: Vec<SavedResult> = (0..20_000).map(|i| bare(i, 1_000 + i as u64)).collect();
    results[0].saved_at = u64::MAX;
    let planted = Envelope {
        language: Some(Chosen {
            language: Language::Es,
            at: u64::MAX,
        }),
        progress: Some(Unfinished {
            content_version: CONTENT_VERSION,
            answers: RawAnswers::new(),
            at: None,
            updated: u64::MAX - 1,
        }),
        results,
        deleted: (0..2_000).map(|i| (format!("{i:08x}"), ())).collect(),
    };
    let now = 1_800_000_000_000;
    let d = decode(&encode(&planted), now);
    assert!(
        !d.intact,
        "changed on the way in, so the text is kept aside"
    );
    assert_eq!(d.envelope.results.len(), MAX_RESULTS);
    assert_eq!(d.envelope.deleted.len(), MAX_TOMBSTONES);
    assert!(d.envelope.results.iter().all(|r| r.saved_at <= now));
    assert_eq!(
        d.envelope.progress.unwrap().updated,
        now,
        "a future time is brought back to now"
    );
    // A time a little ahead (another device's clock) is kept as it is.
    let mut ahead = Envelope::default();
    ahead.add(bare(1, now + 60_000));
    let d = decode(&encode(&ahead), now);
    assert!(d.intact);
    assert_eq!(d.envelope.results[0].saved_at, now + 60_000);
}

#[test]
fn a_newer_envelope_is_read_but_flagged() {
    let mut e = Envelope::default();
    e.add(bare(1, 5));
    let mut top: Value = serde_json::from_str(&encode(&e)).unwrap();
    top["v"] = json!(3);
    let d = decode(&top.to_string(), NOW);
    assert!(d.newer && !d.intact);
    assert_eq!(d.envelope.results.len(), 1, "what can be read is shown");
    assert!(!decode(&encode(&e), NOW).newer);
}

#[test]
fn at_the_cap_a_new_result_pushes_out_the_oldest_and_says_which() {
    let mut e = Envelope::default();
    for i in 0..MAX_RESULTS {
        assert_eq!(e.add(bare(i, 10 + i as u64)), None);
    }
    let out = e.add(bare(999, 5_000)).expect("the oldest made room");
    assert_eq!(out.saved_at, 10);
    assert_eq!(e.results.len(), MAX_RESULTS);
    // Merging two full tabs keeps the newest MAX_RESULTS, whatever the order.
    let mut other = Envelope::default();
    for i in 0..MAX_RESULTS {
        other.add(bare(i + 5_000, 100_000 + i as u64));
    }
    let ab = merge(&e, &other);
    assert_eq!(ab, merge(&other, &e));
    assert_eq!(ab.results.len(), MAX_RESULTS);
    assert!(ab.results.iter().all(|r| r.saved_at >= 100_000));
}

#[test]
fn deletion_marks_are_compacted_to_the_newest() {
    let mut e = Envelope::default();
    for i in 0..(MAX_TOMBSTONES + 50) {
        let r = bare(i, 1_700_000_000_000 + i as u64 * 1_000);
        let id = r.id.clone();
        e.add(r);
        e.delete(&id);
    }
    assert_eq!(e.deleted.len(), MAX_TOMBSTONES);
    assert!(e.results.is_empty());
    let newest = bare(
        MAX_TOMBSTONES + 49,
        1_700_000_000_000 + (MAX_TOMBSTONES as u64 + 49) * 1_000,
    );
    assert!(e.deleted.contains_key(&newest.id));
}

#[test]
fn measurements_ride_with_their_result_and_old_versions_read_without() {
    let mut e = Envelope::default();
    e.add(bare(1, 5));
    e.measure(
        &e.results[0].id.clone(),
        Measurements {
            at: 7,
            ankle_mm: 221,
            calf_mm: 368,
        },
    );
    let text = encode(&e);
    assert!(
        text.contains(r#""measurements":{"ankle_mm":221,"at":7,"calf_mm":368}"#),
        "{text}"
    );
    assert!(
        text.starts_with(r#"{"v":2"#) || text.contains(r#""v":2"#),
        "{text}"
    );
    assert_eq!(decode(&text, NOW).envelope, e);
    // Version 1 (no measurements) reads whole.
    let v1 = text.replace(r#""v":2"#, r#""v":1"#).replace(
        r#","measurements":{"ankle_mm":221,"at":7,"calf_mm":368}"#,
        "",
    );
    let d = decode(&v1, NOW);
    assert!(d.intact && !d.newer);
    assert_eq!(d.envelope.results[0].measurements, None);
    // A planted, impossible measurement makes that result unreadable (kept
    // aside by the store), never shown as someone's leg.
    let planted = text.replace("\"ankle_mm\":221", "\"ankle_mm\":5");
    let d = decode(&planted, NOW);
    assert!(!d.intact && d.envelope.results.is_empty());
    // Measured by a build that did not record the time: read as time 0,
    // intact (older than any measurement that has one).
    let untimed = text.replace(r#""at":7,"#, "");
    let d = decode(&untimed, NOW);
    assert!(d.intact);
    assert_eq!(d.envelope.results[0].measurements.unwrap().at, 0);
    // A time from the future would win every merge: brought back to now.
    let ahead = text.replace(r#""at":7"#, &format!(r#""at":{}"#, u64::MAX));
    let d = decode(&ahead, NOW);
    assert!(!d.intact);
    assert_eq!(d.envelope.results[0].measurements.unwrap().at, NOW);
}

/// One stored text: result `a1` measured at `at` (ms) with this ankle.
fn measured_text(ankle_mm: u32, at: u64) -> String {
    format!(
        r#"{{"v":2,"results":[{{"id":"a1","saved_at":5,"content_version":2,"answers":{{}},"measurements":{{"ankle_mm":{ankle_mm},"calf_mm":368,"at":{at}}}}}]}}"#
    )
}

#[test]
fn the_newer_measurement_wins_the_merge_both_ways() {
    // A tab measured 260 mm, then the visitor corrected it to 221 mm: the
    // correction wins whichever copy the merge starts from, though smaller.
    let first = decode(&measured_text(260, 1_000), NOW).envelope;
    let corrected = decode(&measured_text(221, 2_000), NOW).envelope;
    for merged in [merge(&first, &corrected), merge(&corrected, &first)] {
        let m = merged.results[0].measurements.unwrap();
        assert_eq!(m.ankle_mm, 221, "the older, larger figure came back");
    }
    // And a larger correction wins too: newer, not larger or smaller.
    let first = decode(&measured_text(221, 1_000), NOW).envelope;
    let corrected = decode(&measured_text(260, 2_000), NOW).envelope;
    for merged in [merge(&first, &corrected), merge(&corrected, &first)] {
        assert_eq!(merged.results[0].measurements.unwrap().ankle_mm, 260);
    }
}

/// The language switch's pick is kept with the progress: read back as
/// written, the newest of two copies wins a merge, a time from the future
/// is brought back, and a language this build does not know leaves the
/// page's (the rest of the envelope is kept).
#[test]
fn the_language_pick_round_trips_and_the_newest_wins() {
    let pick = |language, at| Envelope {
        language: Some(Chosen { language, at }),
        ..Envelope::default()
    };
    let es = pick(Language::Es, 2_000);
    let decoded = decode(&encode(&es), 10_000);
    assert!(decoded.intact);
    assert_eq!(decoded.envelope, es);
    let en = pick(Language::En, 3_000);
    assert_eq!(merge(&es, &en).language, en.language);
    assert_eq!(merge(&en, &es).language, en.language);
    assert_eq!(merge(&es, &Envelope::default()).language, es.language);
    assert_eq!(merge(&Envelope::default(), &es).language, es.language);
    // A pick from the future would win every merge.
    let ahead = decode(
        r#"{"v":2,"results":[],"language":{"lang":"es","at":99999999999999}}"#,
        10_000,
    );
    assert!(!ahead.intact);
    assert_eq!(
        ahead.envelope.language,
        Some(Chosen {
            language: Language::Es,
            at: 10_000
        })
    );
    // Another language, or no time: the page's language stands.
    for text in [
        r#"{"v":2,"results":[],"language":{"lang":"fr","at":1}}"#,
        r#"{"v":2,"results":[],"language":{"lang":"es"}}"#,
        r#"{"v":2,"results":[],"language":"es"}"#,
    ] {
        let d = decode(text, 10_000);
        assert!(!d.intact && d.envelope.language.is_none(), "{text}");
    }
}
