//! The widget in Spanish, end to end: a page with `<html lang="es-US">`
//! carrying the build's es-US embed snippet, a whole quiz to a result with
//! the shop's products and the size finder, the summary with its English
//! copy for the doctor, the saved result on a second visit, and an
//! emergency that says 911; and on an English page, the language switch
//! mid-quiz, which keeps the answers and is remembered. What each screen
//! says in both Spanish locales is checked natively (`tests/render.rs`);
//! here is what needs a real page: the loader's choice of build, the
//! handover between builds, storage, focus, axe.

use circulation_e2e::page::{Input, Page, Say};
use circulation_e2e::suite::dist_dir;
use circulation_e2e::{check, Ctx, Outcome};
use serde_json::Value;

use crate::quiz::{answer_all, EMERGENCY, SELF_CARE};

/// The widget's Spanish button labels, by their English ones.
const SPANISH: &[(&str, &str)] = &[
    ("Start the check", "Empezar el chequeo"),
    ("Next", "Siguiente"),
    ("Skip", "Saltar"),
    ("Back", "Atrás"),
];

/// English words that never belong in a Spanish sentence (as in
/// `tests/render.rs`, which checks every screen natively; the English
/// sources' publishers and the shop's own product names avoid them).
const ENGLISH_ONLY: &[&str] = &[
    "the", "you", "your", "please", "don't", "with", "should", "now", "today", "call", "doctor",
    "answer", "result", "results", "next", "back", "skip", "start", "sources", "check", "saved",
];

/// The English words in the widget's visible text, if any (the card's
/// `lang` says which language it speaks; the language switch, which names
/// the other language in that language, is left out).
async fn english_in_widget(page: &Page<'_>) -> anyhow::Result<Vec<String>> {
    let text = page
        .eval(
            "const card = widget().querySelector('.cc-card');
             const copy = card.cloneNode(true);
             copy.querySelectorAll('.cc-lang, [lang^=en]').forEach(e => e.remove());
             return copy.innerText ?? copy.textContent;",
        )
        .await?;
    let text = text.as_str().unwrap_or_default().to_owned();
    Ok(text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| ENGLISH_ONLY.contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect())
}

/// Fails the scenario when the widget shows an English word `place` ("on
/// the result").
async fn no_english(page: &Page<'_>, place: &str) -> Outcome {
    let english = english_in_widget(page).await?;
    check!(page, english.is_empty(), "English {place}: {english:?}");
    Ok(())
}

async fn card_lang(page: &Page<'_>) -> anyhow::Result<String> {
    let lang = page
        .eval("return widget().querySelector('.cc-card')?.lang ?? '';")
        .await?;
    Ok(lang.as_str().unwrap_or_default().to_owned())
}

