//! R1 《行政执法错案责任倒查问责制度》 as executable rules: is the case within the regulation (Art. 2), is it a wrong
//! case (Art. 5), which officers are liable for which acts (Art. 6), what circumstances apply (Art. 8, 9), and what the
//! bureau's policy suggests (Art. 11, labelled 建议, kept apart from the findings).
//!
//! Readings the text leaves open, each stated in the explanations:
//! - Liability under R1 presupposes a wrong case (Art. 2); integrity violations (Art. 6 items 7–9) are reported to
//!   the competent authorities regardless (Art. 10(3)).
//! - Art. 6 items 1, 2, 3, 6, 8 and 10 are worded for 行政处罚 (处罚相对人, 罚没款物) and do not apply to a licensing
//!   case: provisions imposing liability are not extended by analogy against the officer.
//! - Art. 8 item 2 (《行政处罚决定书》送达后) applies to a licensing case by analogy (许可决定送达后), in the officer's
//!   favour (Art. 4 实事求是、责罚相当); the bureau may turn the analogy off ([`BureauPolicy`]).
//! - "终审判决" (Art. 5 item 4): an unappealed, effective first-instance judgment counts by default ([`BureauPolicy`]).
//! - Art. 8 item 4 "违法行为" is read as the officer's own wrongful act.
//! - How Art. 8 and Art. 9 are weighed when both apply is bureau policy ([`WeighingRule`]).

mod aggravation;
mod case;
mod case_status;
pub mod cites;
mod grounds;
mod liable_acts;
mod mitigation;
mod officer;
mod policy;
mod procedure;
mod sanction;
mod scope;
mod suggestion;
#[cfg(test)]
mod tests;

pub use aggravation::InquiryConduct;
pub use case::{WrongCaseAssessment, WrongCaseFacts, assess_with_policy};
pub use case_status::CaseStatus;
pub use grounds::{
    CompensationStatus, CourtInstance, GroundEvent, GroundFinding, GroundReport, GroundStatus, JudgmentOutcome,
    ReconsiderationOutcome, ReviewOutcome, SupervisionChannel, Verification, WrongCaseGround,
};
pub use liable_acts::LiableAct;
pub use mitigation::{Mitigation, MitigationClaim};
pub use officer::{Circumstances, Liability, OfficerAssessment, OfficerFacts};
pub use policy::{BureauPolicy, SanctionPolicy, WeighingRule};
pub use procedure::Action;
pub use sanction::{SanctionKind, SuggestedOutcome};
pub use scope::CaseKind;
pub use suggestion::Suggestion;

/// Assesses a case under the default bureau policy ([`BureauPolicy::default`]).
pub fn assess(case: &WrongCaseFacts) -> WrongCaseAssessment {
    assess_with_policy(case, &BureauPolicy::default())
}
