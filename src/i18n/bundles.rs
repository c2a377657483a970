//! Texts of the data-file (bundle) pages: the officer's export, and 法治科's import, register, import log,
//! quarantine, key decisions, migration and merged-store status.

use std::fmt::Display;

/// Everything the bundle pages say, by page; texts used on several pages are at the top.
#[derive(Debug)]
pub struct BundleText {
    /// A name and what is said about it (name, text): import results, key decision outcomes, quarantined items,
    /// conflicting records, register filter choices.
    pub named: fn(&dyn Display, &dyn Display) -> String,
    /// When and by whom (time, person): import log and quarantine table.
    pub at_by: fn(&dyn Display, &dyn Display) -> String,
    /// In place of an empty case number: register, record page, preview conflicts.
    pub no_case_number: &'static str,
    /// In place of the imports that carried a version, when there are none: register and record page.
    pub no_imports: &'static str,
    /// An import that carried a version (source, import number): register and record page.
    pub import_ref: fn(&dyn Display, &dyn Display) -> String,
    /// Between the items of a list in one line (imports, devices).
    pub list_separator: &'static str,
    /// Between event chains, and between conflicting versions, in one line.
    pub chain_separator: &'static str,
    /// An event chain in a file (device, first and last sequence number): export result and preview.
    pub chain_run: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// Label of a file's digest: export result and preview.
    pub digest: &'static str,
    /// Label of a file's event chains: export result and preview.
    pub chains: &'static str,
    /// Label of an export's scope: export result and preview.
    pub scope: &'static str,
    /// Who exported a file: preview label and import log column.
    pub exporter: &'static str,
    /// The names of the bundle pages.
    pub pages: BundlePageNames,
    /// The descriptions in the legal section's list of bundle pages.
    pub links: BundleLinksText,
    /// This device's signing key on the settings page.
    pub device_key: BundleDeviceKeyText,
    /// The export page.
    pub export: BundleExportText,
    /// The import page.
    pub import: BundleImportText,
    /// The preview of a file before import.
    pub preview: BundlePreviewText,
    /// The import log page.
    pub imports: BundleImportsText,
    /// The decisions on files held for a changed key.
    pub key_decisions: BundleKeyDecisionText,
    /// The merged store: loading, writing and its status line.
    pub store: BundleStoreText,
    /// Bringing an officer journal kept in the same browser into the merged store.
    pub migration: BundleMigrationText,
    /// The quarantine page.
    pub quarantine: BundleQuarantineText,
    /// The register page.
    pub register: BundleRegisterText,
    /// One record of the register.
    pub record: BundleRecordText,
    /// The form merging conflicting versions.
    pub resolution: BundleResolutionText,
}

/// The names of the bundle pages: links, breadcrumbs and page titles.
#[derive(Debug)]
pub struct BundlePageNames {
    /// The export page: breadcrumb and title.
    pub export: &'static str,
    /// The import page: link, breadcrumb and title.
    pub import: &'static str,
    /// The register: link and breadcrumbs.
    pub register: &'static str,
    /// The import log: link, breadcrumb and title.
    pub imports: &'static str,
    /// The quarantine: link, breadcrumb and title.
    pub quarantine: &'static str,
    /// One record of the register: breadcrumb.
    pub record: &'static str,
}

/// What each bundle page is for, in the legal section's list.
#[derive(Debug)]
pub struct BundleLinksText {
    /// Under the import link.
    pub import_hint: &'static str,
    /// Under the register link.
    pub register_hint: &'static str,
    /// Under the import log link.
    pub imports_hint: &'static str,
    /// Under the quarantine link.
    pub quarantine_hint: &'static str,
}

/// This device's signing key on the settings page.
#[derive(Debug)]
pub struct BundleDeviceKeyText {
    /// Label of the public key's fingerprint.
    pub fingerprint: &'static str,
    /// Hint under the fingerprint.
    pub hint: &'static str,
    /// Checkbox acknowledging what replacing a corrupt key means.
    pub replace_ack: &'static str,
    /// Button replacing a corrupt key.
    pub replace: &'static str,
}

