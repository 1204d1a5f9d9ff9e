//! Every screen rendered natively with Yew's server renderer, in every
//! locale where wording differs: what a visitor reads, without a browser.
//! (Browsers keep what needs one: focus, keyboard, storage events, CSP,
//! layout and the three engines; see `e2e/`.)
#![cfg(not(target_arch = "wasm32"))]

// The engine's persona notation (`common::persona`) names the engine by its
// package name.
extern crate engine as circulation_engine;

#[path = "../engine/tests/common/mod.rs"]
mod common;

use std::rc::Rc;

use circulation_check::app::models::SavedView;
use circulation_check::config::{Config, EventLevel};
use circulation_check::env::Env;
use circulation_check::screens::history::{Entry, History};
use circulation_check::screens::past::PastModel;
use circulation_check::screens::question::draft::{Draft, Edit, Field, Problem};
use circulation_check::screens::result::Offer;
use circulation_check::screens::start::StartModel;
use circulation_check::screens::{emergency, past, question, result, start, summary, under_18};
use common::persona;
use engine::units::UnitError;
use engine::{evaluate, questions, text, Kind, Locale, Outcome};
use yew::prelude::*;
use yew::LocalServerRenderer;

/// What one render draws, given the environment.
type Draw = Rc<dyn Fn(&Env) -> Html>;

#[derive(Properties)]
struct HarnessProps {
    env: Rc<Env>,
    draw: Draw,
}

