//! Pictures of the result as inline SVG (attributes only, no inline styles,
//! so a strict CSP allows them): the symptom score on its 0–15 scale, the
//! score over saved results, and the risk factors that can and can't change.

use yew::prelude::*;

/// Width of the drawing area in SVG units; everything scales from it.
const W: u32 = 300;

#[derive(Properties, PartialEq)]
pub struct ScoreProps {
    pub score: u8,
    /// A text equivalent, read instead of the drawing.
    pub label: AttrValue,
}

/// A bar from 0 to 15 filled up to the score, with ticks every 5.
#[function_component]
pub fn ScoreBar(props: &ScoreProps) -> Html {
    let ScoreProps { score, label } = props;
    let filled = u32::from((*score).min(15)) * W / 15;
    html! {
        <svg class="cc-chart" viewBox="0 0 320 46" role="img" aria-label={label.clone()} focusable="false">
            <rect class="cc-chart-track" x="10" y="6" width={W.to_string()} height="18" rx="9" />
            <rect class="cc-chart-fill" x="10" y="6" width={filled.to_string()} height="18" rx="9" />
            { for [0u32, 5, 10, 15].iter().map(|t| {
                let x = (10 + t * W / 15).to_string();
                html! { <text class="cc-chart-tick" x={x} y="42" text-anchor="middle">{ t }</text> }
            }) }
        </svg>
    }
}

#[derive(Properties, PartialEq)]
pub struct TrendProps {
    /// (short date, score), oldest first.
    pub points: Vec<(AttrValue, u8)>,
    pub label: AttrValue,
}

/// The symptom score across saved results, oldest to newest.
#[function_component]
pub fn Trend(props: &TrendProps) -> Html {
    let TrendProps { points, label } = props;
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
        <svg class="cc-chart" viewBox="0 0 330 120" role="img" aria-label={label.clone()} focusable="false">
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

#[derive(Properties, PartialEq)]
pub struct FactorsProps {
    pub can_change: AttrValue,
    pub cant_change: AttrValue,
    /// Labels of the factors present in each group.
    pub changeable: Vec<&'static str>,
    pub fixed: Vec<&'static str>,
    pub none: AttrValue,
}

/// Two columns of dots: one per factor that applies, in each group.
#[function_component]
pub fn Factors(props: &FactorsProps) -> Html {
    let FactorsProps {
        can_change,
        cant_change,
        changeable,
        fixed,
        none,
    } = props;
    let column = |title: &AttrValue, items: &[&'static str], class: &'static str| {
        html! {
            <div class={classes!("cc-factor-col", class)}>
                <p class="cc-factor-title">{ title.clone() }</p>
                <svg class="cc-dots" viewBox="0 0 140 20" aria-hidden="true" focusable="false">
                    { for (0..items.len().max(1)).map(|i| {
                        let cx = (10 + i * 22).to_string();
                        let dot_class = if items.is_empty() { "cc-dot-empty" } else { "cc-dot" };
                        html! { <circle class={dot_class} cx={cx} cy="10" r="8" /> }
                    }) }
                </svg>
                if items.is_empty() {
                    <p class="cc-muted">{ none.clone() }</p>
                } else {
                    <ul class="cc-factor-list">{ for items.iter().map(|f| html! { <li>{ *f }</li> }) }</ul>
                }
            </div>
        }
    };
    html! {
        <div class="cc-factors">
            { column(can_change, changeable, "cc-changeable") }
            { column(cant_change, fixed, "cc-fixed") }
        </div>
    }
}
