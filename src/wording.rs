//! Interface wording of the widget (headings, buttons, hints, errors), one
//! table per language. Content wording (questions, advice, banners) is the
//! engine's (`engine::text`); this holds only what the interface itself
//! says. Screens reach it through `Env::words`.

#[cfg(feature = "es")]
pub mod es;
mod saved;

pub use saved::{older_answers, retired_question};

use engine::units::UnitError;
use engine::{Language, Locale};

use crate::config::EventLevel;

/// Every interface string for one language.
#[derive(Debug)]
pub struct Words {
    pub title: &'static str,
    pub intro: &'static str,
    pub duration: &'static str,
    /// What the start screen says about privacy, by how much the shop's
    /// page is told (`EventLevel`: private, funnel, result, answers), so the
    /// line is true at every setting; read it with [`privacy`].
    pub privacy: [&'static str; 4],
    pub not_advice: &'static str,
    pub question_of: &'static str,
    pub choose_one: &'static str,
    pub choose_some: &'static str,
    pub rate_each: &'static str,
    pub answer_each: &'static str,
    pub getting_ready: &'static str,
    pub height: &'static str,
    pub weight: &'static str,
    pub feet: &'static str,
    pub inches: &'static str,
    pub mistake: &'static str,
    pub result_title: &'static str,
    pub why_for_you: &'static str,
    pub tips_title: &'static str,
    pub score_title: &'static str,
    pub score_caption: &'static str,
    pub factors_title: &'static str,
    pub none_listed: &'static str,
    pub summary_open: &'static str,
    pub summary_title: &'static str,
    pub summary_intro: &'static str,
    pub summary_answers: &'static str,
    pub summary_result: &'static str,
    pub print: &'static str,
    pub back_to_result: &'static str,
    pub change_answers: &'static str,
    pub not_answered: &'static str,
    pub opens_new_tab: &'static str,
    pub your_picture: &'static str,
    // Saved progress and results (src/saved/, src/store/).
    pub continue_quiz: &'static str,
    pub start_over: &'static str,
    pub unfinished: &'static str,
    pub my_results: &'static str,
    pub bring_back_results: &'static str,
    pub not_saved: &'static str,
    pub put_aside: &'static str,
    pub history_intro: &'static str,
    pub no_results: &'static str,
    pub score_line: &'static str,
    pub no_score: &'static str,
    pub change_down: &'static str,
    pub change_up: &'static str,
    pub change_same: &'static str,
    pub open_result: &'static str,
    pub delete_result: &'static str,
    pub erase_all: &'static str,
    pub confirm_delete: &'static str,
    pub confirm_erase: &'static str,
    pub yes_delete: &'static str,
    pub yes_erase: &'static str,
    pub erased: &'static str,
    pub nothing_erased: &'static str,
    pub partly_erased: &'static str,
    pub cleared: &'static str,
    pub read_only: &'static str,
    pub at_cap: &'static str,
    pub made_room: &'static str,
    pub keep: &'static str,
    pub deleted: &'static str,
    pub back_to_start: &'static str,
    pub back_to_results: &'static str,
    pub saved_on: &'static str,
    pub not_migrated: &'static str,
    pub older_answer: &'static str,
    pub older_answers: &'static str,
    pub transfer_title: &'static str,
    pub transfer_intro: &'static str,
    pub code_label: &'static str,
    pub download: &'static str,
    pub import_title: &'static str,
    pub paste_label: &'static str,
    pub import_button: &'static str,
    pub file_label: &'static str,
    pub imported: &'static str,
    pub imported_none_new: &'static str,
    pub imported_left_out: &'static str,
    pub import_too_big: &'static str,
    pub import_empty: &'static str,
    pub import_not_a_code: &'static str,
    pub import_mistyped: &'static str,
    pub import_newer: &'static str,
    pub import_no_results: &'static str,
    pub file_unreadable: &'static str,
    // The shop's products and the size finder (src/ui/products.rs,
    // src/ui/size_finder.rs).
    pub products_title: &'static str,
    pub why_this_one: &'static str,
    pub view_product: &'static str,
    pub knee_high: &'static str,
    pub thigh_high: &'static str,
    pub tights: &'static str,
    pub sleeve: &'static str,
    pub wide_calf: &'static str,
    pub open_toe: &'static str,
    pub find_size: &'static str,
    pub size_title: &'static str,
    pub size_guide: &'static str,
    pub measure_in: &'static str,
    pub centimetres: &'static str,
    pub inches_unit: &'static str,
    pub ankle_label: &'static str,
    pub calf_label: &'static str,
    pub show_size: &'static str,
    pub size_fits: &'static str,
    pub size_between: &'static str,
    /// The shoe sizes a shop's chart gives for a size ("{size}", "{shoe}").
    pub size_shoe: &'static str,
    pub size_off_chart: &'static str,
    pub size_no_chart: &'static str,
    /// Under the sizes when the measurements are saved on this device.
    pub size_kept: &'static str,
    /// Under the sizes when storage is blocked, full or read-only: kept in
    /// this page's memory only.
    pub size_kept_memory: &'static str,
    pub measure_empty: &'static str,
    pub measure_not_a_number: &'static str,
    pub measure_too_small: &'static str,
    pub measure_too_big: &'static str,
    pub measurements_title: &'static str,
    pub measurements_line: &'static str,
}

const EN: Words = Words {
    title: "Circulation Check",
    intro: "A short quiz about your legs: how they feel, how they look, and your daily habits. \
            At the end you get tips chosen for your answers, and a clear note if anything needs a doctor.",
    duration: "It takes about 3 minutes.",
    privacy: [
        "Your answers stay on this device. Nothing you answer is sent anywhere.",
        "Your answers stay on this device. This shop's web page is told which questions you see \
         and which products you open, and that can hint at your answers.",
        "Your answers stay on this device, but this shop's web page is told your result: \
         how soon to see a doctor and which tips you get. It is also told which questions you see.",
        "This shop's web page is told every answer you give and your result. \
         Only go on if you are happy to share them with this shop.",
    ],
    not_advice: "This is general wellness information, not medical advice or a diagnosis.",
    question_of: "Question {n} of about {total}",
    choose_one: "Please choose an answer.",
    choose_some: "Please tick at least one, or \u{201c}None of these\u{201d}.",
    rate_each: "Please rate each one. Choose \u{201c}None\u{201d} if it doesn't bother you.",
    answer_each: "Please answer each line.",
    getting_ready: "Getting ready\u{2026}",
    height: "Height",
    weight: "Weight",
    feet: "feet",
    inches: "inches",
    mistake: "I chose this by mistake",
    result_title: "Your result",
    why_for_you: "Why this is for you",
    tips_title: "Tips chosen for you",
    score_title: "Your leg symptom score",
    score_caption: "out of 15, from how much heaviness, aching, swelling, throbbing and itching bother you. \
                    Use it to track changes over time; it is not a test result.",
    factors_title: "What affects your circulation",
    none_listed: "Nothing from your answers.",
    summary_open: "Summary for my doctor",
    summary_title: "Circulation Check: summary",
    summary_intro: "Answers given in a self-check quiz. This is not a diagnosis.",
    summary_answers: "Answers",
    summary_result: "Result",
    print: "Print",
    back_to_result: "Back to my result",
    change_answers: "Change my answers",
    not_answered: "Not answered",
    opens_new_tab: "(opens in a new tab)",
    your_picture: "Your picture",
    continue_quiz: "Continue where you left off",
    start_over: "Start over",
    unfinished: "You have an unfinished check saved on this device.",
    my_results: "My saved results",
    bring_back_results: "Bring back saved results",
    not_saved: "Not saved on this device: your answers stay in this tab only.",
    put_aside: "Some saved answers on this device could not be read, so we set them aside and you can start fresh.",
    history_intro: "Results saved on this device, newest first. Open one to see it in full.",
    no_results: "No results are saved on this device yet.",
    score_line: "Leg symptom score: {score} out of 15",
    no_score: "No leg symptom score",
    change_down: "{n} lower than the time before",
    change_up: "{n} higher than the time before",
    change_same: "the same as the time before",
    open_result: "Open",
    delete_result: "Delete",
    erase_all: "Erase everything on this device",
    confirm_delete: "Delete the result from {date}? This cannot be undone.",
    confirm_erase: "Erase everything this check has saved on this website? This removes all saved answers and results, any unfinished check and any copies set aside, from every copy of the check on this site. This cannot be undone.",
    yes_delete: "Yes, delete",
    yes_erase: "Yes, erase everything",
    erased: "Everything this check saved on this website has been erased, from every copy of the check.",
    nothing_erased: "Nothing could be erased: this browser did not let the check change what it saved. Your saved answers may still be on this device. To remove them, clear this site's data in your browser's settings.",
    partly_erased: "Only part could be erased: this browser stopped the check part way. Some saved answers may still be on this device. To remove them, clear this site's data in your browser's settings.",
    cleared: "The answers saved on this device were removed, so this check has forgotten them too.",
    read_only: "Your saved results here come from a newer version of this check. You can look at them, but this page won't change them.",
    at_cap: "This device keeps up to {max} results, and you have {n}. When you save another, the oldest is removed, so keep a copy if you want them all.",
    made_room: "This device keeps up to {max} results, so your oldest one (from {date}) was removed to make room. Keep a copy in My saved results if you want them all.",
    keep: "No, keep it",
    deleted: "Deleted.",
    back_to_start: "Back to the start",
    back_to_results: "Back to my saved results",
    saved_on: "Saved on {date}",
    not_migrated: "The questions have changed since this result was saved. These answers could not be carried over, so this result leaves them out:",
    older_answer: "1 answer from an older version",
    older_answers: "{n} answers from an older version",
    transfer_title: "Keep a copy",
    transfer_intro: "Browsers sometimes clear saved data. Keep your results as a code or a file, and bring them back here or on another device.",
    code_label: "Your code: copy it somewhere safe",
    download: "Download a file",
    import_title: "Bring back results",
    paste_label: "Paste a code",
    import_button: "Bring back",
    file_label: "Or choose a saved file",
    imported: "Brought back {n} result(s).",
    imported_none_new: "Those results are already here.",
    imported_left_out: "Brought back {n} result(s). {left} more did not fit: this device keeps up to {max} results.",
    import_too_big: "That is too big to be a Circulation Check code or file.",
    import_empty: "Please paste a code or choose a file first.",
    import_not_a_code: "That does not look like a Circulation Check code or file.",
    import_mistyped: "That code has a typo or is cut off. Please copy it again, all of it.",
    import_newer: "That code comes from a newer version of this check and cannot be read here yet.",
    import_no_results: "That code holds no results.",
    file_unreadable: "That file could not be read. Please try again.",
    products_title: "Socks from this shop that fit your answers",
    why_this_one: "Why this one",
    view_product: "View in the shop",
    knee_high: "Knee-high",
    thigh_high: "Thigh-high",
    tights: "Tights",
    sleeve: "Sleeve",
    wide_calf: "Wide calf",
    open_toe: "Open toe",
    find_size: "Find my size",
    size_title: "Find your size",
    size_guide: "Sit down to measure, in the morning if your legs swell later in the day. Use a soft tape measure on bare skin.",
    measure_in: "Measure in",
    centimetres: "centimetres",
    inches_unit: "inches",
    ankle_label: "Ankle, at its narrowest (just above the ankle bones)",
    calf_label: "Calf, at its widest",
    show_size: "Show my size",
    size_fits: "{name}: size {size}.",
    size_between: "{name}: between {smaller} and {larger}.",
    size_shoe: "Size {size} usually fits shoe sizes {shoe}.",
    size_off_chart: "{name}: outside this chart. A fitter can measure you for made-to-measure socks.",
    size_no_chart: "{name}: the shop gives no size chart, so ask the shop which size fits.",
    size_kept: "Your measurements are saved with this result on this device only. They are never sent anywhere.",
    size_kept_memory: "Your measurements are kept only while this page is open, because this browser doesn't let us save them. They are never sent anywhere.",
    measure_empty: "Please type a number.",
    measure_not_a_number: "Please type a number using digits only, like 22 or 22.5.",
    measure_too_small: "That looks too small. Please check where you measured and the unit.",
    measure_too_big: "That looks too big. Please check where you measured and the unit.",
    measurements_title: "Leg measurements for compression socks",
    measurements_line: "Ankle at its narrowest: {ankle}. Calf at its widest: {calf}.",
};

/// The interface wording for a locale, by its language: every English
/// locale shares `EN`, both Spanish ones `ES`; units, emergency numbers and
/// services differ by region, and those are the engine's.
pub fn words(locale: Locale) -> &'static Words {
    match locale.language() {
        Language::En => &EN,
        #[cfg(feature = "es")]
        Language::Es => &es::ES,
    }
}

