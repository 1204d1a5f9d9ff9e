//! The Shopify app block on a product page (rendered by LiquidJS with stub
//! Shopify filters over fixture products: shopify/test/render.mjs), its
//! files from another origin as Shopify's CDN serves them, under a
//! Shopify-like CSP: the picked socks, read from their metafields, on an
//! allowed result and never a gated one, the size finder on the
//! metafield chart, and nothing a product name holds ever runs. What the
//! Liquid writes for each setting is checked without a browser
//! (shopify/test/check.mjs); here is what needs a real page.

use circulation_e2e::page::{Input, Page};
use circulation_e2e::suite::shopify_pages_dir;
use circulation_e2e::{check, Ctx, Outcome};
use serde_json::json;

use crate::catalogue::{cards, find_size_by_keyboard, nothing_to_buy_on_a_gated_tip};
use crate::quiz::{walk_here, GATED, SELF_CARE};

/// The product page with the block, after checking it was rendered.
async fn open_product_page(ctx: &Ctx) -> anyhow::Result<Page<'_>> {
    anyhow::ensure!(
        shopify_pages_dir()
            .join("product-with-block.html")
            .is_file(),
        "no rendered Shopify pages in {}: run `node shopify/test/check.mjs target/shopify-pages` \
         after the build (the test command does)",
        shopify_pages_dir().display()
    );
    let page = Page::open(ctx, &ctx.shopify.url("/product-with-block.html")).await?;
    page.wait_for(".cc-start").await?;
    Ok(page)
}

/// The self-care visitor on the product page: up to three of the picked
/// socks, each a product page of the shop, never the 20-30 mmHg sock nor
/// the one without its pressure; the size finder answers from the
/// metafield chart ("Medium (chart)"); no warning (every product's facts
/// were usable), no CSP violation, no injected script.
pub async fn picked_socks_on_an_allowed_result(ctx: &Ctx) -> Outcome {
    let page = open_product_page(ctx).await?;
    walk_here(&page, &SELF_CARE, Input::Mouse).await?;
    page.wait_for(".cc-product").await?;
    let cards = cards(&page).await?;
    check!(
        page,
        (1..=3).contains(&cards.len()),
        "expected one to three picked socks: {cards:?}"
    );
    for card in &cards {
        let href = card["href"].as_str().unwrap_or_default();
        check!(
            page,
            href.starts_with("/products/")
                && !href.contains("medical-knee-high-20-30")
                && !href.contains("cotton-crew")
                && card["facts"].as_str().is_some_and(|f| f.contains("mmHg")),
            "a card that is no allowed picked sock: {card}"
        );
    }
    check!(
        page,
        cards[0]["href"] == "/products/everyday-knee-high",
        "the sock of the page being viewed, which fits, is not first: {cards:?}"
    );
    page.scroll_into_view(".cc-products").await?;
    page.screenshot("shopify-products").await?;

    // The size finder by keyboard, as on the demo shop (inches: the
    // market is the US).
    let answers = find_size_by_keyboard(&page, "8.7", "14.5").await?;
    let first = answers.first().cloned().unwrap_or_default();
    check!(
        page,
        first.as_str().is_some_and(|a| a.contains("Medium (chart)")),
        "8.7 in and 14.5 in should be the metafield chart's Medium: {first}"
    );
    let seen = page
        .eval("return [window.__ccInjected ?? null, window.__ccWarnings];")
        .await?;
    check!(
        page,
        seen == json!([null, []]),
        "[script from a product name, warnings] = {seen}"
    );
    // No axe scan here: axe-core adds a <style> of its own, which this
    // page's policy refuses; the same result with socks and a size is
    // scanned on the demo shop (catalogue::products_and_sizes_on_the_demo_shop).
    page.screenshot_widget("shopify-result-size").await?;
    page.finish().await
}

/// A visitor with a skin condition on her legs, otherwise the self-care
/// one: the compression tip says to ask first, and none of the 49 picked
/// socks, no shop link and no size finder appear.
pub async fn a_gated_visitor_sees_no_picked_sock(ctx: &Ctx) -> Outcome {
    let page = open_product_page(ctx).await?;
    walk_here(&page, &GATED, Input::Mouse).await?;
    nothing_to_buy_on_a_gated_tip(&page).await?;
    page.finish().await
}
