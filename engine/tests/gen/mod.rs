//! The random answer generator the properties use (tests/properties.rs),
//! shared with the equivalence check against the pre-refactor reference
//! (tests/equivalence.rs).
#![allow(dead_code)]

use circulation_engine::Map;
use circulation_engine::{questions, Answer, Answers, Kind, Module};

/// Turns one random number into a valid answer for `kind` (or `None` to
/// leave it unanswered). Checklists mostly say "none of these" so that
/// random runs get past the safety screen often enough to reach the rest;
/// `rare` makes red flags rarer still (the safety module).
pub fn make(kind: Kind, rare: bool, mut s: u64) -> Option<Answer> {
    let mut take = |n: u64| {
        let v = s % n;
        s /= n;
        v
    };
    if take(4) == 0 {
        return None;
    }
    Some(match kind {
        Kind::YesNo { .. } if rare && take(8) != 0 => Answer::No,
        Kind::YesNo { unsure } => match take(if unsure { 3 } else { 2 }) {
            0 => Answer::No,
            1 => Answer::Yes,
            _ => Answer::Unsure,
        },
        Kind::Single { options } => {
            Answer::Choice(options[take(options.len() as u64) as usize].to_string())
        }
        Kind::Multi { options, none } => {
            if take(if rare { 10 } else { 3 }) != 0 {
                Answer::Choices(vec![none.to_string()])
            } else {
                let picked: Vec<String> = options
                    .iter()
                    .filter(|_| take(3) == 0)
                    .map(|o| o.to_string())
                    .collect();
                if picked.is_empty() {
                    Answer::Choices(vec![
                        options[take(options.len() as u64) as usize].to_string()
                    ])
                } else {
                    Answer::Choices(picked)
                }
            }
        }
        Kind::Ratings { items } => {
            let mut m = Map::new();
            for i in items {
                if take(5) != 0 {
                    m.insert(i.to_string(), take(4) as u8);
                }
            }
            if m.is_empty() {
                return None;
            }
            Answer::Ratings(m)
        }
        Kind::Grid { rows } => {
            let mut m = Map::new();
            for r in rows {
                if take(5) != 0 {
                    m.insert(
                        r.id.to_string(),
                        r.options[take(r.options.len() as u64) as usize].to_string(),
                    );
                }
            }
            if m.is_empty() {
                return None;
            }
            Answer::Grid(m)
        }
        Kind::Body => {
            let height_mm = (take(3) != 0).then(|| 1000 + take(1501) as u32);
            let weight_g = (take(3) != 0).then(|| 25_000 + take(325_001) as u32);
            if height_mm.is_none() && weight_g.is_none() {
                return None;
            }
            Answer::Body {
                height_mm,
                weight_g,
            }
        }
    })
}

pub fn answers_from(seeds: &[u64]) -> Answers {
    let mut a = Answers::new();
    for (q, s) in questions().iter().zip(seeds) {
        if let Some(ans) = make(q.kind, q.module == Module::Safety, *s) {
            a.set(q.id, ans).expect("generated answers are valid");
        }
    }
    a
}

/// An adult age band, so a random set reaches the tips.
pub fn adult() -> Answer {
    Answer::Choice("40_64".into())
}
