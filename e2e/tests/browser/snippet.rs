//! The embed snippet (loader/snippet.mjs): its start screen is in the
//! page's HTML, painted styled before any script has run (here: with the
//! loader left out of the page until the scenario adds it) under a strict
//! CSP; the takeover changes nothing visible; a Start pressed before any
//! script is honoured; the embed builder's snippet, pasted into a blank
//! page, works; a snippet edited by hand warns once and works.

use circulation_e2e::page::Page;
use circulation_e2e::server::Server;
use circulation_e2e::suite::dist_dir;
use circulation_e2e::{check, Ctx, Outcome};
use fantoccini::Locator;
use serde_json::{json, Value};

/// The widget's accent, the Start button's background once styled.
const ACCENT: &str = "rgb(11, 92, 173)";

/// The snippet the build wrote for `locale` with the default settings.
fn built_snippet(locale: &str) -> anyhow::Result<String> {
    let file = dist_dir()?.join(format!("circulation-check/v1/snippet/{locale}.html"));
    Ok(std::fs::read_to_string(&file)?)
}

/// The snippet without its loader script: the page as it stands before any
/// of the widget's scripts has arrived.
fn without_loader(snippet: &str) -> String {
    let start = snippet.find("<script").unwrap_or(snippet.len());
    let end = snippet[start..]
        .find("</script>")
        .map_or(snippet.len(), |i| start + i + "</script>".len());
    format!("{}{}", &snippet[..start], &snippet[end..])
}

/// A page on `server` holding `body`.
fn page_with(server: &Server, path: &str, lang: &str, body: &str) -> String {
    page_with_head(server, path, lang, "", body)
}

/// A page on `server` with `head` in its head and `body` in its body.
fn page_with_head(server: &Server, path: &str, lang: &str, head: &str, body: &str) -> String {
    server.set_page(
        path,
        format!(
            "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Snippet</title>{head}</head>
             <body><main><h1>Compression socks</h1>{body}<p>More of the shop's page.</p></main></body></html>"
        ),
    );
    server.url(path)
}

/// Adds the loader, as the snippet's script tag would load it.
async fn add_loader(page: &Page<'_>) -> anyhow::Result<()> {
    page.eval(
        "document.head.append(Object.assign(document.createElement('script'),
           {type: 'module', src: '/circulation-check/v1/circulation-check.js'}));",
    )
    .await?;
    Ok(())
}

