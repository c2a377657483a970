//! Texts of the legal section's area (法治科): the landing list, the 错案倒查 worksheet and its result, the deadlines.

use std::fmt::Display;

/// Texts of the legal section's area.
#[derive(Debug)]
pub struct LegalText {
    /// The wrong-case worksheet page (and its entry on the landing page).
    pub wrong_case: WrongCaseText,
    /// The reported Art. 5 grounds of the worksheet.
    pub grounds: GroundRowsText,
    /// The officers of the worksheet.
    pub officers: OfficerRowsText,
    /// The worksheet's live result.
    pub result: WrongCaseResultText,
    /// The deadlines page (and its entry on the landing page).
    pub deadlines: DeadlinesText,
    /// The statistics page (and its entry on the landing page).
    pub statistics: StatisticsText,
    /// The spot-check page (and its entry on the landing page).
    pub spot_check: SpotCheckText,
    /// The monthly reporting overview (and its entry on the landing page).
    pub attestations: AttestationsText,
    /// The dashboard on the landing page.
    pub dashboard: DashboardText,
}

/// The dashboard of everything with a clock, on 法治科's landing page.
#[derive(Debug)]
pub struct DashboardText {
    /// Heading.
    pub heading: &'static str,
    /// The day the standings are counted on.
    pub today: fn(&str) -> String,
    /// Nothing waiting.
    pub empty: &'static str,
    /// Column headings: 期限, 待办, 对象, 依据.
    pub columns: [&'static str; 4],
    /// No period set by the rules.
    pub no_period: &'static str,
    /// Overdue.
    pub overdue: &'static str,
    /// Due within 3 days.
    pub soon: &'static str,
    /// The count ran through a year without a published holiday calendar.
    pub unpublished_calendar: &'static str,
}

/// The monthly reporting overview: records, 零报告 or missing, per officer and month.
#[derive(Debug)]
pub struct AttestationsText {
    /// Page title and landing link.
    pub title: &'static str,
    /// What the page shows.
    pub intro: &'static str,
    /// One line on the landing page.
    pub summary_line: &'static str,
    /// Accessible name of the month range form.
    pub range_label: &'static str,
    /// First month.
    pub from: &'static str,
    /// Last month.
    pub to: &'static str,
    /// No officer known yet.
    pub empty: &'static str,
    /// Column: the officer.
    pub col_officer: &'static str,
    /// Column: how many months are missing.
    pub col_missing: &'static str,
    /// A month with records.
    pub recorded: fn(usize) -> String,
    /// A month with a 零报告.
    pub attested: &'static str,
    /// A month with neither.
    pub missing: &'static str,
}

/// The spot-check page (R2 Art. 4).
#[derive(Debug)]
pub struct SpotCheckText {
    /// Page title and landing link.
    pub title: &'static str,
    /// What the page does.
    pub intro: &'static str,
    /// One line on the landing page.
    pub summary_line: &'static str,
    /// Accessible name of the form.
    pub form_label: &'static str,
    /// Department filter.
    pub department: &'static str,
    /// Officer filter.
    pub officer: &'static str,
    /// Sample size.
    pub size: &'static str,
    /// Seed.
    pub seed: &'static str,
    /// What the seed is for.
    pub seed_hint: &'static str,
    /// The draw button.
    pub draw: &'static str,
    /// Size or seed not a whole number.
    pub numbers_needed: &'static str,
    /// The parameters of the draw, to note down.
    pub parameters: fn(&str) -> String,
    /// How many were drawn of how many that passed the filters.
    pub drawn: fn(usize, usize) -> String,
}

/// The statistics page: the date range, the summary and the charts.
#[derive(Debug)]
pub struct StatisticsText {
    /// Page title and landing link.
    pub title: &'static str,
    /// What the page shows.
    pub intro: &'static str,
    /// One line on the landing page.
    pub summary_line: &'static str,
    /// Accessible name of the date range form.
    pub range_label: &'static str,
    /// Records and prohibited interference in the range.
    pub summary: fn(usize, usize) -> String,
    /// Chart: prohibited interference by Art. 10 item.
    pub by_item: &'static str,
    /// Chart: records by month.
    pub by_month: &'static str,
    /// Chart: records by the actor's unit.
    pub by_unit: &'static str,
    /// Chart: repeat actors.
    pub repeat_actors: &'static str,
    /// A chart without records.
    pub no_records: &'static str,
    /// Table column: what is counted.
    pub col_what: &'static str,
    /// Table column: the count.
    pub col_count: &'static str,
    /// Heading of the wrong-case files' charts.
    pub case_files_heading: &'static str,
    /// How many files were received in the range.
    pub case_files_summary: fn(usize) -> String,
    /// Chart: files by Art. 5 ground established.
    pub by_ground: &'static str,
    /// Chart: officers by Art. 6 act found.
    pub by_act: &'static str,
    /// Chart: officers by Art. 11 decision.
    pub by_decision: &'static str,
}

/// The wrong-case worksheet page: heading, autosave messages, the case fields and the clear button.
#[derive(Debug)]
pub struct WrongCaseText {
    /// Short name: landing-page link and breadcrumb.
    pub title_short: &'static str,
    /// What the worksheet does, under its landing-page link.
    pub summary: &'static str,
    /// Page heading.
    pub title: &'static str,
    /// Lead paragraph.
    pub intro: &'static str,
    /// Notice when the saved worksheet was restored.
    pub restored: &'static str,
    /// Alarm when the saved worksheet could not be read, after the error.
    pub restart: fn(&dyn Display) -> String,
    /// Alarm when the worksheet could not be autosaved, with the error.
    pub not_saved: fn(&dyn Display) -> String,
    /// Legend of the case fields.
    pub case_legend: &'static str,
    /// Case number label.
    pub case_number: &'static str,
    /// Case kind label.
    pub case_kind: &'static str,
    /// Hint under the case kind.
    pub case_kind_hint: &'static str,
    /// Legend of the causes of the wrong case (Art. 8 items 2, 3, 6, found for the whole case).
    pub causes_legend: &'static str,
    /// What the causes do.
    pub causes_hint: &'static str,
    /// Button to clear the worksheet.
    pub clear: &'static str,
    /// Confirmation question before clearing.
    pub clear_question: &'static str,
    /// Warning after the confirmation question (starts with a space).
    pub clear_warning: &'static str,
    /// Button confirming the clearing.
    pub clear_confirm: &'static str,
    /// Button cancelling the clearing.
    pub clear_cancel: &'static str,
}

/// The reported Art. 5 grounds.
#[derive(Debug)]
pub struct GroundRowsText {
    /// Option label of a ground (cite, ground label).
    pub ground_label: fn(&str, &str) -> String,
    /// Legend of the grounds.
    pub legend: &'static str,
    /// Hint under the legend.
    pub hint: &'static str,
    /// Label of the ground to add.
    pub new_ground: &'static str,
    /// Button adding a ground.
    pub add: &'static str,
    /// Heading of a ground row, with its number.
    pub row_heading: fn(usize) -> String,
    /// Accessible name of the remove button, with the row number.
    pub remove_label: fn(usize) -> String,
    /// Remove button.
    pub remove: &'static str,
    /// Label of the ground kind.
    pub kind: &'static str,
    /// Label of the verification state.
    pub verification: &'static str,
}

/// The officers of the worksheet.
#[derive(Debug)]
pub struct OfficerRowsText {
    /// Legend of the officers.
    pub legend: &'static str,
    /// Hint under the legend.
    pub hint: &'static str,
    /// Button adding an officer.
    pub add: &'static str,
    /// Heading of an officer row without a name, with its number.
    pub row_heading: fn(usize) -> String,
    /// Heading of an officer row, with its number and the name.
    pub row_heading_named: fn(usize, &str) -> String,
    /// Accessible name of the remove button, with the row heading.
    pub remove_label: fn(&str) -> String,
    /// Remove button.
    pub remove: &'static str,
    /// Name label.
    pub name: &'static str,
    /// Legend of the Art. 6 acts.
    pub acts_legend: &'static str,
    /// Legend of the Art. 8 claims.
    pub claims_legend: &'static str,
    /// Legend of the conduct after the error came to light.
    pub conduct_legend: &'static str,
    /// Checkbox claiming an Art. 8 item (cite, item label).
    pub claim: fn(&str, &str) -> String,
    /// Accessible name of a claim's facts, with the cite.
    pub claim_facts_label: fn(&str) -> String,
}

/// The worksheet's live result.
#[derive(Debug)]
pub struct WrongCaseResultText {
    /// Shown instead of an empty case number.
    pub no_case_number: &'static str,
    /// The case line (case number, case kind).
    pub case_line: fn(&str, &str) -> String,
    /// Heading of the result.
    pub heading: &'static str,
    /// Print button.
    pub print: &'static str,
    /// Heading of the ground findings.
    pub grounds_heading: &'static str,
    /// Shown when no ground was entered.
    pub no_grounds: &'static str,
    /// Heading of the officers.
    pub officers_heading: &'static str,
    /// Shown when no officer was entered.
    pub no_officers: &'static str,
    /// Heading of the case's actions.
    pub actions_heading: &'static str,
    /// Heading of the case's reasoning.
    pub reasoning_heading: &'static str,
    /// Shown for an empty action list.
    pub no_actions: &'static str,
    /// Mark before an action that must be reported.
    pub must_report: &'static str,
    /// Shown instead of an empty officer name.
    pub no_name: &'static str,
    /// Label before an officer's Art. 6 acts.
    pub acts_label: &'static str,
    /// Label before an officer's actions.
    pub officer_actions_label: &'static str,
    /// Label before the officer's rights.
    pub rights_label: &'static str,
    /// Hint under the officer's rights.
    pub rights_hint: &'static str,
    /// Summary of an officer's reasoning.
    pub officer_reasoning: &'static str,
    /// How mitigation weighs, with the bureau's step count.
    pub weighing_mitigating: fn(u8) -> String,
    /// How aggravation weighs, with the bureau's step count.
    pub weighing_aggravating: fn(u8) -> String,
    /// How both weigh (aggravation steps, mitigation steps, weighing rule, its description).
    pub weighing_both: fn(u8, u8, &str, &str) -> String,
    /// Label before the circumstances.
    pub circumstances_label: &'static str,
    /// Prefix of a mitigating circumstance.
    pub mitigating_item: &'static str,
    /// Label of the causes of the wrong case that are why an officer without an Art. 6 act is not liable.
    pub not_liable_because_label: &'static str,
    /// Prefix of an aggravating circumstance.
    pub aggravating_item: &'static str,
    /// Label before the weighing.
    pub weighing_label: &'static str,
    /// Accessible name of the suggestion.
    pub suggestion_label: &'static str,
    /// Label before the suggested outcome.
    pub suggestion_outcome: &'static str,
    /// Label before the suggestion's reasoning.
    pub suggestion_origin: &'static str,
}

/// The deadlines page.
#[derive(Debug)]
pub struct DeadlinesText {
    /// Short name: landing-page link and breadcrumb.
    pub title_short: &'static str,
    /// What the page does, under its landing-page link.
    pub summary: &'static str,
    /// Page heading.
    pub title: &'static str,
    /// Lead paragraph, with today's date.
    pub intro: fn(&str) -> String,
    /// Hint of the transfer deadline.
    pub transfer_hint: &'static str,
    /// Label of the intake date.
    pub intake_date: &'static str,
    /// Heading of the day-counting basis, with the bureau's counting.
    pub counting_method: fn(&str) -> String,
    /// Shown before a date is entered: where the basis will appear.
    pub basis_below: &'static str,
    /// Link to change the day counting.
    pub change_counting: &'static str,
    /// Hint of the reinvestigation deadline.
    pub reinvestigation_hint: &'static str,
    /// Label of the decision date.
    pub decision_date: &'static str,
    /// Warning when the holiday calendar may be inaccurate.
    pub calendar_warning: &'static str,
    /// Label of the due date, with the period.
    pub due_label: fn(&str) -> String,
    /// Heading of the calculation steps.
    pub steps_heading: &'static str,
}
