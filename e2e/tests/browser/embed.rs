//! Embedding on hostile storefronts: a strict CSP, two widgets, a theme
//! that resets every element, hostile attributes, files from another
//! origin, remove and re-add, and the documented snippets.

use anyhow::{bail, ensure, Context as _};
use circulation_e2e::page::{Input, Page, Say};
use circulation_e2e::{check, Ctx, Outcome};
use serde_json::Value;

use crate::quiz;

/// Every resource the page loaded came from these origins: no answer (nor
/// anything else) leaves for a third party.
async fn only_own_requests(page: &Page<'_>, origins: &[String]) -> Outcome {
    let urls = page
        .eval("return performance.getEntriesByType('resource').map(e => e.name);")
        .await?;
    let foreign: Vec<&Value> = urls
        .as_array()
        .into_iter()
        .flatten()
        .filter(|u| {
            !origins
                .iter()
                .any(|o| u.as_str().is_some_and(|u| u.starts_with(o.as_str())))
        })
        .collect();
    check!(
        page,
        foreign.is_empty(),
        "requests to other origins: {foreign:?}"
    );
    Ok(())
}

/// Under `default-src 'self'; script-src 'self' 'wasm-unsafe-eval';
/// style-src 'self'` a whole quiz runs with zero violations (the page hooks
/// turn any `securitypolicyviolation` into a failure), two widgets stay
/// independent, and the hostile theme cannot hide or restyle the widget.
pub async fn strict_csp_two_widgets_and_a_hostile_theme(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.strict.url("/__e2e/strict.html")).await?;
    page.wait_for(".cc-start").await?;
    page.wait_for_in(1, ".cc-start").await?;
    // The theme hides every button on the page; the widget's stay visible.
    let start = page.find(".cc-start button").await?;
    check!(
        page,
        start.is_displayed().await?,
        "the hostile theme hid the Start button"
    );
    let colour = page
        .eval("return getComputedStyle(widget().querySelector('.cc-lead')).color;")
        .await?;
    check!(
        page,
        colour != "rgb(255, 0, 255)",
        "the host theme's colour reached inside the widget"
    );
    // The second widget keeps its own settings.
    let second = page
        .eval("const c = widget(1).querySelector('.cc-card'); return [c.lang, c.dataset.theme, widget(1).querySelector('h3.cc-title') !== null];")
        .await?;
    check!(
        page,
        second == serde_json::json!(["en-GB", "dark", true]),
        "the second widget lost its attributes: {second}"
    );
    quiz::walk_here(&page, &quiz::SELF_CARE, Input::Mouse).await?;
    let other = page
        .eval("return widget(1).querySelector('.cc-start') !== null;")
        .await?;
    check!(
        page,
        other == Value::Bool(true),
        "answering in one widget moved the other"
    );
    only_own_requests(&page, &[ctx.strict.origin()]).await?;
    page.screenshot("strict-csp").await?;
    page.finish().await
}

/// A `javascript:` URL, HTML in text and a 100 KB value: each is refused
/// with one console warning, nothing is interpreted as HTML, and the
/// widget works with its defaults.
pub async fn hostile_attributes_are_refused(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/__e2e/gb.html")).await?;
    page.wait_for(".cc-start").await?;
    page.eval(
        "document.querySelector('circulation-check').remove();
         const el = document.createElement('circulation-check');
         el.setAttribute('data-shop-url', 'javascript:alert(document.cookie)');
         el.setAttribute('data-locale', '<img src=x onerror=\"window.__pwned = 1\">');
         el.setAttribute('data-theme', 'x'.repeat(100000));
         el.setAttribute('data-heading-level', '<h1>');
         window.__ccWarnings.length = 0;
         document.body.append(el);",
    )
    .await?;
    page.wait_for(".cc-start").await?;
    let found = page
        .eval("return [widget().querySelectorAll('img').length, window.__pwned ?? 0, widget().querySelector('h2.cc-title') !== null, widget().querySelector('.cc-card').lang, window.__ccWarnings.length];")
        .await?;
    // A refused data-locale falls back to the page's own <html lang="en-GB">.
    check!(
        page,
        found == serde_json::json!([0, 0, true, "en-GB", 4]),
        "[imgs, pwned, default heading, locale, warnings] = {found}"
    );
    page.finish().await
}

