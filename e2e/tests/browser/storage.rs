//! Saved progress and results in real browsers: reload and resume, revisit
//! a saved result after a reload (with the score change and a keyboard
//! confirm to delete), blocked and full storage, two tabs, two widgets on
//! one page, export then import into a cleared browser, and hostile imports
//! answered within half a second by the release build.

use anyhow::bail;
use circulation_e2e::page::{key, Input, Page, Say};
use circulation_e2e::{check, Ctx, Outcome};
use serde_json::Value;

use crate::quiz::{walk_here, SELF_CARE};

/// The default key's envelope, as the page's localStorage holds it.
const ENVELOPE: &str = "circulation-check:v1";

/// Answers the first three safety questions by mouse, from the start
/// screen to the fourth question.
pub async fn answer_three(page: &Page<'_>) -> Outcome {
    page.click_button("Start the check").await?;
    for (q, say) in [
        ("a_emergency", Say::Pick(&["none"])),
        ("a_limb", Say::Pick(&["none"])),
        ("a_bleeding", Say::Pick(&["no"])),
    ] {
        page.wait_for(&format!("form[data-question={q}]")).await?;
        page.answer(q, say, Input::Mouse).await?;
    }
    page.wait_for("form[data-question=a_urgent]").await
}

/// Three answers, a reload: "Continue where you left off" goes back to the
/// fourth question with the answers kept; "Start over" starts afresh.
pub async fn reload_and_resume(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    answer_three(&page).await?;
    page.reload(".cc-continue").await?;
    page.screenshot_widget("resume-offer").await?;
    page.click_button("Continue where you left off").await?;
    page.wait_for("form[data-question=a_urgent]").await?;
    page.click_button("Back").await?;
    page.wait_for("form[data-question=a_bleeding]").await?;
    let kept = page
        .eval("return widget().querySelector(\"input[name='a_bleeding'][value='no']\").checked;")
        .await?;
    check!(
        page,
        kept == Value::Bool(true),
        "the saved answer was not restored"
    );
    page.reload(".cc-continue").await?;
    page.click_button("Start over").await?;
    page.wait_for("form[data-question=a_emergency]").await?;
    page.reload(".cc-start").await?;
    let offers = page
        .eval("return !!widget().querySelector('.cc-continue');")
        .await?;
    check!(
        page,
        offers == Value::Bool(false),
        "Start over did not clear the saved progress"
    );
    page.finish().await
}

/// A finished quiz is saved; after a reload "My saved results" lists it
/// with an earlier one (seeded two weeks back with a higher score), shows
/// the change, opens it in full, and deletes one behind a keyboard confirm.
pub async fn revisit_a_saved_result_after_reload(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    walk_here(&page, &SELF_CARE, Input::Mouse).await?;
    let stored = page.stored(ENVELOPE).await?;
    check!(
        page,
        stored["results"].as_array().map(Vec::len) == Some(1),
        "one result should be saved: {stored}"
    );
    // An earlier visit: the same answers two weeks before, heavier legs.
    page.eval(&format!(
        "const e = JSON.parse(localStorage.getItem('{ENVELOPE}'));
         const r = structuredClone(e.results[0]);
         r.id = 'earlier'; r.saved_at -= 14 * 86400000;
         r.answers.e_ratings.Ratings.heaviness = 3;
         e.results.unshift(r);
         localStorage.setItem('{ENVELOPE}', JSON.stringify(e));"
    ))
    .await?;
    page.reload(".cc-history-open").await?;
    page.click_button("My saved results").await?;
    page.wait_for(".cc-history-item").await?;
    check!(
        page,
        page.focus_on_heading().await?,
        "focus is not on the saved results heading"
    );
    let items = page.find_all(".cc-history-item").await?;
    let change = page.text(".cc-history-item .cc-history-change").await?;
    check!(
        page,
        items.len() == 2 && change.contains("2 lower than the time before"),
        "{} items, change {change:?}",
        items.len()
    );
    page.axe("my saved results").await?;
    page.screenshot_widget("history").await?;

    page.find(".cc-history-item .cc-open")
        .await?
        .click()
        .await?;
    page.wait_for(".cc-past .cc-level-selfcare").await?;
    let text = page.text(".cc-past").await?;
    check!(
        page,
        text.contains("Saved on") && text.contains("Your leg symptom score"),
        "the saved result is incomplete: {text:.200}"
    );
    page.screenshot_widget("saved-result").await?;
    page.click_button("Back to my saved results").await?;
    page.wait_for(".cc-history-item").await?;

    // Delete the earlier one: the confirm step takes focus, "keep" is safe.
    // Newest first, so the earlier one is second (result ids never reach
    // the page).
    let earlier = ".cc-history-item:nth-child(2) .cc-delete";
    page.find(earlier).await?.click().await?;
    page.wait_for(".cc-confirm").await?;
    let focused = page.focused().await?;
    check!(
        page,
        focused["text"] == "No, keep it",
        "focus is on {focused}, not on keep"
    );
    page.press(key::ENTER).await?;
    page.wait_for(earlier).await?;
    page.find(earlier).await?.click().await?;
    page.wait_for(".cc-confirm").await?;
    page.click_button("Yes, delete").await?;
    page.until(
        "the deletion",
        "return !widget().querySelector('.cc-confirm') && widget().querySelectorAll('.cc-history-item').length === 1;",
    )
    .await?;
    let left = page.find_all(".cc-history-item").await?.len();
    let stored = page.stored(ENVELOPE).await?;
    check!(
        page,
        left == 1 && stored["results"].as_array().map(Vec::len) == Some(1),
        "{left} left after deleting one: {stored}"
    );
    page.finish().await
}

