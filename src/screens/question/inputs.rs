//! The controls of each kind of question: radios, radio rows (ratings and
//! grids), a checklist with its exclusive "none", and the height and weight
//! fields. Each sends its edits as data (`draft::Edit`).

use engine::text;
use engine::{HeightUnit, WeightUnit};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::draft::{Draft, Edit, Field, Problem};
use crate::env::Env;
use crate::wording::unit_error;

/// One fieldset of radios per row (rating items or grid rows), named
/// `question-row`, storing the pick under the row's id.
pub(super) fn radio_rows(
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
pub(super) fn radios(
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
pub(super) fn checklist(
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
pub(super) fn body_fields(
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
