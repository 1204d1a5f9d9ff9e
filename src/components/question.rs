//! One quiz screen: the question as a native fieldset with radios or
//! checkboxes (or number fields for height and weight), its validation
//! message, and Back / Skip / Next. Nothing advances until Next is pressed.

use engine::text::{self, QuestionText};
use engine::units::{self, UnitError};
use engine::{Answer, HeightUnit, Kind, Locale, Map, Question, WeightUnit};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::heading::Heading;
use crate::text::{self as ui_text, Ui};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The question's id in the engine's bank.
    pub id: &'static str,
    pub locale: Locale,
    pub heading_level: u8,
    /// The saved answer, to pre-fill when coming back.
    pub answer: Option<Answer>,
    /// "Question n of about N".
    pub position: AttrValue,
    pub on_answer: Callback<Answer>,
    pub on_skip: Callback<()>,
    pub on_back: Callback<()>,
}

/// What the visitor has picked on this screen so far.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    /// Yes/no and single choice.
    choice: Option<String>,
    /// Checklist.
    ticked: Vec<String>,
    /// Ratings and grid rows: item or row id to option id.
    rows: Map<String>,
    /// Height (feet or cm), inches, weight, as typed.
    body: [String; 3],
}

impl Draft {
    fn from_answer(kind: Kind, locale: Locale, answer: Option<&Answer>) -> Draft {
        let mut d = Draft::default();
        match (kind, answer) {
            (_, Some(Answer::Yes)) => d.choice = Some("yes".into()),
            (_, Some(Answer::No)) => d.choice = Some("no".into()),
            (_, Some(Answer::Unsure)) => d.choice = Some("unsure".into()),
            (_, Some(Answer::Choice(c))) => d.choice = Some(c.clone()),
            (_, Some(Answer::Choices(t))) => d.ticked = t.clone(),
            (_, Some(Answer::Ratings(r))) => {
                // Inserted one by one: a collected map sorts first, and
                // that sort costs kilobytes of wasm.
                for (k, v) in r {
                    d.rows.insert(k.clone(), v.to_string());
                }
            }
            (_, Some(Answer::Grid(g))) => d.rows = g.clone(),
            (
                _,
                Some(Answer::Body {
                    height_mm,
                    weight_g,
                }),
            ) => {
                if let Some(mm) = height_mm {
                    let (a, b) = units::height_fields(locale, *mm);
                    d.body[0] = a;
                    d.body[1] = b;
                }
                if let Some(g) = weight_g {
                    d.body[2] = units::weight_field(locale, *g);
                }
            }
            (Kind::Ratings { items }, None) => {
                // "None" is preselected: a visitor without symptoms moves on
                // at once, anyone else changes only what bothers them.
                for i in items.iter() {
                    d.rows.insert(i.to_string(), "0".to_string());
                }
            }
            _ => {}
        }
        d
    }
}

