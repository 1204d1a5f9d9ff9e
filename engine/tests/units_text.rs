//! Units, locales, answer validation, computed values, and text coverage.

mod common;

use circulation_engine::Map;

use circulation_engine::units::{height_fields, parse_height, parse_weight, UnitError};
use circulation_engine::{
    evaluate, questions, text, Answer, AnswerError, Answers, Claudication, Detail, Kind, Level,
    Locale, RecId, Recommendation, SourceId, Status, Urgency, VenousStage, CONTENT_VERSION,
};
use common::{answer, persona};

#[test]
fn locales_parse() {
    use Locale::*;
    for (tag, want) in [
        ("en-US", Some(EnUs)),
        ("EN-us", Some(EnUs)),
        ("en_GB", Some(EnGb)),
        ("en-gb", Some(EnGb)),
        ("en-UK", Some(EnGb)),
        ("en-CA", Some(EnCa)),
        ("en-au", Some(EnAu)),
        ("en-IE", Some(EnIe)),
        ("en-NZ", Some(EnNz)),
        // English with no region: never one country's emergency number.
        ("en", Some(En)),
        ("en-FR", None),
        ("fr-FR", None),
        ("", None),
    ] {
        assert_eq!(Locale::parse(tag), want, "{tag}");
    }
    for l in Locale::ALL {
        assert_eq!(Locale::parse(l.tag()), Some(l), "{l:?} round trip");
    }
    // The page's own <html lang>: a Spanish page gets Spanish (es-US in the
    // US, es elsewhere); for any other language its region decides.
    for (lang, want) in [
        ("en-US", EnUs),
        ("en-AU", EnAu),
        ("en-Latn-GB", EnGb),
        ("fr-CA", EnCa),
        ("en_nz", EnNz),
        ("en", En),
        ("de-DE", En),
        ("es-419", Es),
        ("es-US", EsUs),
        ("es_us", EsUs),
        ("es-MX", Es),
        ("es", Es),
        ("ES-Latn-US", EsUs),
        ("", En),
        ("  ", En),
        ("x-klingon", En),
    ] {
        assert_eq!(Locale::from_page_lang(lang), want, "{lang:?}");
    }
}

#[test]
fn heights_and_weights() {
    use Locale::*;
    assert_eq!(parse_height(EnUs, "5", "7"), Ok(1702));
    assert_eq!(parse_height(EnUs, "", "67"), Ok(1702));
    assert_eq!(parse_height(EnGb, "170", ""), Ok(1700));
    assert_eq!(parse_height(EnGb, "170,5", ""), Ok(1705));
    assert_eq!(parse_height(EnGb, "", ""), Err(UnitError::Empty));
    assert_eq!(parse_height(EnUs, "", " "), Err(UnitError::Empty));
    assert_eq!(parse_height(EnGb, "abc", ""), Err(UnitError::NotANumber));
    assert_eq!(parse_height(EnGb, "-170", ""), Err(UnitError::NotANumber));
    assert_eq!(parse_height(EnGb, "1e3", ""), Err(UnitError::NotANumber));
    assert_eq!(parse_height(EnGb, "99", ""), Err(UnitError::TooShort));
    assert_eq!(parse_height(EnGb, "251", ""), Err(UnitError::TooTall));
    assert_eq!(parse_height(EnUs, "3", "0"), Err(UnitError::TooShort));
    assert_eq!(parse_height(EnUs, "999999", ""), Err(UnitError::TooTall));
    assert_eq!(parse_weight(EnUs, "154"), Ok(69_853));
    assert_eq!(parse_weight(EnGb, "70"), Ok(70_000));
    assert_eq!(parse_weight(EnGb, "70.25"), Ok(70_250));
    assert_eq!(parse_weight(EnGb, "24.9"), Err(UnitError::TooLight));
    assert_eq!(parse_weight(EnGb, "351"), Err(UnitError::TooHeavy));
    assert_eq!(parse_weight(EnUs, "50"), Err(UnitError::TooLight));
    assert_eq!(text::height(EnUs, 1702), "5 ft 7 in");
    assert_eq!(text::height(EnGb, 1700), "170 cm");
    assert_eq!(text::height(En, 1700), "170 cm");
    assert_eq!(
        height_fields(EnUs, 1702),
        ("5".to_string(), "7".to_string())
    );
    assert_eq!(text::weight(EnUs, 69_853), "154 lb");
    assert_eq!(text::weight(EnGb, 70_500), "70.5 kg");
    assert_eq!(text::weight(EnAu, 70_000), "70 kg");
    // Round trips through the UI's own fields.
    for mm in [1000u32, 1524, 1702, 1855, 2500] {
        let (a, b) = height_fields(EnGb, mm);
        // The fields show whole centimetres, so the round trip is to the nearest 10 mm.
        assert_eq!(parse_height(EnGb, &a, &b), Ok((mm + 5) / 10 * 10));
    }
}

