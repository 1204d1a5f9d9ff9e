//! Locales: where the visitor is, and so which units they see. Service
//! names and numbers live in `text`.

/// A supported locale: English everywhere; where the visitor is decides
/// the emergency number, the services named and the units. Adding one means
/// adding a variant here and one row in the locale table of `text`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    /// United States: pounds, feet and inches, fluid ounces, 911.
    EnUs,
    /// United Kingdom: kilograms, centimetres, millilitres, 999 and NHS 111.
    EnGb,
    /// Canada: metric, 911 and 811.
    EnCa,
    /// Australia: metric, 000 and healthdirect.
    EnAu,
    /// Ireland: metric, 112 or 999.
    EnIe,
    /// New Zealand: metric, 111 and Healthline.
    EnNz,
    /// Region not known: metric, and "your local emergency number" with the
    /// common ones listed, never one country's number for everyone.
    En,
    #[cfg(feature = "es")]
    /// Spanish in the United States: the US region exactly as `EnUs`
    /// (pounds, feet and inches, fluid ounces, 911); only the words differ.
    EsUs,
    #[cfg(feature = "es")]
    /// Spanish, region not known: the region exactly as `En` (metric, "the
    /// emergency number of your country" with the common ones listed).
    Es,
}

/// The language the widget's words are in. The region (emergency number,
/// services, units) is the locale's own and never follows the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language {
    /// English.
    En,
    /// Spanish (`usted`, neutral Latin American vocabulary).
    #[cfg(feature = "es")]
    Es,
}

/// How a height is entered and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeightUnit {
    /// Feet plus inches.
    FeetInches,
    /// Centimetres.
    Cm,
}

/// How a weight is entered and shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightUnit {
    /// Pounds.
    Lb,
    /// Kilograms.
    Kg,
}

/// How a drink volume is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VolumeUnit {
    /// US fluid ounces.
    FlOz,
    /// Millilitres (shown as litres when large).
    Ml,
}

/// The units of a locale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Units {
    /// Height entry and display.
    pub height: HeightUnit,
    /// Weight entry and display.
    pub weight: WeightUnit,
    /// Drink volumes.
    pub volume: VolumeUnit,
}

impl Locale {
    /// Every English locale: the ones the prerendered first screen and the
    /// loader know today. The Spanish ones are in [`Locale::SPANISH`] until
    /// the loader, snippet and prerender are given them.
    pub const ALL: [Locale; 7] = [
        Locale::EnUs,
        Locale::EnGb,
        Locale::EnCa,
        Locale::EnAu,
        Locale::EnIe,
        Locale::EnNz,
        Locale::En,
    ];

    /// The Spanish locales: the US ("es-US") and no region ("es").
    #[cfg(feature = "es")]
    pub const SPANISH: [Locale; 2] = [Locale::EsUs, Locale::Es];

    /// The language of the words: Spanish for `EsUs` and `Es`, English for
    /// every other locale.
    pub fn language(self) -> Language {
        match self {
            #[cfg(feature = "es")]
            Locale::EsUs | Locale::Es => Language::Es,
            _ => Language::En,
        }
    }

    /// Parses a widget locale (`data-locale`), case-insensitively, with `-`
    /// or `_`: "en-US", "en-GB" (or "en-UK"), "en-CA", "en-AU", "en-IE",
    /// "en-NZ", or "en" for English with no region; "es-US", or "es" for
    /// Spanish with no region. Anything else is `None` so the caller can
    /// fall back to the page's language.
    pub fn parse(tag: &str) -> Option<Locale> {
        let t = tag.trim();
        let (lang, region) = match t.find(['-', '_']) {
            Some(i) => (&t[..i], Some(&t[i + 1..])),
            None => (t, None),
        };
        #[cfg(feature = "es")]
        if lang.eq_ignore_ascii_case("es") {
            return match region {
                None => Some(Locale::Es),
                Some(r) if r.eq_ignore_ascii_case("US") => Some(Locale::EsUs),
                Some(_) => None,
            };
        }
        if !lang.eq_ignore_ascii_case("en") {
            return None;
        }
        match region {
            None => Some(Locale::En),
            Some(r) => Locale::for_region(r),
        }
    }