/// Storage blocked (a SecurityError on `window.localStorage`): the quiz
/// works in memory and says, quietly, that it is not saved here.
pub async fn blocked_storage_still_works(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/__e2e/blocked-storage.html")).await?;
    page.wait_for(".cc-start").await?;
    let note = page.text(".cc-device-note").await?;
    check!(
        page,
        note.contains("Not saved on this device"),
        "no quiet notice: {note:?}"
    );
    walk_here(&page, &SELF_CARE, Input::Mouse).await?;
    page.screenshot_widget("blocked-storage-result").await?;
    page.finish().await
}

/// localStorage filled to its quota before the quiz: every answer still
/// counts, the result shows, and the notice says it is not saved.
pub async fn full_storage_still_works(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    let filled = page
        .eval(
            "let chunk = 'x'.repeat(1 << 20), n = 0;
             while (chunk.length > 16) {
               try { localStorage.setItem('filler-' + n, chunk); n++; }
               catch (e) { chunk = chunk.slice(0, chunk.length / 2); }
             }
             try { localStorage.setItem('probe', 'y'.repeat(64)); return false; } catch (e) { return true; }",
        )
        .await?;
    check!(
        page,
        filled == Value::Bool(true),
        "could not fill localStorage"
    );
    walk_here(&page, &SELF_CARE, Input::Mouse).await?;
    let note = page.text(".cc-device-note").await?;
    check!(
        page,
        note.contains("Not saved on this device"),
        "no quiet notice: {note:?}"
    );
    page.eval("localStorage.clear();").await?;
    page.finish().await
}

/// Two tabs: tab B sits on the start screen while tab A finishes a quiz;
/// B's view follows (its "My saved results" appears), and B's own answers
/// afterwards never overwrite A's result.
pub async fn two_tabs_keep_each_others_results(ctx: &Ctx) -> Outcome {
    let url = ctx.shop.url("/#check");
    let a = Page::open(ctx, &url).await?;
    a.wait_for(".cc-start").await?;
    let tab_a = a.client.window().await?;
    let tab_b = a.client.new_window(true).await?.handle;
    a.client.switch_to_window(tab_b.clone()).await?;
    a.client.goto(&url).await?;
    a.wait_for(".cc-start").await?;
    let quiet = a
        .eval("return !!widget().querySelector('.cc-history-open.cc-quiet');")
        .await?;
    check!(
        a,
        quiet == Value::Bool(true),
        "tab B should start with no saved results"
    );

    a.client.switch_to_window(tab_a.clone()).await?;
    walk_here(&a, &SELF_CARE, Input::Mouse).await?;

    a.client.switch_to_window(tab_b).await?;
    // The storage event updates B without a reload.
    a.wait_for(".cc-history-open:not(.cc-quiet)").await?;
    answer_three(&a).await?;
    let stored = a.stored(ENVELOPE).await?;
    let results = stored["results"].as_array().map(Vec::len);
    let progress = stored["progress"]["answers"].as_object().map(|m| m.len());
    check!(
        a,
        results == Some(1) && progress == Some(3),
        "B overwrote A, or lost its own answers: {stored}"
    );
    a.client.switch_to_window(tab_a).await?;
    a.finish().await
}

