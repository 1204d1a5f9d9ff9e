//! One quiz screen: the question as a native fieldset with radios or
//! checkboxes (or text fields for height and weight), its validation
//! message, and Back / Skip / Next. Nothing advances until Next is pressed.
//! The component keeps the draft (`draft`); `view` draws any draft, so the
//! screen renders natively in every state.

pub mod draft;
mod inputs;

use engine::text::{self, QuestionText};
use engine::{Answer, Kind, Question};
use yew::prelude::*;

use self::draft::{Draft, Edit, Problem, RATING_OPTIONS};
use self::inputs::{body_fields, checklist, radio_rows, radios};
use crate::app::state::Action;
use crate::env::{use_env, Env};
use crate::ui::button::{button, Look};
use crate::ui::heading::step_heading;

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
