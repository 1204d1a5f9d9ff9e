//! The only module that touches the host page: reads the element's
//! attributes, mounts and unmounts the Yew app, and puts its first render in
//! place of the prerendered start screen. The loader
//! (`loader/circulation-check.js`) defines the custom element, because
//! wasm-bindgen cannot subclass `HTMLElement`, styles the shadow root and
//! shows the prerendered screen, and calls [`mount_nth`].

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot};
use yew::Callback;

mod print;

pub use print::print_callback;

use crate::app::{App, AppProps, Early, ROOT_CLASS};
use crate::config::Config;
use crate::events::WidgetEvent;
#[cfg(feature = "es")]
use crate::saved;

pub(crate) fn sheet(css: &str) -> Option<CssStyleSheet> {
    CssStyleSheet::new()
        .and_then(|sheet| sheet.replace_sync(css).map(|()| sheet))
        .ok()
}

thread_local! {
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

/// Mounts a widget for `host` into its (already attached) `shadow` root, as
/// the first widget of its storage key (see [`mount_nth`]).
pub fn mount(host: &HtmlElement, shadow: &ShadowRoot) -> Result<Widget, JsValue> {
    mount_nth(host, shadow, 1, None)
}

/// Mounts a widget for `host` into its (already attached) `shadow` root as
/// the `nth` element (from 1) on the page with its storage key. The loader
/// numbers elements in the order they join the page (document order for
/// those in the HTML), so two unkeyed widgets keep `key` and `key~2` however
/// they are scrolled to; mount order alone would hand the lower widget the
/// upper one's data when the page opens scrolled down. `early` is the
/// prerendered button the visitor pressed before the app was ready
/// ("start", "history"), or the language switch pressed outside the app's
/// own handler ("lang:es", "lang:en"; "continue:es" when the loader hands a
/// visitor who picked Spanish mid-quiz from the English build to the
/// Spanish one).
#[wasm_bindgen]
pub fn mount_nth(
    host: &HtmlElement,
    shadow: &ShadowRoot,
    nth: u32,
    early: Option<String>,
) -> Result<Widget, JsValue> {
    // The page's language region picks the emergency number when the shop
    // gave no data-locale.
    let page_lang = host
        .owner_document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_default();
    let (mut config, warnings) =
        Config::from_attributes(|name| host.get_attribute(name), &page_lang);
    for warning in warnings {
        web_sys::console::warn_1(
            &format!(
                "<circulation-check> {}: {}",
                warning.attribute, warning.reason
            )
            .into(),
        );
    }
    if nth > 1 {
        // `Store::claim` starts at `key~N`; `~` cannot come from an attribute.
        config.storage_key = format!("{}~{nth}", config.storage_key);
    }
    contain_panics();

    // The app renders into a root of its own, off the page; its first
    // render then replaces what the shadow root shows (the prerendered
    // screen, an old render of a re-added element, or nothing).
    let document = host.owner_document().ok_or("no document")?;
    let root = document.create_element("div")?;
    root.set_class_name(ROOT_CLASS);
    let on_ready = {
        let (shadow, root) = (shadow.clone(), root.clone());
        Callback::from(move |()| take_over(&shadow, &root))
    };

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
        early: match early.as_deref() {
            Some("start") => Some(Early::Start),
            Some("history") => Some(Early::History),
            // Only the Spanish build is handed a language (the English one
            // offers only Spanish, which the loader takes elsewhere).
            #[cfg(feature = "es")]
            Some(pick) => match pick.split_once(':') {
                Some((how, tag)) => saved::Language::from_tag(tag)
                    .filter(|_| how == "lang" || how == "continue")
                    .map(|l| Early::Language(l, how == "continue")),
                None => None,
            },
            _ => None,
        },
        on_ready,
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
            // The card says its language in `lang` (es-US, es, en-GB, …).
            #[cfg(feature = "es")]
            let spanish = shadow
                .query_selector("[lang^=\"es\"]")
                .ok()
                .flatten()
                .is_some();
            #[cfg(feature = "es")]
            let language = if spanish {
                engine::Language::Es
            } else {
                engine::Language::En
            };
            #[cfg(not(feature = "es"))]
            let language = engine::Language::En;
            note.set_text_content(Some(crate::wording::crashed(language)));
            shadow.replace_children_with_node_1(&note);
        }
    });
}

/// Controls a visitor can focus, in document order (`summary`: the embed
/// snippet's Start, where the app has its button).
const CONTROLS: &str = "button, a[href], input, select, textarea, summary";

/// Puts the app's first render (`root`) in place of what `shadow` shows,
/// keeping the visitor's focus on the same control: the prerendered screen
/// is the same DOM, so the n-th control before is the n-th after (and an
/// early Start that met saved progress lands on "Continue"). An embed
/// snippet's stylesheet link stays: it styles the app as it styled the
/// screen (the loader adopts a stylesheet instead where there is none).
fn take_over(shadow: &ShadowRoot, root: &Element) {
    let position = shadow.active_element().and_then(|active| {
        let before = shadow.query_selector_all(CONTROLS).ok()?;
        (0..before.length()).find(|&i| {
            before
                .get(i)
                .is_some_and(|n| &n == active.as_ref() as &web_sys::Node)
        })
    });
    let nodes = shadow.child_nodes();
    for i in (0..nodes.length()).rev() {
        if let Some(node) = nodes.get(i).filter(|n| n.node_name() != "LINK") {
            let _ = shadow.remove_child(&node);
        }
    }
    let _ = shadow.append_child(root);
    let control = position
        .and_then(|i| root.query_selector_all(CONTROLS).ok()?.get(i))
        .and_then(|n| n.dyn_into::<HtmlElement>().ok());
    if let Some(control) = control {
        let _ = control.focus();
    }
}
