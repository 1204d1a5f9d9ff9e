//! Load cost as behaviour (timings are the benchmark's job, `bash
//! scripts/bench.sh`, never asserted here): a page whose widget is far below
//! the fold downloads the loader only, until the visitor scrolls near it.

use std::time::Duration;

use circulation_e2e::page::Page;
use circulation_e2e::{check, Ctx, Outcome};

/// How many of the widget's glue and wasm files the page has fetched.
const FETCHED: &str = "return performance.getEntriesByType('resource')
    .filter((e) => /circulation-check-[0-9a-f]+(\\.js|_bg\\.wasm)$/.test(e.name)).length;";

/// The widget five screens down: no glue or wasm before the visitor
/// scrolls; scrolled to, it loads and shows the start screen.
pub async fn widget_far_below_loads_only_when_scrolled_to(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/__e2e/lazy.html")).await?;
    // The loader has run (the element is defined) and the page is loaded;
    // then a moment for anything the loader might still fetch.
    for _ in 0..200 {
        let ready = page
            .eval("return document.readyState === 'complete' && !!customElements.get('circulation-check');")
            .await?;
        if ready.as_bool() == Some(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = page.eval(FETCHED).await?;
    check!(
        page,
        before.as_u64() == Some(0),
        "{before} widget files fetched before the widget came near the viewport"
    );
    let empty = page
        .eval("return !__ccRoot(document.querySelector('circulation-check'))?.firstChild;")
        .await?;
    check!(
        page,
        empty.as_bool() == Some(true),
        "the widget rendered while far below the fold"
    );
    page.eval("document.querySelector('circulation-check').scrollIntoView({block: 'start'});")
        .await?;
    page.wait_for(".cc-start").await?;
    let after = page.eval(FETCHED).await?;
    check!(
        page,
        after.as_u64() == Some(2),
        "expected the glue and the wasm after scrolling, fetched {after}"
    );
    page.screenshot("lazy-start").await?;
    page.finish().await
}
