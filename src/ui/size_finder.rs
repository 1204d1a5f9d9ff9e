//! "Find my size" on an allowed compression tip: the ankle at its narrowest
//! and the calf at its widest, in the visitor's units (inches in the US,
//! centimetres elsewhere, switchable), with how to measure; then each
//! matched product's size, both sizes and the shop's advice when between
//! two, or "outside this chart". Only ever shown with products, so never
//! when compression is gated. The measurements go to the reducer (saved
//! with the result on this device), never to an event.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::button::{on_click, Look};
use super::heading::heading;
use crate::app::state::Action;
use crate::catalogue::{
    measure_field, parse_measure, size_for, LengthUnit, MeasureError, Part, Product, SizeAnswer,
};
use crate::env::use_env;
use crate::saved::Measurements;
use crate::wording::{fill, Words};

#[derive(Properties, PartialEq)]
pub struct SizeFinderProps {
    /// The products shown on the tip.
    pub products: Rc<Vec<Product>>,
    /// What the visitor measured for this result already.
    #[prop_or_default]
    pub measured: Option<Measurements>,
    /// Whether they are saved on this device, or kept in memory only.
    #[prop_or(true)]
    pub saved_here: bool,
}

fn error_text(words: &Words, e: MeasureError) -> &'static str {
    match e {
        MeasureError::Empty => words.measure_empty,
        MeasureError::NotANumber => words.measure_not_a_number,
        MeasureError::TooSmall => words.measure_too_small,
        MeasureError::TooBig => words.measure_too_big,
    }
}

/// " Size M usually fits shoe sizes US women's 7-9.", when the shop's
/// chart says so for `label`; else nothing.
fn shoe(words: &Words, p: &Product, label: &str) -> String {
    p.sizes
        .iter()
        .find(|s| s.label == label)
        .and_then(|s| s.shoe.as_deref())
        .map(|shoe| {
            format!(
                " {}",
                fill(words.size_shoe, &[("size", label), ("shoe", shoe)])
            )
        })
        .unwrap_or_default()
}

/// One product's size, in a sentence, with the shoe sizes the shop gives
/// for it.
pub fn answer_text(words: &Words, p: &Product, m: Measurements) -> String {
    let name = p.name.as_str();
    match size_for(p, m.ankle_mm, m.calf_mm) {
        SizeAnswer::Fits(size) => {
            let fits = fill(words.size_fits, &[("name", name), ("size", size)]);
            format!("{fits}{}", shoe(words, p, size))
        }
        SizeAnswer::Between {
            smaller,
            larger,
            advice,
        } => {
            let both = fill(
                words.size_between,
                &[("name", name), ("smaller", smaller), ("larger", larger)],
            );
            let shoes = format!("{}{}", shoe(words, p, smaller), shoe(words, p, larger));
            match advice {
                Some(a) => format!("{both} {a}{shoes}"),
                None => format!("{both}{shoes}"),
            }
        }
        SizeAnswer::OffChart => fill(words.size_off_chart, &[("name", name)]),
        SizeAnswer::NoChart => fill(words.size_no_chart, &[("name", name)]),
    }
}

