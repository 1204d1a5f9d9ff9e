//! The catalogue at the boundary, natively: the demo catalogue and the
//! example in docs/catalogue.md read whole; every field read as documented; wrong types at every field,
//! bad URLs, broken charts, 10,000 products, 1 MB strings and deep nesting
//! each end in bounded work, with warnings that name the place and say what
//! was skipped; a property over random values planted anywhere.
#![cfg(not(target_arch = "wasm32"))]

use circulation_check::catalogue::*;
use proptest::prelude::*;
use serde_json::{json, Value};

const DEMO: &str = include_str!("../demo/catalogue.json");

/// A complete, valid product (every field), as JSON.
fn product(id: &str) -> Value {
    json!({
        "id": id,
        "name": "Everyday Knee-High, 15-20 mmHg",
        "url": "https://shop.example.com/p/everyday",
        "image": "/img/everyday.jpg",
        "price": "$34.00",
        "mmhg": [15, 20],
        "length": "knee-high",
        "calf": "wide",
        "uses": ["everyday", "Travel", "walking-tours", "travel"],
        "toe": "open",
        "sizes": [
            {"label": "S", "ankle_cm": [18, 21], "calf_cm": [25, 33.5], "shoe": "US 4-6"},
            {"label": "M", "ankle_cm": [21, 24], "calf_cm": [30, 38]}
        ],
        "between_sizes": "Choose the larger one."
    })
}

fn catalogue(products: Vec<Value>) -> String {
    json!({"version": 1, "products": products}).to_string()
}

/// The places of the warnings.
fn places(w: &[Warning]) -> Vec<&str> {
    w.iter().map(|w| w.place.as_str()).collect()
}

/// Reads `text`; checks the bounds every result keeps.
fn read(text: &str) -> (Catalogue, Vec<Warning>) {
    let (c, w) = parse(text);
    assert!(w.len() <= 21, "{} warnings", w.len());
    assert!(c.products.len() <= 200);
    (c, w)
}

#[test]
fn the_bounds_are_the_documented_ones() {
    // docs/catalogue.md's "Bounds and warnings" and "Which products are shown".
    assert_eq!(
        (
            VERSION,
            MAX_BYTES,
            MAX_PRODUCTS,
            MAX_SIZES,
            MAX_USES,
            MAX_TEXT_CHARS,
            MAX_ID_CHARS
        ),
        (1, 512 * 1024, 200, 20, 12, 200, 64)
    );
    assert_eq!((MAX_WARNINGS, MAX_MATCHES, MAX_MMHG), (20, 3, 20));
    assert_eq!((ANKLE_MM, CALF_MM), (120..=450, 200..=700));
}

#[test]
fn the_demo_catalogue_reads_whole() {
    let (c, w) = read(DEMO);
    assert_eq!(
        w,
        vec![],
        "{:?}",
        w.iter().map(Warning::message).collect::<Vec<_>>()
    );
    assert_eq!(c.products.len(), 8);
    let medical = c
        .products
        .iter()
        .find(|p| p.id == "medical-knee-high-20-30")
        .unwrap();
    assert_eq!(medical.mmhg, Range { from: 20, to: 30 });
    assert!(c.products.iter().any(|p| p.length == Length::Sleeve));
    assert!(c.products.iter().any(|p| p.calf == CalfFit::Wide));
    for p in &c.products {
        assert!(p.sizes.len() >= 2, "{}", p.id);
        // Shaped like real charts: neighbouring sizes meet or overlap.
        for pair in p.sizes.windows(2) {
            assert!(pair[1].calf_mm.from <= pair[0].calf_mm.to, "{}", p.id);
        }
    }
}

