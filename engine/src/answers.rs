//! Answers keyed by stable question id, validated once at the boundary.
//!
//! Everything that builds an `Answers` goes through `Answers::set`, including
//! deserialising saved JSON, so the rest of the engine can trust the data.

use serde::{Deserialize, Serialize};

use crate::map::Map;
use crate::questions::{question, Item, Kind, Opt, Question, Row, RowOpt, When};
use crate::units::{HEIGHT_MM, WEIGHT_G};
use crate::CONTENT_VERSION;

/// One answer. Which variant fits is decided by the question's `Kind`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// `Kind::YesNo`: yes.
    Yes,
    /// `Kind::YesNo`: no.
    No,
    /// `Kind::YesNo { unsure: true }`: not sure.
    Unsure,
    /// `Kind::Single`: the chosen option id.
    Choice(String),
    /// `Kind::Multi`: the ticked option ids (or just the "none" id).
    Choices(Vec<String>),
    /// `Kind::Ratings`: item id to 0-3. Items may be left out.
    Ratings(Map<u8>),
    /// `Kind::Grid`: row id to option id. Rows may be left out.
    Grid(Map<String>),
    /// `Kind::Body`: height in millimetres and weight in grams, each optional.
    Body {
        /// Height in mm (1000-2500).
        height_mm: Option<u32>,
        /// Weight in grams (25,000-350,000).
        weight_g: Option<u32>,
    },
}

/// Why an answer was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// No question has this id.
    UnknownQuestion,
    /// The answer variant does not fit the question's kind.
    WrongKind,
    /// An option, item or row id the question does not have.
    UnknownOption(String),
    /// Nothing chosen; use `Answers::clear` to remove an answer.
    Empty,
    /// "None of these" ticked together with something else.
    NoneNotExclusive,
    /// A rating above 3.
    RatingTooHigh,
    /// Height outside 100-250 cm.
    ImplausibleHeight,
    /// Weight outside 25-350 kg.
    ImplausibleWeight,
}

/// All answers so far, keyed by question id, with the content version they
/// were made under. Serialises as `{"version": 1, "answers": {...}}`;
/// deserialising re-validates every entry and silently drops any that no
/// longer fit the bank (the migration path).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Saved")]
pub struct Answers {
    version: u32,
    answers: Map<Answer>,
}

/// The raw saved shape, trusted only after going through `Answers::set`.
#[derive(Deserialize)]
struct Saved {
    #[serde(default)]
    version: u32,
    #[serde(default)]
    answers: Map<Answer>,
}

impl From<Saved> for Answers {
    fn from(saved: Saved) -> Self {
        Answers::migrate(saved.version, saved.answers)
    }
}

impl Answers {
    /// No answers, current content version.
    pub fn new() -> Self {
        Answers {
            version: CONTENT_VERSION,
            answers: Map::new(),
        }
    }

    /// Rebuilds answers saved under an older (or unknown) content version:
    /// ids and options whose meaning changed are mapped first, then each
    /// entry is re-validated against the current bank and dropped if it no
    /// longer fits (the caller names what was dropped).
    pub fn migrate(from_version: u32, raw: Map<Answer>) -> Self {
        let mut out = Answers::new();
        for (id, answer) in raw {
            let answer = if from_version < 2 {
                match from_v1(&id, answer) {
                    Some(a) => a,
                    None => continue,
                }
            } else {
                answer
            };
            let _ = out.set(&id, answer);
        }
        out
    }

    /// The content version these answers follow (always `CONTENT_VERSION`
    /// once built or loaded).
    pub fn version(&self) -> u32 {
        self.version
    }

    /// Records an answer after checking it against the bank. Checklists are
    /// stored de-duplicated and in display order.
    pub fn set(&mut self, id: &str, answer: Answer) -> Result<(), AnswerError> {
        let q = question(id).ok_or(AnswerError::UnknownQuestion)?;
        let answer = validate(q.kind, answer)?;
        self.answers.insert(q.id.to_string(), answer);
        Ok(())
    }

    /// Removes an answer (e.g. a skipped optional question).
    pub fn clear(&mut self, id: &str) {
        self.answers.remove(id);
    }

