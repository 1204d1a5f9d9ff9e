//! The only module that names localStorage. It reads and writes the envelope
//! of `saved` under one key per widget, over web-sys so that nothing here
//! throws into JavaScript or panics: blocked storage (a SecurityError when
//! `window.localStorage` is read), absent storage and a full quota all end in
//! `SaveStatus::NotSaved`, and the quiz carries on in memory. (gloo-storage
//! is not used: its `LocalStorage::raw()` throws when storage is blocked.)
//!
//! Keys derive from `Config.storage_key`: `<key>:v1` holds the envelope;
//! `<key>:backup` is ONE slot keeping the newest text that could not be
//! read, made BEFORE the readable part is written back, so nothing is
//! silently lost and planted junk cannot fill the shop's storage. A text
//! written by a newer widget is read but never written over. When the key
//! disappears (the visitor erased everything in another tab, or the page
//! cleared storage on a shared computer), the widget forgets its copy too
//! and does not write it back. Erasing (`erase`) removes every key of every
//! widget of the family on the origin (`family`).

mod backup;
mod erase;
pub mod family;
mod listen;

pub use erase::Erased;
pub use listen::Listener;

use std::cell::{Cell, RefCell};

use web_sys::Storage;

use crate::saved::{decode, encode, merge, Envelope};

/// Largest unreadable text kept in the backup slot. Bigger than any real
/// envelope (`MAX_RESULTS` results are about 330 KB); bigger junk is not
/// copied, and then never written over either.
pub const MAX_BACKUP_BYTES: usize = 512 * 1024;

/// Whether the last load or save reached the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Blocked, absent or full storage: kept in this tab's memory only.
    NotSaved,
    /// A newer version of the widget saved here: shown, never written over.
    ReadOnly,
}

/// What was on the device when the widget started.
pub struct Loaded {
    pub envelope: Envelope,
    pub status: SaveStatus,
    /// Unreadable data was found and kept aside (tell the visitor once).
    pub put_aside: bool,
}

/// What a save did.
#[derive(Debug)]
pub enum Written {
    /// Merged with what was stored, and written unless nothing was new.
    Kept(Envelope, SaveStatus),
    /// The stored data had been removed since this widget last saw it
    /// (another tab erased it, or the page cleared storage): nothing was
    /// written, and the caller must forget its copy too.
    Cleared,
}

/// What another tab did to this widget's key.
pub enum Change {
    /// It wrote this envelope.
    Envelope(Envelope),
    /// It removed the data: forget it here too.
    Cleared,
}

