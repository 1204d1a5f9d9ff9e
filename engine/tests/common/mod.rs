//! Shared test helpers: a one-line answer notation and a complete
//! "no symptoms" baseline so each persona only states what differs.
#![allow(dead_code)]

use circulation_engine::Map;

use circulation_engine::{question, Answer, Answers, Kind};

/// Builds one answer from the notation used in the tables:
/// yes/no/unsure; an option id; "a,b" for checklists; "item:2,item:1" for
/// ratings; "row:opt,row:opt" for grids; "1700,70000" (mm, g) for the body.
pub fn answer(id: &str, v: &str) -> Answer {
    let q = question(id).unwrap_or_else(|| panic!("unknown question {id}"));
    let list = || v.split(',').map(str::to_string).collect::<Vec<_>>();
    let pairs = || {
        v.split(',')
            .map(|p| {
                p.split_once(':')
                    .unwrap_or_else(|| panic!("{id}: bad pair {p}"))
            })
            .collect::<Vec<_>>()
    };
    match q.kind {
        Kind::YesNo { .. } => match v {
            "yes" => Answer::Yes,
            "no" => Answer::No,
            "unsure" => Answer::Unsure,
            _ => panic!("{id}: bad yes/no {v}"),
        },
        Kind::Single { .. } => Answer::Choice(v.to_string()),
        Kind::Multi { .. } => Answer::Choices(list()),
        Kind::Ratings { .. } => Answer::Ratings(
            pairs()
                .into_iter()
                .map(|(k, n)| (k.to_string(), n.parse().unwrap()))
                .collect::<Map<_>>(),
        ),
        Kind::Grid { .. } => Answer::Grid(
            pairs()
                .into_iter()
                .map(|(k, o)| (k.to_string(), o.to_string()))
                .collect(),
        ),
        Kind::Body => {
            let (h, w) = v.split_once(',').unwrap();
            let num = |s: &str| {
                if s == "-" {
                    None
                } else {
                    Some(s.parse().unwrap())
                }
            };
            Answer::Body {
                height_mm: num(h),
                weight_g: num(w),
            }
        }
    }
}

/// A healthy adult with no symptoms, every required question answered
/// (answers to follow-ups that stay hidden, like the pregnancy signs for
/// someone not pregnant, never count).
pub const BASELINE: &str = "a_emergency=none a_limb=none a_bleeding=no a_urgent=none a_soon=none \
b_age=40_64 b_sex=female b_pregnancy=no b_preeclampsia=none c_conditions=none c_thinner=none d_walk=no e_look=none \
e_ratings=heaviness:0,aching:0,swelling:0,throbbing:0,itching:0,cramps:0,tingling:0 \
f_activity=minutes:min_150_300,strength:str_2plus f_day=still:still_lt4,breaks:breaks_hourly,legs_up:up_some \
f_smoking=never f_diet=drinks:drinks_6_8,salt:salt_rare,veg:veg_5plus,fish:fish_2plus \
f_compression=no f_travel=no";

/// Parses "id=value id=value" into answers (later entries win).
pub fn parse(spec: &str) -> Answers {
    let mut a = Answers::new();
    for part in spec.split_whitespace() {
        let (id, v) = part
            .split_once('=')
            .unwrap_or_else(|| panic!("bad part {part}"));
        a.set(id, answer(id, v))
            .unwrap_or_else(|e| panic!("{part}: {e:?}"));
    }
    a
}

/// The baseline with `spec` applied on top.
pub fn persona(spec: &str) -> Answers {
    parse(&format!("{BASELINE} {spec}"))
}
