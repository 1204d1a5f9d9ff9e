//! Text that cannot be read: copied to the one backup slot before the
//! readable part is written back; a newer widget's text is left alone.

use web_sys::Storage;

use super::{now_ms, Loaded, SaveStatus, Store, MAX_BACKUP_BYTES};
use crate::saved::{decode, encode, Decoded};

impl Store {
    /// The one backup slot's key.
    pub fn backup_key(&self) -> String {
        format!("{}:backup", self.claimed)
    }

    /// Older builds kept a backup per unreadable read, `<key>:backup:<ms>`.
    pub(super) fn legacy_backups(&self, storage: &Storage) -> Vec<String> {
        let prefix = format!("{}:backup:", self.claimed);
        let n = storage.length().unwrap_or(0);
        (0..n)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(&prefix))
            .collect()
    }

    /// Copies unreadable text into the backup slot; false (and this widget
    /// stops writing) if it is too big or the copy failed.
    pub(super) fn put_aside(&self, storage: &Storage, text: &str) -> bool {
        let kept =
            text.len() <= MAX_BACKUP_BYTES && storage.set_item(&self.backup_key(), text).is_ok();
        if !kept {
            self.protect.set(Some(SaveStatus::NotSaved));
        }
        kept
    }

    /// Reads a stored text; unreadable data is backed up first and the
    /// readable part written back; a newer widget's data is left alone.
    /// At load (`tidy`), answers an earlier build kept off the visitor's
    /// path are written away too; not when following another tab, which
    /// may be an older build that would write them back each time.
    pub(super) fn read(&self, storage: &Storage, text: &str, tidy: bool) -> Loaded {
        let Decoded {
            envelope,
            intact,
            newer,
            pruned,
        } = decode(text, now_ms());
        if newer {
            self.protect.set(Some(SaveStatus::ReadOnly));
            return Loaded {
                envelope,
                status: SaveStatus::ReadOnly,
                put_aside: false,
            };
        }
        if intact {
            if pruned && tidy {
                let _ = storage.set_item(&self.key, &encode(&envelope));
            }
            return Loaded {
                envelope,
                status: SaveStatus::Saved,
                put_aside: false,
            };
        }
        let status = if self.put_aside(storage, text)
            && storage.set_item(&self.key, &encode(&envelope)).is_ok()
        {
            SaveStatus::Saved
        } else {
            SaveStatus::NotSaved
        };
        Loaded {
            envelope,
            status,
            put_aside: true,
        }
    }
}
