//! Pictures of the result as inline SVG (attributes only, no inline styles,
//! so a strict CSP allows them): the symptom score on its 0–15 scale, the
//! score over saved results, and the risk factors that can and can't change.

use engine::{text, Factor, RiskFactors};
use yew::prelude::*;

use crate::env::Env;

/// Width of the drawing area in SVG units; everything scales from it.
const W: u32 = 300;

/// A bar from 0 to 15 filled up to the score, with ticks every 5; `label`
/// is its text equivalent, read instead of the drawing.
pub fn score_bar(score: u8, label: String) -> Html {
    let filled = u32::from(score.min(15)) * W / 15;
    html! {
        <svg class="cc-chart" viewBox="0 0 320 46" role="img" aria-label={label} focusable="false">
            <rect class="cc-chart-track" x="10" y="6" width={W.to_string()} height="18" rx="9" />
            <rect class="cc-chart-fill" x="10" y="6" width={filled.to_string()} height="18" rx="9" />
            { for [0u32, 5, 10, 15].iter().map(|t| {
                let x = (10 + t * W / 15).to_string();
                html! { <text class="cc-chart-tick" x={x} y="42" text-anchor="middle">{ t }</text> }
            }) }
        </svg>
    }
}

/// The symptom score across saved results, oldest to newest: `points` are
/// (short date, score); `label` is the text equivalent.
pub fn trend(points: &[(AttrValue, u8)], label: String) -> Html {
    if points.len() < 2 {
        return Html::default();
    }
    let n = points.len() as u32;
    let at = |i: u32, score: u8| {
        (
            20 + i * (W - 20) / (n - 1),
            90 - u32::from(score.min(15)) * 5,
        )
    };
    let path: String = points
        .iter()
        .enumerate()
        .map(|(i, (_, s))| {
            let (x, y) = at(i as u32, *s);
            format!("{x},{y} ")
        })
        .collect();
    html! {
        <svg class="cc-chart" viewBox="0 0 330 120" role="img" aria-label={label} focusable="false">
            <line class="cc-chart-axis" x1="20" y1="90" x2={(W + 10).to_string()} y2="90" />
            <polyline class="cc-chart-line" points={path} />
            { for points.iter().enumerate().map(|(i, (date, score))| {
                let (x, y) = at(i as u32, *score);
                html! { <>
                    <circle class="cc-chart-dot" cx={x.to_string()} cy={y.to_string()} r="4" />
                    <text class="cc-chart-tick" x={x.to_string()} y={(y - 8).to_string()} text-anchor="middle">{ score }</text>
                    <text class="cc-chart-tick" x={x.to_string()} y="110" text-anchor="middle">{ date.clone() }</text>
                </> }
            }) }
        </svg>
    }
}

/// Two columns of dots, one per risk factor that applies: what the visitor
/// can change and what they can't.
pub fn factors(env: &Env, factors: &RiskFactors) -> Html {
    let notices = text::notices(env.locale);
    let none = env.words.none_listed;
    let column = |title: &'static str, list: &[Factor], class: &'static str| {
        let items: Vec<&str> = list.iter().map(|f| text::factor(env.locale, *f)).collect();
        html! {
            <div class={classes!("cc-factor-col", class)}>
                <p class="cc-factor-title">{ title }</p>
                <svg class="cc-dots" viewBox="0 0 140 20" aria-hidden="true" focusable="false">
                    { for (0..items.len().max(1)).map(|i| {
                        let cx = (10 + i * 22).to_string();
                        let dot_class = if items.is_empty() { "cc-dot-empty" } else { "cc-dot" };
                        html! { <circle class={dot_class} cx={cx} cy="10" r="8" /> }
                    }) }
                </svg>
                if items.is_empty() {
                    <p class="cc-muted">{ none }</p>
                } else {
                    <ul class="cc-factor-list">{ for items.iter().map(|f| html! { <li>{ *f }</li> }) }</ul>
                }
            </div>
        }
    };
    html! {
        <div class="cc-factors">
            { column(notices.can_change, &factors.changeable, "cc-changeable") }
            { column(notices.cant_change, &factors.fixed, "cc-fixed") }
        </div>
    }
}
