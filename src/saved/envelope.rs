//! The envelope kept on the device and what a visitor can do to it: add a
//! finished quiz, delete one, bring results back from a copy. Bounded: at
//! most `MAX_RESULTS` results and `MAX_TOMBSTONES` deletion marks, and
//! every operation is O(n log n) or better, so no planted or imported list
//! can freeze the shop's page.

use engine::{stable_sort_by, Map};

use super::RawAnswers;

/// Most results kept on a device: five years and more of weekly checks
/// (about 330 KB of localStorage at a full quiz each). A new result beyond
/// it pushes out the oldest one, and the visitor is told which.
pub const MAX_RESULTS: usize = 300;

/// Most deletion marks kept. A mark only matters while another tab still
/// holds the deleted result in memory, so the newest ones are enough.
pub const MAX_TOMBSTONES: usize = 500;

/// Longest result id accepted; ids are generated short, this bounds hostile data.
pub const MAX_ID_LEN: usize = 64;

/// An unfinished quiz. Clearing it (a finished quiz, "Start over") is a
/// progress with no answers and a new `updated`, so the clearing wins the
/// merge against an older copy in another tab.
#[derive(Clone, Debug, PartialEq)]
pub struct Unfinished {
    pub content_version: u32,
    pub answers: RawAnswers,
    /// The question showing when it was saved.
    pub at: Option<String>,
    /// Milliseconds since the epoch; the newest progress wins a merge.
    pub updated: u64,
}

/// One finished quiz.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedResult {
    /// Unique per result, so two tabs' results merge by id.
    pub id: String,
    /// Milliseconds since the epoch.
    pub saved_at: u64,
    pub content_version: u32,
    pub answers: RawAnswers,
    /// The leg measurements the visitor gave the size finder for this
    /// result, if any (envelope version 2).
    pub measurements: Option<Measurements>,
}

/// A visitor's measurements for a compression sock's size, in millimetres.
/// They stay on the device: saved with the result, shown in the summary
/// for the doctor, never in any event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Measurements {
    /// When they were given (ms since the epoch; 0 when saved by a build
    /// that did not record it): the newest wins a merge, so a corrected,
    /// smaller figure is never reverted by the old one in another copy.
    pub at: u64,
    /// The ankle at its narrowest, just above the ankle bones.
    pub ankle_mm: u32,
    /// The calf at its widest.
    pub calf_mm: u32,
}

/// A language the visitor picked with the widget's language switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    En,
    Es,
}

impl Language {
    /// As stored: "en" or "es".
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
        }
    }

    /// The stored tag read back; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Language> {
        match tag {
            "en" => Some(Language::En),
            "es" => Some(Language::Es),
            _ => None,
        }
    }
}

/// The visitor's own choice of language, over the page's: kept with the
/// saved progress, so a visitor who switched finds the check in their
/// language when they come back, and erased with everything else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chosen {
    pub language: Language,
    /// When it was picked (ms since the epoch): the newest wins a merge.
    pub at: u64,
}

/// Everything saved under one storage key.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Envelope {
    /// The language the visitor picked, if they used the switch.
    pub language: Option<Chosen>,
    pub progress: Option<Unfinished>,
    /// Oldest first (by `saved_at`, then id), ids unique, at most `MAX_RESULTS`.
    pub results: Vec<SavedResult>,
    /// Ids the visitor deleted, so a merge with a tab that still has them
    /// does not bring them back. A set: the values are empty. At most
    /// `MAX_TOMBSTONES`, the newest ids (ids start with their time in hex).
    pub deleted: Map<()>,
}

/// What bringing back results did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// Results added.
    pub added: usize,
    /// New results left out because the device already keeps the most it
    /// can (`MAX_RESULTS`); the visitor's own results are never pushed out
    /// by an import.
    pub left_out: usize,
}

impl Envelope {
    /// Whether there is an unfinished quiz to continue.
    pub fn has_progress(&self) -> bool {
        self.progress
            .as_ref()
            .is_some_and(|p| !p.answers.is_empty())
    }

    /// A result by id.
    pub fn result(&self, id: &str) -> Option<&SavedResult> {
        self.results.iter().find(|r| r.id == id)
    }

    /// Records the measurements the size finder was given for a result.
    /// They are stamped later than the ones they replace even if the
    /// clock went back, so the correction wins every merge.
    pub fn measure(&mut self, id: &str, m: Measurements) {
        if let Some(r) = self.results.iter_mut().find(|r| r.id == id) {
            let after = r.measurements.map_or(0, |old| old.at.saturating_add(1));
            r.measurements = Some(Measurements {
                at: m.at.max(after),
                ..m
            });
        }
    }

