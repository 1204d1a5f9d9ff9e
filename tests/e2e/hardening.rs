//! The loader on a hostile page and a CDN that cannot be trusted: a glue or
//! wasm file changed by one byte is refused (same origin and another one),
//! a failed download is tried once more on the next interaction, a
//! throwing `performance.mark` changes nothing, a second loader copy or a
//! name clash warns once, unkeyed widgets keep their data in document order
//! whichever loads first, and a widget's print leaves the page printable.
//!
//! Faults come from `server::plant` (a guard: they end with the scenario)
//! and requests are counted with `server::served`; pages are
//! `pages/hardening*.html`. Scenarios use only `Page` and `Ctx`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use serde_json::{json, Value};

use crate::driver::Engine;
use crate::quiz;
use crate::server::{plant, served, Faults};
use crate::widget::{Input, Page};
use crate::{Ctx, Outcome};

/// The loader's plain message, in place of the widget (the mounted widget
/// has a visually hidden status line of its own).
const FALLBACK: &str = "p[role=status]:not(.cc-visually-hidden)";

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// The hashed glue and wasm file names of the build under test.
fn built_files() -> Result<(String, String), String> {
    let dist = std::env::var_os("CIRCULATION_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../dist")));
    let dir = dist.join("circulation-check/v1");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    let find = |test: &dyn Fn(&str) -> bool| names.iter().find(|n| test(n)).cloned();
    let glue = find(&|n| n.starts_with("circulation-check-") && n.ends_with(".js"));
    let wasm = find(&|n| n.ends_with("_bg.wasm"));
    let (glue, wasm) = glue
        .zip(wasm)
        .ok_or_else(|| format!("no hashed glue or wasm in {}", dir.display()))?;
    // The planted tampering must change these very files, or a "refused"
    // would prove nothing.
    for file in [&glue, &wasm] {
        let body = std::fs::read(dir.join(file)).map_err(err)?;
        if crate::server::tampered(file, body).is_none() {
            return Err(format!("server::tampered cannot change {file}: update it"));
        }
    }
    Ok((glue, wasm))
}

/// Polls `script` (a function body returning a value) until it returns
/// `true`, for up to 10 s.
async fn until(page: &Page<'_>, what: &str, script: &str) -> Outcome {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if page.eval(script).await? == Value::Bool(true) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return page.fail(format!("timed out waiting for {what}")).await;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Loads `url` in the page's session: a new document, so a new module map,
/// with the page's localStorage kept.
async fn go(page: &Page<'_>, url: &str) -> Outcome {
    page.client.goto(url).await.map_err(err)
}

/// The warnings the page logged that contain `text`.
async fn warnings(page: &Page<'_>, text: &str) -> Result<Vec<String>, String> {
    let list = page
        .eval(&format!(
            "return window.__ccWarnings.filter((w) => w.includes({}));",
            Value::from(text)
        ))
        .await?;
    Ok(list
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|w| w.as_str().map(str::to_owned))
        .collect())
}

/// The first widget shows the plain fallback message and nothing else, and
/// the host page around it is whole.
async fn refused(page: &Page<'_>, case: &str) -> Outcome {
    page.wait_for(FALLBACK).await?;
    let seen = page
        .eval(
            "return [widget().textContent.includes('could not load'), widget().querySelector('.cc-card') === null,
                     (document.querySelector('h1')?.textContent ?? '').length > 0];",
        )
        .await?;
    if seen != json!([true, true, true]) {
        return page
            .fail(format!(
                "{case}: [fallback, no widget, page heading] = {seen}"
            ))
            .await;
    }
    let warned = warnings(page, "could not start").await?;
    if warned.len() != 1 {
        return page
            .fail(format!("{case}: expected one warning, got {warned:?}"))
            .await;
    }
    page.finish().await.map_err(|e| format!("{case}: {e}"))
}

