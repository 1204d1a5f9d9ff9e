//! A heading whose level the host page chooses (`data-heading-level`), so
//! the widget fits the page's outline for screen-reader users.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    /// Level of the widget's top heading (2..=6), from the config.
    pub base: u8,
    /// How many levels below the top heading this one sits.
    #[prop_or(0)]
    pub depth: u8,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// Headings that receive focus on a new step need tabindex -1.
    #[prop_or(false)]
    pub focusable: bool,
    pub children: Html,
}

#[function_component]
pub fn Heading(props: &HeadingProps) -> Html {
    let HeadingProps {
        base,
        depth,
        id,
        class,
        focusable,
        children,
    } = props;
    let tag = match (base + depth).min(6) {
        2 => "h2",
        3 => "h3",
        4 => "h4",
        5 => "h5",
        _ => "h6",
    };
    let tabindex = focusable.then_some("-1");
    html! {
        <@{tag} id={id.clone()} class={class.clone()} tabindex={tabindex}>{ children.clone() }</@>
    }
}