/// The heading of the summary's English copy, which a Spanish summary
/// offers for a doctor who reads only English (`screens::summary`).
#[cfg(feature = "es")]
pub const SUMMARY_IN_ENGLISH: &str = "The same summary in English";

/// The start screen's privacy line for a shop's events setting.
pub fn privacy(words: &Words, events: EventLevel) -> &'static str {
    words.privacy[events as usize]
}

/// "Question 3 of about 18".
pub fn question_of(words: &Words, number: usize, total: usize) -> String {
    fill(
        words.question_of,
        &[("n", &number.to_string()), ("total", &total.to_string())],
    )
}

/// A plain sentence for a height or weight that was refused.
pub fn unit_error(locale: Locale, error: UnitError) -> &'static str {
    match locale.language() {
        Language::En => unit_error_en(error),
        #[cfg(feature = "es")]
        Language::Es => match error {
            UnitError::Empty => "Por favor, escriba un número.",
            UnitError::NotANumber => {
                "Por favor, escriba un número solo con cifras, como 70 o 70,5."
            }
            UnitError::TooShort => "Esa estatura parece demasiado baja. Por favor, revísela.",
            UnitError::TooTall => "Esa estatura parece demasiado alta. Por favor, revísela.",
            UnitError::TooLight => "Ese peso parece demasiado bajo. Por favor, revíselo.",
            UnitError::TooHeavy => "Ese peso parece demasiado alto. Por favor, revíselo.",
        },
    }
}

