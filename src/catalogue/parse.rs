//! `parse`: the shop's catalogue JSON (`"version": 1`) into a `Catalogue`
//! of the usable products, with one warning per thing skipped that names
//! its place (`products[3].sizes[0].ankle_cm`). Bounded: the text, the
//! products, the sizes, every string and the warnings themselves, so a
//! hostile or broken catalogue costs little and never panics.

use engine::Map;

use super::fields::{self, Field};
use super::warning::{Report, Skipped, Warning};
use super::{CalfFit, Catalogue, Product, Range, Size, Toe};
use crate::json::{self, Value};

/// The only catalogue version this widget reads.
pub const VERSION: u64 = 1;
/// Largest catalogue text read: the demo's socks take under 1 KB each with
/// their charts, so 200 of them fit in half of it.
pub const MAX_BYTES: usize = 512 * 1024;
/// Most products read; any beyond are ignored with one warning.
pub const MAX_PRODUCTS: usize = 200;
/// Most rows in one size chart (brands use 3 to 8; wide-calf rows double it).
pub const MAX_SIZES: usize = 20;

/// Ankle sizes a chart may give: 10-60 cm, in mm.
const CHART_ANKLE: Range = Range { from: 100, to: 600 };
/// Calf sizes a chart may give: 15-90 cm, in mm.
const CHART_CALF: Range = Range { from: 150, to: 900 };

/// Reads a catalogue. Never panics; every usable product is kept, in the
/// shop's order; each thing skipped gives one warning naming its place. An
/// empty catalogue means "fall back to `data-shop-url`".
pub fn parse(text: &str) -> (Catalogue, Vec<Warning>) {
    let mut report = Report::default();
    let products = read(text, &mut report);
    (Catalogue { products }, report.finish())
}

fn read(text: &str, r: &mut Report) -> Vec<Product> {
    let mut whole = |reason| {
        r.warn(|| "catalogue".into(), reason, Skipped::Catalogue);
        Vec::new()
    };
    // Checked before reading, so a 10 MB text costs nothing.
    if text.len() > MAX_BYTES {
        return whole(super::cap::TOO_BIG);
    }
    let Some(top) = json::parse(text) else {
        return whole("is not valid JSON, or nests too deep or too wide to read");
    };
    let Some(top) = top.as_object() else {
        return whole("must be a JSON object");
    };
    let mut at = |place: &'static str, reason| {
        r.warn(|| place.into(), reason, Skipped::Catalogue);
        Vec::new()
    };
    match top.get("version").map(Value::as_u64) {
        Some(Some(VERSION)) => {}
        None => return at("version", "is missing; use 1"),
        _ => return at("version", "is not 1, the only version this widget reads"),
    }
    let items = match top.get("products") {
        Some(Value::Array(items)) => items,
        None => return at("products", "is missing"),
        Some(_) => return at("products", "must be a list"),
    };
    if items.len() > MAX_PRODUCTS {
        r.warn(
            || "products".into(),
            "has more than 200 products",
            Skipped::Rest,
        );
    }
    let mut products: Vec<Product> = Vec::new();
    for (i, item) in items.iter().take(MAX_PRODUCTS).enumerate() {
        let Some(p) = product(item, i, r) else {
            continue;
        };
        if products.iter().any(|q| q.id == p.id) {
            let place = || format!("products[{i}].id");
            r.warn(place, "is used by an earlier product", Skipped::Product);
            continue;
        }
        products.push(p);
    }
    if products.is_empty() {
        r.warn(
            || "products".into(),
            "has no usable product",
            Skipped::Catalogue,
        );
    }
    products
}

/// A field's value; JSON `null` counts as left out.
fn present<'a>(o: &'a Map<Value>, key: &str) -> Option<&'a Value> {
    o.get(key).filter(|v| **v != Value::Null)
}

/// A problem: the field's key ("" for the whole item) and why.
type Problem = (&'static str, &'static str);

/// A field that must be there.
fn required<T>(o: &Map<Value>, key: &'static str, f: fn(&Value) -> Field<T>) -> Result<T, Problem> {
    let v = present(o, key).ok_or((key, "is missing"))?;
    f(v).map_err(|e| (key, e))
}

/// A field with a default when left out; a wrong value is still a problem
/// (a product is skipped rather than described wrongly).
fn defaulted<T>(
    o: &Map<Value>,
    key: &'static str,
    f: fn(&Value) -> Field<T>,
    default: T,
) -> Result<T, Problem> {
    match present(o, key) {
        None => Ok(default),
        Some(v) => f(v).map_err(|e| (key, e)),
    }
}