    /// The answer to a question, if any.
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.answers.get(id)
    }

    /// All answers, by id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Answer)> {
        self.answers.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Number of answered questions.
    pub fn len(&self) -> usize {
        self.answers.len()
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// Whether a yes/no or single-choice question has this option id
    /// ("yes", "no", "unsure" for yes/no questions).
    pub fn is(&self, id: &str, option: &str) -> bool {
        debug_assert_option(id, option);
        match self.get(id) {
            Some(Answer::Yes) => option == "yes",
            Some(Answer::No) => option == "no",
            Some(Answer::Unsure) => option == "unsure",
            Some(Answer::Choice(c)) => c == option,
            _ => false,
        }
    }

    /// Whether a checklist has this option ticked.
    pub fn has(&self, id: &str, option: &str) -> bool {
        debug_assert_option(id, option);
        matches!(self.get(id), Some(Answer::Choices(v)) if v.iter().any(|c| c == option))
    }

    /// The ticked options of a checklist, without its "none of these" id.
    pub fn ticked(&self, id: &str) -> &[String] {
        match (self.get(id), question(id).map(|q| q.kind)) {
            (Some(Answer::Choices(v)), Some(Kind::Multi { none, .. }))
                if !v.iter().any(|c| c == none) =>
            {
                v
            }
            _ => &[],
        }
    }

    /// A 0-3 rating, if given.
    pub fn rating(&self, id: &str, item: &str) -> Option<u8> {
        debug_assert!(
            matches!(question(id).map(|q| q.kind), Some(Kind::Ratings { items }) if items.contains(&item)),
            "no rating item {id}.{item}"
        );
        match self.get(id) {
            Some(Answer::Ratings(m)) => m.get(item).copied(),
            _ => None,
        }
    }

    /// The option chosen in one grid row, if any.
    pub fn row(&self, id: &str, row: &str) -> Option<&str> {
        debug_assert!(
            matches!(question(id).map(|q| q.kind), Some(Kind::Grid { rows }) if rows.iter().any(|r| r.id == row)),
            "no grid row {id}.{row}"
        );
        match self.get(id) {
            Some(Answer::Grid(m)) => m.get(row).map(String::as_str),
            _ => None,
        }
    }

    /// Height (mm) and weight (g), when given.
    pub fn body(&self, id: &str) -> (Option<u32>, Option<u32>) {
        match self.get(id) {
            Some(Answer::Body {
                height_mm,
                weight_g,
            }) => (*height_mm, *weight_g),
            _ => (None, None),
        }
    }
}

impl Answers {
    /// Whether the typed option `o` was given: chosen (yes/no, single) or
    /// ticked (checklist).
    pub fn gave(&self, o: Opt) -> bool {
        self.is(o.question, o.option) || self.has(o.question, o.option)
    }

    /// Whether the grid row of `r` was answered with `r`'s option.
    pub fn chose(&self, r: RowOpt) -> bool {
        self.row(r.question, r.row) == Some(r.option)
    }

    /// The rating given to `i`, if any.
    pub fn rated(&self, i: Item) -> Option<u8> {
        self.rating(i.question, i.item)
    }

    /// Whether a branching condition holds on these answers.
    pub fn holds(&self, when: &When) -> bool {
        match *when {
            When::Is(id, option) => self.is(id, option),
            When::Has(id, option) => self.has(id, option),
            When::AnyTicked(id) => !self.ticked(id).is_empty(),
            When::AnyRated(id) => match self.get(id) {
                Some(Answer::Ratings(m)) => m.iter().any(|(_, v)| *v > 0),
                _ => false,
            },
            When::Any(list) => list.iter().any(|w| self.holds(w)),
            When::All(list) => list.iter().all(|w| self.holds(w)),
            When::Not(w) => !self.holds(w),
        }
    }

    /// Whether `q` is shown given these answers (ignoring the quiz-ending
    /// rules, which `flow::visible` applies).
    pub fn shows(&self, q: &Question) -> bool {
        q.show_if.as_ref().is_none_or(|w| self.holds(w))
    }
}

/// A rule that names an option its question does not have would silently
/// read `false` forever: debug builds (every test) stop at such a typo.
fn debug_assert_option(id: &str, option: &str) {
    debug_assert!(
        question(id).is_some_and(|q| q.has_option(option)),
        "{id} has no option {option:?}"
    );
}

