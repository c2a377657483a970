//! 法治科's follow-up of interference records (R2 Art. 3, 4, 10, 11), journaled in 法治科's own journal: its
//! determination beside the engine's verdict, the investigation, the 通报 after approval, the referral, the outcome;
//! and the 通报 drafted from them; the Art. 13 findings per handler, with what follows from how many there are; and
//! the Art. 9, 12 reports of retaliation against a recorder, found only once every fact is established.

mod circulation_document;
mod legal_entry;
mod non_recording;
mod record_follow_up;
mod retaliation_report;
mod standalone;
mod step;

#[cfg(test)]
mod tests;

pub use circulation_document::circulation_document;
pub use legal_entry::LegalEntry;
pub use non_recording::{
    HandlerFindings, NonRecordingEntry, NonRecordingFinding, by_handler, check_finding, fold_non_recording,
};
pub use record_follow_up::{
    FollowUp, FollowUpEntry, FollowUpFilter, FollowUpState, FollowUps, check_follow_up, fold_follow_ups,
    needs_follow_up,
};
pub use retaliation_report::{RetaliationEntry, RetaliationReport, check_report, fold_retaliation};
pub use standalone::amendment_refusal;
pub use step::{Circulation, Closure, Determination, FollowUpStep, Handling, Handover, SpotCheckNote};
