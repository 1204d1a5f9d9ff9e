//! The size finder, natively: tables over charts shaped like real brands'
//! (edges shared, overlaps, gaps, one row, none), every boundary of the
//! measurements in inches and centimetres, and properties over random
//! charts and measurements. `CASES` lists the property case counts.
#![cfg(not(target_arch = "wasm32"))]

use circulation_check::catalogue::*;
use engine::Locale;
use proptest::prelude::*;

const CASES: &[(&str, u32)] = &[
    ("answers_agree_with_the_chart", 3000),
    ("units_round_trip", 1000),
];

fn cases(name: &str) -> ProptestConfig {
    ProptestConfig::with_cases(CASES.iter().find(|(k, _)| *k == name).map_or(256, |c| c.1))
}

#[test]
fn at_least_four_thousand_cases() {
    let total: u32 = CASES.iter().map(|c| c.1).sum();
    println!("catalogue_size.rs property cases: {total}");
    assert!(total >= 4000, "{total}");
}

/// A product with this chart: rows of (label, ankle cm, calf cm), in mm.
fn product(rows: &[(&str, [u32; 2], [u32; 2])], advice: Option<&str>) -> Product {
    let mm = |r: [u32; 2]| Range {
        from: r[0],
        to: r[1],
    };
    Product {
        id: "p".into(),
        name: "P".into(),
        url: "/p".into(),
        image: None,
        price: None,
        mmhg: Range { from: 15, to: 20 },
        length: Length::KneeHigh,
        calf: CalfFit::Standard,
        uses: vec![Use::Everyday],
        toe: Toe::Closed,
        sizes: rows
            .iter()
            .map(|(label, a, c)| Size {
                label: label.to_string(),
                ankle_mm: mm(*a),
                calf_mm: mm(*c),
                shoe: None,
            })
            .collect(),
        between_sizes: advice.map(str::to_owned),
    }
}

const ADVICE: &str = "Choose the larger one.";

/// The demo's everyday chart: ankles share edges, calves overlap by 3 cm.
fn brand() -> Product {
    product(
        &[
            ("S", [180, 210], [250, 330]),
            ("M", [210, 240], [300, 380]),
            ("L", [240, 270], [350, 430]),
            ("XL", [270, 300], [400, 480]),
        ],
        Some(ADVICE),
    )
}

fn fits(label: &str) -> SizeAnswer<'_> {
    SizeAnswer::Fits(label)
}

fn between<'a>(smaller: &'a str, larger: &'a str, advice: Option<&'a str>) -> SizeAnswer<'a> {
    SizeAnswer::Between {
        smaller,
        larger,
        advice,
    }
}

/// Checks (ankle mm, calf mm) -> answer rows against a product.
fn table(p: &Product, rows: &[(u32, u32, SizeAnswer)]) {
    for (ankle, calf, want) in rows {
        assert_eq!(
            size_for(p, *ankle, *calf),
            *want,
            "ankle {ankle} mm, calf {calf} mm"
        );
    }
}

#[test]
fn a_brand_chart_with_shared_edges_and_overlaps() {
    let p = brand();
    let b = |s, l| between(s, l, Some(ADVICE));
    table(
        &p,
        &[
            // Inside one size, and on its outer edges.
            (190, 280, fits("S")),
            (180, 250, fits("S")),
            (300, 480, fits("XL")),
            // Just off the chart at either end, in either measurement.
            (179, 280, SizeAnswer::OffChart),
            (190, 249, SizeAnswer::OffChart),
            (301, 450, SizeAnswer::OffChart),
            (290, 481, SizeAnswer::OffChart),
            // The exact shared ankle edge, 21 cm, belongs to M ...
            (210, 350, fits("M")),
            (209, 320, fits("S")),
            (211, 320, fits("M")),
            // ... so with a calf only S takes, it is between S and M.
            (210, 280, b("S", "M")),
            // A calf in the S/M overlap goes with the ankle's size.
            (200, 310, fits("S")),
            (220, 310, fits("M")),
            (200, 330, fits("S")),
            (220, 300, fits("M")),
            // Ankle says S, calf says M (or M and L): between S and M.
            (200, 340, b("S", "M")),
            (200, 360, b("S", "M")),
            // Ankle says S, calf says L and XL: a leg unlike this chart.
            (200, 420, SizeAnswer::OffChart),
            (200, 440, SizeAnswer::OffChart),
            // The other way round: big ankle, small calf.
            (280, 260, SizeAnswer::OffChart),
            (250, 330, b("M", "L")),
        ],
    );
}

