//! The catalogue download cap in a real browser: a 5 MB body, streamed or
//! with its `Content-Length`, is refused with the size warning by the
//! fetch helper without being read whole; a small one reads as text.
#![cfg(target_arch = "wasm32")]

use circulation_check::fetch::{catalogue, read_capped, Refused};
use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Response;

wasm_bindgen_test_configure!(run_in_browser);

/// A response streaming 5 MB in 64 KB chunks, and the stream's record of
/// how many chunks were pulled and whether it was cancelled.
fn streamed_5_mb() -> (Response, JsValue) {
    let make = Function::new_no_args(
        "const seen = { pulls: 0, cancelled: false };
         const stream = new ReadableStream({
           pull(c) {
             if (seen.pulls === 80) { c.close(); return; }
             seen.pulls += 1;
             c.enqueue(new Uint8Array(65536).fill(32));
           },
           cancel() { seen.cancelled = true; },
         });
         return [new Response(stream), seen];",
    );
    let pair: js_sys::Array = make.call0(&JsValue::NULL).unwrap().unchecked_into();
    (pair.get(0).unchecked_into(), pair.get(1))
}

fn field(o: &JsValue, name: &str) -> JsValue {
    Reflect::get(o, &name.into()).unwrap()
}

fn too_big(r: &Result<String, Refused>) -> bool {
    matches!(r, Err(Refused::TooBig(w)) if w.message().contains("larger than 512 KB"))
}

#[wasm_bindgen_test]
async fn a_streamed_5_mb_catalogue_is_refused_and_cancelled_unread() {
    let (response, seen) = streamed_5_mb();
    let read = read_capped(&response).await;
    assert!(too_big(&read), "{read:?}");
    assert_eq!(field(&seen, "cancelled"), JsValue::TRUE);
    let pulls = field(&seen, "pulls").as_f64().unwrap();
    assert!(pulls < 20.0, "{pulls} chunks of 80 pulled");
}

#[wasm_bindgen_test]
async fn a_5_mb_catalogue_by_its_length_is_refused_before_reading() {
    // A blob: URL is fetched like any URL and says its Content-Length.
    let make = Function::new_no_args(
        "return URL.createObjectURL(new Blob([new Uint8Array(5 * 1024 * 1024).fill(32)]));",
    );
    let url = make.call0(&JsValue::NULL).unwrap().as_string().unwrap();
    let read = catalogue(&url).await;
    web_sys::Url::revoke_object_url(&url).unwrap();
    assert!(too_big(&read), "{read:?}");
}

#[wasm_bindgen_test]
async fn a_small_catalogue_reads_as_text() {
    let response = Response::new_with_opt_str(Some("\u{feff}{\"version\":1}")).unwrap();
    assert_eq!(
        read_capped(&response).await,
        Ok("{\"version\":1}".to_owned())
    );
}
