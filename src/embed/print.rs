//! Printing one widget: the host page printed with only that widget
//! visible, and the page's own prints afterwards left whole.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, HtmlElement};
use yew::Callback;

use super::sheet;

/// Adopted by the host document during a widget's print only (see
/// [`print_callback`]), so that only the widget that asked to print shows.
const PRINT_STYLES: &str = "@media print {\
    body * { visibility: hidden !important; }\
    [data-cc-printing], [data-cc-printing] * { visibility: visible !important; }\
    [data-cc-printing] { position: absolute !important; left: 0; top: 0; width: 100%; }\
}";

thread_local! {
    /// The print rules for the host document, adopted while a widget prints.
    static PRINT_SHEET: Option<CssStyleSheet> = sheet(PRINT_STYLES);
}

/// How long a print may keep the page in print-the-widget mode when the
/// browser never says it is done (no `afterprint`, no focus coming back).
const PRINT_FALLBACK_MS: i32 = 60_000;

thread_local! {
    /// The host of the print in progress, if any.
    static PRINTING: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
    /// Its fallback timer, cleared when it ends, so it cannot end a later one.
    static PRINT_TIMER: Cell<Option<i32>> = const { Cell::new(None) };
    /// Ends the print in progress: the window's `afterprint` and `focus`
    /// listener and the fallback timer's callback. One for the page.
    static END_PRINT: Closure<dyn FnMut()> = Closure::new(end_print);
}

/// Prints the page with only `host` visible (see `PRINT_STYLES`). The rules
/// and the host's flag are there for this print only: they go on
/// `afterprint`, so the shop's own prints afterwards (an order confirmation)
/// come out whole. Where `print()` returns before the printout is made, the
/// flag must outlive the call, or the widget's own printout would be blank.
/// For browsers that never fire `afterprint`, the window's next focus after
/// `print()` returned, or [`PRINT_FALLBACK_MS`], ends it. Rules and flag go
/// together, so ending early prints the whole page, never a blank one.
/// Public for the wasm tests.
pub fn print_callback(host: HtmlElement) -> Callback<()> {
    Callback::from(move |()| {
        let Some(window) = web_sys::window() else {
            return;
        };
        end_print();
        set_print_rules(true);
        let _ = host.set_attribute("data-cc-printing", "");
        PRINTING.set(Some(host.clone()));
        END_PRINT.with(|end| {
            let end = end.as_ref().unchecked_ref();
            // Before print(): a browser that blocks in print() fires
            // `afterprint` before it returns.
            let _ = window.add_event_listener_with_callback("afterprint", end);
            let _ = window.print();
            if PRINTING.with_borrow(Option::is_some) {
                let _ = window.add_event_listener_with_callback("focus", end);
                PRINT_TIMER.set(
                    window
                        .set_timeout_with_callback_and_timeout_and_arguments_0(
                            end,
                            PRINT_FALLBACK_MS,
                        )
                        .ok(),
                );
            }
        });
    })
}

/// Ends the print in progress, if any: the page is as it was before.
fn end_print() {
    let Some(host) = PRINTING.take() else {
        return;
    };
    let _ = host.remove_attribute("data-cc-printing");
    set_print_rules(false);
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(id) = PRINT_TIMER.take() {
        window.clear_timeout_with_handle(id);
    }
    END_PRINT.with(|end| {
        for event in ["afterprint", "focus"] {
            let _ = window.remove_event_listener_with_callback(event, end.as_ref().unchecked_ref());
        }
    });
}

/// Adds the print rules to the host document's adopted stylesheets, or
/// takes them out again, leaving the page's own sheets as they are.
fn set_print_rules(on: bool) {
    let (Some(document), Some(print)) = (
        web_sys::window().and_then(|w| w.document()),
        PRINT_SHEET.with(Clone::clone),
    ) else {
        return;
    };
    let key = "adoptedStyleSheets".into();
    let Ok(sheets) = js_sys::Reflect::get(&document, &key) else {
        return;
    };
    let print: JsValue = print.into();
    // A new array: older browsers hand out a frozen one.
    let sheets: js_sys::Array = js_sys::Array::from(&sheets)
        .iter()
        .filter(|s| *s != print)
        .collect();
    if on {
        sheets.push(&print);
    }
    let _ = js_sys::Reflect::set(&document, &key, &sheets);
}