/// Content version 1 to 2: an answer whose meaning changed is mapped, or
/// `None` when it cannot be carried over (the caller names it).
///
/// - `a_urgent` "one_leg" meant new pain AND swelling in one leg: both are
///   now options of their own. "None of these" cannot be carried: version 2
///   asks about signs version 1 did not, so the visitor is asked again.
/// - `c_diabetic_foot` asked about a NEW sore; version 2 asks about any sore
///   that is not healing, so "none of these" cannot be carried either.
fn from_v1(id: &str, answer: Answer) -> Option<Answer> {
    use crate::questions::ids::{DIABETIC_FOOT, URGENT};
    match (id, answer) {
        (URGENT | DIABETIC_FOOT, Answer::Choices(v)) if v.iter().any(|c| c == "none") => None,
        (URGENT, Answer::Choices(v)) => {
            let mut out = Vec::new();
            for c in v {
                if c == "one_leg" {
                    out.extend(["leg_pain".to_string(), "leg_swelling".to_string()]);
                } else {
                    out.push(c);
                }
            }
            Some(Answer::Choices(out))
        }
        (_, answer) => Some(answer),
    }
}

fn validate(kind: Kind, answer: Answer) -> Result<Answer, AnswerError> {
    use AnswerError::*;
    let unknown = |s: &str| UnknownOption(s.to_string());
    match (kind, answer) {
        (Kind::YesNo { .. }, a @ (Answer::Yes | Answer::No)) => Ok(a),
        (Kind::YesNo { unsure: true }, Answer::Unsure) => Ok(Answer::Unsure),
        (Kind::Single { options }, Answer::Choice(c)) => {
            if options.contains(&c.as_str()) {
                Ok(Answer::Choice(c))
            } else {
                Err(unknown(&c))
            }
        }
        (Kind::Multi { options, none }, Answer::Choices(v)) => checklist(options, none, v),
        (Kind::Ratings { items }, Answer::Ratings(m)) => {
            if m.is_empty() {
                return Err(Empty);
            }
            for (item, value) in &m {
                if !items.contains(&item.as_str()) {
                    return Err(unknown(item));
                }
                if *value > 3 {
                    return Err(RatingTooHigh);
                }
            }
            Ok(Answer::Ratings(m))
        }
        (Kind::Grid { rows }, Answer::Grid(m)) => grid(rows, m),
        (
            Kind::Body,
            Answer::Body {
                height_mm,
                weight_g,
            },
        ) => {
            if height_mm.is_none() && weight_g.is_none() {
                return Err(Empty);
            }
            if height_mm.is_some_and(|h| !HEIGHT_MM.contains(&h)) {
                return Err(ImplausibleHeight);
            }
            if weight_g.is_some_and(|w| !WEIGHT_G.contains(&w)) {
                return Err(ImplausibleWeight);
            }
            Ok(Answer::Body {
                height_mm,
                weight_g,
            })
        }
        _ => Err(WrongKind),
    }
}

/// A checklist answer: known options, "none of these" alone, stored in
/// display order without duplicates.
fn checklist(
    options: &'static [&'static str],
    none: &'static str,
    v: Vec<String>,
) -> Result<Answer, AnswerError> {
    use AnswerError::*;
    let unknown = |s: &str| UnknownOption(s.to_string());
    if v.is_empty() {
        return Err(Empty);
    }
    if let Some(bad) = v
        .iter()
        .find(|c| *c != none && !options.contains(&c.as_str()))
    {
        return Err(unknown(bad));
    }
    if v.iter().any(|c| c == none) {
        return if v.iter().all(|c| c == none) {
            Ok(Answer::Choices(vec![none.to_string()]))
        } else {
            Err(NoneNotExclusive)
        };
    }
    // Display order and no duplicates, so equal choices compare equal.
    let sorted = options
        .iter()
        .filter(|o| v.iter().any(|c| c == *o))
        .map(|o| o.to_string())
        .collect();
    Ok(Answer::Choices(sorted))
}

/// A grid answer: known rows, each with one of its own options.
fn grid(rows: &'static [Row], m: Map<String>) -> Result<Answer, AnswerError> {
    use AnswerError::*;
    let unknown = |s: &str| UnknownOption(s.to_string());
    if m.is_empty() {
        return Err(Empty);
    }
    for (row, option) in &m {
        let r = rows
            .iter()
            .find(|r| r.id == row)
            .ok_or_else(|| unknown(row))?;
        if !r.options.contains(&option.as_str()) {
            return Err(unknown(option));
        }
    }
    Ok(Answer::Grid(m))
}