#[test]
fn an_exact_shared_edge_goes_to_the_larger_size_in_both_measurements() {
    let p = product(
        &[("S", [180, 220], [300, 340]), ("M", [220, 260], [340, 380])],
        None,
    );
    table(
        &p,
        &[
            (200, 339, fits("S")),
            (200, 340, between("S", "M", None)),
            (230, 340, fits("M")),
            (220, 341, fits("M")),
            (220, 339, between("S", "M", None)),
            (219, 339, fits("S")),
        ],
    );
}

#[test]
fn an_overlap_wider_than_an_edge_is_between_two_sizes() {
    let p = product(
        &[("S", [180, 220], [250, 340]), ("M", [210, 250], [320, 400])],
        Some(ADVICE),
    );
    table(
        &p,
        &[
            (215, 330, between("S", "M", Some(ADVICE))),
            (220, 340, between("S", "M", Some(ADVICE))),
            (210, 320, between("S", "M", Some(ADVICE))),
            (215, 300, fits("S")),
            (200, 330, fits("S")),
            (230, 330, fits("M")),
        ],
    );
    // Three sizes all fitting: the two largest.
    let p = product(
        &[
            ("S", [180, 260], [250, 400]),
            ("M", [190, 270], [260, 410]),
            ("L", [200, 280], [270, 420]),
        ],
        None,
    );
    table(
        &p,
        &[(220, 300, between("M", "L", None)), (185, 255, fits("S"))],
    );
    // Two sizes ending together (S and M at 22 cm), the next starting
    // there: 22 cm is S's and L's, not M's (the shared edge), and the calf
    // says M. Both S/M and M/L hold each measurement; the larger pair wins.
    let p = product(
        &[
            ("S", [180, 220], [250, 290]),
            ("M", [200, 220], [300, 340]),
            ("L", [220, 260], [350, 400]),
        ],
        None,
    );
    table(
        &p,
        &[(220, 320, between("M", "L", None)), (210, 320, fits("M"))],
    );
}

#[test]
fn a_chart_with_gaps() {
    let p = product(
        &[
            ("S", [180, 200], [250, 310]),
            ("M", [220, 240], [330, 380]),
            ("L", [260, 280], [400, 450]),
        ],
        Some(ADVICE),
    );
    let b = |s, l| between(s, l, Some(ADVICE));
    table(
        &p,
        &[
            (230, 350, fits("M")),
            // In the S/M gap in one measurement or both.
            (210, 280, b("S", "M")),
            (190, 320, b("S", "M")),
            (210, 320, b("S", "M")),
            (201, 311, b("S", "M")),
            (219, 329, b("S", "M")),
            (210, 350, b("S", "M")),
            // M/L.
            (250, 390, b("M", "L")),
            (270, 390, b("M", "L")),
            // Gaps a size apart: off the chart.
            (210, 390, SizeAnswer::OffChart),
            (190, 390, SizeAnswer::OffChart),
            (270, 320, SizeAnswer::OffChart),
        ],
    );
}

#[test]
fn one_row_and_empty_charts() {
    let one = product(&[("One size", [180, 260], [280, 400])], None);
    table(
        &one,
        &[
            (180, 280, fits("One size")),
            (260, 400, fits("One size")),
            (179, 300, SizeAnswer::OffChart),
            (200, 401, SizeAnswer::OffChart),
        ],
    );
    let none = product(&[], Some(ADVICE));
    assert_eq!(size_for(&none, 200, 300), SizeAnswer::NoChart);
}

