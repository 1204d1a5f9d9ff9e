//! "My saved results": each past result with its date, level and symptom
//! score and how the score changed since the one before; open one in full,
//! delete one, or erase everything the check keeps on this device, each
//! behind an in-page confirm step (native buttons, focus moved to "keep",
//! so it works by keyboard; no `window.confirm`).

use web_sys::HtmlElement;
use yew::prelude::*;

use super::heading::Heading;
use crate::text::{fill, score_change, ui};
use engine::Locale;

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

#[derive(Properties, PartialEq)]
pub struct HistoryProps {
    pub locale: Locale,
    pub heading_level: u8,
    /// Newest first.
    pub entries: Vec<Entry>,
    pub on_open: Callback<AttrValue>,
    pub on_delete: Callback<AttrValue>,
    /// Erase everything on this device: results, the unfinished quiz,
    /// backups, deletion marks.
    pub on_erase_all: Callback<()>,
    /// A line about how many results a device keeps, once near the cap.
    #[prop_or_default]
    pub cap_note: Option<AttrValue>,
    pub on_back: Callback<()>,
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
        locale,
        heading_level,
        entries,
        on_open,
        on_delete,
        on_erase_all,
        cap_note,
        on_back,
        children,
    } = props;
    let ui = ui(*locale);
    let base = *heading_level;
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
                (false, true) => Some("#cc-step-heading"),
                (false, false) => None,
            };
            *opened.borrow_mut() = confirm.is_some();
            let element = target.and_then(|t| {
                section
                    .cast::<HtmlElement>()?
                    .query_selector(t)
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
        let (confirm, said) = (confirm.clone(), said.clone());
        let (on_delete, on_erase_all) = (on_delete.clone(), on_erase_all.clone());
        let deleted = ui.deleted;
        Callback::from(move |_: MouseEvent| {
            match &*confirm {
                Some(Confirm::One(id, _)) => on_delete.emit(id.clone()),
                Some(Confirm::Erase) => on_erase_all.emit(()),
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
                    <button type="button" class="cc-button cc-danger cc-confirm-yes" onclick={yes.clone()}>{ yes_label }</button>
                    <button type="button" class="cc-button cc-confirm-keep" onclick={keep.clone()}>{ ui.keep }</button>
                </div>
            </div>
        }
    };

    let item = |e: &Entry| {
        let open = {
            let (on_open, id) = (on_open.clone(), e.id.clone());
            Callback::from(move |_: MouseEvent| on_open.emit(id.clone()))
        };
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
        let date_id = format!("cc-date-{}", e.id);
        html! {
            <li class="cc-history-item" data-result={e.id.clone()}>
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
            <Heading base={base} id="cc-step-heading" class="cc-title" focusable=true>{ ui.my_results }</Heading>
            <p class="cc-visually-hidden" role="status">{ said.unwrap_or_default() }</p>
            if entries.is_empty() {
                <p class="cc-lead">{ ui.no_results }</p>
            } else {
                <p class="cc-lead">{ ui.history_intro }</p>
                if let Some(note) = cap_note {
                    <p class="cc-note cc-cap-note">{ note.clone() }</p>
                }
                <ol class="cc-history-list">{ for entries.iter().map(item) }</ol>
            }
            { children.clone() }
            if *confirm == Some(Confirm::Erase) {
                { confirm_step(ui.confirm_erase.to_owned(), ui.yes_erase) }
            } else {
                <p><button type="button" class="cc-button cc-quiet cc-erase-all" onclick={ask_erase}>{ ui.erase_all }</button></p>
            }
            <div class="cc-nav">
                <button type="button" class="cc-button cc-back" onclick={on_back.reform(|_: MouseEvent| ())}>{ ui.back_to_start }</button>
            </div>
        </section>
    }
}