thread_local! {
    /// Keys held by the widgets mounted on this page.
    static CLAIMED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Storage for one widget. Two widgets asking for the same key get
/// `key`, `key~2`, ... in document order, so they never share data by
/// accident and each finds its own data again after a reload, whichever
/// scrolls into view (and so mounts) first: the loader numbers the elements
/// as they join the page and `embed::mount_nth` asks for `key~N` (see
/// [`Store::claim`]). `~` is not allowed in `data-storage-key`, so a derived
/// key cannot clash with a set one.
pub struct Store {
    claimed: String,
    key: String,
    /// Set when unreadable data could not be backed up, or a newer widget
    /// wrote here: from then on this widget never writes over it.
    protect: Cell<Option<SaveStatus>>,
    /// The key held data the last time this widget read or wrote it; if it
    /// is gone at the next look, someone removed it on purpose.
    present: Cell<bool>,
}

impl Drop for Store {
    fn drop(&mut self) {
        let _ = CLAIMED.try_with(|c| c.borrow_mut().retain(|k| *k != self.claimed));
    }
}

/// The page's localStorage, or `None` when blocked or absent. web-sys turns
/// the SecurityError into `Err`, so nothing throws.
fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Milliseconds since the epoch.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

impl Store {
    /// Claims the first free key derived from `storage_key`, starting at the
    /// one asked for: `key~N` (from `embed::mount_nth`) starts at the N-th,
    /// a plain `key` at `key` itself. Starting there, not at `key`, is what
    /// keeps a widget that mounts early from taking an earlier widget's key;
    /// a taken key (two mounts asking for the same one) moves on to the next.
    pub fn claim(storage_key: &str) -> Store {
        let (base, first) = match storage_key.rsplit_once('~') {
            Some((base, n)) => match n.parse::<u64>() {
                Ok(n) if n >= 1 => (base, n),
                _ => (storage_key, 1),
            },
            None => (storage_key, 1),
        };
        let claimed = CLAIMED.with(|c| {
            let mut c = c.borrow_mut();
            let key = (first..)
                .map(|n| match n {
                    1 => base.to_owned(),
                    n => format!("{base}~{n}"),
                })
                .find(|k| !c.contains(k))
                .unwrap_or_default();
            c.push(key.clone());
            key
        });
        Store {
            key: format!("{claimed}:v1"),
            claimed,
            protect: Cell::new(None),
            present: Cell::new(false),
        }
    }

    /// The localStorage key of the envelope.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Reads the envelope at mount. Older builds' many backups are folded
    /// into the one slot (the newest kept) so they stop taking room.
    pub fn load(&self) -> Loaded {
        let nothing = |status| Loaded {
            envelope: Envelope::default(),
            status,
            put_aside: false,
        };
        let Some(storage) = storage() else {
            return nothing(SaveStatus::NotSaved);
        };
        let mut legacy = self.legacy_backups(&storage);
        if !legacy.is_empty() {
            // `<ms>` in decimal: the longest, then the greatest, is the newest.
            engine::stable_sort_by(&mut legacy, |a, b| (a.len(), a).cmp(&(b.len(), b)));
            let slot = self.backup_key();
            if let (Ok(None), Some(newest)) = (storage.get_item(&slot), legacy.last()) {
                if let Ok(Some(text)) = storage.get_item(newest) {
                    let _ = storage.set_item(&slot, &text);
                }
            }
            for k in legacy {
                let _ = storage.remove_item(&k);
            }
        }
        match storage.get_item(&self.key) {
            Ok(Some(text)) => {
                self.present.set(true);
                self.read(&storage, &text, true)
            }
            Ok(None) => nothing(SaveStatus::Saved),
            Err(_) => nothing(SaveStatus::NotSaved),
        }
    }

    /// Merges `mine` with what is stored now (another tab may have written
    /// since) and writes the union back; the caller keeps the merged
    /// envelope in memory whether or not the write succeeded. If the stored
    /// data was removed since this widget last saw it, nothing is written.
    pub fn save(&self, mine: &Envelope) -> Written {
        let not_saved = |status| Written::Kept(mine.clone(), status);
        if let Some(status) = self.protect.get() {
            return not_saved(status);
        }
        let Some(storage) = storage() else {
            return not_saved(SaveStatus::NotSaved);
        };
        // Stored answers off the path (an earlier build's) count as
        // something to write away, like damage does.
        let (theirs, intact) = match storage.get_item(&self.key) {
            Ok(Some(text)) => {
                let decoded = decode(&text, now_ms());
                if decoded.newer {
                    self.protect.set(Some(SaveStatus::ReadOnly));
                    return Written::Kept(merge(&decoded.envelope, mine), SaveStatus::ReadOnly);
                }
                if !decoded.intact && !self.put_aside(&storage, &text) {
                    return not_saved(SaveStatus::NotSaved);
                }
                (decoded.envelope, decoded.intact && !decoded.pruned)
            }
            Ok(None) if self.present.get() => {
                self.present.set(false);
                return Written::Cleared;
            }
            Ok(None) => (Envelope::default(), false),
            Err(_) => return not_saved(SaveStatus::NotSaved),
        };
        let merged = merge(&theirs, mine);
        if intact && merged == theirs {
            // Nothing new: skip the write (and the other tabs' storage events).
            return Written::Kept(merged, SaveStatus::Saved);
        }
        match storage.set_item(&self.key, &encode(&merged)) {
            Ok(()) => {
                self.present.set(true);
                Written::Kept(merged, SaveStatus::Saved)
            }
            // QuotaExceededError, or storage blocked since the load.
            Err(_) => Written::Kept(merged, SaveStatus::NotSaved),
        }
    }
}
