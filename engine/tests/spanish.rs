//! Spanish wording: every content text the engine can show exists in
//! Spanish, is not empty, and is not the English sentence left in place;
//! the emergency number follows the region (es-US: 911; es: the number of
//! your country, never one country's number alone); numbers are written
//! the locale's way.

use std::collections::BTreeSet;

use circulation_engine::{
    ids, questions, text, Claudication, Detail, Factor, Kind, Level, Locale, Module, Progress,
    Reason, RecId, Recommendation, RuleOfThumb, Said, SourceId, Status, Urgency, VenousStage,
    Volume, VolumeUnit, Water, WaterFor, WeightUnit,
};

/// Words that are the same in both languages, so a Spanish text may equal
/// the English one: names, symbols and numbers.
const SAME_IN_BOTH: &[&str] = &["No", "Diabetes", "mmHg", "cm", "kg", "lb", "ml", "ft"];

/// English words that never belong in a Spanish sentence (US service
/// names kept in parentheses, such as "urgent care", "Labor and Delivery"
/// or "American Heart Association", avoid them).
const ENGLISH_ONLY: &[&str] = &[
    "the", "you", "your", "please", "don't", "with", "should", "now", "today", "call", "doctor",
];

fn is_number_like(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || "+-–.,:()/".contains(c))
}

/// Every text the engine can produce for one locale: question words, module
/// headings, progress, banners, under-18 lines, first aid, reasons,
/// recommendations in every state, sources, claudication, venous stages,
/// factors, the score and BMI lines, notices and unit symbols.
fn all_texts(l: Locale) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |key: String, s: &str| out.push((key, s.to_string()));
    for q in questions() {
        let t = text::question(l, q.id).unwrap_or_else(|| panic!("{l:?}: no text for {}", q.id));
        push(format!("{} title", q.id), t.title);
        push(format!("{} topic", q.id), t.topic);
        if let Some(h) = t.help {
            push(format!("{} help", q.id), h);
        }
        for (k, v) in t.labels {
            push(format!("{} label {k}", q.id), v);
        }
        // Every reason the question can give.
        let opts: Vec<&'static str> = match q.kind {
            Kind::YesNo { .. } => vec!["yes", "no", "unsure"],
            Kind::Single { options } => options.to_vec(),
            Kind::Multi { options, none } => options.iter().copied().chain([none]).collect(),
            Kind::Ratings { .. } | Kind::Grid { .. } | Kind::Body => vec![],
        };
        for o in opts {
            let r = Reason {
                question: q.id,
                said: Said::Opt(o),
            };
            push(format!("{} reason {o}", q.id), &text::reason(l, &r));
        }
        if let Kind::Ratings { items } = q.kind {
            for item in items {
                for value in 1..=3 {
                    let r = Reason {
                        question: q.id,
                        said: Said::Rated { item, value },
                    };
                    push(
                        format!("{} rated {item} {value}", q.id),
                        &text::reason(l, &r),
                    );
                }
            }
        }
        if let Kind::Grid { rows } = q.kind {
            for row in rows {
                for option in row.options {
                    let r = Reason {
                        question: q.id,
                        said: Said::Row {
                            row: row.id,
                            option,
                        },
                    };
                    push(
                        format!("{} row {} {option}", q.id, row.id),
                        &text::reason(l, &r),
                    );
                }
            }
        }
    }
    for m in [
        Module::Safety,
        Module::AboutYou,
        Module::Conditions,
        Module::WalkingPain,
        Module::Legs,
        Module::Habits,
    ] {
        push(format!("module {m:?}"), text::module(l, m));
    }
    for (number, about_total) in [(5, 5), (4, 5), (1, 20)] {
        let p = Progress {
            number,
            about_total,
        };
        push(
            format!("progress {number}/{about_total}"),
            &text::progress(l, p),
        );
    }
    for level in [
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
            let t = text::level(l, level, u);
            push(format!("level {level:?} {u:?} heading"), &t.heading);
            push(format!("level {level:?} {u:?} action"), &t.action);
            push(format!("level {level:?} {u:?} detail"), t.detail);
        }
    }
    let first_aid = [ids::BLEEDING, ids::EMERGENCY, ids::LIMB].map(|question| Reason {
        question,
        said: Said::Opt("yes"),
    });
    for (i, line) in text::first_aid(l, &first_aid).into_iter().enumerate() {
        push(format!("first aid {i}"), line);
    }
    for (key, rec) in recommendations() {
        let t = text::recommendation(l, &rec);
        push(format!("{key} title"), t.title);
        for (i, line) in t.body.iter().enumerate() {
            push(format!("{key} line {i}"), line);
        }
    }
    for id in SourceId::ALL {
        push(format!("source {id:?}"), text::source_title(l, id));
    }
    for c in [
        Claudication::EasesWithRest,
        Claudication::Negative,
        Claudication::Atypical { grade: 1 },
        Claudication::Definite { grade: 2 },
    ] {
        push(format!("claudication {c:?}"), &text::claudication(l, c));
    }
    for s in [
        VenousStage::None,
        VenousStage::SpiderVeins,
        VenousStage::BulgingVeins,
        VenousStage::Swelling,
        VenousStage::SkinChanges,
        VenousStage::HealedUlcer,
    ] {
        push(format!("venous {s:?}"), text::venous_stage(l, s));
    }
    for f in [
        Factor::Smoking,
        Factor::LowActivity,
        Factor::Sitting,
        Factor::Weight,
        Factor::Salt,
        Factor::Age,
        Factor::FamilyHistory,
        Factor::Pregnancy,
        Factor::PreviousClot,
    ] {
        push(format!("factor {f:?}"), text::factor(l, f));
    }
    push("score".into(), &text::symptom_score(l, 6));
    push("bmi".into(), &text::bmi(l, 312));
    let n = text::notices(l);
    for (k, v) in [
        ("sponsorship", n.sponsorship),
        ("doctor_talk", n.doctor_talk),
        ("because", n.because),
        ("sources", n.sources),
        ("ask_first", n.ask_first),
        ("shop_link", n.shop_link),
        ("venous_picture", n.venous_picture),
        ("can_change", n.can_change),
        ("cant_change", n.cant_change),
        ("start", n.start),
        ("next", n.next),
        ("back", n.back),
        ("skip", n.skip),
        ("see_result", n.see_result),
        ("start_again", n.start_again),
    ] {
        push(format!("notice {k}"), v);
    }
    let u = text::unit_symbols(l);
    for (k, v) in [
        ("ft", u.ft),
        ("inch", u.inch),
        ("cm", u.cm),
        ("lb", u.lb),
        ("kg", u.kg),
        ("fl_oz", u.fl_oz),
        ("ml", u.ml),
        ("litres", u.litres),
    ] {
        push(format!("unit {k}"), v);
    }
    out
}

