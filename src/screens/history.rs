//! "My saved results": each past result with its date, level and symptom
//! score and how the score changed since the one before; open one in full,
//! delete one, or erase everything the check keeps on this device, each
//! behind an in-page confirm step (native buttons, focus moved to "keep",
//! so it works by keyboard; no `window.confirm`).

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::models::SavedView;
use crate::app::state::Action;
use crate::env::use_env;
use crate::ui::button::{button, on_click, Look};
use crate::ui::heading::{step_heading, STEP_HEADING};
use crate::wording::{fill, score_change};

/// One saved result as the list shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: AttrValue,
    pub date: AttrValue,
    /// The result's banner heading, recomputed from its answers.
    pub level: AttrValue,
    pub score: Option<u8>,
    /// Score minus the previous result's score, when both have one.
    pub change: Option<i16>,
}

impl Entry {
    /// The list, newest first, from the saved results oldest first, each
    /// with its score's change since the one before.
    pub fn newest_first(views: &[SavedView]) -> Vec<Entry> {
        let mut previous: Option<u8> = None;
        let mut entries: Vec<Entry> = views
            .iter()
            .map(|v| {
                let change = v
                    .score
                    .zip(previous)
                    .map(|(s, p)| i16::from(s) - i16::from(p));
                previous = v.score;
                Entry {
                    id: v.id.clone(),
                    date: v.date.clone(),
                    level: v.level.clone(),
                    score: v.score,
                    change,
                }
            })
            .collect();
        entries.reverse();
        entries
    }
}

#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    /// Newest first.
    pub entries: std::rc::Rc<Vec<Entry>>,
    /// A line about how many results a device keeps, once near the cap.
    #[prop_or_default]
    pub cap_note: Option<AttrValue>,
    /// The export and import section.
    #[prop_or_default]
    pub children: Html,
}

/// Which deletion is waiting for "Yes, delete".
#[derive(Clone, Debug, PartialEq)]
enum Confirm {
    One(AttrValue, AttrValue),
    Erase,
}

#[function_component]
pub fn History(props: &HistoryProps) -> Html {
    let HistoryProps {
        entries,
        cap_note,
        children,
    } = props;
    let env = use_env();
    let ui = env.words;
    let confirm = use_state(|| None::<Confirm>);
    let said = use_state(|| None::<&'static str>);
    let section = use_node_ref();

    // Focus follows the confirm step: onto "keep" when it opens, back to the
    // heading when it closes (the item may be gone), so keyboard users are
    // never dropped onto the page body.
    {
        let section = section.clone();
        let opened = use_mut_ref(|| false);
        use_effect_with((*confirm).clone(), move |confirm| {
            let target = match (confirm.is_some(), *opened.borrow()) {
                (true, _) => Some(".cc-confirm-keep"),
                (false, true) => Some(STEP_HEADING),
                (false, false) => None,
            };
            *opened.borrow_mut() = confirm.is_some();
            let element = target.and_then(|t| {
                let selector = if t == STEP_HEADING {
                    format!("#{t}")
                } else {
                    t.to_owned()
                };
                section
                    .cast::<HtmlElement>()?
                    .query_selector(&selector)
                    .ok()
                    .flatten()
            });
            if let Some(e) =
                element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok())
            {
                let _ = e.focus();
            }
        });
    }

    let keep = {
        let confirm = confirm.clone();
        Callback::from(move |_: MouseEvent| confirm.set(None))
    };
    let yes = {
        let (confirm, said, act) = (confirm.clone(), said.clone(), env.act.clone());
        let deleted = ui.deleted;
        Callback::from(move |_: MouseEvent| {
            match &*confirm {
                Some(Confirm::One(id, _)) => act.emit(Action::Delete(id.to_string())),
                Some(Confirm::Erase) => act.emit(Action::EraseAll),
                None => return,
            }
            said.set(Some(deleted));
            confirm.set(None);
        })
    };
    let confirm_step = |question: String, yes_label: &'static str| {
        html! {
            <div class="cc-confirm" role="group" aria-labelledby="cc-confirm-q">
                <p id="cc-confirm-q" class="cc-confirm-q">{ question }</p>
                <div class="cc-nav">
                    { on_click(Look::Danger, "cc-confirm-yes", yes_label, yes.clone()) }
                    { on_click(Look::Plain, "cc-confirm-keep", ui.keep, keep.clone()) }
                </div>
            </div>
        }
    };

    // Result ids never reach the page: a file or code brought back can set
    // them to any text, so the list's elements are named by position.
    let item = |(n, e): (usize, &Entry)| {
        let open = env.send::<MouseEvent>(Action::Open(e.id.to_string()));
        let ask = {
            let (confirm, said, id, date) =
                (confirm.clone(), said.clone(), e.id.clone(), e.date.clone());
            Callback::from(move |_: MouseEvent| {
                said.set(None);
                confirm.set(Some(Confirm::One(id.clone(), date.clone())));
            })
        };
        let score = match e.score {
            Some(score) => fill(ui.score_line, &[("score", &score.to_string())]),
            None => ui.no_score.to_owned(),
        };
        let change = e.change.map(|c| score_change(ui, c));
        let confirming = matches!(&*confirm, Some(Confirm::One(id, _)) if *id == e.id);
        let date_id = format!("cc-date-{n}");
        html! {
            <li class="cc-history-item">
                <p class="cc-history-date" id={date_id.clone()}>{ e.date.clone() }</p>
                <p class="cc-history-level">{ e.level.clone() }</p>
                <p class="cc-history-score">
                    { score }
                    if let Some(change) = change {
                        <span class="cc-history-change">{ format!(" · {change}") }</span>
                    }
                </p>
                if confirming {
                    { confirm_step(fill(ui.confirm_delete, &[("date", &e.date)]), ui.yes_delete) }
                } else {
                    <div class="cc-nav">
                        <button type="button" class="cc-button cc-open" onclick={open}
                            aria-describedby={date_id.clone()}>{ ui.open_result }</button>
                        <button type="button" class="cc-button cc-quiet cc-delete" onclick={ask}
                            aria-describedby={date_id}>{ ui.delete_result }</button>
                    </div>
                }
            </li>
        }
    };

    let ask_erase = {
        let (confirm, said) = (confirm.clone(), said.clone());
        Callback::from(move |_: MouseEvent| {
            said.set(None);
            confirm.set(Some(Confirm::Erase));
        })
    };
    html! {
        <section class="cc-history" ref={section}>
            { step_heading(&env, "cc-title", ui.my_results.into()) }
            <p class="cc-visually-hidden" role="status">{ said.unwrap_or_default() }</p>
            if entries.is_empty() {
                <p class="cc-lead">{ ui.no_results }</p>
            } else {
                <p class="cc-lead">{ ui.history_intro }</p>
                if let Some(note) = cap_note {
                    <p class="cc-note cc-cap-note">{ note.clone() }</p>
                }
                <ol class="cc-history-list">{ for entries.iter().enumerate().map(item) }</ol>
            }
            { children.clone() }
            if *confirm == Some(Confirm::Erase) {
                { confirm_step(ui.confirm_erase.to_owned(), ui.yes_erase) }
            } else {
                <p>{ on_click(Look::Quiet, "cc-erase-all", ui.erase_all, ask_erase) }</p>
            }
            <div class="cc-nav">
                { button(&env, Look::Plain, "cc-back", ui.back_to_start, Action::CloseHistory) }
            </div>
        </section>
    }
}
