//! What `parse` tells the shop: one warning per thing left out, naming
//! its place and what was skipped, and at most `MAX_WARNINGS` of them.

/// Most warnings given; one more then says there were more.
pub const MAX_WARNINGS: usize = 20;

/// What was left out because of a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Skipped {
    /// The whole catalogue: the shop link is shown as without one.
    Catalogue,
    /// The products after the first `MAX_PRODUCTS`.
    Rest,
    /// This product.
    Product,
    /// This product's size chart (its product is still offered, without a
    /// size): a chart with a row left out would send people to the wrong
    /// size, so no row is dropped on its own.
    Chart,
    /// This optional field (an image, a price, the advice).
    Field,
    /// Nothing more (the note that more problems were not listed).
    Nothing,
}

/// One problem with the catalogue, for one console warning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Where: "catalogue", "version", "products[3]", "products[3].sizes[0].ankle_cm".
    pub place: String,
    /// What is wrong, or how to write it.
    pub reason: &'static str,
    /// What the widget left out because of it.
    pub skipped: Skipped,
}

impl Warning {
    /// The console line: "products[3].url: use an http(s) URL or a path
    /// starting with /; this product is skipped".
    pub fn message(&self) -> String {
        let effect = match self.skipped {
            Skipped::Catalogue => "; the catalogue is not used and the shop link is shown",
            Skipped::Rest => "; the rest are ignored",
            Skipped::Product => "; this product is skipped",
            Skipped::Chart => "; this product's size chart is not used",
            Skipped::Field => "; this field is ignored",
            Skipped::Nothing => "",
        };
        format!("{}: {}{effect}", self.place, self.reason)
    }
}

/// Warnings, at most `MAX_WARNINGS` of them: 10,000 bad products give 20
/// lines and a note, not 10,000 lines (the place is only built if kept).
#[derive(Default)]
pub(super) struct Report {
    list: Vec<Warning>,
    more: bool,
}

impl Report {
    pub(super) fn warn(
        &mut self,
        place: impl FnOnce() -> String,
        reason: &'static str,
        skipped: Skipped,
    ) {
        if self.list.len() < MAX_WARNINGS {
            let place = place();
            self.list.push(Warning {
                place,
                reason,
                skipped,
            });
        } else {
            self.more = true;
        }
    }

    /// The warnings, and the note that there were more, if there were.
    pub(super) fn finish(mut self) -> Vec<Warning> {
        if self.more {
            self.list.push(Warning {
                place: "catalogue".into(),
                reason: "has more problems than the 20 listed",
                skipped: Skipped::Nothing,
            });
        }
        self.list
    }
}