    /// Deletes one result (and remembers that it was deleted).
    pub fn delete(&mut self, id: &str) {
        self.results.retain(|r| r.id != id);
        self.deleted.insert(id.to_owned(), ());
        compact_tombstones(&mut self.deleted);
    }

    /// Adds a finished quiz's result, keeping the order; an id already
    /// present or deleted is left alone. At `MAX_RESULTS` the oldest result
    /// makes room and is returned, so the visitor can be told.
    pub fn add(&mut self, result: SavedResult) -> Option<SavedResult> {
        if self.result(&result.id).is_some() || self.deleted.contains_key(&result.id) {
            return None;
        }
        self.results.push(result);
        sort_results(&mut self.results);
        (self.results.len() > MAX_RESULTS).then(|| self.results.remove(0))
    }

    /// Adds results brought back from a code or file. One the visitor
    /// deleted here before comes back under a new id, because its old id
    /// stays deleted in every tab's copy; one already here (same time and
    /// answers) is skipped. Only as many as fit under `MAX_RESULTS` are
    /// added, the newest first.
    pub fn import(&mut self, results: Vec<SavedResult>) -> Imported {
        // Contents and ids sorted once, so each lookup is a binary search:
        // a 20,000-result file is O(n log n), not O(n²).
        let mut known: Vec<(u64, u32, String)> = self.results.iter().map(content_key).collect();
        stable_sort_by(&mut known, |a, b| a.cmp(b));
        let mut ids: Vec<String> = self.results.iter().map(|r| r.id.clone()).collect();
        stable_sort_by(&mut ids, |a, b| a.cmp(b));
        let mut incoming: Vec<((u64, u32, String), SavedResult)> =
            results.into_iter().map(|r| (content_key(&r), r)).collect();
        stable_sort_by(&mut incoming, |a, b| a.0.cmp(&b.0));
        incoming.dedup_by(|later, first| later.0 == first.0);
        let mut fresh: Vec<SavedResult> = incoming
            .into_iter()
            .filter(|(key, _)| known.binary_search(key).is_err())
            .map(|(_, r)| r)
            .collect();
        // Newest first, to fill the room that is left.
        stable_sort_by(&mut fresh, |a, b| {
            (b.saved_at, &b.id).cmp(&(a.saved_at, &a.id))
        });
        let room = MAX_RESULTS.saturating_sub(self.results.len());
        let left_out = fresh.len().saturating_sub(room);
        fresh.truncate(room);
        let added = fresh.len();
        for mut r in fresh {
            // Already done by `export::import` for all but planted files
            // with duplicates among their newest; idempotent and cheap here.
            super::record::keep_on_path(r.content_version, &mut r.answers);
            let base: String = r.id.chars().take(MAX_ID_LEN - 12).collect();
            let mut n = 0u32;
            while self.deleted.contains_key(&r.id) || ids.binary_search(&r.id).is_ok() {
                n += 1;
                r.id = format!("{base}-i{n}");
            }
            if let Err(at) = ids.binary_search(&r.id) {
                ids.insert(at, r.id.clone());
            }
            self.results.push(r);
        }
        sort_results(&mut self.results);
        Imported { added, left_out }
    }
}

/// What makes two results the same saved quiz, ids aside.
fn content_key(r: &SavedResult) -> (u64, u32, String) {
    (
        r.saved_at,
        r.content_version,
        crate::json::object_json(&r.answers),
    )
}

/// Oldest first, by time then id.
pub(super) fn sort_results(results: &mut [SavedResult]) {
    stable_sort_by(results, |a, b| {
        (a.saved_at, &a.id).cmp(&(b.saved_at, &b.id))
    });
}

/// Keeps the `MAX_TOMBSTONES` greatest ids (the newest: ids start with the
/// time in hex). Keeping "the greatest N" of a union is a join, so merges
/// stay order-independent.
pub(super) fn compact_tombstones(deleted: &mut Map<()>) {
    let extra = deleted.len().saturating_sub(MAX_TOMBSTONES);
    if extra > 0 {
        let keep: Vec<String> = deleted.keys().skip(extra).cloned().collect();
        *deleted = keep.into_iter().map(|k| (k, ())).collect();
    }
}

/// A new result id from the time and a random number: short, and unique
/// enough that two tabs finishing in the same millisecond do not clash.
pub fn result_id(now: u64, random: u32) -> String {
    format!("{now:x}-{:x}", random & 0xff_ffff)
}