/// Two widgets on one page without storage keys keep apart: answers in the
/// first are saved under its key only, and after a reload only the first
/// offers to continue.
pub async fn two_widgets_on_one_page_keep_apart(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/__e2e/two-widgets.html")).await?;
    page.wait_for(".cc-start").await?;
    page.wait_for_in(1, ".cc-start").await?;
    answer_three(&page).await?;
    let first = page.stored(ENVELOPE).await?;
    let second = page.stored("circulation-check~2:v1").await?;
    check!(
        page,
        first["progress"]["answers"].as_object().map(|m| m.len()) == Some(3) && second.is_null(),
        "first {first}, second {second}"
    );
    page.reload(".cc-continue").await?;
    page.wait_for_in(1, ".cc-start").await?;
    let second_offers = page
        .eval("return !!widget(1).querySelector('.cc-continue');")
        .await?;
    check!(
        page,
        second_offers == Value::Bool(false),
        "the second widget shows the first one's progress"
    );
    page.finish().await
}

/// Export a code and a file, then bring results back in a fresh browser
/// (a new profile: nothing stored); a mistyped code gets a clear message.
pub async fn export_then_import_into_a_cleared_browser(ctx: &Ctx) -> Outcome {
    let (code, file) = {
        let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
        page.wait_for(".cc-start").await?;
        walk_here(&page, &SELF_CARE, Input::Mouse).await?;
        page.click_button("Start again").await?;
        page.wait_for(".cc-history-open").await?;
        page.click_button("My saved results").await?;
        page.wait_for("#cc-export-code").await?;
        page.wait_for("a.cc-download[href^='blob:']").await?;
        page.screenshot_widget("export").await?;
        let code = page
            .eval("return widget().querySelector('#cc-export-code').value;")
            .await?;
        // The downloadable file, read back through its object URL.
        let file = page
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const a = __ccRoot(document.querySelector('circulation-check')).querySelector('a.cc-download');
                 fetch(a.href).then(r => r.text()).then(done, e => done('failed: ' + e));",
                vec![],
            )
            .await?;
        page.finish().await?;
        (
            code.as_str().unwrap_or_default().to_owned(),
            file.as_str().unwrap_or_default().to_owned(),
        )
    };
    if !code.starts_with("CC1.") || !file.contains("\"results\"") {
        bail!("no code or file: {code:.40} / {file:.80}");
    }

    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    page.click_button("Bring back saved results").await?;
    page.wait_for("#cc-import-code").await?;
    // A typo first: one character changed in the middle.
    let mid = code.len() / 2;
    let flipped = if &code[mid..=mid] == "A" { "B" } else { "A" };
    let typo = format!("{}{flipped}{}", &code[..mid], &code[mid + 1..]);
    page.fill_in("#cc-import-code", &typo).await?;
    page.click_button("Bring back").await?;
    page.wait_for(".cc-import-message.cc-error").await?;
    let said = page.text(".cc-import-message").await?;
    check!(page, said.contains("typo"), "mistyped code: {said:?}");
    page.find("#cc-import-code").await?.clear().await?;
    page.fill_in("#cc-import-code", &code).await?;
    page.click_button("Bring back").await?;
    page.wait_for(".cc-history-item").await?;
    let said = page.text(".cc-import-message").await?;
    check!(
        page,
        said.contains("Brought back 1"),
        "import said {said:?}"
    );
    page.screenshot_widget("imported").await?;
    // The same results again, from the file: nothing new.
    // One file per trial: the engines run side by side in this process, and
    // one engine's clean-up removed a file another was about to upload.
    static TRIAL: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = TRIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::env::temp_dir().join(format!("cc-results-{}-{n}.json", std::process::id()));
    std::fs::write(&path, &file)?;
    page.find("#cc-import-file")
        .await?
        .send_keys(&path.to_string_lossy())
        .await?;
    page.wait_for(".cc-import-message").await?;
    for _ in 0..100 {
        if page
            .text(".cc-import-message")
            .await?
            .contains("already here")
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let said = page.text(".cc-import-message").await?;
    let _ = std::fs::remove_file(&path);
    check!(
        page,
        said.contains("already here"),
        "file import said {said:?}"
    );
    page.find(".cc-history-item .cc-open")
        .await?
        .click()
        .await?;
    page.wait_for(".cc-past .cc-level-selfcare").await?;
    let stored = page.stored(ENVELOPE).await?;
    check!(
        page,
        stored["results"].as_array().map(Vec::len) == Some(1),
        "not saved after import: {stored}"
    );
    page.finish().await
}