/// A glue or a wasm file changed by one byte is refused, from the shop's
/// own origin and from another one (a CDN, with CORS): the element shows
/// its fallback and the page carries on. Untampered, each file is fetched
/// exactly once (the responses are `no-store`): the glue module that the
/// loader imports is the one its integrity-checked `<script>` loaded.
pub async fn a_file_changed_by_one_byte_is_refused(ctx: &Ctx) -> Outcome {
    let (glue, wasm) = built_files()?;
    let same = ctx.shop.url("/__e2e/hardening.html");
    let cdn = ctx.cross.url("/__e2e/cross-origin.html");
    let page = Page::open(ctx, &same).await?;
    page.wait_for(".cc-start").await?;
    for (origin, url) in [("same origin", &same), ("CDN", &cdn)] {
        for file in [&glue, &wasm] {
            let case = format!("{file} changed, {origin}");
            let _planted = plant(Faults {
                tamper: vec![file.clone()],
                ..Faults::default()
            });
            let before = served(file).len();
            go(&page, url).await?;
            refused(&page, &case).await?;
            let fetched = served(file).len() - before;
            if fetched != 1 {
                return page
                    .fail(format!("{case}: fetched {fetched} times, not once"))
                    .await;
            }
        }
        // Untampered from the same place: one request per file, and a widget.
        let counts = || (served(&glue).len(), served(&wasm).len());
        let before = counts();
        go(&page, url).await?;
        page.wait_for(".cc-start").await?;
        page.click_button("Start the check").await?;
        page.wait_for("form[data-question]").await?;
        let after = counts();
        if (after.0 - before.0, after.1 - before.1) != (1, 1) {
            return page
                .fail(format!(
                    "{origin}: glue and wasm fetched {:?} times, not once each",
                    (after.0 - before.0, after.1 - before.1)
                ))
                .await;
        }
        page.finish().await?;
    }
    Ok(())
}

/// A failed first download (the wasm, then the glue) shows the fallback;
/// the next interaction with the element loads the widget with a new
/// request. A load that fails again is not tried a third time.
pub async fn a_failed_load_is_tried_again_on_the_next_interaction(ctx: &Ctx) -> Outcome {
    let (glue, wasm) = built_files()?;
    let url = ctx.shop.url("/__e2e/hardening.html");
    let page = Page::open(ctx, &url).await?;
    page.wait_for(".cc-start").await?;
    for file in [&wasm, &glue] {
        let _planted = plant(Faults {
            fail_once: vec![file.clone()],
            ..Faults::default()
        });
        let before = served(file).len();
        go(&page, &url).await?;
        page.wait_for(FALLBACK).await?;
        page.click(&page.find(FALLBACK).await?).await?;
        page.wait_for(".cc-start").await?;
        let fetched = served(file).len() - before;
        if fetched != 2 {
            return page
                .fail(format!(
                    "{file}: fetched {fetched} times, not twice (failed, then again)"
                ))
                .await;
        }
        page.finish().await?;
    }

    // Failing twice: one retry, then the fallback stays without more requests.
    let _planted = plant(Faults {
        fail_once: vec![wasm.clone(), wasm.clone()],
        ..Faults::default()
    });
    let before = served(&wasm).len();
    go(&page, &url).await?;
    page.wait_for(FALLBACK).await?;
    page.click(&page.find(FALLBACK).await?).await?;
    until(
        &page,
        "the retry to fail",
        "return window.__ccWarnings.filter((w) => w.includes('could not start')).length === 2;",
    )
    .await?;
    page.click(&page.find(FALLBACK).await?).await?;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let fetched = served(&wasm).len() - before;
    if fetched != 2 {
        return page
            .fail(format!("the wasm was fetched {fetched} times, not twice"))
            .await;
    }
    page.wait_for(FALLBACK).await?;
    page.finish().await
}

/// A page whose `performance.mark` throws still gets a working widget.
pub async fn a_throwing_performance_mark_changes_nothing(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/__e2e/hardening.html?mark")).await?;
    page.wait_for(".cc-start").await?;
    page.click_button("Start the check").await?;
    page.wait_for("form[data-question]").await?;
    page.finish().await
}

