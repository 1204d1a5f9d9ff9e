//! Privacy on a real shop's page: what the other scripts a shop runs can
//! record of the widget. A session recorder with its default settings
//! (rrweb, the open recorder inside PostHog, Sentry Replay and others)
//! records the page as usual and the widget as an empty box.

use anyhow::{anyhow, Context as _};
use circulation_e2e::page::{Input, Page};
use circulation_e2e::{check, Ctx, Outcome};

use crate::quiz;

/// rrweb's browser bundle from the pinned npm package.
fn rrweb_source() -> anyhow::Result<String> {
    let dir = std::env::var("CIRCULATION_NODE_MODULES")
        .map_err(|_| anyhow!("CIRCULATION_NODE_MODULES is unset: run through scripts/test.sh"))?;
    let path = std::path::Path::new(&dir).join("rrweb/dist/rrweb.umd.cjs");
    std::fs::read_to_string(&path).with_context(|| path.display().to_string())
}

/// The demo storefront with rrweb recording from the top of the page, as a
/// shop's replay tool does, with its default settings; the widget's shadow
/// root is the real, closed one (`closed-root`, see the hooks).
async fn recorded_page<'a>(ctx: &'a Ctx) -> anyhow::Result<Page<'a>> {
    let demo = std::fs::read_to_string(circulation_e2e::suite::dist_dir()?.join("index.html"))?;
    // rrweb's UMD bundle expects a CommonJS `module` or defines a global.
    let recorder = format!(
        "<head><script>var module = {{ exports: {{}} }}, exports = module.exports;\n{}\nwindow.rrweb = module.exports;</script>
         <script>window.__rrEvents = []; rrweb.record({{ emit(e) {{ window.__rrEvents.push(e); }} }});</script>",
        rrweb_source()?.replace("</script", "<\\/script")
    );
    ctx.shop
        .set_page("/recorded.html", demo.replacen("<head>", &recorder, 1));
    Page::open(ctx, &ctx.shop.url("/recorded.html?closed-root#check")).await
}

/// A whole quiz with a condition ticked and a height and weight typed,
/// under a session recorder with its default settings: the recording holds
/// the page's own text and the widget as a box of its size, and nothing of
/// the quiz: no question, no answer, no input event, no sentence of the
/// result.
pub async fn a_session_recorder_sees_an_empty_box(ctx: &Ctx) -> Outcome {
    let page = recorded_page(ctx).await?;
    let closed = page
        .eval("const h = document.querySelector('circulation-check'); return h.shadowRoot === null && !!__ccRoot(h);")
        .await?;
    page.wait_for(".cc-start").await?;
    check!(
        page,
        closed == true,
        "the widget's shadow root must be closed"
    );
    quiz::walk_here(&page, &quiz::GATED, Input::Mouse).await?;
    page.wait_for(".cc-result").await?;
    // Let the recorder's mutation and input observers flush.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let recording = page
        .eval("return JSON.stringify(window.__rrEvents);")
        .await?;
    let recording = recording.as_str().unwrap_or_default();
    check!(
        page,
        recording.len() > 1000,
        "the recorder recorded nothing: {recording:.200}"
    );
    // The page around the widget is recorded as usual.
    for shop_text in [
        "Not sure where to start? Check your legs first.",
        "Add to cart",
    ] {
        check!(
            page,
            recording.contains(shop_text),
            "the shop's own page is not in the recording: {shop_text:?}"
        );
    }
    // The widget is there as a marked, sized box.
    check!(
        page,
        recording.contains("\"tagName\":\"circulation-check\"")
            && recording.contains("rr_width")
            && recording.contains("rr-block"),
        "the widget must be recorded as a blocked box of its size"
    );
    // Nothing the visitor saw, ticked or typed inside it.
    for quiz_text in [
        "Start the check",
        "Your answers stay on this device",
        "Fragile skin",
        "Because you said",
        "Why this is for you",
        "Ask a clinician first",
        "sells compression socks",
        "cc-result",
        "cc-question",
    ] {
        check!(
            page,
            !recording.contains(quiz_text),
            "the recording holds {quiz_text:?} from inside the widget"
        );
    }
    // rrweb hooks the `value` and `checked` setters of every input on the
    // page, so even a change the app makes (not only one the visitor types)
    // is offered to it; none may be recorded (the card inside the closed
    // root carries the block marks for this: src/app/view.rs).
    let inputs = page
        .eval("return window.__rrEvents.filter(e => e.type === 3 && e.data.source === 5).map(e => e.data);")
        .await?;
    check!(
        page,
        inputs.as_array().is_some_and(Vec::is_empty),
        "the recorder saw input events: {:.600}",
        inputs.to_string()
    );
    page.screenshot("recorded-result").await?;
    page.finish().await
}