#[test]
fn the_documented_example_reads_whole() {
    let page = include_str!("../docs/catalogue.md");
    let section = &page[page
        .find("## The schema, version 1")
        .expect("the schema section of docs/catalogue.md")..];
    let start = section.find("```json\n").expect("a json example") + 8;
    let end = start + section[start..].find("```").unwrap();
    let (c, w) = read(&section[start..end]);
    assert_eq!(w, vec![]);
    assert!(c.products.len() >= 2);
    // The example shows every field.
    let p = &c.products[0];
    assert!(p.image.is_some() && p.price.is_some() && p.between_sizes.is_some());
    assert!(p.sizes.iter().any(|s| s.shoe.is_some()));
}

#[test]
fn a_warning_reads_as_the_docs_show() {
    let mut p = product("d");
    p["sizes"][0]["ankle_cm"] = json!([7, 8.5]);
    let (c, w) = read(&catalogue(vec![
        product("a"),
        product("b"),
        product("c"),
        p,
    ]));
    assert_eq!(c.products.len(), 4);
    let line = "products[3].sizes[0].ankle_cm: must lie within 10-60 cm; this product's size chart is not used";
    assert_eq!(w.iter().map(Warning::message).collect::<Vec<_>>(), [line]);
    assert!(
        include_str!("../docs/catalogue.md").contains(line),
        "docs/catalogue.md no longer shows {line:?}"
    );
    let (_, w) = read(r#"{"version": 1, "products": []}"#);
    assert_eq!(
        w[0].message(),
        "products: has no usable product; the catalogue is not used and the shop link is shown"
    );
}

#[test]
fn every_field_is_read_as_documented() {
    let (c, w) = read(&catalogue(vec![product("a")]));
    assert_eq!(w, vec![]);
    let p = &c.products[0];
    assert_eq!(p.id, "a");
    assert_eq!(p.name, "Everyday Knee-High, 15-20 mmHg");
    assert_eq!(p.url, "https://shop.example.com/p/everyday");
    assert_eq!(p.image.as_deref(), Some("/img/everyday.jpg"));
    assert_eq!(p.price.as_deref(), Some("$34.00"));
    assert_eq!(p.mmhg, Range { from: 15, to: 20 });
    assert_eq!(
        (p.length, p.calf, p.toe),
        (Length::KneeHigh, CalfFit::Wide, Toe::Open)
    );
    // Lowercased, each once, the shop's own words kept.
    assert_eq!(
        p.uses,
        vec![
            Use::Everyday,
            Use::Travel,
            Use::Other("walking-tours".into())
        ]
    );
    assert_eq!(p.sizes.len(), 2);
    assert_eq!(p.sizes[0].label, "S");
    assert_eq!(p.sizes[0].ankle_mm, Range { from: 180, to: 210 });
    assert_eq!(p.sizes[0].calf_mm, Range { from: 250, to: 335 });
    assert_eq!(p.sizes[0].shoe.as_deref(), Some("US 4-6"));
    assert_eq!(p.sizes[1].shoe, None);
    assert_eq!(p.between_sizes.as_deref(), Some("Choose the larger one."));
}

#[test]
fn left_out_fields_take_their_defaults() {
    let mut v = product("a");
    for key in ["image", "price", "calf", "toe", "sizes", "between_sizes"] {
        v.as_object_mut().unwrap().remove(key);
    }
    v["name"] = json!("  <b>Plain</b> & simple  ");
    let (c, w) = read(&catalogue(vec![v]));
    assert_eq!(w, vec![]);
    let p = &c.products[0];
    assert_eq!((p.calf, p.toe), (CalfFit::Standard, Toe::Closed));
    assert_eq!(
        (&p.image, &p.price, &p.between_sizes),
        (&None, &None, &None)
    );
    assert!(p.sizes.is_empty());
    // Text stays text: trimmed, markup kept as typed, never read as HTML.
    assert_eq!(p.name, "<b>Plain</b> & simple");
    // Unknown fields are ignored; null is "left out".
    let mut v = product("b");
    v["colour"] = json!({"deep": [1, 2]});
    v["image"] = Value::Null;
    let (c, w) = read(&catalogue(vec![v]));
    assert_eq!((c.products.len(), w), (1, vec![]));
    assert_eq!(c.products[0].image, None);
}

#[test]
fn a_catalogue_that_cannot_be_used_gives_one_warning() {
    let cases = [
        ("", "catalogue"),
        ("{", "catalogue"),
        ("<html>404</html>", "catalogue"),
        ("[]", "catalogue"),
        ("\"text\"", "catalogue"),
        (r#"{"products": []}"#, "version"),
        (r#"{"version": 2, "products": []}"#, "version"),
        (r#"{"version": "1", "products": []}"#, "version"),
        (r#"{"version": 1.0, "products": []}"#, "version"),
        (r#"{"version": -1, "products": []}"#, "version"),
        (r#"{"version": 1}"#, "products"),
        (r#"{"version": 1, "products": {}}"#, "products"),
        (r#"{"version": 1, "products": []}"#, "products"),
        (r#"{"version": 1, "products": [1, "x", null]}"#, "products"),
    ];
    for (text, place) in cases {
        let (c, w) = read(text);
        assert!(c.is_empty(), "{text}");
        assert_eq!(
            w.last().map(|w| (w.place.as_str(), w.skipped)),
            Some((place, Skipped::Catalogue)),
            "{text}"
        );
        if !text.contains("[1,") {
            assert_eq!(w.len(), 1, "{text}: {w:?}");
        }
    }
}

/// Wrong values for a field: wrong types and wrong words.
fn wrong_values() -> Vec<Value> {
    vec![
        json!(12),
        json!(-1),
        json!(1.5),
        json!(true),
        json!([]),
        json!(["a", "b", "c"]),
        json!({}),
        json!({"a": 1}),
        json!(""),
        json!("   "),
        json!("x".repeat(5000)),
        json!("nul\u{0}byte"),
    ]
}

#[test]
fn a_wrong_required_field_skips_its_product_and_names_the_place() {
    for key in ["id", "name", "url", "mmhg", "length", "uses", "calf", "toe"] {
        for bad in wrong_values().into_iter().chain([Value::Null]) {
            if bad.is_null() && (key == "calf" || key == "toe") {
                continue; // left out: the default
            }
            if key == "uses" && bad == json!(["a", "b", "c"]) {
                continue; // the shop's own words: valid
            }
            let mut v = product("b");
            v[key] = bad.clone();
            let (c, w) = read(&catalogue(vec![product("a"), v, product("c")]));
            let ids: Vec<&str> = c.products.iter().map(|p| p.id.as_str()).collect();
            assert_eq!(ids, ["a", "c"], "{key} = {bad}");
            assert_eq!(places(&w), [format!("products[1].{key}")], "{key} = {bad}");
            assert_eq!(w[0].skipped, Skipped::Product);
            assert!(w[0].message().starts_with(&format!("products[1].{key}: ")));
        }
    }
}

#[test]
fn a_wrong_optional_field_is_dropped_alone() {
    for key in ["image", "price", "between_sizes"] {
        for bad in wrong_values() {
            let mut v = product("b");
            v[key] = bad.clone();
            let (c, w) = read(&catalogue(vec![v]));
            assert_eq!(c.products.len(), 1, "{key} = {bad}");
            assert_eq!(places(&w), [format!("products[0].{key}")], "{key} = {bad}");
            assert_eq!(w[0].skipped, Skipped::Field);
        }
    }
}

#[test]
fn a_wrong_size_row_drops_the_chart_not_the_product() {
    for key in ["label", "ankle_cm", "calf_cm", "shoe"] {
        for bad in wrong_values().into_iter().chain([Value::Null]) {
            if bad.is_null() && key == "shoe" {
                continue;
            }
            let mut v = product("b");
            v["sizes"][1][key] = bad.clone();
            let (c, w) = read(&catalogue(vec![v]));
            assert_eq!(c.products.len(), 1, "{key} = {bad}");
            assert!(c.products[0].sizes.is_empty(), "{key} = {bad}");
            assert_eq!(
                places(&w),
                [format!("products[0].sizes[1].{key}")],
                "{key} = {bad}"
            );
            assert_eq!(w[0].skipped, Skipped::Chart);
        }
    }
    for bad in wrong_values() {
        let mut v = product("b");
        v["sizes"][0] = bad.clone();
        let (_, w) = read(&catalogue(vec![v]));
        // An object is read as far as its first bad field ("label").
        let place = if bad.is_object() {
            "products[0].sizes[0].label"
        } else {
            "products[0].sizes[0]"
        };
        assert_eq!(places(&w), [place], "{bad}");
        let mut v = product("b");
        v["sizes"] = bad.clone();
        let (c, w) = read(&catalogue(vec![v]));
        let expected: &[&str] = match &bad {
            Value::Array(rows) if rows.is_empty() => &[],
            Value::Array(_) => &["products[0].sizes[0]"],
            _ => &["products[0].sizes"],
        };
        assert_eq!(places(&w), expected, "{bad}");
        assert!(c.products[0].sizes.is_empty());
    }
}

#[test]
fn ranges_are_whole_mmhg_and_centimetres_with_one_decimal() {
    let mmhg = |v: Value| {
        let mut p = product("a");
        p["mmhg"] = v;
        read(&catalogue(vec![p])).0.products.first().map(|p| p.mmhg)
    };
    assert_eq!(mmhg(json!([1, 100])), Some(Range { from: 1, to: 100 }));
    assert_eq!(mmhg(json!([20, 20])), Some(Range { from: 20, to: 20 }));
    for bad in [
        json!([0, 20]),
        json!([15, 101]),
        json!([20, 15]),
        json!([15]),
        json!([15, 20, 30]),
        json!([15.5, 20]),
        json!(["15", "20"]),
        json!([1e1, 20]),
    ] {
        assert_eq!(mmhg(bad.clone()), None, "{bad}");
    }
    // Planted as text: serde_json would rewrite 1.8e1 as 18.0.
    let ankle = |text: &str| {
        let mut p = product("a");
        p["sizes"][0]["ankle_cm"] = json!("@");
        let json = catalogue(vec![p]).replace("\"@\"", text);
        read(&json).0.products[0].sizes.first().map(|s| s.ankle_mm)
    };
    assert_eq!(ankle("[18, 21]"), Some(Range { from: 180, to: 210 }));
    assert_eq!(ankle("[10, 18.5]"), Some(Range { from: 100, to: 185 }));
    assert_eq!(ankle("[10.0, 21]"), Some(Range { from: 100, to: 210 }));
    // Two decimals, exponents, signs, inches typed as cm, reversed.
    for bad in [
        "[18.25, 21]",
        "[1.8e1, 21]",
        "[18E0, 21]",
        "[-18, 21]",
        "[7, 8.5]",
        "[21, 18]",
        "[18, 61]",
        "[9.9, 21]",
    ] {
        assert_eq!(ankle(bad), None, "{bad}");
    }
}

#[test]
fn a_chart_lists_sizes_smallest_first_each_once() {
    let chart = |rows: Value| {
        let mut p = product("a");
        p["sizes"] = rows;
        let (c, w) = read(&catalogue(vec![p]));
        (
            c.products[0].sizes.len(),
            places(&w).iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    };
    let row = |label: &str, a: [u32; 2], c: [u32; 2]| json!({"label": label, "ankle_cm": a, "calf_cm": c});
    // Overlaps, shared edges and gaps are fine.
    let ok = json!([
        row("S", [18, 21], [25, 33]),
        row("M", [21, 24], [30, 38]),
        row("L", [25, 27], [40, 43])
    ]);
    assert_eq!(chart(ok), (3, vec![]));
    let bad = [
        (
            json!([row("M", [21, 24], [30, 38]), row("S", [18, 21], [25, 33])]),
            "products[0].sizes[1]",
        ),
        (
            json!([row("S", [18, 24], [25, 33]), row("M", [21, 23], [30, 38])]),
            "products[0].sizes[1]",
        ),
        (
            json!([row("S", [18, 21], [25, 33]), row("M", [18, 21], [25, 33])]),
            "products[0].sizes[1]",
        ),
        (
            json!([row("S", [18, 21], [25, 33]), row("S", [21, 24], [30, 38])]),
            "products[0].sizes[1].label",
        ),
    ];
    for (rows, place) in bad {
        assert_eq!(chart(rows.clone()), (0, vec![place.to_string()]), "{rows}");
    }
    let many = |n: u32| {
        json!((0..n)
            .map(|i| row(&format!("S{i}"), [18, 21], [20 + i, 21 + i]))
            .collect::<Vec<_>>())
    };
    assert_eq!(chart(many(20)), (20, vec![]));
    assert_eq!(chart(many(21)), (0, vec!["products[0].sizes".to_string()]));
}

#[test]
fn links_follow_the_data_shop_url_rules() {
    let good = [
        "https://shop.example.com/p?x=1#y",
        "HTTP://127.0.0.1:8080/p",
        "/products/socks",
    ];
    let long = format!("https://shop.example.com/{}", "a".repeat(2048));
    let bad = [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example.com/p",
        "https://",
        "https:///path",
        "ftp://shop.example.com/p",
        "products/socks",
        "/p\"onmouseover=\"x",
        "/p with space",
        "/p\u{0}",
        long.as_str(),
    ];
    for url in good {
        let mut p = product("a");
        p["url"] = json!(url);
        p["image"] = json!(url);
        let (c, w) = read(&catalogue(vec![p]));
        assert_eq!((c.products.len(), w.len()), (1, 0), "{url}");
        assert_eq!(c.products[0].image.as_deref(), Some(url));
    }
    for url in bad {
        let mut p = product("a");
        p["image"] = json!(url);
        let (c, w) = read(&catalogue(vec![p.clone()]));
        assert_eq!(
            (c.products[0].image.as_deref(), places(&w)),
            (None, vec!["products[0].image"]),
            "{url:.40}"
        );
        p["url"] = json!(url);
        let (c, w) = read(&catalogue(vec![p]));
        assert!(c.is_empty(), "{url:.40}");
        assert_eq!(places(&w), ["products[0].url", "products"], "{url:.40}");
    }
}

#[test]
fn ids_are_short_plain_and_unique() {
    let mut dup = product("a");
    dup["name"] = json!("Second");
    let (c, w) = read(&catalogue(vec![product("a"), dup, product("b")]));
    assert_eq!(
        c.products.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert_eq!(c.products[0].name, "Everyday Knee-High, 15-20 mmHg");
    assert_eq!(places(&w), ["products[1].id"]);
    let id64 = "a".repeat(64);
    for (id, ok) in [
        (id64.as_str(), true),
        ("sock_1.v-2", true),
        ("", false),
        ("a b", false),
        ("<a>", false),
        ("é", false),
    ] {
        let (c, _) = read(&catalogue(vec![product(id)]));
        assert_eq!(c.products.len(), usize::from(ok), "{id}");
    }
    let (c, _) = read(&catalogue(vec![product(&"a".repeat(65))]));
    assert!(c.is_empty());
}

#[test]
fn text_is_bounded_and_plain() {
    let name = |v: Value| {
        let mut p = product("a");
        p["name"] = v;
        let (c, w) = read(&catalogue(vec![p]));
        (
            c.products.first().map(|p| p.name.clone()),
            w.first().map(|w| w.reason),
        )
    };
    let max = "é".repeat(200);
    assert_eq!(name(json!(max)).0.as_deref(), Some(max.as_str()));
    assert_eq!(
        name(json!("é".repeat(201))),
        (None, Some("is longer than 200 characters"))
    );
    assert_eq!(name(json!("tab\there")).0, None);
    assert_eq!(
        name(json!("<img src=x onerror=alert(1)>")).0.as_deref(),
        Some("<img src=x onerror=alert(1)>")
    );
    let uses = |v: Value| {
        let mut p = product("a");
        p["uses"] = v;
        read(&catalogue(vec![p]))
            .0
            .products
            .first()
            .map(|p| p.uses.len())
    };
    assert_eq!(uses(json!(vec!["everyday"; 12])), Some(1));
    assert_eq!(uses(json!(vec!["everyday"; 13])), None);
    assert_eq!(uses(json!(["everyday", 3])), None);
}

#[test]
fn the_catalogue_code_is_pure_and_small() {
    // No browser crate (tested natively, wired by others), and none of the
    // things the wasm budget rules out: floats, std maps, serde_json, the
    // standard sorts.
    let forbidden = [
        "yew",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "gloo",
        "f32",
        "f64",
        "BTreeMap",
        "HashMap",
        "serde",
        ".sort(",
        ".sort_by",
        ".sort_unstable",
    ];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/catalogue");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.push(concat!(env!("CARGO_MANIFEST_DIR"), "/src/url.rs").into());
    assert!(files.len() >= 7);
    for path in files {
        let src = std::fs::read_to_string(&path).unwrap();
        assert!(src.starts_with("//! "), "{path:?} starts with a //! line");
        assert!(src.lines().count() <= 250, "{path:?} is over 250 lines");
        let code: String = src
            .lines()
            .map(|l| l.split("//").next().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("\n");
        for word in forbidden {
            assert!(!code.contains(word), "{path:?} uses {word}");
        }
    }
}

// ------------------------------------------------------------ hostile input

#[test]
fn ten_thousand_products_read_the_first_200_with_21_warnings_at_most() {
    // Small valid products fit 512 KB only up to a few thousand: 10,000 of
    // them are refused before reading; 10,000 empty objects are read, 200
    // looked at, 20 warnings and a note given.
    let valid: Vec<Value> = (0..10_000)
        .map(|i| json!({"id": i.to_string(), "name": "n", "url": "/p", "mmhg": [15, 20], "length": "knee-high", "uses": ["everyday"]}))
        .collect();
    let (c, w) = read(&catalogue(valid.clone()));
    assert!(c.is_empty());
    assert_eq!(
        (places(&w), w[0].reason),
        (vec!["catalogue"], "is larger than 512 KB")
    );

    let (c, w) = read(&catalogue(valid[..2000].to_vec()));
    assert_eq!(c.products.len(), 200);
    assert_eq!(
        (places(&w), w[0].skipped),
        (vec!["products"], Skipped::Rest)
    );

    let (c, w) = read(&catalogue(vec![json!({}); 10_000]));
    assert!(c.is_empty());
    assert_eq!(w.len(), 21);
    assert_eq!(w[1].place, "products[0].id");
    assert_eq!(w[19].place, "products[18].id");
    assert_eq!(w[20].place, "catalogue");
    assert_eq!(w[20].skipped, Skipped::Nothing);
}

#[test]
fn megabyte_strings_are_refused_unread() {
    let huge = "x".repeat(1 << 20);
    for key in ["name", "url", "id", "price"] {
        let mut p = product("a");
        p[key] = json!(huge);
        let (c, w) = read(&catalogue(vec![p]));
        assert!(c.is_empty(), "{key}");
        assert_eq!(
            (places(&w), w[0].reason),
            (vec!["catalogue"], "is larger than 512 KB")
        );
    }
    // Under the text bound, a long string is refused at its place.
    let mut p = product("a");
    p["name"] = json!("x".repeat(400_000));
    let (c, w) = read(&catalogue(vec![p, product("b")]));
    assert_eq!(c.products.len(), 1);
    assert_eq!(places(&w), ["products[0].name"]);
    // Whitespace padding counts too.
    let padded = format!(
        "{}{}",
        " ".repeat(512 * 1024),
        catalogue(vec![product("a")])
    );
    assert_eq!(places(&read(&padded).1), ["catalogue"]);
}

#[test]
fn deep_or_wide_nesting_is_refused() {
    let deep = |n: usize| {
        format!(
            r#"{{"version":1,"products":[{}{}]}}"#,
            "[".repeat(n),
            "]".repeat(n)
        )
    };
    // Too deep for the reader: one warning, nothing read.
    let (c, w) = read(&deep(100_000));
    assert!(c.is_empty());
    assert_eq!(places(&w), ["catalogue"]);
    // Deep but readable: the product is not an object.
    let (_, w) = read(&deep(100));
    assert_eq!(places(&w), ["products[0]", "products"]);
    // Nested values in a field.
    let mut p = product("a");
    p["name"] = serde_json::from_str(&format!("{}1{}", "[".repeat(100), "]".repeat(100))).unwrap();
    assert_eq!(
        places(&read(&catalogue(vec![p])).1),
        ["products[0].name", "products"]
    );
    // An object with more keys than the reader takes.
    let mut p = product("a");
    for i in 0..300 {
        p[format!("k{i}")] = json!(i);
    }
    assert_eq!(places(&read(&catalogue(vec![p])).1), ["catalogue"]);
}

// ------------------------------------------------------------ property

/// Any JSON value, small.
fn any_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (0u32..120).prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "[ -~]{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("javascript:alert(1)"),
            Just("//evil.example.com"),
            Just("knee-high"),
            Just("everyday"),
            Just("/p"),
        ]
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::vec(("[a-z_]{1,8}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// The keys a planted value may replace: every field of a product and of
/// a size row.
const KEYS: &[&str] = &[
    "id",
    "name",
    "url",
    "image",
    "price",
    "mmhg",
    "length",
    "calf",
    "uses",
    "toe",
    "sizes",
    "between_sizes",
    "label",
    "ankle_cm",
    "calf_cm",
    "shoe",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Random values planted at random fields of the demo catalogue: never
    /// a panic; every kept product keeps the documented bounds; every
    /// product not kept is named by a warning (unless warnings ran out).
    #[test]
    fn planted_values_never_break_the_bounds(
        plants in prop::collection::vec((0usize..8, 0usize..5, 0usize..KEYS.len(), any_value()), 1..6)
    ) {
        let mut demo: Value = serde_json::from_str(DEMO).unwrap();
        for (i, row, key, v) in plants {
            let key = KEYS[key];
            let p = &mut demo["products"][i];
            if ["label", "ankle_cm", "calf_cm", "shoe"].contains(&key) {
                if let Some(r) = p["sizes"].get_mut(row).filter(|r| r.is_object()) {
                    r[key] = v;
                }
            } else {
                p[key] = v;
            }
        }
        let (c, w) = read(&demo.to_string());
        for p in &c.products {
            prop_assert!(circulation_check::url::valid_shop_url(&p.url));
            prop_assert!(p.image.as_deref().is_none_or(circulation_check::url::valid_shop_url));
            prop_assert!(p.mmhg.from >= 1 && p.mmhg.from <= p.mmhg.to && p.mmhg.to <= 100);
            prop_assert!(!p.uses.is_empty() && p.uses.len() <= 12);
            prop_assert!(p.name.chars().count() <= 200);
            prop_assert!(p.sizes.len() <= 20);
            for pair in p.sizes.windows(2) {
                prop_assert!(pair[0].ankle_mm.from <= pair[1].ankle_mm.from && pair[0].calf_mm.to <= pair[1].calf_mm.to);
            }
        }
        let skipped = w.iter().filter(|w| w.skipped == Skipped::Product).count();
        prop_assert_eq!(c.products.len() + skipped, 8);
    }

    /// Any text at all: never a panic, bounded warnings.
    #[test]
    fn any_text_is_safe(text in ".{0,300}") {
        read(&text);
    }
}
