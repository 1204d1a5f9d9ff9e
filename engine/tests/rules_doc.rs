//! engine/RULES.md, the rules for a clinician to review, generated from the
//! rule table the engine runs (src/rules/) and the wording tables the
//! visitor sees (src/text/). The test fails when the committed file is out
//! of date; `UPDATE_RULES=1 cargo test -p circulation-engine --test
//! rules_doc` rewrites it. Nothing writes it during a build.

use circulation_engine::rules::{CannotSay, CANNOT_SAY, PREDS};
use circulation_engine::{
    question, reason_sources, rules, text, Claudication, Cond, Detail, Effect, Item, Kind, Level,
    Locale, Need, Note, Opt, ProductRule, Reason, RecId, Recommendation, RowOpt, Rule, SourceId,
    Status, Urgency, MAX_MATCHES, MAX_MMHG, RATING_VALUES,
};
use std::fmt::Write;

/// The wording shown: the UK's (other regions differ in numbers, services
/// and units only).
const L: Locale = Locale::EnGb;
/// The Spanish wording shown beside it: the US's (es-US; es differs in the
/// emergency number and services only).
const ES: Locale = Locale::EsUs;

#[test]
fn rules_md_is_current() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/RULES.md");
    let fresh = document();
    if std::env::var_os("UPDATE_RULES").is_some() {
        std::fs::write(path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == fresh,
        "engine/RULES.md is out of date with the rules. Regenerate it with\n\n    UPDATE_RULES=1 cargo test -p circulation-engine --test rules_doc\n\nand commit it (review the diff: it is what a clinician signs)."
    );
}

// ------------------------------------------------------------ the document

fn document() -> String {
    let mut d = String::new();
    d += HEADER;
    levels(&mut d);
    section(
        &mut d,
        "5. Notes added to the result",
        "Shown at self-care and see-soon (never with an urgent or emergency result).",
        |r| matches!(r.then, Effect::Note(_)),
    );
    section(
        &mut d,
        "6. Gates: tips held back until a clinician says yes",
        "A held-back tip shows as \"Ask a clinician first\", with the answers that held it back, and never with a link to the shop. The under-18 ending holds back every tip.",
        |r| matches!(r.then, Effect::Gate(_) | Effect::NotForYou),
    );
    section(
        &mut d,
        "7. Tips",
        "Shown at self-care and see-soon only, most important first, each with \"Because you said\" and its sources. A tip whose gate (section 6) holds is shown as \"Ask a clinician first\" instead.",
        |r| matches!(r.then, Effect::Offer(_)),
    );
    section(
        &mut d,
        "8. Product safety: which of the shop's socks may be shown",
        "The shop's own catalogue is read by the widget; which products may be shown, and in what order, is decided by these rules in the engine.",
        |r| matches!(r.then, Effect::Product(_) | Effect::Fits(_)),
    );
    cannot_say(&mut d);
    definitions(&mut d);
    sources(&mut d);
    spanish_questions(&mut d);
    d
}

const HEADER: &str = "# Circulation Check: the rules, for clinical review

<!-- Generated from engine/src/rules/ and engine/src/text/ by
     `UPDATE_RULES=1 cargo test -p circulation-engine --test rules_doc`.
     Do not edit by hand: a test fails when this file is out of date. -->

This is every rule the quiz uses to decide what a visitor sees: how urgent
the result is and where to go, which notes are added, which tips are
offered or held back, and which of the shop's products may be shown. It is
generated from the rules the widget runs, so it cannot drift from them.

How to read it:

- Each rule has a short id in `code` (it never changes meaning), when it
  applies, what it does, the words the visitor then sees, its sources
  (listed in full at the end) and the numbered decisions behind it
  (engine/DECISIONS.md).
- Questions and answers are quoted exactly as the visitor sees them.
  Words in *italics* are shared definitions, listed in section 10.
- The visitor's wording is the UK version. Other regions differ only in
  phone numbers, services and units. The Spanish wording (es-US) is
  quoted beside it, and section 12 gives every question and answer in
  both languages.
