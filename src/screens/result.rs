//! The result: the triage banner first, then (when the level allows) the
//! tips chosen for this visitor with their reasons and sources, pictures of
//! the score and risk factors, the sponsorship line and what to do next.

use engine::{text, Level, Outcome, Recommendation, Status, VenousStage};
use yew::prelude::*;

use crate::app::state::Action;
use crate::catalogue::Match;
use crate::env::Env;
use crate::events::WidgetEvent;
use crate::saved::Measurements;
use crate::ui::button::{button, Look};
use crate::ui::chart::{factors, score_bar, trend};
use crate::ui::heading::{heading, step_heading};
use crate::ui::products::cards;
use crate::ui::reasons::{because, level_class, reasons_list, sources_list};
use crate::ui::size_finder::SizeFinder;

/// The shop's products for this result (only ever on an allowed
/// compression tip) and what the visitor measured for it.
#[derive(Debug, Default)]
pub struct Offer<'a> {
    pub matches: Vec<Match<'a>>,
    pub measured: Option<Measurements>,
    /// The measurements are saved on this device (not blocked storage, nor
    /// a newer widget's read-only data), so the size finder says so.
    pub saved_here: bool,
}

/// On an allowed compression tip: the shop's matched products with the
/// size finder, or, with none, the shop's own link (`data-shop-url`).
fn shop(env: &Env, offer: &Offer) -> Html {
    if offer.matches.is_empty() {
        return match &env.shop_url {
            Some(url) => html! { <p>{ shop_link(env, url.clone()) }</p> },
            None => Html::default(),
        };
    }
    let products: Vec<_> = offer.matches.iter().map(|m| m.product.clone()).collect();
    html! {
        <>
            { cards(env, &offer.matches) }
            <SizeFinder products={std::rc::Rc::new(products)} measured={offer.measured} saved_here={offer.saved_here} />
        </>
    }
}

/// One tip, with why it is for this visitor and what backs it; a gated tip
/// says why to ask first and never carries the shop or its products.
fn tip(env: &Env, rec: &Recommendation, offer: &Offer) -> Html {
    let notices = text::notices(env.locale);
    let words = text::recommendation(env.locale, rec);
    let id = format!("cc-tip-{}", rec.id.as_str());
    let gated = match &rec.status {
        Status::Allowed => None,
        Status::AskClinicianFirst { gates } => Some(gates),
    };
    let offers = rec.product && gated.is_none();
    html! {
        <li class={classes!("cc-tip", gated.is_some().then_some("cc-gated"))} data-rec={rec.id.as_str()}>
            <article aria-labelledby={id.clone()}>
                { heading(env, 2, &id, "cc-tip-title", words.title.into()) }
                if let Some(gates) = gated {
                    <p class="cc-badge">{ notices.ask_first }</p>
                    { because(env, gates) }
                }
                { for words.body.into_iter().map(|p| html! { <p>{ p }</p> }) }
                <p class="cc-why-title">{ env.words.why_for_you }</p>
                { reasons_list(env, &rec.reasons) }
                if offers {
                    { shop(env, offer) }
                }
                { sources_list(env, rec.sources) }
            </article>
        </li>
    }
}

/// The shop's compression page; following it tells the host page.
fn shop_link(env: &Env, url: AttrValue) -> Html {
    let onclick = {
        let (on_event, url) = (env.on_event.clone(), url.to_string());
        Callback::from(move |_: MouseEvent| {
            on_event.emit(WidgetEvent::ProductClick {
                id: None,
                url: url.clone(),
            })
        })
    };
    html! {
        <a part="shop-link" class="cc-button cc-primary cc-shop" href={url} {onclick}>
            { text::notices(env.locale).shop_link }
        </a>
    }
}

/// The result for `outcome`; `history` is the symptom score of saved
/// results up to this one, oldest first, with short dates; `offer` is what
/// the shop offers on an allowed compression tip.
pub fn view(env: &Env, outcome: &Outcome, history: &[(AttrValue, u8)], offer: &Offer) -> Html {
    let (locale, words) = (env.locale, env.words);
    let notices = text::notices(locale);
    let banner = text::level(locale, outcome.level, outcome.urgency);
    let shows_tips = matches!(outcome.level, Level::Soon | Level::SelfCare);
    let claudication = text::claudication(locale, outcome.claudication);
    let trend_label = || {
        let points: Vec<String> = history.iter().map(|(d, s)| format!("{d} {s}")).collect();
        format!("{}: {}", words.score_title, points.join(", "))
    };
    html! {
        <div class="cc-result">
            { step_heading(env, "cc-title", words.result_title.into()) }
            <section part="banner" class={classes!("cc-banner", level_class(outcome.level))} aria-labelledby="cc-banner-title">
                { heading(env, 1, "cc-banner-title", "cc-banner-title", banner.heading.into()) }
                <p class="cc-banner-action">{ banner.action }</p>
                <p>{ banner.detail }</p>
                if !outcome.level_reasons.is_empty() {
                    { because(env, &outcome.level_reasons) }
                    { sources_list(env, &outcome.level_sources) }
                }
            </section>
            if outcome.doctor_talk {
                <p class="cc-note">{ notices.doctor_talk }</p>
            }
            if shows_tips && !claudication.is_empty() {
                <p class="cc-note">{ claudication }</p>
            }
            if shows_tips && !outcome.recommendations.is_empty() {
                <section class="cc-tips" aria-labelledby="cc-tips-title">
                    { heading(env, 1, "cc-tips-title", "", words.tips_title.into()) }
                    <ol class="cc-tip-list">
                        { for outcome.recommendations.iter().map(|rec| tip(env, rec, offer)) }
                    </ol>
                </section>
            }
            if shows_tips {
                <section class="cc-picture" aria-labelledby="cc-picture-title">
                    { heading(env, 1, "cc-picture-title", "", words.your_picture.into()) }
                    if let Some(score) = outcome.symptom_score {
                        { heading(env, 2, "", "", words.score_title.into()) }
                        { score_bar(score, text::symptom_score(locale, score)) }
                        <p class="cc-muted">{ format!("{score} {}", words.score_caption) }</p>
                        { trend(history, trend_label()) }
                    }
                    { heading(env, 2, "", "", words.factors_title.into()) }
                    { factors(env, &outcome.risk_factors) }
                    if outcome.venous_picture != VenousStage::None {
                        <p>{ text::venous_stage(locale, outcome.venous_picture) }</p>
                        <p class="cc-muted">{ notices.venous_picture }</p>
                    }
                    if let Some(bmi) = outcome.bmi_tenths {
                        <p>{ text::bmi(locale, bmi) }</p>
                    }
                </section>
            }
            <p class="cc-sponsor">{ notices.sponsorship }</p>
            <div class="cc-nav cc-actions">
                { button(env, Look::Primary, "cc-summary-open", words.summary_open, Action::ShowSummary) }
                { button(env, Look::Plain, "", words.change_answers, Action::ChangeAnswers) }
                { button(env, Look::Quiet, "", notices.start_again, Action::Restart) }
            </div>
        </div>
    }
}
