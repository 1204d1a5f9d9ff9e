//! Files for the visitor's own copy of their results: a Blob and object URL
//! behind an `<a download>` (no inline script, no network), and reading a
//! chosen file's text. Nothing here leaves the device.

use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag, File, Url};

/// An object URL for `text` as a JSON file; revoke it with [`revoke`].
pub fn object_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

/// Frees an object URL made by [`object_url`].
pub fn revoke(url: &str) {
    let _ = Url::revoke_object_url(url);
}

/// The text of a chosen file, or `None` if it cannot be read. The caller
/// checks the size first (`saved::MAX_IMPORT_BYTES`).
pub async fn read_text(file: File) -> Option<String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}
