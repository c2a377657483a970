//! The scenario bank: situations from a planning and natural-resources bureau, each with the engine facts it
//! describes and a trainer's expected answer, grouped by topic. Names of people, places and companies are fictional.
//!
//! The expected answers are checked against the engine by the tests; the answer trainees see is always the
//! engine's, never the expectation.

mod r1_circumstances;
mod r1_grounds;
mod r1_liability;
mod r2_article10;
mod r2_legitimate;
mod r2_recording;

use super::scenario::Spec;

/// Every bank entry, by topic: R2 (Art. 10; Art. 7, 8, 14 and 2; Art. 13, 9, 12), then R1 (Art. 2 and 5; Art. 6;
/// Art. 8 and 9).
pub fn specs() -> impl Iterator<Item = &'static Spec> {
    [
        r2_article10::SPECS,
        r2_legitimate::SPECS,
        r2_recording::SPECS,
        r1_grounds::SPECS,
        r1_liability::SPECS,
        r1_circumstances::SPECS,
    ]
    .into_iter()
    .flatten()
}

use crate::rules::r1::{GroundEvent, GroundReport, Verification};

/// A reported Art. 5 ground confirmed by the bureau's investigation (经调查属实).
const fn verified(event: GroundEvent) -> GroundReport {
    GroundReport { event, verification: Verification::Verified }
}

/// A reported Art. 5 ground with the given verification.
const fn reported(event: GroundEvent, verification: Verification) -> GroundReport {
    GroundReport { event, verification }
}
