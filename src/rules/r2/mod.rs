//! R2 《行政执法机关内部人员干预、插手案件办理的记录、通报和责任追究制度》 as executable rules.
//!
//! - [`assess`]: one contact → prohibited (Art. 10 items), legitimate (Art. 7, 8, 14), for 法治科's determination
//!   where the text settles neither (an irregular form, a case R2 does not list), other agency told to follow
//!   procedure (Art. 6, 8), or outside the scope (Art. 2); with the required actions and the reasoning.
//! - Facts answered 不清楚 are weighed under every possible answer: the verdict stands if all agree, and is
//!   [`Verdict::Undetermined`] (record, find out, report; no 通报) if not. [`what_would_change`] names each single
//!   answer that would change a verdict.
//! - [`completeness`]: does a record have the five elements of Art. 3?
//! - [`non_recording`]: consequences for a handler who did not record (Art. 13).
//! - [`retaliation`]: measures against a recorder (Art. 9, 12).
//!
//! Where R2 is ambiguous the engine takes a reading, says so in the explanation, and lets the bureau choose
//! otherwise through [`Interpretation`].

mod actions;
mod article10;
mod assess;
mod assessment;
mod basis;
pub mod cites;
mod completeness;
mod contact_fact;
mod facts;
mod finding;
mod guidance;
mod inquiry;
mod interference_actions;
mod interpretation;
mod labels;
mod non_recording;
mod retaliation;
mod scope;
mod undetermined;
mod variations;
mod verdict;

pub use actions::{ActionKind, RequiredAction};
pub use assess::{assess, assess_with};
pub use assessment::Assessment;
pub use basis::{Basis, Occasion};
pub use completeness::{Completeness, RecordElement, RecordElements, completeness};
pub use contact_fact::{Answer, ContactFact};
pub use facts::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};
pub use interpretation::Interpretation;
pub use non_recording::{
    HandlerSanction, NonRecordingFacts, NonRecordingOutcome, RecordingFailure, non_recording, non_recording_with,
};
pub use retaliation::{MeasureAgainstRecorder, RetaliationFacts, RetaliationOutcome, RetaliationVerdict, retaliation};
pub use variations::{Variation, Varied, VerdictChange, variations, what_would_change};
pub use verdict::{Article10Item, Doubt, LegitimateGround, Possibility, Verdict};

#[cfg(test)]
mod tests;
