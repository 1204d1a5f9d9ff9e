//! One quiz screen: the question as a native fieldset with radios or
//! checkboxes (or text fields for height and weight), its validation
//! message, and Back / Skip / Next. Nothing advances until Next is pressed.
//! The component keeps the draft (`draft`); `view` draws any draft, so the
//! screen renders natively in every state.

pub mod draft;

use engine::text::{self, QuestionText};
use engine::{Answer, HeightUnit, Kind, Question, WeightUnit};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use self::draft::{Draft, Edit, Field, Problem, RATING_OPTIONS};
use crate::app::state::Action;
use crate::env::{use_env, Env};
use crate::ui::button::{button, Look};
use crate::ui::heading::step_heading;
use crate::wording::unit_error;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The question's id in the engine's bank.
    pub id: &'static str,
    /// The saved answer, to pre-fill when coming back.
    pub answer: Option<Answer>,
    /// "Question n of about N".
    pub position: AttrValue,
}

#[function_component]
pub fn QuestionScreen(props: &QuestionProps) -> Html {
    let QuestionProps {
        id,
        answer,
        position,
    } = props;
    let env = use_env();
    let q = engine::question(id);
    let draft = use_state(|| {
        q.map(|q| Draft::from_answer(q.kind, env.locale, answer.as_ref()))
            .unwrap_or_default()
    });
    let problem = use_state(|| None::<Problem>);
    let Some(q) = q else {
        return Html::default();
    };
    let onsubmit = {
        let (draft, problem, act, locale) =
            (draft.clone(), problem.clone(), env.act.clone(), env.locale);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match draft.to_answer(q, locale) {
                Ok(answer) => act.emit(Action::Answer(q.id, answer)),
                Err(p) => problem.set(Some(p)),
            }
        })
    };
    let on_edit = {
        let (draft, problem) = (draft.clone(), problem.clone());
        Callback::from(move |edit: Edit| {
            let mut next = (*draft).clone();
            next.apply(edit);
            draft.set(next);
            // Picking something clears a stale message about the whole
            // screen (a field's own message stays until Next).
            if !matches!(*problem, Some(Problem::Body { .. }) | None) {
                problem.set(None);
            }
        })
    };
    view(&env, q, &draft, *problem, position, on_edit, onsubmit)
}

/// The screen for `q` with this draft and problem.
pub fn view(
    env: &Env,
    q: &'static Question,
    draft: &Draft,
    problem: Option<Problem>,
    position: &AttrValue,
    on_edit: Callback<Edit>,
    onsubmit: Callback<SubmitEvent>,
) -> Html {
    let (locale, words) = (env.locale, env.words);
    let notices = text::notices(locale);
    let text = text::question(locale, q.id).unwrap_or(QuestionText {
        title: q.id,
        help: None,
        topic: q.id,
        labels: &[],
    });
    let message = match problem {
        Some(Problem::ChooseOne) => Some(words.choose_one),
        Some(Problem::ChooseSome) => Some(words.choose_some),
        Some(Problem::RateEach) => Some(words.rate_each),
        Some(Problem::AnswerEach) => Some(words.answer_each),
        Some(Problem::Body { .. }) | None => None,
    };
    let described = match (text.help.is_some(), message.is_some()) {
        (true, true) => Some("cc-help cc-error"),
        (true, false) => Some("cc-help"),
        (false, true) => Some("cc-error"),
        (false, false) => None,
    };
    let label = |id: &str| text.label(id).unwrap_or("").to_owned();
    let body = match q.kind {
        Kind::YesNo { unsure } => {
            let options: &[&'static str] = if unsure {
                &["yes", "no", "unsure"]
            } else {
                &["yes", "no"]
            };
            radios(
                q.id,
                options,
                &label,
                draft.choice.as_deref(),
                &on_edit,
                Edit::Choose,
            )
        }
        Kind::Single { options } => radios(
            q.id,
            options,
            &label,
            draft.choice.as_deref(),
            &on_edit,
            Edit::Choose,
        ),
        Kind::Multi { options, none } => {
            checklist(q.id, options, none, &label, &draft.ticked, &on_edit)
        }
        Kind::Ratings { items } => {
            let rows: Vec<_> = items.iter().map(|i| (*i, &RATING_OPTIONS[..])).collect();
            radio_rows(q.id, &rows, &label, draft, &on_edit)
        }
        Kind::Grid { rows } => {
            let rows: Vec<_> = rows.iter().map(|r| (r.id, r.options)).collect();
            radio_rows(q.id, &rows, &label, draft, &on_edit)
        }
        Kind::Body => body_fields(env, draft, problem, &on_edit),
    };
    html! {
        <form class="cc-question" data-question={q.id} novalidate=true {onsubmit}>
            <p class="cc-module">{ text::module(locale, q.module) }</p>
            <fieldset class="cc-fieldset" aria-describedby={described}>
                <legend class="cc-legend">{ step_heading(env, "cc-q-title", text.title.into()) }</legend>
                if let Some(help) = text.help {
                    <p id="cc-help" class="cc-help">{ help }</p>
                }
                { body }
            </fieldset>
            if let Some(m) = message {
                <p id="cc-error" class="cc-error" role="alert">{ m }</p>
            }
            <div class="cc-nav">
                { button(env, Look::Plain, "", notices.back, Action::Back) }
                if q.optional {
                    { button(env, Look::Quiet, "", notices.skip, Action::Skip(q.id)) }
                }
                <button type="submit" part="primary-button" class="cc-button cc-primary">{ notices.next }</button>
            </div>
            <p class="cc-position">{ position.clone() }</p>
        </form>
    }
}