/// The export page.
#[derive(Debug)]
pub struct BundleExportText {
    /// Error when there is no signing key.
    pub key_unavailable: &'static str,
    /// Error when the download failed (error).
    pub download_failed: fn(&dyn Display) -> String,
    /// Lead paragraph.
    pub lead: &'static str,
    /// This device's fingerprint (fingerprint).
    pub fingerprint: fn(&dyn Display) -> String,
    /// Legend of the scope choice.
    pub scope_legend: &'static str,
    /// Scope choice: everything.
    pub full: &'static str,
    /// Scope choice: only what is new since the last export.
    pub incremental: &'static str,
    /// Submit button.
    pub submit: &'static str,
    /// Heading of the result.
    pub done_heading: &'static str,
    /// Result label: the file name.
    pub file_name: &'static str,
    /// Result label: how many events.
    pub events: &'static str,
    /// Hint under the result.
    pub done_hint: &'static str,
    /// Heading of this device's exports.
    pub history_heading: &'static str,
    /// No exports yet.
    pub history_empty: &'static str,
    /// One past export (time, scope, events, short digest).
    pub history_item: fn(&dyn Display, &dyn Display, &dyn Display, &dyn Display) -> String,
}

/// The import page.
#[derive(Debug)]
pub struct BundleImportText {
    /// The browser could not read a file (error).
    pub unreadable: fn(&dyn Display) -> String,
    /// A file was imported (file name, import number, new events, new records, duplicates).
    pub imported: fn(&str, &dyn Display, usize, usize, usize) -> String,
    /// A file had nothing new (file name).
    pub nothing_new: fn(&str) -> String,
    /// A file was held for its changed key (file name).
    pub held: fn(&str) -> String,
    /// A file was held because its device's key is not confirmed yet (file name).
    pub held_first_key: fn(&str) -> String,
    /// A file was refused (file name, reason).
    pub not_merged: fn(&str, &str) -> String,
    /// A file that was not read cannot be imported (file name).
    pub not_read: fn(&str) -> String,
    /// Lead paragraph.
    pub lead: &'static str,
    /// Label of the file picker.
    pub pick: &'static str,
    /// Hint in the drop zone (size limit in MB).
    pub pick_hint: fn(usize) -> String,
    /// While files are read (how many).
    pub reading: fn(usize) -> String,
    /// Button importing every file that writes something.
    pub import_all: &'static str,
}

/// The preview of one file before import.
#[derive(Debug)]
pub struct BundlePreviewText {
    /// Commit button of a file that verifies.
    pub commit: &'static str,
    /// Commit button of a file held for its changed key.
    pub hold: &'static str,
    /// Commit button of a file held because its device's key is not confirmed yet.
    pub hold_first_key: &'static str,
    /// Commit button of a refused file kept as evidence.
    pub quarantine: &'static str,
    /// Verdict: nothing new.
    pub nothing_new: &'static str,
    /// Verdict: verified.
    pub verified: &'static str,
    /// Verdict: the key differs from the pinned one.
    pub key_mismatch: &'static str,
    /// Verdict: the file verifies against its own key, but the device's key is not confirmed yet.
    pub first_key: &'static str,
    /// Verdict: held already for its device's first key, nothing written again.
    pub first_key_held: &'static str,
    /// Heading of the fingerprint to compare, for a device's first key.
    pub first_key_heading: &'static str,
    /// What to compare the fingerprint with, and what happens next (officer, device).
    pub first_key_compare: fn(&dyn Display, &dyn Display) -> String,
    /// Verdict: refused, kept as evidence on commit.
    pub refused_quarantined: &'static str,
    /// Verdict: refused, nothing written.
    pub refused: &'static str,
    /// Verdict: not read.
    pub not_read: &'static str,
    /// Disabled commit button when nothing would be written.
    pub nothing_to_write: &'static str,
    /// Button removing the file from the list.
    pub remove: &'static str,
    /// Label: the exporting device.
    pub device: &'static str,
    /// Label: the public key's fingerprint.
    pub fingerprint: &'static str,
    /// Label: when it was exported.
    pub exported_at: &'static str,
    /// Label: the format version.
    pub version: &'static str,
    /// Label before the refusal reason.
    pub refusal: &'static str,
    /// The refusal's code, under 技术信息 (for support only).
    pub refusal_code: fn(&dyn Display) -> String,
    /// Count: new events.
    pub new_events: &'static str,
    /// Count: events already imported.
    pub duplicates: &'static str,
    /// Count: new records.
    pub new_records: &'static str,
    /// Count: records concerned.
    pub records: &'static str,
    /// Heading of the conflicts (how many records).
    pub conflicts: fn(usize) -> String,
    /// One conflicting version (officer, device, time).
    pub conflict_version: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// Heading of the warnings.
    pub warnings: &'static str,
}

