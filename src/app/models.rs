//! What each screen is given, built from the state: the start screen's
//! offers and notice, the score trend, a past result, the notes about the
//! cap. Dates come ready-made in the saved views (`hooks::use_saved_views`),
//! so nothing here reads the clock or the browser.

use engine::{progress, Answers, Outcome};
use yew::AttrValue;

use super::state::{Notice, Screen, State};
use crate::catalogue::{self, Catalogue};
use crate::env::Env;
use crate::saved::{self, MAX_RESULTS};
use crate::screens::result::Offer;
use crate::screens::start::StartModel;
use crate::store::SaveStatus;
use crate::wording::{self, fill};

/// What the polite live region says after each step.
pub fn live_status(env: &Env, state: &State) -> String {
    match state.screen {
        Screen::Ask(id) => position(env, &state.answers, id),
        Screen::Result => env.words.result_title.to_owned(),
        _ => String::new(),
    }
}

/// The quiet line under every screen when answers are not being saved.
pub fn device_note(env: &Env, state: &State) -> Option<&'static str> {
    match state.status {
        SaveStatus::Saved => None,
        SaveStatus::NotSaved => Some(env.words.not_saved),
        SaveStatus::ReadOnly => Some(env.words.read_only),
    }
}

pub fn start(env: &Env, state: &State) -> StartModel {
    let words = env.words;
    StartModel {
        unfinished: state.saved.has_progress(),
        has_results: !state.saved.results.is_empty(),
        notice: match state.notice {
            Some(Notice::PutAside) => Some(words.put_aside),
            Some(Notice::Erased) => Some(words.erased),
            Some(Notice::Cleared) => Some(words.cleared),
            Some(Notice::NotErased { nothing: true }) => Some(words.nothing_erased),
            Some(Notice::NotErased { nothing: false }) => Some(words.partly_erased),
            Some(Notice::MadeRoom { .. }) | None => None,
        },
    }
}

/// Symptom scores of saved results up to and including `upto` (all when
/// `None`), oldest first, with their dates.
pub fn trend(views: &[SavedView], upto: Option<&str>) -> Vec<(AttrValue, u8)> {
    let end = upto
        .and_then(|id| views.iter().position(|v| v.id == id))
        .map_or(views.len(), |i| i + 1);
    views[..end]
        .iter()
        .filter_map(|v| Some((v.date.clone(), v.score?)))
        .collect()
}

/// The trend for this quiz's result: it is the newest point once saved;
/// until then (or if it could not be kept) it is added as `today`'s.
pub fn result_trend(
    state: &State,
    views: &[SavedView],
    outcome: &Outcome,
    today: &str,
) -> Vec<(AttrValue, u8)> {
    let saved_here = state
        .current_result
        .as_deref()
        .filter(|id| state.saved.result(id).is_some());
    let mut points = trend(views, saved_here);
    if let (None, Some(score)) = (saved_here, outcome.symptom_score) {
        points.push((today.to_owned().into(), score));
    }
    points
}

/// "Your oldest result (from …) was removed to make room", after a save
/// at the cap; `date` writes a time as the visitor's locale does.
pub fn made_room(env: &Env, state: &State, date: impl Fn(u64) -> String) -> Option<String> {
    match state.notice {
        Some(Notice::MadeRoom { saved_at }) => Some(fill(
            env.words.made_room,
            &[("max", &MAX_RESULTS.to_string()), ("date", &date(saved_at))],
        )),
        _ => None,
    }
}

/// Warned before the cap pushes anything out, not only after.
pub fn cap_note(env: &Env, state: &State) -> Option<AttrValue> {
    let n = state.saved.results.len();
    (n + 10 >= MAX_RESULTS).then(|| {
        fill(
            env.words.at_cap,
            &[("max", &MAX_RESULTS.to_string()), ("n", &n.to_string())],
        )
        .into()
    })
}

/// The shop's products for the result shown, with the measurements the
/// visitor gave the size finder for it: empty unless compression is an
/// allowed tip with a product (`catalogue::matches` decides).
pub fn offer<'a>(
    state: &State,
    outcome: &Outcome,
    answers: &Answers,
    catalogue: &'a Catalogue,
) -> Offer<'a> {
    Offer {
        matches: catalogue::matches(outcome, answers, catalogue),
        measured: state.measurements(),
        saved_here: state.status == SaveStatus::Saved,
    }
}

/// The saved result being looked at, opened: its date, what it could not
/// carry over, and its outcome recomputed.
pub fn past(
    env: &Env,
    state: &State,
    views: &[SavedView],
) -> Option<(AttrValue, Vec<String>, Outcome, Answers)> {
    let r = state.viewed()?;
    let (migrated, outcome) = saved::open(r, env.locale);
    let date = views.iter().find(|v| v.id == r.id.as_str())?.date.clone();
    Some((
        date,
        lost(env, &migrated.not_migrated),
        outcome,
        migrated.answers,
    ))
}

/// What a result could not carry over, in the widget's own words only: a
/// question it knows (asked today or retired) by its title, anything else
/// counted. The ids come from saved data, which a file or code brought
/// back can fill with any text; that text is never shown.
pub fn lost(env: &Env, not_migrated: &[String]) -> Vec<String> {
    let mut named: Vec<String> = Vec::new();
    let mut older = 0;
    for id in not_migrated {
        let title = engine::text::question(env.locale, id)
            .map(|q| q.title)
            .or_else(|| wording::retired_question(env.locale, id));
        match title {
            Some(t) if !named.iter().any(|n| n == t) => named.push(t.to_owned()),
            Some(_) => {}
            None => older += 1,
        }
    }
    if older > 0 {
        named.push(wording::older_answers(env.words, older));
    }
    named
}

/// One saved result as the screens show it, computed once per change of
/// the saved results, not on every render or answer.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedView {
    pub id: AttrValue,
    pub date: AttrValue,
    /// The result's banner heading, recomputed from its answers.
    pub level: AttrValue,
    pub score: Option<u8>,
}

/// "Question 3 of about 18", for the question screen and the live region.
pub fn position(env: &Env, answers: &Answers, id: &'static str) -> String {
    let p = progress(answers, Some(id));
    wording::question_of(env.words, p.number, p.about_total)
}