/// Pastes `text` into the import box (set directly: typing a megabyte would
/// take minutes), presses Bring back, and returns the message and how long
/// it took to appear, measured inside the page.
async fn paste_and_time(page: &Page<'_>, text: &str) -> anyhow::Result<(String, f64)> {
    let seen = page
        .client
        .execute_async(
            "const [text, done] = [arguments[0], arguments[arguments.length - 1]];
             const root = __ccRoot(document.querySelector('circulation-check'));
             const message = () => root.querySelector('.cc-import-message')?.textContent ?? '';
             const before = message();
             root.querySelector('#cc-import-code').value = text;
             // The browser lays out the pasted text first, as after a real
             // paste; the clock starts at the press.
             requestAnimationFrame(() => requestAnimationFrame(() => {
               const started = performance.now();
               root.querySelector('.cc-import-go').click();
               const poll = () => {
                 const now = message();
                 if (now !== before) done([now, performance.now() - started]);
                 else if (performance.now() - started > 20000) done([now, -1]);
                 else setTimeout(poll, 0);
               };
               poll();
             }));",
            vec![Value::from(text)],
        )
        .await?;
    Ok((
        seen[0].as_str().unwrap_or_default().to_owned(),
        seen[1].as_f64().unwrap_or(-1.0),
    ))
}

/// Codes built to freeze the page (100,000 keys in reverse order; 20,000
/// results; 2 MB of text) each get their plain message within half a
/// second on the release build (the better of two tries when the first is
/// slower), and the visitor's own results stay.
pub async fn hostile_imports_answer_quickly(ctx: &Ctx) -> Outcome {
    const LIMIT_MS: f64 = 500.0;
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    walk_here(&page, &SELF_CARE, Input::Mouse).await?;
    page.click_button("Start again").await?;
    page.wait_for(".cc-history-open").await?;
    page.click_button("My saved results").await?;
    page.wait_for("#cc-import-code").await?;
    let keys: Vec<String> = (0..100_000).rev().map(|i| format!("\"k{i}\":0")).collect();
    let many_keys = format!(
        r#"{{"v":2,"kind":"circulation-check-results","results":[{{"id":"a","saved_at":1,"content_version":2,"answers":{{{}}}}}]}}"#,
        keys.join(",")
    );
    let results: Vec<String> = (0..20_000u64)
        .map(|i| {
            format!(
                r#"{{"id":"{i:x}","saved_at":{},"content_version":2,"answers":{{}}}}"#,
                1_700_000_000_000 + i
            )
        })
        .collect();
    let many_results = format!(
        r#"{{"v":2,"kind":"circulation-check-results","results":[{}]}}"#,
        results.join(",")
    );
    for (case, text, expected) in [
        ("100,000 keys", many_keys, "does not look like"),
        ("20,000 results", many_results, "did not fit"),
        ("2 MB", "A".repeat(2_000_000), "too big"),
    ] {
        let (said, mut took) = paste_and_time(&page, &text).await?;
        if took > LIMIT_MS {
            // The test command runs the three engines side by side on two
            // cores, so a browser can lose the CPU for a while: a second
            // try tells that from a freeze, which misses both.
            let again = paste_and_time(&page, &text).await?.1;
            println!("    {case}: {took:.0} ms, again {again:.0} ms");
            took = took.min(again);
        }
        println!("    {case}: {took:.0} ms");
        check!(
            page,
            said.contains(expected),
            "{case}: expected {expected:?}, said {said:?}"
        );
        check!(
            page,
            (0.0..LIMIT_MS).contains(&took),
            "{case}: the message took {took:.0} ms (limit {LIMIT_MS} ms)"
        );
    }
    let stored = page.stored(ENVELOPE).await?;
    let results = stored["results"].as_array().cloned().unwrap_or_default();
    let own = results
        .iter()
        .filter(|r| r["answers"].as_object().is_some_and(|a| !a.is_empty()))
        .count();
    check!(
        page,
        results.len() == 300 && own == 1,
        "expected the visitor's result and the 299 newest imports: {} results, {own} of them the visitor's",
        results.len()
    );
    page.finish().await
}
