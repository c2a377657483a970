//! Deterministic generated facts, for benchmarks and load tests: every category, method and conduct appears.

use super::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};

/// `count` varied facts from `seed` (a small linear congruential generator; same seed, same facts).
pub fn generated_facts(count: usize, seed: u64) -> Vec<InterferenceFacts> {
    let mut state = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
    let mut next = move || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        state >> 33
    };
    (0..count)
        .map(|_| {
            let mut pick = |n: usize| (next() % n as u64) as usize;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_varied() {
        let a = generated_facts(500, 7);
        assert_eq!(a, generated_facts(500, 7));
        assert_ne!(a, generated_facts(500, 8));
        for category in PersonCategory::ALL {
            assert!(a.iter().any(|f| f.category == category), "{category:?}");
        }
        for conduct in Conduct::ALL {
            assert!(a.iter().any(|f| f.conduct.contains(&conduct)), "{conduct:?}");
        }
    }
}
