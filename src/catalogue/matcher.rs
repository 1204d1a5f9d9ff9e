//! The product match: the shop's products handed to the engine's product
//! rules (only on an allowed compression tip, never above 20 mmHg, never a
//! sleeve or a pregnancy product, knee-high first, ranked by what the
//! visitor said, at most three), each with "why this one" as the engine's
//! reasons. The rules themselves live in the engine (`engine::rules`).

use engine::{pick_products, product_allowed, Answers, Outcome, ProductFacts, Reason, SourceId};

use super::{size_for, Catalogue, Product, SizeAnswer};

/// Most products shown on the tip (the engine's rule).
pub use engine::MAX_MATCHES;
/// The strongest compression offered without a clinician's check (the
/// engine's rule: at most 20 mmHg at the labelled top).
pub use engine::MAX_MMHG;

/// One product to show on the compression tip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match<'a> {
    pub product: &'a Product,
    /// Why this one, as "You said …" reasons: the answers its uses fit
    /// (a long journey for travel, still hours for standing or sitting,
    /// 150+ active minutes for active), else the compression tip's own
    /// reasons. Never empty.
    pub reasons: Vec<Reason>,
    /// What backs it: the compression tip's sources.
    pub sources: &'static [SourceId],
}

impl Match<'_> {
    /// The size finder's answer for this product. Sizes are only ever
    /// offered through a match, so never when compression is gated.
    pub fn size(&self, ankle_mm: u32, calf_mm: u32) -> SizeAnswer<'_> {
        size_for(self.product, ankle_mm, calf_mm)
    }
}

/// What the engine needs to know of a product to judge it.
fn facts(p: &Product) -> ProductFacts<'_> {
    ProductFacts {
        mmhg_from: p.mmhg.from,
        mmhg_to: p.mmhg.to,
        length: p.length,
        uses: &p.uses,
    }
}

/// The pictures of every product that could ever be offered, whatever the
/// answers (the engine's product safety alone), each once, in catalogue
/// order: what `pictures` requests before any answer, so the image host
/// learns nothing from which cards a visitor is shown.
pub fn offerable_pictures(catalogue: &Catalogue) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for url in catalogue
        .products
        .iter()
        .filter(|p| product_allowed(&facts(p)))
        .filter_map(|p| p.image.as_deref())
    {
        if !out.contains(&url) {
            out.push(url);
        }
    }
    out
}

/// The products to show on the compression tip, best first, at most
/// `MAX_MATCHES`; empty whenever compression is not an allowed tip with a
/// product (show nothing), or nothing fits (show the `data-shop-url` link).
///
/// Which products are safe, which fit and in what order is the engine's
/// product rules (`engine::pick_products`; RULES.md, "Product safety"):
/// this only hands it the catalogue's facts and maps its picks back.
pub fn matches<'a>(
    outcome: &Outcome,
    answers: &Answers,
    catalogue: &'a Catalogue,
) -> Vec<Match<'a>> {
    let products = &catalogue.products;
    let all: Vec<ProductFacts> = products.iter().map(facts).collect();
    pick_products(outcome, answers, &all)
        .into_iter()
        .map(|pick| Match {
            product: &products[pick.index],
            reasons: pick.reasons,
            sources: pick.sources,
        })
        .collect()
}
