//! Dates as the visitor's locale writes them, by the browser's own `Intl`
//! (a date crate would add kilobytes to every visitor's download).

use engine::Locale;
use wasm_bindgen::JsValue;

/// A date as the visitor's locale writes it ("Nov 25, 2026", "25 Nov
/// 2026"), in their time zone, by the browser's own `Intl`.
pub fn date_label(ms: u64, locale: Locale) -> String {
    thread_local! {
        static OPTIONS: JsValue = js_sys::JSON::parse(r#"{"day":"numeric","month":"short","year":"numeric"}"#)
            .unwrap_or(JsValue::UNDEFINED);
    }
    // No region known: day-month-year, which reads right in most places.
    let tag = match locale {
        Locale::En => "en-GB",
        l => l.tag(),
    };
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    OPTIONS.with(|options| date.to_locale_date_string(tag, options).into())
}