/// A second copy of the loader, or another script's `<circulation-check>`,
/// is named in exactly one one-line warning; the first copy's widget works.
pub async fn a_second_loader_or_a_name_clash_warns_once(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/__e2e/hardening-two-loaders.html")).await?;
    page.wait_for(".cc-start").await?;
    for case in ["two copies of the loader", "another definition"] {
        if case == "another definition" {
            go(&page, &ctx.shop.url("/__e2e/hardening.html?clash")).await?;
            // Module scripts have run once the page has loaded.
            until(
                &page,
                "the page to load",
                "return document.readyState === 'complete';",
            )
            .await?;
        }
        let warned = warnings(&page, "").await?;
        let already: Vec<&String> = warned
            .iter()
            .filter(|w| w.contains("already defined"))
            .collect();
        if warned.len() != 1 || already.len() != 1 || already[0].contains('\n') {
            return page
                .fail(format!(
                    "{case}: expected one one-line warning, got {warned:?}"
                ))
                .await;
        }
        page.finish().await?;
    }
    Ok(())
}

/// The first safety questions and a harmless answer to each.
const SAFETY: [(&str, &str); 3] = [
    ("a_emergency", "none"),
    ("a_limb", "none"),
    ("a_bleeding", "no"),
];

/// Starts the quiz in the `index`-th widget and answers its first `count`
/// questions, through the DOM (the WebDriver helpers address the first
/// widget only).
async fn answer_in(page: &Page<'_>, index: usize, count: usize) -> Outcome {
    let w = format!("widget({index})");
    until(
        page,
        "the start screen",
        &format!("return !!{w}.querySelector('.cc-start');"),
    )
    .await?;
    page.eval(&format!(
        "{w}.querySelector('.cc-start .cc-primary').click();"
    ))
    .await?;
    for (question, option) in &SAFETY[..count] {
        let input = format!("form[data-question={question}] input[value={option}]");
        until(
            page,
            question,
            &format!(
                "return !!{w}.querySelector({});",
                Value::from(input.as_str())
            ),
        )
        .await?;
        page.eval(&format!(
            "{w}.querySelector({}).click(); {w}.querySelector('button[type=submit]').click();",
            Value::from(input.as_str())
        ))
        .await?;
    }
    let next = SAFETY[count].0;
    until(
        page,
        next,
        &format!("return !!{w}.querySelector('form[data-question={next}]');"),
    )
    .await
}

/// Presses "Continue where you left off" in the `index`-th widget and
/// checks that it goes on at `question`: its own progress, not another's.
async fn continue_in(page: &Page<'_>, index: usize, which: &str, question: &str) -> Outcome {
    let w = format!("widget({index})");
    until(
        page,
        &format!("the {which} widget to offer its progress"),
        &format!("return !!{w}.querySelector('.cc-continue');"),
    )
    .await?;
    page.eval(&format!("{w}.querySelector('.cc-continue').click();"))
        .await?;
    until(
        page,
        &format!("the {which} widget to go on at {question}"),
        &format!("return !!{w}.querySelector('form[data-question={question}]');"),
    )
    .await
}

/// Two unkeyed widgets five screens apart. Opened scrolled to the lower
/// one, it loads first yet saves under `circulation-check~2` (second in the
/// document); the upper one, scrolled to afterwards, saves under
/// `circulation-check`. Opened again at the top (the upper one loading
/// first this time), each goes on from its own progress, and a widget a
/// script adds above them takes neither key.
pub async fn unkeyed_widgets_keep_their_data_in_document_order(ctx: &Ctx) -> Outcome {
    let url = ctx.shop.url("/__e2e/hardening-apart.html");
    let page = Page::open(ctx, &format!("{url}#lower")).await?;
    answer_in(&page, 1, 2).await?;
    let upper_loaded = page.eval("return !!widget(0).firstChild;").await?;
    if upper_loaded != Value::Bool(false) {
        return page
            .fail("the upper widget loaded too: the page did not open at the lower one")
            .await;
    }
    let keys = page
        .eval("return [localStorage.getItem('circulation-check:v1') !== null, localStorage.getItem('circulation-check~2:v1') !== null];")
        .await?;
    if keys != json!([false, true]) {
        return page
            .fail(format!(
                "the lower widget saved under [circulation-check, circulation-check~2] = {keys}"
            ))
            .await;
    }
    page.eval("document.querySelector('#upper').scrollIntoView();")
        .await?;
    answer_in(&page, 0, 1).await?;

    // Opened at the top: the upper widget loads first; a widget added above
    // it afterwards must not take the lower one's key.
    go(&page, &url).await?;
    page.eval("document.body.prepend(document.createElement('circulation-check'));")
        .await?;
    until(
        &page,
        "the added widget",
        "return !!widget(0).querySelector('.cc-start');",
    )
    .await?;
    continue_in(&page, 1, "upper", "a_limb").await?;
    let added = page
        .eval("return !!widget(0).querySelector('.cc-continue');")
        .await?;
    if added != Value::Bool(false) {
        return page
            .fail("the added widget shows another widget's progress")
            .await;
    }
    page.eval("document.querySelector('#lower').scrollIntoView();")
        .await?;
    continue_in(&page, 2, "lower", "a_bleeding").await?;
    page.finish().await
}

