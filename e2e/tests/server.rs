//! The end-to-end server's own tests, natively over loopback (no browser):
//! every knob the scenarios and the benchmark turn (hooks, HTML headers,
//! replacements, generated pages, 404s, CORS, gzip, tampering, failing
//! requests), the MIME types browsers insist on, and no Nagle's delay.

use std::io::Read as _;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use circulation_e2e::server::{Server, Site, HOOKS_PATH};
use http::{header, HeaderMap, Request, StatusCode};
use http_body_util::{BodyExt as _, Empty};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

/// A wasm-like body large enough to span many TCP segments.
fn wasm_body() -> Vec<u8> {
    (0..120_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect()
}

const PAGE: &str = "<!doctype html><html><head><title>t</title>\
    <script src=\"{{ASSETS}}/app.js\"></script></head><body><h1>Shop</h1></body></html>";

/// A fresh directory with a small site in it: a page, a script, a wasm
/// file and a test page under `pages/`.
fn site_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "circulation-e2e-server-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("pages")).unwrap();
    std::fs::create_dir_all(dir.join("root/v1")).unwrap();
    std::fs::write(dir.join("root/index.html"), PAGE).unwrap();
    std::fs::write(
        dir.join("root/v1/app.js"),
        "export const x = 1;\n".repeat(50),
    )
    .unwrap();
    std::fs::write(dir.join("root/v1/app_bg.wasm"), wasm_body()).unwrap();
    std::fs::write(dir.join("pages/extra.html"), "<p>no head here</p>").unwrap();
    dir
}

fn site(dir: &std::path::Path) -> Site {
    Site {
        root: dir.join("root"),
        pages: Some(dir.join("pages")),
        ..Site::default()
    }
}

