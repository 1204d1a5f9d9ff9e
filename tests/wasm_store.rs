//! wasm-bindgen-test tier for saving, in a real browser against the real
//! localStorage: round trips, unreadable data kept in one backup slot, a
//! full quota, blocked storage, two widgets on one page, a newer widget's
//! data left alone, erasing everything, and another browsing context (a
//! same-origin iframe, which gets its own `storage` events exactly as a
//! second tab does) writing junk or clearing storage. Each test uses its
//! own keys and removes what it wrote.
#![cfg(target_arch = "wasm32")]

use circulation_check::embed;
use circulation_check::saved::{Envelope, SavedResult, Unfinished};
use circulation_check::store::{SaveStatus, Store, Written};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::ShadowRoot;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "support/mod.rs"]
mod support;
use support::*;

/// An early Start opens the first question; with an unfinished quiz saved
/// it keeps the start screen, where "Continue where you left off" is the
/// choice the prerendered screen could not offer.
#[wasm_bindgen_test]
async fn an_early_start_is_honoured_unless_a_quiz_is_unfinished() {
    let _serial = serial().await;
    forget("t-early");
    let (host, shadow) = host(&[("data-storage-key", "t-early")]);
    let mut widget = embed::mount_nth(&host, &shadow, 1, Some("start".into())).unwrap();
    settle().await;
    assert!(has(&shadow, "form[data-question=a_emergency]"));
    assert_eq!(
        shadow.active_element().map(|e| e.id()).as_deref(),
        Some("cc-step-heading")
    );
    click(&shadow, "input[value=none]");
    settle().await;
    click(&shadow, "button[type=submit]");
    settle().await;
    widget.unmount();
    let mut widget = embed::mount_nth(&host, &shadow, 1, Some("start".into())).unwrap();
    settle().await;
    assert!(
        has(&shadow, ".cc-start .cc-continue"),
        "the saved quiz is offered"
    );
    assert!(!has(&shadow, "form[data-question]"));
    widget.unmount();
    host.remove();
    forget("t-early");
}

/// What a save kept, and its status (a save here never meets a clear).
fn kept(w: Written) -> (Envelope, SaveStatus) {
    match w {
        Written::Kept(e, status) => (e, status),
        Written::Cleared => panic!("unexpected: the stored data was cleared"),
    }
}