- Only questions the visitor was shown count. The highest level any rule
  raises wins, and the result lists the answers behind every rule at that
  level (\"Because you said ...\").

Contents: 1. Emergency; 2. Urgent, today; 3. Where an urgent result sends
the visitor; 4. See a doctor soon; 5. Notes; 6. Gates; 7. Tips; 8. Product
safety; 9. Answers a visitor cannot give; 10. Definitions; 11. Sources;
12. The questions in Spanish.

";

fn levels(d: &mut String) {
    let intro = [
        (Level::Emergency, "1. Emergency: call the emergency number now", "The quiz stops the moment one of these is answered. Nothing else is shown: no tips, no products."),
        (Level::Urgent, "2. Urgent: be seen today", "Only the action is shown: no tips, no products. Where to go is in section 3."),
        (Level::Soon, "4. See a doctor soon", "The tips are still shown, but compression waits for that visit (rule `gate.compression.see_soon`)."),
    ];
    for (level, title, note) in intro {
        if level == Level::Soon {
            routes(d);
        }
        let _ = writeln!(d, "## {title}\n\n{note}\n\nThe visitor sees:\n");
        for locale in [L, ES] {
            if locale == ES {
                let _ = writeln!(d, "In Spanish (es-US):\n");
            }
            let banner = text::level(locale, level, Urgency::SameDay);
            quote(
                d,
                &[
                    format!("**{}**", banner.heading),
                    banner.action,
                    banner.detail.to_string(),
                ],
            );
        }
        for r in rules().iter().filter(|r| r.then == Effect::Raise(level)) {
            entry(d, r);
        }
    }
}

fn routes(d: &mut String) {
    let _ = writeln!(d, "## 3. Where an urgent result sends the visitor\n\nThe first of these that applies; otherwise a same-day appointment:\n");
    for locale in [L, ES] {
        if locale == ES {
            let _ = writeln!(d, "In Spanish (es-US):\n");
        }
        let same = text::level(locale, Level::Urgent, Urgency::SameDay);
        quote(d, &[format!("**{}**", same.heading), same.action]);
    }
    for r in rules()
        .iter()
        .filter(|r| matches!(r.then, Effect::Route(_)))
    {
        entry(d, r);
    }
}

fn section(d: &mut String, title: &str, intro: &str, which: impl Fn(&Rule) -> bool) {
    let _ = writeln!(d, "## {title}\n\n{intro}\n");
    for r in rules().iter().filter(|r| which(r)) {
        entry(d, r);
    }
}

/// One rule.
fn entry(d: &mut String, r: &Rule) {
    let _ = writeln!(d, "### `{}`\n", r.id);
    let (head, parts) = when(&r.when);
    if !parts.is_empty() {
        let _ = writeln!(d, "- **When** {head}{parts}");
    } else if matches!(
        r.when,
        Cond::AnyOf(_) | Cond::Ticked(_) | Cond::RowIn(_) | Cond::Rated(..)
    ) {
        let _ = writeln!(d, "- **When** the visitor {head}.");
    } else {
        let _ = writeln!(d, "- **When:** {head}.");
    }
    let _ = writeln!(d, "- **Does:** {}.", effect(r.then));
    let words = shown(r, L);
    let first = rules().iter().find(|x| x.then == r.then).map(|x| x.id);
    if matches!(r.then, Effect::Gate(_) | Effect::Fits(_)) && first != Some(r.id) && !maternity(r) {
        let _ = writeln!(
            d,
            "- **The visitor sees:** the same as for `{}` above.",
            first.unwrap_or("?")
        );
    } else if !words.is_empty() {
        for (label, words) in [
            ("The visitor sees", words),
            ("In Spanish (es-US)", shown(r, ES)),
        ] {
            let _ = writeln!(d, "- **{label}:**\n");
            for w in words {
                let _ = writeln!(d, "  > {w}\n  >");
            }
            d.truncate(d.len() - 4);
            d.push('\n');
        }
    }
    let _ = writeln!(d, "- **Sources:** {}.", source_list(&rule_sources(r)));
    let _ = writeln!(d, "- **Decisions:** {}.\n", decision_list(r.decisions));
}

fn quote(d: &mut String, lines: &[String]) {
    let body: Vec<String> = lines.iter().map(|l| format!("> {l}")).collect();
    let _ = writeln!(d, "{}\n", body.join("\n>\n"));
}

// ------------------------------------------------------------ conditions

fn title(q: &str) -> &'static str {
    text::question(L, q).map_or("?", |t| t.title)
}

