//! "Because you said …" and "Sources (n)": how every level and tip explains
//! itself, in one shape wherever it appears; and the class that colours a
//! level's banner.

use engine::{text, Level, Reason, SourceId};
use yew::prelude::*;

use crate::env::Env;

/// The banner class of a level (its colours).
pub fn level_class(level: Level) -> &'static str {
    match level {
        Level::Emergency => "cc-level-emergency",
        Level::Urgent => "cc-level-urgent",
        Level::Soon => "cc-level-soon",
        Level::SelfCare => "cc-level-selfcare",
    }
}

/// "Because you said:" and the list of reasons.
pub fn because(env: &Env, reasons: &[Reason]) -> Html {
    html! {
        <>
            <p class="cc-why-title">{ text::notices(env.locale).because }</p>
            { reasons_list(env, reasons) }
        </>
    }
}

/// The reasons as a list, one "You said …" each.
pub fn reasons_list(env: &Env, reasons: &[Reason]) -> Html {
    html! {
        <ul class="cc-reasons">
            { for reasons.iter().map(|r| html! { <li>{ text::reason(env.locale, r) }</li> }) }
        </ul>
    }
}

/// The sources, folded away under "Sources (n)"; each opens in a new tab.
pub fn sources_list(env: &Env, sources: &[SourceId]) -> Html {
    let notices = text::notices(env.locale);
    html! {
        <details class="cc-sources">
            <summary>{ format!("{} ({})", notices.sources, sources.len()) }</summary>
            <ul>
                { for sources.iter().map(|id| {
                    let source = id.source_in(env.locale.language());
                    html! {
                        <li>
                            <a href={source.url} target="_blank" rel="noopener noreferrer">
                                { text::source_title(env.locale, *id) }
                                <span class="cc-visually-hidden">{ " " }{ env.words.opens_new_tab }</span>
                            </a>
                            { format!(" · {}", source.publisher) }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
