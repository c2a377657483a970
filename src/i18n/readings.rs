//! Texts of 设置 → 本局口径: the bureau's readings of the rules and its sanction policy.

use std::fmt::Display;

/// Texts of the readings section on the settings page.
#[derive(Debug)]
pub struct ReadingsText {
    /// Status after saving.
    pub saved: &'static str,
    /// Error when storage is full.
    pub quota_exceeded: &'static str,
    /// Error when storage cannot be written, with the detail.
    pub unavailable: fn(&dyn Display) -> String,
    /// Status after restoring the defaults (not yet saved).
    pub reset_done: &'static str,
    /// Section heading.
    pub heading: &'static str,
    /// Intro, before the owner.
    pub intro_before: &'static str,
    /// Intro: who sets the readings (in bold).
    pub intro_owner: &'static str,
    /// Intro, after the owner.
    pub intro_after: &'static str,
    /// Notice on what the bureau's policy is.
    pub policy_notice: &'static str,
    /// Legend of the R2 readings.
    pub r2_legend: &'static str,
    /// Legend of the R1 readings.
    pub r1_legend: &'static str,
    /// Save button.
    pub save: &'static str,
    /// Button restoring the defaults.
    pub reset: &'static str,
    /// Shown while there are unsaved changes.
    pub unsaved: &'static str,
    /// Mark after the engine's default choice.
    pub default_mark: &'static str,
    /// The “yes” answer of a two-way reading.
    pub yes: &'static str,
    /// The “no” answer of a two-way reading.
    pub no: &'static str,
    /// Reading R2 Art. 2: whether officials of superior or other enforcement bodies are internal staff.
    pub outside_officials: TwoWayText,
    /// Reading R2 Art. 7: whether oral guidance must also have gone through procedure.
    pub oral_guidance_procedure: TwoWayText,
    /// Reading R2 Art. 7, 14: whether unrecorded oral guidance is interference.
    pub unrecorded_oral: TwoWayText,
    /// Reading R2 Art. 13: whether “两次以上” includes the second finding.
    pub repeat_second: TwoWayText,
    /// Reading R2 Art. 13: whether an instructed case handler is still held liable.
    pub instructed_handler: TwoWayText,
    /// Reading R1 Art. 5 item 4: whether an unappealed first-instance judgment counts as final.
    pub first_instance_final: TwoWayText,
    /// Question of the day counting (R1 Art. 10 item 1).
    pub day_counting_question: &'static str,
    /// Provisions of the day counting.
    pub day_counting_provisions: &'static str,
    /// A day-counting choice, with the counting's label.
    pub count_by: fn(&str) -> String,
    /// Legend of the sanction policy.
    pub policy_legend: &'static str,
    /// Question of the weighing rule.
    pub weighing_question: &'static str,
    /// Provisions of the weighing rule.
    pub weighing_provisions: &'static str,
    /// A step-count option, with the number of steps.
    pub steps_option: fn(u8) -> String,
    /// Label of the mitigation steps.
    pub mitigation_steps: &'static str,
    /// Hint of the mitigation steps.
    pub mitigation_steps_hint: &'static str,
    /// Label of the aggravation steps.
    pub aggravation_steps: &'static str,
    /// Hint of the aggravation steps.
    pub aggravation_steps_hint: &'static str,
    /// Heading of the sanction table.
    pub sanction_table_heading: &'static str,
    /// Hint under the sanction table heading.
    pub sanction_table_hint: &'static str,
    /// Sanction table column: the Art. 6 act.
    pub col_act: &'static str,
    /// Sanction table column: the suggested Art. 11 kind.
    pub col_sanction: &'static str,
}

/// A reading with two answers.
#[derive(Debug)]
pub struct TwoWayText {
    /// The question (radio group legend).
    pub question: &'static str,
    /// The provisions in question, after the question.
    pub provisions: &'static str,
    /// What “yes” means.
    pub yes: &'static str,
    /// What “no” means.
    pub no: &'static str,
}
