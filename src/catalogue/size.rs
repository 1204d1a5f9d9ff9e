//! The size finder: the visitor's ankle and calf, typed in inches or
//! centimetres, into millimetres; and a product's size for them: one size,
//! two neighbouring sizes with the shop's advice, or "outside this chart".
//! The measurements stay on the device: saved with the result they were
//! taken for, never in any event.

use std::ops::RangeInclusive;

use engine::units::{parse_milli, round_div, tenths, UnitError};
use engine::{HeightUnit, Locale};

use super::{Product, Range, Size};

/// Ankles measured at their narrowest, 12-45 cm, in mm.
pub const ANKLE_MM: RangeInclusive<u32> = 120..=450;
/// Calves measured at their widest, 20-70 cm, in mm.
pub const CALF_MM: RangeInclusive<u32> = 200..=700;

/// The unit the visitor types in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LengthUnit {
    Cm,
    In,
}

impl LengthUnit {
    /// Inches where heights are in feet and inches (the US), else cm; the
    /// visitor may switch.
    pub fn for_locale(locale: Locale) -> LengthUnit {
        match locale.units().height {
            HeightUnit::FeetInches => LengthUnit::In,
            HeightUnit::Cm => LengthUnit::Cm,
        }
    }
}

/// Which measurement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// At its narrowest, just above the ankle bones.
    Ankle,
    /// At its widest.
    Calf,
}

/// Why a typed measurement was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeasureError {
    /// Nothing typed.
    Empty,
    /// Not a plain number (digits with at most one decimal point or comma).
    NotANumber,
    /// Below 12 cm (ankle) or 20 cm (calf): most likely the wrong unit or
    /// the wrong place.
    TooSmall,
    /// Above 45 cm (ankle) or 70 cm (calf).
    TooBig,
}

/// Reads "22", "22.5" or "8,5" in `unit` into millimetres, rounded, within
/// `ANKLE_MM` or `CALF_MM`. The number rule is the quiz's own (heights and
/// weights): no signs, spaces inside or exponents.
pub fn parse_measure(text: &str, unit: LengthUnit, part: Part) -> Result<u32, MeasureError> {
    let milli = parse_milli(text).map_err(|e| match e {
        UnitError::Empty => MeasureError::Empty,
        _ => MeasureError::NotANumber,
    })?;
    let mm = match unit {
        // Thousandths of a centimetre, or of an inch (25.4 mm).
        LengthUnit::Cm => round_div(milli, 100),
        LengthUnit::In => round_div(milli * 254, 10_000),
    };
    let bounds = match part {
        Part::Ankle => ANKLE_MM,
        Part::Calf => CALF_MM,
    };
    match u32::try_from(mm) {
        Ok(mm) if bounds.contains(&mm) => Ok(mm),
        _ if mm < u64::from(*bounds.start()) => Err(MeasureError::TooSmall),
        _ => Err(MeasureError::TooBig),
    }
}

/// The text for a measurement in `unit`, with one decimal when not whole
/// ("22.9", "9"): to fill the input when the visitor switches units. Keep
/// the millimetres, not this text, so switching back and forth never
/// drifts.
pub fn measure_field(mm: u32, unit: LengthUnit) -> String {
    match unit {
        LengthUnit::Cm => tenths(u64::from(mm)),
        LengthUnit::In => tenths(round_div(u64::from(mm) * 100, 254)),
    }
}

/// A product's size for these measurements.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeAnswer<'a> {
    /// This size fits.
    Fits(&'a str),
    /// Between two neighbouring sizes: show both and the shop's advice
    /// (`None` when it gave none).
    Between {
        smaller: &'a str,
        larger: &'a str,
        advice: Option<&'a str>,
    },
    /// Outside this chart: "a fitter can measure you for made-to-measure".
    OffChart,
    /// The product has no size chart: ask the shop.
    NoChart,
}

/// The size of `product` for an ankle and a calf in mm. The rules:
///
/// - A size fits when both measurements lie within its ranges, ends
///   included.
/// - Exact shared edge: where one size's range ends exactly where the next
///   one's begins (calf 34-38 then 38-42), a measurement on that value
///   belongs to the larger size only. At the top of its range a stocking
///   is stretched most and presses hardest; at the bottom of the next it
///   presses least, so the tie goes to the side that cannot press above
///   its label.
/// - Ranges that overlap more than that (34-39 then 37-42) make a real
///   choice: a measurement inside both is between the two sizes, and the
///   shop's advice decides.
/// - Between two sizes: when each measurement lies in one of two
///   neighbouring sizes or in the gap between their ranges (ankle says S,
///   calf says M; or a calf in a gap of the chart). If several sizes fit
///   both measurements, the two largest are given (the same reason as the
///   edge rule).
/// - Anything else is off the chart: a measurement below the smallest or
///   above the largest size, or two measurements more than one size apart
///   (a leg shaped unlike this chart). An empty chart is `NoChart`.
pub fn size_for(product: &Product, ankle_mm: u32, calf_mm: u32) -> SizeAnswer<'_> {
    let rows = &product.sizes;
    if rows.is_empty() {
        return SizeAnswer::NoChart;
    }
    let ankle = spots(rows, ankle_mm, |s| s.ankle_mm);
    let calf = spots(rows, calf_mm, |s| s.calf_mm);
    let label = |bit: u32| rows[bit as usize / 2].label.as_str();
    let between = |lower: u32, upper: u32| SizeAnswer::Between {
        smaller: label(lower),
        larger: label(upper),
        advice: product.between_sizes.as_deref(),
    };
    let highest = |bits: u64| 63 - bits.leading_zeros();
    // Sizes fitting both: the even spots they share.
    let both = ankle & calf & EVEN;
    match both.count_ones() {
        0 => {}
        1 => return SizeAnswer::Fits(label(both.trailing_zeros())),
        _ => {
            let top = highest(both);
            return between(highest(both & !(1 << top)), top);
        }
    }
    // Each measurement within sizes i and i+1 or the gap between them (the
    // spots 2i to 2i+2). Only a chart where two sizes end together can
    // have two such pairs; then the larger, as on a shared edge.
    (0..rows.len().min(SPOT_ROWS) as u32 - 1)
        .rev()
        .map(|i| 2 * i)
        .find(|&lower| {
            let pair = 0b111 << lower;
            ankle & pair != 0 && calf & pair != 0
        })
        .map_or(SizeAnswer::OffChart, |lower| between(lower, lower + 2))
}

/// Rows a bit set of spots can hold (2 per row in a `u64`); charts hold at
/// most `MAX_SIZES` (20), so this only bounds a chart built in code.
const SPOT_ROWS: usize = 32;

/// Bits of the even spots (sizes themselves).
const EVEN: u64 = 0x5555_5555_5555_5555;

/// Where a measurement lies in one dimension of the chart, as a bit set of
/// spots: bit 2i for size i, bit 2i+1 for the gap between sizes i and i+1;
/// no bit when below the smallest or above the largest.
fn spots(rows: &[Size], x: u32, range: impl Fn(&Size) -> Range) -> u64 {
    let mut bits = 0;
    for (i, row) in rows.iter().enumerate().take(SPOT_ROWS) {
        let r = range(row);
        let next = rows.get(i + 1).map(&range);
        // The exact shared edge belongs to the larger size.
        let shared_edge = next.is_some_and(|n| n.from == r.to && x == r.to);
        if r.contains(x) && !shared_edge {
            bits |= 1 << (2 * i);
        }
        if next.is_some_and(|n| r.to < x && x < n.from) {
            bits |= 1 << (2 * i + 1);
        }
    }
    bits
}
