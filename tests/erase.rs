//! Which keys "Erase everything" removes (`store::family`), natively:
//! every key every widget of the family wrote on the origin, and none of
//! the shop's, even one that looks like ours; and what the visitor is told
//! when storage refuses.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use circulation_check::app::models;
use circulation_check::app::state::{Action, Notice, Screen, State};
use circulation_check::env::Env;
use circulation_check::saved::{encode, Envelope};
use circulation_check::store::family::{family, is_envelope};
use engine::Locale;
use yew::Reducible;

fn stored() -> Vec<(&'static str, String)> {
    let ours = encode(&Envelope::default());
    vec![
        // The default key's family, by name alone.
        ("circulation-check:v1", "{junk".into()),
        ("circulation-check:backup", "{junk".into()),
        ("circulation-check~2:v1", ours.clone()),
        ("circulation-check:backup:1700000000000", "x".into()),
        // Another widget's own key: known by its envelope.
        ("legs-quiz:v1", ours.clone()),
        ("legs-quiz:backup", "{unreadable".into()),
        ("legs-quiz~3:v1", ours.clone()),
        ("legs-quiz~3:backup:123", "x".into()),
        // The first builds' bare answers.
        ("old-quiz:v1", r#"{"version":1,"answers":{}}"#.into()),
        // Claimed by a widget on this page, nothing readable in it.
        ("mounted:backup", "{".into()),
        // The shop's own keys, one shaped like ours.
        ("cart:v1", r#"{"v":1,"items":[]}"#.into()),
        ("cart:backup", "{}".into()),
        ("session", ours.clone()),
        ("circulation-check-theme", "dark".into()),
        ("circulation-check:v2", "x".into()),
        ("prefs:v1", r#"{"answers":{},"theme":"dark"}"#.into()),
    ]
}

#[test]
fn erase_finds_every_widgets_keys_and_none_of_the_shops() {
    let stored = stored();
    let keys: Vec<String> = stored.iter().map(|(k, _)| k.to_string()).collect();
    let value = |k: &str| {
        stored
            .iter()
            .find(|(name, _)| *name == k)
            .map(|(_, v)| v.clone())
    };
    let mut found = family(&keys, value, &["mounted".to_string()]);
    found.sort();
    let mut expected = vec![
        "circulation-check:v1",
        "circulation-check:backup",
        "circulation-check~2:v1",
        "circulation-check:backup:1700000000000",
        "legs-quiz:v1",
        "legs-quiz:backup",
        "legs-quiz~3:v1",
        "legs-quiz~3:backup:123",
        "old-quiz:v1",
        "mounted:backup",
    ];
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn only_our_envelope_shapes_count_as_ours() {
    assert!(is_envelope(&encode(&Envelope::default())));
    assert!(is_envelope(r#"{"version":2,"answers":{"b_age":"x"}}"#));
    for text in [
        "{",
        "[]",
        r#"{"v":1}"#,
        r#"{"v":"2","results":[]}"#,
        r#"{"answers":{},"x":1}"#,
    ] {
        assert!(!is_envelope(text), "{text}");
    }
}

#[test]
fn a_refused_erase_says_so_on_the_start_screen() {
    let env = Env::detached(Locale::EnGb);
    let s = Rc::new(State {
        screen: Screen::History,
        ..State::default()
    })
    .reduce(Action::EraseAll);
    assert_eq!(s.notice, Some(Notice::Erased));
    let said = |nothing| {
        let s = Rc::clone(&s).reduce(Action::NotErased { nothing });
        assert_eq!(s.screen, Screen::Start);
        models::start(&env, &s).notice.unwrap()
    };
    assert!(said(true).starts_with("Nothing could be erased"));
    assert!(said(false).starts_with("Only part could be erased"));
    assert!(said(true).contains("clear this site's data"));
}
