//! The language switch: which language a widget speaks (the page's, or
//! the one the visitor picked, kept in the saved envelope), whether this
//! build can speak it, and the switch's own label. Two builds exist
//! (Cargo feature `es`, ARCHITECTURE.md "Languages"): the English one has
//! no Spanish word in it, so a visitor who picks Spanish there is handed to
//! the Spanish build by the loader, which also speaks English.

use engine::Locale;

use crate::saved;

/// The locale a widget speaks: the page's (`page`, from `data-locale` or
/// `<html lang>`) in the visitor's chosen language, keeping the page's
/// region (the emergency number follows the region, never the language).
/// `Err` names a language this build does not have: the loader must load
/// the other build.
pub fn locale_for(page: Locale, chosen: Option<saved::Language>) -> Result<Locale, saved::Language> {
    match chosen {
        None => Ok(page),
        Some(saved::Language::En) => Ok(page.in_language(engine::Language::En)),
        #[cfg(feature = "es")]
        Some(saved::Language::Es) => Ok(page.in_language(engine::Language::Es)),
        #[cfg(not(feature = "es"))]
        Some(saved::Language::Es) => Err(saved::Language::Es),
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
