//! Whole quizzes in the browser, by mouse and by keyboard alone, along one
//! persona per triage level and the under-18 ending, checking what the
//! result shows and hides, with an axe-core scan of every question kind and
//! ending, and screenshots; the emergency number follows the page's
//! language and region. What a screen says in each locale is checked
//! natively (`tests/render.rs`); here is what needs a real page.

use circulation_e2e::page::{Input, Page, Say};
use circulation_e2e::{check, Ctx, Outcome};

/// A healthy shopper's answers; personas override some of them.
const BASE: &[(&str, Say)] = &[
    ("a_emergency", Say::Pick(&["none"])),
    ("a_limb", Say::Pick(&["none"])),
    ("a_bleeding", Say::Pick(&["no"])),
    ("a_urgent", Say::Pick(&["none"])),
    ("a_soon", Say::Pick(&["none"])),
    ("b_age", Say::Pick(&["40_64"])),
    ("b_sex", Say::Skip),
    ("b_body", Say::Skip),
    ("b_pregnancy", Say::Pick(&["no"])),
    ("b_preeclampsia", Say::Pick(&["none"])),
    ("c_conditions", Say::Pick(&["none"])),
    ("c_thinner", Say::Pick(&["none"])),
    ("c_diabetic_foot", Say::Pick(&["none"])),
    ("d_walk", Say::Pick(&["no"])),
    ("e_look", Say::Pick(&["none"])),
    ("e_swell_where", Say::Pick(&["ankle"])),
    ("e_swell_when", Say::Pick(&["evening"])),
    ("e_swell_side", Say::Pick(&["both"])),
    ("e_swell_since", Say::Pick(&["long"])),
    ("e_swell_breath", Say::Pick(&["no"])),
    ("e_ratings", Say::Rows(&[])),
    ("e_pattern", Say::Pick(&["none"])),
    (
        "f_activity",
        Say::Rows(&[("minutes", "min_150_300"), ("strength", "str_2plus")]),
    ),
    (
        "f_day",
        Say::Rows(&[
            ("still", "still_lt4"),
            ("breaks", "breaks_hourly"),
            ("legs_up", "up_often"),
        ]),
    ),
    ("f_smoking", Say::Pick(&["never"])),
    (
        "f_diet",
        Say::Rows(&[
            ("drinks", "drinks_6_8"),
            ("salt", "salt_rare"),
            ("veg", "veg_5plus"),
            ("fish", "fish_2plus"),
        ]),
    ),
    ("f_compression", Say::Pick(&["no"])),
    ("f_sleep_in", Say::Pick(&["no"])),
    ("f_travel", Say::Pick(&["no"])),
];

/// What a persona's result must show and must not show.
pub struct Persona {
    name: &'static str,
    answers: &'static [(&'static str, Say)],
    /// The banner's level class suffix: emergency, urgent, soon, selfcare.
    level: &'static str,
    texts: &'static [&'static str],
    tips: &'static [&'static str],
    no_tips: &'static [&'static str],
    /// The compression tip offers the shop: its link (`data-shop-url`), or
    /// the shop's products where the page has a catalogue.
    offers_shop: bool,
    /// A persona whose answers this one takes where it has none of its own.
    like: Option<&'static Persona>,
}

pub const EMERGENCY: Persona = Persona {
    name: "emergency",
    answers: &[("a_emergency", Say::Pick(&["breathless"]))],
    level: "emergency",
    texts: &["Call 911 now"],
    tips: &[],
    no_tips: &["compression", "water", "activity"],
    offers_shop: false,
    like: None,
};

const URGENT: Persona = Persona {
    name: "urgent",
    answers: &[("a_urgent", Say::Pick(&["leg_pain"]))],
    level: "urgent",
    texts: &["Because you said"],
    tips: &[],
    no_tips: &["compression", "water", "activity"],
    offers_shop: false,
    like: None,
};

