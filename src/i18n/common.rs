//! Small texts shared by several areas, and the messages of the shell's state (journal, profile, readings).

use std::fmt::Display;

/// Texts shared by several areas and the shell's state messages.
#[derive(Debug)]
pub struct CommonText {
    /// Empty first option of a select box.
    pub choose: &'static str,
    /// Colon between a label and what follows it (verdict actions, ground findings, reading choices).
    pub colon: &'static str,
    /// The provisions a step or action rests on, after its text.
    pub basis: fn(&[String]) -> String,
    /// Summary of the quoted provisions under a verdict, result or deadline.
    pub quoted_law: &'static str,
    /// Alarm on the record list when this device's journal could not be opened, with the error.
    pub journal_open_failed: fn(&dyn Display) -> String,
    /// Error of a save or export when the journal is not open.
    pub journal_not_open: &'static str,
    /// Error of a save or export when the journal has been closed.
    pub journal_closed: &'static str,
    /// Error of a save while the journal is still being read and verified.
    pub journal_opening: &'static str,
    /// Error of a save while another change of this tab is still being saved.
    pub journal_busy: &'static str,
    /// Export warning when the file was handed out but the export could not be recorded in the journal.
    pub export_not_recorded: fn(&dyn Display) -> String,
    /// Top-of-page notice when the stored profile is corrupt, with the quarantine key.
    pub profile_corrupt: fn(&str) -> String,
    /// Top-of-page notice when the stored profile cannot be read, with the error.
    pub profile_unreadable: fn(&dyn Display) -> String,
    /// Top-of-page notice when the stored readings are corrupt, with the quarantine key.
    pub readings_corrupt: fn(&str) -> String,
    /// Top-of-page notice when the stored readings cannot be read, with the error.
    pub readings_unreadable: fn(&dyn Display) -> String,
    /// Browser console line logged on a panic, with the panic.
    pub panic_log: fn(&dyn Display) -> String,
    /// The button that downloads a list as CSV.
    pub csv_download: &'static str,
    /// What the CSV holds and opens in.
    pub csv_hint: &'static str,
    /// The CSV could not be handed to the browser, with the reason.
    pub csv_failed: fn(&str) -> String,
    /// The filters of every record list (the officer's list and 法治科's register).
    pub register_filters: RegisterFilterText,
}

/// The filters of a record list.
#[derive(Debug)]
pub struct RegisterFilterText {
    /// Case number filter.
    pub case_number: &'static str,
    /// Person filter (name or unit).
    pub person: &'static str,
    /// Verdict filter.
    pub verdict: &'static str,
    /// From date.
    pub from: &'static str,
    /// To date.
    pub to: &'static str,
    /// Reported filter.
    pub reported: &'static str,
    /// Either reported or not.
    pub reported_any: &'static str,
    /// Reported.
    pub reported_yes: &'static str,
    /// Not reported.
    pub reported_no: &'static str,
    /// Officer filter.
    pub officer: &'static str,
    /// Every officer.
    pub all_officers: &'static str,
}
