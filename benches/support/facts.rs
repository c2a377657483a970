//! Deterministic generated facts, for benchmarks and load tests: every category, method and conduct appears.
//!
//! Not part of the shipped crate: included with `#[path]` by `benches/native.rs`, `benches/browser.rs` and the
//! crate's own tests (`src/rules/r2/tests/generated.rs`). It uses only the crate's public API, under the name
//! `liuhen` (inside the crate's tests, `extern crate self as liuhen`).

use liuhen::quiz::Rng;
use liuhen::rules::r2::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};

/// `count` varied facts from `seed` (drawn with the quiz's [`Rng`]; same seed, same facts).
pub fn generated_facts(count: usize, seed: u64) -> Vec<InterferenceFacts> {
    let mut rng = Rng::new(seed);
    (0..count)
        .map(|_| {
            let mut pick = |n: usize| rng.below(n);
            let conduct_count = 1 + pick(3);
            let mut conduct: Vec<Conduct> =
                (0..conduct_count).map(|_| Conduct::ALL[pick(Conduct::ALL.len())]).collect();
            conduct.sort();
            conduct.dedup();
            InterferenceFacts {
                category: PersonCategory::ALL[pick(PersonCategory::ALL.len())],
                is_bureau_leader: pick(2) == 0,
                department_supervises_case: pick(2) == 0,
                within_authority: pick(2) == 0,
                conduct,
                method: ContactMethod::ALL[pick(ContactMethod::ALL.len())],
                for_official_duty: pick(2) == 0,
                through_procedure: pick(2) == 0,
                on_behalf_of_party: pick(2) == 0,
                recorded_by_handler: pick(2) == 0,
                unknown: Vec::new(),
            }
        })
        .collect()
}