/// The import log page.
#[derive(Debug)]
pub struct BundleImportsText {
    /// Lead paragraph.
    pub lead: &'static str,
    /// No imports yet.
    pub empty: &'static str,
    /// Column: the import number.
    pub col_number: &'static str,
    /// Column: the file or source.
    pub col_source: &'static str,
    /// Column: when and by whom.
    pub col_imported: &'static str,
    /// Column: what it added.
    pub col_added: &'static str,
    /// A file's source cell (file name, digest, format version, scope).
    pub source: fn(&dyn Display, &dyn Display, &dyn Display, &dyn Display) -> String,
    /// A file's exporter cell (officer, device, export time).
    pub exporter_line: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// New events of one device (device, events).
    pub device_events: fn(&dyn Display, usize) -> String,
    /// In place of the devices when there are none.
    pub no_devices: &'static str,
    /// What an import added (events, devices, duplicates, new records, records).
    pub added: fn(usize, &str, usize, usize, usize) -> String,
    /// Summary of an import's warnings (how many).
    pub warnings: fn(usize) -> String,
    /// The import followed a person's confirmation of the device's key (by whom, when).
    pub key_confirmed: fn(&dyn Display, &dyn Display) -> String,
}

/// The decisions on files held for a changed key.
#[derive(Debug)]
pub struct BundleKeyDecisionText {
    /// Heading.
    pub heading: &'static str,
    /// Hint under the heading.
    pub hint: &'static str,
    /// No files awaiting a decision.
    pub empty: &'static str,
    /// Error when no choice was made.
    pub choose: &'static str,
    /// Outcome of a rejection.
    pub rejected: &'static str,
    /// Outcome of an acceptance (new events).
    pub accepted: fn(usize) -> String,
    /// Outcome of an acceptance of a file refused for another reason (reason).
    pub accepted_not_merged: fn(&str) -> String,
    /// Outcome of confirming a device's first key (new events).
    pub confirmed_first: fn(usize) -> String,
    /// Heading of a file held for its device's first key.
    pub first_key_heading: &'static str,
    /// Heading of a file held for a key that differs from the confirmed one.
    pub mismatch_heading: &'static str,
    /// The held file's key was confirmed meanwhile, on another file (by whom, when).
    pub already_confirmed: fn(&dyn Display, &dyn Display) -> String,
    /// Label of the fingerprint to compare.
    pub fingerprint: &'static str,
    /// What to compare the fingerprint with (officer, device).
    pub compare: fn(&dyn Display, &dyn Display) -> String,
    /// The held file cannot be read to show its key (reason).
    pub unreadable: fn(&dyn Display) -> String,
    /// Choice: confirm a device's first key.
    pub confirm_first: &'static str,
    /// Choice: reject a device's first key.
    pub reject_first: &'static str,
    /// Label of the required name of the person deciding.
    pub name: &'static str,
    /// Heading of the decisions taken.
    pub history_heading: &'static str,
    /// No decision taken yet.
    pub history_empty: &'static str,
    /// A decision taken (file, decision, when and by whom, note).
    pub history_item: fn(&dyn Display, &dyn Display, &dyn Display, &dyn Display) -> String,
    /// Decision: a device's first key confirmed (fingerprint).
    pub history_confirmed_first: fn(&dyn Display) -> String,
    /// Decision: a changed key accepted (fingerprint).
    pub history_accepted: fn(&dyn Display) -> String,
    /// Decision: rejected.
    pub history_rejected: &'static str,
    /// When and by whom a held file was received (time, person).
    pub received: fn(&dyn Display, &dyn Display) -> String,
    /// Legend of the decision.
    pub legend: &'static str,
    /// Choice: accept.
    pub accept: &'static str,
    /// Choice: reject.
    pub reject: &'static str,
    /// Label of the required note.
    pub note: &'static str,
    /// Submit button.
    pub submit: &'static str,
}

