//! The rules, as data: every rule that raises a level, routes an urgent
//! result, adds a note, offers or gates a tip, ends the quiz, or keeps an
//! unsafe product away is one [`Rule`] in [`RULES`] (table.rs), with a
//! stable id, its condition over the answers ([`Cond`], in terms of the
//! typed options of the question bank), its effect, its sources and the
//! `DECISIONS.md` entries behind it. Conditions used by more than one rule
//! are named once ([`Pred`], preds.rs). `engine/RULES.md` is generated from
//! this table by `tests/rules_doc.rs`, so the document a clinician signs is
//! the code that runs.
//!
//! Evaluation is one small recursive walk ([`eval`]): it pushes the
//! answers that make a condition hold ("because you said …") onto one
//! vector, without allocating anything else.

mod cannot_say;
pub mod preds;
mod products;
mod table;

pub use cannot_say::{CannotSay, CANNOT_SAY};
pub use preds::PREDS;
pub use products::{
    compression_tip, pick_products, product_allowed, Length, Need, Pick, ProductFacts, Use,
    MAX_MATCHES, MAX_MMHG,
};
pub use table::RULES;

use crate::advice::RecId;
use crate::answers::Answers;
use crate::claudication::claudication;
use crate::questions::{question, Item, Kind, Opt, RowOpt};
use crate::reason::{push, Reason};
#[cfg(feature = "review")]
use crate::sources::SourceId;
use crate::triage::{Level, Urgency};