/// "Smoker, 67, calf pain walking uphill that stops with rest."
const SOON: Persona = Persona {
    name: "soon",
    answers: &[
        ("b_age", Say::Pick(&["65_plus"])),
        ("d_walk", Say::Pick(&["yes"])),
        ("d_start_still", Say::Pick(&["no"])),
        ("d_uphill", Say::Pick(&["yes"])),
        ("d_level", Say::Pick(&["no"])),
        ("d_stand", Say::Pick(&["goes"])),
        ("d_where", Say::Pick(&["calf"])),
        ("e_pattern", Say::Pick(&["arterial"])),
        ("f_smoking", Say::Pick(&["current"])),
    ],
    level: "soon",
    texts: &["Because you said", "Why this is for you"],
    tips: &["smoking", "walking_plan"],
    no_tips: &["elevation"],
    offers_shop: false,
    like: None,
};

/// Office worker with spider veins and evening ankle swelling for years.
pub const SELF_CARE: Persona = Persona {
    name: "selfcare",
    answers: &[
        ("b_sex", Say::Pick(&["female"])),
        (
            "b_body",
            Say::Type(&[
                ("cc-height-ft", "5"),
                ("cc-height-in", "6"),
                ("cc-weight", "150"),
            ]),
        ),
        ("e_look", Say::Pick(&["spider", "swelling"])),
        (
            "e_ratings",
            Say::Rows(&[("heaviness", "1"), ("aching", "2"), ("swelling", "1")]),
        ),
        ("e_pattern", Say::Pick(&["venous"])),
        (
            "f_day",
            Say::Rows(&[
                ("still", "still_gt8"),
                ("breaks", "breaks_rare"),
                ("legs_up", "up_rare"),
            ]),
        ),
    ],
    level: "selfcare",
    texts: &[
        "Why this is for you",
        "sells compression socks",
        "Your leg symptom score",
    ],
    tips: &["compression", "elevation", "movement_breaks"],
    no_tips: &[],
    offers_shop: true,
    like: None,
};

/// The office worker with a skin condition on her legs: compression is a
/// tip to ask about first, so no sock, no link and no size finder.
pub const GATED: Persona = Persona {
    name: "gated",
    answers: &[("c_conditions", Say::Pick(&["skin"]))],
    level: "selfcare",
    texts: &["Why this is for you"],
    tips: &["compression", "elevation"],
    no_tips: &[],
    offers_shop: false,
    like: Some(&SELF_CARE),
};

fn say_for(p: &Persona, question: &str) -> Option<Say> {
    p.answers
        .iter()
        .chain(p.like.map_or(&[][..], |l| l.answers))
        .chain(BASE)
        .find(|(q, _)| *q == question)
        .map(|(_, s)| *s)
}

/// What a walk scans with axe and photographs on the way.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Inspect {
    Nothing,
    /// The ending only.
    Ending,
    /// One screen of every question kind, and the ending.
    Everything,
}

/// Walks `persona` from the start screen to its ending with `input`, then
/// checks the result.
async fn walk(ctx: &Ctx, persona: &Persona, input: Input, inspect: Inspect) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    walk_on(&page, persona, input, inspect).await?;
    page.finish().await
}

/// Walks `persona` through the first widget of an open page and checks the
/// result (for pages other than the demo shop).
pub async fn walk_here(page: &Page<'_>, persona: &Persona, input: Input) -> Outcome {
    walk_on(page, persona, input, Inspect::Nothing).await
}

async fn walk_on(page: &Page<'_>, persona: &Persona, input: Input, inspect: Inspect) -> Outcome {
    answer_all_inspecting(page, persona, input, inspect).await?;
    check_result(page, persona, input).await?;
    if inspect != Inspect::Nothing {
        page.axe(&format!("the {} result", persona.name)).await?;
        page.screenshot_widget(&format!("result-{}", persona.name))
            .await?;
    }
    Ok(())
}

/// From the start screen, Start and every question of `persona`'s path to
/// its ending (in whatever language the widget speaks: `Page::speak`).
pub async fn answer_all(page: &Page<'_>, persona: &Persona, input: Input) -> Outcome {
    answer_all_inspecting(page, persona, input, Inspect::Nothing).await
}