/// Every recommendation in every state its text can be in: allowed and
/// gated, with and without each answer its wording depends on.
fn recommendations() -> Vec<(String, Recommendation)> {
    let r = |question, o| Reason {
        question,
        said: Said::Opt(o),
    };
    use circulation_engine::ids::*;
    let reason_sets: Vec<Vec<Reason>> = vec![
        vec![],
        vec![
            r(WALK, "yes"),
            r(THINNER, "not_sure"),
            r(COMPRESSION, "prescribed"),
            r(SLEEP_IN, "yes"),
            r(TRAVEL, "recent"),
        ],
    ];
    let gate_sets: Vec<Vec<Reason>> = vec![
        vec![r(PREGNANCY, "pregnant")],
        vec![r(CONDITIONS, "heart_failure")],
        vec![r(CONDITIONS, "pad"), r(PREGNANCY, "recent_birth")],
        vec![r(CONDITIONS, "heart_failure"), r(CONDITIONS, "pad")],
    ];
    let water = |unit, capped, applies| {
        let v = |amount| Volume { amount, unit };
        Detail::Water(Water {
            glasses_low: 6,
            glasses_high: 8,
            women: v(if unit == VolumeUnit::Ml { 2700 } else { 91 }),
            men: v(if unit == VolumeUnit::Ml { 3700 } else { 125 }),
            applies,
            rule_of_thumb: Some(RuleOfThumb {
                weight: if unit == VolumeUnit::Ml { 90 } else { 200 },
                weight_unit: if unit == VolumeUnit::Ml {
                    WeightUnit::Kg
                } else {
                    WeightUnit::Lb
                },
                drink: v(if unit == VolumeUnit::Ml { 2700 } else { 91 }),
                capped,
            }),
        })
    };
    let details = [
        Detail::None,
        water(VolumeUnit::Ml, true, WaterFor::Both),
        water(VolumeUnit::FlOz, false, WaterFor::Women),
        water(VolumeUnit::Ml, false, WaterFor::Men),
    ];
    let mut out = Vec::new();
    for id in RecId::ALL {
        for (i, reasons) in reason_sets.iter().enumerate() {
            for (d, detail) in details.iter().enumerate() {
                let rec = |status| Recommendation {
                    id,
                    status,
                    reasons: reasons.clone(),
                    sources: &[],
                    product: false,
                    detail: detail.clone(),
                };
                out.push((format!("{id:?} allowed r{i} d{d}"), rec(Status::Allowed)));
                for (g, gates) in gate_sets.iter().enumerate() {
                    out.push((
                        format!("{id:?} gated r{i} d{d} g{g}"),
                        rec(Status::AskClinicianFirst {
                            gates: gates.clone(),
                        }),
                    ));
                }
            }
        }
    }
    out
}

