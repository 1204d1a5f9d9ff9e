//! wasm-bindgen-test tier for saving, in headless Chromium against the real
//! localStorage: round trips, unreadable data kept under a backup key, a full
//! quota, blocked storage and two widgets on one page. Each test uses its own
//! keys and removes what it wrote.
#![cfg(target_arch = "wasm32")]

use circulation_check::embed;
use circulation_check::saved::{Envelope, Progress, SavedResult};
use circulation_check::store::{SaveStatus, Store};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{ShadowRoot, Storage};

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/mod.rs"]
mod support;
use support::*;

fn storage() -> Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Removes every key starting with `prefix`.
fn forget(prefix: &str) {
    let s = storage();
    let keys: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(prefix))
        .collect();
    for k in keys {
        s.remove_item(&k).unwrap();
    }
}

fn has(shadow: &ShadowRoot, selector: &str) -> bool {
    shadow.query_selector(selector).unwrap().is_some()
}

/// Start, then answer the first question ("none of these").
async fn answer_first_question(shadow: &ShadowRoot) {
    click(shadow, ".cc-start .cc-primary");
    settle().await;
    click(shadow, "input[value=none]");
    settle().await;
    click(shadow, "button[type=submit]");
    settle().await;
}

fn sample() -> Envelope {
    let mut e = Envelope {
        progress: Some(Progress {
            content_version: 1,
            answers: [(
                "b_age".to_string(),
                circulation_check::json::parse(r#"{"Choice":"40_64"}"#).unwrap(),
            )]
            .into(),
            at: Some("b_sex".into()),
            updated: 7,
        }),
        ..Envelope::default()
    };
    e.add(SavedResult {
        id: "r1".into(),
        saved_at: 1_795_564_800_000,
        content_version: 1,
        answers: Default::default(),
    });
    e
}

#[wasm_bindgen_test]
fn round_trip_through_real_local_storage() {
    forget("t-rt");
    {
        let store = Store::claim("t-rt");
        assert_eq!(store.key(), "t-rt:v1");
        let (merged, status) = store.save(&sample());
        assert_eq!(status, SaveStatus::Saved);
        assert_eq!(merged, sample());
    }
    let loaded = Store::claim("t-rt").load();
    assert_eq!(loaded.status, SaveStatus::Saved);
    assert!(!loaded.put_aside);
    assert_eq!(loaded.envelope, sample());
    forget("t-rt");
}

#[wasm_bindgen_test]
fn unreadable_data_is_kept_under_a_backup_key() {
    forget("t-bad");
    let junk = r#"{"v":1,"results":[{"id":"ok","saved_at":5,"answers":{}}, {"id":7}]"#;
    storage().set_item("t-bad:v1", junk).unwrap();
    let loaded = Store::claim("t-bad").load();
    assert!(loaded.put_aside);
    assert_eq!(loaded.status, SaveStatus::Saved);
    let s = storage();
    let backups: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with("t-bad:backup:"))
        .collect();
    assert_eq!(backups.len(), 1, "one backup");
    assert_eq!(s.get_item(&backups[0]).unwrap().as_deref(), Some(junk));
    // Nothing is reported twice: the readable part was written back.
    let again = Store::claim("t-bad").load();
    assert!(!again.put_aside);
    forget("t-bad");
}

