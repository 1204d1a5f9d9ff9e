//! The only module that names localStorage. It reads and writes the envelope
//! of `saved` under one key per widget, over web-sys so that nothing here
//! throws into JavaScript or panics: blocked storage (a SecurityError when
//! `window.localStorage` is read), absent storage and a full quota all end in
//! `SaveStatus::NotSaved`, and the quiz carries on in memory. (gloo-storage
//! is not used: its `LocalStorage::raw()` throws when storage is blocked.)
//!
//! Keys derive from `Config.storage_key`: `<key>:v1` holds the envelope,
//! `<key>:backup:<ms>` keeps a copy of anything that could not be read, made
//! BEFORE the readable part is written back, so nothing is silently lost.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Storage, StorageEvent, Window};

use crate::saved::{decode, encode, merge, Envelope};

/// Whether the last load or save reached the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    /// Blocked, absent or full storage: kept in this tab's memory only.
    NotSaved,
}

/// What was on the device when the widget started.
pub struct Loaded {
    pub envelope: Envelope,
    pub status: SaveStatus,
    /// Unreadable data was found and kept aside (tell the visitor once).
    pub put_aside: bool,
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
    /// Set when unreadable data could not be backed up: from then on this
    /// widget never writes over it.
    protect: Cell<bool>,
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
            protect: Cell::new(false),
        }
    }

    /// The localStorage key of the envelope.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Copies unreadable text to a backup key; false if that failed.
    fn put_aside(&self, storage: &Storage, text: &str) -> bool {
        let backup = format!("{}:backup:{}", self.claimed, now_ms());
        let kept = storage.set_item(&backup, text).is_ok();
        if !kept {
            self.protect.set(true);
        }
        kept
    }

    /// Reads the envelope. Unreadable data is backed up first, then the
    /// readable part is written back, so the visitor is told once.
    pub fn load(&self) -> Loaded {
        let nothing = |status| Loaded {
            envelope: Envelope::default(),
            status,
            put_aside: false,
        };
        let Some(storage) = storage() else {
            return nothing(SaveStatus::NotSaved);
        };
        let text = match storage.get_item(&self.key) {
            Ok(Some(text)) => text,
            Ok(None) => return nothing(SaveStatus::Saved),
            Err(_) => return nothing(SaveStatus::NotSaved),
        };
        let decoded = decode(&text);
        if decoded.intact {
            return Loaded {
                envelope: decoded.envelope,
                status: SaveStatus::Saved,
                put_aside: false,
            };
        }
        let status = if self.put_aside(&storage, &text)
            && storage
                .set_item(&self.key, &encode(&decoded.envelope))
                .is_ok()
        {
            SaveStatus::Saved
        } else {
            SaveStatus::NotSaved
        };
        Loaded {
            envelope: decoded.envelope,
            status,
            put_aside: true,
        }
    }

    /// Merges `mine` with what is stored now (another tab may have written
    /// since) and writes the union back. Returns the merged envelope, which
    /// the caller keeps in memory whether or not the write succeeded.
    pub fn save(&self, mine: &Envelope) -> (Envelope, SaveStatus) {
        let not_saved = || (mine.clone(), SaveStatus::NotSaved);
        if self.protect.get() {
            return not_saved();
        }
        let Some(storage) = storage() else {
            return not_saved();
        };
        let (theirs, intact) = match storage.get_item(&self.key) {
            Ok(Some(text)) => {
                let decoded = decode(&text);
                if !decoded.intact && !self.put_aside(&storage, &text) {
                    return not_saved();
                }
                (decoded.envelope, decoded.intact)
            }
            Ok(None) => (Envelope::default(), false),
            Err(_) => return not_saved(),
        };
        let merged = merge(&theirs, mine);
        if intact && merged == theirs {
            // Nothing new: skip the write (and the other tabs' storage events).
            return (merged, SaveStatus::Saved);
        }
        match storage.set_item(&self.key, &encode(&merged)) {
            Ok(()) => (merged, SaveStatus::Saved),
            // QuotaExceededError, or storage blocked since the load.
            Err(_) => (merged, SaveStatus::NotSaved),
        }
    }

    /// Calls `on_change` with the stored envelope whenever another tab
    /// changes this widget's key (or clears storage). Dropping the returned
    /// listener removes it.
    pub fn listen(self: &Rc<Self>, on_change: impl Fn(Envelope) + 'static) -> Option<Listener> {
        let window = web_sys::window()?;
        let store = Rc::clone(self);
        let closure = Closure::<dyn FnMut(StorageEvent)>::new(move |event: StorageEvent| {
            // `key` is null when another tab called localStorage.clear().
            if event.key().is_some_and(|k| k != store.key) {
                return;
            }
            on_change(store.load().envelope);
        });
        window
            .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
            .ok()?;
        Some(Listener { window, closure })
    }
}

/// A live `storage` event listener; removed when dropped.
pub struct Listener {
    window: Window,
    closure: Closure<dyn FnMut(StorageEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .window
            .remove_event_listener_with_callback("storage", self.closure.as_ref().unchecked_ref());
    }
}