/// Waits until the widget speaks `lang` (after a language switch, or the
/// app's takeover of an English first screen).
async fn wait_for_lang(page: &Page<'_>, lang: &str) -> anyhow::Result<()> {
    for _ in 0..200 {
        if card_lang(page).await? == lang {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let shown = card_lang(page).await?;
    let warnings = page.warnings("").await?;
    Err(page
        .fail(format!(
            "the widget speaks {shown:?}, not {lang:?} (warnings: {warnings:?})"
        ))
        .await)
}

/// A shop page in Spanish (US) with the build's es-US snippet, the demo
/// catalogue and a shop link.
fn spanish_page(ctx: &Ctx, path: &str) -> anyhow::Result<String> {
    let file = dist_dir()?.join("circulation-check/v1/snippet/es-US.html");
    let snippet = std::fs::read_to_string(&file)?.replacen(
        "<circulation-check ",
        "<circulation-check data-catalog-url=\"/demo/catalogue.json\" data-shop-url=\"/#product\" ",
        1,
    );
    ctx.shop.set_page(
        path,
        format!(
            "<!doctype html><html lang=\"es-US\"><head><meta charset=\"utf-8\">
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Medias de compresión</title></head>
             <body><main><h1>Medias de compresión</h1>{snippet}<p>Más de la tienda.</p></main></body></html>"
        ),
    );
    Ok(ctx.shop.url(path))
}

/// The files of the page's widget builds the browser fetched: `(English,
/// Spanish)` wasm requests.
async fn builds_fetched(page: &Page<'_>) -> anyhow::Result<(u64, u64)> {
    let n = page
        .eval(
            "const names = performance.getEntriesByType('resource').map(e => e.name).filter(n => n.endsWith('.wasm'));
             return [names.filter(n => !n.includes('circulation-check-es-')).length,
                     names.filter(n => n.includes('circulation-check-es-')).length];",
        )
        .await?;
    Ok((n[0].as_u64().unwrap_or(0), n[1].as_u64().unwrap_or(0)))
}

/// A whole quiz in Spanish on a Spanish page, by keyboard: every question
/// and the result in Spanish (axe-clean, photographed), the shop's socks
/// and the size finder, the summary with its English copy, and the result
/// saved for the next visit; only the Spanish build is fetched.
pub async fn a_whole_quiz_in_spanish(ctx: &Ctx) -> Outcome {
    let url = spanish_page(ctx, "/__made/es-us.html")?;
    let page = Page::open(ctx, &url).await?;
    page.speak(SPANISH);
    page.wait_for(".cc-start").await?;
    check!(
        page,
        card_lang(&page).await? == "es-US",
        "the first screen is not es-US"
    );
    no_english(&page, "on the start screen").await?;
    page.screenshot_widget("es-start").await?;
    answer_all(&page, &SELF_CARE, Input::Keyboard).await?;
    page.wait_for(".cc-level-selfcare").await?;
    check!(
        page,
        card_lang(&page).await? == "es-US",
        "the result is not es-US"
    );
    no_english(&page, "on the result").await?;
    let text = page.text(".cc-card").await?;
    for said in ["Usted dijo", "Fuentes"] {
        check!(page, text.contains(said), "the result lacks {said:?}");
    }
    let cards = page
        .eval("return widget().querySelectorAll('[data-rec=compression] .cc-product').length;")
        .await?;
    check!(
        page,
        cards.as_u64().is_some_and(|n| (1..=3).contains(&n)),
        "no sock cards: {cards}"
    );
    page.axe("the Spanish self-care result").await?;
    page.screenshot_widget("es-result").await?;

    // The summary for the doctor, and its English copy.
    page.click_button("Resumen para mi médico").await?;
    page.wait_for(".cc-summary").await?;
    no_english(&page, "on the summary").await?;
    page.click_button("Mostrar también en inglés, para un médico que lee inglés")
        .await?;
    page.wait_for(".cc-summary-copy").await?;
    let copy = page.text(".cc-summary-copy").await?;
    check!(
        page,
        copy.contains("The same summary in English") && copy.contains("How old are you?"),
        "the English copy is not English: {copy}"
    );
    page.axe("the Spanish summary with its English copy")
        .await?;
    page.screenshot_widget("es-summary").await?;

    // A second visit: the saved result, in Spanish.
    page.reload(".cc-start").await?;
    wait_for_lang(&page, "es-US").await?;
    page.click_button("Mis resultados guardados").await?;
    page.wait_for(".cc-history").await?;
    no_english(&page, "in the saved results").await?;
    let (en, es) = builds_fetched(&page).await?;
    check!(
        page,
        en == 0 && es >= 1,
        "a Spanish page fetched {en} English and {es} Spanish builds"
    );
    page.finish().await
}

/// An emergency in Spanish on a Spanish page in the US: "Llame al 911",
/// nothing else, axe-clean.
pub async fn an_emergency_in_spanish_says_911(ctx: &Ctx) -> Outcome {
    let url = spanish_page(ctx, "/__made/es-us-emergency.html")?;
    let page = Page::open(ctx, &url).await?;
    page.speak(SPANISH);
    page.wait_for(".cc-start").await?;
    answer_all(&page, &EMERGENCY, Input::Mouse).await?;
    page.wait_for(".cc-level-emergency").await?;
    let text = page.text(".cc-card").await?;
    check!(
        page,
        text.contains("Llame al 911"),
        "no 'Llame al 911': {text}"
    );
    no_english(&page, "on the emergency").await?;
    page.axe("the Spanish emergency").await?;
    page.screenshot_widget("es-emergency").await?;
    page.finish().await
}

/// On the English demo shop, a visitor switches to Spanish mid-quiz: the
/// Spanish build takes over at the same question with the answers kept
/// (Back shows them), focus stays on the switch; the pick is saved, so the
/// next visit starts in Spanish without the English build; switching back
/// to English works in place.
pub async fn switching_language_mid_quiz_keeps_the_answers(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    page.click_button("Start the check").await?;
    page.moved_on(None).await?;
    page.answer("a_emergency", Say::Pick(&["none"]), Input::Mouse)
        .await?;
    page.moved_on(Some("a_emergency")).await?;
    page.answer("a_limb", Say::Pick(&["none"]), Input::Mouse)
        .await?;
    let at = page.moved_on(Some("a_limb")).await?;
    let (_, es) = builds_fetched(&page).await?;
    check!(
        page,
        es == 0,
        "an English page fetched the Spanish build before any switch"
    );

    // By keyboard, as a visitor reaches it: the switch sits just before
    // the question's heading, where focus is.
    check!(
        page,
        page.focus_on_heading().await?,
        "focus is not on the question's heading"
    );
    page.back_tab().await?;
    let focused = page.focused().await?;
    check!(
        page,
        focused["text"] == "En español",
        "Shift+Tab from the heading reached {focused}"
    );
    page.press(circulation_e2e::page::key::ENTER).await?;
    wait_for_lang(&page, "es-US").await?;
    page.speak(SPANISH);
    check!(
        page,
        page.question_id().await? == at,
        "the switch left the question {at:?}"
    );
    let focused = page.focused().await?;
    check!(
        page,
        focused["text"] == "In English",
        "focus is not on the switch: {focused}"
    );
    no_english(&page, "on the Spanish question").await?;
    page.axe("a question after switching to Spanish").await?;
    page.screenshot_widget("es-question-switched").await?;
    page.click_button("Back").await?;
    page.wait_for("form[data-question=a_limb]").await?;
    let kept = page
        .eval("return widget().querySelector(\"input[name='a_limb'][value='none']\")?.checked ?? false;")
        .await?;
    check!(page, kept == true, "the answer before the switch is gone");
    let stored = page.stored("circulation-check:v1").await?;
    check!(
        page,
        stored["language"]["lang"] == "es",
        "the pick is not saved: {stored}"
    );

    // The next visit: in Spanish at once (no English build), where it was.
    page.reload(".cc-start").await?;
    wait_for_lang(&page, "es-US").await?;
    let (en, es) = builds_fetched(&page).await?;
    check!(
        page,
        en == 0 && es == 1,
        "the saved pick fetched {en} English and {es} Spanish builds"
    );
    page.screenshot_widget("es-start-on-an-english-page")
        .await?;
    // The page's English snippet gave way to the Spanish first screen
    // without a word to the console: the snippet is as it was written.
    let warned = page.warnings("snippet").await?;
    check!(
        page,
        warned.is_empty(),
        "the switch made the snippet warn: {warned:?}"
    );
    page.click_button("Seguir donde lo dejó").await?;
    page.wait_for("form[data-question=a_limb]").await?;

    // And back to English, in place.
    page.click_button("In English").await?;
    wait_for_lang(&page, "en-US").await?;
    page.speak(&[]);
    check!(
        page,
        page.question_id().await?.as_deref() == Some("a_limb"),
        "English lost the question"
    );
    let stored: Value = page.stored("circulation-check:v1").await?;
    check!(
        page,
        stored["language"]["lang"] == "en",
        "the English pick is not saved: {stored}"
    );
    page.finish().await
}

/// The Spanish build cannot load (a shop that copied only the English
/// files, a CDN serving bad bytes): pressing "En español" says so under the
/// card, in Spanish, and the English widget goes on with the answers; once
/// the files are right, the next press switches.
pub async fn the_switch_says_so_when_spanish_cannot_load(ctx: &Ctx) -> Outcome {
    let wasm = std::fs::read_dir(dist_dir()?.join("circulation-check/v1"))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .find(|n| n.starts_with("circulation-check-es-") && n.ends_with(".wasm"))
        .ok_or_else(|| anyhow::anyhow!("no Spanish wasm in dist"))?;
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    page.click_button("Start the check").await?;
    page.moved_on(None).await?;
    {
        let _tampered = ctx.shop.tamper_while(&wasm);
        page.click_button("En español").await?;
        page.wait_for(".cc-lang-failed").await?;
    }
    let note = page.text(".cc-lang-failed").await?;
    check!(
        page,
        note.contains("No se pudo cargar el español"),
        "the note says {note:?}"
    );
    check!(
        page,
        card_lang(&page).await? == "en-US",
        "the widget left English"
    );
    let warned = page.warnings("could not change the language").await?;
    check!(page, warned.len() == 1, "warnings: {warned:?}");
    page.axe("the note that Spanish could not load").await?;
    page.screenshot_widget("es-could-not-load").await?;
    page.answer("a_emergency", Say::Pick(&["none"]), Input::Mouse)
        .await?;
    let next = page.moved_on(Some("a_emergency")).await?;
    check!(
        page,
        next.as_deref() == Some("a_limb"),
        "the English widget stopped working: it shows {next:?}"
    );
    page.click_button("En español").await?;
    wait_for_lang(&page, "es-US").await?;
    let left = page
        .eval("return widget().querySelectorAll('.cc-lang-failed').length;")
        .await?;
    check!(page, left == 0, "the note stayed after Spanish loaded");
    page.finish().await
}
