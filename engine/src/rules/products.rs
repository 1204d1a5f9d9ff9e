//! Product safety: which of a shop's products the compression tip may
//! offer. The rules are entries of the rule table (`Effect::Product` and
//! `Effect::Fits`); this module applies them to a product's facts, so the
//! widget's catalogue code only reads the shop's file and shows what the
//! engine picks.

use super::{eval, Ctx, Effect, ProductRule, RULES};
use crate::advice::{RecId, Recommendation, Status};
use crate::answers::Answers;
use crate::flow::visible_answers;
use crate::outcome::Outcome;
use crate::reason::Reason;
use crate::sort::stable_sort_by;
use crate::sources::SourceId;
use crate::triage::Level;

/// The strongest compression offered without a clinician's check (the
/// brief: at most 20 mmHg over the counter; 20-30 and 30-40 mmHg only
/// after a check), whatever the catalogue says. A product's labelled top
/// must be at or below it.
pub const MAX_MMHG: u32 = 20;
/// Most products shown on the tip.
pub const MAX_MATCHES: usize = 3;

/// How far up the leg a product reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Length {
    /// Knee-high: what the tip suggests.
    KneeHigh,
    /// Thigh-high.
    ThighHigh,
    /// Tights.
    Tights,
    /// Footless: never offered (`ProductRule::NoSleeve`).
    Sleeve,
}

/// What a product is made for. Uses the engine knows can fit a visitor;
/// `Other` keeps any further word a shop uses (shown, never fits).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Use {
    /// Everyday wear.
    Everyday,
    /// Long journeys.
    Travel,
    /// Standing for long.
    Standing,
    /// Sitting for long.
    Sitting,
    /// Sport and activity.
    Active,
    /// Made for pregnancy: never offered (`ProductRule::NoPregnancy`).
    Pregnancy,
    /// A word the engine does not know, kept as given.
    Other(String),
}

impl Use {
    /// The word in a shop's file: "everyday", "travel" …, or the shop's own.
    pub fn as_str(&self) -> &str {
        match self {
            Use::Everyday => "everyday",
            Use::Travel => "travel",
            Use::Standing => "standing",
            Use::Sitting => "sitting",
            Use::Active => "active",
            Use::Pregnancy => "pregnancy",
            Use::Other(s) => s,
        }
    }

    /// The use a word names (lowercase); any other word is `Other`.
    pub fn from_word(word: &str) -> Use {
        match word {
            "everyday" => Use::Everyday,
            "travel" => Use::Travel,
            "standing" => Use::Standing,
            "sitting" => Use::Sitting,
            "active" => Use::Active,
            "pregnancy" => Use::Pregnancy,
            _ => Use::Other(word.to_owned()),
        }
    }
}

/// What the answers can call for, and which uses meet it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// A long journey: travel socks.
    Travel,
    /// Still for hours: socks for standing or sitting (the quiz asks "sit
    /// or stand still" as one question, so either use meets it).
    StillForHours,
    /// 150+ active minutes a week: socks for activity.
    Active,
    /// Anyone the tip is offered to: everyday wear.
    Everyday,
}

static TRAVEL: [Use; 1] = [Use::Travel];
static STILL: [Use; 2] = [Use::Standing, Use::Sitting];
static ACTIVE: [Use; 1] = [Use::Active];
static EVERYDAY: [Use; 1] = [Use::Everyday];

impl Need {
    /// The uses that meet it.
    pub fn uses(self) -> &'static [Use] {
        match self {
            Need::Travel => &TRAVEL,
            Need::StillForHours => &STILL,
            Need::Active => &ACTIVE,
            Need::Everyday => &EVERYDAY,
        }
    }

    /// How much meeting it counts in the ranking: 2 for a need the answers
    /// call for, 1 for everyday wear.
    pub fn weight(self) -> u32 {
        match self {
            Need::Everyday => 1,
            _ => 2,
        }
    }
}

/// What the engine needs to know of a product.
#[derive(Clone, Copy, Debug)]
pub struct ProductFacts<'a> {
    /// Labelled pressure at the ankle, low end, in mmHg.
    pub mmhg_from: u32,
    /// Labelled pressure at the ankle, top end, in mmHg.
    pub mmhg_to: u32,
    /// How far up the leg it reaches.
    pub length: Length,
    /// What it is made for.
    pub uses: &'a [Use],
}

/// One product to show: its index among the facts given, why it fits
/// ("You said …"; never empty) and the compression tip's sources.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pick {
    /// The index into the slice given to [`pick_products`].
    pub index: usize,
    /// Why this one: the answers its uses fit, else the tip's own reasons.
    pub reasons: Vec<Reason>,
    /// What backs it: the compression tip's sources.
    pub sources: &'static [SourceId],
}

