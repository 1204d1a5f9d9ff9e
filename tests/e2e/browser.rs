//! End-to-end tests: the release build in `dist/` served over HTTP and driven
//! in real browsers through WebDriver. Every scenario gets a fresh browser
//! session and fails on any uncaught error or console.error in the page.
//! Run with `E2E_ENGINES=chromium` (the default); prints one result line per
//! scenario and a closing "N passed, N failed" line per engine.

mod driver;
mod server;
mod widget;

use std::cell::RefCell;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::time::Instant;

use driver::{Driver, Engine};
use server::{Server, Site};
use widget::Page;

type Outcome = Result<(), String>;
type Scenario = for<'a> fn(&'a Ctx) -> Pin<Box<dyn Future<Output = Outcome> + 'a>>;

/// What every scenario can reach: the servers, the driver, where screenshots go.
pub struct Ctx {
    pub driver: Driver,
    /// The demo storefront and the widget files, from one origin.
    pub shop: Server,
    /// The same files, but the wasm answers 404.
    pub broken: Server,
    pub screenshots: PathBuf,
    /// Sessions opened by the running scenario; closed after it, pass or fail.
    pub sessions: RefCell<Vec<fantoccini::Client>>,
}

macro_rules! scenarios {
    ($($name:ident),* $(,)?) => {
        &[$((stringify!($name), |ctx| Box::pin($name(ctx)))),*]
    };
}

const SCENARIOS: &[(&str, Scenario)] = scenarios![
    demo_page_shows_the_start_screen,
    start_screen_at_phone_width,
    missing_wasm_shows_a_plain_message,
];

/// The demo storefront loads the widget from the embed snippet and shows the
/// start screen with everything a visitor must know before starting.
async fn demo_page_shows_the_start_screen(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/"), 1280, 900).await?;
    page.wait_for(".cc-start").await?;
    let text = page.text(".cc-start").await?;
    for expected in [
        "Circulation Check",
        "3 minutes",
        "stay on this device",
        "not medical advice",
    ] {
        if !text.contains(expected) {
            return page
                .fail(format!("start screen lacks {expected:?}: {text:?}"))
                .await;
        }
    }
    let button = page.find(".cc-start button").await?;
    if button.text().await.map_err(|e| e.to_string())? != "Start the check" {
        return page.fail("no Start button").await;
    }
    page.screenshot("demo-start-1280").await?;
    page.finish().await
}

async fn start_screen_at_phone_width(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check"), 375, 812).await?;
    page.wait_for(".cc-start").await?;
    // Nothing inside the widget may be wider than a phone screen.
    let overflow: bool = page
        .eval("const c = widget().querySelector('.cc-card'); return c.scrollWidth > c.clientWidth + 1;")
        .await?
        .as_bool()
        .unwrap_or(true);
    if overflow {
        return page.fail("the widget overflows at 375 px").await;
    }
    page.scroll_into_view(".cc-start").await?;
    page.screenshot("demo-start-375").await?;
    page.finish().await
}

/// When the wasm cannot load, the element says so plainly and the host page
/// keeps working.
async fn missing_wasm_shows_a_plain_message(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.broken.url("/"), 1280, 900).await?;
    page.wait_for("p[role=status]").await?;
    let text = page.text("p[role=status]").await?;
    if !text.contains("could not load") {
        return page
            .fail(format!("unexpected fallback text {text:?}"))
            .await;
    }
    let title: String = page
        .eval("return document.querySelector('h1').textContent")
        .await?
        .to_string();
    if !title.contains("Compression Socks") {
        return page.fail("the host page broke").await;
    }
    // The failed load is reported as a warning, not an error; nothing else.
    page.finish().await
}

#[tokio::main]
async fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dist = std::env::var_os("CIRCULATION_DIST")
        .map(PathBuf::from)
        .unwrap_or(root.join("dist"));
    if !dist.join("index.html").is_file() {
        eprintln!(
            "no build in {}: run `bash scripts/test.sh` (it builds first)",
            dist.display()
        );
        std::process::exit(2);
    }
    let screenshots = root.join("target/screenshots");
    std::fs::create_dir_all(&screenshots).expect("create target/screenshots");
    let site = Site {
        root: dist.clone(),
        pages: Some(root.join("tests/e2e/pages")),
        ..Site::default()
    };
    let mut shop = Server::start(site.clone());
    let mut broken = Server::start(Site {
        missing: vec![".wasm".into()],
        ..site
    });

    let engines = std::env::var("E2E_ENGINES").unwrap_or_else(|_| "chromium".into());
    let filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let mut failed_total = 0;
    for name in engines.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let Some(engine) = Engine::parse(name) else {
            eprintln!("unknown engine {name:?}");
            std::process::exit(2);
        };
        let driver = match Driver::start(engine).await {
            Ok(driver) => driver,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        let ctx = Ctx {
            driver,
            shop,
            broken,
            screenshots: screenshots.clone(),
            sessions: RefCell::default(),
        };
        let started = Instant::now();
        let (mut passed, mut failed) = (0, 0);
        for (scenario, run) in SCENARIOS {
            if filter.as_deref().is_some_and(|f| !scenario.contains(f)) {
                continue;
            }
            let t0 = Instant::now();
            let outcome = run(&ctx).await;
            let sessions = ctx.sessions.take();
            for session in sessions {
                let _ = session.close().await;
            }
            match outcome {
                Ok(()) => {
                    passed += 1;
                    println!(
                        "test e2e[{name}] {scenario} ... ok ({} ms)",
                        t0.elapsed().as_millis()
                    );
                }
                Err(e) => {
                    failed += 1;
                    println!(
                        "test e2e[{name}] {scenario} ... FAILED ({} ms)\n    {e}",
                        t0.elapsed().as_millis()
                    );
                }
            }
        }
        println!(
            "e2e[{name}]: {passed} passed, {failed} failed in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        failed_total += failed;
        (shop, broken) = (ctx.shop, ctx.broken);
    }
    std::process::exit(if failed_total == 0 { 0 } else { 1 });
}
