//! "Erase everything on this device" in a real browser against the real
//! localStorage: on a page with two widgets (two keys) it leaves no key of
//! either, nor their `~N` siblings and backups, keeps the shop's own keys,
//! and the other widget forgets its copy at once; when storage refuses,
//! the visitor is told what could not be erased.
#![cfg(target_arch = "wasm32")]

use circulation_check::embed;
use circulation_check::saved::{encode, Envelope};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::ShadowRoot;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/mod.rs"]
mod support;
use support::*;

fn text(shadow: &ShadowRoot, selector: &str) -> String {
    shadow
        .query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// "My saved results", "Erase everything", "Yes, erase everything".
async fn erase_all(shadow: &ShadowRoot) {
    click(shadow, ".cc-history-open");
    settle().await;
    click(shadow, ".cc-erase-all");
    settle().await;
    assert!(
        text(shadow, ".cc-confirm-q").contains("every copy of the check on this site"),
        "the confirm says what goes"
    );
    click(shadow, ".cc-confirm-yes");
    settle().await;
}

/// Two widgets with their own keys, each with saved data; a result saved
/// so "My saved results" opens.
fn seeded() -> Envelope {
    let mut e = Envelope::default();
    e.add(circulation_check::saved::SavedResult {
        id: "r1".into(),
        saved_at: 1_795_564_800_000,
        content_version: 2,
        answers: Default::default(),
        measurements: None,
    });
    e
}

#[wasm_bindgen_test]
async fn erase_on_a_page_with_two_widgets_leaves_no_key_of_either() {
    let _serial = serial().await;
    forget("t-fam");
    let s = storage();
    s.set_item("t-fam-a:v1", &encode(&seeded())).unwrap();
    // Traces of the other widget: a sibling on another page, backups.
    s.set_item("t-fam-b~2:v1", &encode(&seeded())).unwrap();
    s.set_item("t-fam-b:backup", "{unreadable").unwrap();
    s.set_item("t-fam-b:backup:123", "{older").unwrap();
    // The shop's own keys, one shaped like ours.
    s.set_item("t-fam-shop", "cart").unwrap();
    s.set_item("t-fam-shop:v1", r#"{"v":1,"items":[]}"#)
        .unwrap();
    let (host_a, shadow_a) = host(&[("data-storage-key", "t-fam-a")]);
    let (host_b, shadow_b) = host(&[("data-storage-key", "t-fam-b")]);
    let mut a = embed::mount(&host_a, &shadow_a).unwrap();
    let mut b = embed::mount(&host_b, &shadow_b).unwrap();
    settle().await;
    answer_first_question(&shadow_b).await;
    assert!(s.get_item("t-fam-b:v1").unwrap().is_some(), "b saved");

    erase_all(&shadow_a).await;
    assert_eq!(keys_with("t-fam"), ["t-fam-shop", "t-fam-shop:v1"]);
    assert!(text(&shadow_a, ".cc-start-notice").contains("has been erased"));
    // The other widget on the page forgot its copy and wrote nothing back.
    settle().await;
    assert!(has(&shadow_b, ".cc-start"), "b is back at its start");
    assert!(
        !has(&shadow_b, ".cc-continue"),
        "b forgot its unfinished check"
    );
    assert_eq!(keys_with("t-fam"), ["t-fam-shop", "t-fam-shop:v1"]);
    a.unmount();
    b.unmount();
    host_a.remove();
    host_b.remove();
    forget("t-fam");
}

#[wasm_bindgen_test]
async fn a_refused_erase_says_what_remains() {
    let _serial = serial().await;
    forget("t-refuse");
    storage()
        .set_item("t-refuse:v1", &encode(&seeded()))
        .unwrap();
    let (host, shadow) = host(&[("data-storage-key", "t-refuse")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    // Storage turns every removal down (a locked-down or broken browser).
    let refuse = js_sys::Function::new_no_args(
        "const own = Storage.prototype.removeItem;\
         Storage.prototype.removeItem = function () { throw new DOMException('no', 'SecurityError'); };\
         return () => { Storage.prototype.removeItem = own; };",
    );
    let undo: js_sys::Function = refuse.call0(&JsValue::NULL).unwrap().dyn_into().unwrap();
    erase_all(&shadow).await;
    undo.call0(&JsValue::NULL).unwrap();
    settle().await;
    let notice = text(&shadow, ".cc-start-notice");
    assert!(notice.contains("Nothing could be erased"), "{notice}");
    assert_eq!(
        keys_with("t-refuse"),
        ["t-refuse:v1"],
        "still there, as said"
    );
    widget.unmount();
    host.remove();
    forget("t-refuse");
}