#[test]
fn measurements_are_read_in_the_visitors_units() {
    assert_eq!(LengthUnit::for_locale(Locale::EnUs), LengthUnit::In);
    for l in [
        Locale::EnGb,
        Locale::EnCa,
        Locale::EnAu,
        Locale::EnIe,
        Locale::EnNz,
        Locale::En,
    ] {
        assert_eq!(LengthUnit::for_locale(l), LengthUnit::Cm, "{l:?}");
    }
    use LengthUnit::{Cm, In};
    use MeasureError::*;
    use Part::{Ankle, Calf};
    let rows: &[(&str, LengthUnit, Part, Result<u32, MeasureError>)] = &[
        ("22", Cm, Ankle, Ok(220)),
        ("22.9", Cm, Ankle, Ok(229)),
        (" 22,9 ", Cm, Ankle, Ok(229)),
        ("22.95", Cm, Ankle, Ok(230)),
        ("9", In, Ankle, Ok(229)),
        ("8.5", In, Ankle, Ok(216)),
        ("8,5", In, Ankle, Ok(216)),
        // Every boundary: ankle 12-45 cm, calf 20-70 cm.
        ("12", Cm, Ankle, Ok(120)),
        ("11.9", Cm, Ankle, Err(TooSmall)),
        ("45", Cm, Ankle, Ok(450)),
        ("45.1", Cm, Ankle, Err(TooBig)),
        ("20", Cm, Calf, Ok(200)),
        ("19.9", Cm, Calf, Err(TooSmall)),
        ("70", Cm, Calf, Ok(700)),
        ("70.1", Cm, Calf, Err(TooBig)),
        ("4.73", In, Ankle, Ok(120)),
        ("4.7", In, Ankle, Err(TooSmall)),
        ("17.7", In, Ankle, Ok(450)),
        ("17.75", In, Ankle, Err(TooBig)),
        ("7.88", In, Calf, Ok(200)),
        ("7.85", In, Calf, Err(TooSmall)),
        ("27.55", In, Calf, Ok(700)),
        ("27.6", In, Calf, Err(TooBig)),
        // A calf typed in inches into centimetres: too small, not a size.
        ("14", Cm, Calf, Err(TooSmall)),
        ("", Cm, Ankle, Err(Empty)),
        ("   ", In, Calf, Err(Empty)),
        ("abc", Cm, Ankle, Err(NotANumber)),
        ("-22", Cm, Ankle, Err(NotANumber)),
        ("2e1", Cm, Ankle, Err(NotANumber)),
        ("22 cm", Cm, Ankle, Err(NotANumber)),
        ("1.2.3", Cm, Ankle, Err(NotANumber)),
        ("1234567", Cm, Ankle, Err(NotANumber)),
        ("999999", In, Calf, Err(TooBig)),
    ];
    for (text, unit, part, want) in rows {
        assert_eq!(
            parse_measure(text, *unit, *part),
            *want,
            "{text:?} {unit:?} {part:?}"
        );
    }
}

#[test]
fn switching_units_shows_the_same_measurement() {
    assert_eq!(measure_field(229, LengthUnit::Cm), "22.9");
    assert_eq!(measure_field(220, LengthUnit::Cm), "22");
    assert_eq!(measure_field(229, LengthUnit::In), "9");
    assert_eq!(measure_field(216, LengthUnit::In), "8.5");
    // 9 in, shown in cm and read back: the same millimetres.
    let mm = parse_measure("9", LengthUnit::In, Part::Ankle).unwrap();
    let cm = measure_field(mm, LengthUnit::Cm);
    assert_eq!(parse_measure(&cm, LengthUnit::Cm, Part::Ankle), Ok(mm));
}

