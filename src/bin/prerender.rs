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

fn main() {
    let mut screens = Vec::new();
    for locale in Locale::ALL {
        for level in LEVELS {
            screens.push((format!("{}/{level}", locale.tag()), render(locale, level)));
        }
    }
    let regions: Vec<(String, Value)> = Locale::REGIONS
        .iter()
        .map(|(region, locale)| (region.to_ascii_lowercase(), locale.tag().into()))
        .collect();
    let busy = Locale::ALL.map(|l| {
        (
            l.tag(),
            circulation_check::wording::words(l).getting_ready.into(),
        )
    });
    // By language, not locale: the lines are the same in every region.
    let mut privacy: Vec<(&str, Value)> = Vec::new();
    for l in Locale::ALL {
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
        ("busy", object(busy)),
        ("privacy", object(privacy)),
        ("styles", STYLES.into()),
    ]);
    println!("{}", out.to_json());
}