/// Why the draft cannot be sent yet.
#[derive(Clone, PartialEq)]
enum Problem {
    Message(&'static str),
    Body {
        height: Option<&'static str>,
        weight: Option<&'static str>,
    },
}

fn to_answer(q: &Question, locale: Locale, ui: &Ui, d: &Draft) -> Result<Answer, Problem> {
    let missing = |m| Err(Problem::Message(m));
    match q.kind {
        Kind::YesNo { .. } => match d.choice.as_deref() {
            Some("yes") => Ok(Answer::Yes),
            Some("no") => Ok(Answer::No),
            Some("unsure") => Ok(Answer::Unsure),
            _ => missing(ui.choose_one),
        },
        Kind::Single { .. } => d
            .choice
            .clone()
            .map(Answer::Choice)
            .map_or(missing(ui.choose_one), Ok),
        Kind::Multi { .. } if d.ticked.is_empty() => missing(ui.choose_some),
        Kind::Multi { .. } => Ok(Answer::Choices(d.ticked.clone())),
        Kind::Ratings { items } => {
            let mut out = Map::new();
            for item in items {
                match d.rows.get(item).and_then(|v| v.parse::<u8>().ok()) {
                    Some(v) => out.insert(item.to_string(), v),
                    None => return missing(ui.rate_each),
                };
            }
            Ok(Answer::Ratings(out))
        }
        Kind::Grid { rows } => {
            if !q.optional && rows.iter().any(|r| !d.rows.contains_key(r.id)) {
                return missing(ui.answer_each);
            }
            Ok(Answer::Grid(d.rows.clone()))
        }
        Kind::Body => {
            let [h1, h2, w] = &d.body;
            let height = match (
                h1.trim().is_empty() && h2.trim().is_empty(),
                locale.units().height,
            ) {
                (true, _) => Ok(None),
                (false, HeightUnit::FeetInches) => units::parse_height(locale, h1, h2).map(Some),
                (false, HeightUnit::Cm) => units::parse_height(locale, h1, "").map(Some),
            };
            let weight = match w.trim().is_empty() {
                true => Ok(None),
                false => units::parse_weight(locale, w).map(Some),
            };
            let message = |r: &Result<Option<u32>, UnitError>| {
                r.err().map(|e| ui_text::unit_error(locale, e))
            };
            match (height, weight) {
                (Ok(height_mm), Ok(weight_g)) => Ok(Answer::Body {
                    height_mm,
                    weight_g,
                }),
                (h, w) => Err(Problem::Body {
                    height: message(&h),
                    weight: message(&w),
                }),
            }
        }
    }
}

#[function_component]
pub fn QuestionView(props: &QuestionProps) -> Html {
    let QuestionProps {
        id,
        locale,
        heading_level,
        answer,
        position,
        on_answer,
        on_skip,
        on_back,
    } = props;
    let locale = *locale;
    let Some(q) = engine::question(id) else {
        return Html::default();
    };
    let ui = ui_text::ui(locale);
    let notices = text::notices(locale);
    let words = text::question(locale, q.id).unwrap_or(QuestionText {
        title: q.id,
        help: None,
        topic: q.id,
        labels: &[],
    });
    let draft = use_state(|| Draft::from_answer(q.kind, locale, answer.as_ref()));
    let problem = use_state(|| None::<Problem>);

    let onsubmit = {
        let (draft, problem, on_answer) = (draft.clone(), problem.clone(), on_answer.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match to_answer(q, locale, ui, &draft) {
                Ok(answer) => on_answer.emit(answer),
                Err(p) => problem.set(Some(p)),
            }
        })
    };
    // Picking something clears a stale message about the whole screen.
    let update = {
        let (draft, problem) = (draft.clone(), problem.clone());
        Callback::from(move |change: Box<dyn Fn(&mut Draft)>| {
            let mut next = (*draft).clone();
            change(&mut next);
            draft.set(next);
            if matches!(*problem, Some(Problem::Message(_))) {
                problem.set(None);
            }
        })
    };

    let message = match &*problem {
        Some(Problem::Message(m)) => Some(*m),
        _ => None,
    };
    let described = match (words.help.is_some(), message.is_some()) {
        (true, true) => Some("cc-help cc-error"),
        (true, false) => Some("cc-help"),
        (false, true) => Some("cc-error"),
        (false, false) => None,
    };
    let label = |id: &str| words.label(id).unwrap_or("").to_owned();

    let body = match q.kind {
        Kind::YesNo { unsure } => {
            let options: &[&str] = if unsure {
                &["yes", "no", "unsure"]
            } else {
                &["yes", "no"]
            };
            radios(
                q.id,
                options,
                &label,
                draft.choice.as_deref(),
                &update,
                |d, v| d.choice = Some(v),
            )
        }
        Kind::Single { options } => radios(
            q.id,
            options,
            &label,
            draft.choice.as_deref(),
            &update,
            |d, v| d.choice = Some(v),
        ),
        Kind::Multi { options, none } => {
            checklist(q.id, options, none, &label, &draft.ticked, &update)
        }
        Kind::Ratings { items } => {
            let rows: Vec<_> = items.iter().map(|i| (*i, &RATING_OPTIONS[..])).collect();
            radio_rows(q.id, &rows, &label, &draft.rows, &update)
        }
        Kind::Grid { rows } => {
            let rows: Vec<_> = rows.iter().map(|r| (r.id, r.options)).collect();
            radio_rows(q.id, &rows, &label, &draft.rows, &update)
        }
        Kind::Body => body_fields(locale, ui, &draft.body, &problem, &update),
    };

    let back = on_back.reform(|_: MouseEvent| ());
    let skip = on_skip.reform(|_: MouseEvent| ());
    html! {
        <form class="cc-question" data-question={q.id} novalidate=true {onsubmit}>
            <p class="cc-module">{ text::module(locale, q.module) }</p>
            <fieldset class="cc-fieldset" aria-describedby={described}>
                <legend class="cc-legend">
                    <Heading base={*heading_level} id="cc-step-heading" class="cc-q-title" focusable=true>
                        { words.title }
                    </Heading>
                </legend>
                if let Some(help) = words.help {
                    <p id="cc-help" class="cc-help">{ help }</p>
                }
                { body }
            </fieldset>
            if let Some(m) = message {
                <p id="cc-error" class="cc-error" role="alert">{ m }</p>
            }
            <div class="cc-nav">
                <button type="button" class="cc-button" onclick={back}>{ notices.back }</button>
                if q.optional {
                    <button type="button" class="cc-button cc-quiet" onclick={skip}>{ notices.skip }</button>
                }
                <button type="submit" part="primary-button" class="cc-button cc-primary">{ notices.next }</button>
            </div>
            <p class="cc-position">{ position.clone() }</p>
        </form>
    }
}

