//! "Erase everything on this device": every key this widget family wrote
//! on the origin (`family`: all widgets' envelopes, backups, older
//! backups), not only this widget's own. Other tabs hear it through the
//! `storage` event; the other widgets on this page, which get no such
//! event, are told here, so none keeps a copy in memory or writes it back.

use std::cell::RefCell;
use std::rc::Rc;

use super::{family, storage, Store, CLAIMED};

/// What an erase managed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Erased {
    /// Every key of the family is gone (or there was none).
    All,
    /// Some keys could not be removed: storage refused part way.
    Partly,
    /// Storage could not be reached (blocked, absent) or refused every removal.
    Nothing,
}

/// A widget on this page to tell when its data was erased: its key, and
/// how it forgets.
pub(super) type Forget = Rc<dyn Fn()>;

thread_local! {
    /// The widgets mounted on this page that follow their key (`listen`).
    pub(super) static ON_PAGE: RefCell<Vec<(String, Forget)>> = const { RefCell::new(Vec::new()) };
}

impl Store {
    /// Removes every key this widget family wrote on this origin, then
    /// tells the other widgets on this page to forget their copies.
    pub fn erase(&self) -> Erased {
        self.present.set(false);
        self.protect.set(None);
        let erased = match storage() {
            None => Erased::Nothing,
            Some(storage) => {
                let keys: Vec<String> = (0..storage.length().unwrap_or(0))
                    .filter_map(|i| storage.key(i).ok().flatten())
                    .collect();
                let claimed = CLAIMED.with(|c| c.borrow().clone());
                let ours = family::family(&keys, |k| storage.get_item(k).ok().flatten(), &claimed);
                let removed = ours
                    .iter()
                    .filter(|k| storage.remove_item(k).is_ok())
                    .count();
                let left = ours
                    .iter()
                    .filter(|k| !matches!(storage.get_item(k), Ok(None)))
                    .count();
                match (removed, left) {
                    (_, 0) => Erased::All,
                    (0, _) => Erased::Nothing,
                    _ => Erased::Partly,
                }
            }
        };
        if erased != Erased::Nothing {
            // Cloned first: forgetting may drop a listener, which edits the list.
            let others: Vec<Forget> = ON_PAGE.with(|p| {
                p.borrow()
                    .iter()
                    .filter(|(key, _)| *key != self.key)
                    .map(|(_, f)| Rc::clone(f))
                    .collect()
            });
            others.iter().for_each(|forget| forget());
        }
        erased
    }
}
