//! The static file server the tests load the built widget from, over real
//! HTTP as a shop serves it: axum's server with tower-http's file service
//! (MIME types, `application/wasm` included), CORS, header and gzip layers,
//! plus one middleware for the knobs the scenarios turn per site: the test
//! hooks injected into every HTML page, extra headers on HTML (a strict
//! CSP), text replacements, paths that answer 404, pages made at run time,
//! bodies served with one byte changed, requests that fail a given number
//! of times before they succeed, and responses held back until a scenario
//! lets them go.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use anyhow::Context as _;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::serve::ListenerExt;
use axum::Router;
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::cors::{Any, CorsLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// A blank page every server answers, where the harness empties a recycled
/// session's storage for the origin (`driver::Driver::recycle`): a missing
/// file would not do, as Chromium shows its own error page for an empty
/// 404, where the origin's storage cannot be reached.
pub const EMPTY_PAGE: &str = "/__e2e-empty";

/// Where the hooks script is served; every HTML page loads it first.
pub const HOOKS_PATH: &str = "/__e2e/hooks.js";

/// Script injected into every HTML page first: records uncaught errors and
/// console.error calls inside the page, which works the same in every engine.
const HOOKS_JS: &str = r#"// Test hooks: record page errors for the end-to-end tests.
window.__ccErrors = [];
const original = console.error;
console.error = function (...args) {
  window.__ccErrors.push(args.map(String).join(" "));
  return original.apply(this, args);
};
addEventListener("error", (e) => window.__ccErrors.push("uncaught: " + e.message));
addEventListener("unhandledrejection", (e) => window.__ccErrors.push("unhandled rejection: " + e.reason));
// A strict Content-Security-Policy must see no violation at all.
addEventListener("securitypolicyviolation", (e) =>
  window.__ccErrors.push("CSP violation: " + e.violatedDirective + " " + e.blockedURI));
// The loader shows the prerendered start screen by setting a shadow root's
// innerHTML; the app's first render then replaces that root. The flag lets
// the tests wait for the app (Page::wait_for) or for the prerendered screen.
const innerHTML = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, "innerHTML");
if (innerHTML?.set) {
  Object.defineProperty(ShadowRoot.prototype, "innerHTML", {
    ...innerHTML,
    set(html) {
      innerHTML.set.call(this, html);
      if (this.firstElementChild) this.firstElementChild.__ccPrerendered = true;
    },
  });
}
// The widget's shadow root is closed, so that session recorders cannot
// walk it (loader/circulation-check.js). The tests must look inside, and
// axe-core reads only open roots, so on every test page the hooks open it
// (and the server opens an embed snippet's declarative root), except on a
// page whose URL asks for the real thing with `closed-root` (the
// session-recorder scenario): there they only keep what attachShadow or
// the element's internals returned, as the loader does. `__ccRoot(host)`
// is the tests' way in.
{
  const attach = Element.prototype.attachShadow;
  const internals = HTMLElement.prototype.attachInternals;
  const roots = new WeakMap();
  const real = new URLSearchParams(location.search).has("closed-root");
  Element.prototype.attachShadow = function (init) {
    const ours = this.localName === "circulation-check";
    const root = attach.call(this, ours && !real ? { ...init, mode: "open" } : init);
    if (ours) roots.set(this, root);
    return root;
  };
  if (internals)
    HTMLElement.prototype.attachInternals = function () {
      const made = internals.call(this);
      if (this.localName === "circulation-check" && made.shadowRoot) roots.set(this, made.shadowRoot);
      return made;
    };
  window.__ccRoot = (host) => host?.shadowRoot ?? roots.get(host) ?? null;
}
// Warnings are allowed (wrong attributes warn once each), but tests count them.
window.__ccWarnings = [];
const originalWarn = console.warn;
console.warn = function (...args) {
  window.__ccWarnings.push(args.map(String).join(" "));
  return originalWarn.apply(this, args);
};
"#;

/// What one server serves and how. Path suffixes match the end of the URL
/// path (no query), e.g. ".wasm" or "/circulation-check.js".
#[derive(Clone, Debug, Default)]
pub struct Site {
    /// Directory served at "/".
    pub root: PathBuf,
    /// Extra test pages served under "/__e2e/".
    pub pages: Option<PathBuf>,
    /// Headers added to every HTML response, such as a CSP.
    pub html_headers: Vec<(String, String)>,
    /// Path suffixes that answer 404, to simulate a missing file.
    pub missing: Vec<String>,
    /// Allow any origin to fetch (the files served from a CDN-like origin).
    pub cors: bool,
    /// Text replacements applied to HTML pages, e.g. "{{ASSETS}}" to the
    /// origin that serves the widget's files.
    pub replace: Vec<(String, String)>,
    /// Compress responses with gzip for clients that accept it, as a CDN
    /// serves them (level 9, so the bytes on the wire match the gzip column
    /// of `scripts/sizes.mjs`; it costs a few ms of CPU per file).
    pub gzip: bool,
    /// Path suffixes whose body is served with one byte changed (the middle
    /// one), as a corrupted CDN copy would be: an integrity check must
    /// refuse it.
    pub tamper: Vec<String>,
    /// (path suffix, N): the first N requests for such a path answer 503;
    /// later ones succeed. `Server::fail_next` arms it again at run time.
    pub fail_first: Vec<(String, usize)>,
}

