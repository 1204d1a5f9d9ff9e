//! Interface wording of the widget (headings, hints, errors), one table per
//! locale. Content wording (questions, advice, banners) is the engine's
//! (`engine::text`); this holds only what the interface itself says.

use engine::units::UnitError;
use engine::Locale;

/// Every interface string for one locale.
#[derive(PartialEq)]
pub struct Ui {
    pub title: &'static str,
    pub intro: &'static str,
    pub duration: &'static str,
    pub privacy: &'static str,
    pub not_advice: &'static str,
    pub question_of: &'static str,
    pub choose_one: &'static str,
    pub choose_some: &'static str,
    pub rate_each: &'static str,
    pub answer_each: &'static str,
    pub height: &'static str,
    pub weight: &'static str,
    pub feet: &'static str,
    pub inches: &'static str,
    pub optional_body: &'static str,
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
}

const EN: Ui = Ui {
    title: "Circulation Check",
    intro: "A short quiz about your legs: how they feel, how they look, and your daily habits. \
            At the end you get tips chosen for your answers, and a clear note if anything needs a doctor.",
    duration: "It takes about 3 minutes.",
    privacy: "Your answers stay on this device. Nothing is sent anywhere.",
    not_advice: "This is general wellness information, not medical advice or a diagnosis.",
    question_of: "Question {n} of about {total}",
    choose_one: "Please choose an answer.",
    choose_some: "Please tick at least one, or \u{201c}None of these\u{201d}.",
    rate_each: "Please rate each one. Choose \u{201c}None\u{201d} if it doesn't bother you.",
    answer_each: "Please answer each line.",
    height: "Height",
    weight: "Weight",
    feet: "feet",
    inches: "inches",
    optional_body: "Both are optional. They let us work out your BMI and a drinking guide.",
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
};

/// The interface table for a locale. en-US and en-GB share their wording;
/// units, emergency numbers and services differ, and those are the engine's.
pub fn ui(_locale: Locale) -> &'static Ui {
    &EN
}

/// "Question 3 of about 18".
pub fn question_of(ui: &Ui, number: usize, total: usize) -> String {
    ui.question_of
        .replace("{n}", &number.to_string())
        .replace("{total}", &total.to_string())
}

/// A plain sentence for a height or weight that was refused.
pub fn unit_error(_locale: Locale, error: UnitError) -> &'static str {
    match error {
        UnitError::Empty => "Please type a number.",
        UnitError::NotANumber => "Please type a number using digits only, like 70 or 70.5.",
        UnitError::TooShort => "That height looks too small. Please check it.",
        UnitError::TooTall => "That height looks too big. Please check it.",
        UnitError::TooLight => "That weight looks too low. Please check it.",
        UnitError::TooHeavy => "That weight looks too high. Please check it.",
    }
}
