//! The one network request the widget makes besides its own files: the
//! shop's product catalogue at `data-catalog-url`, fetched once at load,
//! before any answer, without cookies or other credentials, so it can say
//! nothing about the visitor. Everything else stays on the device.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCredentials, RequestInit, Response};

/// The text at `url`, or `None` if it cannot be had (offline, blocked by
/// the page's CSP, an error status): the widget then shows the shop link.
pub async fn text(url: &str) -> Option<String> {
    let init = RequestInit::new();
    init.set_credentials(RequestCredentials::Omit);
    let window = web_sys::window()?;
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