fn sample() -> Envelope {
    let mut e = Envelope {
        progress: Some(Unfinished {
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
        measurements: None,
    });
    e
}

#[wasm_bindgen_test]
async fn round_trip_through_real_local_storage() {
    let _serial = serial().await;
    forget("t-rt");
    {
        let store = Store::claim("t-rt");
        assert_eq!(store.key(), "t-rt:v1");
        let (merged, status) = kept(store.save(&sample()));
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
async fn unreadable_data_is_kept_under_a_backup_key() {
    let _serial = serial().await;
    forget("t-bad");
    let junk = r#"{"v":1,"results":[{"id":"ok","saved_at":5,"answers":{}}, {"id":7}]"#;
    storage().set_item("t-bad:v1", junk).unwrap();
    let loaded = Store::claim("t-bad").load();
    assert!(loaded.put_aside);
    assert_eq!(loaded.status, SaveStatus::Saved);
    let s = storage();
    assert_eq!(
        keys_with("t-bad:backup"),
        ["t-bad:backup"],
        "one backup slot"
    );
    assert_eq!(s.get_item("t-bad:backup").unwrap().as_deref(), Some(junk));
    // Nothing is reported twice: the readable part was written back.
    let again = Store::claim("t-bad").load();
    assert!(!again.put_aside);
    forget("t-bad");
}

#[wasm_bindgen_test]
async fn unreadable_data_is_named_in_one_sentence_and_the_quiz_starts_fresh() {
    let _serial = serial().await;
    forget("t-say");
    storage().set_item("t-say:v1", "{broken").unwrap();
    let (host, shadow) = host(&[("data-storage-key", "t-say")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    let notice = shadow
        .query_selector(".cc-start-notice")
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
    let _serial = serial().await;
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
    let (_, status) = kept(Store::claim("t-full-direct").save(&sample()));
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
        "const own = Object.getOwnPropertyDescriptor(window, 'localStorage');\
         Object.defineProperty(window, 'localStorage', { configurable: true, \
           get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });\
         /* The original is an own property of the global: put it back, not delete. */\
         return () => { if (own) Object.defineProperty(window, 'localStorage', own); \
                        else delete window.localStorage; };",
    );
    block.call0(&JsValue::NULL).unwrap().dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn blocked_storage_keeps_the_quiz_working_in_memory() {
    let _serial = serial().await;
    let unblock = block_storage();
    assert!(
        web_sys::window().unwrap().local_storage().is_err(),
        "blocked"
    );
    let store = Store::claim("t-blocked");
    let loaded = store.load();
    assert_eq!(loaded.status, SaveStatus::NotSaved);
    assert_eq!(kept(store.save(&sample())).1, SaveStatus::NotSaved);
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
    let _serial = serial().await;
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
async fn backups_of_older_builds_fold_into_the_one_slot() {
    let _serial = serial().await;
    forget("t-leg");
    let s = storage();
    for (ms, text) in [
        ("9", "old"),
        ("1700000000000", "newest"),
        ("170000000000", "older"),
    ] {
        s.set_item(&format!("t-leg:backup:{ms}"), text).unwrap();
    }
    let loaded = Store::claim("t-leg").load();
    assert!(!loaded.put_aside);
    assert_eq!(keys_with("t-leg:backup"), ["t-leg:backup"]);
    assert_eq!(
        s.get_item("t-leg:backup").unwrap().as_deref(),
        Some("newest")
    );
    forget("t-leg");
}

#[wasm_bindgen_test]
async fn a_newer_widgets_data_is_never_written_over() {
    let _serial = serial().await;
    forget("t-newer");
    let newer = r#"{"v":9,"results":[{"id":"r1","saved_at":5,"answers":{}}],"future":{"x":1}}"#;
    storage().set_item("t-newer:v1", newer).unwrap();
    let (host, shadow) = host(&[("data-storage-key", "t-newer")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    answer_first_question(&shadow).await;
    assert_eq!(
        storage().get_item("t-newer:v1").unwrap().as_deref(),
        Some(newer),
        "never downgraded"
    );
    assert!(keys_with("t-newer:backup").is_empty());
    let note = shadow.query_selector(".cc-device-note").unwrap().unwrap();
    assert!(note.text_content().unwrap().contains("newer version"));
    widget.unmount();
    host.remove();
    forget("t-newer");
}

/// A same-origin iframe: another browsing context, so its storage writes
/// reach this page as `storage` events, exactly as another tab's do.
fn other_tab() -> (web_sys::Element, web_sys::Storage) {
    let document = web_sys::window().unwrap().document().unwrap();
    let frame = document.create_element("iframe").unwrap();
    document.body().unwrap().append_child(&frame).unwrap();
    let window = frame
        .clone()
        .dyn_into::<web_sys::HtmlIFrameElement>()
        .unwrap()
        .content_window()
        .unwrap();
    (frame, window.local_storage().unwrap().unwrap())
}

async fn wait_ms(ms: u32) {
    gloo_timers::future::TimeoutFuture::new(ms).await;
}

#[wasm_bindgen_test]
async fn junk_from_another_tab_leaves_one_backup_and_room_for_the_shop() {
    let _serial = serial().await;
    forget("t-junk");
    forget("t-shop");
    let (host, shadow) = host(&[("data-storage-key", "t-junk")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    answer_first_question(&shadow).await;
    let (frame, theirs) = other_tab();
    for i in 0..30 {
        // 50 KB of junk each time: thirty backups would be 1.5 MB.
        theirs
            .set_item("t-junk:v1", &format!("{{junk {i} {}", "x".repeat(50_000)))
            .unwrap();
        wait_ms(20).await;
    }
    wait_ms(200).await;
    assert_eq!(
        keys_with("t-junk:backup"),
        ["t-junk:backup"],
        "at most one backup"
    );
    // The widget wrote its own answers back over the junk.
    let stored = storage().get_item("t-junk:v1").unwrap().unwrap();
    assert!(stored.contains("a_emergency"), "{:.80}", stored);
    storage()
        .set_item("t-shop", &"s".repeat(100_000))
        .expect("the shop can still write 100 KB");
    frame.remove();
    widget.unmount();
    host.remove();
    forget("t-junk");
    forget("t-shop");
}

#[wasm_bindgen_test]
async fn a_clear_in_another_tab_is_honoured() {
    let _serial = serial().await;
    forget("t-clear");
    let (host, shadow) = host(&[("data-storage-key", "t-clear")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    answer_first_question(&shadow).await;
    assert!(storage().get_item("t-clear:v1").unwrap().is_some());
    let (frame, theirs) = other_tab();
    theirs.clear().unwrap();
    wait_ms(500).await;
    assert!(
        storage().get_item("t-clear:v1").unwrap().is_none(),
        "not written back half a second later"
    );
    assert!(has(&shadow, ".cc-start"), "back at the start");
    let notice = shadow.query_selector(".cc-start-notice").unwrap().unwrap();
    assert!(notice.text_content().unwrap().contains("forgotten"));
    assert!(!has(&shadow, ".cc-continue"), "nothing left to continue");
    frame.remove();
    widget.unmount();
    host.remove();
    forget("t-clear");
}

#[wasm_bindgen_test]
async fn a_remove_by_this_page_is_honoured_at_the_next_save() {
    let _serial = serial().await;
    forget("t-gone");
    let (host, shadow) = host(&[("data-storage-key", "t-gone")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    answer_first_question(&shadow).await;
    // The shop's own script logs the visitor out: no storage event here.
    storage().remove_item("t-gone:v1").unwrap();
    click(&shadow, "input[value=none]");
    settle().await;
    click(&shadow, "button[type=submit]");
    settle().await;
    wait_ms(100).await;
    assert!(
        storage().get_item("t-gone:v1").unwrap().is_none(),
        "not written back"
    );
    assert!(has(&shadow, ".cc-start"), "forgotten here too");
    widget.unmount();
    host.remove();
    forget("t-gone");
}

#[wasm_bindgen_test]
async fn erase_everything_removes_every_trace() {
    let _serial = serial().await;
    forget("t-erase");
    let s = storage();
    let mut e = sample();
    e.delete("r1");
    e.add(SavedResult {
        id: "r2".into(),
        saved_at: 1_795_564_800_000,
        content_version: 1,
        answers: Default::default(),
        measurements: None,
    });
    s.set_item("t-erase:v1", &circulation_check::saved::encode(&e))
        .unwrap();
    s.set_item("t-erase:backup", "{old junk").unwrap();
    s.set_item("t-erase:backup:123", "{older junk").unwrap();
    let (host, shadow) = host(&[("data-storage-key", "t-erase")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    click(&shadow, ".cc-history-open");
    settle().await;
    click(&shadow, ".cc-erase-all");
    settle().await;
    click(&shadow, ".cc-confirm-yes");
    settle().await;
    assert!(
        keys_with("t-erase").is_empty(),
        "left: {:?}",
        keys_with("t-erase")
    );
    assert!(has(&shadow, ".cc-start"));
    assert!(!has(&shadow, ".cc-continue"), "no unfinished check either");
    let notice = shadow.query_selector(".cc-start-notice").unwrap().unwrap();
    assert!(notice.text_content().unwrap().contains("erased"));
    widget.unmount();
    host.remove();
    forget("t-erase");
}

/// Pastes `text` into "Bring back results" and returns the new message
/// and how long it took to appear, in milliseconds.
async fn paste_and_bring_back(shadow: &ShadowRoot, text: &str) -> (String, f64) {
    let message = || {
        shadow
            .query_selector(".cc-import-message")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    let before = message();
    let area: web_sys::HtmlTextAreaElement = shadow
        .query_selector("#cc-import-code")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    area.set_value(text);
    let performance = web_sys::window().unwrap().performance().unwrap();
    let started = performance.now();
    click(shadow, ".cc-import-go");
    loop {
        settle().await;
        let took = performance.now() - started;
        let now = message();
        if now != before || took > 2.0 * FREEZE_MS {
            return (now, took);
        }
    }
}

/// A freeze shows as seconds to minutes (the old quadratic reads); this
/// debug build on a busy machine takes a few hundred milliseconds, so the
/// bound here only catches a freeze. The release build's half second is
/// asserted end to end (`storage::hostile_imports_answer_quickly`).
const FREEZE_MS: f64 = 5_000.0;

#[wasm_bindgen_test]
async fn hostile_codes_get_a_message_without_freezing() {
    let _serial = serial().await;
    forget("t-huge");
    let (host, shadow) = host(&[("data-storage-key", "t-huge")]);
    let mut widget = embed::mount(&host, &shadow).unwrap();
    settle().await;
    click(&shadow, ".cc-history-open");
    settle().await;
    // 100,000 keys in reverse order, as a well-formed code.
    let keys: Vec<String> = (0..100_000).rev().map(|i| format!("\"k{i}\":0")).collect();
    let file = format!(
        r#"{{"v":1,"results":[{{"id":"a","saved_at":1,"answers":{{{}}}}}]}}"#,
        keys.join(",")
    );
    let (message, took) =
        paste_and_bring_back(&shadow, &circulation_check::saved::code_for(&file)).await;
    assert!(message.contains("does not look like"), "{message}");
    assert!(took < FREEZE_MS, "100,000 keys took {took} ms");
    // 12,000 results: the newest that fit are brought back, the rest named.
    let results: Vec<SavedResult> = (0..12_000u64)
        .map(|i| SavedResult {
            id: format!("{i:x}"),
            saved_at: 1_700_000_000_000 + i,
            content_version: 2,
            answers: Default::default(),
            measurements: None,
        })
        .collect();
    let file = circulation_check::saved::export_file(&results);
    let (message, took) = paste_and_bring_back(&shadow, &file).await;
    assert!(message.contains("did not fit"), "{message}");
    assert!(took < FREEZE_MS, "12,000 results took {took} ms");
    // More than any real copy: refused before it is read.
    let (message, took) = paste_and_bring_back(&shadow, &"A".repeat(2_000_000)).await;
    assert!(message.contains("too big"), "{message}");
    assert!(took < FREEZE_MS, "2 MB took {took} ms");
    widget.unmount();
    host.remove();
    forget("t-huge");
}

#[wasm_bindgen_test]
async fn the_nth_widget_of_a_key_keeps_its_own_data_whichever_mounts_first() {
    let _serial = serial().await;
    forget("t-nth");
    // The lower widget (second in the document) is scrolled to and mounts
    // first: it still gets `key~2`, and the upper one `key` afterwards.
    let (host_low, shadow_low) = host(&[("data-storage-key", "t-nth")]);
    let (host_up, shadow_up) = host(&[("data-storage-key", "t-nth")]);
    let mut low = embed::mount_nth(&host_low, &shadow_low, 2, None).unwrap();
    settle().await;
    answer_first_question(&shadow_low).await;
    let mut up = embed::mount_nth(&host_up, &shadow_up, 1, None).unwrap();
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
