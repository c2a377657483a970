//! [`LegalEntry`]: an entry of 法治科's journal about the R2 oversight, as its form hands it over.

use super::non_recording::NonRecordingEntry;
use super::record_follow_up::FollowUpEntry;
use super::retaliation_report::RetaliationEntry;

/// An entry of 法治科's R2 oversight, as a form hands it to 法治科's journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LegalEntry {
    /// A step of a record's follow-up.
    FollowUp(FollowUpEntry),
    /// An Art. 13 finding.
    NonRecording(NonRecordingEntry),
    /// An Art. 9, 12 report.
    Retaliation(RetaliationEntry),
}