fn label(q: &str, id: &str) -> String {
    let words = text::question(L, q)
        .and_then(|t| t.label(id))
        .unwrap_or("?");
    format!("\u{201c}{words}\u{201d}")
}

fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// "ticked" for a checklist, "answered" otherwise.
fn verb(q: &str) -> (&'static str, &'static str) {
    match question(q).map(|x| x.kind) {
        Some(Kind::Multi { .. }) => ("ticked", "for"),
        _ => ("answered", "to"),
    }
}

/// Options grouped by question, in the order given.
fn options(opts: &[Opt]) -> String {
    let mut parts = Vec::new();
    let mut i = 0;
    while i < opts.len() {
        let q = opts[i].question;
        let same: Vec<String> = opts[i..]
            .iter()
            .take_while(|o| o.question == q)
            .map(|o| label(q, o.option))
            .collect();
        i += same.len();
        let (did, to) = verb(q);
        parts.push(format!(
            "{did} {} {to} \u{201c}{}\u{201d}",
            or_list(&same),
            title(q)
        ));
    }
    parts.join("; or ")
}

fn rows(opts: &[RowOpt]) -> String {
    let q = opts[0].question;
    let chosen: Vec<String> = opts.iter().map(|o| label(q, o.option)).collect();
    format!("answered {} to {}", or_list(&chosen), label(q, opts[0].row))
}

fn rated(items: &[Item], min: u8) -> String {
    let q = items[0].question;
    let names: Vec<String> = items.iter().map(|i| label(q, i.item)).collect();
    let least = label(q, RATING_VALUES[usize::from(min)]);
    format!(
        "rated {} as {least} or worse, for \u{201c}{}\u{201d}",
        or_list(&names),
        title(q)
    )
}

/// A condition in words: a heading and, for a combination, its parts as
/// nested bullets (the heading then ends with a colon).
fn when(c: &Cond) -> (String, String) {
    match c {
        Cond::All(p) => ("all of these hold:".into(), bullets(p, 1)),
        Cond::Any(p) => ("any of these holds:".into(), bullets(p, 1)),
        Cond::First(p) => (
            "the first of these that holds (only its answers are named):".into(),
            bullets(p, 1),
        ),
        _ => (line(c, 1), String::new()),
    }
}

fn bullets(parts: &[Cond], depth: usize) -> String {
    let pad = "  ".repeat(depth);
    parts
        .iter()
        .map(|p| format!("\n{pad}- {}", item(p, depth)))
        .collect()
}

fn item(c: &Cond, depth: usize) -> String {
    match c {
        Cond::All(p) => format!("all of:{}", bullets(p, depth + 1)),
        Cond::Any(p) => format!("any of:{}", bullets(p, depth + 1)),
        Cond::First(p) => format!("the first of these that holds:{}", bullets(p, depth + 1)),
        _ => line(c, depth),
    }
}

fn line(c: &Cond, depth: usize) -> String {
    match c {
        Cond::AnyOf(opts) => options(opts),
        Cond::Ticked(q) => {
            let Some(Kind::Multi { options, .. }) = question(q).map(|x| x.kind) else {
                unreachable!("Ticked names a checklist")
            };
            let all: Vec<String> = options.iter().map(|o| label(q, o)).collect();
            format!(
                "ticked anything for \u{201c}{}\u{201d} ({})",
                title(q),
                or_list(&all)
            )
        }
        Cond::RowIn(opts) => rows(opts),
        Cond::Rated(items, min) => rated(items, *min),
        Cond::Also(p) => format!(
            "(not needed, but named too if the visitor also {})",
            item(p, depth)
        ),
        Cond::Not(p) => format!("but not if the visitor {}", item(p, depth)),
        Cond::Is(p) => format!("*{}* (see `{}`)", p.name, p.id),
        Cond::PositiveScreen => {
            "the walking-pain questionnaire scores positive, as published".into()
        }
        Cond::SeeSoon => "the result is \u{201c}see a doctor soon\u{201d} (any rule in section 4; its answers are named)".into(),
        Cond::Always => "always, for every product".into(),
        Cond::All(_) | Cond::Any(_) | Cond::First(_) => item(c, depth),
    }
}