#[test]
fn every_spanish_text_is_there_and_is_not_the_english_one() {
    for (es, en) in [(Locale::EsUs, Locale::EnUs), (Locale::Es, Locale::En)] {
        let english: BTreeSet<String> = Locale::ALL
            .into_iter()
            .flat_map(all_texts)
            .map(|(_, s)| s)
            .collect();
        let es_texts = all_texts(es);
        assert_eq!(
            es_texts.len(),
            all_texts(en).len(),
            "{es:?}: same set of texts"
        );
        for (key, s) in es_texts {
            assert!(!s.trim().is_empty(), "{es:?} {key}: empty");
            let allowed = SAME_IN_BOTH.contains(&s.as_str()) || is_number_like(&s);
            assert!(
                allowed || !english.contains(&s),
                "{es:?} {key}: the English text is left in place: {s}"
            );
            // No English sentence: none of these English words appears.
            for w in s
                .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                .filter(|w| !w.is_empty())
            {
                assert!(
                    !ENGLISH_ONLY.contains(&w.to_lowercase().as_str()),
                    "{es:?} {key}: English word {w:?} in: {s}"
                );
            }
        }
    }
}

#[test]
fn english_is_unchanged_by_the_spanish_locales() {
    let t = text::level(Locale::EnUs, Level::Emergency, Urgency::SameDay);
    assert_eq!(t.heading, "Call 911 now");
    assert_eq!(
        text::question(Locale::En, ids::AGE).unwrap().title,
        "How old are you?"
    );
}

#[test]
fn the_emergency_number_follows_the_region_never_the_language() {
    let urgencies = [
        Urgency::SameDay,
        Urgency::Maternity,
        Urgency::EmergencyDepartment,
    ];
    // es-US: 911, as for en-US.
    let us = text::level(Locale::EsUs, Level::Emergency, Urgency::SameDay);
    assert_eq!(us.heading, "Llame al 911 ahora");
    assert!(us.action.contains("Llame al 911 ahora."), "{}", us.action);
    for u in urgencies {
        let t = text::level(Locale::EsUs, Level::Urgent, u);
        assert!(t.action.contains("llame al 911"), "{u:?}: {}", t.action);
    }
    // US urgent wording names urgent care or the ER (Revision 2, item 8).
    let same_day = text::level(Locale::EsUs, Level::Urgent, Urgency::SameDay).action;
    assert!(same_day.contains("urgent care") && same_day.contains("sala de emergencias"));

    // es: the number of the visitor's country, with the common ones listed;
    // no one country's number leads.
    let any = text::level(Locale::Es, Level::Emergency, Urgency::SameDay);
    assert_eq!(any.heading, "Llame ahora al número de emergencias");
    assert!(!any.heading.chars().any(|c| c.is_ascii_digit()));
    assert!(any.action.contains("número de emergencias de su país"));
    for n in ["911", "112", "999", "000", "111"] {
        assert!(any.action.contains(n), "{n} missing: {}", any.action);
    }
    for u in urgencies {
        let t = text::level(Locale::Es, Level::Urgent, u);
        assert!(
            t.action.contains("número de emergencias de su país"),
            "{u:?}"
        );
        for n in ["911", "112", "999"] {
            assert!(!t.action.contains(n), "{u:?}: {n} in {}", t.action);
        }
    }
    for l in Locale::SPANISH {
        for u in urgencies {
            let t = text::level(l, Level::Urgent, u).action.to_lowercase();
            // Never a pharmacy or a routine appointment for an urgent sign.
            assert!(
                !t.contains("farmac") && !t.contains("rutina"),
                "{l:?} {u:?}: {t}"
            );
            assert!(t.contains("ahora") || t.contains("hoy"), "{l:?} {u:?}: {t}");
        }
        let ed = text::level(l, Level::Urgent, Urgency::EmergencyDepartment);
        assert!(ed.heading.ends_with("ahora") && ed.action.contains("ahora"));
        let m = text::level(l, Level::Urgent, Urgency::Maternity);
        assert!(m.action.contains("partera"), "{l:?}: {}", m.action);
        // The under-18 note says "18".
        assert!(
            text::under_18_screen(l, &circulation_engine::evaluate(&Default::default(), l))
                .note
                .contains("18")
        );
    }
}