#[test]
fn answers_are_validated() {
    let mut a = Answers::new();
    assert_eq!(a.set("zzz", Answer::Yes), Err(AnswerError::UnknownQuestion));
    assert_eq!(
        a.set("a_bleeding", Answer::Choice("yes".into())),
        Err(AnswerError::WrongKind)
    );
    assert_eq!(
        a.set("a_bleeding", Answer::Unsure),
        Err(AnswerError::WrongKind),
        "no 'not sure' offered here"
    );
    assert_eq!(
        a.set("b_age", Answer::Choice("12".into())),
        Err(AnswerError::UnknownOption("12".into()))
    );
    assert_eq!(
        a.set(
            "a_urgent",
            Answer::Choices(vec!["none".into(), "leg_pain".into()])
        ),
        Err(AnswerError::NoneNotExclusive)
    );
    assert_eq!(
        a.set("a_urgent", Answer::Choices(vec![])),
        Err(AnswerError::Empty)
    );
    let bad = Answer::Ratings(Map::from([("aching".to_string(), 4)]));
    assert_eq!(a.set("e_ratings", bad), Err(AnswerError::RatingTooHigh));
    let bad = Answer::Ratings(Map::from([("knees".to_string(), 1)]));
    assert_eq!(
        a.set("e_ratings", bad),
        Err(AnswerError::UnknownOption("knees".into()))
    );
    let bad = Answer::Grid(Map::from([("salt".to_string(), "fish_0".to_string())]));
    assert_eq!(
        a.set("f_diet", bad),
        Err(AnswerError::UnknownOption("fish_0".into()))
    );
    let body = |h, w| Answer::Body {
        height_mm: h,
        weight_g: w,
    };
    assert_eq!(
        a.set("b_body", body(Some(900), None)),
        Err(AnswerError::ImplausibleHeight)
    );
    assert_eq!(
        a.set("b_body", body(None, Some(400_000))),
        Err(AnswerError::ImplausibleWeight)
    );
    assert_eq!(a.set("b_body", body(None, None)), Err(AnswerError::Empty));
    assert!(a.is_empty());
    // Checklists are stored in display order without duplicates.
    a.set(
        "a_urgent",
        Answer::Choices(vec![
            "vein_bled".into(),
            "leg_pain".into(),
            "leg_pain".into(),
        ]),
    )
    .unwrap();
    assert_eq!(
        a.get("a_urgent"),
        Some(&Answer::Choices(vec![
            "leg_pain".into(),
            "vein_bled".into()
        ]))
    );
    assert_eq!(a.version(), CONTENT_VERSION);
}

#[test]
fn migration_drops_what_no_longer_fits() {
    let raw = Map::from([
        ("b_age".to_string(), Answer::Choice("65_plus".into())),
        ("b_old_question".to_string(), Answer::Yes),
        ("f_smoking".to_string(), Answer::Choice("vaping".into())),
    ]);
    let a = Answers::migrate(0, raw);
    assert_eq!(a.len(), 1);
    assert!(a.is("b_age", "65_plus"));
    assert_eq!(a.version(), CONTENT_VERSION);
}

