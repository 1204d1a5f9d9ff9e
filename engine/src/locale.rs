//! Locales: which units a visitor sees. Service names and numbers live in `text`.

/// A supported locale. Adding one means adding a variant here and one row in
/// the locale table of `text` (units, emergency number, urgent service).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    /// United States English: pounds, feet and inches, fluid ounces, 911.
    EnUs,
    /// British English: kilograms, centimetres, millilitres, 999 and NHS 111.
    EnGb,
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
    /// Every supported locale, for tests and pickers.
    pub const ALL: [Locale; 2] = [Locale::EnUs, Locale::EnGb];

    /// Parses a language tag, case-insensitively: "en-US", "en_us", "en" give
    /// `EnUs`; "en-GB" (or "en-UK") gives `EnGb`. Anything else is `None` so
    /// the caller can fall back to a default of its choosing.
    pub fn parse(tag: &str) -> Option<Locale> {
        let t = tag.trim();
        let eq = |s: &str| t.eq_ignore_ascii_case(s);
        if eq("en") || eq("en-us") || eq("en_us") {
            Some(Locale::EnUs)
        } else if eq("en-gb") || eq("en_gb") || eq("en-uk") || eq("en_uk") {
            Some(Locale::EnGb)
        } else {
            None
        }
    }

    /// The canonical tag, e.g. "en-US".
    pub fn tag(self) -> &'static str {
        match self {
            Locale::EnUs => "en-US",
            Locale::EnGb => "en-GB",
        }
    }

    /// The units this locale uses.
    pub fn units(self) -> Units {
        match self {
            Locale::EnUs => Units {
                height: HeightUnit::FeetInches,
                weight: WeightUnit::Lb,
                volume: VolumeUnit::FlOz,
            },
            Locale::EnGb => Units {
                height: HeightUnit::Cm,
                weight: WeightUnit::Kg,
                volume: VolumeUnit::Ml,
            },
        }
    }
}