/// A Chrome DevTools Protocol command through chromedriver's passthrough,
/// as the benchmark uses: here to emulate print media.
#[derive(Debug)]
struct Cdp(&'static str, Value);

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

/// What print media would show and what the widget left on the page:
/// [heading visible, summary visible] under print media (Chromium only,
/// else null) and [flagged elements, print rule sheets adopted].
async fn print_state(page: &Page<'_>, chromium: bool) -> Result<Value, String> {
    if chromium {
        page.client
            .issue_cmd(Cdp(
                "Emulation.setEmulatedMedia",
                json!({ "media": "print" }),
            ))
            .await
            .map_err(|e| format!("print media: {e}"))?;
    }
    let state = page
        .eval(
            "const visible = (e) => getComputedStyle(e).visibility === 'visible';
             return [matchMedia('print').matches ? [visible(document.querySelector('h1')), visible(widget().querySelector('.cc-summary'))] : null,
                     [document.querySelectorAll('[data-cc-printing]').length, window.__ccPrintRules()]];",
        )
        .await?;
    if chromium {
        page.client
            .issue_cmd(Cdp("Emulation.setEmulatedMedia", json!({ "media": "" })))
            .await
            .map_err(|e| format!("screen media: {e}"))?;
    }
    Ok(state)
}

/// The widget prints its summary alone, and afterwards the shop's page
/// prints whole again: the print rules and the host's flag last from the
/// print until `afterprint` (or, where that never comes, the window's next
/// focus). `window.print` is the page's stand-in (hardening.js), which
/// returns at once like a browser whose print() does not block.
pub async fn a_widget_print_leaves_the_page_printable(ctx: &Ctx) -> Outcome {
    let chromium = ctx.driver.engine == Engine::Chromium;
    let page = Page::open(ctx, &ctx.shop.url("/__e2e/hardening.html?print")).await?;
    page.wait_for(".cc-start").await?;
    quiz::walk_here(&page, &quiz::SELF_CARE, Input::Mouse).await?;
    page.click_button("Summary for my doctor").await?;
    page.wait_for(".cc-summary").await?;
    let printable = |heading| {
        json!([
            if chromium {
                json!([heading, true])
            } else {
                Value::Null
            },
            [if heading { 0 } else { 1 }, if heading { 0 } else { 1 }]
        ])
    };
    let before = print_state(&page, chromium).await?;
    if before != printable(true) {
        return page.fail(format!("before printing: {before}")).await;
    }
    for end in ["afterprint", "focus"] {
        page.click_button("Print").await?;
        let at_print = page.eval("return window.__ccPrinted.at(-1);").await?;
        if at_print != json!([1, 1]) {
            return page
                .fail(format!("at print() [flagged, rules] = {at_print}"))
                .await;
        }
        // print() has returned; the printout may still be in the making.
        let during = print_state(&page, chromium).await?;
        if during != printable(false) {
            return page
                .fail(format!("after print() returned, before {end}: {during}"))
                .await;
        }
        page.eval(&format!("dispatchEvent(new Event({}));", Value::from(end)))
            .await?;
        let after = print_state(&page, chromium).await?;
        if after != printable(true) {
            return page.fail(format!("after {end}: {after}")).await;
        }
    }
    page.finish().await
}
