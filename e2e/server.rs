//! A small static file server over std::net, so the tests load the built
//! widget over real HTTP the way a shop serves it, with per-site knobs the
//! tests need: extra headers (a strict CSP), paths that answer 404 (a
//! missing wasm file) and CORS for a second origin.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;

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
// Warnings are allowed (wrong attributes warn once each), but tests count them.
window.__ccWarnings = [];
const originalWarn = console.warn;
console.warn = function (...args) {
  window.__ccWarnings.push(args.map(String).join(" "));
  return originalWarn.apply(this, args);
};
"#;

/// What one server serves and how.
#[derive(Clone, Default)]
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
    /// Pages made by the tests at run time (path to HTML), such as one
    /// built from the README's snippet.
    pub generated: Arc<Mutex<HashMap<String, String>>>,
    /// Text replacements applied to HTML pages, e.g. "{{ASSETS}}" to the
    /// origin that serves the widget's files.
    pub replace: Vec<(String, String)>,
}

/// A running server; it lives until the test process ends.
#[derive(Clone, Copy)]
pub struct Server {
    pub port: u16,
}

impl Server {
    pub fn start(site: Site) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let port = listener.local_addr().expect("local address").port();
        let site = Arc::new(site);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let site = Arc::clone(&site);
                thread::spawn(move || {
                    let _ = handle(&site, stream);
                });
            }
        });
        Server { port }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path)
    }

    /// This server's origin, e.g. "http://127.0.0.1:4321".
    pub fn origin(&self) -> String {
        self.url("")
    }
}

fn handle(site: &Site, mut stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; the server needs none of them.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");

    let generated = site
        .generated
        .lock()
        .map(|g| g.get(path).cloned())
        .unwrap_or_default();
    let (status, body, mime) = match resolve(site, path) {
        _ if generated.is_some() => (
            "200 OK",
            generated.unwrap_or_default().into_bytes(),
            "text/html; charset=utf-8",
        ),
        Some((file, mime)) if !site.missing.iter().any(|m| path.ends_with(m.as_str())) => {
            match std::fs::read(&file) {
                Ok(body) => ("200 OK", body, mime),
                Err(_) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
            }
        }
        _ if path == "/__e2e/hooks.js" => {
            ("200 OK", HOOKS_JS.as_bytes().to_vec(), "text/javascript")
        }
        _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let body = if mime.starts_with("text/html") {
        inject_hooks(replace(site, body))
    } else {
        body
    };

    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        body.len()
    );
    if site.cors {
        head.push_str("Access-Control-Allow-Origin: *\r\n");
    }
    if mime.starts_with("text/html") {
        for (name, value) in &site.html_headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str("\r\n");
    // One write, without Nagle's delay: a header written apart from its body
    // waits for the client's delayed ACK (about 40 ms on Linux loopback),
    // which real servers do not add and which would skew every timing.
    stream.set_nodelay(true)?;
    let mut response = head.into_bytes();
    response.extend_from_slice(&body);
    stream.write_all(&response)?;
    stream.flush()
}

/// Maps a URL path to a file under the site's directories, refusing "..".
fn resolve(site: &Site, path: &str) -> Option<(PathBuf, &'static str)> {
    let (base, rest) = match path.strip_prefix("/__e2e/") {
        Some(rest) => (site.pages.as_ref()?, rest),
        None => (&site.root, path.trim_start_matches('/')),
    };
    let rest = if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_owned()
    };
    let relative = Path::new(&rest);
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let file = base.join(relative);
    file.is_file().then(|| {
        let mime = match file.extension().and_then(|e| e.to_str()) {
            Some("html") => "text/html; charset=utf-8",
            Some("js" | "mjs") => "text/javascript",
            Some("wasm") => "application/wasm",
            Some("css") => "text/css",
            Some("svg") => "image/svg+xml",
            Some("json") => "application/json",
            Some("png") => "image/png",
            _ => "application/octet-stream",
        };
        (file, mime)
    })
}

fn replace(site: &Site, body: Vec<u8>) -> Vec<u8> {
    if site.replace.is_empty() {
        return body;
    }
    let mut html = String::from_utf8_lossy(&body).into_owned();
    for (from, to) in &site.replace {
        html = html.replace(from.as_str(), to);
    }
    html.into_bytes()
}

fn inject_hooks(body: Vec<u8>) -> Vec<u8> {
    let html = String::from_utf8_lossy(&body);
    let tag = r#"<script src="/__e2e/hooks.js"></script>"#;
    match html.find("<head>") {
        Some(i) => format!("{}{tag}{}", &html[..i + 6], &html[i + 6..]).into_bytes(),
        None => format!("{tag}{html}").into_bytes(),
    }
}
