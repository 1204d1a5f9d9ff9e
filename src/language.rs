//! The language switch: which language a widget speaks (the page's, or
//! the one the visitor picked, kept in the saved envelope), and the
//! switch's own label. Two builds exist
//! (Cargo feature `es`, ARCHITECTURE.md "Languages"): the English one has
//! no Spanish word in it, so the loader hands a visitor who picks Spanish
//! there to the Spanish build (which also speaks English), and starts a
//! visitor whose saved pick is Spanish in it.

use engine::Locale;

use crate::saved;

/// The locale a widget speaks: the page's (`page`, from `data-locale` or
/// `<html lang>`) in the visitor's chosen language, keeping the page's
/// region (the emergency number follows the region, never the language).
/// Only the Spanish build reads the pick: the English one speaks the
/// page's English, and the loader starts a visitor who picked Spanish in
/// the Spanish build.
#[cfg(feature = "es")]
pub fn locale_for(page: Locale, chosen: Option<saved::Language>) -> Locale {
    match chosen {
        None => page,
        Some(saved::Language::En) => page.in_language(engine::Language::En),
        Some(saved::Language::Es) => page.in_language(engine::Language::Es),
    }
}

/// The language the switch offers from `locale`, and its label, written in
/// that language (and marked so with `lang`, for screen readers).
pub fn other(locale: Locale) -> (saved::Language, &'static str) {
    match locale.language() {
        engine::Language::En => (saved::Language::Es, "En español"),
        #[cfg(feature = "es")]
        engine::Language::Es => (saved::Language::En, "In English"),
    }
}