/// Theme editors remove and re-add elements: the widget comes back whole,
/// once, with no error.
pub async fn remove_and_readd_the_element(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    page.click_button("Start the check").await?;
    page.wait_for("form[data-question]").await?;
    page.eval(
        "const el = document.querySelector('circulation-check'); const parent = el.parentNode;
         el.remove(); parent.append(el); el.remove(); parent.append(el);",
    )
    .await?;
    page.wait_for(".cc-card").await?;
    let cards = page
        .eval("return widget().querySelectorAll('.cc-card').length;")
        .await?;
    check!(page, cards == 1, "{cards} widget cards after re-adding");
    // The widget may come back on its start screen or on the question it
    // was on; either is fine, so a missing Start button is no failure.
    let _ = page.click_button("Start the check").await;
    page.wait_for("form[data-question]").await?;
    page.finish().await
}

/// The shop's page on one origin, the widget's files on another (a CDN).
pub async fn files_served_from_another_origin(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.cross.url("/__e2e/cross-origin.html")).await?;
    page.wait_for(".cc-start").await?;
    page.click_button("Start the check").await?;
    page.wait_for("form[data-question]").await?;
    only_own_requests(&page, &[ctx.cross.origin(), ctx.assets.origin()]).await?;
    page.finish().await
}

/// The documented snippets: the embed snippet in the README is the one the
/// build writes, and the element-only one in docs/embedding.md, pointed at
/// a local "CDN", works as pasted.
pub async fn the_readme_snippet_works(ctx: &Ctx) -> Outcome {
    let root = circulation_e2e::suite::workspace_root();
    let read = |name: &str| {
        let path = root.join(name);
        std::fs::read_to_string(&path).with_context(|| path.display().to_string())
    };
    let readme = read("README.md")?;
    // The README's first ```html block is the build's en-US embed snippet
    // with its long parts (digests, the start screen) elided as "…":
    // everything else in it must be exactly what the build wrote.
    let shown = readme
        .split("```html")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .context("no ```html block in the README")?
        .trim();
    let built = std::fs::read_to_string(
        circulation_e2e::suite::dist_dir()?.join("circulation-check/v1/snippet/en-US.html"),
    )?;
    let mut rest = built.trim();
    for (i, part) in shown.split('…').enumerate() {
        let at = if i == 0 {
            rest.starts_with(part).then_some(0)
        } else {
            rest.find(part)
        };
        ensure!(
            at.is_some() && (!shown.ends_with(part) || rest.ends_with(part)),
            "the README's snippet is not the one the build writes (snippet/en-US.html): from {part:?}\n built: {built}"
        );
        rest = &rest[at.unwrap_or(0) + part.len()..];
    }
    // The element alone, from docs/embedding.md (the ```html block there
    // that loads from the example CDN), runs here from another origin.
    let cdn = "https://cdn.example.com";
    let embedding = read("docs/embedding.md")?;
    let snippet = embedding
        .split("```html")
        .skip(1)
        .filter_map(|rest| rest.split("```").next())
        .find(|block| block.contains("<circulation-check") && block.contains(cdn))
        .with_context(|| {
            format!("no ```html block in docs/embedding.md with <circulation-check and {cdn}: update this test")
        })?;
    ensure!(
        snippet.contains("<script type=\"module\""),
        "the element-only snippet in docs/embedding.md has no loader: {snippet}"
    );
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Documented snippet</title></head><body><h1>Shop</h1>{}</body></html>",
        snippet.replace(cdn, &ctx.assets.origin())
    );
    ctx.cross.set_page("/__e2e/readme.html", html);
    let page = Page::open(ctx, &ctx.cross.url("/__e2e/readme.html")).await?;
    page.wait_for(".cc-start").await?;
    page.finish().await
}

