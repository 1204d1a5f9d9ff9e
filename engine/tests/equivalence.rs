//! The rule table against the pre-refactor reference (issue 21): the same
//! `Outcome`, every field, on random answer sets from the property
//! generator. `EQUIVALENCE_CASES` sets the count (default 100,000).

mod legacy;

use circulation_engine::{evaluate, questions, Answers, Locale};
use std::time::Instant;

mod gen;

#[test]
fn the_rule_table_gives_todays_outcome() {
    let cases: u64 = std::env::var("EQUIVALENCE_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut rnd = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let start = Instant::now();
    let mut levels = [0u32; 4];
    for i in 0..cases {
        let seeds: Vec<u64> = questions().iter().map(|_| rnd()).collect();
        let mut a: Answers = gen::answers_from(&seeds);
        // Half the sets past the age question as adults, so the tips are
        // reached as often as the levels.
        if i % 2 == 0 {
            let _ = a.set("b_age", gen::adult());
        }
        let locale = Locale::ALL[(i % Locale::ALL.len() as u64) as usize];
        let new = evaluate(&a, locale);
        let old = legacy::evaluate(&a, locale);
        assert_eq!(new, old, "case {i}: {a:?}");
        levels[new.level as usize] += 1;
    }
    println!(
        "equivalence: {cases} answer sets, every Outcome field equal, in {:.1?}; levels self-care/soon/urgent/emergency {levels:?}",
        start.elapsed()
    );
}
