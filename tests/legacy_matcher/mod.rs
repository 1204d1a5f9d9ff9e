//! THE PRE-REFACTOR REFERENCE (issue 21): the product match as it was in
//! src/catalogue/matcher.rs at commit 9fa4326, copied verbatim (paths to the
//! public API, `Match` built from the public type), so
//! tests/catalogue_equivalence.rs can compare the engine's product rules
//! with it. Never edit the rules here.
#![allow(dead_code, clippy::all)]

use circulation_check::catalogue::{Catalogue, Length, Match, Product, Use};
use engine::ids::{ACTIVITY, DAY, TRAVEL};
use engine::{
    question, stable_sort_by, visible_answers, Answers, Kind, Level, Outcome, Reason, RecId,
    Recommendation, Said, Status,
};

const MAX_MATCHES: usize = 3;
const MAX_MMHG: u32 = 20;

/// The compression tip, when it may carry a product. The engine already
/// decided (allowed and `product` mean no gate, no "ask first", not urgent
/// or emergency); the same rules are stated again here, so a change in the
/// engine cannot leak a product: only at self-care (at "see a doctor soon"
/// the sign waits for that visit, and urgent and emergency show no tips),
/// never on the under-18 screen, never beside "talk to your doctor before
/// starting compression".
fn allowed_tip(outcome: &Outcome) -> Option<&Recommendation> {
    if outcome.level != Level::SelfCare || outcome.not_for_you || outcome.doctor_talk {
        return None;
    }
    outcome
        .recommendations
        .iter()
        .find(|r| r.id == RecId::Compression)
        .filter(|r| r.status == Status::Allowed && r.product && !r.reasons.is_empty())
}

/// Whether a product may ever be offered on the tip:
/// - its labelled pressure tops out at `MAX_MMHG` or below;
/// - it is not a sleeve: footless, it gives no graduated pressure from the
///   ankle, which is what the tip (knee-high graduated compression) is;
/// - it is not made for pregnancy: pregnancy and the weeks after birth
///   gate compression as "ask your midwife or doctor first", so no one the
///   match ever runs for is who such a product is made for.
fn safe(p: &Product) -> bool {
    p.mmhg.from <= p.mmhg.to
        && p.mmhg.to <= MAX_MMHG
        && p.length != Length::Sleeve
        && !p.uses.contains(&Use::Pregnancy)
}

/// What the visitor said that a product's uses can fit, each with its
/// reasons: a long journey (travel); 4 or more still hours a day (standing
/// or sitting: the quiz asks "sit or stand still" as one question); 150 or
/// more active minutes a week (active).
fn needs(a: &Answers) -> [(&'static [Use], Vec<Reason>); 3] {
    let travel = ["recent", "planned"]
        .iter()
        .filter_map(|o| said(a, TRAVEL, o))
        .collect();
    let still = row_in(a, DAY, "still", &["still_4_8", "still_gt8"]);
    let active = row_in(a, ACTIVITY, "minutes", &["min_150_300", "min_gt300"]);
    [
        (&[Use::Travel], travel),
        (&[Use::Standing, Use::Sitting], still.into_iter().collect()),
        (&[Use::Active], active.into_iter().collect()),
    ]
}

/// How well a product fits: 2 for each need its uses meet, 1 more for
/// everyday wear; 0 means it is not for this visitor. And why.
fn fit(p: &Product, needs: &[(&'static [Use], Vec<Reason>)]) -> (u32, Vec<Reason>) {
    let mut score = u32::from(p.uses.contains(&Use::Everyday));
    let mut why: Vec<Reason> = Vec::new();
    for (uses, reasons) in needs {
        if !reasons.is_empty() && uses.iter().any(|u| p.uses.contains(u)) {
            score += 2;
            // Each need's reasons are its own, so none is named twice.
            why.extend_from_slice(reasons);
        }
    }
    (score, why)
}

/// The products to show on the compression tip, best first, at most
/// `MAX_MATCHES`; empty whenever compression is not an allowed tip with a
/// product (show nothing), or nothing fits (show the `data-shop-url` link).
///
/// Rules, in order: only `safe` products; only those that fit the visitor
/// (everyday wear, or a use their answers call for); knee-high only, unless
/// none of those is knee-high (then thigh-high before tights); ranked by
/// fit, ties in the catalogue's order. Only answers to questions the
/// visitor was shown count, as in the engine.
pub fn matches<'a>(
    outcome: &Outcome,
    answers: &Answers,
    catalogue: &'a Catalogue,
) -> Vec<Match<'a>> {
    let Some(tip) = allowed_tip(outcome) else {
        return Vec::new();
    };
    let needs = needs(&visible_answers(answers));
    let mut found: Vec<(u32, &Product, Vec<Reason>)> = catalogue
        .products
        .iter()
        .filter(|p| safe(p))
        .map(|p| {
            let (score, why) = fit(p, &needs);
            (score, p, why)
        })
        .filter(|(score, _, _)| *score > 0)
        .collect();
    let knee_high = found.iter().any(|(_, p, _)| p.length == Length::KneeHigh);
    found.retain(|(_, p, _)| !knee_high || p.length == Length::KneeHigh);
    let rank = |(score, p, _): &(u32, &Product, Vec<Reason>)| {
        (std::cmp::Reverse(*score), p.length != Length::ThighHigh)
    };
    stable_sort_by(&mut found, |a, b| rank(a).cmp(&rank(b)));
    found
        .into_iter()
        .take(MAX_MATCHES)
        .map(|(_, product, why)| Match {
            product,
            reasons: if why.is_empty() {
                tip.reasons.clone()
            } else {
                why
            },
            sources: tip.sources,
        })
        .collect()
}

// The two helpers the old match called as `Reason::said` and
// `Reason::row_in`, verbatim from engine/src/reason.rs at 9fa4326.

fn said(a: &Answers, q: &str, option: &str) -> Option<Reason> {
    if !(a.is(q, option) || a.has(q, option)) {
        return None;
    }
    let qn = question(q)?;
    Some(Reason {
        question: qn.id,
        said: Said::Opt(qn.static_option(option)?),
    })
}

fn row_in(a: &Answers, q: &str, row: &str, options: &[&str]) -> Option<Reason> {
    let chosen = a.row(q, row)?;
    if !options.contains(&chosen) {
        return None;
    }
    let qn = question(q)?;
    let Kind::Grid { rows } = qn.kind else {
        return None;
    };
    let r = rows.iter().find(|r| r.id == row)?;
    let option = r.options.iter().copied().find(|o| *o == chosen)?;
    Some(Reason {
        question: qn.id,
        said: Said::Row { row: r.id, option },
    })
}
