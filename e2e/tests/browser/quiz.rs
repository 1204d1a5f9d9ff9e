//! Whole quizzes in the browser, by mouse and by keyboard alone, along one
//! persona per triage level, checking what the result shows and hides, with
//! an axe-core scan of every question kind and result, and screenshots.

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
    shop_link: bool,
}

const EMERGENCY: Persona = Persona {
    name: "emergency",
    answers: &[("a_emergency", Say::Pick(&["breathless"]))],
    level: "emergency",
    texts: &["Call 911 now"],
    tips: &[],
    no_tips: &["compression", "water", "activity"],
    shop_link: false,
};

const URGENT: Persona = Persona {
    name: "urgent",
    answers: &[("a_urgent", Say::Pick(&["leg_pain"]))],
    level: "urgent",
    texts: &["Because you said"],
    tips: &[],
    no_tips: &["compression", "water", "activity"],
    shop_link: false,
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
    shop_link: false,
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
    shop_link: true,
};

fn say_for(p: &Persona, question: &str) -> Option<Say> {
    p.answers
        .iter()
        .chain(BASE)
        .find(|(q, _)| *q == question)
        .map(|(_, s)| *s)
}

/// Walks `persona` from the start screen to its ending with `input`, then
/// checks the result. Screenshots and axe scans happen along the way when
/// `inspect` is set (the mouse runs), so each state is scanned once per run.
async fn walk(ctx: &Ctx, persona: &Persona, input: Input, inspect: bool) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    if inspect {
        page.axe("the start screen").await?;
    }
    walk_on(&page, persona, input, inspect).await?;
    page.finish().await
}

/// Walks `persona` through the first widget of an open page and checks the
/// result (for pages other than the demo shop).
pub async fn walk_here(page: &Page<'_>, persona: &Persona, input: Input) -> Outcome {
    walk_on(page, persona, input, false).await
}

async fn walk_on(page: &Page<'_>, persona: &Persona, input: Input, inspect: bool) -> Outcome {
    match input {
        Input::Mouse => page.click_button("Start the check").await?,
        Input::Keyboard => page.key_button("Start the check").await?,
    }
    let mut steps = 0;
    while let Some(question) = page.question_id().await? {
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
        if inspect {
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
        page.wait_for("#cc-step-heading").await?;
        // The next screen must be a different one (an answer was accepted).
        let accepted = page.question_id().await?.as_deref() != Some(question.as_str());
        // The widget's own message, if it shows one, says why.
        let text = match accepted {
            true => String::new(),
            false => page.text(".cc-error").await.unwrap_or_default(),
        };
        check!(page, accepted, "{question} was not accepted: {text}");
    }
    check_result(page, persona, input).await?;
    if inspect {
        page.axe(&format!("the {} result", persona.name)).await?;
        page.screenshot_widget(&format!("result-{}", persona.name))
            .await?;
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
    let links = page
        .eval("return [...widget().querySelectorAll('a.cc-shop')].map(a => [a.closest('[data-rec]')?.dataset.rec, a.getAttribute('href')]);")
        .await?;
    let count = links.as_array().map_or(0, Vec::len);
    check!(
        page,
        !p.shop_link || (count == 1 && links[0][0] == "compression" && links[0][1] == "/#product"),
        "expected one shop link on the compression tip: {links}"
    );
    check!(
        page,
        p.shop_link || count == 0,
        "the {} result shows a shop link: {links}",
        p.name
    );
    Ok(())
}

pub async fn emergency_by_mouse(ctx: &Ctx) -> Outcome {
    walk(ctx, &EMERGENCY, Input::Mouse, true).await
}
pub async fn emergency_by_keyboard(ctx: &Ctx) -> Outcome {
    walk(ctx, &EMERGENCY, Input::Keyboard, false).await
}
pub async fn urgent_by_mouse(ctx: &Ctx) -> Outcome {
    walk(ctx, &URGENT, Input::Mouse, true).await
}
pub async fn urgent_by_keyboard(ctx: &Ctx) -> Outcome {
    walk(ctx, &URGENT, Input::Keyboard, false).await
}
pub async fn soon_by_mouse(ctx: &Ctx) -> Outcome {
    walk(ctx, &SOON, Input::Mouse, true).await
}
pub async fn soon_by_keyboard(ctx: &Ctx) -> Outcome {
    walk(ctx, &SOON, Input::Keyboard, false).await
}
pub async fn self_care_by_mouse(ctx: &Ctx) -> Outcome {
    walk(ctx, &SELF_CARE, Input::Mouse, true).await
}
pub async fn self_care_by_keyboard(ctx: &Ctx) -> Outcome {
    walk(ctx, &SELF_CARE, Input::Keyboard, false).await
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

/// en-GB: metric fields and 999.
pub async fn british_visitor_sees_metric_units_and_999(ctx: &Ctx) -> Outcome {
    let page = open_at_body(ctx, &ctx.shop.url("/__e2e/gb.html")).await?;
    page.wait_for("#cc-height-cm").await?;
    let text = page.text(".cc-body").await?;
    check!(
        page,
        text.contains("cm") && text.contains("kg"),
        "no metric units: {text}"
    );
    page.click_button("Back").await?;
    for _ in 0..6 {
        page.click_button("Back").await?;
    }
    page.wait_for("form[data-question=a_emergency]").await?;
    // The earlier "none" is still ticked: untick it by choosing a sign.
    page.find("input[value=none]").await?.click().await?;
    page.answer("a_emergency", Say::Pick(&["fainted"]), Input::Mouse)
        .await?;
    page.wait_for(".cc-level-emergency").await?;
    let text = page.text(".cc-card").await?;
    check!(
        page,
        text.contains("999") && !text.contains("911"),
        "wrong emergency number: {text}"
    );
    page.finish().await
}

/// The printable summary lists the answers in words and the result.
pub async fn summary_for_the_doctor(ctx: &Ctx) -> Outcome {
    let page = Page::open(ctx, &ctx.shop.url("/#check")).await?;
    page.wait_for(".cc-start").await?;
    page.click_button("Start the check").await?;
    while let Some(q) = page.question_id().await? {
        page.answer(
            &q,
            say_for(&SELF_CARE, &q).expect("an answer"),
            Input::Mouse,
        )
        .await?;
        page.wait_for("#cc-step-heading").await?;
    }
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
        shop_link: false,
        ..SELF_CARE
    };
    walk_on(&page, &persona, Input::Mouse, false).await?;
    page.axe("the dark result").await?;
    page.screenshot_widget("result-dark").await?;
    page.finish().await
}
