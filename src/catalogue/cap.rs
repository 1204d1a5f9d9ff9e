//! The catalogue's size cap while it downloads: a response larger than
//! `MAX_BYTES` is refused as soon as that is known (its `Content-Length`,
//! or the chunk that passes the cap), so it is never read whole, and no
//! byte past the cap is copied into the widget's memory. Pure, so the
//! counting is tested natively (`tests/catalogue_cap.rs`); `fetch` feeds it.

use super::parse::MAX_BYTES;
use super::warning::{Skipped, Warning};

/// Why a catalogue is refused for its size, as `parse` says it too.
pub(super) const TOO_BIG: &str = "is larger than 512 KB";

/// The one warning for a catalogue over the cap.
fn too_big() -> Warning {
    Warning {
        place: "catalogue".into(),
        reason: TOO_BIG,
        skipped: Skipped::Catalogue,
    }
}

/// Counts a catalogue response's bytes as they arrive.
#[derive(Debug, Default)]
pub struct Cap {
    read: usize,
}

impl Cap {
    /// Starts counting, or refuses at once when the response's
    /// `Content-Length` already says it is over the cap (compressed: its
    /// text is larger still). A missing or unreadable length is left to
    /// the count.
    pub fn start(content_length: Option<&str>) -> Result<Cap, Warning> {
        match content_length.and_then(|l| l.trim().parse::<u64>().ok()) {
            Some(n) if n > MAX_BYTES as u64 => Err(too_big()),
            _ => Ok(Cap::default()),
        }
    }

    /// Counts the next chunk, of `len` bytes, BEFORE it is copied: refused
    /// (stop reading and cancel) when it would take the total past the
    /// cap, so what is kept never exceeds `MAX_BYTES`.
    pub fn take(&mut self, len: usize) -> Result<(), Warning> {
        match self.read.checked_add(len) {
            Some(total) if total <= MAX_BYTES => {
                self.read = total;
                Ok(())
            }
            _ => Err(too_big()),
        }
    }

    /// Bytes kept so far.
    pub fn read(&self) -> usize {
        self.read
    }
}
