//! The rule table against the question bank and its own promises: every
//! option a rule names is in the bank (the typed ids already fail the build
//! otherwise; this walks every rule and definition again), every option of
//! the safety checklists is named by a level rule, every answer a visitor
//! cannot give is listed for the reviewer, rule ids are unique, and no
//! option or question id is written as a string literal in rule code.

use circulation_engine::rules::{CANNOT_SAY, PREDS};
use circulation_engine::{
    ids, question, questions, rules, text, Cond, Effect, Kind, Level, Locale, Opt,
};
use std::fs;
use std::path::Path;

fn walk(c: &Cond, f: &mut impl FnMut(&Cond)) {
    f(c);
    match c {
        Cond::All(p) | Cond::Any(p) | Cond::First(p) => p.iter().for_each(|p| walk(p, f)),
        Cond::Also(p) | Cond::Not(p) => walk(p, f),
        Cond::Is(p) => walk(&p.cond, f),
        _ => {}
    }
}

fn named(c: &Cond) -> Vec<Opt> {
    let mut v = Vec::new();
    walk(c, &mut |c| match c {
        Cond::AnyOf(o) => v.extend_from_slice(o),
        Cond::Ticked(q) => {
            if let Some(Kind::Multi { options, .. }) = question(q).map(|x| x.kind) {
                v.extend(options.iter().map(|o| Opt {
                    question: q,
                    option: o,
                }));
            }
        }
        _ => {}
    });
    v
}

#[test]
fn every_rule_names_only_what_the_bank_has() {
    let conds = rules()
        .iter()
        .map(|r| &r.when)
        .chain(PREDS.iter().map(|p| &p.cond));
    for c in conds {
        walk(c, &mut |c| match c {
            Cond::AnyOf(opts) => {
                for o in *opts {
                    let q = question(o.question).expect("a question of the bank");
                    assert!(q.has_option(o.option), "{o:?}");
                }
            }
            Cond::Ticked(q) => assert!(matches!(
                question(q).map(|x| x.kind),
                Some(Kind::Multi { .. })
            )),
            Cond::RowIn(opts) => {
                for o in *opts {
                    let Some(Kind::Grid { rows }) = question(o.question).map(|x| x.kind) else {
                        panic!("{o:?}")
                    };
                    assert!(rows
                        .iter()
                        .any(|r| r.id == o.row && r.options.contains(&o.option)));
                    assert_eq!(
                        (o.question, o.row),
                        (opts[0].question, opts[0].row),
                        "one row"
                    );
                }
            }
            Cond::Rated(items, _) => {
                for i in *items {
                    let Some(Kind::Ratings { items: all }) = question(i.question).map(|x| x.kind)
                    else {
                        panic!("{i:?}")
                    };
                    assert!(all.contains(&i.item));
                }
            }
            _ => {}
        });
    }
}

#[test]
fn rule_ids_are_unique_and_every_safety_option_raises_a_level() {
    let mut seen = Vec::new();
    for r in rules() {
        assert!(!seen.contains(&r.id), "{} twice", r.id);
        seen.push(r.id);
        assert!(r.decisions.iter().all(|d| (1..=68).contains(d)), "{}", r.id);
    }
    for q in [
        ids::EMERGENCY,
        ids::LIMB,
        ids::URGENT,
        ids::SOON,
        ids::DIABETIC_FOOT,
        ids::PREECLAMPSIA,
    ] {
        let Some(Kind::Multi { options, .. }) = question(q).map(|x| x.kind) else {
            panic!("{q}")
        };
        for o in options {
            let raised = rules().iter().any(|r| {
                matches!(r.then, Effect::Raise(l) if l > Level::SelfCare)
                    && named(&r.when)
                        .iter()
                        .any(|n| n.question == q && n.option == *o)
            });
            assert!(raised, "{q} {o} raises no level");
        }
    }
}

#[test]
fn every_answer_a_visitor_cannot_give_is_listed() {
    // Found by their words, as the visitor reads them.
    let cannot = ["not sure", "can't say", "rather not", "never walk"];
    for q in questions() {
        let words = text::question(Locale::EnGb, q.id).unwrap();
        let mut opts: Vec<&str> = match q.kind {
            Kind::YesNo { unsure: true } => vec!["unsure"],
            Kind::Single { options } => options.to_vec(),
            Kind::Multi { options, none } => options.iter().copied().chain([none]).collect(),
            _ => Vec::new(),
        };
        opts.retain(|o| {
            let l = words.label(o).unwrap_or("").to_ascii_lowercase();
            cannot.iter().any(|c| l.contains(c))
        });
        for o in opts {
            assert!(
                CANNOT_SAY.iter().any(|c| c
                    .option
                    .is_some_and(|x| x.question == q.id && x.option == o)),
                "{} {o} is not in CANNOT_SAY",
                q.id
            );
        }
        if q.optional {
            assert!(
                CANNOT_SAY
                    .iter()
                    .any(|c| c.question == q.id && c.option.is_none()),
                "{}",
                q.id
            );
        }
    }
}

/// String literals in the code of a file (comments stripped).
fn literals(src: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        // A tip's stable id ("warfarin", "salt") is not an answer.
        if code.trim_start().starts_with("RecId::") && code.contains("=> \"") {
            continue;
        }
        let mut parts = code.split('"');
        parts.next();
        while let (Some(lit), Some(_)) = (parts.next(), parts.next()) {
            out.push((n + 1, lit.to_string()));
        }
    }
    out
}

#[test]
fn no_option_id_is_a_string_literal_in_rule_code() {
    // Every id the bank defines: questions, options, rows, items.
    let mut bank: Vec<&str> = Vec::new();
    for q in questions() {
        bank.push(q.id);
        match q.kind {
            Kind::Single { options } => bank.extend(options),
            Kind::Multi { options, none } => bank.extend(options.iter().chain([&none])),
            Kind::Ratings { items } => bank.extend(items),
            Kind::Grid { rows } => {
                for r in rows {
                    bank.push(r.id);
                    bank.extend(r.options);
                }
            }
            Kind::YesNo { .. } | Kind::Body => {}
        }
    }
    bank.extend(["yes", "no", "unsure"]);
    // Rule code: everything but the bank itself (questions.rs and its typed
    // index), the wording tables (text/), and the answer store with its
    // version-1 migration (answers.rs).
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let skip = ["questions.rs", "opts.rs", "answers.rs"];
    let mut checked = 0;
    for file in files(&src) {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        if skip.contains(&name.as_str()) || file.components().any(|c| c.as_os_str() == "text") {
            continue;
        }
        checked += 1;
        for (line, lit) in literals(&fs::read_to_string(&file).unwrap()) {
            assert!(
                !bank.contains(&lit.as_str()),
                "{}:{line}: \"{lit}\" is a bank id written as a string; use the typed constant (questions/opts.rs)",
                file.display()
            );
        }
    }
    assert!(checked >= 15, "{checked} files");
}

fn files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    out
}
