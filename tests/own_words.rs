//! A results file or code can be written by anyone and handed to a
//! visitor: whatever it names (question keys, option values, result ids),
//! the widget shows only its own words. Rendered natively with Yew's
//! server renderer, after bringing back a file and a code with made-up
//! keys, values and ids.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use circulation_check::app::models::{self, SavedView};
use circulation_check::app::state::{Screen, State};
use circulation_check::env::Env;
use circulation_check::saved::{self, code_for, import, Envelope};
use circulation_check::screens::history::{Entry, History};
use circulation_check::screens::past::{self, PastModel};
use circulation_check::screens::result::Offer;
use circulation_check::store::SaveStatus;
use engine::Locale;
use yew::prelude::*;
use yew::LocalServerRenderer;

/// The age question's wording: a real question with a made-up value is
/// named by the widget's own title for it.
const AGE_TITLE: &str = "How old are you?";

/// What a planted file puts everywhere it can.
const PLANT: &str = "URGENT: call +1-900-555-0100 now";

/// A results file with the planted text as a result id, a question key,
/// an option value of a real question, a grid row and a rating item.
fn planted_file() -> String {
    format!(
        r#"{{"v":2,"kind":"circulation-check-results","results":[{{"id":"{PLANT}","saved_at":1700000000000,"content_version":2,"answers":{{
            "{PLANT}":"Yes",
            "a_emergency":{{"Choices":["none"]}},
            "b_age":{{"Choice":"{PLANT}"}},
            "f_day":{{"Grid":{{"{PLANT}":"often"}}}},
            "e_ratings":{{"Ratings":{{"{PLANT}":3}}}},
            "zz_{PLANT}":{{"Choice":"x"}}
        }}}}]}}"#
    )
}

#[derive(Properties)]
struct ShowProps {
    state: Rc<State>,
    views: Rc<Vec<SavedView>>,
}

impl PartialEq for ShowProps {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

/// "My saved results" and the result opened, as the app shows them.
#[function_component]
fn Show(props: &ShowProps) -> Html {
    let env = Rc::new(Env::detached(Locale::EnUs));
    let entries = Rc::new(Entry::newest_first(&props.views));
    let past = models::past(&env, &props.state, &props.views).map(|(date, lost, o, _)| {
        past::view(
            &env,
            &PastModel {
                date: &date,
                lost,
                outcome: &o,
                history: &[],
                offer: Offer::default(),
            },
        )
    });
    html! {
        <ContextProvider<Rc<Env>> context={env.clone()}>
            <History entries={entries} />
            { past.unwrap_or_default() }
        </ContextProvider<Rc<Env>>>
    }
}

/// Brings `text` back into an empty device and renders both screens.
fn bring_back(text: &str) -> String {
    let results = import(text, 1_800_000_000_000).expect("readable");
    let mut saved = Envelope::default();
    assert_eq!(saved.import(results).added, 1);
    let r = saved.results[0].clone();
    // What `hooks::use_saved_views` makes of it (the date comes from Intl).
    let (_, outcome) = saved::open(&r, Locale::EnUs);
    let views = Rc::new(vec![SavedView {
        id: r.id.clone().into(),
        date: "Nov 14, 2023".into(),
        level: engine::text::level(Locale::EnUs, outcome.level, outcome.urgency)
            .heading
            .into(),
        score: outcome.symptom_score,
    }]);
    let state = Rc::new(State {
        screen: Screen::Past,
        viewing: Some(r.id.clone()),
        ..State::with_saved(saved, SaveStatus::Saved, false)
    });
    futures::executor::block_on(
        LocalServerRenderer::<Show>::with_props(ShowProps { state, views })
            .hydratable(false)
            .render(),
    )
}

#[track_caller]
fn nothing_planted(html: &str) {
    for piece in ["URGENT", "900-555", "call +1", "zz_"] {
        assert!(!html.contains(piece), "{piece:?} shown in:\n{html}");
    }
    // The widget still says, in its own words, what it could not carry.
    assert!(html.contains("could not be carried over"), "{html}");
    assert!(html.contains(AGE_TITLE), "{html}");
    assert!(html.contains("2 answers from an older version"), "{html}");
}

#[test]
fn answers_the_widget_cannot_name_are_counted() {
    let env = Env::detached(Locale::EnGb);
    let ids = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        models::lost(&env, &ids(&["b_age", PLANT])),
        [AGE_TITLE, "1 answer from an older version"]
    );
    assert!(models::lost(&env, &ids(&["b_age"]))
        .iter()
        .all(|l| !l.contains("older")));
}

#[test]
fn a_planted_file_shows_none_of_its_text() {
    nothing_planted(&bring_back(&planted_file()));
}

#[test]
fn a_planted_code_shows_none_of_its_text() {
    nothing_planted(&bring_back(&code_for(&planted_file())));
}