async fn answer_all_inspecting(
    page: &Page<'_>,
    persona: &Persona,
    input: Input,
    inspect: Inspect,
) -> Outcome {
    match input {
        Input::Mouse => page.click_button("Start the check").await?,
        Input::Keyboard => page.key_button("Start the check").await?,
    }
    let mut next = page.moved_on(None).await?;
    let mut steps = 0;
    while let Some(question) = next {
        steps += 1;
        check!(page, steps <= 40, "more than 40 screens");
        check!(
            page,
            input != Input::Keyboard || page.focus_on_heading().await?,
            "focus is not on the heading of {question}"
        );
        check!(
            page,
            let Some(say) = say_for(persona, &question),
            "persona {} has no answer for {question}",
            persona.name
        );
        if inspect == Inspect::Everything {
            let shot = match question.as_str() {
                "a_emergency" => Some("question-checklist"),
                "a_bleeding" => Some("question-yesno"),
                "b_age" => Some("question-choice"),
                "e_ratings" => Some("question-rating"),
                "f_diet" => Some("question-grid"),
                _ => None,
            };
            if let Some(name) = shot {
                page.axe(&question).await?;
                page.screenshot_widget(name).await?;
            }
        }
        page.answer(&question, say, input).await?;
        // The next screen must be a different one (an answer was accepted);
        // else the widget's own message says why.
        next = page.moved_on(Some(&question)).await?;
    }
    Ok(())
}

async fn check_result(page: &Page<'_>, p: &Persona, input: Input) -> Outcome {
    page.wait_for(&format!(".cc-level-{}", p.level)).await?;
    check!(
        page,
        input != Input::Keyboard || page.focus_on_heading().await?,
        "focus is not on the result heading"
    );
    let text = page.text(".cc-card").await?;
    for t in p.texts {
        check!(page, text.contains(t), "the {} result lacks {t:?}", p.name);
    }
    let tips = page
        .eval("return [...widget().querySelectorAll('[data-rec]')].map(e => e.dataset.rec);")
        .await?;
    let has = |id: &str| tips.as_array().is_some_and(|a| a.iter().any(|t| t == id));
    for id in p.tips {
        check!(
            page,
            has(id),
            "the {} result lacks the {id} tip: {tips}",
            p.name
        );
    }
    for id in p.no_tips {
        check!(
            page,
            !has(id),
            "the {} result shows the {id} tip: {tips}",
            p.name
        );
    }
    // Every tip explains itself and names its sources.
    let unexplained = page
        .eval("return [...widget().querySelectorAll('[data-rec]')].filter(t => !t.querySelector('.cc-reasons li') || !t.querySelector('.cc-sources li')).length;")
        .await?;
    check!(
        page,
        unexplained == 0,
        "{unexplained} tips lack reasons or sources"
    );
    // Every shop link sits on the compression tip: one to the shop's page,
    // or one per product card (at most three).
    let shop = page
        .eval(
            "const links = [...widget().querySelectorAll('a.cc-shop')];
             return {links: links.length,
                     onTip: links.filter(a => a.closest('[data-rec]')?.dataset.rec === 'compression').length,
                     page: links.filter(a => a.getAttribute('href') === '/#product').length,
                     cards: widget().querySelectorAll('[data-rec=compression] .cc-product').length};",
        )
        .await?;
    let n = |k: &str| shop[k].as_u64().unwrap_or(u64::MAX);
    let offered = n("links") == n("onTip")
        && ((n("links") == 1 && n("page") == 1 && n("cards") == 0)
            || (n("cards") >= 1 && n("cards") <= 3 && n("links") == n("cards")));
    check!(
        page,
        !p.offers_shop || offered,
        "expected the shop's link or products on the compression tip only: {shop}"
    );
    check!(
        page,
        p.offers_shop || (n("links") == 0 && n("cards") == 0),
        "the {} result offers the shop: {shop}",
        p.name
    );
    Ok(())
}

