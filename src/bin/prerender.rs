//! Build-time renderer of the first screen: prints, as one JSON object, what
//! the loader needs to show the start screen before the wasm arrives. The
//! build (`scripts/post-build.mjs`) appends it to the glue module as
//! `export const prerendered = …`, so it comes with the glue (under the
//! glue's integrity check) and costs a page that never shows the widget
//! nothing. Run with `cargo run --features prerender --bin prerender`.
//!
//! - `screens`: for each locale tag and heading level ("en-GB/3"), the
//!   app's own first render of a visitor with nothing saved
//!   (`app::first_screen`, through Yew's server renderer) inside the app's
//!   root element: the DOM the app's first render replaces without a
//!   visible change. The theme is the loader's to set on `.cc-card`.
//! - `regions`: `Locale::REGIONS` lower-cased, so the loader resolves
//!   `data-locale` and `<html lang>` with the table the widget uses.
//! - `busy`: each locale's "Getting ready…", for a button pressed early.
//! - `privacy`: each language's privacy line for each events level (private,
//!   funnel, result, answers), which the loader puts in the screen's
//!   `.cc-privacy` item in the same task as the screen, so a page that opted
//!   in never shows the private line, not even for a frame.
//! - `snippets`: the same screens as the embed snippet carries them, in a
//!   declarative shadow root (`scripts/post-build.mjs` and the embed
//!   builder fill in the settings): hidden until the widget's stylesheet
//!   applies, and with the Start button as a disclosure (see
//!   [`declarative`]).
//! - `styles`: the widget's minified stylesheet, which the loader adopts.

use std::rc::Rc;

use circulation_check::app::{first_screen, ROOT_CLASS};
use circulation_check::env::Env;
use circulation_check::json::{object, Value};
use engine::Locale;
use yew::prelude::*;
use yew::LocalServerRenderer;

/// The widget's stylesheet, minified by `build.rs`.
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));

/// The heading levels a shop can set with `data-heading-level`.
const LEVELS: std::ops::RangeInclusive<u8> = 2..=6;

#[derive(Properties, PartialEq)]
struct FirstProps {
    env: Rc<Env>,
}

#[function_component]
fn First(props: &FirstProps) -> Html {
    html! {
        <ContextProvider<Rc<Env>> context={props.env.clone()}>
            { first_screen(&props.env) }
        </ContextProvider<Rc<Env>>>
    }
}

fn render(locale: Locale, level: u8) -> String {
    let mut env = Env::detached(locale);
    env.base = level;
    let html = futures::executor::block_on(
        LocalServerRenderer::<First>::with_props(FirstProps { env: Rc::new(env) })
            .hydratable(false)
            .render(),
    );
    format!(r#"<div class="{ROOT_CLASS}">{html}</div>"#)
}

/// The start screen as the embed snippet's declarative shadow root holds
/// it, before any script has run:
/// - its root is `hidden` until the stylesheet (a `<link>` beside it)
///   applies, since Safari paints a shadow root before its stylesheet
///   arrives, and the sheet's `.cc[hidden]` rule shows it;
/// - the Start button is the summary of a `<details>`: a press before any
///   script has run opens it, showing "Getting ready…" with no script,
///   and the loader reads that as an early Start. It looks like the app's
///   button (`.cc-early` in the stylesheet), which replaces it.
fn declarative(screen: &str, busy: &str) -> String {
    let root = format!(r#"<div class="{ROOT_CLASS}">"#);
    let rest = screen
        .strip_prefix(&root)
        .expect("the prerendered screen starts with the app's root");
    // The Start button: the first `<button` whose tag names `cc-begin`
    // (the language switch comes before it).
    let start = rest
        .match_indices("<button")
        .map(|(i, _)| i)
        .find(|&i| {
            rest[i..]
                .find('>')
                .is_some_and(|end| rest[i..i + end].contains("cc-begin"))
        })
        .expect("the start screen has a Start button");
    let open_end = start + rest[start..].find('>').expect("the button's tag ends");
    let close = open_end
        + rest[open_end..]
            .find("</button>")
            .expect("the button closes");
    let attributes = rest[start + "<button".len()..open_end].replace(r#" type="button""#, "");
    let label = &rest[open_end + 1..close];
    format!(
        r#"<div class="{ROOT_CLASS}" hidden>{}<details class="cc-early"><summary{attributes}>{label}</summary><p class="cc-early-busy" role="status">{busy}</p></details>{}"#,
        &rest[..start],
        &rest[close + "</button>".len()..],
    )
}

/// Every locale, English and Spanish: the first screen is the page's HTML
/// or a small module, not either build's wasm.
fn locales() -> impl Iterator<Item = Locale> {
    Locale::ALL.into_iter().chain(Locale::SPANISH)
}

fn main() {
    let mut screens = Vec::new();
    let mut snippets = Vec::new();
    for locale in locales() {
        let busy = circulation_check::wording::words(locale).getting_ready;
        for level in LEVELS {
            let key = format!("{}/{level}", locale.tag());
            let screen = render(locale, level);
            snippets.push((key.clone(), declarative(&screen, busy)));
            screens.push((key, screen));
        }
    }
    let regions: Vec<(String, Value)> = Locale::REGIONS
        .iter()
        .map(|(region, locale)| (region.to_ascii_lowercase(), locale.tag().into()))
        .collect();
    let busy: Vec<(&str, Value)> = locales()
        .map(|l| {
            (
                l.tag(),
                circulation_check::wording::words(l).getting_ready.into(),
            )
        })
        .collect();
    // By language, not locale: the lines are the same in every region.
    let mut privacy: Vec<(&str, Value)> = Vec::new();
    for l in locales() {
        let language = l.tag().split('-').next().unwrap_or("en");
        if !privacy.iter().any(|(k, _)| *k == language) {
            let lines = circulation_check::wording::words(l).privacy;
            let lines = Value::Array(lines.iter().map(|t| (*t).into()).collect());
            privacy.push((language, lines));
        }
    }
    let out = object([
        (
            "screens",
            object(screens.iter().map(|(k, v)| (k.as_str(), v.as_str().into()))),
        ),
        (
            "regions",
            object(regions.iter().map(|(k, v)| (k.as_str(), v.clone()))),
        ),
        (
            "snippets",
            object(
                snippets
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str().into())),
            ),
        ),
        ("busy", object(busy)),
        ("privacy", object(privacy)),
        ("styles", STYLES.into()),
    ]);
    println!("{}", out.to_json());
}