/// The harness itself can fail: a planted accessibility fault is reported
/// by the axe scan (and the failed check keeps a screenshot, as every
/// failed check does), and a planted inline style on the strict page is
/// reported as a CSP violation. (Without this, a silent harness would let
/// every scan above pass.)
pub async fn the_checks_catch_planted_faults(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.strict.url("/__e2e/strict.html")).await?;
    page.wait_for(".cc-start").await?;
    page.eval("const b = document.createElement('button'); b.className = 'planted'; widget().querySelector('.cc-start').append(b);")
        .await?;
    let message = match page.axe("a planted unnamed button").await {
        Err(e) if format!("{e:#}").contains("button-name") => format!("{e:#}"),
        other => bail!("axe missed an unnamed button: {other:?}"),
    };
    // The screenshot of a planted failure is no failure of this run: it is
    // checked, then removed, so a green run leaves no FAILED picture.
    let shot = message
        .rsplit("screenshot: ")
        .next()
        .filter(|_| message.contains("screenshot: "))
        .map(str::trim)
        .context("the failed check named no screenshot")?;
    ensure!(
        std::path::Path::new(shot).is_file(),
        "the failed check's screenshot is missing: {shot}"
    );
    std::fs::remove_file(shot).with_context(|| shot.to_owned())?;
    page.eval("widget().querySelector('.planted').remove(); document.body.setAttribute('style', 'color: red');")
        .await?;
    // The violation event is asynchronous; give it a moment to arrive.
    for _ in 0..40 {
        if page
            .finish()
            .await
            .is_err_and(|e| format!("{e:#}").contains("CSP violation"))
        {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    bail!("an inline style on the strict page raised no CSP violation")
}

/// Start and completion reach the host page as bubbling, composed
/// `CustomEvent`s that carry nothing derived from health by default: no
/// step events, no product click, an empty completion. Only an exact
/// documented `data-events` value opts in to more, one step at a time.
pub async fn events_reach_the_host_page(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    let listen = "window.__ccEvents = [];
        for (const type of ['start', 'step', 'complete', 'product-click']) {
            document.addEventListener('circulation-check:' + type, (e) => window.__ccEvents.push(
                { type: e.type, bubbles: e.bubbles, composed: e.composed, detail: e.detail }));
        }";
    page.eval(listen).await?;
    quiz::walk_here(&page, &quiz::SELF_CARE, Input::Mouse).await?;
    let events = page.eval("return window.__ccEvents;").await?;
    let list = events.as_array().cloned().unwrap_or_default();
    let types: Vec<&str> = list.iter().filter_map(|e| e["type"].as_str()).collect();
    check!(
        page,
        types == ["circulation-check:start", "circulation-check:complete"],
        "default events must be start and complete only: {types:?}"
    );
    check!(
        page,
        list.iter()
            .all(|e| e["bubbles"] == true && e["composed"] == true),
        "events must bubble and be composed"
    );
    check!(
        page,
        list.iter().all(|e| e["detail"] == serde_json::json!({})),
        "default details must be empty: {events}"
    );
    // The demo shop has a catalogue. By default following a product tells
    // the page nothing (only a visitor whose compression tip was allowed
    // can click one, on a product ranked by their answers).
    let product_js = "const c = widget().querySelector('.cc-product'); return {id: c.dataset.product, url: c.querySelector('a.cc-shop').getAttribute('href')};";
    page.wait_for(".cc-product a.cc-shop").await?;
    page.find(".cc-product a.cc-shop").await?.click().await?;
    let last = page.eval("return window.__ccEvents.at(-1);").await?;
    check!(
        page,
        last["type"] == "circulation-check:complete",
        "no product-click by default: {last}"
    );
    // With "funnel" it names the product and its page, nothing else.
    page.eval(
        "window.__ccEvents.length = 0; const el = document.querySelector('circulation-check');
         const parent = el.parentNode; el.setAttribute('data-events', 'funnel');
         el.setAttribute('data-storage-key', 'funnel-click'); el.remove(); parent.append(el);",
    )
    .await?;
    page.wait_for(".cc-start").await?;
    quiz::walk_here(&page, &quiz::SELF_CARE, Input::Mouse).await?;
    page.wait_for(".cc-product a.cc-shop").await?;
    let product = page.eval(product_js).await?;
    page.find(".cc-product a.cc-shop").await?.click().await?;
    let last = page.eval("return window.__ccEvents.at(-1);").await?;
    check!(
        page,
        last["type"] == "circulation-check:product-click"
            && product["id"].is_string()
            && last["detail"] == product,
        "product click event with funnel: {last}, the card: {product}"
    );

    // Re-creates the widget with `attributes`, answers the first question
    // with an emergency sign, and returns what the events carried.
    let rerun = |attributes: &'static str, key: &'static str| {
        let page = &page;
        async move {
            page.eval(&format!(
                "window.__ccEvents.length = 0; window.__ccWarnings.length = 0;
                 const el = document.querySelector('circulation-check'); const parent = el.parentNode;
                 el.removeAttribute('data-events'); el.removeAttribute('data-events-include-answers');
                 for (const [k, v] of {attributes}) el.setAttribute(k, v);
                 el.setAttribute('data-storage-key', '{key}');
                 el.remove(); parent.append(el);"
            ))
            .await?;
            page.wait_for(".cc-start").await?;
            page.click_button("Start the check").await?;
            page.answer("a_emergency", Say::Pick(&["fainted"]), Input::Mouse)
                .await?;
            page.wait_for(".cc-level-emergency").await?;
            page.eval("return [window.__ccEvents, window.__ccWarnings.length];")
                .await
        }
    };
    // An empty CMS setting opts in to nothing, and says so once.
    let seen = rerun("[['data-events', '']]", "empty").await?;
    let types: Vec<&str> = seen[0]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["type"].as_str())
        .collect();
    check!(
        page,
        types == ["circulation-check:start", "circulation-check:complete"]
            && seen[0][1]["detail"] == serde_json::json!({})
            && seen[1] == 1,
        "data-events=\"\" must opt in to nothing, with one warning: {seen}"
    );
    // "funnel": steps with question ids; still no level.
    let seen = rerun("[['data-events', 'funnel']]", "funnel").await?;
    let step = &seen[0][1];
    check!(
        page,
        step["type"] == "circulation-check:step"
            && step["detail"]["question"] == "a_emergency"
            && step["detail"]["number"] == 1
            && seen[0][2]["detail"] == serde_json::json!({}),
        "funnel events: {seen}"
    );
    // "result": the level (and, as it includes "funnel", the steps), no
    // answers.
    let seen = rerun("[['data-events', 'result']]", "result").await?;
    let last = |seen: &Value| {
        seen[0]
            .as_array()
            .and_then(|l| l.last())
            .cloned()
            .unwrap_or_default()
    };
    let complete = &last(&seen)["detail"];
    check!(
        page,
        complete["level"] == "emergency" && complete.get("answers").is_none(),
        "result events: {seen}"
    );
    // The older switch is an alias of "answers".
    let seen = rerun("[['data-events-include-answers', 'true']]", "answers").await?;
    let complete = &last(&seen)["detail"];
    check!(
        page,
        complete["level"] == "emergency" && !complete["answers"]["a_emergency"].is_null(),
        "opted-in complete detail: {seen}"
    );
    page.finish().await
}

/// Shops theme the widget with the documented custom properties and parts.
pub async fn theming_by_custom_properties_and_parts(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/__e2e/gb.html")).await?;
    page.wait_for(".cc-start").await?;
    page.eval(
        "const s = document.createElement('style');
         s.textContent = `circulation-check { --circulation-check-accent: rgb(122, 31, 92); --circulation-check-font: monospace; }
                          circulation-check::part(card) { border-width: 5px; }`;
         document.head.append(s);",
    )
    .await?;
    let seen = page
        .eval(
            "const b = widget().querySelector('.cc-start .cc-primary'); const c = widget().querySelector('.cc-card');
             return [getComputedStyle(b).backgroundColor, getComputedStyle(c).borderTopWidth, getComputedStyle(c).fontFamily];",
        )
        .await?;
    check!(
        page,
        seen == serde_json::json!(["rgb(122, 31, 92)", "5px", "monospace"]),
        "[accent, ::part(card) border, font] = {seen}"
    );
    page.finish().await
}
