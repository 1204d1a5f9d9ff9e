//! The shop's products on an allowed compression tip: at most three cards,
//! each with its picture, what the sock is, why this one (as "You said …" reasons) and
//! the tip's sources, and a link that tells the host page which product
//! was followed (its id and URL, nothing about the visitor).

use engine::text;
use yew::prelude::*;

use super::heading::heading;
use super::reasons::{reasons_list, sources_list};
use crate::catalogue::{CalfFit, Length, Match, Product, Toe};
use crate::env::Env;
use crate::events::WidgetEvent;

/// "15–20 mmHg · Knee-high · Wide calf · Open toe", and the price.
fn facts(env: &Env, p: &Product) -> String {
    let words = env.words;
    let mut parts = vec![
        format!("{}\u{2013}{} mmHg", p.mmhg.from, p.mmhg.to),
        match p.length {
            Length::KneeHigh => words.knee_high,
            Length::ThighHigh => words.thigh_high,
            Length::Tights => words.tights,
            Length::Sleeve => words.sleeve,
        }
        .to_owned(),
    ];
    if p.calf == CalfFit::Wide {
        parts.push(words.wide_calf.to_owned());
    }
    if p.toe == Toe::Open {
        parts.push(words.open_toe.to_owned());
    }
    parts.extend(p.price.clone());
    parts.join(" \u{b7} ")
}

fn card(env: &Env, m: &Match) -> Html {
    let p = m.product;
    let title_id = format!("cc-product-{}", p.id);
    let onclick = {
        let (on_event, id, url) = (env.on_event.clone(), p.id.clone(), p.url.clone());
        Callback::from(move |_: MouseEvent| {
            on_event.emit(WidgetEvent::ProductClick {
                id: Some(id.clone()),
                url: url.clone(),
            })
        })
    };
    html! {
        <li part="product-card" class="cc-product" data-product={p.id.clone()}>
            <article aria-labelledby={title_id.clone()}>
                { heading(env, 3, &title_id, "cc-product-name", p.name.clone().into()) }
                if let Some(src) = &p.image {
                    // Requested before any answer (`pictures`), so this finds
                    // it loaded; its box is fixed by the stylesheet and these
                    // sizes, so nothing moves when it paints.
                    <img class="cc-product-photo" src={src.clone()} alt={p.name.clone()}
                        width="160" height="120" decoding="async" />
                }
                <p class="cc-product-facts">{ facts(env, p) }</p>
                <p class="cc-why-title">{ env.words.why_this_one }</p>
                { reasons_list(env, &m.reasons) }
                <p>
                    <a part="shop-link" class="cc-button cc-primary cc-shop" href={p.url.clone()} {onclick}>
                        { env.words.view_product }
                        <span class="cc-visually-hidden">{ format!(": {}", p.name) }</span>
                    </a>
                </p>
                { sources_list(env, m.sources) }
            </article>
        </li>
    }
}

/// The matched products as cards, best first.
pub fn cards(env: &Env, matches: &[Match]) -> Html {
    html! {
        <section class="cc-products" aria-labelledby="cc-products-title">
            { heading(env, 2, "cc-products-title", "", env.words.products_title.into()) }
            <ul class="cc-product-list">
                { for matches.iter().map(|m| card(env, m)) }
            </ul>
            <p class="cc-muted">{ text::notices(env.locale).sponsorship }</p>
        </section>
    }
}
