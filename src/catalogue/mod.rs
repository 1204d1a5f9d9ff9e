//! The shop's product catalogue as plain data: what the shop sells
//! (`Catalogue`, `Product`, its size chart), read once from the shop's JSON
//! (`parse`, bounded and hostile-input safe), the safe product match on an
//! allowed compression tip (`matches`) and the size finder (`size_for`,
//! `parse_measure`). Pure (no web calls), so all of it is tested natively
//! (`tests/catalogue*.rs`); the screens and `embed` are the edges that show
//! it and fetch it.
//!
//! How the widget uses it, in order:
//!
//! 1. `parse(text)` once at load: a `Catalogue` of the usable products and
//!    one `Warning` (with the place, such as `products[3].sizes[0].ankle_cm`)
//!    for each thing skipped. An empty catalogue means "show the
//!    `data-shop-url` link as today".
//! 2. `matches(&outcome, &answers, &catalogue)` on the result: at most three
//!    products, only on an allowed compression tip, each with "why this one"
//!    reasons and the tip's sources. Empty means "show the shop link".
//! 3. "Find my size": `LengthUnit::for_locale` for the starting unit,
//!    `parse_measure` for the two inputs (keep the millimetres;
//!    `measure_field` refills an input when the visitor switches units),
//!    then `Match::size(ankle_mm, calf_mm)` for each matched product. The
//!    measurements are saved with the result on the device (`saved`) and
//!    never put in any event.
//!
//! The JSON schema, the bounds and the rules are documented in
//! docs/catalogue.md; numbers are integers throughout (mmHg, mm).

mod cap;
mod fields;
mod matcher;
mod parse;
mod size;
mod warning;

pub use cap::Cap;
pub use fields::{MAX_ID_CHARS, MAX_TEXT_CHARS, MAX_USES};
pub use matcher::{matches, offerable_pictures, Match, MAX_MATCHES, MAX_MMHG};
pub use parse::{parse, MAX_BYTES, MAX_PRODUCTS, MAX_SIZES, VERSION};
pub use size::{
    measure_field, parse_measure, size_for, LengthUnit, MeasureError, Part, SizeAnswer, ANKLE_MM,
    CALF_MM,
};
pub use warning::{Skipped, Warning, MAX_WARNINGS};

/// The products a shop describes, in the shop's order (ties in the match
/// keep it). Every product here passed validation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    pub products: Vec<Product>,
}

impl Catalogue {
    /// Nothing usable: the widget falls back to the `data-shop-url` link.
    pub fn is_empty(&self) -> bool {
        self.products.is_empty()
    }
}

/// One product, as the shop describes it. Text is plain text, never HTML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Product {
    /// The shop's own id, unique in the catalogue (letters, digits, `-_.`).
    pub id: String,
    /// The name shown.
    pub name: String,
    /// The product page: the same rules as `data-shop-url`.
    pub url: String,
    /// A picture, same URL rules; display only.
    pub image: Option<String>,
    /// The price as the shop writes it ("$34.00"); display only, never read.
    pub price: Option<String>,
    /// Pressure at the ankle in mmHg, as labelled (15-20 is `{15, 20}`).
    pub mmhg: Range,
    pub length: Length,
    pub calf: CalfFit,
    /// What it is made for; never empty, each use once.
    pub uses: Vec<Use>,
    pub toe: Toe,
    /// The size chart, smallest size first; empty when the shop gave none
    /// (or the one it gave could not be used).
    pub sizes: Vec<Size>,
    /// The shop's advice for someone between two sizes, shown with both.
    pub between_sizes: Option<String>,
}

/// An inclusive range of whole numbers (mmHg, or mm for sizes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub from: u32,
    pub to: u32,
}

impl Range {
    /// Whether `x` lies in the range, both ends included.
    pub fn contains(self, x: u32) -> bool {
        self.from <= x && x <= self.to
    }
}

/// One row of a size chart. Ranges are in millimetres here (the JSON gives
/// centimetres, with at most one decimal).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Size {
    /// "S", "M", "L wide" …
    pub label: String,
    /// The ankle at its narrowest, just above the ankle bones.
    pub ankle_mm: Range,
    /// The calf at its widest.
    pub calf_mm: Range,
    /// Shoe sizes as the shop writes them ("US W 5-7"); display only.
    pub shoe: Option<String>,
}

/// How far up the leg it reaches, and what a product is made for: the
/// engine's types, since its product rules judge them.
pub use engine::{Length, Use};

/// Calf width the product is cut for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalfFit {
    Standard,
    Wide,
}

/// Open or closed toe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toe {
    Open,
    Closed,
}
