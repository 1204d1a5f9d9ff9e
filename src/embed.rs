//! The only module that touches the host page: reads the element's
//! attributes, styles the shadow root, mounts and unmounts the Yew app. The
//! loader (`loader/circulation-check.js`) defines the custom element, because
//! wasm-bindgen cannot subclass `HTMLElement`, and calls [`mount`].

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot};
use yew::Callback;

use crate::app::{App, AppProps};
use crate::config::Config;
use crate::events::WidgetEvent;

/// All widget CSS, compiled in so styling needs no extra request and no
/// `<style>` element (which a strict `style-src 'self'` would block).
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// Added to the host document so that, while printing, only the widget
/// that asked to print shows; it matters for print media only.
const PRINT_STYLES: &str = "@media print {\
    body * { visibility: hidden !important; }\
    [data-cc-printing], [data-cc-printing] * { visibility: visible !important; }\
    [data-cc-printing] { position: absolute !important; left: 0; top: 0; width: 100%; }\
}";

fn sheet(css: &str) -> Option<CssStyleSheet> {
    CssStyleSheet::new()
        .and_then(|sheet| sheet.replace_sync(css).map(|()| sheet))
        .ok()
}

thread_local! {
    /// One constructed stylesheet shared by every widget on the page.
    static SHEET: Option<CssStyleSheet> = sheet(STYLES);
    /// The print rule for the host document, adopted on first print.
    static PRINT_SHEET: Option<CssStyleSheet> = sheet(PRINT_STYLES);
    /// Shadow roots of the mounted widgets, for the panic hook.
    static MOUNTED: std::cell::RefCell<Vec<ShadowRoot>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A mounted widget; the loader keeps it and calls `unmount` when the
/// element leaves the page (theme editors remove and re-add elements).
#[wasm_bindgen]
pub struct Widget {
    app: Option<yew::AppHandle<App>>,
    shadow: ShadowRoot,
}

#[wasm_bindgen]
impl Widget {
    /// Destroys the Yew app and its listeners; safe to call twice.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        MOUNTED.with(|m| m.borrow_mut().retain(|s| s != &self.shadow));
    }
}

/// Mounts a widget for `host` into its (already attached) `shadow` root.
#[wasm_bindgen]
pub fn mount(host: &HtmlElement, shadow: &ShadowRoot) -> Result<Widget, JsValue> {
    // The page's language region picks the emergency number when the shop
    // gave no data-locale.
    let page_lang = host
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_default();
    let (config, warnings) = Config::from_attributes(|name| host.get_attribute(name), &page_lang);
    for warning in warnings {
        web_sys::console::warn_1(
            &format!(
                "<circulation-check> {}: {}",
                warning.attribute, warning.reason
            )
            .into(),
        );
    }
    adopt_styles(shadow);
    contain_panics();

    // A re-added element keeps its shadow root; start from an empty one.
    shadow.set_text_content(None);
    let document = host.owner_document().ok_or("no document")?;
    let root = document.create_element("div")?;
    root.set_class_name("cc");
    shadow.append_child(&root)?;

    // A catalogue given inline: a JSON data block inside the element (no
    // CSP allowance needed; a theme template can render it). Read as text
    // only, never run.
    let catalogue_text = host
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
        .map(Rc::from);
    let props = AppProps {
        config: Rc::new(config),
        catalogue_text,
        on_print: print_callback(host.clone()),
        on_event: event_callback(host.clone()),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root, props).render();
    MOUNTED.with(|m| m.borrow_mut().push(shadow.clone()));
    Ok(Widget {
        app: Some(app),
        shadow: shadow.clone(),
    })
}

/// Dispatches the widget's events on the host element; they bubble and
/// cross the shadow boundary so a shop can listen anywhere up the tree.
fn event_callback(host: HtmlElement) -> Callback<WidgetEvent> {
    Callback::from(move |event: WidgetEvent| {
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&js_sys::JSON::parse(&event.detail_json()).unwrap_or(JsValue::NULL));
        if let Ok(custom) = web_sys::CustomEvent::new_with_event_init_dict(event.name(), &init) {
            let _ = host.dispatch_event(&custom);
        }
    })
}

/// After a panic the wasm instance is gone (panics abort), so instead of a
/// frozen or blank box every mounted widget shows a plain message. Set once.
fn contain_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("<circulation-check> crashed: {info}").into());
            show_crash();
        }));
    });
}

/// Replaces every mounted widget's content with the crash message.
pub fn show_crash() {
    MOUNTED.with(|m| {
        for shadow in m.borrow().iter() {
            let Some(document) = shadow.owner_document() else {
                continue;
            };
            let Ok(note) = document.create_element("p") else {
                continue;
            };
            let _ = note.set_attribute("role", "alert");
            note.set_class_name("cc-crash");
            note.set_text_content(Some(crate::wording::crashed()));
            shadow.replace_children_with_node_1(&note);
        }
    });
}

/// Prints the page with only `host` visible (see `PRINT_STYLES`).
fn print_callback(host: HtmlElement) -> Callback<()> {
    Callback::from(move |()| {
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Some(document) = window.document() {
            PRINT_SHEET.with(|print| {
                let Some(print) = print else { return };
                let key = "adoptedStyleSheets".into();
                let sheets = js_sys::Reflect::get(&document, &key)
                    .map(|s| js_sys::Array::from(&s))
                    .unwrap_or_default();
                if !sheets.includes(print, 0) {
                    sheets.push(print);
                    let _ = js_sys::Reflect::set(&document, &key, &sheets);
                }
            });
        }
        let _ = host.set_attribute("data-cc-printing", "");
        let _ = window.print();
        let _ = host.remove_attribute("data-cc-printing");
    })
}

/// Puts the widget's stylesheet on the shadow root. Constructable sheets are
/// allowed under a strict CSP, unlike `<style>` or `style=""`.
fn adopt_styles(shadow: &ShadowRoot) {
    SHEET.with(|sheet| {
        let Some(sheet) = sheet else { return };
        let sheets = js_sys::Array::of1(sheet);
        if js_sys::Reflect::set(shadow, &"adoptedStyleSheets".into(), &sheets).is_err() {
            web_sys::console::warn_1(
                &"<circulation-check>: this browser cannot style the widget".into(),
            );
        }
    });
}