#[test]
fn migration_from_content_version_1() {
    let choices = |v: &[&str]| Answer::Choices(v.iter().map(|s| s.to_string()).collect());
    let one = |id: &str, a: Answer| Answers::migrate(1, Map::from([(id.to_string(), a)]));
    // "New pain and swelling in one leg" is now two signs, each urgent alone.
    let a = one("a_urgent", choices(&["one_leg", "vein_bled"]));
    assert_eq!(
        a.get("a_urgent"),
        Some(&choices(&["leg_pain", "leg_swelling", "vein_bled"]))
    );
    // "None of these" was said to a shorter list: it cannot be carried over,
    // so a resumed quiz asks the new signs.
    assert!(one("a_urgent", choices(&["none"])).is_empty());
    assert!(one("c_diabetic_foot", choices(&["none"])).is_empty());
    // A new sore is still a sore that is new or not healing.
    let a = one("c_diabetic_foot", choices(&["sore"]));
    assert_eq!(a.get("c_diabetic_foot"), Some(&choices(&["sore"])));
    // Unchanged questions come through as they were.
    let a = one("a_emergency", choices(&["chest_pain"]));
    assert_eq!(a.get("a_emergency"), Some(&choices(&["chest_pain"])));
    // Version 2 answers are not mapped again ("one_leg" is no option now).
    assert!(Answers::migrate(
        2,
        Map::from([("a_urgent".to_string(), choices(&["one_leg"]))])
    )
    .is_empty());
}

#[test]
fn computed_values() {
    let o = evaluate(
        &persona("b_body=1700,70000 e_ratings=heaviness:2,aching:1,swelling:0,throbbing:3,itching:1,cramps:3,tingling:2"),
        Locale::EnGb,
    );
    assert_eq!(o.bmi_tenths, Some(242));
    assert_eq!(
        o.symptom_score,
        Some(7),
        "cramps and tingling are not in the score"
    );
    let partial = evaluate(&persona("e_ratings=heaviness:2"), Locale::EnGb);
    assert_eq!(partial.symptom_score, None);
    let o = evaluate(&persona("e_look=spider,swelling,brown"), Locale::EnGb);
    assert_eq!(o.venous_picture, VenousStage::SkinChanges);
    let o = evaluate(
        &persona("b_age=65_plus b_body=1600,90000 f_smoking=current c_conditions=family f_activity=minutes:min_0,strength:str_0"),
        Locale::EnGb,
    );
    use circulation_engine::Factor::*;
    assert_eq!(
        o.risk_factors.changeable,
        vec![Smoking, LowActivity, Weight]
    );
    assert_eq!(o.risk_factors.fixed, vec![Age, FamilyHistory]);
}

fn water_text(locale: Locale, spec: &str) -> Vec<String> {
    let o = evaluate(&persona(spec), locale);
    let rec = o
        .recommendations
        .iter()
        .find(|r| r.id == RecId::Water)
        .expect("water tip");
    text::recommendation(locale, rec).body
}

#[test]
fn water_in_the_visitors_units() {
    let us = evaluate(&persona("b_body=1700,69853"), Locale::EnUs)
        .water
        .unwrap();
    assert_eq!((us.women.amount, us.men.amount), (91, 125));
    let rule = us.rule_of_thumb.unwrap();
    assert_eq!((rule.weight, rule.drink.amount), (154, 77));
    let gb = evaluate(&persona("b_body=1700,70000"), Locale::EnGb)
        .water
        .unwrap();
    assert_eq!((gb.women.amount, gb.men.amount), (2700, 3700));
    assert_eq!(gb.rule_of_thumb.unwrap().drink.amount, 2300);
    let body = water_text(Locale::EnGb, "b_body=1700,70000").join(" ");
    assert!(
        body.contains("2.7 litres")
            && body.contains("2.3 litres")
            && body.contains("rule of thumb"),
        "{body}"
    );
    let body = water_text(Locale::EnUs, "b_body=1700,69853 b_sex=male").join(" ");
    assert!(
        body.contains("125 fl oz") && body.contains("154 lb") && body.contains("77 fl oz"),
        "{body}"
    );
    assert!(!body.contains("91 fl oz"), "men's figure only");
    // Pregnancy: official figures only.
    let o = evaluate(
        &persona("b_body=1700,70000 b_pregnancy=pregnant"),
        Locale::EnGb,
    );
    assert!(o.water.unwrap().rule_of_thumb.is_none());
    // Heart failure: no number at all.
    let o = evaluate(
        &persona("b_body=1700,70000 c_conditions=heart_failure"),
        Locale::EnUs,
    );
    assert!(o.water.is_none());
    let rec = o
        .recommendations
        .iter()
        .find(|r| r.id == RecId::Water)
        .unwrap();
    assert_eq!(rec.detail, Detail::None);
    let t = text::recommendation(Locale::EnUs, rec).body.join(" ");
    assert!(!t.chars().any(|c| c.is_ascii_digit()), "{t}");
}

