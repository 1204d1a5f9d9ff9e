//! Attributes into a validated configuration, natively: defaults, hostile
//! values, the locale from the page's language, the events opt-in.
#![cfg(not(target_arch = "wasm32"))]

use circulation_check::config::*;
use engine::Locale;

fn config(pairs: &[(&str, &str)]) -> (Config, Vec<Warning>) {
    config_on_page(pairs, "")
}

fn config_on_page(pairs: &[(&str, &str)], lang: &str) -> (Config, Vec<Warning>) {
    Config::from_attributes(
        |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        },
        lang,
    )
}

#[test]
fn the_locale_falls_back_to_the_pages_region_then_to_no_country() {
    // No data-locale: the page's <html lang> region decides.
    assert_eq!(config_on_page(&[], "en-AU").0.locale, Locale::EnAu);
    assert_eq!(config_on_page(&[], "fr-CA").0.locale, Locale::EnCa);
    // No region known: never one country's emergency number.
    for lang in ["", "en", "de", "de-DE", "x".repeat(100_000).as_str()] {
        assert_eq!(config_on_page(&[], lang).0.locale, Locale::En, "{lang:.20}");
    }
    // data-locale wins over the page.
    let (c, w) = config_on_page(&[("data-locale", "en-GB")], "en-US");
    assert_eq!((c.locale, w.len()), (Locale::EnGb, 0));
    // Spanish when asked for: es-US (the US region) or es (no region), by
    // data-locale or by the page's language.
    #[cfg(feature = "es")]
    {
        let (c, w) = config_on_page(&[("data-locale", "es-US")], "en-US");
        assert_eq!((c.locale, w.len()), (Locale::EsUs, 0));
        let (c, w) = config_on_page(&[("data-locale", "es")], "en-US");
        assert_eq!((c.locale, w.len()), (Locale::Es, 0));
        assert_eq!(config_on_page(&[], "es-US").0.locale, Locale::EsUs);
        assert_eq!(config_on_page(&[], "es-us").0.locale, Locale::EsUs);
        // Another Spanish-speaking region: Spanish, with the number of the
        // visitor's country (we have no table for Mexico or Spain yet).
        assert_eq!(config_on_page(&[], "es-MX").0.locale, Locale::Es);
        assert_eq!(config_on_page(&[], "es").0.locale, Locale::Es);
        // English asked for by the element wins over a Spanish page.
        let (c, _) = config_on_page(&[("data-locale", "en-US")], "es-US");
        assert_eq!(c.locale, Locale::EnUs);
    }
    // A wrong data-locale warns once and uses the page's region.
    let (c, w) = config_on_page(&[("data-locale", "klingon")], "en-NZ");
    assert_eq!((c.locale, w.len()), (Locale::EnNz, 1));
}

#[test]
fn no_attributes_give_defaults() {
    assert_eq!(config(&[]), (Config::default(), vec![]));
}

#[test]
fn shop_url_accepts_only_http_https_and_site_paths() {
    for ok in [
        "https://shop.example.com/compression",
        "http://127.0.0.1:8080/socks",
        "/#product",
    ] {
        assert_eq!(
            config(&[("data-shop-url", ok)]).0.shop_url.as_deref(),
            Some(ok),
            "{ok}"
        );
    }
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:text/html,<b>x</b>",
        "//evil.example.com/x",
        "relative/path",
        "https://",
        "https://shop.example.com/\"><script>",
        "https://exa mple.com",
    ] {
        let (c, w) = config(&[("data-shop-url", bad)]);
        assert_eq!(c.shop_url, None, "{bad}");
        assert_eq!(w.len(), 1, "{bad}");
    }
}

#[test]
fn wrong_values_fall_back_with_one_warning_each() {
    let (c, w) = config(&[
        ("data-locale", "xx-YY"),
        ("data-theme", "neon"),
        ("data-storage-key", "a key with spaces"),
        ("data-heading-level", "1"),
        ("data-events-include-answers", "maybe"),
        ("data-events", "everything"),
    ]);
    assert_eq!(c, Config::default());
    assert_eq!(w.len(), 6);
}

#[test]
fn huge_values_are_refused() {
    let huge = "a".repeat(100_000);
    let (c, w) = config(&[("data-storage-key", &huge), ("data-shop-url", &huge)]);
    assert_eq!(c, Config::default());
    assert_eq!(w.len(), 2);
}

#[test]
fn good_values_are_taken() {
    let (c, w) = config(&[
        ("data-locale", "en-GB"),
        ("data-theme", "dark"),
        ("data-storage-key", "shop-2"),
        ("data-heading-level", "3"),
        ("data-events", "result"),
        ("data-catalog-url", "/catalogue.json"),
    ]);
    assert!(w.is_empty());
    assert_eq!(c.catalog_url.as_deref(), Some("/catalogue.json"));
    assert_eq!(c.locale, Locale::EnGb);
    assert_eq!(c.theme, Theme::Dark);
    assert_eq!(c.storage_key, "shop-2");
    assert_eq!(c.heading_level, 3);
    assert_eq!(c.events, EventLevel::Result);
}

#[test]
fn events_opt_in_only_by_exact_documented_values() {
    let level = |pairs: &[(&str, &str)]| config(pairs).0.events;
    assert_eq!(level(&[]), EventLevel::Private);
    for value in [
        "",
        " ",
        "Funnel",
        "true",
        "all",
        "result answers",
        "funnel,",
    ] {
        let (c, w) = config(&[("data-events", value)]);
        // Trimmed " " is "": still not a documented value.
        assert_eq!((c.events, w.len()), (EventLevel::Private, 1), "{value:?}");
    }
    assert_eq!(level(&[("data-events", "funnel")]), EventLevel::Funnel);
    assert_eq!(level(&[("data-events", " answers ")]), EventLevel::Answers);
    // The alias: only "true" opts in; an empty CMS setting no longer does.
    assert_eq!(
        level(&[("data-events-include-answers", "true")]),
        EventLevel::Answers
    );
    for value in ["", "yes", "1"] {
        let (c, w) = config(&[("data-events-include-answers", value)]);
        assert_eq!((c.events, w.len()), (EventLevel::Private, 1), "{value:?}");
    }
    assert_eq!(
        level(&[
            ("data-events-include-answers", "false"),
            ("data-events", "result")
        ]),
        EventLevel::Result
    );
}

#[test]
fn a_catalogue_url_obeys_the_shop_url_rules() {
    for bad in [
        "javascript:alert(1)",
        "//evil.example.com/c.json",
        "data:application/json,{}",
        "c.json",
    ] {
        let (c, w) = config(&[("data-catalog-url", bad)]);
        assert_eq!((c.catalog_url, w.len()), (None, 1), "{bad}");
    }
    let (c, _) = config(&[("data-catalog-url", "https://shop.example.com/socks.json")]);
    assert_eq!(
        c.catalog_url.as_deref(),
        Some("https://shop.example.com/socks.json")
    );
}