/// `products[3]`, `products[3].url`.
fn place(prefix: String, key: &str) -> String {
    match key {
        "" => prefix,
        _ => format!("{prefix}.{key}"),
    }
}

/// One product, or `None` with one warning (its first bad required field).
/// A bad optional field is dropped with its own warning.
fn product(item: &Value, i: usize, r: &mut Report) -> Option<Product> {
    let at = |key: &str| place(format!("products[{i}]"), key);
    let described = item
        .as_object()
        .ok_or(("", "must be an object"))
        .and_then(|o| {
            Ok((
                o,
                Product {
                    id: required(o, "id", fields::id)?,
                    name: required(o, "name", fields::text)?,
                    url: required(o, "url", fields::url)?,
                    mmhg: required(o, "mmhg", fields::mmhg)?,
                    length: required(o, "length", fields::length)?,
                    uses: required(o, "uses", fields::uses)?,
                    calf: defaulted(o, "calf", fields::calf, CalfFit::Standard)?,
                    toe: defaulted(o, "toe", fields::toe, Toe::Closed)?,
                    image: None,
                    price: None,
                    sizes: Vec::new(),
                    between_sizes: None,
                },
            ))
        });
    let (o, mut p) = match described {
        Ok(found) => found,
        Err((key, reason)) => {
            r.warn(|| at(key), reason, Skipped::Product);
            return None;
        }
    };
    let mut optional = |key: &'static str, f: fn(&Value) -> Field<String>| {
        f(present(o, key)?)
            .map_err(|e| r.warn(|| at(key), e, Skipped::Field))
            .ok()
    };
    p.image = optional("image", fields::url);
    p.price = optional("price", fields::text);
    p.between_sizes = optional("between_sizes", fields::text);
    p.sizes = chart(present(o, "sizes"), i, r);
    Some(p)
}

/// A size chart, smallest size first, or empty with one warning when any
/// part of any row is unusable (see `Skipped::Chart`).
fn chart(v: Option<&Value>, i: usize, r: &mut Report) -> Vec<Size> {
    let Some(v) = v else { return Vec::new() };
    let mut bad = |place: String, reason| {
        r.warn(|| place, reason, Skipped::Chart);
        Vec::new()
    };
    let Value::Array(rows) = v else {
        return bad(format!("products[{i}].sizes"), "must be a list");
    };
    if rows.len() > MAX_SIZES {
        return bad(format!("products[{i}].sizes"), "has more than 20 sizes");
    }
    let mut out: Vec<Size> = Vec::with_capacity(rows.len());
    for (j, row) in rows.iter().enumerate() {
        let at = |key: &str| place(format!("products[{i}].sizes[{j}]"), key);
        let size = match size(row) {
            Ok(s) => s,
            Err((key, reason)) => return bad(at(key), reason),
        };
        if out.iter().any(|s| s.label == size.label) {
            return bad(at("label"), "is used by an earlier size");
        }
        if out.last().is_some_and(|prev| !grows(prev, &size)) {
            return bad(
                at(""),
                "must be larger than the size before it (list sizes smallest first)",
            );
        }
        out.push(size);
    }
    out
}

/// One row of a chart.
fn size(row: &Value) -> Result<Size, Problem> {
    let o = row.as_object().ok_or(("", "must be an object"))?;
    let ankle = |v: &Value| fields::cm_range(v, CHART_ANKLE, "must lie within 10-60 cm");
    let calf = |v: &Value| fields::cm_range(v, CHART_CALF, "must lie within 15-90 cm");
    Ok(Size {
        label: required(o, "label", fields::text)?,
        ankle_mm: required(o, "ankle_cm", ankle)?,
        calf_mm: required(o, "calf_cm", calf)?,
        shoe: match present(o, "shoe") {
            None => None,
            Some(v) => Some(fields::text(v).map_err(|e| ("shoe", e))?),
        },
    })
}

/// Whether `next` comes after `prev` in a chart listed smallest first:
/// no range starts or ends lower than the one before, and the row is not
/// the same as the one before. Overlaps and gaps are allowed (real charts
/// have both); `size_for` says what they mean.
fn grows(prev: &Size, next: &Size) -> bool {
    let up = |a: Range, b: Range| b.from >= a.from && b.to >= a.to;
    up(prev.ankle_mm, next.ankle_mm)
        && up(prev.calf_mm, next.calf_mm)
        && (prev.ankle_mm, prev.calf_mm) != (next.ankle_mm, next.calf_mm)
}