struct Got {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Got {
    fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .map_or("", |v| v.to_str().unwrap_or("(not text)"))
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

type HttpClient = Client<hyper_util::client::legacy::connect::HttpConnector, Empty<Bytes>>;

fn client() -> HttpClient {
    Client::builder(TokioExecutor::new()).build_http()
}

async fn get_with(client: &HttpClient, url: &str, headers: &[(&str, &str)]) -> Got {
    let mut request = Request::get(url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = client
        .request(request.body(Empty::new()).unwrap())
        .await
        .unwrap();
    let (parts, body) = response.into_parts();
    Got {
        status: parts.status,
        headers: parts.headers,
        body: body.collect().await.unwrap().to_bytes().to_vec(),
    }
}

async fn get(url: &str) -> Got {
    get_with(&client(), url, &[]).await
}

#[tokio::test]
async fn serves_files_with_the_types_browsers_need_and_no_cache() {
    let dir = site_dir("types");
    let server = Server::start(site(&dir)).await.unwrap();

    let wasm = get(&server.url("/v1/app_bg.wasm")).await;
    assert_eq!(wasm.status, StatusCode::OK);
    // Browsers refuse to stream-compile wasm of any other type.
    assert_eq!(wasm.header(header::CONTENT_TYPE), "application/wasm");
    assert_eq!(wasm.header(header::CACHE_CONTROL), "no-store");
    assert_eq!(wasm.body, wasm_body());

    let js = get(&server.url("/v1/app.js")).await;
    assert_eq!(js.header(header::CONTENT_TYPE), "text/javascript");

    let page = get(&server.url("/")).await;
    assert_eq!(
        page.header(header::CONTENT_TYPE),
        "text/html; charset=utf-8"
    );
    assert_eq!(page.header(header::CACHE_CONTROL), "no-store");

    let extra = get(&server.url("/__e2e/extra.html")).await;
    assert_eq!(extra.status, StatusCode::OK);
    assert!(
        extra.text().ends_with("<p>no head here</p>"),
        "{}",
        extra.text()
    );

    assert_eq!(
        get(&server.url("/nothing.js")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&server.url("/../Cargo.toml")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn every_html_page_loads_the_hooks_first() {
    let dir = site_dir("hooks");
    let server = Server::start(site(&dir)).await.unwrap();
    let tag = format!(r#"<script src="{HOOKS_PATH}"></script>"#);

    let page = get(&server.url("/")).await.text();
    assert!(page.contains(&format!("<head>{tag}<title>")), "{page}");
    // A page without <head> gets the hooks before anything else.
    let extra = get(&server.url("/__e2e/extra.html")).await.text();
    assert!(extra.starts_with(&tag), "{extra}");
    // Scripts are served as they are.
    let js = get(&server.url("/v1/app.js")).await.text();
    assert!(!js.contains(HOOKS_PATH));

    let hooks = get(&server.url(HOOKS_PATH)).await;
    assert_eq!(hooks.header(header::CONTENT_TYPE), "text/javascript");
    for recorded in [
        "console.error",
        "securitypolicyviolation",
        "unhandledrejection",
    ] {
        assert!(hooks.text().contains(recorded), "{recorded}");
    }
}

#[tokio::test]
async fn html_headers_replacements_and_generated_pages() {
    let dir = site_dir("html");
    let csp = "default-src 'self'";
    let server = Server::start(Site {
        html_headers: vec![("Content-Security-Policy".into(), csp.into())],
        replace: vec![("{{ASSETS}}".into(), "http://cdn.test".into())],
        ..site(&dir)
    })
    .await
    .unwrap();

    let page = get(&server.url("/")).await;
    assert_eq!(page.headers["content-security-policy"], csp);
    assert!(page.text().contains(r#"src="http://cdn.test/app.js""#));
    assert!(!page.text().contains("{{ASSETS}}"));
    let js = get(&server.url("/v1/app.js")).await;
    assert!(!js.headers.contains_key("content-security-policy"));

    assert_eq!(
        get(&server.url("/made.html")).await.status,
        StatusCode::NOT_FOUND
    );
    server.set_page("/made.html", "<head></head>{{ASSETS}}".into());
    let made = get(&server.url("/made.html")).await;
    assert_eq!(made.status, StatusCode::OK);
    assert_eq!(made.headers["content-security-policy"], csp);
    assert!(made.text().contains(HOOKS_PATH));
    assert!(made.text().ends_with("http://cdn.test"), "{}", made.text());
}

#[tokio::test]
async fn missing_suffixes_answer_404() {
    let dir = site_dir("missing");
    let server = Server::start(Site {
        missing: vec![".wasm".into()],
        ..site(&dir)
    })
    .await
    .unwrap();
    assert_eq!(
        get(&server.url("/v1/app_bg.wasm")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(get(&server.url("/v1/app.js")).await.status, StatusCode::OK);
}

#[tokio::test]
async fn cors_only_where_asked() {
    let dir = site_dir("cors");
    let origin = [("Origin", "http://shop.test")];
    let cdn = Server::start(Site {
        cors: true,
        ..site(&dir)
    })
    .await
    .unwrap();
    let plain = Server::start(site(&dir)).await.unwrap();

    let from_cdn = get_with(&client(), &cdn.url("/v1/app_bg.wasm"), &origin).await;
    assert_eq!(from_cdn.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), "*");
    let from_shop = get_with(&client(), &plain.url("/v1/app_bg.wasm"), &origin).await;
    assert!(!from_shop
        .headers
        .contains_key(header::ACCESS_CONTROL_ALLOW_ORIGIN));
}

fn gunzip(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(body)
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[tokio::test]
async fn gzip_when_the_site_and_the_client_ask_for_it() {
    let dir = site_dir("gzip");
    let gzip = Server::start(Site {
        gzip: true,
        ..site(&dir)
    })
    .await
    .unwrap();
    let plain = Server::start(site(&dir)).await.unwrap();
    let accept = [("Accept-Encoding", "gzip, deflate, br")];

    for path in ["/v1/app_bg.wasm", "/v1/app.js", "/"] {
        let got = get_with(&client(), &gzip.url(path), &accept).await;
        assert_eq!(got.status, StatusCode::OK, "{path}");
        assert_eq!(got.header(header::CONTENT_ENCODING), "gzip", "{path}");
        let raw = get(&gzip.url(path)).await;
        assert!(
            !raw.headers.contains_key(header::CONTENT_ENCODING),
            "{path}"
        );
        assert_eq!(gunzip(&got.body), raw.body, "{path}");
    }
    // The scripts compress well; the content type is kept.
    let js = get_with(&client(), &gzip.url("/v1/app.js"), &accept).await;
    assert!(js.body.len() < 200, "{} bytes", js.body.len());
    assert_eq!(js.header(header::CONTENT_TYPE), "text/javascript");
    // The HTML knobs come first, then compression.
    let page = get_with(&client(), &gzip.url("/"), &accept).await;
    assert!(String::from_utf8(gunzip(&page.body))
        .unwrap()
        .contains(HOOKS_PATH));

    let off = get_with(&client(), &plain.url("/v1/app.js"), &accept).await;
    assert!(!off.headers.contains_key(header::CONTENT_ENCODING));
}

#[tokio::test]
async fn tampered_files_differ_in_exactly_one_byte() {
    let dir = site_dir("tamper");
    let server = Server::start(Site {
        tamper: vec!["_bg.wasm".into()],
        gzip: true,
        ..site(&dir)
    })
    .await
    .unwrap();
    let original = wasm_body();
    for accept in [&[][..], &[("Accept-Encoding", "gzip")][..]] {
        let got = get_with(&client(), &server.url("/v1/app_bg.wasm"), accept).await;
        assert_eq!(got.status, StatusCode::OK);
        let body = if accept.is_empty() {
            got.body
        } else {
            gunzip(&got.body)
        };
        assert_eq!(body.len(), original.len());
        let changed = body.iter().zip(&original).filter(|(a, b)| a != b).count();
        assert_eq!(changed, 1, "{accept:?}");
    }
    let js = get(&server.url("/v1/app.js")).await;
    assert_eq!(js.text(), "export const x = 1;\n".repeat(50));
}

#[tokio::test]
async fn the_first_requests_fail_then_succeed() {
    let dir = site_dir("fail");
    let server = Server::start(Site {
        fail_first: vec![(".wasm".into(), 2)],
        ..site(&dir)
    })
    .await
    .unwrap();
    let url = server.url("/v1/app_bg.wasm");
    assert_eq!(get(&url).await.status, StatusCode::SERVICE_UNAVAILABLE);
    // Other paths are not affected.
    assert_eq!(get(&server.url("/v1/app.js")).await.status, StatusCode::OK);
    assert_eq!(get(&url).await.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(get(&url).await.status, StatusCode::OK);
    assert_eq!(get(&url).await.status, StatusCode::OK);
    // Armed again at run time, as a scenario on a shared server does.
    server.fail_next(".wasm", 1);
    assert_eq!(get(&url).await.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(get(&url).await.status, StatusCode::OK);
    assert_eq!(server.requests(".wasm"), 6);
    assert_eq!(server.requests("/app.js"), 1);
}

/// Nagle's algorithm holds a response's last small segment until the
/// client acknowledges the ones before, and Linux delays that ACK by about
/// 40 ms: now and then a file takes 40 ms more (with the delay back on,
/// 4 to 11 of these 120 requests did). Sequential requests on one
/// kept-alive connection show it; without the delay each takes about a
/// millisecond. Two slow requests are forgiven (a busy machine), not more.
#[tokio::test]
async fn no_nagle_delay_between_files() {
    let dir = site_dir("nagle");
    let server = Server::start(site(&dir)).await.unwrap();
    let client = client();
    let mut times = Vec::new();
    for i in 0..120 {
        let path = if i % 4 == 3 {
            "/v1/app.js"
        } else {
            "/v1/app_bg.wasm"
        };
        let t0 = Instant::now();
        let got = get_with(&client, &server.url(path), &[]).await;
        times.push(t0.elapsed());
        assert_eq!(got.status, StatusCode::OK);
    }
    let stalled = times
        .iter()
        .filter(|t| **t >= Duration::from_millis(35))
        .count();
    assert!(
        stalled <= 2,
        "{stalled} requests took 35 ms or more: {times:?}"
    );
}