/// The merged store: loading, writing and its status line.
#[derive(Debug)]
pub struct BundleStoreText {
    /// The store could not be read (error).
    pub load_failed: fn(&dyn Display) -> String,
    /// Writing before the store is loaded.
    pub not_loaded: &'static str,
    /// Writing while another write runs.
    pub busy: &'static str,
    /// The store changed since the preview.
    pub changed: &'static str,
    /// The database is not open.
    pub not_open: &'static str,
    /// Status: loading.
    pub loading: &'static str,
    /// Status: loaded (events, imports).
    pub ready: fn(&dyn Display, usize) -> String,
    /// Status: storage is not persistent.
    pub not_persisted: &'static str,
    /// Button: ask the browser again for persistent storage.
    pub persist_retry: &'static str,
    /// Button: acknowledge the notice.
    pub persist_dismiss: &'static str,
    /// Status: the browser's storage estimate (its description).
    pub usage: fn(&dyn Display) -> String,
    /// Alarm: stored entries that could not be read (how many).
    pub issues: fn(usize) -> String,
}

/// Bringing an officer journal kept in the same browser into the merged store.
#[derive(Debug)]
pub struct BundleMigrationText {
    /// Outcome (new events, quarantined items).
    pub done: fn(usize, usize) -> String,
    /// Heading.
    pub heading: &'static str,
    /// What was found (events).
    pub found: fn(usize) -> String,
    /// Everything is merged already.
    pub all_merged: &'static str,
    /// What merging would do (new events, duplicates, quarantined items).
    pub preview: fn(usize, usize, usize) -> String,
    /// Button merging.
    pub commit: &'static str,
}

/// The quarantine page.
#[derive(Debug)]
pub struct BundleQuarantineText {
    /// Summary of an entry's technical details (reason code and entry id), for support only.
    pub technical: &'static str,
    /// The technical details: the reason code and the entry's id.
    pub technical_detail: fn(&str, &str) -> String,
    /// The decision on a held file (decision, note, by whom, when).
    pub decision: fn(&str, &dyn Display, &dyn Display, &dyn Display) -> String,
    /// Decision: the new key was accepted.
    pub accepted: &'static str,
    /// Decision: a device's first key was confirmed.
    pub accepted_first: &'static str,
    /// Decision: rejected.
    pub rejected: &'static str,
    /// An import found shortened (import number, source, reason).
    pub shortened_item: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// Lead paragraph.
    pub lead: &'static str,
    /// Heading of the held files.
    pub held_heading: &'static str,
    /// No held files.
    pub empty: &'static str,
    /// Column: the file.
    pub col_file: &'static str,
    /// Column: the reason.
    pub col_reason: &'static str,
    /// Column: when received.
    pub col_received: &'static str,
    /// Column: the digest.
    pub col_digest: &'static str,
    /// Column: the decision and download.
    pub col_handling: &'static str,
    /// Heading of the imports found shortened.
    pub shortened_heading: &'static str,
    /// Hint under that heading.
    pub shortened_hint: &'static str,
    /// None found shortened.
    pub shortened_empty: &'static str,
    /// The download failed (error).
    pub download_failed: fn(&dyn Display) -> String,
    /// A file's size (bytes).
    pub bytes: fn(usize) -> String,
    /// Button downloading the original file.
    pub download: &'static str,
    /// Heading of the unreadable stored entries.
    pub issues_heading: &'static str,
    /// Every stored entry is readable.
    pub issues_empty: &'static str,
    /// Between an unreadable entry's key and the reason.
    pub issue_separator: &'static str,
}

