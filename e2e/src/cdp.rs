//! A Chrome DevTools Protocol command through chromedriver's passthrough
//! (`POST /session/{id}/goog/cdp/execute`), which WebDriver has no verb
//! for: CPU and network throttling for the benchmark, print media for a
//! scenario. Chromium only.

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

/// One command: its method and parameters, e.g.
/// `Cdp("Emulation.setEmulatedMedia", json!({ "media": "print" }))`.
#[derive(Debug)]
pub struct Cdp(pub &'static str, pub Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.0, "params": self.1 });
        (http::Method::POST, Some(body.to_string()))
    }
}
