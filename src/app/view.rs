//! What the root shows: the card around every screen (`frame`), the first
//! screen the build prerenders, and the match from the state's screen to
//! the screen's view.

use std::rc::Rc;

use engine::Outcome;
use yew::prelude::*;

use super::dates::date_label;
use super::models::{self, position, SavedView};
use super::state::{Screen, State};
use crate::catalogue::Catalogue;
use crate::env::Env;
use crate::language;
use crate::saved;
use crate::screens::history::{Entry, History};
use crate::screens::past::PastModel;
use crate::screens::question::QuestionScreen;
use crate::screens::{emergency, past, result, start, summary, under_18};
use crate::store::{now_ms, SaveStatus};
use crate::ui::transfer::{self, TransferModel};

/// The session-replay tools' "record as an empty box" classes
/// (docs/events-and-privacy.md, "What leaves the page"), also on the host
/// element (the loader). Inside the closed root they matter for one thing:
/// rrweb and the tools built on it hook the `value` and `checked` setters
/// of every input on the page and ask `closest()` whether the input is
/// blocked, which never leaves the shadow root; so every control must sit
/// under a marked element there too.
const UNRECORDED: &str = "rr-block ph-no-capture sentry-block fs-exclude smartlook-hide";

/// The card around every screen: a polite live region that announces where
/// the visitor is after each step, the screen, and the quiet note when
/// answers are not being saved. It carries the replay tools' marks (see
/// `UNRECORDED`).
pub fn frame(env: &Env, card: NodeRef, state: &State, body: Html) -> Html {
    // No text node at all when there is nothing to say, as in the
    // prerendered screen (an empty one would make the two DOMs differ).
    let status = Some(models::live_status(env, state)).filter(|s| !s.is_empty());
    html! {
        <div class={classes!("cc-card", UNRECORDED)} part="card" data-theme={env.theme.as_str()} lang={env.locale.tag()} ref={card}
            data-private="" data-hj-suppress="" data-clarity-mask="true" data-sentry-block="" data-recording-sensitive="">
            <p class="cc-visually-hidden" role="status" aria-live="polite">{ status }</p>
            if matches!(state.screen, Screen::Start | Screen::Ask(_)) {
                { language_switch(env) }
            }
            { body }
            if let Some(note) = models::device_note(env, state) {
                <p class="cc-device-note">{ note }</p>
            }
        </div>
    }
}

/// The language switch, on the start screen and the questions: one button
/// named in the language it offers (and marked so with `lang`, so a screen
/// reader says it in that language). The pick is saved with the progress;
/// the answers stay. The English build has no handler: its button offers
/// Spanish, which it does not have, and the loader, hearing the press,
/// hands the element to the Spanish build, which saves the pick.
fn language_switch(env: &Env) -> Html {
    let (language, label) = language::other(env.locale);
    #[cfg(feature = "es")]
    let onclick = Some(
        env.send::<MouseEvent>(super::state::Action::Language(saved::Chosen {
            language,
            at: 0,
        })),
    );
    #[cfg(not(feature = "es"))]
    let onclick = None::<Callback<MouseEvent>>;
    html! {
        <div class="cc-lang-bar cc-no-print">
            <button type="button" class="cc-button cc-quiet cc-lang" lang={language.tag()} {onclick}>
                { label }
            </button>
        </div>
    }
}

/// The first screen of a visitor with nothing saved, as the app renders it:
/// what the build prerenders (`src/bin/prerender.rs`) for the loader to
/// show before the wasm arrives.
pub fn first_screen(env: &Env) -> Html {
    let fresh = State::with_saved(saved::Envelope::default(), SaveStatus::Saved, false);
    frame(
        env,
        NodeRef::default(),
        &fresh,
        start::view(env, &models::start(env, &fresh)),
    )
}

/// The screen for the state.
pub fn screen(
    env: &Env,
    state: &State,
    outcome: &Rc<Outcome>,
    views: &[SavedView],
    catalogue: &Catalogue,
    transfer: Option<(AttrValue, AttrValue)>,
) -> Html {
    match state.screen {
        Screen::Start => start::view(env, &models::start(env, state)),
        Screen::Ask(id) => html! {
            <QuestionScreen key={id} {id} answer={state.answers.get(id).cloned()}
                position={position(env, &state.answers, id)} />
        },
        Screen::Emergency => emergency::view(env, outcome),
        Screen::NotForYou => under_18::view(env, outcome),
        Screen::Result => {
            let today = date_label(now_ms(), env.locale);
            let trend = models::result_trend(state, views, outcome, &today);
            html! {
                <>
                    if let Some(note) = models::made_room(env, state, |ms| date_label(ms, env.locale)) {
                        <p class="cc-note cc-made-room" role="status">{ note }</p>
                    }
                    { result::view(env, outcome, &trend, &models::offer(state, outcome, &state.answers, catalogue)) }
                </>
            }
        }
        Screen::Summary => match state.viewed() {
            Some(r) => {
                let (migrated, past) = saved::open(r, env.locale);
                summary::view(env, &migrated.answers, &past, r.measurements)
            }
            None => summary::view(env, &state.answers, outcome, state.measurements()),
        },
        Screen::History => {
            let (code, download_href) = transfer.unzip();
            html! {
                <History entries={Rc::new(Entry::newest_first(views))} cap_note={models::cap_note(env, state)}>
                    { transfer::transfer(env, &TransferModel { code, download_href, import: state.import }) }
                </History>
            }
        }
        Screen::Past => match models::past(env, state, views) {
            Some((date, lost, outcome, answers)) => {
                let history = models::trend(views, state.viewing.as_deref());
                let offer = models::offer(state, &outcome, &answers, catalogue);
                past::view(
                    env,
                    &PastModel {
                        date: &date,
                        lost,
                        outcome: &outcome,
                        history: &history,
                        offer,
                    },
                )
            }
            None => Html::default(),
        },
    }
}
