//! Unit conversion: parse typed heights and weights in the locale's units
//! and give back the numbers to pre-fill or show, with integers only (mm,
//! grams, tenths). Words and symbols are `text`'s.

use std::ops::RangeInclusive;

use crate::locale::{HeightUnit, Locale, WeightUnit};

/// Plausible adult heights in millimetres (100-250 cm).
pub const HEIGHT_MM: RangeInclusive<u32> = 1000..=2500;
/// Plausible adult weights in grams (25-350 kg).
pub const WEIGHT_G: RangeInclusive<u32> = 25_000..=350_000;

/// Why a typed height or weight was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitError {
    /// Nothing typed.
    Empty,
    /// Not a plain number (digits with at most one decimal point).
    NotANumber,
    /// Shorter than 100 cm.
    TooShort,
    /// Taller than 250 cm.
    TooTall,
    /// Lighter than 25 kg.
    TooLight,
    /// Heavier than 350 kg.
    TooHeavy,
}

/// Parses "72", "72.5" or "72,5" into thousandths (72500). Extra decimals
/// beyond three are ignored; signs, spaces inside and exponents are refused.
/// Public so every typed number in the widget (the size finder's ankle and
/// calf too) is read by this one rule.
pub fn parse_milli(s: &str) -> Result<u64, UnitError> {
    let s = s.trim();
    if s.is_empty() {
        return Err(UnitError::Empty);
    }
    let (whole, frac) = match s.find(['.', ',']) {
        Some(i) => (&s[..i], &s[i + 1..]),
        None => (s, ""),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !digits(whole) || !digits(frac) || whole.len() > 6 {
        return Err(UnitError::NotANumber);
    }
    let mut n: u64 = whole.bytes().fold(0, |n, b| n * 10 + u64::from(b - b'0'));
    for i in 0..3 {
        let d = frac.as_bytes().get(i).map_or(0, |b| u64::from(b - b'0'));
        n = n * 10 + d;
    }
    Ok(n)
}

fn check_height(mm: u64) -> Result<u32, UnitError> {
    match u32::try_from(mm) {
        Ok(mm) if HEIGHT_MM.contains(&mm) => Ok(mm),
        _ if mm < u64::from(*HEIGHT_MM.start()) => Err(UnitError::TooShort),
        _ => Err(UnitError::TooTall),
    }
}

fn check_weight(g: u64) -> Result<u32, UnitError> {
    match u32::try_from(g) {
        Ok(g) if WEIGHT_G.contains(&g) => Ok(g),
        _ if g < u64::from(*WEIGHT_G.start()) => Err(UnitError::TooLight),
        _ => Err(UnitError::TooHeavy),
    }
}

/// Parses a height typed in the locale's units into millimetres.
/// US: `first` is feet and `second` inches (either may be empty, not both);
/// GB: `first` is centimetres and `second` is ignored.
pub fn parse_height(locale: Locale, first: &str, second: &str) -> Result<u32, UnitError> {
    match locale.units().height {
        HeightUnit::Cm => check_height(round_div(parse_milli(first)?, 100)),
        HeightUnit::FeetInches => {
            let opt = |s: &str| match parse_milli(s) {
                Err(UnitError::Empty) => Ok(None),
                r => r.map(Some),
            };
            let (ft, inch) = (opt(first)?, opt(second)?);
            if ft.is_none() && inch.is_none() {
                return Err(UnitError::Empty);
            }
            // Thousandths of an inch, then 25.4 mm per inch.
            let milli_in = ft.unwrap_or(0) * 12 + inch.unwrap_or(0);
            check_height(round_div(milli_in * 254, 10_000))
        }
    }
}

/// Parses a weight typed in the locale's units (US: pounds, GB: kilograms)
/// into grams.
pub fn parse_weight(locale: Locale, text: &str) -> Result<u32, UnitError> {
    let milli = parse_milli(text)?;
    match locale.units().weight {
        WeightUnit::Kg => check_weight(milli),
        // 1 lb = 453.59237 g exactly.
        WeightUnit::Lb => check_weight(round_div(milli * 45_359_237, 100_000_000)),
    }
}

/// The values to pre-fill the height inputs with: US (feet, inches),
/// GB (centimetres, "").
pub fn height_fields(locale: Locale, mm: u32) -> (String, String) {
    match locale.units().height {
        HeightUnit::Cm => (round_div(u64::from(mm), 10).to_string(), String::new()),
        HeightUnit::FeetInches => {
            let (ft, inch) = feet_inches(mm);
            (ft.to_string(), inch.to_string())
        }
    }
}

/// The value to pre-fill the weight input with: whole pounds, or kilograms
/// with one decimal when not whole.
pub fn weight_field(locale: Locale, g: u32) -> String {
    match locale.units().weight {
        WeightUnit::Lb => lb_from_g(g).to_string(),
        WeightUnit::Kg => tenths(round_div(u64::from(g), 100)),
    }
}

/// Whole feet and inches, rounded to the nearest inch.
pub fn feet_inches(mm: u32) -> (u32, u32) {
    let inches = round_div(u64::from(mm) * 10, 254) as u32;
    (inches / 12, inches % 12)
}

/// Whole pounds, rounded.
pub fn lb_from_g(g: u32) -> u32 {
    round_div(u64::from(g) * 100_000, 45_359_237) as u32
}

/// Whole US fluid ounces, rounded (1 fl oz = 29.5735 ml).
pub fn floz_from_ml(ml: u32) -> u32 {
    round_div(u64::from(ml) * 10_000, 295_735) as u32
}

/// Integer division rounding halves up.
pub fn round_div(n: u64, d: u64) -> u64 {
    (n + d / 2) / d
}

/// "70" or "70.5" from tenths.
pub fn tenths(t: u64) -> String {
    if t.is_multiple_of(10) {
        (t / 10).to_string()
    } else {
        format!("{}.{}", t / 10, t % 10)
    }
}
