//! The printable summary for a doctor: every answer on the visitor's branch
//! in plain words, then the result level, its reasons and the tips' titles.
//! The print stylesheet hides everything else when printing.

use std::rc::Rc;

use engine::text::{self, QuestionText};
use engine::{visible, Answer, Answers, Kind, Locale, Outcome, Status};
use yew::prelude::*;

use super::heading::Heading;
use super::result::reasons_list;
use crate::text::ui;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub locale: Locale,
    pub heading_level: u8,
    pub answers: Answers,
    pub outcome: Rc<Outcome>,
    pub on_print: Callback<()>,
    pub on_close: Callback<()>,
}

/// One answer in words, using the question's own labels.
pub fn answer_text(locale: Locale, kind: Kind, words: &QuestionText, answer: &Answer) -> String {
    let label = |id: &str| words.label(id).unwrap_or(id).to_owned();
    let rows = |pairs: Vec<(String, String)>| {
        pairs
            .into_iter()
            .map(|(k, v)| format!("{}: {}", label(&k), label(&v)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    match answer {
        Answer::Yes => label("yes"),
        Answer::No => label("no"),
        Answer::Unsure => label("unsure"),
        Answer::Choice(c) => label(c),
        Answer::Choices(list) => list.iter().map(|c| label(c)).collect::<Vec<_>>().join(", "),
        Answer::Ratings(map) => {
            let order: &[&str] = match kind {
                Kind::Ratings { items } => items,
                _ => &[],
            };
            rows(
                order
                    .iter()
                    .filter_map(|i| map.get(i).map(|v| (i.to_string(), v.to_string())))
                    .collect(),
            )
        }
        Answer::Grid(map) => {
            let order: Vec<&str> = match kind {
                Kind::Grid { rows } => rows.iter().map(|r| r.id).collect(),
                _ => Vec::new(),
            };
            rows(
                order
                    .iter()
                    .filter_map(|r| map.get(r).map(|v| (r.to_string(), v.clone())))
                    .collect(),
            )
        }
        Answer::Body {
            height_mm,
            weight_g,
        } => {
            let parts: Vec<String> = height_mm
                .map(|mm| text::height(locale, mm))
                .into_iter()
                .chain(weight_g.map(|g| text::weight(locale, g)))
                .collect();
            parts.join(", ")
        }
    }
}

#[function_component]
pub fn SummaryView(props: &SummaryProps) -> Html {
    let SummaryProps {
        locale,
        heading_level,
        answers,
        outcome,
        on_print,
        on_close,
    } = props;
    let (locale, base) = (*locale, *heading_level);
    let ui = ui(locale);
    let banner = text::level(locale, outcome.level, outcome.urgency);
    html! {
        <div class="cc-summary">
            <Heading base={base} id="cc-step-heading" class="cc-title" focusable=true>{ ui.summary_title }</Heading>
            <p class="cc-muted">{ ui.summary_intro }</p>
            <Heading base={base} depth={1}>{ ui.summary_result }</Heading>
            <p><strong>{ banner.heading.clone() }</strong>{ " " }{ banner.action.clone() }</p>
            { reasons_list(locale, &outcome.level_reasons) }
            if matches!(outcome.level, engine::Level::Soon | engine::Level::SelfCare) {
                <ul class="cc-summary-tips">
                    { for outcome.recommendations.iter().map(|rec| {
                        let title = text::recommendation(locale, rec).title;
                        let gated = matches!(rec.status, Status::AskClinicianFirst { .. });
                        html! { <li>{ title }{ gated.then(|| format!(" ({})", text::notices(locale).ask_first)) }</li> }
                    }) }
                </ul>
            }
            <Heading base={base} depth={1}>{ ui.summary_answers }</Heading>
            <dl class="cc-answers">
                { for visible(answers).into_iter().map(|q| {
                    let words = text::question(locale, q.id);
                    let title = words.map_or(q.id, |w| w.title);
                    let value = match (words, answers.get(q.id)) {
                        (Some(w), Some(a)) => answer_text(locale, q.kind, &w, a),
                        _ => ui.not_answered.to_owned(),
                    };
                    html! { <><dt>{ title }</dt><dd>{ value }</dd></> }
                }) }
            </dl>
            <p class="cc-sponsor">{ text::notices(locale).sponsorship }</p>
            <div class="cc-nav cc-no-print">
                <button type="button" part="primary-button" class="cc-button cc-primary" onclick={on_print.reform(|_: MouseEvent| ())}>{ ui.print }</button>
                <button type="button" class="cc-button" onclick={on_close.reform(|_: MouseEvent| ())}>{ ui.back_to_result }</button>
            </div>
        </div>
    }
}
