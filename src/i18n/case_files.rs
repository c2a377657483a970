//! Texts of 法治科's wrong-case files (错案卷宗): the list, a file, its step forms.

/// The wrong-case files' pages.
#[derive(Debug)]
pub struct CaseFilesText {
    /// Page title of the list.
    pub title: &'static str,
    /// What the list is, under the title.
    pub intro: &'static str,
    /// One line for the legal section's landing page.
    pub summary_line: &'static str,
    /// The link that opens a new file.
    pub new_file: &'static str,
    /// Title of the new file's page.
    pub new_title: &'static str,
    /// While 法治科's journal is read and verified.
    pub opening: &'static str,
    /// The journal could not be opened (with why).
    pub open_failed: fn(&str) -> String,
    /// Every chain of 法治科's journal verifies, with the number of steps.
    pub verified: fn(usize) -> String,
    /// Some events failed verification (how many).
    pub tampered: fn(usize) -> String,
    /// No file yet.
    pub empty: &'static str,
    /// Column headings of the list: 案号, 被举报人员, 受理日期, 当前阶段, 待办.
    pub columns: [&'static str; 5],
    /// Nothing waiting in a file.
    pub nothing_due: &'static str,
    /// The file does not exist.
    pub not_found: &'static str,
    /// Heading of the stage overview.
    pub stages_heading: &'static str,
    /// A stage with steps recorded.
    pub stage_done: &'static str,
    /// A stage with nothing recorded yet.
    pub stage_open: &'static str,
    /// Heading of the clocks.
    pub clocks_heading: &'static str,
    /// The reply owed has no period in the rules.
    pub no_period: &'static str,
    /// "Due on" with the date.
    pub due_on: fn(&str) -> String,
    /// Disclosure of a deadline's basis.
    pub basis: &'static str,
    /// Heading of the steps recorded.
    pub history_heading: &'static str,
    /// Round label after a re-investigation.
    pub round: fn(usize) -> String,
    /// Who recorded a step, and when.
    pub recorded_by: fn(&str, &str) -> String,
    /// How many times a step was amended.
    pub amended_times: fn(usize) -> String,
    /// A version's line in the history: when, who, reason.
    pub version_line: fn(&str, &str, &str) -> String,
    /// The amend button.
    pub amend: &'static str,
    /// Heading of the next-step chooser.
    pub next_heading: &'static str,
    /// Label of the next-step chooser.
    pub next_label: &'static str,
    /// Nothing more may be recorded now.
    pub next_none: &'static str,
    /// The button that opens the chosen step's form.
    pub next_open: &'static str,
    /// Label of the amendment's reason.
    pub reason_label: &'static str,
    /// Save.
    pub save: &'static str,
    /// Cancel.
    pub cancel: &'static str,
    /// Saved (durably).
    pub saved: &'static str,
    /// Heading of the error summary.
    pub errors_heading: &'static str,
    /// The form's draft could not be kept in this browser.
    pub draft_not_saved: fn(&str) -> String,
    /// A draft was restored.
    pub draft_restored: &'static str,
    /// 是 / 否.
    pub yes_no: [&'static str; 2],
    /// The findings' engine panel heading.
    pub engine_heading: &'static str,
    /// The conduct recorded in the investigation is counted.
    pub conduct_counted: &'static str,
    /// Column headings of a decision's rows: 执法人员, 建议, 决定, 与建议不同的理由.
    pub decision_columns: [&'static str; 4],
    /// No 建议 for the officer.
    pub no_suggestion: &'static str,
    /// The 建议 label, that it is bureau policy.
    pub suggestion_note: &'static str,
    /// Referral checkbox.
    pub referral_toggle: &'static str,
    /// The engine calls for a referral.
    pub referral_hint: &'static str,
    /// Label of the referral's date.
    pub referral_date: &'static str,
    /// Label of the referral's receiving body.
    pub referral_body: &'static str,
    /// Back to the file from its document.
    pub back_to_file: &'static str,
    /// The print button.
    pub print: &'static str,
    /// The mark on a document whose step is not yet recorded.
    pub draft_mark: &'static str,
    /// A finding's officer with no Art. 6 act.
    pub no_act: &'static str,
    /// A decision row's reason, in brackets.
    pub reason_in_brackets: fn(&str) -> String,
    /// A referral's line: body, date.
    pub referred_line: fn(&str, &str) -> String,
    /// Link to print the decision draft.
    pub print_decision: &'static str,
}

/// 法治科跟进 on a register record's page.
#[derive(Debug)]
pub struct FollowUpText {
    /// Heading.
    pub heading: &'static str,
    /// What the section is.
    pub intro: &'static str,
    /// Before the state.
    pub state: &'static str,
    /// The record needs no follow-up.
    pub not_needed: &'static str,
    /// Saved.
    pub saved: &'static str,
    /// Label of the next-step chooser.
    pub next_label: &'static str,
    /// The button that opens the chosen step's form.
    pub open: &'static str,
    /// Nothing more may be recorded.
    pub next_none: &'static str,
    /// No 通报 for the record (法治科 has not determined it to be prohibited interference).
    pub no_circulation: &'static str,
    /// Link to the 通报 draft.
    pub circulation_link: &'static str,
    /// The Art. 13 findings page.
    pub non_recording: NonRecordingText,
    /// The Art. 9, 12 reports page.
    pub retaliation: RetaliationText,
    /// The register's follow-up filter: label and its options (全部, 待认定, 跟进中, 已办结, 无需跟进).
    pub filter: (&'static str, [&'static str; 5]),
}

/// 不记录认定 (R2 Art. 13).
#[derive(Debug)]
pub struct NonRecordingText {
    /// Page title and landing link.
    pub title: &'static str,
    /// What the page is.
    pub intro: &'static str,
    /// One line on the landing page.
    pub summary_line: &'static str,
    /// The button that opens a new finding's form.
    pub new_finding: &'static str,
    /// No finding yet.
    pub empty: &'static str,
    /// Saved.
    pub saved: &'static str,
    /// A handler's heading: name, how many findings.
    pub handler_heading: fn(&str, usize) -> String,
    /// "The n-th finding: ".
    pub nth: fn(usize) -> String,
    /// The reading lifts the handler's sanction.
    pub no_sanction: &'static str,
    /// The instructing supervisor is liable.
    pub supervisor_liable: &'static str,
    /// Disclosure of the engine's reasoning.
    pub reasoning: &'static str,
}

/// 打击报复报告 (R2 Art. 9, 12).
#[derive(Debug)]
pub struct RetaliationText {
    /// Page title and landing link.
    pub title: &'static str,
    /// What the page is.
    pub intro: &'static str,
    /// One line on the landing page.
    pub summary_line: &'static str,
    /// The button that opens a new report's form.
    pub new_report: &'static str,
    /// No report yet.
    pub empty: &'static str,
    /// Saved.
    pub saved: &'static str,
    /// Before the finding.
    pub finding: &'static str,
    /// A fact the finding needs is not yet established.
    pub not_established: &'static str,
    /// Disclosure of the engine's reasoning.
    pub reasoning: &'static str,
}