// ------------------------------------------------------------ effects

fn level_name(l: Level) -> &'static str {
    match l {
        Level::Emergency => "emergency: call the emergency number now",
        Level::Urgent => "urgent: be seen today",
        Level::Soon => "see a doctor soon",
        Level::SelfCare => "self-care",
    }
}

fn rec(id: RecId, gated: bool) -> Recommendation {
    let status = if gated {
        // A gate other than pregnancy alone, for the general wording.
        Status::AskClinicianFirst {
            gates: vec![Reason::opt(circulation_engine::opts::conditions::PAD)],
        }
    } else {
        Status::Allowed
    };
    Recommendation {
        id,
        status,
        reasons: Vec::new(),
        sources: id.sources(gated),
        product: !gated && id == RecId::Compression,
        detail: Detail::None,
    }
}

fn effect(e: Effect) -> String {
    match e {
        Effect::Raise(l) => format!("raises the result to {}", level_name(l)),
        Effect::Route(u) => format!("sends an urgent result to: \u{201c}{}\u{201d}", text::level(L, Level::Urgent, u).heading),
        Effect::Note(Note::DoctorTalk) => "adds the note about talking to a doctor first (and, by `gate.compression.doctor_talk`, holds back compression)".into(),
        Effect::Note(Note::EasesWithRest) => "replaces the walking-pain note \u{201c}doesn't match the usual pattern\u{201d} with the note for pain that eases with rest".into(),
        Effect::Offer(id) => format!("offers the tip \u{201c}{}\u{201d}", text::recommendation(L, &rec(id, false)).title),
        Effect::Gate(id) => format!(
            "holds back the tip \u{201c}{}\u{201d}: it shows as \u{201c}{}\u{201d}, with these answers, and no shop link",
            text::recommendation(L, &rec(id, false)).title,
            text::recommendation(L, &rec(id, true)).title
        ),
        Effect::NotForYou => "ends the quiz after the age question with the adults-only screen: no tips; any urgent or see-soon sign already given leads it, with its action".into(),
        Effect::Fits(need) => fits(need),
        Effect::Product(p) => product(p),
    }
}

fn fits(need: Need) -> String {
    let uses: Vec<String> = need
        .uses()
        .iter()
        .map(|u| format!("\u{201c}{}\u{201d}", u.as_str()))
        .collect();
    format!(
        "a product the shop marks {} fits this visitor (adds {} to its place in the ranking; a product that fits nothing is not shown); the answers are shown as \u{201c}why this one\u{201d}",
        or_list(&uses),
        need.weight()
    )
}

fn product(p: ProductRule) -> String {
    match p {
        ProductRule::OnlyOnAnAllowedTip => "products are shown only with the compression tip when it is allowed and carries the shop link, only at self-care, never on the under-18 screen and never beside the note about talking to a doctor first (stated again here, so a change elsewhere cannot let a product through)".into(),
        ProductRule::Ceiling => format!("never a product whose labelled pressure goes above {MAX_MMHG} mmHg (nor one whose range makes no sense, low end above top), whatever the shop's file says"),
        ProductRule::NoSleeve => "never a sleeve: without a foot it gives no graduated pressure from the ankle, which is what the tip suggests".into(),
        ProductRule::NoPregnancy => "never a product made for pregnancy: pregnancy and the 6 weeks after birth hold compression back (ask the midwife or doctor), so no one who is shown products is whom it is made for".into(),
        ProductRule::UnknownUseNeverFits => "a use the widget does not know (any other word in the shop's file) is shown on the product but never makes it fit, so a product with only such uses is never shown".into(),
        ProductRule::KneeHighFirst => format!("knee-high products only; only when no knee-high product fits, thigh-high before tights; best fit first, ties in the shop's order; at most {MAX_MATCHES}"),
    }
}

/// Whether the rule is the pregnancy gate (its own, kinder wording).
fn maternity(r: &Rule) -> bool {
    matches!(&r.when, Cond::Is(p) if p.id == "maternity")
}

