//! How a saved result names answers it could not carry over: only ever in
//! the widget's own words. A results file or code can be written by anyone,
//! so a key, value or id taken from one is never shown.

use engine::Locale;

use super::{fill, Words};

/// Questions a content version took out of the quiz, by their old id,
/// with the wording the widget asked them in, so a saved answer to one can
/// still be named. None so far: version 2 changed what `a_urgent` and
/// `c_diabetic_foot` offer (DECISIONS 33) but kept both ids, and today's
/// wording names them. A content version that retires an id adds it here.
const RETIRED: &[(&str, &str)] = &[];

/// The wording of a question the quiz no longer asks, if the widget ever
/// asked it.
pub fn retired_question(_locale: Locale, id: &str) -> Option<&'static str> {
    RETIRED
        .iter()
        .find(|(k, _)| *k == id)
        .map(|(_, title)| *title)
}

/// "1 answer from an older version", "3 answers from an older version":
/// answers the widget cannot name are only counted.
pub fn older_answers(words: &Words, n: usize) -> String {
    match n {
        1 => words.older_answer.to_owned(),
        n => fill(words.older_answers, &[("n", &n.to_string())]),
    }
}