/// The emergency sign by keyboard alone on a phone: the call-now screen
/// and nothing else, scanned by axe.
pub async fn emergency_by_keyboard(ctx: &Ctx) -> Outcome {
    walk(ctx, &EMERGENCY, Input::Keyboard, Inspect::Ending).await
}
pub async fn urgent_by_mouse(ctx: &Ctx) -> Outcome {
    walk(ctx, &URGENT, Input::Mouse, Inspect::Ending).await
}
pub async fn soon_by_keyboard(ctx: &Ctx) -> Outcome {
    walk(ctx, &SOON, Input::Keyboard, Inspect::Ending).await
}
pub async fn self_care_by_keyboard(ctx: &Ctx) -> Outcome {
    walk(ctx, &SELF_CARE, Input::Keyboard, Inspect::Nothing).await
}

/// The self-care persona by mouse, scanning every question kind, then the
/// printable summary: the answers in words and the result, back again.
pub async fn self_care_by_mouse_with_the_summary(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    walk_on(&page, &SELF_CARE, Input::Mouse, Inspect::Everything).await?;
    page.click_button("Summary for my doctor").await?;
    page.wait_for(".cc-summary").await?;
    let text = page.text(".cc-summary").await?;
    for t in ["5 ft 6 in", "Spider veins", "not a diagnosis"] {
        check!(
            page,
            text.to_lowercase().contains(&t.to_lowercase()),
            "the summary lacks {t:?}"
        );
    }
    page.axe("the printable summary").await?;
    page.screenshot_widget("summary").await?;
    page.click_button("Back to my result").await?;
    page.wait_for(".cc-level-selfcare").await?;
    page.finish().await
}

/// Someone under 18 who ticked an urgent sign: the urgent action comes
/// first, with a line about telling a trusted adult, then the adults-only
/// note; never a tip or a product. Back returns to the age question.
pub async fn under_18_with_an_urgent_sign(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    page.click_button("Start the check").await?;
    for (q, say) in [
        ("a_emergency", Say::Pick(&["none"])),
        ("a_limb", Say::Pick(&["none"])),
        ("a_bleeding", Say::Pick(&["no"])),
        ("a_urgent", Say::Pick(&["leg_swelling"])),
        ("a_soon", Say::Pick(&["none"])),
        ("b_age", Say::Pick(&["under_18"])),
    ] {
        page.wait_for(&format!("form[data-question={q}]")).await?;
        page.answer(q, say, Input::Mouse).await?;
    }
    page.wait_for(".cc-under-18 .cc-level-urgent").await?;
    let text = page.text(".cc-under-18").await?;
    let seen = page
        .eval(
            "const s = widget().querySelector('.cc-under-18');
             return [s.querySelector('.cc-banner').compareDocumentPosition(s.querySelector('.cc-lead')) === Node.DOCUMENT_POSITION_FOLLOWING,
                     !!s.querySelector('.cc-adult-help'), s.querySelectorAll('.cc-banner .cc-sources li').length > 0,
                     widget().querySelectorAll('[data-rec], .cc-product, a.cc-shop').length];",
        )
        .await?;
    check!(
        page,
        seen == serde_json::json!([true, true, true, 0]),
        "[action before the note, trusted adult, sources, tips or products] = {seen}"
    );
    check!(page, text.contains("18"), "no adults-only note: {text}");
    page.axe("the under-18 screen with an urgent sign").await?;
    page.screenshot_widget("under-18-urgent").await?;
    page.click_button("Back").await?;
    page.wait_for("form[data-question=b_age]").await?;
    page.finish().await
}

/// Opens `url` and answers as the self-care persona up to the height and
/// weight question.
async fn open_at_body<'a>(ctx: &'a Ctx, url: &str) -> anyhow::Result<Page<'a>> {
    let page = Page::open(ctx, url).await?;
    page.wait_for(".cc-start").await?;
    page.click_button("Start the check").await?;
    for q in [
        "a_emergency",
        "a_limb",
        "a_bleeding",
        "a_urgent",
        "a_soon",
        "b_age",
        "b_sex",
    ] {
        page.answer(q, say_for(&SELF_CARE, q).expect("an answer"), Input::Mouse)
            .await?;
    }
    Ok(page)
}