#[function_component]
pub fn SizeFinder(props: &SizeFinderProps) -> Html {
    let SizeFinderProps {
        products,
        measured,
        saved_here,
    } = props;
    let env = use_env();
    let words = env.words;
    let open = use_state(|| measured.is_some());
    let unit = use_state(|| LengthUnit::for_locale(env.locale));
    let fields = use_state(|| {
        measured.map_or((String::new(), String::new()), |m| {
            let unit = LengthUnit::for_locale(env.locale);
            (
                measure_field(m.ankle_mm, unit),
                measure_field(m.calf_mm, unit),
            )
        })
    });
    let errors = use_state(|| (None::<MeasureError>, None::<MeasureError>));
    // The button that opened the form is gone once it opens: focus moves to
    // the first field, not to the page's body (only when opened by the
    // visitor, never on revisiting a result that has measurements).
    let first = use_node_ref();
    let just_opened = use_mut_ref(|| false);
    {
        let (first, just_opened) = (first.clone(), just_opened.clone());
        use_effect(move || {
            if just_opened.replace(false) {
                if let Some(input) = first.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        });
    }

    if !*open {
        let show = {
            let open = open.clone();
            Callback::from(move |_: MouseEvent| {
                *just_opened.borrow_mut() = true;
                open.set(true)
            })
        };
        return html! { <p>{ on_click(Look::Plain, "cc-find-size", words.find_size, show) }</p> };
    }
    let onsubmit = {
        let (fields, errors, unit, act) = (fields.clone(), errors.clone(), *unit, env.act.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let ankle = parse_measure(&fields.0, unit, Part::Ankle);
            let calf = parse_measure(&fields.1, unit, Part::Calf);
            errors.set((ankle.err(), calf.err()));
            if let (Ok(ankle_mm), Ok(calf_mm)) = (ankle, calf) {
                // Stamped with the time as it is dispatched (`Action::stamped`).
                act.emit(Action::Measured(Measurements {
                    at: 0,
                    ankle_mm,
                    calf_mm,
                }));
            }
        })
    };
    // Switching units converts what was typed, so nothing is lost.
    let switch = |to: LengthUnit| {
        let (unit, fields) = (unit.clone(), fields.clone());
        Callback::from(move |_: Event| {
            let convert = |text: &str, part| {
                parse_measure(text, *unit, part).map_or(text.to_owned(), |mm| measure_field(mm, to))
            };
            fields.set((
                convert(&fields.0, Part::Ankle),
                convert(&fields.1, Part::Calf),
            ));
            unit.set(to);
        })
    };
    let symbol = match *unit {
        LengthUnit::Cm => "cm",
        LengthUnit::In => "in",
    };
    let first_ref = first.clone();
    let field = |id: &'static str,
                 label: &str,
                 value: &str,
                 error: Option<MeasureError>,
                 first: bool| {
        let oninput = {
            let fields = fields.clone();
            Callback::from(move |e: InputEvent| {
                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                let (a, c) = (*fields).clone();
                fields.set(if first { (v, c) } else { (a, v) });
            })
        };
        let error_id = format!("{id}-error");
        let error = error.map(|e| error_text(words, e));
        html! {
            <div class="cc-field">
                <label for={id}>{ format!("{label} ({symbol})") }</label>
                <input {id} ref={if first { first_ref.clone() } else { NodeRef::default() }}
                    type="text" inputmode="decimal" autocomplete="off" size="6" value={value.to_owned()} {oninput}
                    aria-invalid={error.map(|_| "true")} aria-describedby={error.map(|_| error_id.clone())} />
                if let Some(e) = error {
                    <p id={error_id} class="cc-error">{ e }</p>
                }
            </div>
        }
    };
    let unit_choice = |to: LengthUnit, label: &'static str| {
        html! {
            <label class="cc-option">
                <input type="radio" name="cc-size-unit" checked={*unit == to} onchange={switch(to)} />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <form class="cc-size-finder" novalidate=true {onsubmit} aria-labelledby="cc-size-title">
            { heading(&env, 3, "cc-size-title", "cc-size-title", words.size_title.into()) }
            <p class="cc-help">{ words.size_guide }</p>
            <fieldset class="cc-row">
                <legend>{ words.measure_in }</legend>
                <div class="cc-options cc-units">
                    { unit_choice(LengthUnit::Cm, words.centimetres) }
                    { unit_choice(LengthUnit::In, words.inches_unit) }
                </div>
            </fieldset>
            { field("cc-ankle", words.ankle_label, &fields.0, errors.0, true) }
            { field("cc-calf", words.calf_label, &fields.1, errors.1, false) }
            <p><button type="submit" class="cc-button cc-show-size">{ words.show_size }</button></p>
            <div role="status">
                if let Some(m) = measured {
                    <ul part="size-answer" class="cc-size-answer">
                        { for products.iter().map(|p| html! { <li>{ answer_text(words, p, *m) }</li> }) }
                    </ul>
                    <p class="cc-muted">{ if *saved_here { words.size_kept } else { words.size_kept_memory } }</p>
                }
            </div>
        </form>
    }
}
