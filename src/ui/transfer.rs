//! Keeping results when the browser would lose them: the export code to
//! copy, a file to download, and bringing results back from a pasted code or
//! a chosen file (read here, checked by `saved::import`, added by the
//! reducer).

use wasm_bindgen::JsCast;
use web_sys::{Element, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::heading::heading;
use crate::app::state::Action;
use crate::env::Env;
use crate::files;
use crate::saved::{self, ImportError, Imported, MAX_IMPORT_BYTES, MAX_RESULTS};
use crate::store::now_ms;
use crate::wording::{fill, import_error};

/// What the transfer section shows.
#[derive(Default)]
pub struct TransferModel {
    /// The export code, when there are results to export.
    pub code: Option<AttrValue>,
    /// An object URL of the results file, when there are results.
    pub download_href: Option<AttrValue>,
    /// What the last import did: results added, or why not.
    pub import: Option<Result<Imported, ImportError>>,
}

/// Reads a pasted code or a file's text into results at this moment.
fn read(text: &str) -> Action {
    Action::Import(saved::import(text, now_ms()))
}

/// The export and import section. A plain function, not a component: the
/// pasted code is read from the form when it is submitted, so nothing here
/// keeps state (each component costs the wasm about 10 KB of Yew's code).
pub fn transfer(env: &Env, model: &TransferModel) -> Html {
    let TransferModel {
        code,
        download_href,
        import,
    } = model;
    let words = env.words;

    let onsubmit = {
        let act = env.act.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let area = e
                .target_dyn_into::<Element>()
                .and_then(|form| form.query_selector("#cc-import-code").ok().flatten())
                .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok());
            if let Some(area) = area {
                act.emit(read(&area.value()));
            }
        })
    };
    let on_file = {
        let act = env.act.clone();
        Callback::from(move |e: Event| {
            let input: Option<HtmlInputElement> = e.target_dyn_into();
            if let Some(file) = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            {
                bring_back(file, act.clone());
            }
            // Choosing the same file again should import again.
            if let Some(input) = input {
                input.set_value("");
            }
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
            area.select();
        }
    });
    let message = import.map(|r| match r {
        Ok(Imported {
            added: 0,
            left_out: 0,
        }) => (false, words.imported_none_new.to_owned()),
        Ok(Imported { added, left_out: 0 }) => {
            (false, fill(words.imported, &[("n", &added.to_string())]))
        }
        Ok(Imported { added, left_out }) => (
            true,
            fill(
                words.imported_left_out,
                &[
                    ("n", &added.to_string()),
                    ("left", &left_out.to_string()),
                    ("max", &MAX_RESULTS.to_string()),
                ],
            ),
        ),
        Err(e) => (true, import_error(words, e).to_owned()),
    });

    html! {
        <section class="cc-transfer" aria-labelledby="cc-transfer-title">
            { heading(env, 1, "cc-transfer-title", "", words.transfer_title.into()) }
            <p class="cc-muted">{ words.transfer_intro }</p>
            if let Some(code) = code {
                <div class="cc-field">
                    <label for="cc-export-code">{ words.code_label }</label>
                    <textarea id="cc-export-code" class="cc-code" readonly=true rows="3"
                        value={code.clone()} onfocus={select_all} />
                </div>
            }
            if let Some(href) = download_href {
                <p><a class="cc-button cc-download" href={href.clone()}
                    download="circulation-check-results.json">{ words.download }</a></p>
            }
            <form class="cc-import" novalidate=true {onsubmit}>
                { heading(env, 2, "cc-import-title", "", words.import_title.into()) }
                <div class="cc-field">
                    <label for="cc-import-code">{ words.paste_label }</label>
                    <textarea id="cc-import-code" class="cc-code" rows="3"
                        autocomplete="off" spellcheck="false" />
                </div>
                <p><button type="submit" part="primary-button" class="cc-button cc-primary cc-import-go">{ words.import_button }</button></p>
                <div class="cc-field">
                    <label for="cc-import-file">{ words.file_label }</label>
                    <input id="cc-import-file" type="file" accept=".json,.txt,application/json,text/plain"
                        onchange={on_file} />
                </div>
                <p class={classes!("cc-import-message", message.as_ref().filter(|m| m.0).map(|_| "cc-error"))}
                    role="status">{ message.map(|m| m.1).unwrap_or_default() }</p>
            </form>
        </section>
    }
}

/// Reads a chosen file and sends what it holds. A file bigger than any
/// copy of results is refused before it is read: reading it would stall
/// the page.
fn bring_back(file: File, act: Callback<Action>) {
    if file.size() > MAX_IMPORT_BYTES as f64 {
        act.emit(Action::Import(Err(ImportError::TooBig)));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        act.emit(match files::read_text(file).await {
            Some(text) => read(&text),
            None => Action::Import(Err(ImportError::FileUnreadable)),
        });
    });
}