    /// The locale for the page's own language tag (`<html lang>`): a
    /// Spanish page ("es", "es-US", "es-MX") gets Spanish, in the US region
    /// for "es-US" and no region otherwise; for any other language the
    /// region decides (the words are English): no region, or one we have no
    /// table for, gives `En`. "en-Latn-GB" and "fr-CA" work; "en", "de" and
    /// "" give `En`.
    pub fn from_page_lang(lang: &str) -> Locale {
        let lang = lang.trim();
        let region = lang
            .split(['-', '_'])
            .skip(1)
            // A region is 2 letters or 3 digits; scripts (4 letters) and
            // variants are skipped.
            .find(|p| {
                (p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic()))
                    || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
            })
            .and_then(Locale::for_region)
            .unwrap_or(Locale::En);
        #[cfg(feature = "es")]
        if Locale::is_spanish_tag(lang) {
            return region.in_language(Language::Es);
        }
        region
    }

    /// Whether a language tag is Spanish ("es", "es-US", "ES_mx").
    #[cfg(feature = "es")]
    pub fn is_spanish_tag(tag: &str) -> bool {
        let first = tag.trim().split(['-', '_']).next().unwrap_or("");
        first.eq_ignore_ascii_case("es")
    }

    /// This locale's region in `language`: the emergency number, services
    /// and units stay the region's. Spanish has a table for the US and for
    /// no region, so another region in Spanish is "no region" (the number
    /// of the visitor's country, with the common ones listed), never
    /// another country's number.
    pub fn in_language(self, language: Language) -> Locale {
        match language {
            Language::En => match self {
                #[cfg(feature = "es")]
                Locale::EsUs => Locale::EnUs,
                #[cfg(feature = "es")]
                Locale::Es => Locale::En,
                other => other,
            },
            #[cfg(feature = "es")]
            Language::Es => match self {
                Locale::EnUs | Locale::EsUs => Locale::EsUs,
                _ => Locale::Es,
            },
        }
    }

    /// The regions that have a locale of their own, as written in a tag
    /// (matched case-insensitively). The prerendered first screen's loader
    /// code is given this same table, so page and widget agree.
    pub const REGIONS: [(&'static str, Locale); 7] = [
        ("US", Locale::EnUs),
        ("GB", Locale::EnGb),
        ("UK", Locale::EnGb),
        ("CA", Locale::EnCa),
        ("AU", Locale::EnAu),
        ("IE", Locale::EnIe),
        ("NZ", Locale::EnNz),
    ];

    fn for_region(region: &str) -> Option<Locale> {
        Locale::REGIONS
            .iter()
            .find(|(r, _)| region.eq_ignore_ascii_case(r))
            .map(|&(_, locale)| locale)
    }

    /// The canonical tag, e.g. "en-US"; "en" when the region is not known.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnUs => "en-US",
            Locale::EnGb => "en-GB",
            Locale::EnCa => "en-CA",
            Locale::EnAu => "en-AU",
            Locale::EnIe => "en-IE",
            Locale::EnNz => "en-NZ",
            Locale::En => "en",
            #[cfg(feature = "es")]
            Locale::EsUs => "es-US",
            #[cfg(feature = "es")]
            Locale::Es => "es",
        }
    }

    /// The units this locale uses: US customary in the US, metric elsewhere.
    pub fn units(self) -> Units {
        match self {
            #[cfg(feature = "es")]
            Locale::EsUs => Locale::EnUs.units(),
            Locale::EnUs => Units {
                height: HeightUnit::FeetInches,
                weight: WeightUnit::Lb,
                volume: VolumeUnit::FlOz,
            },
            _ => Units {
                height: HeightUnit::Cm,
                weight: WeightUnit::Kg,
                volume: VolumeUnit::Ml,
            },
        }
    }
}
