//! [`StandaloneEntry`]: an entry of 法治科's journal that stands on its own, as its form hands it over.

use super::non_recording::NonRecordingEntry;
use super::retaliation_report::RetaliationEntry;

/// An entry that stands on its own, as a form hands it to 法治科's journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StandaloneEntry {
    /// An Art. 13 finding.
    NonRecording(NonRecordingEntry),
    /// An Art. 9, 12 report.
    Retaliation(RetaliationEntry),
}