fn unit_error_en(error: UnitError) -> &'static str {
    match error {
        UnitError::Empty => "Please type a number.",
        UnitError::NotANumber => "Please type a number using digits only, like 70 or 70.5.",
        UnitError::TooShort => "That height looks too small. Please check it.",
        UnitError::TooTall => "That height looks too big. Please check it.",
        UnitError::TooLight => "That weight looks too low. Please check it.",
        UnitError::TooHeavy => "That weight looks too high. Please check it.",
    }
}

/// Fills `{name}` placeholders in an interface template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |t, (name, value)| {
        replace_all(&t, &format!("{{{name}}}"), value)
    })
}

/// `str::replace` for a placeholder: every `from` (never empty), left to
/// right, becomes `to`. A byte comparison at each place instead of the
/// standard two-way searcher, which is about 2 KB of wasm for templates of
/// a sentence or two.
fn replace_all(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest
        .as_bytes()
        .windows(from.len())
        .position(|w| w == from.as_bytes())
    {
        // `from` starts with `{`, so `at` is a character boundary.
        out.push_str(&rest[..at]);
        out.push_str(to);
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// "7 lower than the time before" and the like, for a score change.
pub fn score_change(words: &Words, change: i16) -> String {
    let n = change.unsigned_abs().to_string();
    match change {
        0 => words.change_same.to_owned(),
        c if c < 0 => fill(words.change_down, &[("n", &n)]),
        _ => fill(words.change_up, &[("n", &n)]),
    }
}

/// The one sentence for a refused import.
pub fn import_error(words: &Words, error: crate::saved::ImportError) -> &'static str {
    use crate::saved::ImportError::*;
    match error {
        Empty => words.import_empty,
        NotACode => words.import_not_a_code,
        Mistyped => words.import_mistyped,
        Newer => words.import_newer,
        NoResults => words.import_no_results,
        FileUnreadable => words.file_unreadable,
        TooBig => words.import_too_big,
    }
}

/// Shown in place of the widget if it ever crashes (the wasm is gone then,
/// so this is the one sentence that does not depend on a locale table; the
/// language is read back from the widget's own `lang`).
pub fn crashed(language: Language) -> &'static str {
    match language {
        Language::En => "Sorry, the circulation check stopped working. Please reload the page. Your saved answers are kept.",
        #[cfg(feature = "es")]
        Language::Es => "Lo sentimos, el chequeo de la circulación dejó de funcionar. Por favor, vuelva a cargar la página. Sus respuestas guardadas se conservan.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of a table with its field name. The pattern lists every
    /// field (no `..`), so a new field the test does not read is a compile
    /// error here.
    #[cfg(feature = "es")]
    fn fields(w: &Words) -> Vec<(&'static str, &'static str)> {
        let Words {
            title,
            intro,
            duration,
            not_advice,
            question_of,
            choose_one,
            choose_some,
            rate_each,
            answer_each,
            getting_ready,
            height,
            weight,
            feet,
            inches,
            mistake,
            result_title,
            why_for_you,
            tips_title,
            score_title,
            score_caption,
            factors_title,
            none_listed,
            summary_open,
            summary_title,
            summary_intro,
            summary_answers,
            summary_result,
            print,
            back_to_result,
            change_answers,
            not_answered,
            opens_new_tab,
            your_picture,
            continue_quiz,
            start_over,
            unfinished,
            my_results,
            bring_back_results,
            not_saved,
            put_aside,
            history_intro,
            no_results,
            score_line,
            no_score,
            change_down,
            change_up,
            change_same,
            open_result,
            delete_result,
            erase_all,
            confirm_delete,
            confirm_erase,
            yes_delete,
            yes_erase,
            erased,
            nothing_erased,
            partly_erased,
            cleared,
            read_only,
            at_cap,
            made_room,
            keep,
            deleted,
            back_to_start,
            back_to_results,
            saved_on,
            not_migrated,
            older_answer,
            older_answers,
            transfer_title,
            transfer_intro,
            code_label,
            download,
            import_title,
            paste_label,
            import_button,
            file_label,
            imported,
            imported_none_new,
            imported_left_out,
            import_too_big,
            import_empty,
            import_not_a_code,
            import_mistyped,
            import_newer,
            import_no_results,
            file_unreadable,
            products_title,
            why_this_one,
            view_product,
            knee_high,
            thigh_high,
            tights,
            sleeve,
            wide_calf,
            open_toe,
            find_size,
            size_title,
            size_guide,
            measure_in,
            centimetres,
            inches_unit,
            ankle_label,
            calf_label,
            show_size,
            size_fits,
            size_between,
            size_shoe,
            size_off_chart,
            size_no_chart,
            size_kept,
            size_kept_memory,
            measure_empty,
            measure_not_a_number,
            measure_too_small,
            measure_too_big,
            measurements_title,
            measurements_line,
            privacy,
        } = w;
        let mut v = vec![
            ("title", *title),
            ("intro", *intro),
            ("duration", *duration),
            ("not_advice", *not_advice),
            ("question_of", *question_of),
            ("choose_one", *choose_one),
            ("choose_some", *choose_some),
            ("rate_each", *rate_each),
            ("answer_each", *answer_each),
            ("getting_ready", *getting_ready),
            ("height", *height),
            ("weight", *weight),
            ("feet", *feet),
            ("inches", *inches),
            ("mistake", *mistake),
            ("result_title", *result_title),
            ("why_for_you", *why_for_you),
            ("tips_title", *tips_title),
            ("score_title", *score_title),
            ("score_caption", *score_caption),
            ("factors_title", *factors_title),
            ("none_listed", *none_listed),
            ("summary_open", *summary_open),
            ("summary_title", *summary_title),
            ("summary_intro", *summary_intro),
            ("summary_answers", *summary_answers),
            ("summary_result", *summary_result),
            ("print", *print),
            ("back_to_result", *back_to_result),
            ("change_answers", *change_answers),
            ("not_answered", *not_answered),
            ("opens_new_tab", *opens_new_tab),
            ("your_picture", *your_picture),
            ("continue_quiz", *continue_quiz),
            ("start_over", *start_over),
            ("unfinished", *unfinished),
            ("my_results", *my_results),
            ("bring_back_results", *bring_back_results),
            ("not_saved", *not_saved),
            ("put_aside", *put_aside),
            ("history_intro", *history_intro),
            ("no_results", *no_results),
            ("score_line", *score_line),
            ("no_score", *no_score),
            ("change_down", *change_down),
            ("change_up", *change_up),
            ("change_same", *change_same),
            ("open_result", *open_result),
            ("delete_result", *delete_result),
            ("erase_all", *erase_all),
            ("confirm_delete", *confirm_delete),
            ("confirm_erase", *confirm_erase),
            ("yes_delete", *yes_delete),
            ("yes_erase", *yes_erase),
            ("erased", *erased),
            ("nothing_erased", *nothing_erased),
            ("partly_erased", *partly_erased),
            ("cleared", *cleared),
            ("read_only", *read_only),
            ("at_cap", *at_cap),
            ("made_room", *made_room),
            ("keep", *keep),
            ("deleted", *deleted),
            ("back_to_start", *back_to_start),
            ("back_to_results", *back_to_results),
            ("saved_on", *saved_on),
            ("not_migrated", *not_migrated),
            ("older_answer", *older_answer),
            ("older_answers", *older_answers),
            ("transfer_title", *transfer_title),
            ("transfer_intro", *transfer_intro),
            ("code_label", *code_label),
            ("download", *download),
            ("import_title", *import_title),
            ("paste_label", *paste_label),
            ("import_button", *import_button),
            ("file_label", *file_label),
            ("imported", *imported),
            ("imported_none_new", *imported_none_new),
            ("imported_left_out", *imported_left_out),
            ("import_too_big", *import_too_big),
            ("import_empty", *import_empty),
            ("import_not_a_code", *import_not_a_code),
            ("import_mistyped", *import_mistyped),
            ("import_newer", *import_newer),
            ("import_no_results", *import_no_results),
            ("file_unreadable", *file_unreadable),
            ("products_title", *products_title),
            ("why_this_one", *why_this_one),
            ("view_product", *view_product),
            ("knee_high", *knee_high),
            ("thigh_high", *thigh_high),
            ("tights", *tights),
            ("sleeve", *sleeve),
            ("wide_calf", *wide_calf),
            ("open_toe", *open_toe),
            ("find_size", *find_size),
            ("size_title", *size_title),
            ("size_guide", *size_guide),
            ("measure_in", *measure_in),
            ("centimetres", *centimetres),
            ("inches_unit", *inches_unit),
            ("ankle_label", *ankle_label),
            ("calf_label", *calf_label),
            ("show_size", *show_size),
            ("size_fits", *size_fits),
            ("size_between", *size_between),
            ("size_shoe", *size_shoe),
            ("size_off_chart", *size_off_chart),
            ("size_no_chart", *size_no_chart),
            ("size_kept", *size_kept),
            ("size_kept_memory", *size_kept_memory),
            ("measure_empty", *measure_empty),
            ("measure_not_a_number", *measure_not_a_number),
            ("measure_too_small", *measure_too_small),
            ("measure_too_big", *measure_too_big),
            ("measurements_title", *measurements_title),
            ("measurements_line", *measurements_line),
        ];
        v.extend(privacy.iter().map(|p| ("privacy", *p)));
        v
    }

    /// The `{name}` placeholders of a template, in order.
    #[cfg(feature = "es")]
    fn placeholders(s: &str) -> Vec<&str> {
        s.split('{')
            .skip(1)
            .filter_map(|p| p.split('}').next())
            .collect()
    }

    /// Words that are the same in both languages.
    #[cfg(feature = "es")]
    const SAME_IN_BOTH: &[&str] = &[];

    #[cfg(feature = "es")]
    #[test]
    fn every_spanish_word_is_there_and_is_not_the_english_one() {
        let (en, es) = (fields(&EN), fields(&es::ES));
        assert_eq!(en.len(), es.len());
        for ((k, e), (_, s)) in en.iter().zip(&es) {
            assert!(!s.trim().is_empty(), "{k}: empty");
            assert!(
                s != e || SAME_IN_BOTH.contains(s),
                "{k}: the English is left in place: {s}"
            );
            assert_eq!(placeholders(e), placeholders(s), "{k}: placeholders differ");
        }
        for l in Locale::SPANISH {
            assert_eq!(words(l).title, es::ES.title);
        }
        for l in Locale::ALL {
            assert_eq!(words(l).title, EN.title);
        }
        assert_ne!(crashed(Language::Es), crashed(Language::En));
        use UnitError::*;
        for e in [Empty, NotANumber, TooShort, TooTall, TooLight, TooHeavy] {
            let (en, es) = (unit_error(Locale::EnUs, e), unit_error(Locale::EsUs, e));
            assert!(!es.is_empty() && es != en, "{e:?}");
            assert_eq!(unit_error(Locale::Es, e), es);
        }
    }

    #[test]
    fn replaces_like_the_standard_replace() {
        for (text, from, to) in [
            ("Question {n} of about {total}", "{n}", "3"),
            ("{n}{n} and {n}", "{n}", "{n}x"),
            ("no placeholder", "{n}", "3"),
            ("{name}", "{name}", ""),
            ("é {size} ü {size}", "{size}", "M – 38"),
            ("", "{n}", "1"),
        ] {
            assert_eq!(replace_all(text, from, to), text.replace(from, to));
        }
    }
}
