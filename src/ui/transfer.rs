//! Keeping results when the browser would lose them: the export code to
//! copy, a file to download, and bringing results back from a pasted code or
//! a chosen file. The root component turns text into results; this view only
//! collects it.

use web_sys::{File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::heading::heading;
use crate::env::use_env;
use crate::saved::{ImportError, Imported, MAX_RESULTS};
use crate::wording::{fill, import_error};

#[derive(Properties, PartialEq)]
pub struct TransferProps {
    /// The export code, when there are results to export.
    #[prop_or_default]
    pub code: Option<AttrValue>,
    /// An object URL of the results file, when there are results.
    #[prop_or_default]
    pub download_href: Option<AttrValue>,
    /// What the last import did: results added, or why not.
    #[prop_or_default]
    pub import: Option<Result<Imported, ImportError>>,
    pub on_import_text: Callback<String>,
    pub on_import_file: Callback<File>,
}

#[function_component]
pub fn Transfer(props: &TransferProps) -> Html {
    let TransferProps {
        code,
        download_href,
        import,
        on_import_text,
        on_import_file,
    } = props;
    let env = use_env();
    let words = env.words;
    let paste = use_node_ref();

    let onsubmit = {
        let (paste, on_import_text) = (paste.clone(), on_import_text.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(area) = paste.cast::<HtmlTextAreaElement>() {
                on_import_text.emit(area.value());
            }
        })
    };
    let on_file = {
        let on_import_file = on_import_file.clone();
        Callback::from(move |e: Event| {
            let input: Option<HtmlInputElement> = e.target_dyn_into();
            if let Some(file) = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            {
                on_import_file.emit(file);
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
            { heading(&env, 1, "cc-transfer-title", "", words.transfer_title.into()) }
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
                { heading(&env, 2, "cc-import-title", "", words.import_title.into()) }
                <div class="cc-field">
                    <label for="cc-import-code">{ words.paste_label }</label>
                    <textarea id="cc-import-code" class="cc-code" rows="3" ref={paste}
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