/// Impossible heights and weights get a clear message next to the field,
/// nothing moves on, and a fixed value is accepted.
pub async fn body_question_explains_impossible_values(ctx: &Ctx) -> Outcome {
    let page = open_at_body(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for("#cc-height-ft").await?;
    page.answer(
        "b_body",
        Say::Type(&[("cc-height-ft", "90"), ("cc-weight", "1.5.0")]),
        Input::Mouse,
    )
    .await?;
    page.wait_for(".cc-field .cc-error").await?;
    let text = page.text(".cc-body").await?;
    check!(
        page,
        text.contains("height looks too big") && text.contains("digits only"),
        "unclear messages: {text}"
    );
    let invalid = page
        .eval("return widget().querySelectorAll('[aria-invalid=true]').length;")
        .await?;
    check!(
        page,
        invalid == 2,
        "{invalid} fields marked invalid, expected 2"
    );
    page.axe("the body question with errors").await?;
    page.screenshot_widget("question-body-error").await?;
    page.answer(
        "b_body",
        Say::Type(&[
            ("cc-height-ft", "5"),
            ("cc-height-in", "6"),
            ("cc-weight", "150"),
        ]),
        Input::Mouse,
    )
    .await?;
    page.wait_for("form[data-question=b_pregnancy]").await?;
    page.finish().await
}

/// The page's own language picks the emergency number when the shop sets
/// no `data-locale`: a page in English without a region says "your local
/// emergency number" (with examples), an Australian page 000, a British one 999 (and asks
/// in centimetres, checked natively). Each page keeps its own storage key.
pub async fn the_emergency_number_follows_the_page(ctx: &Ctx) -> Outcome {
    let cases = [
        ("en", "Call your local emergency number", &[][..]),
        ("en-AU", "Call 000", &["911", "999"][..]),
        ("en-GB", "Call 999", &["911", "000"][..]),
    ];
    let mut page: Option<Page> = None;
    for (lang, number, not) in cases {
        let path = format!("/__made/lang-{lang}.html");
        ctx.shop.set_page(
            &path,
            format!(
                "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">
                 <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>lang {lang}</title>
                 <script type=\"module\" src=\"/circulation-check/v1/circulation-check.js\"></script></head>
                 <body><main><h1>Socks</h1><circulation-check data-storage-key=\"lang-{lang}\"></circulation-check></main></body></html>"
            ),
        );
        let p = match page.take() {
            None => Page::open(ctx, &ctx.shop.url(&path)).await?,
            Some(p) => {
                p.client.goto(&ctx.shop.url(&path)).await?;
                p
            }
        };
        p.wait_for(".cc-start").await?;
        p.click_button("Start the check").await?;
        p.answer("a_emergency", Say::Pick(&["fainted"]), Input::Mouse)
            .await?;
        p.wait_for(".cc-level-emergency").await?;
        let text = p.text(".cc-card").await?;
        check!(
            p,
            text.contains(number) && !not.iter().any(|n| text.contains(n)),
            "lang={lang}: expected {number:?}: {text}"
        );
        if lang == "en" {
            p.axe("the emergency screen with no known number").await?;
        }
        p.finish().await?;
        page = Some(p);
    }
    Ok(())
}

/// The dark theme keeps every contrast rule: axe scans a question and the
/// whole self-care result (tips, badges, charts) in dark.
pub async fn dark_theme_passes_axe(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/__e2e/gb.html")).await?;
    page.wait_for(".cc-start").await?;
    page.eval(
        "const el = document.querySelector('circulation-check'); el.setAttribute('data-theme', 'dark');
         el.removeAttribute('data-shop-url'); el.setAttribute('data-locale', 'en-US');
         el.remove(); document.querySelector('main').append(el); document.body.style.background = '#000';",
    )
    .await?;
    page.wait_for(".cc-card[data-theme=dark] .cc-start").await?;
    page.axe("the dark start screen").await?;
    page.click_button("Start the check").await?;
    page.wait_for("form[data-question]").await?;
    page.axe("a dark question").await?;
    page.click_button("Back").await?;
    page.wait_for(".cc-start").await?;
    let persona = Persona {
        answers: SELF_CARE.answers,
        offers_shop: false,
        ..SELF_CARE
    };
    walk_on(&page, &persona, Input::Mouse, Inspect::Nothing).await?;
    page.axe("the dark result").await?;
    page.screenshot_widget("result-dark").await?;
    page.finish().await
}
