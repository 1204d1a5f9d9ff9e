//! The prerendered first screen: with the wasm held back on the server, the
//! start screen is on the page anyway (styled, axe-clean), for every
//! locale, theme and heading level the element asks for; when the wasm
//! arrives the app takes over with the same DOM at the same size; a Start
//! pressed early is honoured; a visitor with a saved unfinished quiz is
//! still offered "Continue where you left off". How fast is the benchmark's
//! business (`scripts/bench.sh`), never a test's.

use circulation_e2e::page::{key, Page};
use circulation_e2e::{check, Ctx, Outcome};
use serde_json::{json, Value};

/// The wasm file, held back by the server while a scenario looks.
const WASM: &str = "_bg.wasm";

/// Each widget's DOM as a canonical tree (tag, sorted attributes, text),
/// the card's size, and its lang, theme and heading tag.
const SNAPSHOT: &str = "const canon = (n) => n.nodeType === 3 ? n.data : n.nodeType !== 1 ? '' :
       [n.tagName, [...n.attributes].map(a => a.name + '=' + a.value).sort(), [...n.childNodes].map(canon)];
     return [...document.querySelectorAll('circulation-check')].map(h => {
       const card = __ccRoot(h).querySelector('.cc-card'); const r = card.getBoundingClientRect();
       return {dom: JSON.stringify([...__ccRoot(h).childNodes].map(canon)), size: [r.width, r.height],
               lang: card.lang, theme: card.dataset.theme, heading: card.querySelector('#cc-step-heading').tagName,
               privacy: card.querySelector('.cc-privacy').textContent};
     });";

/// How many widgets the app has mounted so far (the loader's mark).
async fn mounted(page: &Page<'_>) -> anyhow::Result<u64> {
    let n = page
        .eval("return performance.getEntriesByName('circulation-check:mounted').length;")
        .await?;
    Ok(n.as_u64().unwrap_or(0))
}

/// On a page in en-AU, four widgets: explicit settings, other settings, the
/// page's own, and wrong ones (which fall back as the app does). Each shows
/// its start screen while the wasm is held back, then the app takes over
/// with the same DOM at the same size. The privacy line follows each
/// widget's events setting from the first painted frame: a sampler reads
/// it in every animation frame, and a page that opted in never shows the
/// private line.
pub async fn the_first_screen_comes_before_the_wasm_and_the_app_takes_over_unseen(
    ctx: &Ctx,
) -> Outcome {
    let path = "/__made/first-screen.html";
    ctx.shop.set_page(
        path,
        "<!doctype html><html lang=\"en-AU\"><head><meta charset=\"utf-8\">
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>First screen</title>
         <script>window.__ccLines = []; (function sample() {
           document.querySelectorAll('circulation-check').forEach((h, i) => {
             const line = __ccRoot(h)?.querySelector('.cc-privacy')?.textContent;
             if (line) __ccLines.push([i, line]);
           });
           if (__ccLines.length < 20000) requestAnimationFrame(sample);
         })();</script>
         <script type=\"module\" src=\"/circulation-check/v1/circulation-check.js\"></script></head>
         <body><main><h1>Socks</h1>
         <circulation-check data-locale=\"en-US\" data-events=\"answers\" data-storage-key=\"fs-1\"></circulation-check>
         <circulation-check data-locale=\" en_gb \" data-theme=\"dark\" data-heading-level=\"3\" data-events=\"result\" data-storage-key=\"fs-2\"></circulation-check>
         <circulation-check data-events-include-answers=\"true\" data-storage-key=\"fs-3\"></circulation-check>
         <circulation-check data-locale=\"fr\" data-theme=\"neon\" data-heading-level=\"9\" data-events=\"funnel yes\" data-storage-key=\"fs-4\"></circulation-check>
         </main></body></html>"
            .into(),
    );
    let held = ctx.shop.hold_while(WASM);
    let page = Page::open(ctx, &ctx.shop.url(path)).await?;
    for i in 0..4 {
        page.wait_for_prerendered_in(i, ".cc-start .cc-begin")
            .await?;
    }
    check!(
        page,
        mounted(&page).await? == 0,
        "the app mounted while the wasm was held back"
    );
    page.eval("window.scrollTo(0, 0);").await?;
    page.axe("the prerendered start screens").await?;
    page.screenshot("first-screen-prerendered").await?;
    let before = page.eval(SNAPSHOT).await?;
    let settings: Vec<Value> = before
        .as_array()
        .into_iter()
        .flatten()
        .map(|w| json!([w["lang"], w["theme"], w["heading"]]))
        .collect();
    check!(
        page,
        settings
            == [
                json!(["en-US", "system", "H2"]),
                json!(["en-GB", "dark", "H3"]),
                json!(["en-AU", "system", "H2"]),
                json!(["en-AU", "system", "H2"]),
            ],
        "prerendered [lang, theme, heading] per widget: {settings:?}"
    );
    let lines: Vec<&str> = before
        .as_array()
        .into_iter()
        .flatten()
        .map(|w| w["privacy"].as_str().unwrap_or_default())
        .collect();
    let private = "Nothing you answer is sent anywhere";
    check!(
        page,
        lines[0].contains("told every answer you give")
            && lines[1].contains("told your result")
            && lines[2].contains("told every answer you give")
            && lines[3].contains(private),
        "prerendered privacy lines (answers, result, answers by the old switch, private): {lines:?}"
    );
    drop(held);
    for i in 0..4 {
        page.wait_for_in(i, ".cc-start .cc-begin").await?;
    }
    // In no frame, before or across the takeover, did a widget that opted
    // in show the private line.
    let painted = page
        .eval(&format!(
            "return [__ccLines.length, __ccLines.filter(([i, l]) => i < 3 && l.includes({private:?})).length];"
        ))
        .await?;
    check!(
        page,
        painted[0].as_u64().unwrap_or(0) > 0 && painted[1] == 0,
        "[frames sampled, frames with the private line on an opted-in widget] = {painted}"
    );
    let after = page.eval(SNAPSHOT).await?;
    for i in 0..4 {
        check!(
            page,
            before[i] == after[i],
            "widget {i} changed when the app took over:\n before {}\n after  {}",
            before[i],
            after[i]
        );
    }
    page.finish().await
}