/// Waits until the first widget's start screen takes room on the page
/// (the snippet's is hidden until its stylesheet applies) and returns how
/// it looks: whether it is shown, and the Start button's background.
async fn shown_and_styled(page: &Page<'_>, index: usize) -> anyhow::Result<Value> {
    let script = format!(
        "const r = __ccRoot(document.querySelectorAll('circulation-check')[{index}]);
         const start = r?.querySelector('.cc-begin');
         return start && start.getClientRects().length
           ? {{shown: true, background: getComputedStyle(start).backgroundColor, tag: start.tagName.toLowerCase()}}
           : null;"
    );
    for _ in 0..400 {
        let seen = page.eval(&script).await?;
        if !seen.is_null() {
            return Ok(seen);
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    Err(page.fail("the start screen never showed").await)
}

/// Every element of the first widget with text of its own, as a visitor
/// sees it: the text, its box (whole pixels) and its colours; and the
/// card's box. Structure that draws nothing (the snippet's disclosure
/// around Start) does not count.
const LOOKS: &str = "const r = __ccRoot(document.querySelector('circulation-check'));
  const round = (b) => [b.x, b.y, b.width, b.height].map(Math.round);
  const out = [['card', ...round(r.querySelector('.cc-card').getBoundingClientRect())]];
  for (const el of r.querySelectorAll('*')) {
    const own = [...el.childNodes].filter((t) => t.nodeType === 3 && t.data.trim()).map((t) => t.data.trim()).join(' ');
    if (!own || !(el.checkVisibility ? el.checkVisibility() : el.getClientRects().length)) continue;
    const s = getComputedStyle(el);
    out.push([own, ...round(el.getBoundingClientRect()), s.color, s.backgroundColor, s.fontSize, s.fontWeight]);
  }
  return out;";

/// Under a strict CSP, with no script of the widget's on the page yet, the
/// snippet's start screen is shown and styled (and axe-clean), and while
/// its stylesheet is held back on the server no frame shows it unstyled. When the loader arrives the app takes over
/// without a visible change, with no warning and no CSP violation.
pub async fn the_snippet_paints_styled_before_any_script(ctx: &Ctx) -> Outcome {
    let snippet = without_loader(&built_snippet("en-US")?);
    let url = page_with_head(
        &ctx.strict,
        "/__made/snippet-held.html",
        "en",
        r#"<script src="/__e2e/frames.js"></script>"#,
        &snippet,
    );
    // The stylesheet arrives late, as on a slow network; the page's load
    // (which Page::open waits for) waits for it.
    let held = ctx.strict.hold_while(".css");
    let release = tokio::spawn(async move {
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        drop(held);
    });
    let page = Page::open(ctx, &url).await?;
    release.await?;
    let seen = shown_and_styled(&page, 0).await?;
    let frames = page
        .eval(&format!(
            "const f = window.__ccFrames;
             // A frame sampled while the parser is still inside the
             // shadow root shows the (styled: shown at all) screen before
             // its Start exists; that Start is not unstyled.
             const unstyled = f.filter(([shown, background]) => shown && background !== null && background !== {ACCENT:?});
             return [f.length, f.filter(([shown]) => !shown).length, unstyled.length, unstyled.slice(0, 3)];"
        ))
        .await?;
    // Chromium and WebKit render nothing while a declarative root's
    // stylesheet loads; Firefox renders the page, with the screen hidden.
    check!(
        page,
        frames[0].as_u64().unwrap_or(0) > 0 && frames[2] == 0,
        "[frames sampled, frames with the screen hidden, frames shown unstyled] = {frames}"
    );
    check!(
        page,
        seen == json!({"shown": true, "background": ACCENT, "tag": "summary"}),
        "the snippet's Start before any script: {seen}"
    );
    let loads = page
        .eval("return performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js') || p.endsWith('.wasm'));")
        .await?;
    check!(
        page,
        loads == json!(["/__e2e/hooks.js", "/__e2e/frames.js"]),
        "scripts loaded before the loader was added: {loads}"
    );
    page.screenshot("snippet-before-any-script").await?;
    let before = page.eval(LOOKS).await?;
    add_loader(&page).await?;
    page.wait_for(".cc-start .cc-begin").await?;
    let after = page.eval(LOOKS).await?;
    check!(
        page,
        before == after,
        "the takeover changed what the visitor sees:\n before {before}\n after  {after}"
    );
    page.screenshot("snippet-after-takeover").await?;
    let warnings = page.warnings("circulation-check").await?;
    check!(page, warnings.is_empty(), "warnings: {warnings:?}");
    page.finish().await?;
    // axe-core adds a <style> of its own, which the strict page would
    // count as a violation: the same screen is scanned on a page without
    // a policy.
    let url = page_with(&ctx.shop, "/__made/snippet-axe.html", "en", &snippet);
    let page = Page::open(ctx, &url).await?;
    shown_and_styled(&page, 0).await?;
    page.axe("the snippet's start screen before any script")
        .await?;
    page.finish().await
}

/// A keyboard visitor presses Start before any script has run: the
/// snippet's screen says it is getting ready, and once the loader and the
/// wasm arrive the first question opens with focus on its heading.
pub async fn a_start_pressed_before_any_script_is_honoured(ctx: &Ctx) -> Outcome {
    let snippet = without_loader(&built_snippet("en-US")?);
    let url = page_with(&ctx.strict, "/__made/snippet-early.html", "en", &snippet);
    let page = Page::open(ctx, &url).await?;
    shown_and_styled(&page, 0).await?;
    page.key_button("Start the check").await?;
    let pressed = page
        .eval(
            "const r = __ccRoot(document.querySelector('circulation-check'));
             const busy = r.querySelector('.cc-early-busy');
             return [r.querySelector('.cc-early').open, busy.getClientRects().length > 0, busy.textContent];",
        )
        .await?;
    check!(
        page,
        pressed == json!([true, true, "Getting ready\u{2026}"]),
        "[opened, busy shown, busy text] after the press: {pressed}"
    );
    page.screenshot("snippet-pressed-before-any-script").await?;
    add_loader(&page).await?;
    page.wait_for("form[data-question=a_emergency]").await?;
    check!(
        page,
        page.focus_on_heading().await?,
        "focus is not on the first question's heading but on {}",
        page.focused().await?
    );
    page.finish().await
}

/// The embed builder: choices made by keyboard and mouse, axe-clean,
/// written into the snippet (escaped), and that snippet, pasted into a
/// blank page, starts the widget with those settings and no warning.
pub async fn the_builders_snippet_works_on_a_blank_page(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/builder/")).await?;
    let snippet_box = page.client.find(Locator::Css("#snippet")).await?;
    let mut written = String::new();
    for _ in 0..400 {
        written = snippet_box.prop("value").await?.unwrap_or_default();
        if !written.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    check!(
        page,
        written.contains("<circulation-check data-locale=\"en-US\">"),
        "the default snippet: {written}"
    );
    page.axe_page("the embed builder").await?;
    // Settings: a select by its options, radios by click, a link typed.
    page.eval(
        "const s = document.getElementById('locale'); s.value = 'en-GB'; s.dispatchEvent(new Event('change', {bubbles: true}));",
    )
    .await?;
    for radio in [
        "input[name=theme][value=dark]",
        "input[name=events][value=result]",
    ] {
        page.client.find(Locator::Css(radio)).await?.click().await?;
    }
    page.client
        .find(Locator::Css("#shop-url"))
        .await?
        .send_keys("https://shop.example/socks?size=m&colour=navy")
        .await?;
    page.client
        .find(Locator::Css("#copy"))
        .await?
        .click()
        .await?;
    // The clipboard answers asynchronously: the page says so once it has.
    let mut copied = Value::Null;
    for _ in 0..40 {
        copied = page
            .eval("return document.getElementById('copied').textContent;")
            .await?;
        if copied != "" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    check!(
        page,
        copied == "Copied." || copied.as_str().is_some_and(|t| t.starts_with("Selected")),
        "after Copy the page says {copied}"
    );
    page.screenshot("embed-builder").await?;
    page.axe_page("the embed builder with choices made").await?;
    let snippet = snippet_box.prop("value").await?.unwrap_or_default();
    for part in [
        "data-locale=\"en-GB\"",
        "data-theme=\"dark\"",
        "data-events=\"result\"",
        "data-shop-url=\"https://shop.example/socks?size=m&amp;colour=navy\"",
        "shadowrootmode=\"closed\"",
        "integrity=\"sha384-",
    ] {
        check!(
            page,
            snippet.contains(part),
            "the snippet lacks {part}: {snippet}"
        );
    }

    let url = page_with(&ctx.shop, "/__made/pasted.html", "en", &snippet);
    let pasted = Page::open(ctx, &url).await?;
    pasted.wait_for(".cc-start .cc-begin").await?;
    let card = pasted
        .eval(
            "const c = __ccRoot(document.querySelector('circulation-check')).querySelector('.cc-card');
             return [c.lang, c.dataset.theme, c.querySelector('.cc-privacy').textContent.includes('told your result')];",
        )
        .await?;
    check!(
        pasted,
        card == json!(["en-GB", "dark", true]),
        "[lang, theme, privacy line says the result is told] on the pasted page: {card}"
    );
    let warnings = pasted.warnings("circulation-check").await?;
    check!(
        pasted,
        warnings.is_empty(),
        "warnings on the pasted page: {warnings:?}"
    );
    pasted.finish().await?;
    page.finish().await
}

/// Three snippets edited by hand on one page: one without its stylesheet
/// link, one with a wrong integrity digest, one whose element was moved to
/// another locale after it was written. Each warns once, shows its start
/// screen styled in the element's own locale, and the widget works. A
/// fourth, as a browser without declarative shadow roots sees a snippet,
/// works without a warning.
pub async fn a_hand_broken_snippet_warns_once_and_works(ctx: &Ctx) -> Outcome {
    let snippet = built_snippet("en-US")?;
    let quiet = without_loader(&snippet);
    let link_start = quiet.find("<link").unwrap_or(0);
    let link_end = link_start + quiet[link_start..].find('>').unwrap_or(0) + 1;
    let no_link = format!("{}{}", &quiet[..link_start], &quiet[link_end..]);
    let wrong_hash = quiet.replacen("integrity=\"sha384-", "integrity=\"sha384-AAAA", 1);
    let other_locale = snippet.replacen("data-locale=\"en-US\"", "data-locale=\"en-GB\"", 1);
    // What a browser without declarative shadow roots sees: an inert
    // template. Not broken: the element-only way, without a warning.
    let inert = quiet.replacen("shadowrootmode=\"closed\"", "shadowrootmode=\"none\"", 1);
    let url = page_with(
        &ctx.shop,
        "/__made/snippet-broken.html",
        "en",
        &format!("{no_link}{wrong_hash}{other_locale}{inert}"),
    );
    let page = Page::open(ctx, &url).await?;
    for i in 0..4 {
        page.wait_for_in(i, ".cc-start .cc-begin").await?;
        let seen = shown_and_styled(&page, i).await?;
        check!(
            page,
            seen["background"] == ACCENT,
            "widget {i} is not styled: {seen}"
        );
    }
    let langs = page
        .eval("return [...document.querySelectorAll('circulation-check')].map((h) => __ccRoot(h).querySelector('.cc-card').lang);")
        .await?;
    check!(
        page,
        langs == json!(["en-US", "en-US", "en-GB", "en-US"]),
        "locales: {langs}"
    );
    let warnings = page.warnings("embed snippet").await?;
    let said = |what: &str| warnings.iter().filter(|w| w.contains(what)).count();
    check!(
        page,
        warnings.len() == 3
            && said("no stylesheet link") == 1
            && said("did not load") == 1
            && said("other settings") == 1,
        "one warning per broken snippet: {warnings:?}"
    );
    // The one with the refused stylesheet works like any other.
    page.eval(
        "__ccRoot(document.querySelectorAll('circulation-check')[1]).querySelector('.cc-begin').click();",
    )
    .await?;
    page.wait_for_in(1, "form[data-question=a_emergency]")
        .await?;
    page.finish().await
}
