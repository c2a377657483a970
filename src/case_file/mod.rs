//! 法治科's wrong-case files (R1 第十条、第十二条): each file from 立案 to 申诉, every step an event in 法治科's own
//! hash-chained journal (the same chain, verification and quarantine as the officers' journals), amendments with a
//! reason, the stage machine that says what may be recorded when, and the clocks each file runs.
//!
//! - [`CaseStep`]: what each step records, one entry type per form; [`validate`] its own checks.
//! - [`check_step`]: the stage machine and the checks that need the file (deadlines, the decision against 建议).
//! - [`fold_case_files`]: the journal's `case_file_step` events into [`CaseFile`]s with every version.
//! - [`step_fields`]: each form's plain fields as data, for one generic form component.
//! - [`decision_document`]: the 处理决定书, drafted from the file (草稿 until the decision is recorded).
//! - [`case_file_statistics`]: files by Art. 5 ground, officers by Art. 6 act and by Art. 11 decision.
//! - [`clocks`]: the transfer deadline, the reply owed and the re-investigation window.

mod clocks;
mod decision_document;
mod fields;
mod file;
mod machine;
mod prefill;
mod stage;
mod statistics;
mod step;
mod validate;

#[cfg(test)]
mod tests;

pub use clocks::{ClockKind, FileClock, clocks};
pub use decision_document::{Document, DocumentSection, decision_document};
pub use fields::{set_step_field, step_fields};
pub use file::{CaseFile, CaseFileEntry, CaseFiles, FiledStep, StepVersion, fold_case_files};
pub use machine::{Placement, check_step, next_steps, suggested_outcome};
pub use prefill::prefill;
pub use stage::Stage;
pub use statistics::{CaseFileStatistics, case_file_statistics};
pub use step::{
    Appeal, AppealBody, CaseStep, ConductNote, DecidedOutcome, Decision, Findings, Intake, InvestigationAction,
    InvestigationGroup, InvestigationMethod, OfficerDecision, ReceivedVia, Referral, ReinvestigationMode,
    ReinvestigationOrder, Reply, Skip, Statement, Transfer,
};
pub use validate::{FieldError, validate};