/// One fieldset of radios per row (rating items or grid rows), named
/// `question-row`, storing the pick under the row's id.
fn radio_rows(
    question: &str,
    rows: &[(&'static str, &'static [&'static str])],
    label: &dyn Fn(&str) -> String,
    draft: &Draft,
    on_edit: &Callback<Edit>,
) -> Html {
    html! {
        <div class="cc-rows">
            { for rows.iter().map(|&(row, options)| html! {
                <fieldset class="cc-row">
                    <legend>{ label(row) }</legend>
                    { radios(&format!("{question}-{row}"), options, label, draft.rows.get(row).map(String::as_str),
                        on_edit, move |option| Edit::Row { row, option }) }
                </fieldset>
            }) }
        </div>
    }
}

/// A group of radios named `name`; picking one sends `edit(option)`.
fn radios(
    name: &str,
    options: &[&'static str],
    label: &dyn Fn(&str) -> String,
    current: Option<&str>,
    on_edit: &Callback<Edit>,
    edit: impl Fn(&'static str) -> Edit + Copy + 'static,
) -> Html {
    html! {
        <div class="cc-options">
            { for options.iter().map(|&option| {
                let onchange = on_edit.reform(move |_: Event| edit(option));
                html! {
                    <label class="cc-option">
                        <input type="radio" name={name.to_owned()} value={option} checked={current == Some(option)} {onchange} />
                        <span>{ label(option) }</span>
                    </label>
                }
            }) }
        </div>
    }
}

/// Checkboxes with an exclusive "none of these" last.
fn checklist(
    name: &str,
    options: &[&'static str],
    none: &'static str,
    label: &dyn Fn(&str) -> String,
    ticked: &[String],
    on_edit: &Callback<Edit>,
) -> Html {
    let all = options.iter().copied().chain(std::iter::once(none));
    html! {
        <div class="cc-options">
            { for all.map(|option| {
                let checked = ticked.iter().any(|t| t == option);
                let onchange = on_edit.reform(move |_: Event| Edit::Toggle { option, none });
                let class = if option == none { "cc-option cc-none" } else { "cc-option" };
                html! {
                    <label {class}>
                        <input type="checkbox" name={name.to_owned()} value={option} {checked} {onchange} />
                        <span>{ label(option) }</span>
                    </label>
                }
            }) }
        </div>
    }
}

/// Height and weight in the locale's units, with a message under each field.
fn body_fields(
    env: &Env,
    draft: &Draft,
    problem: Option<Problem>,
    on_edit: &Callback<Edit>,
) -> Html {
    let (locale, words) = (env.locale, env.words);
    let symbols = text::unit_symbols(locale);
    let (height_error, weight_error) = match problem {
        Some(Problem::Body { height, weight }) => (
            height.map(|e| unit_error(locale, e)),
            weight.map(|e| unit_error(locale, e)),
        ),
        _ => (None, None),
    };
    let field = |which: Field,
                 id: &'static str,
                 label: String,
                 value: &str,
                 error: Option<&'static str>| {
        let oninput = on_edit.reform(move |e: InputEvent| {
            Edit::Type(which, e.target_unchecked_into::<HtmlInputElement>().value())
        });
        let error_id = format!("{id}-error");
        html! {
            <div class="cc-field">
                <label for={id}>{ label }</label>
                <input {id} type="text" inputmode="decimal" autocomplete="off" size="6"
                    value={value.to_owned()} {oninput}
                    aria-invalid={error.map(|_| "true")}
                    aria-describedby={error.map(|_| error_id.clone())} />
                if let Some(e) = error {
                    <p id={error_id} class="cc-error">{ e }</p>
                }
            </div>
        }
    };
    let b = &draft.body;
    let height = match locale.units().height {
        HeightUnit::FeetInches => html! {
            <fieldset class="cc-row cc-measure">
                <legend>{ words.height }</legend>
                { field(Field::Height, "cc-height-ft", format!("{} ({})", words.feet, symbols.ft), &b.height, height_error) }
                { field(Field::Inches, "cc-height-in", format!("{} ({})", words.inches, symbols.inch), &b.inches, None) }
            </fieldset>
        },
        HeightUnit::Cm => html! {
            <div class="cc-measure">{ field(Field::Height, "cc-height-cm", format!("{} ({})", words.height, symbols.cm), &b.height, height_error) }</div>
        },
    };
    let weight_unit = match locale.units().weight {
        WeightUnit::Lb => symbols.lb,
        WeightUnit::Kg => symbols.kg,
    };
    html! {
        <div class="cc-body">
            { height }
            <div class="cc-measure">{ field(Field::Weight, "cc-weight", format!("{} ({weight_unit})", words.weight), &b.weight, weight_error) }</div>
            if height_error.is_some() || weight_error.is_some() {
                <p class="cc-visually-hidden" role="alert">{ height_error.or(weight_error).unwrap_or_default() }</p>
            }
        </div>
    }
}
