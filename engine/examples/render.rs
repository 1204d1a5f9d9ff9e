//! Prints a whole result as plain text, to read the wording end to end:
//! `cargo run --example render` from engine/.

use circulation_engine::{evaluate, text, Answer, Answers, Locale, Status};

fn main() {
    let mut a = Answers::new();
    let set = |a: &mut Answers, id: &str, v: Answer| a.set(id, v).unwrap();
    let c = |s: &str| Answer::Choice(s.into());
    let m = |s: &[&str]| Answer::Choices(s.iter().map(|x| x.to_string()).collect());
    for id in ["a_emergency", "a_limb", "a_urgent", "a_soon"] {
        set(&mut a, id, m(&["none"]));
    }
    set(&mut a, "a_bleeding", Answer::No);
    set(&mut a, "b_age", c("40_64"));
    set(&mut a, "b_sex", c("female"));
    set(
        &mut a,
        "b_body",
        Answer::Body {
            height_mm: Some(1650),
            weight_g: Some(72_000),
        },
    );
    set(&mut a, "b_pregnancy", c("no"));
    set(&mut a, "c_conditions", m(&["venous"]));
    set(&mut a, "c_thinner", c("none"));
    set(&mut a, "d_walk", c("no"));
    set(&mut a, "e_look", m(&["bulging", "swelling"]));
    set(&mut a, "e_swell_where", c("ankle"));
    set(&mut a, "e_swell_when", c("evening"));
    set(&mut a, "e_swell_side", c("both"));
    set(&mut a, "e_swell_since", c("long"));
    let r = [
        ("heaviness", 1),
        ("aching", 1),
        ("swelling", 1),
        ("throbbing", 0),
        ("itching", 0),
    ];
    set(
        &mut a,
        "e_ratings",
        Answer::Ratings(r.iter().map(|(k, v)| (k.to_string(), *v)).collect()),
    );
    set(&mut a, "e_pattern", c("venous"));
    let g = |p: &[(&str, &str)]| {
        Answer::Grid(
            p.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    };
    set(
        &mut a,
        "f_day",
        g(&[
            ("still", "still_gt8"),
            ("breaks", "breaks_rare"),
            ("legs_up", "up_rare"),
        ]),
    );
    set(
        &mut a,
        "f_diet",
        g(&[("drinks", "drinks_4_5"), ("salt", "salt_most")]),
    );
    set(&mut a, "f_smoking", c("never"));
    set(&mut a, "f_compression", c("no"));
    set(&mut a, "f_travel", m(&["planned"]));

    for locale in Locale::ALL {
        let o = evaluate(&a, locale);
        let lt = text::level(locale, o.level, o.urgency);
        println!(
            "== {} ==\n{}\n{}\n{}",
            locale.tag(),
            lt.heading,
            lt.action,
            lt.detail
        );
        for r in &o.level_reasons {
            println!("  - {}", text::reason(locale, r));
        }
        for rec in &o.recommendations {
            let t = text::recommendation(locale, rec);
            let badge = match rec.status {
                Status::Allowed => "",
                Status::AskClinicianFirst { .. } => " [ask a clinician first]",
            };
            println!(
                "\n# {}{badge}{}",
                t.title,
                if rec.product { " [shop]" } else { "" }
            );
            for b in &t.body {
                println!("  {b}");
            }
            for r in &rec.reasons {
                println!("  because: {}", text::reason(locale, r));
            }
            let s: Vec<&str> = rec
                .sources
                .iter()
                .map(|s| text::source_title(locale, *s))
                .collect();
            println!("  sources: {}", s.join("; "));
        }
        if let Some(s) = o.symptom_score {
            println!("\n{}", text::symptom_score(locale, s));
        }
        if let Some(b) = o.bmi_tenths {
            println!("{}", text::bmi(locale, b));
        }
        println!("{}\n", text::notices(locale).sponsorship);
    }
}