/// The visitor's words for a rule's effect, in `l`'s wording.
fn shown(r: &Rule, l: Locale) -> Vec<String> {
    let n = text::notices(l);
    match r.then {
        Effect::Gate(id) if maternity(r) => {
            let mut rec = rec(id, true);
            rec.status = Status::AskClinicianFirst {
                gates: vec![Reason::opt(circulation_engine::opts::pregnancy::PREGNANT)],
            };
            let mut v = body(&rec, l);
            v[0] += " (when pregnancy, or a birth in the last 6 weeks, is the only reason)";
            v
        }
        Effect::Route(u) => {
            let t = text::level(l, Level::Urgent, u);
            vec![format!("**{}**", t.heading), t.action]
        }
        Effect::Note(Note::DoctorTalk) => vec![n.doctor_talk.to_string()],
        Effect::Note(Note::EasesWithRest) => {
            vec![text::claudication(l, Claudication::EasesWithRest)]
        }
        Effect::Offer(id) => body(&rec(id, false), l),
        Effect::Gate(id) => body(&rec(id, true), l),
        Effect::NotForYou => {
            vec![
                text::under_18_screen(l, &circulation_engine::evaluate(&Default::default(), l))
                    .note
                    .to_string(),
            ]
        }
        Effect::Fits(_) | Effect::Product(ProductRule::OnlyOnAnAllowedTip) => vec![format!(
            "\u{201c}{}\u{201d} (with each product's \u{201c}why this one\u{201d})",
            n.shop_link
        )],
        Effect::Raise(_) | Effect::Product(_) => Vec::new(),
    }
}

fn body(r: &Recommendation, l: Locale) -> Vec<String> {
    let t = text::recommendation(l, r);
    let mut v = vec![format!("**{}**", t.title)];
    v.extend(t.body);
    v
}

// ------------------------------------------------------------ sources

/// Every reason a condition can name.
fn reasons(c: &Cond, out: &mut Vec<Reason>) {
    match c {
        Cond::AnyOf(opts) => out.extend(opts.iter().map(|o| Reason::opt(*o))),
        Cond::Ticked(q) => {
            if let Some(Kind::Multi { options, .. }) = question(q).map(|x| x.kind) {
                out.extend(options.iter().map(|o| {
                    Reason::opt(Opt {
                        question: q,
                        option: o,
                    })
                }));
            }
        }
        Cond::RowIn(opts) => out.extend(opts.iter().map(|o| Reason::row(*o))),
        Cond::Rated(items, min) => out.extend(items.iter().map(|i| Reason::rated(*i, *min))),
        Cond::All(p) | Cond::Any(p) | Cond::First(p) => p.iter().for_each(|p| reasons(p, out)),
        Cond::Also(p) | Cond::Not(p) => reasons(p, out),
        Cond::Is(p) => reasons(&p.cond, out),
        Cond::PositiveScreen | Cond::SeeSoon | Cond::Always => {}
    }
}

fn rule_sources(r: &Rule) -> Vec<SourceId> {
    let mut v: Vec<SourceId> = Vec::new();
    match r.then {
        Effect::Raise(_) => {
            let mut rs = Vec::new();
            reasons(&r.when, &mut rs);
            v.extend(rs.iter().flat_map(reason_sources));
        }
        Effect::Offer(id) => v.extend(id.sources(false)),
        Effect::Gate(id) => v.extend(id.sources(true)),
        _ => {}
    }
    v.extend(r.sources);
    let mut once = Vec::new();
    for s in v {
        if !once.contains(&s) {
            once.push(s);
        }
    }
    once
}

fn source_name(s: SourceId) -> String {
    format!("{}, {}", s.source().publisher, text::source_title(L, s))
}

fn source_list(v: &[SourceId]) -> String {
    if v.is_empty() {
        return "none beyond the brief".into();
    }
    v.iter()
        .map(|s| source_name(*s))
        .collect::<Vec<_>>()
        .join("; ")
}

fn decision_list(v: &[u8]) -> String {
    if v.is_empty() {
        return "none (the brief's own rule)".into();
    }
    v.iter().map(u8::to_string).collect::<Vec<_>>().join(", ")
}

// ------------------------------------------------------------ the rest

