//! The shop's own catalogue in real browsers: the demo shop's socks on an
//! allowed compression tip (never one above 20 mmHg), the size finder by
//! keyboard and its answer kept with the saved result; a gated visitor who
//! sees none of it; an inline catalogue under a strict CSP that fetches
//! nothing; a broken catalogue file that warns once and leaves the shop's
//! link. Which product matches which
//! answers, and every message, is checked natively (`tests/catalogue*.rs`,
//! `tests/render.rs`); here is what needs a real page.

use circulation_e2e::page::{key, Input, Page};
use circulation_e2e::{check, Ctx, Outcome};
use serde_json::{json, Value};

use crate::quiz::{walk_here, GATED, SELF_CARE};

/// The demo catalogue's sock above 20 mmHg: listed, never shown.
const TOO_FIRM: &str = "medical-knee-high-20-30";

/// The cards on the compression tip: id, name, facts, how many reasons and
/// sources, and the link.
pub async fn cards(page: &Page<'_>) -> anyhow::Result<Vec<Value>> {
    let seen = page
        .eval(
            "return [...widget().querySelectorAll('[data-rec=compression] .cc-product')].map(c => ({
                id: c.dataset.product, name: c.querySelector('.cc-product-name').textContent,
                facts: c.querySelector('.cc-product-facts').textContent,
                reasons: c.querySelectorAll('.cc-reasons li').length,
                sources: c.querySelectorAll('.cc-sources li').length,
                href: c.querySelector('a.cc-shop').getAttribute('href')}));",
        )
        .await?;
    Ok(seen.as_array().cloned().unwrap_or_default())
}

/// "Find my size" by keyboard alone: Enter on the first card's button
/// opens the form and focus goes into it, Tab reaches the calf, Enter
/// answers. Returns the answer's lines, one per card.
pub async fn find_size_by_keyboard(
    page: &Page<'_>,
    ankle: &str,
    calf: &str,
) -> anyhow::Result<Vec<Value>> {
    page.eval("widget().querySelector('.cc-find-size').focus();")
        .await?;
    page.press(key::ENTER).await?;
    page.wait_for("#cc-ankle").await?;
    check!(
        page,
        page.focused().await?["id"] == "cc-ankle",
        "focus did not move to the ankle field: {}",
        page.focused().await?
    );
    page.type_text(ankle).await?;
    page.press(key::TAB).await?;
    check!(
        page,
        page.focused().await?["id"] == "cc-calf",
        "Tab did not reach the calf field: {}",
        page.focused().await?
    );
    page.type_text(calf).await?;
    page.press(key::ENTER).await?;
    page.wait_for(".cc-size-answer li").await?;
    let answers = page
        .eval("return [...widget().querySelectorAll('.cc-size-answer li')].map(li => li.textContent);")
        .await?;
    Ok(answers.as_array().cloned().unwrap_or_default())
}

/// The self-care visitor on the demo shop sees up to three of its socks,
/// each saying why and what backs it; finds a size by keyboard alone (focus
/// moves into the form it opens), and the answer comes back with the saved
/// result after a reload. Scanned by axe with the answer showing.
pub async fn products_and_sizes_on_the_demo_shop(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    walk_here(&page, &SELF_CARE, Input::Mouse).await?;
    page.wait_for(".cc-product").await?;
    let cards = cards(&page).await?;
    check!(
        page,
        (1..=3).contains(&cards.len()),
        "expected one to three cards: {cards:?}"
    );
    for card in &cards {
        check!(
            page,
            card["id"] != TOO_FIRM
                && card["facts"].as_str().is_some_and(|f| f.contains("mmHg"))
                && card["reasons"].as_u64() > Some(0)
                && card["sources"].as_u64() > Some(0)
                && card["href"].as_str().is_some_and(|h| h.starts_with("/#")),
            "a card without facts, reasons, sources or its link: {card}"
        );
    }
    page.scroll_into_view(".cc-products").await?;
    page.screenshot("products").await?;

    // "Find my size" by keyboard; inches, as the page is American.
    let answers = find_size_by_keyboard(&page, "8.7", "14.5").await?;
    check!(
        page,
        answers.len() == cards.len()
            && answers.iter().zip(&cards).all(|(a, c)| {
                a.as_str()
                    .zip(c["name"].as_str())
                    .is_some_and(|(a, name)| a.contains(name))
            }),
        "one size answer per card, naming it: {answers:?}"
    );
    check!(
        page,
        answers.iter().any(|a| a
            .as_str()
            .is_some_and(|a| a.contains(": M") || a.contains(" M"))),
        "8.7 in and 14.5 in should be a size M of the everyday sock: {answers:?}"
    );
    page.axe("the result with products and a size").await?;
    page.screenshot_widget("result-products-size").await?;

    // Saved with the result: after a reload, the past result shows it.
    page.reload(".cc-history-open").await?;
    page.click_button("My saved results").await?;
    page.wait_for(".cc-history-item .cc-open").await?;
    page.find(".cc-history-item .cc-open")
        .await?
        .click()
        .await?;
    page.wait_for(".cc-past .cc-size-answer li").await?;
    let again = page
        .eval("return [...widget().querySelectorAll('.cc-size-answer li')].map(li => li.textContent);")
        .await?;
    check!(
        page,
        again.as_array() == Some(&answers),
        "the saved result's sizes differ: {again} vs {answers:?}"
    );
    page.finish().await
}

