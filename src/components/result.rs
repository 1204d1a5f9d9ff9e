//! The result: the triage banner first, then (when the level allows) the
//! tips chosen for this visitor with their reasons and sources, pictures of
//! the score and risk factors, the sponsorship line and what to do next.

use engine::text;
use engine::{Level, Locale, Outcome, Reason, Recommendation, SourceId, Status};
use yew::prelude::*;

use super::chart::{Factors, ScoreBar, Trend};
use super::heading::Heading;
use crate::text::ui;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub locale: Locale,
    pub heading_level: u8,
    pub outcome: std::rc::Rc<Outcome>,
    /// The shop's compression page, shown only on an allowed compression tip.
    pub shop_url: Option<AttrValue>,
    /// Symptom scores of earlier saved results, oldest first, with dates.
    #[prop_or_default]
    pub history: Vec<(AttrValue, u8)>,
    pub on_summary: Callback<()>,
    pub on_change: Callback<()>,
    pub on_restart: Callback<()>,
    #[prop_or_default]
    pub on_shop_click: Callback<()>,
}

pub fn level_class(level: Level) -> &'static str {
    match level {
        Level::Emergency => "cc-level-emergency",
        Level::Urgent => "cc-level-urgent",
        Level::Soon => "cc-level-soon",
        Level::SelfCare => "cc-level-selfcare",
    }
}

/// "Because you said: …" as a list.
pub fn reasons_list(locale: Locale, reasons: &[Reason]) -> Html {
    html! {
        <ul class="cc-reasons">
            { for reasons.iter().map(|r| html! { <li>{ text::reason(locale, r) }</li> }) }
        </ul>
    }
}

pub fn sources_list(locale: Locale, sources: &[SourceId]) -> Html {
    let notices = text::notices(locale);
    html! {
        <details class="cc-sources">
            <summary>{ format!("{} ({})", notices.sources, sources.len()) }</summary>
            <ul>
                { for sources.iter().map(|id| {
                    let source = id.source();
                    html! {
                        <li>
                            <a href={source.url} target="_blank" rel="noopener noreferrer">
                                { text::source_title(locale, *id) }
                                <span class="cc-visually-hidden">{ " " }{ ui(locale).opens_new_tab }</span>
                            </a>
                            { format!(" · {}", source.publisher) }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}

#[derive(Properties, PartialEq)]
struct TipProps {
    locale: Locale,
    heading_level: u8,
    rec: Recommendation,
    shop_url: Option<AttrValue>,
    on_shop_click: Callback<()>,
}

#[function_component]
fn Tip(props: &TipProps) -> Html {
    let TipProps {
        locale,
        heading_level,
        rec,
        shop_url,
        on_shop_click,
    } = props;
    let locale = *locale;
    let notices = text::notices(locale);
    let words = text::recommendation(locale, rec);
    let id = format!("cc-tip-{}", rec.id.as_str());
    let gated = match &rec.status {
        Status::Allowed => None,
        Status::AskClinicianFirst { gates } => Some(gates),
    };
    let onclick = on_shop_click.reform(|_: MouseEvent| ());
    html! {
        <li class={classes!("cc-tip", gated.is_some().then_some("cc-gated"))} data-rec={rec.id.as_str()}>
            <article aria-labelledby={id.clone()}>
                <Heading base={*heading_level} depth={2} id={id} class="cc-tip-title">{ words.title }</Heading>
                if let Some(gates) = gated {
                    <p class="cc-badge">{ notices.ask_first }</p>
                    <p class="cc-why-title">{ notices.because }</p>
                    { reasons_list(locale, gates) }
                }
                { for words.body.iter().map(|p| html! { <p>{ p.clone() }</p> }) }
                <p class="cc-why-title">{ ui(locale).why_for_you }</p>
                { reasons_list(locale, &rec.reasons) }
                if let (true, None, Some(url)) = (rec.product, gated, shop_url) {
                    <p><a part="shop-link" class="cc-button cc-primary cc-shop" href={url.clone()} {onclick}>{ notices.shop_link }</a></p>
                }
                { sources_list(locale, rec.sources) }
            </article>
        </li>
    }
}

#[function_component]
pub fn ResultView(props: &ResultProps) -> Html {
    let ResultProps {
        locale,
        heading_level,
        outcome,
        shop_url,
        history,
        on_summary,
        on_change,
        on_restart,
        on_shop_click,
    } = props;
    let (locale, base) = (*locale, *heading_level);
    let ui = ui(locale);
    let notices = text::notices(locale);
    let banner = text::level(locale, outcome.level, outcome.urgency);
    let shows_tips = matches!(outcome.level, Level::Soon | Level::SelfCare);
    let claudication = text::claudication(locale, outcome.claudication);
    let factor_labels = |fs: &[engine::Factor]| {
        fs.iter()
            .map(|f| text::factor(locale, *f))
            .collect::<Vec<_>>()
    };

    html! {
        <div class="cc-result">
            <Heading base={base} id="cc-step-heading" class="cc-title" focusable=true>{ ui.result_title }</Heading>
            <section part="banner" class={classes!("cc-banner", level_class(outcome.level))} aria-labelledby="cc-banner-title">
                <Heading base={base} depth={1} id="cc-banner-title" class="cc-banner-title">{ banner.heading.clone() }</Heading>
                <p class="cc-banner-action">{ banner.action.clone() }</p>
                <p>{ banner.detail }</p>
                if !outcome.level_reasons.is_empty() {
                    <p class="cc-why-title">{ notices.because }</p>
                    { reasons_list(locale, &outcome.level_reasons) }
                    { sources_list(locale, &outcome.level_sources) }
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
                    <Heading base={base} depth={1} id="cc-tips-title">{ ui.tips_title }</Heading>
                    <ol class="cc-tip-list">
                        { for outcome.recommendations.iter().map(|rec| html! {
                            <Tip {locale} heading_level={base} rec={rec.clone()} shop_url={shop_url.clone()}
                                on_shop_click={on_shop_click.clone()} />
                        }) }
                    </ol>
                </section>
            }
            if shows_tips {
                <section class="cc-picture" aria-labelledby="cc-picture-title">
                    <Heading base={base} depth={1} id="cc-picture-title">{ ui.your_picture }</Heading>
                    if let Some(score) = outcome.symptom_score {
                        <Heading base={base} depth={2}>{ ui.score_title }</Heading>
                        <ScoreBar {score} label={text::symptom_score(locale, score)} />
                        <p class="cc-muted">{ format!("{score} {}", ui.score_caption) }</p>
                        <Trend points={history.clone()} label={format!("{}: {}", ui.score_title,
                            history.iter().map(|(d, s)| format!("{d} {s}")).collect::<Vec<_>>().join(", "))} />
                    }
                    <Heading base={base} depth={2}>{ ui.factors_title }</Heading>
                    <Factors can_change={notices.can_change} cant_change={notices.cant_change}
                        changeable={factor_labels(&outcome.risk_factors.changeable)}
                        fixed={factor_labels(&outcome.risk_factors.fixed)} none={ui.none_listed} />
                    if outcome.venous_picture != engine::VenousStage::None {
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
                <button type="button" part="primary-button" class="cc-button cc-primary" onclick={on_summary.reform(|_: MouseEvent| ())}>{ ui.summary_open }</button>
                <button type="button" class="cc-button" onclick={on_change.reform(|_: MouseEvent| ())}>{ ui.change_answers }</button>
                <button type="button" class="cc-button cc-quiet" onclick={on_restart.reform(|_: MouseEvent| ())}>{ notices.start_again }</button>
            </div>
        </div>
    }
}
