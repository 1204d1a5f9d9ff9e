//! How a saved result names answers it could not carry over: only ever in
//! the widget's own words. A results file or code can be written by anyone,
//! so a key, value or id taken from one is never shown.

use engine::{Language, Locale};

use super::{fill, Words};

/// Questions a content version took out of the quiz, by their old id,
/// with the wording the widget asked them in, so a saved answer to one can
/// still be named. None so far: version 2 changed what `a_urgent` and
/// `c_diabetic_foot` offer (DECISIONS 33) but kept both ids, and today's
/// wording names them. A content version that retires an id adds it here.
const RETIRED: &[(&str, &str)] = &[];

/// The same questions' wording in Spanish: an id retired above is added
/// here too, with the Spanish title the widget asked it with.
#[cfg(feature = "es")]
const RETIRED_ES: &[(&str, &str)] = &[];

/// The wording of a question the quiz no longer asks, if the widget ever
/// asked it, in the locale's language.
pub fn retired_question(locale: Locale, id: &str) -> Option<&'static str> {
    let retired = match locale.language() {
        Language::En => RETIRED,
        #[cfg(feature = "es")]
        Language::Es => RETIRED_ES,
    };
    retired
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

#[cfg(all(test, feature = "es"))]
mod tests {
    use super::{RETIRED, RETIRED_ES};

    #[test]
    fn every_retired_question_is_named_in_both_languages() {
        let ids =
            |t: &[(&'static str, &'static str)]| t.iter().map(|(k, _)| *k).collect::<Vec<_>>();
        assert_eq!(ids(RETIRED), ids(RETIRED_ES));
        for ((_, en), (_, es)) in RETIRED.iter().zip(RETIRED_ES) {
            assert!(!es.is_empty() && es != en);
        }
    }
}