type Update = Callback<Box<dyn Fn(&mut Draft)>>;

/// The 0-3 scale of a rating item: none, mild, moderate, severe.
const RATING_OPTIONS: [&str; 4] = ["0", "1", "2", "3"];

/// One fieldset of radios per row (rating items or grid rows), named
/// `question-row`, storing the pick under the row's id.
fn radio_rows(
    question: &str,
    rows: &[(&'static str, &'static [&'static str])],
    label: &dyn Fn(&str) -> String,
    picked: &Map<String>,
    update: &Update,
) -> Html {
    html! {
        <div class="cc-rows">
            { for rows.iter().map(|&(id, options)| html! {
                <fieldset class="cc-row">
                    <legend>{ label(id) }</legend>
                    { radios(&format!("{question}-{id}"), options, label, picked.get(id).map(String::as_str), update,
                        move |d, v| { d.rows.insert(id.to_string(), v); }) }
                </fieldset>
            }) }
        </div>
    }
}

/// A group of radios named `name`; `set` stores the picked option.
fn radios(
    name: &str,
    options: &[&'static str],
    label: &dyn Fn(&str) -> String,
    current: Option<&str>,
    update: &Update,
    set: impl Fn(&mut Draft, String) + Copy + 'static,
) -> Html {
    html! {
        <div class="cc-options">
            { for options.iter().map(|option| {
                let option = *option;
                let onchange = update.reform(move |_: Event| Box::new(move |d: &mut Draft| set(d, option.to_string())) as Box<dyn Fn(&mut Draft)>);
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
    update: &Update,
) -> Html {
    let all = options.iter().copied().chain(std::iter::once(none));
    html! {
        <div class="cc-options">
            { for all.map(|option| {
                let checked = ticked.iter().any(|t| t == option);
                let onchange = update.reform(move |_: Event| Box::new(move |d: &mut Draft| {
                    if d.ticked.iter().any(|t| t == option) {
                        d.ticked.retain(|t| t != option);
                    } else if option == none {
                        d.ticked = vec![none.to_string()];
                    } else {
                        d.ticked.retain(|t| t != none);
                        d.ticked.push(option.to_string());
                    }
                }) as Box<dyn Fn(&mut Draft)>);
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
    locale: Locale,
    ui: &Ui,
    values: &[String; 3],
    problem: &Option<Problem>,
    update: &Update,
) -> Html {
    let symbols = text::unit_symbols(locale);
    let (height_error, weight_error) = match problem {
        Some(Problem::Body { height, weight }) => (*height, *weight),
        _ => (None, None),
    };
    let field = |index: usize, id: &'static str, label: String, error: Option<&'static str>| {
        let oninput = update.reform(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            Box::new(move |d: &mut Draft| d.body[index] = value.clone()) as Box<dyn Fn(&mut Draft)>
        });
        let error_id = format!("{id}-error");
        html! {
            <div class="cc-field">
                <label for={id}>{ label }</label>
                <input {id} type="text" inputmode="decimal" autocomplete="off" size="6"
                    value={values[index].clone()} {oninput}
                    aria-invalid={error.map(|_| "true")}
                    aria-describedby={error.map(|_| error_id.clone())} />
                if let Some(e) = error {
                    <p id={error_id} class="cc-error">{ e }</p>
                }
            </div>
        }
    };
    let height = match locale.units().height {
        HeightUnit::FeetInches => html! {
            <fieldset class="cc-row cc-measure">
                <legend>{ ui.height }</legend>
                { field(0, "cc-height-ft", format!("{} ({})", ui.feet, symbols.ft), height_error) }
                { field(1, "cc-height-in", format!("{} ({})", ui.inches, symbols.inch), None) }
            </fieldset>
        },
        HeightUnit::Cm => html! {
            <div class="cc-measure">{ field(0, "cc-height-cm", format!("{} ({})", ui.height, symbols.cm), height_error) }</div>
        },
    };
    let weight_unit = match locale.units().weight {
        WeightUnit::Lb => symbols.lb,
        WeightUnit::Kg => symbols.kg,
    };
    html! {
        <div class="cc-body">
            { height }
            <div class="cc-measure">{ field(2, "cc-weight", format!("{} ({weight_unit})", ui.weight), weight_error) }</div>
            if height_error.is_some() || weight_error.is_some() {
                <p class="cc-visually-hidden" role="alert">{ height_error.or(weight_error).unwrap_or_default() }</p>
            }
        </div>
    }
}