/// The shop's pictures sit on a second origin (an image CDN). One visitor
/// whose compression tip is gated and one who is offered socks cause the
/// same requests to it (every picture that could ever be offered, once,
/// before any answer; never the picture of a product no answer brings),
/// and the offered visitor's cards show their pictures in boxes of a fixed
/// size, so nothing moves when they paint.
pub async fn pictures_cost_the_same_requests_whatever_the_answers(ctx: &Ctx) -> Outcome {
    let sock = |id: &str, mmhg: [u32; 2], length: &str, uses: &[&str]| {
        serde_json::json!({
            "id": id,
            "name": format!("Picture test {id}"),
            "url": format!("/#{id}"),
            "image": format!("{{{{ASSETS}}}}/demo/pictures/{id}.svg"),
            "mmhg": mmhg,
            "length": length,
            "uses": uses,
            "sizes": [{ "label": "One size", "ankle_cm": [18, 26], "calf_cm": [28, 42] }]
        })
    };
    let catalogue = serde_json::json!({
        "version": 1,
        "products": [
            sock("everyday-knee-high", [15, 20], "knee-high", &["everyday", "sitting", "standing"]),
            sock("travel-knee-high", [8, 15], "knee-high", &["travel"]),
            sock("medical-knee-high-20-30", [20, 30], "knee-high", &["everyday"]),
        ]
    });
    let path = "/__made/pictures.html";
    ctx.cross.set_page(
        path,
        format!(
            "<!doctype html><html lang=\"en-US\"><head><meta charset=\"utf-8\">
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Pictures</title>
             <script type=\"module\" src=\"/circulation-check/v1/circulation-check.js\"></script></head>
             <body><main><h1>Socks</h1>
             <circulation-check data-shop-url=\"/#product\">
             <script type=\"application/json\">{catalogue}</script></circulation-check></main></body></html>"
        ),
    );
    let files = [
        "/demo/pictures/everyday-knee-high.svg",
        "/demo/pictures/travel-knee-high.svg",
        "/demo/pictures/medical-knee-high-20-30.svg",
    ];
    let counts = || files.map(|f| ctx.assets.requests(f));
    let mut seen = Vec::new();
    for (offered, persona) in [(false, &quiz::GATED), (true, &quiz::SELF_CARE)] {
        let before = counts();
        let page = Page::open(ctx, &ctx.cross.url(path)).await?;
        page.wait_for(".cc-start").await?;
        quiz::walk_here(&page, persona, Input::Mouse).await?;
        page.wait_for(".cc-result").await?;
        let after = counts();
        let delta: Vec<usize> = after.iter().zip(before).map(|(a, b)| a - b).collect();
        let pictures = page
            .eval(
                "return [...widget().querySelectorAll('.cc-product img.cc-product-photo')].map(i => {
                     const r = i.getBoundingClientRect();
                     return {alt: i.alt, loaded: i.complete && i.naturalWidth > 0, box: [Math.round(r.width), Math.round(r.height)]};
                 });",
            )
            .await?;
        seen.push((delta, pictures.clone()));
        if offered {
            let list = pictures.as_array().cloned().unwrap_or_default();
            check!(
                page,
                !list.is_empty()
                    && list.iter().all(|p| p["loaded"] == true
                        && p["box"] == serde_json::json!([160, 120])
                        && p["alt"]
                            .as_str()
                            .is_some_and(|a| a.starts_with("Picture test"))),
                "the offered visitor's cards must show their pictures in a fixed box: {pictures}"
            );
            page.scroll_into_view(".cc-product").await?;
            page.screenshot("product-pictures").await?;
        }
        page.finish().await?;
    }
    let (gated, offered) = (&seen[0].0, &seen[1].0);
    anyhow::ensure!(
        gated == offered && gated[..2] == [1, 1] && gated[2] == 0,
        "requests to the image host per picture (everyday, travel, 20-30 mmHg): gated {gated:?}, offered {offered:?}"
    );
    Ok(())
}
