//! Helpers shared by the wasm-bindgen-test files: a host element with a
//! shadow root (as the loader makes), letting Yew render, clicking inside.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode, Storage};

/// A `<circulation-check>`-like host element in the page, with attributes.
pub fn host(attributes: &[(&str, &str)]) -> (HtmlElement, ShadowRoot) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    (host, shadow)
}

/// Lets Yew render: it schedules rendering on the microtask queue.
pub async fn settle() {
    let promise = js_sys::Promise::resolve(&JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Lets Yew render until `selector` matches inside `shadow`, for up to a
/// second: Yew 0.23 may run effects (the takeover into the shadow root
/// among them) a task after the render once 16 ms are spent, which a
/// loaded machine reaches.
#[allow(dead_code)]
pub async fn settle_until(shadow: &ShadowRoot, selector: &str) {
    for _ in 0..100 {
        settle().await;
        if shadow.query_selector(selector).unwrap().is_some() {
            return;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
}

/// Clicks the first match of `selector` inside `shadow`.
#[allow(dead_code)] // Not every test file clicks.
pub fn click(shadow: &ShadowRoot, selector: &str) {
    shadow
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

thread_local! {
    static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Held while a test runs; the next one waits for it.
pub struct Serial;

impl Drop for Serial {
    fn drop(&mut self) {
        BUSY.with(|b| b.set(false));
    }
}

/// Runs storage tests one at a time: wasm-bindgen-test polls async tests
/// side by side, and one of them blocks `window.localStorage` for a while.
#[allow(dead_code)] // Not every test file touches storage.
pub async fn serial() -> Serial {
    while BUSY.with(|b| b.replace(true)) {
        gloo_timers::future::TimeoutFuture::new(5).await;
    }
    Serial
}

/// The page's localStorage.
#[allow(dead_code)] // Not every test file touches storage.
pub fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Every key starting with `prefix`, sorted.
#[allow(dead_code)]
pub fn keys_with(prefix: &str) -> Vec<String> {
    let s = storage();
    let mut keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(prefix))
        .collect();
    keys.sort();
    keys
}

/// Removes every key starting with `prefix`.
#[allow(dead_code)]
pub fn forget(prefix: &str) {
    for k in keys_with(prefix) {
        storage().remove_item(&k).unwrap();
    }
}

/// Whether `selector` matches inside `shadow`.
#[allow(dead_code)]
pub fn has(shadow: &ShadowRoot, selector: &str) -> bool {
    shadow.query_selector(selector).unwrap().is_some()
}

/// Start, then answer the first question ("none of these").
#[allow(dead_code)]
pub async fn answer_first_question(shadow: &ShadowRoot) {
    // Each control waits to be there: after a test that kept the page busy
    // (the hostile imports), Yew may render a task later.
    for selector in [
        ".cc-start .cc-primary",
        "input[value=none]",
        "button[type=submit]",
    ] {
        settle_until(shadow, selector).await;
        click(shadow, selector);
    }
    settle().await;
}