#[test]
fn the_rule_of_thumb_never_exceeds_the_official_total() {
    // 300 lb: half an ounce a pound is 150 fl oz, above both totals.
    let us = |spec: &str| {
        evaluate(&persona(spec), Locale::EnUs)
            .water
            .unwrap()
            .rule_of_thumb
            .unwrap()
    };
    let r = us("b_body=1700,136078 b_sex=male");
    assert_eq!((r.weight, r.drink.amount, r.capped), (300, 125, true));
    let r = us("b_body=1700,136078 b_sex=female");
    assert_eq!((r.drink.amount, r.capped), (91, true));
    // Sex not given: the lower (women's) total.
    let r = us("b_body=1700,136078 b_sex=skip");
    assert_eq!((r.drink.amount, r.capped), (91, true));
    // Under the total: the rule as computed.
    let r = us("b_body=1700,69853 b_sex=female");
    assert_eq!((r.drink.amount, r.capped), (77, false));
    let gb = evaluate(&persona("b_body=1700,130000 b_sex=female"), Locale::EnGb)
        .water
        .unwrap()
        .rule_of_thumb
        .unwrap();
    assert_eq!((gb.drink.amount, gb.capped), (2700, true));
    let body = water_text(Locale::EnUs, "b_body=1700,136078 b_sex=male").join(" ");
    assert!(
        body.contains("higher than the official figure") && body.contains("125 fl oz"),
        "{body}"
    );
    assert!(!body.contains("150 fl oz"), "{body}");
}

#[test]
fn every_question_has_every_label() {
    for l in Locale::ALL.into_iter().chain(Locale::SPANISH) {
        for q in questions() {
            let t = text::question(l, q.id).unwrap_or_else(|| panic!("no text for {}", q.id));
            assert!(!t.title.is_empty() && !t.topic.is_empty());
            let keys: Vec<&str> = match q.kind {
                Kind::YesNo { unsure } => {
                    if unsure {
                        vec!["yes", "no", "unsure"]
                    } else {
                        vec!["yes", "no"]
                    }
                }
                Kind::Single { options } => options.to_vec(),
                Kind::Multi { options, none } => options.iter().copied().chain([none]).collect(),
                Kind::Ratings { items } => {
                    items.iter().copied().chain(["0", "1", "2", "3"]).collect()
                }
                Kind::Grid { rows } => rows
                    .iter()
                    .flat_map(|r| std::iter::once(r.id).chain(r.options.iter().copied()))
                    .collect(),
                Kind::Body => vec!["height", "weight"],
            };
            for k in keys {
                assert!(
                    t.label(k).is_some_and(|s| !s.is_empty()),
                    "{}: no label for {k}",
                    q.id
                );
            }
            let _ = text::module(l, q.module);
        }
    }
}

