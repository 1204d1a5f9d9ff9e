//! wasm-bindgen-test tier, in headless Chromium: mounts the real widget into
//! a shadow root the way the loader does and drives it through the DOM.
#![cfg(target_arch = "wasm32")]

use circulation_check::embed;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/mod.rs"]
mod support;
use support::*;

#[wasm_bindgen_test]
async fn mounts_the_start_screen_into_the_shadow_root() {
    let (host, shadow) = host(&[("data-locale", "en-GB")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    let title = shadow
        .query_selector(".cc-title")
        .unwrap()
        .expect("a title");
    assert_eq!(title.text_content().unwrap(), "Circulation Check");
    let card = shadow.query_selector(".cc-card").unwrap().unwrap();
    assert_eq!(card.get_attribute("lang").as_deref(), Some("en-GB"));
    // No <style> element: the loader adopts the stylesheet (end to end).
    assert!(shadow.query_selector("style").unwrap().is_none());
    widget.unmount();
    settle().await;
    assert!(
        shadow.query_selector(".cc-title").unwrap().is_none(),
        "unmount clears the widget"
    );
    host.remove();
}

fn focused_in(shadow: &web_sys::ShadowRoot) -> Option<web_sys::Element> {
    shadow.active_element()
}

/// The app's first render takes the place of the prerendered screen (here
/// a copy of another widget's start screen, which is what the build
/// prerenders), the same DOM, and the visitor's focus moves to the same
/// control on it.
#[wasm_bindgen_test]
async fn the_first_render_replaces_the_prerendered_screen_keeping_focus() {
    let (host_a, shadow_a) = host(&[("data-storage-key", "t-pre-a")]);
    let mut a = embed::mount(&host_a, &shadow_a).unwrap();
    settle().await;
    let (host_b, shadow_b) = host(&[("data-storage-key", "t-pre-b")]);
    shadow_b.set_inner_html(&shadow_a.inner_html());
    let old: web_sys::HtmlElement = shadow_b
        .query_selector(".cc-history-open")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    old.focus().unwrap();
    let mut b = embed::mount_nth(&host_b, &shadow_b, 1, None).unwrap();
    settle().await;
    assert_eq!(shadow_b.inner_html(), shadow_a.inner_html());
    let focused = focused_in(&shadow_b).expect("focus kept in the widget");
    assert!(focused
        .class_name()
        .split(' ')
        .any(|c| c == "cc-history-open"));
    assert!(!old.is_connected(), "the prerendered screen is gone");
    a.unmount();
    b.unmount();
    host_a.remove();
    host_b.remove();
}

/// An embed snippet's root holds its stylesheet link beside the screen:
/// the takeover replaces the screen (and any text between) and keeps the
/// link, which styles the app as it styled the screen.
#[wasm_bindgen_test]
async fn the_takeover_keeps_the_snippets_stylesheet_link() {
    let (host, shadow) = host(&[("data-storage-key", "t-snippet-link")]);
    shadow.set_inner_html(
        "<link rel=\"stylesheet\" href=\"data:text/css,\"> <div class=\"cc\" hidden data-for=\"[]\"><p>screen</p></div>",
    );
    let mut widget = embed::mount_nth(&host, &shadow, 1, None).unwrap();
    settle().await;
    let children = shadow.child_nodes();
    let names: Vec<String> = (0..children.length())
        .filter_map(|i| children.get(i))
        .map(|n| n.node_name())
        .collect();
    assert_eq!(names, ["LINK", "DIV"], "the link, then the app's root");
    assert!(shadow.query_selector("[data-for]").unwrap().is_none());
    assert!(shadow.query_selector(".cc-title").unwrap().is_some());
    widget.unmount();
    host.remove();
}

/// "Bring back saved results" pressed before the app was ready opens that
/// screen once it is, with focus on its heading.
#[wasm_bindgen_test]
async fn an_early_press_on_saved_results_is_honoured() {
    let (host, shadow) = host(&[("data-storage-key", "t-early-history")]);
    let mut widget = embed::mount_nth(&host, &shadow, 1, Some("history".into())).unwrap();
    settle().await;
    assert!(shadow.query_selector("#cc-import-code").unwrap().is_some());
    let focused = focused_in(&shadow).expect("focus in the widget");
    assert_eq!(focused.id(), "cc-step-heading");
    widget.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn hostile_attributes_fall_back_to_defaults() {
    let long = "x".repeat(100_000);
    let (host, shadow) = host(&[
        ("data-shop-url", "javascript:alert(1)"),
        ("data-locale", "<img src=x onerror=alert(1)>"),
        ("data-heading-level", &long),
    ]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    assert!(
        shadow.query_selector("img").unwrap().is_none(),
        "text is never HTML"
    );
    let heading = shadow.query_selector("h2.cc-title").unwrap();
    assert!(heading.is_some(), "the default heading level is used");
    widget.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn remounting_the_same_shadow_root_starts_clean() {
    let (host, shadow) = host(&[]);
    let mut first = embed::mount(&host, &shadow).unwrap();
    first.unmount();
    let mut second = embed::mount(&host, &shadow).unwrap();
    settle_until(&shadow, ".cc-card").await;
    assert_eq!(shadow.query_selector_all(".cc-card").unwrap().length(), 1);
    second.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn a_crash_shows_a_plain_message_in_every_widget() {
    let (first_host, first) = host(&[]);
    let (second_host, second) = host(&[("data-storage-key", "crash-test-2")]);
    let mut a = embed::mount(&first_host, &first).unwrap();
    let mut b = embed::mount(&second_host, &second).unwrap();
    settle().await;
    // What the panic hook calls; a real panic would abort the test runner.
    embed::show_crash();
    for shadow in [&first, &second] {
        let note = shadow.query_selector("p.cc-crash[role=alert]").unwrap();
        let text = note.expect("a crash message").text_content().unwrap();
        assert!(text.contains("reload the page"), "{text}");
        assert!(shadow.query_selector(".cc-card").unwrap().is_none());
    }
    a.unmount();
    b.unmount();
    first_host.remove();
    second_host.remove();
}

#[wasm_bindgen_test]
fn dates_follow_the_locale_by_the_browsers_own_intl() {
    use circulation_check::app::dates::date_label;
    use engine::Locale;
    // Noon UTC, so the date is the same in every time zone a runner has.
    let ms = 1_795_608_000_000; // 2026-11-25 12:00 UTC
    assert_eq!(date_label(ms, Locale::EnUs), "Nov 25, 2026");
    assert_eq!(date_label(ms, Locale::EnGb), "25 Nov 2026");
    assert_eq!(date_label(ms, Locale::EnAu), "25 Nov 2026");
    // No region known: day, month, year.
    assert_eq!(date_label(ms, Locale::En), "25 Nov 2026");
    assert_eq!(date_label(951_825_600_000, Locale::EnGb), "29 Feb 2000");
}

/// Puts a stand-in for `window.print` that records, while "printing",
/// whether the host is flagged and how many print rule sheets the document
/// has adopted, and returns at once, as print() does in a browser that does
/// not block. Returns a function that puts the real one back.
fn fake_print() -> js_sys::Function {
    let install = js_sys::Function::new_no_args(
        "const real = window.print;
         window.__ccPrintRules = () => document.adoptedStyleSheets
           .filter((s) => [...s.cssRules].some((r) => r.cssText.includes('data-cc-printing'))).length;
         window.__ccPrinted = [];
         window.print = () => window.__ccPrinted.push([
           document.querySelectorAll('[data-cc-printing]').length, window.__ccPrintRules()]);
         return () => { window.print = real; };",
    );
    install.call0(&JsValue::NULL).unwrap().dyn_into().unwrap()
}

/// Runs a line of JavaScript in the page and returns its value.
fn js(body: &str) -> JsValue {
    js_sys::Function::new_no_args(&format!("return {body};"))
        .call0(&JsValue::NULL)
        .unwrap()
}

#[wasm_bindgen_test]
async fn print_rules_last_until_afterprint_then_leave_the_page_as_it_was() {
    let (host, _shadow) = host(&[]);
    let restore = fake_print();
    // A sheet of the page's own, which the widget must leave in place.
    js("(document.adoptedStyleSheets = [...document.adoptedStyleSheets, new CSSStyleSheet()]).length");
    let own_sheets = js("document.adoptedStyleSheets.length").as_f64().unwrap();
    for round in 0..2 {
        embed::print_callback(host.clone()).emit(());
        // While printing: only this widget flagged, the rules adopted.
        assert_eq!(
            js("JSON.stringify(window.__ccPrinted.at(-1))"),
            "[1,1]",
            "round {round}"
        );
        // print() has returned, but the printout may not be made yet.
        assert!(host.has_attribute("data-cc-printing"), "round {round}");
        assert_eq!(js("window.__ccPrintRules()"), 1.0, "round {round}");
        js("dispatchEvent(new Event('afterprint'))");
        assert!(!host.has_attribute("data-cc-printing"), "round {round}");
        assert_eq!(js("window.__ccPrintRules()"), 0.0, "round {round}");
        assert_eq!(
            js("document.adoptedStyleSheets.length").as_f64().unwrap(),
            own_sheets,
            "the page's own sheets stay (round {round})"
        );
    }
    js("(document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1)).length");
    restore.call0(&JsValue::NULL).unwrap();
    host.remove();
}

#[wasm_bindgen_test]
async fn without_afterprint_the_window_focus_ends_the_print() {
    let (host, _shadow) = host(&[]);
    let restore = fake_print();
    embed::print_callback(host.clone()).emit(());
    assert!(host.has_attribute("data-cc-printing"));
    js("dispatchEvent(new Event('focus'))");
    assert!(!host.has_attribute("data-cc-printing"));
    assert_eq!(js("window.__ccPrintRules()"), 0.0);
    // A late afterprint (or a second focus) changes nothing.
    js("dispatchEvent(new Event('afterprint'))");
    assert_eq!(js("window.__ccPrintRules()"), 0.0);
    restore.call0(&JsValue::NULL).unwrap();
    host.remove();
}