#[wasm_bindgen_test]
async fn unreadable_data_is_named_in_one_sentence_and_the_quiz_starts_fresh() {
    forget("t-say");
    storage().set_item("t-say:v1", "{broken").unwrap();
    let (host, shadow) = host(&[("data-storage-key", "t-say")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    let notice = shadow
        .query_selector(".cc-put-aside")
        .unwrap()
        .expect("a notice");
    assert!(notice.text_content().unwrap().contains("could not be read"));
    answer_first_question(&shadow).await;
    assert!(has(&shadow, "#cc-step-heading"), "the quiz goes on");
    widget.unmount();
    host.remove();
    forget("t-say");
}

#[wasm_bindgen_test]
async fn full_storage_keeps_the_quiz_working_in_memory() {
    forget("t-full");
    forget("t-filler");
    // Fill the quota: halve the item size whenever a write is refused.
    let s = storage();
    let mut chunk = "x".repeat(1 << 20);
    let mut n = 0;
    while chunk.len() > 16 {
        if s.set_item(&format!("t-filler-{n}"), &chunk).is_ok() {
            n += 1;
        } else {
            chunk.truncate(chunk.len() / 2);
        }
    }
    assert!(
        s.set_item("t-full-probe", &"y".repeat(64)).is_err(),
        "storage is full"
    );

    let (host, shadow) = host(&[("data-storage-key", "t-full")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    answer_first_question(&shadow).await;
    assert!(has(&shadow, "#cc-step-heading"), "the quiz goes on");
    let note = shadow.query_selector(".cc-device-note").unwrap();
    assert!(note.is_some(), "a quiet 'not saved on this device' notice");
    let (_, status) = Store::claim("t-full-direct").save(&sample());
    assert_eq!(status, SaveStatus::NotSaved);
    widget.unmount();
    host.remove();
    forget("t-filler");
    forget("t-full");
}

/// Makes `window.localStorage` throw a SecurityError, as in a sandboxed
/// iframe or with cookies blocked; returns a function that undoes it.
fn block_storage() -> js_sys::Function {
    let block = js_sys::Function::new_no_args(
        "Object.defineProperty(window, 'localStorage', { configurable: true, \
           get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });\
         return () => { delete window.localStorage; };",
    );
    block.call0(&JsValue::NULL).unwrap().dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn blocked_storage_keeps_the_quiz_working_in_memory() {
    let unblock = block_storage();
    assert!(
        web_sys::window().unwrap().local_storage().is_err(),
        "blocked"
    );
    let store = Store::claim("t-blocked");
    let loaded = store.load();
    assert_eq!(loaded.status, SaveStatus::NotSaved);
    assert_eq!(store.save(&sample()).1, SaveStatus::NotSaved);
    drop(store);

    let (host, shadow) = host(&[("data-storage-key", "t-blocked")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    assert!(has(&shadow, ".cc-device-note"), "says it is not saved");
    answer_first_question(&shadow).await;
    assert!(has(&shadow, "#cc-step-heading"), "the quiz goes on");
    widget.unmount();
    host.remove();
    unblock.call0(&JsValue::NULL).unwrap();
    assert!(web_sys::window().unwrap().local_storage().is_ok());
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_apart() {
    forget("t-two");
    let (host_a, shadow_a) = host(&[("data-storage-key", "t-two-a")]);
    let (host_b, shadow_b) = host(&[("data-storage-key", "t-two-b")]);
    let mut a = embed::mount(&host_a, &shadow_a).unwrap();
    let mut b = embed::mount(&host_b, &shadow_b).unwrap();
    settle().await;
    answer_first_question(&shadow_a).await;
    let s = storage();
    let saved_a = s.get_item("t-two-a:v1").unwrap().expect("a saved");
    assert!(saved_a.contains("a_emergency"));
    assert!(s.get_item("t-two-b:v1").unwrap().is_none(), "b untouched");
    assert!(has(&shadow_b, ".cc-start"), "b still on its start screen");
    a.unmount();
    b.unmount();
    host_a.remove();
    host_b.remove();

    // Without a key of their own, the second widget gets a derived one.
    let first = Store::claim("t-two-same");
    let second = Store::claim("t-two-same");
    assert_eq!(first.key(), "t-two-same:v1");
    assert_eq!(second.key(), "t-two-same~2:v1");
    drop(first);
    assert_eq!(Store::claim("t-two-same").key(), "t-two-same:v1");
    forget("t-two");
}

#[wasm_bindgen_test]
async fn the_nth_widget_of_a_key_keeps_its_own_data_whichever_mounts_first() {
    forget("t-nth");
    // The lower widget (second in the document) is scrolled to and mounts
    // first: it still gets `key~2`, and the upper one `key` afterwards.
    let (host_low, shadow_low) = host(&[("data-storage-key", "t-nth")]);
    let (host_up, shadow_up) = host(&[("data-storage-key", "t-nth")]);
    let mut low = embed::mount_nth(&host_low, &shadow_low, 2).unwrap();
    settle().await;
    answer_first_question(&shadow_low).await;
    let mut up = embed::mount_nth(&host_up, &shadow_up, 1).unwrap();
    settle().await;
    let s = storage();
    assert!(
        s.get_item("t-nth~2:v1").unwrap().is_some(),
        "the lower widget's data"
    );
    assert!(
        s.get_item("t-nth:v1").unwrap().is_none(),
        "the upper key untouched"
    );
    assert!(has(&shadow_up, ".cc-start") && !has(&shadow_up, ".cc-continue"));
    low.unmount();
    up.unmount();
    host_low.remove();
    host_up.remove();
    settle().await; // Yew drops the stores, and with them their keys.

    // A key asked for twice moves on to the next free one, never back to
    // an earlier widget's.
    let second = Store::claim("t-nth~2");
    let again = Store::claim("t-nth~2");
    assert_eq!(second.key(), "t-nth~2:v1");
    assert_eq!(again.key(), "t-nth~3:v1");
    forget("t-nth");
}
