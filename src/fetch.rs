//! The one network request the widget makes besides its own files: the
//! shop's product catalogue at `data-catalog-url`, fetched once at load,
//! before any answer, without cookies or other credentials, so it can say
//! nothing about the visitor. Everything else stays on the device.
//!
//! The body is read chunk by chunk and counted (`catalogue::Cap`) before
//! each chunk is copied into the wasm, so a catalogue over the cap is
//! refused, and the download cancelled, without being read whole.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, RequestCredentials, RequestInit, Response};

use crate::catalogue::{Cap, Warning};

/// Why there is no catalogue text.
#[derive(Debug, PartialEq)]
pub enum Refused {
    /// Offline, blocked by the page's CSP, an error status, a broken body.
    Unavailable,
    /// Over the cap: this one warning says so.
    TooBig(Warning),
}

/// The catalogue's text at `url`, or why not: the widget then shows the
/// shop link.
pub async fn catalogue(url: &str) -> Result<String, Refused> {
    let init = RequestInit::new();
    init.set_credentials(RequestCredentials::Omit);
    let window = web_sys::window().ok_or(Refused::Unavailable)?;
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .ok()
        .and_then(|r| r.dyn_into().ok())
        .ok_or(Refused::Unavailable)?;
    if !response.ok() {
        return Err(Refused::Unavailable);
    }
    read_capped(&response).await
}

/// A response's body as text, at most `catalogue::MAX_BYTES` of it: refused
/// at once when its `Content-Length` says more, else when the chunk that
/// passes the cap arrives (the rest is cancelled, never downloaded).
pub async fn read_capped(response: &Response) -> Result<String, Refused> {
    let length = response.headers().get("content-length").ok().flatten();
    let mut cap = Cap::start(length.as_deref()).map_err(Refused::TooBig)?;
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    let reader = ReadableStreamDefaultReader::new(&body).map_err(|_| Refused::Unavailable)?;
    let mut bytes = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| Refused::Unavailable)?;
        let field = |name: &str| Reflect::get(&chunk, &JsValue::from_str(name)).ok();
        if field("done").and_then(|d| d.as_bool()) != Some(false) {
            break;
        }
        let Some(value) = field("value").and_then(|v| v.dyn_into::<Uint8Array>().ok()) else {
            return Err(Refused::Unavailable);
        };
        // Counted from its JS length, before a byte of it is copied.
        if let Err(w) = cap.take(value.length() as usize) {
            let _ = reader.cancel();
            return Err(Refused::TooBig(w));
        }
        let at = bytes.len();
        bytes.resize(at + value.length() as usize, 0);
        value.copy_to(&mut bytes[at..]);
    }
    // As `Response.text()` reads it: UTF-8, a byte-order mark dropped.
    let text = String::from_utf8_lossy(&bytes);
    Ok(text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned())
}
