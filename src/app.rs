//! Root component: one reducer over the pure engine decides which screen
//! shows; this file wires screens to actions and owns the effects (moving
//! focus when the step changes; later saving and events).

use std::rc::Rc;

use engine::{evaluate, progress, triage, Locale};
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::ending::Ending;
use crate::components::question::QuestionView;
use crate::components::result::ResultView;
use crate::components::start::Start;
use crate::components::summary::SummaryView;
use crate::config::{Config, Theme};
use crate::state::{Action, Screen, State};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    /// Prints the summary; the host page is the embed module's business.
    #[prop_or_default]
    pub on_print: Callback<()>,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let AppProps { config, on_print } = props;
    let locale: Locale = config.locale;
    let base = config.heading_level;
    let state = use_reducer(State::default);
    let card = use_node_ref();

    // Move focus to the new step's heading when the step changes, so
    // keyboard and screen-reader users land on it; never on first render,
    // so the widget does not steal focus from the host page on load.
    {
        let card = card.clone();
        let first_render = use_mut_ref(|| true);
        use_effect_with(state.screen, move |_| {
            if std::mem::take(&mut *first_render.borrow_mut()) {
                return;
            }
            let heading = card
                .cast::<HtmlElement>()
                .and_then(|c| c.query_selector("#cc-step-heading").ok().flatten())
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(h).ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        });
    }

    // The outcome is derived from the answers, computed once per change.
    let outcome = use_memo(state.answers.clone(), |answers| evaluate(answers, locale));
    let act = |action: Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(action.clone()))
    };

    let view = match state.screen {
        Screen::Start => html! {
            <Start {locale} heading_level={base} on_start={act(Action::Start)} />
        },
        Screen::Ask(id) => {
            let p = progress(&state.answers, Some(id));
            let on_answer = {
                let state = state.clone();
                Callback::from(move |answer| state.dispatch(Action::Answer(id, answer)))
            };
            html! {
                <QuestionView key={id} {id} {locale} heading_level={base}
                    answer={state.answers.get(id).cloned()}
                    position={text::question_of(text::ui(locale), p.number, p.about_total)}
                    {on_answer} on_skip={act(Action::Skip(id))} on_back={act(Action::Back)} />
            }
        }
        Screen::Emergency | Screen::NotForYou => html! {
            <Ending {locale} heading_level={base} emergency={state.screen == Screen::Emergency}
                reasons={triage(&state.answers).1} on_back={act(Action::Back)} on_restart={act(Action::Restart)} />
        },
        Screen::Result => html! {
            <ResultView {locale} heading_level={base} outcome={outcome.clone()}
                shop_url={config.shop_url.clone().map(AttrValue::from)}
                on_summary={act(Action::ShowSummary)} on_change={act(Action::ChangeAnswers)}
                on_restart={act(Action::Restart)} />
        },
        Screen::Summary => html! {
            <SummaryView {locale} heading_level={base} answers={state.answers.clone()} outcome={outcome.clone()}
                on_print={on_print.clone()} on_close={act(Action::CloseSummary)} />
        },
    };

    // A polite live region announces where the visitor is after each step.
    let status = match state.screen {
        Screen::Ask(id) => {
            let p = progress(&state.answers, Some(id));
            text::question_of(text::ui(locale), p.number, p.about_total)
        }
        Screen::Result => text::ui(locale).result_title.to_owned(),
        _ => String::new(),
    };
    let theme = match config.theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::System => "system",
    };
    html! {
        <div class="cc-card" data-theme={theme} lang={locale.tag()} ref={card}>
            <p class="cc-visually-hidden" role="status" aria-live="polite">{ status }</p>
            { view }
        </div>
    }
}
