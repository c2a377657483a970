//! Texts of the field officer's area (办案记录): the record list, the record form, the detail page and the verdict.

use std::fmt::Display;

/// Texts of the field officer's area.
#[derive(Debug)]
pub struct OfficerText {
    /// Shown instead of an empty case number (list, detail title, record fields).
    pub no_case_number: &'static str,
    /// Report status of a record not reported (list column, record fields).
    pub not_reported: &'static str,
    /// Error when the record in the address does not exist (detail and amendment pages).
    pub record_not_found: &'static str,
    /// The record list page.
    pub list: OfficerListText,
    /// The new-record and amendment pages and their draft handling.
    pub editor: EditorText,
    /// The record detail page.
    pub detail: RecordDetailText,
    /// The fields of one record version as a definition list.
    pub fields: RecordFieldsText,
    /// The record form.
    pub form: RecordFormText,
    /// The verdict panel beside a record.
    pub verdict: VerdictPanelText,
    /// Drafts: the other unsaved drafts, and a draft that could not be read.
    pub drafts: DraftText,
    /// 月度零报告.
    pub attestation: AttestationText,
}

/// The record list page (with the integrity check and the storage meter).
#[derive(Debug)]
pub struct OfficerListText {
    /// Button to a new record; also the breadcrumb of the new-record page.
    pub new_record: &'static str,
    /// Button to the export page.
    pub export: &'static str,
    /// Count label: all records.
    pub count_total: &'static str,
    /// Count label: records judged prohibited interference.
    pub count_prohibited: &'static str,
    /// Count label: records not reported to the legal section.
    pub count_unreported: &'static str,
    /// Count label: records with concurrent versions.
    pub count_conflicted: &'static str,
    /// Count label: records failing verification.
    pub count_flagged: &'static str,
    /// Accessible name of the filter form.
    pub filters_label: &'static str,
    /// Sort order label.
    pub sort: &'static str,
    /// Sort option: newest first.
    pub newest_first: &'static str,
    /// Sort option: oldest first.
    pub oldest_first: &'static str,
    /// How many rows are shown out of how many (shown, total).
    pub shown_count: fn(usize, usize) -> String,
    /// Table column: time.
    pub col_time: &'static str,
    /// Table column: case number and cause.
    pub col_case: &'static str,
    /// Table column: person.
    pub col_person: &'static str,
    /// Table column: verdict.
    pub col_verdict: &'static str,
    /// Table column: reported to the legal section.
    pub col_reported: &'static str,
    /// Row tag: concurrent versions to merge.
    pub tag_conflicted: &'static str,
    /// Row tag: failed verification.
    pub tag_flagged: &'static str,
    /// Result of 立即校验 when every chain verifies.
    pub verified_ok: &'static str,
    /// Result of 立即校验 with the number of issues found.
    pub verified_issues: fn(usize) -> String,
    /// Result of 立即校验 when the check itself failed.
    pub verify_failed: fn(&dyn Display) -> String,
    /// Integrity status when every chain verifies.
    pub integrity_ok: &'static str,
    /// Integrity status while the journal is still being read and verified.
    pub integrity_pending: &'static str,
    /// Integrity alarm headline with the number of issues.
    pub integrity_alarm: fn(usize) -> String,
    /// What the integrity alarm advises, after the headline (starts with a space).
    pub integrity_advice: &'static str,
    /// Button to verify every chain now.
    pub verify_now: &'static str,
    /// Label of the storage meter.
    pub storage_usage: &'static str,
    /// Alarm when storage is nearly full.
    pub storage_nearly_full: &'static str,
}

/// The new-record and amendment pages and their draft handling.
#[derive(Debug)]
pub struct EditorText {
    /// Heading of the new-record page.
    pub new_title: &'static str,
    /// Notice when an autosaved draft was restored.
    pub draft_restored: &'static str,
    /// Submit button of the new-record form.
    pub save_new: &'static str,
    /// Message while a save is being written to disk.
    pub saving: &'static str,
    /// Message when saving failed, with the error.
    pub save_failed: fn(&dyn Display) -> String,
    /// Message when the draft could not be autosaved, with the error.
    pub draft_not_saved: fn(&dyn Display) -> String,
    /// Message when the form has errors, with their count.
    pub missing_items: fn(usize) -> String,
    /// Heading (and breadcrumb) of the amendment page.
    pub amend_title: &'static str,
    /// Heading of the amendment page when concurrent versions are merged.
    pub merge_title: &'static str,
    /// Lead paragraph of the amendment page.
    pub amend_intro: &'static str,
    /// Notice on the amendment page when concurrent versions exist.
    pub merge_notice: &'static str,
    /// Submit button of the amendment form.
    pub save_amended: &'static str,
    /// Legend and label of the amendment reason.
    pub reason: &'static str,
    /// Hint under the amendment reason.
    pub reason_hint: &'static str,
    /// Inline error when the amendment reason is empty.
    pub reason_required: &'static str,
    /// Form message when the amendment reason is empty.
    pub reason_missing: &'static str,
    /// One line of the error summary: the field's label and what is wrong.
    pub summary_item: fn(&str, &str) -> String,
}

