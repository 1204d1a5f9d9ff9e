//! Every answer a visitor may give when they cannot say ("I'm not sure",
//! "I can't say where", "I never walk uphill", "I'd rather not say", a
//! skipped question), and what it counts as (brief section 8; decisions
//! 52-61). Read by RULES.md only (the rules themselves name these options
//! where they count); a test checks every such option of the bank is here.

use crate::questions::ids::{BODY, SEX};
use crate::questions::opts::*;
use crate::questions::Opt;

/// One answer a visitor cannot give, and how the rules read it.
#[derive(Debug)]
pub struct CannotSay {
    /// The question id.
    pub question: &'static str,
    /// The option, or `None` for the question skipped (optional questions).
    pub option: Option<Opt>,
    /// What it counts as, in plain words.
    pub counts_as: &'static str,
    /// The decisions behind it.
    pub decisions: &'static [u8],
}

const fn says(o: Opt, counts_as: &'static str, decisions: &'static [u8]) -> CannotSay {
    CannotSay {
        question: o.question,
        option: Some(o),
        counts_as,
        decisions,
    }
}

/// Every such answer, in quiz order.
pub static CANNOT_SAY: &[CannotSay] = &[
    says(
        emergency::NOT_SURE,
        "Counts as yes: an emergency, and the quiz ends at once.",
        &[1, 52],
    ),
    says(
        limb::NOT_SURE,
        "Counts as yes: an emergency, and the quiz ends at once.",
        &[1, 53],
    ),
    says(
        sex::SKIP,
        "No red flag. Pregnancy is still asked, and the water figure uses the lower, women's total and says so.",
        &[21, 47, 59],
    ),
    CannotSay {
        question: SEX,
        option: None,
        counts_as: "Skipped: the same as \"I'd rather not say\".",
        decisions: &[21, 47, 59],
    },
    CannotSay {
        question: BODY,
        option: None,
        counts_as: "Skipped, or only one of the two given: no red flag and no gate. No BMI, and no rule-of-thumb water figure without a weight; the official water figures still show.",
        decisions: &[60],
    },
    says(
        thinner::NOT_SURE,
        "Counts as warfarin: the warfarin tip shows, and the vegetables tip asks first.",
        &[17, 54],
    ),
    says(
        uphill::NEVER,
        "The published questionnaire scores it as not \"yes\", so it alone never makes the screen positive. No level or gate depends on that: pain that goes within 10 minutes of standing still is see-soon, and holds back compression and legs-up, without it. Only the walking-plan tip needs a positive screen.",
        &[7, 56],
    ),
    says(
        pain_where::UNSURE,
        "Counts as a place that is not a joint: with pain that goes within 10 minutes of standing still it is a see-soon reason with its own note, and compression and legs-up ask first. The published questionnaire still scores it negative.",
        &[7, 38, 55],
    ),
    says(
        swell_since::NOT_SURE,
        "Counts as new: urgent in one leg or in pregnancy, see-soon in both legs.",
        &[10, 37, 57],
    ),
    says(
        swell_breath::UNSURE,
        "Counts as yes: urgent.",
        &[34, 58],
    ),
];
