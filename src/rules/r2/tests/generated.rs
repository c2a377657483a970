//! The bench generator of facts, `benches/support/facts.rs`, tested here: benches run no tests.

#[path = "../../../../benches/support/facts.rs"]
mod facts;

use facts::generated_facts;

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
