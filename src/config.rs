//! The widget's configuration, read from the host element's attributes and
//! validated once here so the rest of the widget can trust it. Pure: takes a
//! lookup function, so it is tested natively with hostile values.

use engine::Locale;

use crate::url::valid_shop_url;

/// Colour scheme requested by the shop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the visitor's system setting (the default).
    System,
}

impl Theme {
    /// The `data-theme` value the stylesheet matches.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::System => "system",
        }
    }
}

/// How much the widget's events tell the host page. Each step includes the
/// ones before it; only exact values of `data-events` opt in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum EventLevel {
    /// `start {}` and `complete {}`: nothing derived from health (the
    /// default).
    #[default]
    Private,
    /// `funnel`: also a `step` event per question, with its id and number,
    /// and `product-click { url, id? }`. Which questions are asked reveals
    /// answers (the foot question only with diabetes, the walking
    /// follow-ups only with walking pain), and a product click can only come
    /// from a visitor whose compression tip was allowed.
    Funnel,
    /// `result`: also the level, the recommendation ids and whether a
    /// product was shown, on `complete`.
    Result,
    /// `answers`: also the raw answers, on `complete`.
    Answers,
}

/// Validated configuration of one widget instance.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// The shop's compression page; only http(s) URLs are accepted.
    pub shop_url: Option<String>,
    /// Where the shop's product catalogue is, when it is not given inline
    /// (the same URL rules as `shop_url`); fetched once at load.
    pub catalog_url: Option<String>,
    /// Units, emergency number and services shown to the visitor: from
    /// `data-locale`, else from the region of the page's `<html lang>`, else
    /// the generic locale ("your local emergency number").
    pub locale: Locale,
    pub theme: Theme,
    /// localStorage key prefix, so two widgets on one page keep apart.
    pub storage_key: String,
    /// Level (2..=6) of the widget's top heading, to fit the host outline.
    pub heading_level: u8,
    /// What events may carry (nothing health-derived unless the shop opts in).
    pub events: EventLevel,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            shop_url: None,
            catalog_url: None,
            locale: Locale::En,
            theme: Theme::System,
            storage_key: "circulation-check".into(),
            heading_level: 2,
            events: EventLevel::Private,
        }
    }
}

/// Longest attribute value we look at; anything longer is refused, so a
/// hostile 100 KB value costs nothing downstream.
const MAX_ATTR_LEN: usize = 2048;

/// One attribute the widget could not use, and why; embed logs these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub attribute: &'static str,
    pub reason: &'static str,
}

impl Config {
    /// Builds a config from attribute lookups, falling back to the default
    /// for every value that is missing or wrong, with one warning each.
    /// `page_lang` is the host page's `<html lang>` (empty when unset): its
    /// region picks the locale when `data-locale` is missing or wrong.
    pub fn from_attributes(
        get: impl Fn(&str) -> Option<String>,
        page_lang: &str,
    ) -> (Config, Vec<Warning>) {
        let mut config = Config {
            // A hostile, huge lang attribute is not read at all.
            locale: match page_lang.len() {
                0..=MAX_ATTR_LEN => Locale::from_page_lang(page_lang),
                _ => Locale::En,
            },
            ..Config::default()
        };
        let mut warnings = Vec::new();
        let mut read = |name: &'static str| -> Option<String> {
            let value = get(name)?;
            if value.len() > MAX_ATTR_LEN {
                warnings.push(Warning {
                    attribute: name,
                    reason: "value is too long",
                });
                return None;
            }
            Some(value.trim().to_owned())
        };
        let mut invalid = Vec::new();

        if let Some(url) = read("data-shop-url") {
            match valid_shop_url(&url) {
                true => config.shop_url = Some(url),
                false => invalid.push((
                    "data-shop-url",
                    "use an http(s) URL or a path starting with /",
                )),
            }
        }
        if let Some(url) = read("data-catalog-url") {
            match valid_shop_url(&url) {
                true => config.catalog_url = Some(url),
                false => invalid.push((
                    "data-catalog-url",
                    "use an http(s) URL or a path starting with /",
                )),
            }
        }
        if let Some(locale) = read("data-locale") {
            match Locale::parse(&locale) {
                Some(locale) => config.locale = locale,
                None => invalid.push((
                    "data-locale",
                    "use en-US, en-GB, en-CA, en-AU, en-IE, en-NZ, en, es-US or es; using the page's language",
                )),
            }
        }
        if let Some(theme) = read("data-theme") {
            match theme.as_str() {
                "light" => config.theme = Theme::Light,
                "dark" => config.theme = Theme::Dark,
                "system" | "auto" | "" => config.theme = Theme::System,
                _ => invalid.push(("data-theme", "use light, dark or system")),
            }
        }
        if let Some(key) = read("data-storage-key") {
            let ok = !key.is_empty()
                && key.len() <= 64
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
            match ok {
                true => config.storage_key = key,
                false => invalid.push(("data-storage-key", "use up to 64 letters, digits, - _ .")),
            }
        }
        if let Some(level) = read("data-heading-level") {
            match level.parse::<u8>() {
                Ok(n @ 2..=6) => config.heading_level = n,
                _ => invalid.push(("data-heading-level", "use a number from 2 to 6")),
            }
        }
        // Only the exact documented words opt in: an empty CMS setting, a
        // typo or "yes" tells the host page nothing more.
        if let Some(level) = read("data-events") {
            match level.as_str() {
                "funnel" => config.events = EventLevel::Funnel,
                "result" => config.events = EventLevel::Result,
                "answers" => config.events = EventLevel::Answers,
                _ => invalid.push((
                    "data-events",
                    "use funnel, result or answers; sending nothing health-related",
                )),
            }
        }
        // The older switch, kept as a documented alias of data-events="answers".
        if let Some(flag) = read("data-events-include-answers") {
            match flag.as_str() {
                "true" => config.events = config.events.max(EventLevel::Answers),
                "false" => {}
                _ => invalid.push((
                    "data-events-include-answers",
                    "use true or false; sending no answers",
                )),
            }
        }
        warnings.extend(
            invalid
                .into_iter()
                .map(|(attribute, reason)| Warning { attribute, reason }),
        );
        (config, warnings)
    }
}