/// The record detail page.
#[derive(Debug)]
pub struct RecordDetailText {
    /// Breadcrumb of the detail page.
    pub breadcrumb: &'static str,
    /// Confirmation after saving.
    pub saved: &'static str,
    /// Error when a record has no version to show.
    pub no_version: &'static str,
    /// Page heading (case number, person).
    pub title: fn(&str, &str) -> String,
    /// Alarm when the record fails verification.
    pub flagged_warning: &'static str,
    /// Notice when the record has concurrent versions.
    pub conflict_notice: &'static str,
    /// Amend link when there are concurrent versions.
    pub merge_link: &'static str,
    /// Amend link.
    pub amend_link: &'static str,
    /// Print button.
    pub print: &'static str,
    /// Heading of the current version.
    pub current_version: &'static str,
    /// Who recorded the current version, when, on which device.
    pub recorded_by: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// Message when a report date is missing.
    pub report_date_missing: &'static str,
    /// Message when a report date is in the future.
    pub report_date_future: &'static str,
    /// Confirmation of a recorded report (date, recipient).
    pub report_recorded: fn(&dyn Display, &str) -> String,
    /// Message when a report or note was not saved, with the error.
    pub not_saved: fn(&dyn Display) -> String,
    /// Heading of the report section.
    pub report_heading: &'static str,
    /// Report status with the date reported.
    pub reported_on: fn(&dyn Display) -> String,
    /// Report status when not yet reported.
    pub not_yet_reported: &'static str,
    /// Label of the report recipient.
    pub report_recipient: &'static str,
    /// Recipient option: the legal section.
    pub recipient_legal: &'static str,
    /// Recipient option: the district justice bureau.
    pub recipient_justice: &'static str,
    /// Label of the report date.
    pub report_date: &'static str,
    /// Button to record a report.
    pub report_submit: &'static str,
    /// Heading of the notes section.
    pub notes_heading: &'static str,
    /// Author and time after a note.
    pub note_author: fn(&dyn Display, &dyn Display) -> String,
    /// Label and button to add a note.
    pub add_note: &'static str,
    /// Heading of the version history, with the number of versions.
    pub history_heading: fn(usize) -> String,
    /// The amendment reason of a version.
    pub amend_reason: fn(&str) -> String,
    /// Title of a version (number, kind of change).
    pub version_title: fn(usize, &str) -> String,
    /// Mark after the current version(s).
    pub current_mark: &'static str,
    /// Mark after a version failing verification (starts with a space).
    pub flagged_mark: &'static str,
    /// Time, author and event id of a version (starts with a space).
    pub version_meta: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// Summary that opens a version's fields.
    pub show_version: &'static str,
    /// Accessible name of an amendment's list of changed fields.
    pub changes_label: &'static str,
    /// One changed field: its label, the value before, the value after.
    pub field_change: fn(&str, &str, &str) -> String,
}

/// The labels of one record version's fields.
#[derive(Debug)]
pub struct RecordFieldsText {
    /// Time.
    pub time: &'static str,
    /// Place.
    pub place: &'static str,
    /// Person.
    pub person: &'static str,
    /// Separator between the person's name, unit and position.
    pub person_separator: &'static str,
    /// Person category.
    pub category: &'static str,
    /// Contact method.
    pub method: &'static str,
    /// Content.
    pub content: &'static str,
    /// Case number.
    pub case_number: &'static str,
    /// Case cause.
    pub case_cause: &'static str,
    /// Case stage.
    pub case_stage: &'static str,
    /// Recorders.
    pub recorders: &'static str,
    /// Separator between recorders.
    pub recorders_separator: &'static str,
    /// What the person asked for or did.
    pub conduct: &'static str,
    /// Separator between conducts.
    pub conduct_separator: &'static str,
    /// Reported to the legal section.
    pub reported_legal: &'static str,
    /// Reported to the district justice bureau.
    pub reported_justice: &'static str,
    /// Report status with its date.
    pub reported_on: fn(&dyn Display) -> String,
}