/// The register page.
#[derive(Debug)]
pub struct BundleRegisterText {
    /// Where a version came from (officer, device, imports).
    pub provenance: fn(&dyn Display, &dyn Display, &str) -> String,
    /// Page title.
    pub heading: &'static str,
    /// Lead paragraph.
    pub lead: &'static str,
    /// Count: all records.
    pub total: &'static str,
    /// Count: prohibited interference.
    pub prohibited: &'static str,
    /// Unreported: count, filter choice and table cell.
    pub unreported: &'static str,
    /// Count: records with versions to merge.
    pub conflicted: &'static str,
    /// Accessible name of the filters.
    pub filters_label: &'static str,
    /// Filter and column: the verdict.
    pub verdict: &'static str,
    /// How many are shown (shown, all).
    pub shown: fn(usize, usize) -> String,
    /// Column: when.
    pub col_time: &'static str,
    /// Column: case number and cause.
    pub col_case: &'static str,
    /// Column: the person.
    pub col_person: &'static str,
    /// Column: reported.
    pub col_report: &'static str,
    /// Column: where it came from.
    pub col_source: &'static str,
    /// Toggle that shows the provenance column.
    pub show_provenance: &'static str,
    /// Tag of a record with versions to merge.
    pub pending_merge: &'static str,
}

/// One record of the register.
#[derive(Debug)]
pub struct BundleRecordText {
    /// The record is not in the store.
    pub missing: &'static str,
    /// The record has no version to show.
    pub no_version: &'static str,
    /// Heading of the current version.
    pub current_heading: &'static str,
    /// Where a version came from (provenance).
    pub provenance: fn(&dyn Display) -> String,
    /// Alarm: events that failed verification.
    pub flagged: &'static str,
    /// Heading of every version (how many).
    pub versions_heading: fn(usize) -> String,
    /// A change's reason (reason).
    pub change_reason: fn(&dyn Display) -> String,
    /// A version's title (number, kind of change).
    pub version_title: fn(usize, &dyn Display) -> String,
    /// After the current version's title.
    pub current: &'static str,
    /// A version's authorship (time, officer, device, event).
    pub version_meta: fn(&dyn Display, &dyn Display, &dyn Display, &dyn Display) -> String,
    /// The imports that carried a version (imports).
    pub carried: fn(&dyn Display) -> String,
    /// Summary opening a version's content.
    pub show_version: &'static str,
    /// Heading of notes and reports.
    pub notes_heading: &'static str,
    /// A note's authorship (officer, time).
    pub note_meta: fn(&dyn Display, &dyn Display) -> String,
    /// A report (date, recipient, officer).
    pub report: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// Not reported.
    pub not_reported: &'static str,
    /// First reported (date).
    pub reported_on: fn(&dyn Display) -> String,
    /// Heading of the imports' warnings.
    pub warnings_heading: &'static str,
    /// Notice of concurrent versions (how many).
    pub conflict: fn(usize) -> String,
    /// A concurrent version's name (number).
    pub parallel_version: fn(usize) -> String,
    /// Who changed a concurrent version (officer, time, device).
    pub modified_by: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// Choice showing a version's verdict panel.
    pub show_verdict: &'static str,
}

/// The form merging conflicting versions.
#[derive(Debug)]
pub struct BundleResolutionText {
    /// Field error: the reason is required.
    pub reason_required: &'static str,
    /// Form message: the reason is missing.
    pub reason_missing: &'static str,
    /// Not saved: no device id for 法治科 (error).
    pub no_device: fn(&dyn Display) -> String,
    /// Not saved (error).
    pub not_saved: fn(&dyn Display) -> String,
    /// Saved.
    pub merged: &'static str,
    /// The write failed (error).
    pub write_failed: fn(&dyn Display) -> String,
    /// Heading.
    pub heading: &'static str,
    /// Hint under the heading.
    pub hint: &'static str,
    /// Submit button.
    pub save: &'static str,
    /// Legend and label of the reason.
    pub reason: &'static str,
    /// Hint under the reason.
    pub reason_hint: &'static str,
}
