//! The legal section's (法治科) worksheets as pure data: what the 错案倒查 worksheet holds while it is filled in, and
//! the type-specific questions behind each Art. 5 ground and each Art. 8 claim, so the UI can show them generically;
//! and the dashboard of everything with a clock.
//!
//! The rules themselves stay in [`crate::rules::r1`]; this module only turns form input into its facts.

mod claim_questions;
mod dashboard;
mod ground_fields;
mod wrong_case_worksheet;

pub use claim_questions::{ClaimQuestion, blank_claim, claim_questions, set_claim_answer};
pub use dashboard::{DueItem, DueKind, Urgency, due_items};
pub use ground_fields::{EventField, blank_event, event_fields, set_event_field};
pub use wrong_case_worksheet::{
    ClaimsOwner, GroundRow, OfficerRow, WrongCaseWorksheet, answer_claim, claim_of, set_claimed, set_member,
};