fn cannot_say(d: &mut String) {
    let _ = writeln!(d, "## 9. Answers a visitor cannot give\n\nEvery \u{201c}I'm not sure\u{201d}, \u{201c}I can't say\u{201d}, \u{201c}I'd rather not say\u{201d} and skippable question, and what it counts as. The principle (brief, Revision 3): an answer the visitor cannot give counts toward the safer branch wherever a rule depends on it; \u{201c}I'd rather not say\u{201d} or a skipped question is no red flag, and the widget then uses what is safe whatever the answer would have been.\n");
    for c in CANNOT_SAY {
        let _ = writeln!(
            d,
            "### {}\n\n{}\n\nRules that name it: {}. Decisions: {}.\n",
            cannot_say_title(c),
            c.counts_as,
            naming(c),
            decision_list(c.decisions)
        );
    }
}

fn cannot_say_title(c: &CannotSay) -> String {
    match c.option {
        Some(o) => format!(
            "\u{201c}{}\u{201d} {}",
            title(c.question),
            label(c.question, o.option)
        ),
        None => format!("\u{201c}{}\u{201d} skipped", title(c.question)),
    }
}

/// The rules whose condition names this answer.
fn naming(c: &CannotSay) -> String {
    let Some(o) = c.option else {
        return "none".into();
    };
    let ids: Vec<String> = rules()
        .iter()
        .filter(|r| {
            let mut rs = Vec::new();
            reasons(&r.when, &mut rs);
            rs.iter().any(|x| x.is(o))
        })
        .map(|r| format!("`{}`", r.id))
        .collect();
    if ids.is_empty() {
        "none".into()
    } else {
        ids.join(", ")
    }
}

fn definitions(d: &mut String) {
    let _ = writeln!(
        d,
        "## 10. Definitions\n\nConditions several rules share, each defined once.\n"
    );
    for p in PREDS {
        let (head, parts) = when(&p.cond);
        let used: Vec<String> = rules()
            .iter()
            .filter(|r| uses(&r.when, p.id))
            .map(|r| format!("`{}`", r.id))
            .collect();
        let _ = writeln!(d, "### `{}`: *{}*\n", p.id, p.name);
        if parts.is_empty() && matches!(p.cond, Cond::AnyOf(_) | Cond::RowIn(_)) {
            let _ = writeln!(d, "- **Holds when** the visitor {head}.");
        } else if parts.is_empty() {
            let _ = writeln!(d, "- **Holds when:** {head}.");
        } else {
            let _ = writeln!(d, "- **Holds when** {head}{parts}");
        }
        let _ = writeln!(
            d,
            "- **Used by:** {}.\n",
            if used.is_empty() {
                "other definitions".into()
            } else {
                used.join(", ")
            }
        );
    }
}

fn uses(c: &Cond, id: &str) -> bool {
    match c {
        Cond::Is(p) => p.id == id || uses(&p.cond, id),
        Cond::All(p) | Cond::Any(p) | Cond::First(p) => p.iter().any(|p| uses(p, id)),
        Cond::Also(p) | Cond::Not(p) => uses(p, id),
        _ => false,
    }
}

fn sources(d: &mut String) {
    let _ = writeln!(d, "## 11. Sources\n");
    for s in SourceId::ALL {
        let src = s.source();
        let exact = if src.exact {
            ""
        } else {
            " (a search: no stable page for the exact article; decision 28)"
        };
        let _ = writeln!(d, "- {}: <{}>{exact}", source_name(s), src.url);
    }
}

/// Every question and its answers as the visitor reads them, in English and
/// in Spanish, for a reviewer who reads both.
fn spanish_questions(d: &mut String) {
    let _ = writeln!(
        d,
        "\n## 12. The questions in Spanish\n\nEvery question in the order asked, English first, then the Spanish (es-US); its answers in the same order.\n"
    );
    for q in circulation_engine::questions() {
        let (Some(en), Some(es)) = (text::question(L, q.id), text::question(ES, q.id)) else {
            continue;
        };
        let _ = writeln!(d, "### `{}`\n\n- {}\n- {}", q.id, en.title, es.title);
        if let (Some(e), Some(s)) = (en.help, es.help) {
            let _ = writeln!(d, "- *{e}* / *{s}*");
        }
        // Labels by id, so a table in another order still pairs right.
        for (id, e) in en.labels {
            let s = es.label(id).unwrap_or("(missing)");
            let _ = writeln!(d, "  - {e} / {s}");
        }
        d.push('\n');
    }
}