/// The record form: labels and hints.
#[derive(Debug)]
pub struct RecordFormText {
    /// Legend of the basic facts.
    pub basics_legend: &'static str,
    /// Time hint.
    pub occurred_at_hint: &'static str,
    /// Place hint.
    pub place_hint: &'static str,
    /// Person name hint.
    pub person_name_hint: &'static str,
    /// Person unit hint.
    pub person_unit_hint: &'static str,
    /// Person position label.
    pub person_position: &'static str,
    /// Person position hint.
    pub person_position_hint: &'static str,
    /// Person category hint.
    pub category_hint: &'static str,
    /// Content hint.
    pub content_hint: &'static str,
    /// Legend of the case.
    pub case_legend: &'static str,
    /// Case number hint.
    pub case_number_hint: &'static str,
    /// Case cause hint.
    pub case_cause_hint: &'static str,
    /// Recorders hint.
    pub recorders_hint: &'static str,
    /// Legend of the structured questions.
    pub facts_legend: &'static str,
    /// Heading of the conduct checkboxes.
    pub conduct_heading: &'static str,
    /// Hint of the bureau-leader question.
    pub is_bureau_leader_hint: &'static str,
    /// Hint of the supervising-department question.
    pub department_supervises_hint: &'static str,
    /// Hint of the authority question.
    pub within_authority_hint: &'static str,
    /// Hint of the official-duty question.
    pub for_official_duty_hint: &'static str,
    /// Hint of the procedure question.
    pub through_procedure_hint: &'static str,
    /// Hint of the on-behalf question.
    pub on_behalf_of_party_hint: &'static str,
    /// Hint of the recorded-by-handler question.
    pub recorded_by_handler_hint: &'static str,
    /// Live verdict preview with the verdict label.
    pub preview: fn(&str) -> String,
    /// Legend of the report status.
    pub report_legend: &'static str,
    /// Checkbox: reported to the legal section.
    pub reported_legal: &'static str,
    /// Checkbox: reported to the district justice bureau.
    pub reported_justice: &'static str,
    /// Note at the top of the form on what the `*` means.
    pub required_note: &'static str,
    /// Visually hidden text after a `*` that no control's `aria-required` announces (the conduct group).
    pub required: &'static str,
}

/// The verdict panel.
#[derive(Debug)]
pub struct VerdictPanelText {
    /// Heading.
    pub heading: &'static str,
    /// Completeness when every element is there.
    pub complete: &'static str,
    /// Completeness with the missing elements.
    pub incomplete: fn(&[&str]) -> String,
    /// Heading of the required actions.
    pub actions_heading: &'static str,
    /// Heading of the reasoning.
    pub reasoning_heading: &'static str,
    /// Heading of the possible verdicts when the verdict turns on facts answered 不清楚.
    pub possibilities_heading: &'static str,
    /// One possibility: the condition and the verdict under it.
    pub possibility: fn(&str, &str) -> String,
    /// Heading of the answers that, if different, would change the verdict.
    pub changes_heading: &'static str,
    /// One such answer: as given, as changed, the verdict it would give.
    pub change: fn(&str, &str, &str) -> String,
    /// When no single different answer would change the verdict.
    pub no_change: &'static str,
}

/// 月度零报告 on the officer's list.
#[derive(Debug)]
pub struct AttestationText {
    /// Heading.
    pub heading: &'static str,
    /// What it is and when to file it.
    pub hint: &'static str,
    /// Label of the month picker.
    pub month: &'static str,
    /// The button.
    pub submit: &'static str,
    /// No month chosen.
    pub month_needed: &'static str,
    /// Filed, with the month.
    pub filed: fn(&str) -> String,
    /// One statement already filed: month and filing date.
    pub filed_item: fn(&str, &dyn std::fmt::Display) -> String,
}

/// Drafts of the record form: the other unsaved drafts on the new-record page, and a draft that could not be read.
#[derive(Debug)]
pub struct DraftText {
    /// Heading of the list of other unsaved drafts, with their number.
    pub others_heading: fn(usize) -> String,
    /// What the list is and what can be done with it.
    pub others_intro: &'static str,
    /// Placeholder for a draft without a case number.
    pub no_case_number: &'static str,
    /// Placeholder for a draft without a person.
    pub no_person: &'static str,
    /// When a draft was last edited.
    pub edited_at: fn(&dyn Display) -> String,
    /// For a draft saved before the edit time was kept.
    pub edited_unknown: &'static str,
    /// Button: continue this draft in this tab.
    pub open: &'static str,
    /// Button: discard this draft (asks first).
    pub discard: &'static str,
    /// The confirmation question before discarding.
    pub discard_question: &'static str,
    /// Button: yes, discard it.
    pub discard_confirm: &'static str,
    /// Button: keep it after all.
    pub discard_cancel: &'static str,
    /// Status after a draft was discarded.
    pub discarded: &'static str,
    /// Message when a draft could not be discarded, with the error.
    pub discard_failed: fn(&dyn Display) -> String,
    /// Notice when another draft was opened in this tab.
    pub opened: &'static str,
    /// Message when a draft could not be opened here, with the error.
    pub open_failed: fn(&dyn Display) -> String,
    /// Message when a draft to open was gone (saved or discarded in another tab meanwhile).
    pub gone: &'static str,
    /// Notice headline when this form's own draft could not be read (the form is empty).
    pub own_corrupt: &'static str,
    /// Notice headline when one of the other drafts could not be read.
    pub other_corrupt: &'static str,
    /// What became of an unreadable draft and what to do about it.
    pub corrupt_kept: &'static str,
    /// Summary of the technical details (storage keys, parser message).
    pub technical: &'static str,
    /// Technical detail: where the draft was stored.
    pub technical_key: fn(&str) -> String,
    /// Technical detail: where its exact text is kept now.
    pub technical_quarantine: fn(&str) -> String,
    /// Technical detail: why it could not be read.
    pub technical_reason: fn(&str) -> String,
    /// Notice when the draft storage could not be read at all (autosave then stops), with the error.
    pub unreadable: fn(&dyn Display) -> String,
}