/// A running server, a cheap handle to it; it serves until the process ends.
#[derive(Clone)]
pub struct Server {
    origin: String,
    shared: Arc<Shared>,
}

/// What the middleware reads and the tests change while the server runs.
struct Shared {
    site: Site,
    /// Pages made by the tests at run time (URL path to HTML), such as one
    /// built from the element-only snippet in docs/embedding.md.
    pages: Mutex<HashMap<String, String>>,
    /// Failures still to serve, per path suffix.
    failures: Mutex<Vec<(String, usize)>>,
    /// Path suffixes served changed by one byte now (`Site::tamper`, and
    /// what `Server::tamper_while` adds for a scenario).
    tampering: Mutex<Vec<String>>,
    /// Every request's path, in order.
    requests: Mutex<Vec<String>>,
    /// Path suffixes whose responses wait (`Server::hold_while`).
    held: Mutex<Vec<String>>,
    /// Wakes the waiting requests when a hold ends.
    released: tokio::sync::Notify,
}

/// A poisoned lock only means another request panicked; the data is fine.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Server {
    /// Starts serving `site` on a free loopback port (on the current tokio
    /// runtime).
    pub async fn start(site: Site) -> anyhow::Result<Server> {
        let shared = Arc::new(Shared {
            failures: Mutex::new(site.fail_first.clone()),
            tampering: Mutex::new(site.tamper.clone()),
            pages: Mutex::default(),
            requests: Mutex::default(),
            held: Mutex::default(),
            released: tokio::sync::Notify::new(),
            site,
        });
        let site = &shared.site;
        let mut router = Router::new();
        if let Some(pages) = &site.pages {
            router = router.nest_service("/__e2e", ServeDir::new(pages));
        }
        // Layers wrap what is above them: the knobs see the files' responses,
        // then every response gets the headers, then (outermost) gzip, so
        // what is compressed is what the knobs made.
        router = router
            .fallback_service(ServeDir::new(&site.root))
            .layer(middleware::from_fn_with_state(Arc::clone(&shared), knobs))
            // Every run starts cold: a browser must never reuse a file from
            // an earlier scenario.
            .layer(SetResponseHeaderLayer::overriding(
                header::CACHE_CONTROL,
                HeaderValue::from_static("no-store"),
            ));
        if site.cors {
            router = router.layer(CorsLayer::new().allow_origin(Any));
        }
        if site.gzip {
            router = router.layer(CompressionLayer::new().quality(CompressionLevel::Best));
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .context("bind a loopback port")?;
        let origin = format!("http://{}", listener.local_addr()?);
        // No Nagle's delay: a response's last small segment would otherwise
        // wait for the client's delayed ACK (about 40 ms on Linux loopback),
        // which real servers do not add and which would skew every timing.
        let listener = listener.tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
        tokio::spawn(async move {
            if let Err(e) = axum::serve(listener, router).await {
                eprintln!("e2e server stopped: {e}");
            }
        });
        Ok(Server { origin, shared })
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// This server's origin, e.g. "http://127.0.0.1:4321".
    pub fn origin(&self) -> String {
        self.origin.clone()
    }

    /// Serves `html` at `path` from now on (hooks and replacements applied
    /// as to any HTML page).
    pub fn set_page(&self, path: &str, html: String) {
        lock(&self.shared.pages).insert(path.to_owned(), html);
    }

    /// The next `n` requests for a path ending in `suffix` answer 503. The
    /// servers live across scenarios, so a scenario arms its own failures.
    pub fn fail_next(&self, suffix: &str, n: usize) {
        let mut failures = lock(&self.shared.failures);
        failures.retain(|(s, _)| s != suffix);
        failures.push((suffix.to_owned(), n));
    }

    /// Serves paths ending in `suffix` changed by one byte until the guard
    /// is dropped, so a scenario that fails half-way leaves no tampering
    /// for the next one (the servers live across scenarios).
    pub fn tamper_while(&self, suffix: &str) -> Tampering {
        lock(&self.shared.tampering).push(suffix.to_owned());
        Tampering {
            shared: Arc::clone(&self.shared),
            suffix: suffix.to_owned(),
        }
    }

    /// How many requests so far were for a path ending in `suffix`.
    pub fn requests(&self, suffix: &str) -> usize {
        lock(&self.shared.requests)
            .iter()
            .filter(|p| p.ends_with(suffix))
            .count()
    }
}

impl Server {
    /// Requests for paths ending in `suffix` wait (the browser sees a slow
    /// download) until the guard is dropped, so a scenario can look at the
    /// page before a file arrives.
    pub fn hold_while(&self, suffix: &str) -> Holding {
        lock(&self.shared.held).push(suffix.to_owned());
        Holding {
            shared: Arc::clone(&self.shared),
            suffix: suffix.to_owned(),
        }
    }
}

/// A scenario's hold on one path suffix; the held requests go on when it
/// is dropped.
pub struct Holding {
    shared: Arc<Shared>,
    suffix: String,
}

impl Drop for Holding {
    fn drop(&mut self) {
        let mut list = lock(&self.shared.held);
        if let Some(i) = list.iter().position(|s| *s == self.suffix) {
            list.remove(i);
        }
        drop(list);
        self.shared.released.notify_waiters();
    }
}

/// A scenario's tampering with one path suffix; it ends when dropped.
pub struct Tampering {
    shared: Arc<Shared>,
    suffix: String,
}

impl Drop for Tampering {
    fn drop(&mut self) {
        let mut list = lock(&self.shared.tampering);
        if let Some(i) = list.iter().position(|s| *s == self.suffix) {
            list.remove(i);
        }
    }
}

/// The per-site knobs, around the file service.
async fn knobs(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    let site = &shared.site;
    let path = request.uri().path().to_owned();
    // The session-recorder scenario asks for the widget's real, closed
    // shadow root; every other page gets it open (see HOOKS_JS).
    let closed_root = request
        .uri()
        .query()
        .is_some_and(|q| q.contains("closed-root"));
    // A HEAD response has no body to change.
    let head = request.method() == Method::HEAD;
    lock(&shared.requests).push(path.clone());
    let ends = |list: &[String]| list.iter().any(|s| path.ends_with(s.as_str()));
    loop {
        // Registered before the check, so a release in between still wakes it.
        let released = shared.released.notified();
        if !ends(&lock(&shared.held)) {
            break;
        }
        released.await;
    }

    let failing = lock(&shared.failures)
        .iter_mut()
        .find(|(s, n)| *n > 0 && path.ends_with(s.as_str()))
        .map(|(_, n)| *n -= 1)
        .is_some();
    if failing {
        return (StatusCode::SERVICE_UNAVAILABLE, "failing on purpose").into_response();
    }
    if ends(&site.missing) {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    }
    let generated = lock(&shared.pages).get(&path).cloned();
    let response = if let Some(html) = generated {
        ([(header::CONTENT_TYPE, "text/html")], html).into_response()
    } else if path == EMPTY_PAGE {
        let page = "<!doctype html><meta charset=\"utf-8\"><title>Empty</title>";
        ([(header::CONTENT_TYPE, "text/html")], page).into_response()
    } else if path == HOOKS_PATH {
        ([(header::CONTENT_TYPE, "text/javascript")], HOOKS_JS).into_response()
    } else {
        next.run(request).await
    };

    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let tamper = ends(&lock(&shared.tampering));
    if head || response.status() != StatusCode::OK || !(is_html || tamper) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let mut bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes.to_vec(),
        Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    };
    if is_html {
        let mut html = replace(site, &bytes);
        if !closed_root {
            html = html.replace(r#"shadowrootmode="closed""#, r#"shadowrootmode="open""#);
        }
        bytes = inject_hooks(&html).into_bytes();
        parts.headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        for (name, value) in &site.html_headers {
            if let (Ok(name), Ok(value)) = (
                HeaderName::try_from(name.as_str()),
                HeaderValue::try_from(value.as_str()),
            ) {
                parts.headers.insert(name, value);
            }
        }
    }
    if tamper && !bytes.is_empty() {
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x01;
    }
    // The body's length changed (or may have): hyper sets it anew.
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(bytes))
}

fn replace(site: &Site, body: &[u8]) -> String {
    let mut html = String::from_utf8_lossy(body).into_owned();
    for (from, to) in &site.replace {
        html = html.replace(from.as_str(), to);
    }
    html
}

/// Puts the hooks script first in `<head>`, so it runs before anything else.
fn inject_hooks(html: &str) -> String {
    let tag = format!(r#"<script src="{HOOKS_PATH}"></script>"#);
    match html.find("<head>") {
        Some(i) => format!("{}{tag}{}", &html[..i + 6], &html[i + 6..]),
        None => format!("{tag}{html}"),
    }
}
