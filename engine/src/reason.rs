//! Reasons: which answer raised a level or triggered a recommendation,
//! structured as question id + option id so the UI can say "because you said …".

use crate::answers::Answers;
use crate::questions::{question, Kind};

/// What the visitor said, as ids from the question bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Said {
    /// An option of a yes/no ("yes", "no", "unsure"), single or checklist question.
    Opt(&'static str),
    /// A rating item and its value 1-3.
    Rated {
        /// The rated item id.
        item: &'static str,
        /// The value given.
        value: u8,
    },
    /// A grid row and the option chosen in it.
    Row {
        /// The row id.
        row: &'static str,
        /// The chosen option id.
        option: &'static str,
    },
}

/// One "because you said …": the question and what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reason {
    /// The question id.
    pub question: &'static str,
    /// The answer part that matters.
    pub said: Said,
}

impl Reason {
    /// The reason "`q` was answered `option`" (yes/no, single or checklist),
    /// if it was: for code outside the engine (the widget's product match)
    /// that explains itself in the same "You said …" shape as every tip.
    pub fn said(a: &Answers, q: &str, option: &str) -> Option<Reason> {
        said(a, q, option)
    }

    /// The reason "row `row` of grid `q` was answered with one of
    /// `options`", if it was; see `Reason::said`.
    pub fn row_in(a: &Answers, q: &str, row: &str, options: &[&str]) -> Option<Reason> {
        row_in(a, q, row, options)
    }
}

/// The reason "`q` was answered `option`", if it was (single, yes/no or
/// checklist), pointing at the bank's static ids.
pub(crate) fn said(a: &Answers, q: &str, option: &str) -> Option<Reason> {
    if !(a.is(q, option) || a.has(q, option)) {
        return None;
    }
    let qn = question(q)?;
    Some(Reason {
        question: qn.id,
        said: Said::Opt(qn.static_option(option)?),
    })
}

/// One reason per ticked option of a checklist (not "none of these").
pub(crate) fn ticked(a: &Answers, q: &str) -> Vec<Reason> {
    let mut out = Vec::new();
    if let Some(Kind::Multi { options, .. }) = question(q).map(|qn| qn.kind) {
        for o in options {
            out.extend(said(a, q, o));
        }
    }
    out
}

/// The reasons among `options` that were given for `q`.
pub(crate) fn any_of(a: &Answers, q: &str, options: &[&str]) -> Vec<Reason> {
    options.iter().filter_map(|o| said(a, q, o)).collect()
}

/// The reason "row `row` of grid `q` was answered with one of `options`".
pub(crate) fn row_in(a: &Answers, q: &str, row: &str, options: &[&str]) -> Option<Reason> {
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

/// One reason per rated item of `q` (among `items`) at `min` or above.
pub(crate) fn rated_at_least(a: &Answers, q: &str, items: &[&str], min: u8) -> Vec<Reason> {
    let Some(Kind::Ratings { items: all }) = question(q).map(|qn| qn.kind) else {
        return Vec::new();
    };
    let qid = question(q).map_or("", |qn| qn.id);
    all.iter()
        .filter(|i| items.contains(i))
        .filter_map(|i| {
            let value = a.rating(q, i)?;
            (value >= min).then_some(Reason {
                question: qid,
                said: Said::Rated { item: i, value },
            })
        })
        .collect()
}

/// Appends reasons that are not there yet, keeping first-seen order.
pub(crate) fn add(into: &mut Vec<Reason>, more: impl IntoIterator<Item = Reason>) {
    for r in more {
        if !into.contains(&r) {
            into.push(r);
        }
    }
}