#[test]
fn spanish_numbers_are_written_the_locales_way() {
    assert_eq!(
        text::bmi(Locale::EsUs, 312),
        "Su IMC (índice de masa corporal): 31.2"
    );
    assert_eq!(
        text::bmi(Locale::Es, 312),
        "Su IMC (índice de masa corporal): 31,2"
    );
    assert_eq!(text::weight(Locale::Es, 70_500), "70,5 kg");
    assert_eq!(text::weight(Locale::EsUs, 70_500), "155 lb");
    assert_eq!(text::height(Locale::EsUs, 1700), "5 pies 7 pulg.");
    assert_eq!(text::height(Locale::Es, 1700), "170 cm");
    let salt = |l| {
        let rec = Recommendation {
            id: RecId::Salt,
            status: Status::Allowed,
            reasons: vec![],
            sources: &[],
            product: false,
            detail: Detail::None,
        };
        text::recommendation(l, &rec).body.join(" ")
    };
    assert!(salt(Locale::EsUs).contains("2,300 mg"));
    assert!(salt(Locale::Es).contains("2300 mg") && !salt(Locale::Es).contains("2,300"));
    // Litres with a decimal comma in es.
    let water = Recommendation {
        id: RecId::Water,
        status: Status::Allowed,
        reasons: vec![],
        sources: &[],
        product: false,
        detail: Detail::Water(Water {
            glasses_low: 6,
            glasses_high: 8,
            women: Volume {
                amount: 2700,
                unit: VolumeUnit::Ml,
            },
            men: Volume {
                amount: 3700,
                unit: VolumeUnit::Ml,
            },
            applies: WaterFor::Both,
            rule_of_thumb: None,
        }),
    };
    let body = text::recommendation(Locale::Es, &water).body.join(" ");
    assert!(
        body.contains("2,7 litros") && body.contains("3,7 litros"),
        "{body}"
    );
    // No "unos"/"unas" before an amount: it would have to agree with the
    // unit (litros, mililitros, onzas).
    for l in Locale::SPANISH {
        for (key, s) in all_texts(l) {
            let w: Vec<&str> = s.split(' ').collect();
            let bad = w.windows(3).any(|p| {
                (p[0] == "unos" || p[0] == "unas")
                    && p[1].starts_with(|c: char| c.is_ascii_digit())
                    && ["litros", "onzas", "ml"]
                        .iter()
                        .any(|u| p[2].starts_with(u))
            });
            assert!(!bad, "{l:?} {key}: {s}");
        }
    }
}

#[test]
fn spanish_sources_link_spanish_pages_or_say_english() {
    for id in SourceId::ALL {
        let title = text::source_title(Locale::Es, id);
        match id.spanish_page() {
            Some(page) => {
                assert!(page.url.starts_with("https://"), "{id:?}");
                assert!(
                    page.url.contains("/spanish/") || page.url.contains("/es/"),
                    "{id:?}: {}",
                    page.url
                );
                assert!(!title.contains("en inglés"), "{id:?}: {title}");
                assert_eq!(id.source_in(circulation_engine::Language::Es).url, page.url);
            }
            None => assert!(title.contains("en inglés"), "{id:?}: {title}"),
        }
        // English is untouched.
        assert_eq!(id.source_in(circulation_engine::Language::En), id.source());
    }
}

#[test]
fn spanish_locales_parse() {
    for (tag, want) in [
        ("es-US", Some(Locale::EsUs)),
        ("ES_us", Some(Locale::EsUs)),
        ("es", Some(Locale::Es)),
        ("es-MX", None),
    ] {
        assert_eq!(Locale::parse(tag), want, "{tag}");
    }
    for l in Locale::SPANISH {
        assert_eq!(Locale::parse(l.tag()), Some(l));
        assert_eq!(l.language(), circulation_engine::Language::Es);
    }
    assert_eq!(Locale::EsUs.units(), Locale::EnUs.units());
    assert_eq!(Locale::Es.units(), Locale::En.units());
}
