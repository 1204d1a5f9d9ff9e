//! Reasons: which answer raised a level or triggered a recommendation,
//! structured as question id + option id so the UI can say "because you said …".

use crate::questions::{Item, Opt, RowOpt};

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
    /// "`o` was given" (a yes/no, single or checklist option).
    pub const fn opt(o: Opt) -> Reason {
        Reason {
            question: o.question,
            said: Said::Opt(o.option),
        }
    }

    /// "`r`'s option was chosen in its grid row".
    pub const fn row(r: RowOpt) -> Reason {
        Reason {
            question: r.question,
            said: Said::Row {
                row: r.row,
                option: r.option,
            },
        }
    }

    /// "`i` was rated `value`".
    pub const fn rated(i: Item, value: u8) -> Reason {
        Reason {
            question: i.question,
            said: Said::Rated {
                item: i.item,
                value,
            },
        }
    }

    /// Whether this reason is the option `o`.
    pub fn is(&self, o: Opt) -> bool {
        self.question == o.question && self.said == Said::Opt(o.option)
    }
}

/// Appends a reason unless it is there already, keeping first-seen order.
pub(crate) fn push(into: &mut Vec<Reason>, r: Reason) {
    if !into.contains(&r) {
        into.push(r);
    }
}