impl PartialEq for HarnessProps {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

/// Provides the context as the root component does, then draws.
#[function_component]
fn Harness(props: &HarnessProps) -> Html {
    html! {
        <ContextProvider<Rc<Env>> context={props.env.clone()}>
            { (props.draw)(&props.env) }
        </ContextProvider<Rc<Env>>>
    }
}

/// The HTML a screen renders in `locale`.
fn render(locale: Locale, draw: impl Fn(&Env) -> Html + 'static) -> String {
    let config = Config {
        locale,
        ..Config::default()
    };
    render_with(config, draw)
}

/// The text a visitor reads: tags dropped, entities decoded, spaces joined.
fn words(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn outcome(spec: &str, locale: Locale) -> Rc<Outcome> {
    Rc::new(evaluate(&persona(spec), locale))
}

#[track_caller]
fn has_all(html: &str, expected: &[&str]) {
    let text = words(html);
    for e in expected {
        assert!(
            text.contains(e) || html.contains(e),
            "missing {e:?} in:\n{text}"
        );
    }
}

#[track_caller]
fn has_none(html: &str, unexpected: &[&str]) {
    let text = words(html);
    for e in unexpected {
        assert!(
            !text.contains(e) && !html.contains(e),
            "unexpected {e:?} in:\n{text}"
        );
    }
}

/// The HTML a screen renders in a widget with this configuration.
fn render_with(config: Config, draw: impl Fn(&Env) -> Html + 'static) -> String {
    let props = HarnessProps {
        env: Rc::new(Env::detached_with(config)),
        draw: Rc::new(draw),
    };
    futures::executor::block_on(
        LocalServerRenderer::<Harness>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[test]
fn the_privacy_line_is_true_at_every_events_level() {
    // (level, what the line must say, what it must never say)
    let cases = [
        (
            EventLevel::Private,
            &["stay on this device", "Nothing you answer is sent"][..],
            &["told"][..],
        ),
        (
            EventLevel::Funnel,
            &["told which questions you see", "products you open"][..],
            &["Nothing you answer is sent", "your result"][..],
        ),
        (
            EventLevel::Result,
            &["told your result", "which questions you see"][..],
            &["Nothing you answer is sent", "every answer"][..],
        ),
        (
            EventLevel::Answers,
            &["told every answer you give and your result"][..],
            &["stay on this device", "Nothing you answer is sent"][..],
        ),
    ];
    for locale in Locale::ALL {
        for (events, says, never) in cases {
            let config = Config {
                locale,
                events,
                ..Config::default()
            };
            let html = render_with(config, |env| start::view(env, &StartModel::default()));
            let text = words(&html);
            for s in says {
                assert!(
                    text.contains(s),
                    "{locale:?} {events:?}: missing {s:?} in {text}"
                );
            }
            for s in never {
                assert!(
                    !text.contains(s),
                    "{locale:?} {events:?}: says {s:?} in {text}"
                );
            }
            // The loader swaps the prerendered line through this class.
            assert!(html.contains("class=\"cc-privacy\""), "{events:?}");
        }
    }
}

#[test]
fn the_start_screen_says_what_a_visitor_must_know_first() {
    for locale in Locale::ALL {
        let html = render(locale, |env| start::view(env, &StartModel::default()));
        has_all(
            &html,
            &[
                "Circulation Check",
                "3 minutes",
                "stay on this device",
                "not medical advice",
                "Start the check",
                "Bring back saved results",
                "part=\"primary-button\"",
            ],
        );
        has_none(&html, &["Continue where you left off"]);
    }
    let html = render(Locale::EnUs, |env| {
        start::view(
            env,
            &StartModel {
                unfinished: true,
                has_results: true,
                notice: Some("Everything this check kept on this device has been erased."),
            },
        )
    });
    has_all(
        &html,
        &[
            "Continue where you left off",
            "Start over",
            "My saved results",
            "has been erased",
        ],
    );
    has_none(&html, &["Start the check"]);
}

/// Every label of `q` in `locale`.
fn labels(locale: Locale, id: &str) -> Vec<&'static str> {
    let t = text::question(locale, id).unwrap();
    t.labels.iter().map(|(_, l)| *l).collect()
}

#[test]
fn every_question_renders_with_its_title_options_and_buttons_in_every_locale() {
    for locale in Locale::ALL {
        for q in questions() {
            let draft = Draft::from_answer(q.kind, locale, None);
            let html = render(locale, move |env| {
                question::view(
                    env,
                    q,
                    &draft,
                    None,
                    &"Question 1 of about 20".into(),
                    Callback::noop(),
                    Callback::noop(),
                )
            });
            let t = text::question(locale, q.id).unwrap();
            has_all(
                &html,
                &[
                    t.title,
                    &format!("data-question=\"{}\"", q.id),
                    "Back",
                    "Next",
                    "Question 1 of about 20",
                ],
            );
            // The body question's labels depend on the units (below).
            if q.kind != Kind::Body {
                for label in labels(locale, q.id) {
                    has_all(&html, &[label]);
                }
            }
            assert_eq!(
                words(&html).contains("Skip"),
                q.optional,
                "{}: Skip only when optional",
                q.id
            );
            assert_eq!(
                html.matches("id=\"cc-step-heading\"").count(),
                1,
                "{}: one step heading",
                q.id
            );
        }
    }
}

#[test]
fn heights_and_weights_are_asked_in_the_visitors_units() {
    let body = engine::question(engine::ids::BODY).unwrap();
    let draw = |locale: Locale| {
        render(locale, move |env| {
            question::view(
                env,
                body,
                &Draft::default(),
                None,
                &"".into(),
                Callback::noop(),
                Callback::noop(),
            )
        })
    };
    let us = draw(Locale::EnUs);
    has_all(
        &us,
        &[
            "feet (ft)",
            "inches (in)",
            "Weight (lb)",
            "id=\"cc-height-ft\"",
        ],
    );
    has_none(&us, &["(cm)", "(kg)"]);
    for locale in [
        Locale::EnGb,
        Locale::EnCa,
        Locale::EnAu,
        Locale::EnIe,
        Locale::EnNz,
        Locale::En,
    ] {
        let metric = draw(locale);
        has_all(
            &metric,
            &["Height (cm)", "Weight (kg)", "id=\"cc-height-cm\""],
        );
        has_none(&metric, &["(ft)", "(lb)"]);
    }
}

#[test]
fn impossible_heights_and_weights_are_explained_next_to_their_fields() {
    let body = engine::question(engine::ids::BODY).unwrap();
    let mut draft = Draft::default();
    draft.apply(Edit::Type(Field::Height, "90".into()));
    draft.apply(Edit::Type(Field::Weight, "1.5.0".into()));
    let problem = draft.to_answer(body, Locale::EnUs).unwrap_err();
    assert_eq!(
        problem,
        Problem::Body {
            height: Some(UnitError::TooTall),
            weight: Some(UnitError::NotANumber)
        }
    );
    let html = render(Locale::EnUs, move |env| {
        question::view(
            env,
            body,
            &draft,
            Some(problem),
            &"".into(),
            Callback::noop(),
            Callback::noop(),
        )
    });
    has_all(
        &html,
        &["height looks too big", "digits only", "role=\"alert\""],
    );
    assert_eq!(html.matches("aria-invalid=\"true\"").count(), 2, "{html}");
    assert!(html.contains("aria-describedby=\"cc-height-ft-error\""));
}

#[test]
fn a_screen_wide_problem_is_announced_and_linked_to_the_question() {
    let q = engine::question(engine::ids::URGENT).unwrap();
    let html = render(Locale::EnGb, move |env| {
        question::view(
            env,
            q,
            &Draft::default(),
            Some(Problem::ChooseSome),
            &"".into(),
            Callback::noop(),
            Callback::noop(),
        )
    });
    has_all(
        &html,
        &[
            "Please tick at least one",
            "id=\"cc-error\"",
            "aria-describedby=\"cc-help cc-error\"",
        ],
    );
}

#[test]
fn the_emergency_screen_names_the_visitors_number_and_nothing_else() {
    for (locale, number) in [
        (Locale::EnUs, "Call 911 now"),
        (Locale::EnGb, "Call 999 now"),
        (Locale::EnCa, "Call 911 now"),
        (Locale::EnAu, "Call 000 now"),
        (Locale::EnIe, "Call 112 or 999 now"),
        (Locale::EnNz, "Call 111 now"),
        (Locale::En, "Call your local emergency number now"),
    ] {
        let o = outcome("a_emergency=chest_pain", locale);
        let html = render(locale, move |env| emergency::view(env, &o));
        has_all(
            &html,
            &[
                number,
                "Don't drive yourself",
                "I chose this by mistake",
                "cc-level-emergency",
            ],
        );
        has_none(&html, &["data-rec", "cc-shop", "symptom score"]);
    }
    // No region known: the common numbers are listed, none leads alone.
    let o = outcome("a_emergency=fainted", Locale::En);
    let html = render(Locale::En, move |env| emergency::view(env, &o));
    has_all(&html, &["911", "999", "112", "000", "111"]);
    // First aid while waiting, for a bleeding vein.
    let o = outcome("a_bleeding=yes", Locale::EnGb);
    let html = render(Locale::EnGb, move |env| emergency::view(env, &o));
    has_all(&html, &["press firmly"]);
}

#[test]
fn the_under_18_screen_leads_with_any_urgent_or_soon_action_and_says_18() {
    let o = outcome("a_urgent=leg_pain b_age=under_18", Locale::EnUs);
    let html = render(Locale::EnUs, move |env| under_18::view(env, &o));
    has_all(
        &html,
        &[
            "Get seen today",
            "urgent care or the ER",
            "tell a parent, carer or another adult you trust",
            "You said",
            "Sources (2)",
            "aged 18 and over",
        ],
    );
    let banner = words(&html).find("Get seen today").unwrap();
    let note = words(&html).find("aged 18 and over").unwrap();
    assert!(banner < note, "the action comes first");
    has_none(&html, &["data-rec", "cc-shop"]);
    let o = outcome("a_soon=sore b_age=under_18", Locale::EnGb);
    let html = render(Locale::EnGb, move |env| under_18::view(env, &o));
    has_all(
        &html,
        &[
            "Book a doctor's appointment soon",
            "help you book an appointment",
            "18",
        ],
    );
    // Nothing raised: just the kind note.
    let o = outcome("b_age=under_18", Locale::EnGb);
    let html = render(Locale::EnGb, move |env| under_18::view(env, &o));
    has_all(&html, &["aged 18 and over"]);
    has_none(&html, &["cc-banner", "Get seen today"]);
}

const SELF_CARE: &str = "b_sex=female b_body=1676,68039 e_look=spider,swelling e_swell_where=ankle \
e_swell_when=evening e_swell_side=both e_swell_since=long e_swell_breath=no \
e_ratings=heaviness:1,aching:2,swelling:1,throbbing:0,itching:0,cramps:0,tingling:0 e_pattern=venous \
f_day=still:still_gt8,breaks:breaks_rare,legs_up:up_rare";

/// The tips a result shows, by `data-rec`.
fn tips(html: &str) -> Vec<&str> {
    html.split("data-rec=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect()
}

#[test]
fn each_level_shows_what_it_may_and_hides_what_it_may_not() {
    // Urgent: the action and its reasons; no tips, no products.
    let o = outcome("a_urgent=leg_swelling", Locale::EnGb);
    let html = render(Locale::EnGb, move |env| {
        result::view(env, &o, &[], &Offer::default())
    });
    has_all(
        &html,
        &[
            "Get seen today",
            "NHS 111",
            "Because you said",
            "New swelling in one leg only",
            "Sources",
        ],
    );
    assert!(tips(&html).is_empty());
    has_none(&html, &["cc-shop", "Your picture"]);
    // Soon (smoker, 67, calf pain uphill that stops with rest): tips, gated
    // ones say why, no product.
    let o = outcome(
        "b_age=65_plus f_smoking=current d_walk=yes d_start_still=no d_uphill=yes d_level=no d_stand=goes d_where=calf e_pattern=arterial",
        Locale::EnUs,
    );
    let html = render(Locale::EnUs, move |env| {
        result::view(env, &o, &[], &Offer::default())
    });
    has_all(
        &html,
        &[
            "Book a doctor's appointment soon",
            "intermittent claudication",
            "Why this is for you",
        ],
    );
    let shown = tips(&html);
    assert!(
        shown.starts_with(&["smoking"]) && shown.contains(&"walking_plan"),
        "{shown:?}"
    );
    assert!(!shown.contains(&"elevation"));
    has_none(&html, &["cc-shop"]);
    // Self-care with venous symptoms: compression with the shop link, every
    // tip with reasons and sources, the score, the sponsorship line.
    let o = outcome(SELF_CARE, Locale::EnUs);
    let history: Vec<(AttrValue, u8)> = vec![("Nov 1, 2026".into(), 7), ("Nov 25, 2026".into(), 4)];
    let html = render(Locale::EnUs, move |env| {
        let env = Env {
            shop_url: Some("/#product".into()),
            ..env.clone()
        };
        result::view(&env, &o, &history, &Offer::default())
    });
    let shown = tips(&html);
    for tip in ["compression", "elevation", "movement_breaks"] {
        assert!(shown.contains(&tip), "{tip} in {shown:?}");
    }
    assert_eq!(
        html.matches("class=\"cc-button cc-primary cc-shop\"")
            .count(),
        1
    );
    assert!(html.contains("href=\"/#product\""));
    has_all(
        &html,
        &[
            "Tips for your legs",
            "Your leg symptom score",
            "sells compression socks",
            "Nov 1, 2026 7, Nov 25, 2026 4",
        ],
    );
    // Every tip explains itself and names its sources.
    for chunk in html.split("data-rec=\"").skip(1) {
        let tip = chunk.split("</article>").next().unwrap();
        assert!(
            tip.contains("cc-reasons") && tip.contains("cc-sources"),
            "{tip}"
        );
    }
    // Without the shop's URL, no link at all.
    let o = outcome(SELF_CARE, Locale::EnUs);
    let html = render(Locale::EnUs, move |env| {
        result::view(env, &o, &[], &Offer::default())
    });
    has_none(&html, &["cc-shop"]);
}

#[test]
fn the_summary_lists_the_answers_in_words() {
    let answers = persona(SELF_CARE);
    let o = Rc::new(evaluate(&answers, Locale::EnUs));
    let html = render(Locale::EnUs, move |env| {
        summary::view(env, &answers, &o, None)
    });
    has_all(
        &html,
        &[
            "5 ft 6 in",
            "150 lb",
            "Spider veins",
            "not a diagnosis",
            "Print",
            "Back to my result",
        ],
    );
    let answers = persona(SELF_CARE);
    let o = Rc::new(evaluate(&answers, Locale::EnGb));
    let html = render(Locale::EnGb, move |env| {
        summary::view(env, &answers, &o, None)
    });
    has_all(&html, &["168 cm", "68 kg"]);
}

#[test]
fn my_saved_results_lists_each_with_its_score_change_and_the_erase_button() {
    let views = vec![
        SavedView {
            id: "a".into(),
            date: "1 Nov 2026".into(),
            level: "Tips for your legs".into(),
            score: Some(7),
        },
        SavedView {
            id: "b".into(),
            date: "25 Nov 2026".into(),
            level: "Tips for your legs".into(),
            score: Some(4),
        },
    ];
    let entries = Rc::new(Entry::newest_first(&views));
    assert_eq!(entries[0].change, Some(-3));
    let html = render(Locale::EnGb, move |_| {
        html! { <History entries={entries.clone()} cap_note={Some(AttrValue::from("This device keeps up to 300 results"))} /> }
    });
    has_all(
        &html,
        &[
            "My saved results",
            "25 Nov 2026",
            "4 out of 15",
            "3 lower than the time before",
            "Erase everything on this device",
            "keeps up to 300",
        ],
    );
    let first = words(&html).find("25 Nov 2026").unwrap();
    let second = words(&html).find("1 Nov 2026").unwrap();
    assert!(first < second, "newest first");
}

#[test]
fn a_past_result_names_the_answers_it_could_not_carry_over() {
    let o = outcome(SELF_CARE, Locale::EnUs);
    let html = render(Locale::EnUs, move |env| {
        past::view(
            env,
            &PastModel {
                date: "Nov 1, 2026",
                lost: vec!["Do you have any of these now?".into()],
                outcome: &o,
                history: &[],
                offer: Offer::default(),
            },
        )
    });
    has_all(
        &html,
        &[
            "Saved on Nov 1, 2026",
            "could not be carried over",
            "Do you have any of these now?",
            "Back to my saved results",
        ],
    );
}

/// The demo storefront's catalogue.
fn demo_catalogue() -> circulation_check::catalogue::Catalogue {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/demo/catalogue.json"))
        .unwrap();
    let (catalogue, warnings) = circulation_check::catalogue::parse(&text);
    assert!(warnings.is_empty(), "{warnings:?}");
    catalogue
}

#[test]
fn an_allowed_compression_tip_offers_the_shops_socks_with_reasons_and_a_size_finder() {
    use circulation_check::saved::Measurements;
    let answers = persona(&format!("{SELF_CARE} f_travel=planned"));
    let o = Rc::new(evaluate(&answers, Locale::EnUs));
    let catalogue = Rc::new(demo_catalogue());
    let measured_once = Some(Measurements {
        at: 0,
        ankle_mm: 225,
        calf_mm: 360,
    });
    for (measured, saved_here) in [(None, true), (measured_once, true), (measured_once, false)] {
        let (o, answers, catalogue) = (o.clone(), answers.clone(), catalogue.clone());
        let html = render(Locale::EnUs, move |env| {
            let offer = Offer {
                matches: circulation_check::catalogue::matches(&o, &answers, &catalogue),
                measured,
                saved_here,
            };
            result::view(env, &o, &[], &offer)
        });
        let cards = html.matches("part=\"product-card\"").count();
        assert!((1..=3).contains(&cards), "{cards} cards");
        has_all(
            &html,
            &[
                "Socks from this shop that fit your answers",
                "Why this one",
                "mmHg",
                "View in the shop",
            ],
        );
        // Never the 20-30 mmHg medical sock, never a sleeve.
        has_none(&html, &["20\u{2013}30 mmHg", "Sleeve"]);
        // Each card explains itself and names its sources.
        for card in html.split("part=\"product-card\"").skip(1) {
            let card = card.split("</article>").next().unwrap();
            assert!(
                card.contains("cc-reasons") && card.contains("cc-sources"),
                "{card}"
            );
        }
        match measured {
            None => has_all(&html, &["Find my size"]),
            Some(_) => has_all(
                &html,
                &[
                    "Find your size",
                    "Ankle, at its narrowest",
                    "part=\"size-answer\"",
                    "never sent anywhere",
                    // The shop's shoe sizes for the size found (M).
                    "Size M usually fits shoe sizes US women",
                ],
            ),
        }
        // Each card shows the shop's picture in a box of fixed size, named
        // by the product.
        for card in html.split("part=\"product-card\"").skip(1) {
            let card = card.split("</article>").next().unwrap();
            assert!(
                card.contains("class=\"cc-product-photo\"")
                    && card.contains("src=\"/demo/pictures/")
                    && card.contains("width=\"160\" height=\"120\""),
                "{card}"
            );
        }
        // The measurements' line follows the save status: with blocked
        // storage they are kept in memory only, and it says so.
        if measured.is_some() {
            let (yes, no) = (
                "saved with this result on this device",
                "only while this page is open",
            );
            let (says, never) = if saved_here { (yes, no) } else { (no, yes) };
            has_all(&html, &[says]);
            has_none(&html, &[never]);
        }
    }
}

#[test]
fn a_gated_visitor_sees_no_product_and_no_size_finder() {
    let catalogue = Rc::new(demo_catalogue());
    for spec in [
        format!("{SELF_CARE} c_conditions=heart c_diabetic_foot=none"),
        format!("{SELF_CARE} d_walk=cannot"),
        format!("{SELF_CARE} b_pregnancy=pregnant b_preeclampsia=none"),
        "a_urgent=leg_pain".to_string(),
    ] {
        let answers = persona(&spec);
        let o = Rc::new(evaluate(&answers, Locale::EnGb));
        let catalogue = catalogue.clone();
        let html = render(Locale::EnGb, move |env| {
            let offer = Offer {
                matches: circulation_check::catalogue::matches(&o, &answers, &catalogue),
                measured: None,
                saved_here: true,
            };
            result::view(env, &o, &[], &offer)
        });
        has_none(&html, &["product-card", "Find my size", "cc-shop"]);
    }
}

#[test]
fn the_summary_carries_the_measurements_for_the_doctor() {
    use circulation_check::saved::Measurements;
    let answers = persona(SELF_CARE);
    let o = Rc::new(evaluate(&answers, Locale::EnUs));
    let m = Some(Measurements {
        at: 0,
        ankle_mm: 221,
        calf_mm: 368,
    });
    let html = render(Locale::EnUs, move |env| summary::view(env, &answers, &o, m));
    has_all(
        &html,
        &[
            "Leg measurements",
            "Ankle at its narrowest: 22.1 cm (8.7 in)",
            "Calf at its widest: 36.8 cm (14.5 in)",
        ],
    );
    // In Spanish: es-US as the US writes numbers, es with a decimal comma.
    #[cfg(feature = "es")]
    for (locale, ankle) in [
        (
            Locale::EsUs,
            "Tobillo en su parte más delgada: 22.1 cm (8.7 pulg.)",
        ),
        (Locale::Es, "Tobillo en su parte más delgada: 22,1 cm."),
    ] {
        let answers = persona(SELF_CARE);
        let o = Rc::new(evaluate(&answers, locale));
        let html = render(locale, move |env| summary::view(env, &answers, &o, m));
        has_all(&html, &["Medidas de las piernas", ankle]);
    }
}

#[cfg(feature = "es")]
/// English words that never belong in a Spanish sentence; the publishers'
/// names of English sources ("American Heart Association", "NHS", …) and
/// US service names kept in brackets ("urgent care") avoid them.
const ENGLISH_ONLY: &[&str] = &[
    "the", "you", "your", "please", "don't", "with", "should", "now", "today", "call", "doctor",
    "answer", "result", "results", "next", "back", "skip", "start", "sources",
];

#[cfg(feature = "es")]
#[track_caller]
fn no_english(locale: Locale, what: &str, html: &str) {
    let text = words(html);
    for w in text
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        assert!(
            !ENGLISH_ONLY.contains(&w.to_lowercase().as_str()),
            "{locale:?} {what}: English word {w:?} in:\n{text}"
        );
    }
}

#[cfg(feature = "es")]
#[test]
fn every_screen_in_spanish_has_no_english_sentence() {
    for locale in Locale::SPANISH {
        let words_es = circulation_check::wording::words(locale);
        for model in [
            StartModel::default(),
            StartModel {
                unfinished: true,
                has_results: true,
                notice: None,
            },
        ] {
            let html = render(locale, move |env| start::view(env, &model));
            no_english(locale, "start", &html);
            has_all(&html, &["Chequeo de la circulación", "3 minutos"]);
        }
        for q in questions() {
            let draft = Draft::from_answer(q.kind, locale, None);
            let progress = circulation_check::wording::question_of(words_es, 1, 20);
            let html = render(locale, move |env| {
                question::view(
                    env,
                    q,
                    &draft,
                    None,
                    &progress.clone().into(),
                    Callback::noop(),
                    Callback::noop(),
                )
            });
            no_english(locale, q.id, &html);
            has_all(&html, &["Siguiente", "Pregunta 1 de unas 20"]);
        }
        for spec in ["a_emergency=chest_pain", "a_bleeding=yes", "a_limb=cold"] {
            let o = outcome(spec, locale);
            let html = render(locale, move |env| emergency::view(env, &o));
            no_english(locale, spec, &html);
            has_all(&html, &["Llame", "Mientras espera", "Elegí esto por error"]);
        }
        let o = outcome("a_urgent=leg_pain b_age=under_18", locale);
        let html = render(locale, move |env| under_18::view(env, &o));
        no_english(locale, "under 18", &html);
        has_all(&html, &["Vea a un médico hoy", "18 años"]);
        for spec in [
            "a_urgent=leg_swelling",
            "a_urgent=black_skin c_conditions=diabetes",
            "b_pregnancy=pregnant b_preeclampsia=headache",
            "a_soon=sore",
            SELF_CARE,
        ] {
            let o = outcome(spec, locale);
            let html = render(locale, move |env| {
                result::view(env, &o, &[], &Offer::default())
            });
            no_english(locale, spec, &html);
            has_all(&html, &["Usted dijo", "Fuentes"]);
        }
        let answers = persona(SELF_CARE);
        let o = Rc::new(evaluate(&answers, locale));
        let html = render(locale, move |env| summary::view(env, &answers, &o, None));
        no_english(locale, "summary", &html);
        has_all(&html, &["Arañas vasculares", "Imprimir"]);
    }
    // The emergency number follows the region, never the language.
    let o = outcome("a_emergency=chest_pain", Locale::EsUs);
    let html = render(Locale::EsUs, move |env| emergency::view(env, &o));
    has_all(&html, &["Llame al 911 ahora", "No maneje"]);
    let o = outcome("a_emergency=chest_pain", Locale::Es);
    let html = render(Locale::Es, move |env| emergency::view(env, &o));
    has_all(
        &html,
        &["Llame ahora al número de emergencias", "911", "112", "999"],
    );
    // Units: es-US as the US, es metric with a decimal comma.
    let answers = persona(SELF_CARE);
    let o = Rc::new(evaluate(&answers, Locale::EsUs));
    let html = render(Locale::EsUs, move |env| {
        summary::view(env, &answers, &o, None)
    });
    has_all(&html, &["5 pies 6 pulg.", "150 lb"]);
    let answers = persona(SELF_CARE);
    let o = Rc::new(evaluate(&answers, Locale::Es));
    let html = render(Locale::Es, move |env| {
        summary::view(env, &answers, &o, None)
    });
    has_all(&html, &["168 cm", "68 kg"]);
}

/// The language switch: on the first screen, named in the language it
/// offers and marked with it; the Spanish summary offers an English copy
/// for the doctor, the English one does not.
#[test]
fn the_other_language_is_offered_in_its_own_words() {
    let html = render(Locale::EnGb, |env| {
        circulation_check::app::first_screen(env)
    });
    has_all(&html, &["cc-lang", r#"lang="es""#, "En español"]);
    let answers = persona(SELF_CARE);
    let o = Rc::new(evaluate(&answers, Locale::EnUs));
    let html = render(Locale::EnUs, move |env| {
        summary::view(env, &answers, &o, None)
    });
    has_none(&html, &["cc-english-copy"]);
    #[cfg(feature = "es")]
    {
        let html = render(Locale::EsUs, |env| {
            circulation_check::app::first_screen(env)
        });
        has_all(&html, &["cc-lang", r#"lang="en""#, "In English"]);
        let answers = persona(SELF_CARE);
        let o = Rc::new(evaluate(&answers, Locale::EsUs));
        let html = render(Locale::EsUs, move |env| {
            summary::view(env, &answers, &o, None)
        });
        has_all(
            &html,
            &[r#"aria-expanded="false""#, "Mostrar también en inglés"],
        );
        has_none(&html, &["The same summary in English"]);
    }
}
