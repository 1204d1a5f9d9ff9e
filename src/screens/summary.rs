//! The printable summary for a doctor: the result level, its reasons and
//! the tips' titles, then every answer on the visitor's branch in plain
//! words. The print stylesheet hides everything else when printing.

use engine::{text, visible, Answers, Level, Outcome, Status};
use yew::prelude::*;

use crate::app::state::Action;
use crate::catalogue::{measure_field, LengthUnit};
use crate::env::Env;
use crate::saved::Measurements;
use crate::ui::button::{on_click, Look};
use crate::ui::heading::{heading, step_heading};
use crate::ui::reasons::reasons_list;
use crate::wording::fill;

/// A measurement for the doctor: centimetres, and inches too where the
/// visitor measures in inches.
fn length(env: &Env, mm: u32) -> String {
    let (sym, n) = (text::unit_symbols(env.locale), |unit| {
        text::decimal(env.locale, measure_field(mm, unit))
    });
    let cm = format!("{} {}", n(LengthUnit::Cm), sym.cm);
    match LengthUnit::for_locale(env.locale) {
        LengthUnit::Cm => cm,
        LengthUnit::In => format!("{cm} ({} {})", n(LengthUnit::In), sym.inch),
    }
}

pub fn view(
    env: &Env,
    answers: &Answers,
    outcome: &Outcome,
    measured: Option<Measurements>,
) -> Html {
    let words = env.words;
    let print = env.on_print.reform(|_: MouseEvent| ());
    html! {
        <div class="cc-summary">
            { step_heading(env, "cc-title", words.summary_title.into()) }
            <p class="cc-muted">{ words.summary_intro }</p>
            { body(env, answers, outcome, measured) }
            { english_copy(env, answers, outcome, measured) }
            <div class="cc-nav cc-no-print">
                { on_click(Look::Primary, "", words.print, print) }
                { crate::ui::button::button(env, Look::Plain, "", words.back_to_result, Action::CloseSummary) }
            </div>
        </div>
    }
}

/// The summary itself, in `env`'s language: the result, its reasons and
/// tips, every answer on the visitor's branch, the measurements.
fn body(env: &Env, answers: &Answers, outcome: &Outcome, measured: Option<Measurements>) -> Html {
    let (locale, words) = (env.locale, env.words);
    let notices = text::notices(locale);
    let banner = text::level(locale, outcome.level, outcome.urgency);
    html! {
        <>
            { heading(env, 1, "", "", words.summary_result.into()) }
            <p><strong>{ banner.heading }</strong>{ " " }{ banner.action }</p>
            { reasons_list(env, &outcome.level_reasons) }
            if matches!(outcome.level, Level::Soon | Level::SelfCare) {
                <ul class="cc-summary-tips">
                    { for outcome.recommendations.iter().map(|rec| {
                        let title = text::recommendation(locale, rec).title;
                        let gated = matches!(rec.status, Status::AskClinicianFirst { .. });
                        html! { <li>{ title }{ gated.then(|| format!(" ({})", notices.ask_first)) }</li> }
                    }) }
                </ul>
            }
            { heading(env, 1, "", "", words.summary_answers.into()) }
            <dl class="cc-answers">
                { for visible(answers).into_iter().map(|q| {
                    let title = text::question(locale, q.id).map_or(q.id, |w| w.title);
                    let value = match answers.get(q.id) {
                        Some(a) => text::answer(locale, q.id, a),
                        None => words.not_answered.to_owned(),
                    };
                    html! { <><dt>{ title }</dt><dd>{ value }</dd></> }
                }) }
            </dl>
            if let Some(m) = measured {
                { heading(env, 1, "", "", words.measurements_title.into()) }
                <p class="cc-measurements">{ fill(words.measurements_line, &[("ankle", &length(env, m.ankle_mm)), ("calf", &length(env, m.calf_mm))]) }</p>
            }
            <p class="cc-sponsor">{ notices.sponsorship }</p>
        </>
    }
}

/// In Spanish, the same answers and result in English, for a doctor who
/// reads only English: offered by a button, and printed with the Spanish
/// when shown. The English build has no Spanish summary, so nothing here.
#[cfg(feature = "es")]
fn english_copy(
    env: &Env,
    answers: &Answers,
    outcome: &Outcome,
    measured: Option<Measurements>,
) -> Html {
    if env.locale.language() != engine::Language::Es {
        return Html::default();
    }
    let locale = env.locale.in_language(engine::Language::En);
    let english = Env {
        locale,
        words: crate::wording::words(locale),
        base: env.base + 1,
        ..env.clone()
    };
    // The outcome's words are made from the locale, its decisions not.
    let copy = html! {
        <section class="cc-summary-copy" lang={locale.tag()}>
            { heading(&english, 0, "", "", crate::wording::SUMMARY_IN_ENGLISH.into()) }
            { body(&english, answers, outcome, measured) }
        </section>
    };
    html! { <EnglishCopy {copy} /> }
}

#[cfg(not(feature = "es"))]
fn english_copy(_: &Env, _: &Answers, _: &Outcome, _: Option<Measurements>) -> Html {
    Html::default()
}

#[cfg(feature = "es")]
#[derive(Properties, PartialEq)]
struct EnglishCopyProps {
    copy: Html,
}

/// The button that shows or hides the English copy (`aria-expanded`), and
/// the copy when shown.
#[cfg(feature = "es")]
#[function_component]
fn EnglishCopy(props: &EnglishCopyProps) -> Html {
    let shown = use_state(|| false);
    let toggle = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(!*shown))
    };
    let label = if *shown {
        crate::wording::es::HIDE_ENGLISH_COPY
    } else {
        crate::wording::es::SHOW_ENGLISH_COPY
    };
    html! {
        <>
            <div class="cc-nav cc-no-print">
                <button type="button" class="cc-button cc-english-copy" aria-expanded={(*shown).to_string()} onclick={toggle}>
                    { label }
                </button>
            </div>
            if *shown { { props.copy.clone() } }
        </>
    }
}