proptest! {
    #![proptest_config(cases("units_round_trip"))]

    /// Any measurement in range, shown in either unit and read back, is the
    /// same within half a tenth of an inch, and showing it again does not
    /// drift.
    #[test]
    fn units_round_trip(mm in 200u32..=450, inches in any::<bool>()) {
        let unit = if inches { LengthUnit::In } else { LengthUnit::Cm };
        let text = measure_field(mm, unit);
        let back = parse_measure(&text, unit, Part::Ankle).unwrap();
        prop_assert!(back.abs_diff(mm) <= u32::from(inches), "{mm} -> {text} -> {back}");
        prop_assert_eq!(measure_field(back, unit), text);
    }
}

/// A random chart, listed smallest first as the parser requires: each row's
/// ranges start and end no lower than the row before, with shared edges,
/// overlaps and gaps all likely.
fn chart() -> impl Strategy<Value = Vec<([u32; 2], [u32; 2])>> {
    let step = (0u32..40, 0u32..60, 0u32..40, 0u32..60);
    (150u32..220, 240u32..320, prop::collection::vec(step, 1..8)).prop_map(|(a0, c0, steps)| {
        let (mut a, mut c) = ([a0, a0], [c0, c0]);
        steps
            .into_iter()
            .map(|(da, wa, dc, wc)| {
                // The next row starts at or after the last start, often
                // exactly at the last end (a shared edge).
                a = [if da % 3 == 0 { a[1] } else { a[0] + da }, 0];
                a[1] = a[0] + wa.max(1);
                c = [if dc % 3 == 0 { c[1] } else { c[0] + dc }, 0];
                c[1] = c[0] + wc.max(1);
                (a, c)
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(cases("answers_agree_with_the_chart"))]

    /// Whatever the chart and the measurements: a size that fits contains
    /// both; two sizes are in chart order and span both; a leg that some
    /// size contains is never off the chart; a leg beyond every size is.
    #[test]
    fn answers_agree_with_the_chart(rows in chart(), ankle in 100u32..700, calf in 150u32..900) {
        let rows: Vec<(String, [u32; 2], [u32; 2])> = rows
            .iter()
            .enumerate()
            .map(|(i, (a, c))| (format!("S{i}"), *a, *c))
            .collect();
        // Drop rows the parser would refuse: one identical to the row before.
        let mut kept: Vec<(&str, [u32; 2], [u32; 2])> = Vec::new();
        for (l, a, c) in &rows {
            if kept.last().is_none_or(|(_, pa, pc)| (pa, pc) != (a, c) && pa[1] <= a[1] && pc[1] <= c[1]) {
                kept.push((l.as_str(), *a, *c));
            }
        }
        let p = product(&kept, Some(ADVICE));
        let index = |label: &str| kept.iter().position(|r| r.0 == label).unwrap();
        let within = |r: [u32; 2], x: u32| r[0] <= x && x <= r[1];
        let answer = size_for(&p, ankle, calf);
        prop_assert_eq!(answer, size_for(&p, ankle, calf));
        match answer {
            SizeAnswer::Fits(l) => {
                let (_, a, c) = kept[index(l)];
                prop_assert!(within(a, ankle) && within(c, calf));
            }
            SizeAnswer::Between { smaller, larger, advice } => {
                let (s, l) = (index(smaller), index(larger));
                prop_assert!(s < l);
                prop_assert!(within([kept[s].1[0], kept[l].1[1]], ankle));
                prop_assert!(within([kept[s].2[0], kept[l].2[1]], calf));
                prop_assert_eq!(advice, Some(ADVICE));
            }
            SizeAnswer::OffChart => {
                prop_assert!(!kept.iter().any(|(_, a, c)| within(*a, ankle) && within(*c, calf)));
            }
            SizeAnswer::NoChart => prop_assert!(false, "a chart was given"),
        }
        let lowest = kept.iter().map(|r| r.1[0]).min().unwrap();
        let highest = kept.iter().map(|r| r.2[1]).max().unwrap();
        if ankle < lowest || calf > highest {
            prop_assert_eq!(answer, SizeAnswer::OffChart);
        }
    }
}
