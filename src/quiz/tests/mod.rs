//! Native tests of the quiz: the bank against the engine, question validity, variants, exams, SM-2, progress.

mod bank;
mod exam;
mod progress;
mod properties;
mod questions;
mod review;
mod variants;
mod wrong_options;

use super::*;
use crate::rules::{Case, Outcome, Readings, run};

/// The quiz under the default readings.
fn quiz() -> Quiz {
    Quiz::new(Readings::default())
}

/// Every bank question.
fn bank_questions() -> Vec<Question> {
    quiz().questions(Topic::All)
}

/// Checks the structural promises a question makes to the UI; returns what is wrong, if anything.
fn question_problems(question: &Question) -> Vec<String> {
    let mut problems = Vec::new();
    let id = &question.id;
    if question.options.len() < 2 {
        problems.push(format!("{id}: fewer than two options"));
    }
    let mut keys: Vec<&str> = question.options.iter().map(|o| o.key.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    if keys.len() != question.options.len() {
        problems.push(format!("{id}: duplicate option keys"));
    }
    if question.options.iter().any(|o| o.key.trim().is_empty() || o.label.trim().is_empty()) {
        problems.push(format!("{id}: empty option key or label"));
    }
    let mut labels: Vec<&str> = question.options.iter().map(|o| o.label.as_str()).collect();
    labels.sort_unstable();
    labels.dedup();
    if labels.len() != question.options.len() {
        problems.push(format!("{id}: duplicate option labels"));
    }
    match question.format {
        AnswerFormat::Single if question.right_count() != 1 => {
            problems.push(format!("{id}: single choice with {} right options", question.right_count()))
        }
        AnswerFormat::Multiple if question.right_count() == 0 => {
            problems.push(format!("{id}: multiple choice with no right option"))
        }
        _ => {}
    }
    if question.prompt.is_empty() || question.situation.is_empty() || question.title.is_empty() {
        problems.push(format!("{id}: empty prompt, situation or title"));
    }
    if question.cites.is_empty() {
        problems.push(format!("{id}: no provision"));
    }
    let solution = question.solution();
    if solution.steps.is_empty() || solution.steps.iter().any(|s| s.text.is_empty()) {
        problems.push(format!("{id}: empty explanation"));
    }
    if solution.quotes.is_empty() {
        problems.push(format!("{id}: nothing quoted"));
    }
    if solution.right_keys.len() != question.right_count() {
        problems.push(format!("{id}: feedback lists {} right keys", solution.right_keys.len()));
    }
    if solution.options.iter().any(|o| o.note.trim().is_empty()) {
        problems.push(format!("{id}: an option without a note"));
    }
    if question.parts_ok().is_none() {
        problems.push(format!("{id}: id does not parse"));
    }
    problems
}

impl Question {
    /// The parsed id, for the checks above.
    fn parts_ok(&self) -> Option<(&str, Ask)> {
        self.id.parts()
    }
}