/// A visitor with a skin condition on her legs, otherwise the self-care
/// one, on the demo shop: the compression tip says to ask first, and
/// there is no sock, no shop link and no size finder anywhere.
pub async fn a_gated_visitor_sees_no_product_and_no_size_finder(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    // The walk checks there is no shop link and no card.
    walk_here(&page, &GATED, Input::Mouse).await?;
    nothing_to_buy_on_a_gated_tip(&page).await?;
    page.finish().await
}

/// On a result where compression is gated: the tip carries its badge, and
/// there is no product, size finder or shop link anywhere.
pub async fn nothing_to_buy_on_a_gated_tip(page: &Page<'_>) -> anyhow::Result<()> {
    let seen = page
        .eval(
            "return [!!widget().querySelector('[data-rec=compression].cc-gated .cc-badge'),
                     widget().querySelectorAll('.cc-product, .cc-size-finder, .cc-find-size, a.cc-shop').length];",
        )
        .await?;
    check!(
        page,
        seen == json!([true, 0]),
        "[compression gated, products, size finder or shop links] = {seen}"
    );
    Ok(())
}

/// A catalogue given inside the element, on a page under the strict CSP:
/// its one sock shows with no CSP violation (the page hooks fail on any),
/// and the catalogue file also named is never fetched.
pub async fn inline_catalogue_under_a_strict_csp(ctx: &Ctx) -> Outcome {
    let catalogue = json!({
        "version": 1,
        "products": [{
            "id": "inline-sock",
            "name": "Inline Everyday Sock, 15-20 mmHg",
            "url": "/#inline-sock",
            "mmhg": [15, 20],
            "length": "knee-high",
            "uses": ["everyday"],
            "sizes": [{ "label": "One size", "ankle_cm": [18, 26], "calf_cm": [28, 42] }]
        }]
    });
    let path = "/__made/inline-catalogue.html";
    ctx.strict.set_page(
        path,
        format!(
            "<!doctype html><html lang=\"en-US\"><head><meta charset=\"utf-8\">
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Inline catalogue</title>
             <script type=\"module\" src=\"/circulation-check/v1/circulation-check.js\"></script></head>
             <body><main><h1>Socks</h1>
             <circulation-check data-shop-url=\"/#product\" data-catalog-url=\"/__made/never.json\">
             <script type=\"application/json\">{catalogue}</script></circulation-check></main></body></html>"
        ),
    );
    let before = ctx.strict.requests("never.json");
    let page = Page::open(ctx, &ctx.strict.url(path)).await?;
    page.wait_for(".cc-start").await?;
    walk_here(&page, &SELF_CARE, Input::Mouse).await?;
    page.wait_for(".cc-product").await?;
    let cards = cards(&page).await?;
    check!(
        page,
        cards.len() == 1 && cards[0]["id"] == "inline-sock" && cards[0]["href"] == "/#inline-sock",
        "expected the inline sock alone: {cards:?}"
    );
    check!(
        page,
        ctx.strict.requests("never.json") == before,
        "the catalogue file was fetched although one was given inline"
    );
    page.finish().await
}

/// A catalogue file that is not JSON: the console says so once, naming the
/// attribute, and the tip keeps the shop's own link.
pub async fn a_broken_catalogue_warns_once_and_keeps_the_link(ctx: &Ctx) -> Outcome {
    ctx.shop.set_page(
        "/__made/broken.json",
        "{\"version\": 1, \"products\": [".into(),
    );
    let path = "/__made/broken-catalogue.html";
    ctx.shop.set_page(
        path,
        "<!doctype html><html lang=\"en-US\"><head><meta charset=\"utf-8\">
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Broken catalogue</title>
         <script type=\"module\" src=\"/circulation-check/v1/circulation-check.js\"></script></head>
         <body><main><h1>Socks</h1>
         <circulation-check data-shop-url=\"/#product\" data-catalog-url=\"/__made/broken.json\"
           data-storage-key=\"broken-catalogue\"></circulation-check></main></body></html>"
            .into(),
    );
    let page = Page::open(ctx, &ctx.shop.url(path)).await?;
    page.wait_for(".cc-start").await?;
    // The quiz checks that the compression tip offers the shop's link alone.
    walk_here(&page, &SELF_CARE, Input::Mouse).await?;
    let warned = page.warnings("catalog").await?;
    check!(
        page,
        warned.len() == 1,
        "expected one warning about the catalogue: {warned:?}"
    );
    check!(
        page,
        page.find_all(".cc-product").await?.is_empty(),
        "a card from a broken catalogue"
    );
    page.finish().await
}