/// A page with the element pasted alone (no embed snippet): the loader
/// shows the first-screen module's screen.
fn element_only(ctx: &Ctx) -> String {
    let path = "/__made/element-only.html";
    ctx.shop.set_page(
        path,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Element only</title>
         <script type=\"module\" async src=\"/circulation-check/v1/circulation-check.js\"></script></head>
         <body><main><h1>Socks</h1>
         <circulation-check data-locale=\"en-US\" data-shop-url=\"/#product\"></circulation-check>
         </main></body></html>"
            .into(),
    );
    ctx.shop.url(path)
}

/// A keyboard visitor presses Start on the prerendered screen of an
/// element pasted alone: after a moment the button says it is getting
/// ready, and when the wasm arrives the first question opens with focus on
/// its heading. (The embed snippet's early Start: `snippet.rs`.)
pub async fn an_early_start_is_honoured(ctx: &Ctx) -> Outcome {
    let held = ctx.shop.hold_while(WASM);
    let page = Page::open(ctx, &element_only(ctx)).await?;
    page.wait_for_prerendered_in(0, ".cc-start .cc-begin")
        .await?;
    page.key_button("Start the check").await?;
    // The busy text comes 300 ms after the press; polled, not slept for,
    // so a loaded machine cannot race it.
    page.wait_for_prerendered_in(0, ".cc-begin[aria-busy=true]")
        .await?;
    let busy = page
        .eval("const b = widget().querySelector('.cc-begin'); return [b.textContent, b.getAttribute('aria-busy')];")
        .await?;
    check!(
        page,
        busy == json!(["Getting ready\u{2026}", "true"]),
        "[button text, aria-busy] while waiting: {busy}"
    );
    page.screenshot_widget("first-screen-getting-ready").await?;
    drop(held);
    page.wait_for("form[data-question=a_emergency]").await?;
    check!(
        page,
        page.focus_on_heading().await?,
        "focus is not on the first question's heading but on {}",
        page.focused().await?
    );
    page.finish().await
}

/// Three answers saved, then a reload with the wasm held back: the
/// prerendered screen (the demo page's embed snippet) cannot know of them, so an early Start lands on the
/// app's "Continue where you left off" (focus moved onto it), which goes
/// on from the fourth question.
pub async fn saved_progress_is_still_offered_after_an_early_start(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    crate::storage::answer_three(&page).await?;
    let held = ctx.shop.hold_while(WASM);
    page.client.refresh().await?;
    page.wait_for_prerendered_in(0, ".cc-start .cc-begin")
        .await?;
    page.key_button("Start the check").await?;
    drop(held);
    page.wait_for(".cc-start .cc-continue").await?;
    let focused = page.focused().await?;
    check!(
        page,
        focused["text"] == "Continue where you left off",
        "focus is not on Continue: {focused}"
    );
    page.press(key::ENTER).await?;
    page.wait_for("form[data-question=a_urgent]").await?;
    page.finish().await
}