impl ProductRule {
    /// Whether a product passes this rule (the rules that are not about
    /// one product pass every product; they act in `pick_products`).
    fn admits(self, p: &ProductFacts) -> bool {
        match self {
            ProductRule::Ceiling => p.mmhg_from <= p.mmhg_to && p.mmhg_to <= MAX_MMHG,
            ProductRule::NoSleeve => p.length != Length::Sleeve,
            ProductRule::NoPregnancy => !p.uses.contains(&Use::Pregnancy),
            ProductRule::OnlyOnAnAllowedTip
            | ProductRule::UnknownUseNeverFits
            | ProductRule::KneeHighFirst => true,
        }
    }
}

/// Whether a product may ever be offered: every product rule of the table
/// admits it.
pub fn product_allowed(p: &ProductFacts) -> bool {
    RULES.iter().all(|r| match r.then {
        Effect::Product(rule) => rule.admits(p),
        _ => true,
    })
}

/// The compression tip, when it may carry a product
/// (`ProductRule::OnlyOnAnAllowedTip`). The tip's gates already decided;
/// the level rule is stated again here, so a change there cannot leak a
/// product: only at self-care (a see-soon sign waits for that visit,
/// urgent and emergency show no tips), never on the under-18 screen,
/// never beside "talk to your doctor before starting compression".
pub fn compression_tip(outcome: &Outcome) -> Option<&Recommendation> {
    if outcome.level != Level::SelfCare || outcome.not_for_you || outcome.doctor_talk {
        return None;
    }
    outcome
        .recommendations
        .iter()
        .find(|r| r.id == RecId::Compression)
        .filter(|r| r.status == Status::Allowed && r.product && !r.reasons.is_empty())
}

/// The needs the (visible) answers call for, each with its reasons, in
/// table order.
fn needs(a: &Answers) -> Vec<(Need, Vec<Reason>)> {
    let x = Ctx::of(a);
    RULES
        .iter()
        .filter_map(|r| match r.then {
            Effect::Fits(need) => {
                let mut why = Vec::new();
                eval(&r.when, &x, &mut why).then_some((need, why))
            }
            _ => None,
        })
        .collect()
}

/// How well a product fits: the weight of each need its uses meet (0: not
/// for this visitor; a use the engine does not know meets none), and why.
fn fit(p: &ProductFacts, needs: &[(Need, Vec<Reason>)]) -> (u32, Vec<Reason>) {
    let mut score = 0;
    let mut why: Vec<Reason> = Vec::new();
    for (need, reasons) in needs {
        if need.uses().iter().any(|u| p.uses.contains(u)) {
            score += need.weight();
            // Each need's reasons are its own, so none is named twice.
            why.extend_from_slice(reasons);
        }
    }
    (score, why)
}

/// The products to show on the compression tip, best first, at most
/// `MAX_MATCHES`; empty whenever compression is not an allowed tip with a
/// product, or nothing fits. Only products every product rule admits,
/// that fit the visitor; knee-high only, unless none of those is
/// knee-high (then thigh-high before tights); ranked by fit, ties in the
/// given order. Only answers to questions the visitor was shown count.
pub fn pick_products(outcome: &Outcome, answers: &Answers, products: &[ProductFacts]) -> Vec<Pick> {
    let Some(tip) = compression_tip(outcome) else {
        return Vec::new();
    };
    let needs = needs(&visible_answers(answers));
    let mut found: Vec<(u32, usize, Vec<Reason>)> = products
        .iter()
        .enumerate()
        .filter(|(_, p)| product_allowed(p))
        .map(|(i, p)| {
            let (score, why) = fit(p, &needs);
            (score, i, why)
        })
        .filter(|(score, _, _)| *score > 0)
        .collect();
    let length = |i: usize| products[i].length;
    let knee_high = found.iter().any(|(_, i, _)| length(*i) == Length::KneeHigh);
    found.retain(|(_, i, _)| !knee_high || length(*i) == Length::KneeHigh);
    let rank = |(score, i, _): &(u32, usize, Vec<Reason>)| {
        (std::cmp::Reverse(*score), length(*i) != Length::ThighHigh)
    };
    stable_sort_by(&mut found, |a, b| rank(a).cmp(&rank(b)));
    found
        .into_iter()
        .take(MAX_MATCHES)
        .map(|(_, index, why)| Pick {
            index,
            reasons: if why.is_empty() {
                tip.reasons.clone()
            } else {
                why
            },
            sources: tip.sources,
        })
        .collect()
}