#[test]
fn sources_and_levels_and_notices() {
    for id in SourceId::ALL {
        let s = id.source();
        assert!(s.url.starts_with("https://"), "{id:?}");
        assert!(!text::source_title(Locale::EnUs, id).is_empty() && !s.publisher.is_empty());
    }
    let level = |l, lv, u| text::level(l, lv, u);
    let same_day = Urgency::SameDay;
    let us = level(Locale::EnUs, Level::Emergency, same_day);
    assert!(us.heading.contains("911") && us.action.contains("Don't drive"));
    // Every locale's emergency screen names that locale's number(s).
    for (l, numbers) in [
        (Locale::EnUs, &["911"][..]),
        (Locale::EnGb, &["999"]),
        (Locale::EnCa, &["911"]),
        (Locale::EnAu, &["000"]),
        (Locale::EnIe, &["112", "999"]),
        (Locale::EnNz, &["111"]),
        (
            Locale::En,
            &["local emergency number", "911", "999", "112", "000", "111"],
        ),
    ] {
        let t = level(l, Level::Emergency, same_day);
        for n in numbers {
            assert!(t.action.contains(n), "{l:?}: {n} missing in {}", t.action);
        }
        assert!(t.heading.contains(numbers[0]), "{l:?}: {}", t.heading);
    }
    // Without a known region, no one country's number leads.
    let anywhere = level(Locale::En, Level::Emergency, same_day);
    assert_eq!(anywhere.heading, "Call your local emergency number now");
    assert!(level(Locale::EnGb, Level::Urgent, same_day)
        .action
        .contains("NHS 111"));
    // US urgent wording names urgent care or the ER (Revision 2, item 8).
    let us_urgent = level(Locale::EnUs, Level::Urgent, same_day).action;
    assert!(us_urgent.contains("urgent care") && us_urgent.contains("ER"));
    assert!(level(Locale::EnCa, Level::Urgent, same_day)
        .action
        .contains("811"));
    assert!(level(Locale::EnAu, Level::Urgent, same_day)
        .action
        .contains("1800 022 222"));
    assert!(level(Locale::EnNz, Level::Urgent, same_day)
        .action
        .contains("0800 611 116"));
    for l in Locale::ALL {
        for u in [
            Urgency::SameDay,
            Urgency::Maternity,
            Urgency::EmergencyDepartment,
        ] {
            let t = level(l, Level::Urgent, u).action.to_lowercase();
            // Never a pharmacy or a routine appointment for an urgent sign.
            assert!(
                !t.contains("pharmac") && !t.contains("routine"),
                "{l:?} {u:?}: {t}"
            );
        }
        let ed = level(l, Level::Urgent, Urgency::EmergencyDepartment);
        assert!(
            ed.heading.ends_with("now") && ed.action.contains("now"),
            "{l:?}"
        );
        let m = level(l, Level::Urgent, Urgency::Maternity);
        assert!(m.action.contains("midwife"), "{l:?}: {}", m.action);
    }
    assert!(
        level(Locale::EnGb, Level::Urgent, Urgency::EmergencyDepartment)
            .heading
            .contains("A&E")
    );
    assert!(
        level(Locale::EnUs, Level::Urgent, Urgency::EmergencyDepartment)
            .heading
            .contains("ER")
    );
    let n = text::notices(Locale::EnUs);
    assert!(
        n.sponsorship.contains("compression socks") && n.sponsorship.contains("not medical advice")
    );
    assert_eq!(text::group(2300), "2,300");
    assert_eq!(text::group(999), "999");
    assert_eq!(text::group(1_000_000), "1,000,000");
}

#[test]
fn result_text_never_diagnoses() {
    let negative = text::claudication(Locale::EnUs, Claudication::Negative);
    assert!(negative.contains("can't rule that out"));
    for bad in ["fine", "healthy", "normal"] {
        assert!(!negative.contains(bad));
    }
    // No walking pain: nothing to say about it (the note would read oddly).
    assert_eq!(
        text::claudication(Locale::EnUs, Claudication::NoWalkingPain),
        ""
    );
    assert_eq!(
        text::claudication(Locale::EnGb, Claudication::NoWalkingPain),
        ""
    );
    let definite = text::claudication(Locale::EnUs, Claudication::Definite { grade: 2 });
    assert!(definite.contains("match a pattern doctors call") && definite.contains("grade 2"));
    // Every recommendation, allowed and gated, in both locales.
    let mut all = Vec::new();
    for l in Locale::ALL {
        for id in RecId::ALL {
            for status in [Status::Allowed, Status::AskClinicianFirst { gates: vec![] }] {
                let rec = Recommendation {
                    id,
                    status,
                    reasons: vec![],
                    sources: id.sources(false),
                    product: false,
                    detail: Detail::None,
                };
                let t = text::recommendation(l, &rec);
                all.push(t.title.to_string());
                all.extend(t.body);
            }
        }
        for lv in [
            Level::Emergency,
            Level::Urgent,
            Level::Soon,
            Level::SelfCare,
        ] {
            for u in [
                Urgency::SameDay,
                Urgency::Maternity,
                Urgency::EmergencyDepartment,
            ] {
                let t = text::level(l, lv, u);
                all.extend([t.heading, t.action, t.detail.to_string()]);
            }
        }
    }
    for s in &all {
        let lower = s.to_lowercase();
        assert!(!lower.contains("you have "), "diagnosis-like: {s}");
        assert!(!lower.contains("you are suffering"), "{s}");
    }
}

#[test]
fn answer_notation_sanity() {
    assert_eq!(answer("a_bleeding", "yes"), Answer::Yes);
}