/// When a rule fires, in terms of the question bank's typed options.
/// Each part that holds adds the answers behind it as reasons; a part
/// that does not hold adds none.
#[derive(Debug)]
pub enum Cond {
    /// Any of these options was given; each one given is a reason.
    AnyOf(&'static [Opt]),
    /// Any option of this checklist but "none of these" was ticked.
    Ticked(&'static str),
    /// The grid row (all options share it) was answered with one of these.
    RowIn(&'static [RowOpt]),
    /// Any of these items rated at this value (1 mild, 2 moderate,
    /// 3 severe) or more; each such item is a reason.
    Rated(&'static [Item], u8),
    /// Every part holds; the reasons of all of them.
    All(&'static [Cond]),
    /// At least one part holds; the reasons of every part that holds.
    Any(&'static [Cond]),
    /// The first part that holds, and its reasons only.
    First(&'static [Cond]),
    /// Always holds; adds the part's reasons when it holds ("and, if
    /// given, …"), so the tip or level can say so.
    Also(&'static Cond),
    /// Holds when the part does not; adds no reasons.
    Not(&'static Cond),
    /// A named condition (preds.rs), defined once.
    Is(&'static Pred),
    /// The Edinburgh Claudication Questionnaire is positive by its
    /// published scoring (`claudication`); adds no reasons itself.
    PositiveScreen,
    /// The result is "see a doctor soon": that level's reasons (a see-soon
    /// sign waits for that visit).
    SeeSoon,
    /// Always.
    Always,
}

/// A condition with a name, used by several rules and defined once.
#[derive(Debug)]
pub struct Pred {
    /// Stable id, e.g. "eases_with_rest" (for review: feature `review`).
    #[cfg(feature = "review")]
    pub id: &'static str,
    /// What it means, in a few plain words (for RULES.md).
    #[cfg(feature = "review")]
    pub name: &'static str,
    /// The condition.
    pub cond: Cond,
}

/// What a rule does when its condition holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Raises the result to this level (the highest level raised wins; its
    /// rules' reasons are the result's reasons). An emergency rule also
    /// ends the quiz the moment its question is answered.
    Raise(Level),
    /// At `Urgent`, where to go (the first route that holds; else same day).
    Route(Urgency),
    /// Adds a note to the result.
    Note(Note),
    /// Offers this tip, with the condition's reasons.
    Offer(RecId),
    /// Holds this tip back as "ask a clinician first" (no product).
    Gate(RecId),
    /// Under 18: the adults-only ending, no tips.
    NotForYou,
    /// A product made for this need fits when the answers call for it.
    Fits(Need),
    /// A product rule the match applies whatever the answers say.
    Product(ProductRule),
}

/// Notes the result can carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Note {
    /// "Talk to your doctor before starting compression or big diet or
    /// fluid changes."
    DoctorTalk,
    /// The walking-pain note for pain that eases with rest, in place of
    /// "doesn't match the usual pattern".
    EasesWithRest,
}

/// The product rules that do not depend on answers (products.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProductRule {
    /// Only on an allowed compression tip with a product, at self-care,
    /// never on the under-18 screen or beside the doctor-talk note.
    OnlyOnAnAllowedTip,
    /// Never above `MAX_MMHG` (and never a range that makes no sense).
    Ceiling,
    /// Never a sleeve (footless: no graduated pressure from the ankle).
    NoSleeve,
    /// Never a product made for pregnancy.
    NoPregnancy,
    /// A use the widget does not know never makes a product fit.
    UnknownUseNeverFits,
    /// Knee-high first; thigh-high before tights only when no knee-high
    /// fits; at most `MAX_MATCHES`, best fit first.
    KneeHighFirst,
}

/// One rule.
#[derive(Debug)]
///
/// The reviewer's fields (`id`, `sources`, `decisions`) exist only with the
/// feature `review` (the engine's tests, which generate RULES.md): the
/// evaluator never reads them, so a shopper's wasm does not carry them.
pub struct Rule {
    /// Stable id, e.g. "urgent.one_leg_swelling_new"; never reused.
    #[cfg(feature = "review")]
    pub id: &'static str,
    /// When it fires.
    pub when: Cond,
    /// What it does.
    pub then: Effect,
    /// Sources named for the reviewer beyond those the visitor sees (a
    /// level's sources come from its answers, a tip's from the tip).
    #[cfg(feature = "review")]
    pub sources: &'static [SourceId],
    /// The `DECISIONS.md` entries behind it.
    #[cfg(feature = "review")]
    pub decisions: &'static [u8],
}

/// What a condition is evaluated against.
pub(crate) struct Ctx<'a> {
    /// The (visible) answers.
    pub a: &'a Answers,
    /// The see-soon reasons, when the level is `Soon`; else empty.
    pub soon: &'a [Reason],
}

impl<'a> Ctx<'a> {
    /// Answers alone (no level yet).
    pub fn of(a: &'a Answers) -> Self {
        Ctx { a, soon: &[] }
    }
}

/// Whether `c` holds; pushes its reasons onto `out` (each once). When it
/// does not hold, `out` is left as it was.
pub(crate) fn eval(c: &Cond, x: &Ctx, out: &mut Vec<Reason>) -> bool {
    let a = x.a;
    match c {
        Cond::AnyOf(opts) => {
            let mut held = false;
            for o in opts.iter().filter(|o| a.gave(**o)) {
                push(out, Reason::opt(*o));
                held = true;
            }
            held
        }
        Cond::Ticked(q) => ticked(a, q, out),
        Cond::RowIn(opts) => match opts.iter().find(|o| a.chose(**o)) {
            Some(o) => {
                push(out, Reason::row(*o));
                true
            }
            None => false,
        },
        Cond::Rated(items, min) => rated(a, items, *min, out),
        Cond::All(parts) => {
            let len = out.len();
            let held = parts.iter().all(|p| eval(p, x, out));
            if !held {
                out.truncate(len);
            }
            held
        }
        Cond::Any(parts) => parts.iter().fold(false, |h, p| eval(p, x, out) | h),
        Cond::First(parts) => parts.iter().any(|p| eval(p, x, out)),
        Cond::Also(p) => {
            eval(p, x, out);
            true
        }
        Cond::Not(p) => {
            let len = out.len();
            let held = eval(p, x, out);
            out.truncate(len);
            !held
        }
        Cond::Is(p) => eval(&p.cond, x, out),
        Cond::PositiveScreen => claudication(a).is_positive(),
        Cond::SeeSoon => {
            x.soon.iter().for_each(|r| push(out, *r));
            !x.soon.is_empty()
        }
        Cond::Always => true,
    }
}

/// One reason per ticked option of a checklist (not "none of these"), in
/// display order.
fn ticked(a: &Answers, q: &str, out: &mut Vec<Reason>) -> bool {
    let Some(Kind::Multi { options, .. }) = question(q).map(|qn| qn.kind) else {
        return false;
    };
    let Some(qn) = question(q) else {
        return false;
    };
    let mut held = false;
    for o in options.iter().filter(|o| a.has(q, o)) {
        push(
            out,
            Reason::opt(Opt {
                question: qn.id,
                option: o,
            }),
        );
        held = true;
    }
    held
}

/// One reason per item among `items` rated `min` or more, in the
/// question's display order.
fn rated(a: &Answers, items: &[Item], min: u8, out: &mut Vec<Reason>) -> bool {
    let Some(first) = items.first() else {
        return false;
    };
    let Some(Kind::Ratings { items: all }) = question(first.question).map(|qn| qn.kind) else {
        return false;
    };
    let mut held = false;
    for i in all {
        let Some(it) = items.iter().find(|it| it.item == *i) else {
            continue;
        };
        if let Some(value) = a.rated(*it).filter(|v| *v >= min) {
            push(out, Reason::rated(*it, value));
            held = true;
        }
    }
    held
}

/// Whether `c` holds on these answers (reasons discarded).
pub(crate) fn holds(c: &Cond, a: &Answers) -> bool {
    eval(c, &Ctx::of(a), &mut Vec::new())
}

/// The reasons of every rule with effect `then` that holds, in table
/// order, and whether any held.
pub(crate) fn fire(then: Effect, x: &Ctx, out: &mut Vec<Reason>) -> bool {
    RULES
        .iter()
        .filter(|r| r.then == then)
        .fold(false, |h, r| eval(&r.when, x, out) | h)
}

/// Whether any rule with effect `then` holds.
pub(crate) fn any(then: Effect, a: &Answers) -> bool {
    fire(then, &Ctx::of(a), &mut Vec::new())
}

/// Whether `c` reads question `q`.
fn reads(c: &Cond, q: &str) -> bool {
    match c {
        Cond::AnyOf(opts) => opts.iter().any(|o| o.question == q),
        Cond::Ticked(id) => *id == q,
        Cond::RowIn(opts) => opts.iter().any(|o| o.question == q),
        Cond::Rated(items, _) => items.iter().any(|i| i.question == q),
        Cond::All(parts) | Cond::Any(parts) | Cond::First(parts) => {
            parts.iter().any(|p| reads(p, q))
        }
        Cond::Also(p) | Cond::Not(p) => reads(p, q),
        Cond::Is(p) => reads(&p.cond, q),
        Cond::PositiveScreen | Cond::SeeSoon | Cond::Always => false,
    }
}

/// Whether a rule with effect `then` that reads question `id` holds: the
/// quiz ends there (an emergency sign, or an age under 18).
pub(crate) fn ends_here(then: Effect, id: &str, a: &Answers) -> bool {
    RULES
        .iter()
        .any(|r| r.then == then && reads(&r.when, id) && holds(&r.when, a))
}

/// Every rule, in the order they are evaluated.
pub fn rules() -> &'static [Rule] {
    RULES
}

/// The rule with this id.
#[cfg(feature = "review")]
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}
