//! Grading and feedback: right or wrong, the article text, the engine's reasoning, and one line per option on why
//! it is right or wrong, every line derived from the engine.

use std::fmt;

use serde::Serialize;

use super::ask::{Ask, Choice, action_kind_of, case_action_of};
use super::counterfactual::{Counterfactual, FactChange, smallest_changes};
use super::question::{AnswerFormat, Question, QuestionId};
use crate::law::{Cite, quote};
use crate::rules::Step;
use crate::rules::{Outcome, distinct_cites};

/// What the UI renders after an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Feedback {
    /// The question.
    pub question_id: QuestionId,
    /// Whether the answer was exactly right.
    pub correct: bool,
    /// The keys chosen, as submitted (sorted, without repeats).
    pub chosen: Vec<String>,
    /// The right keys, in option order.
    pub right_keys: Vec<String>,
    /// One line: 回答正确 / 回答错误，正确答案是….
    pub headline: String,
    /// The engine's conclusion in one line.
    pub conclusion: String,
    /// Every option with whether it was chosen, whether it is right, and why.
    pub options: Vec<OptionFeedback>,
    /// The article text behind the answer (from [`crate::law::quote`]).
    pub quotes: Vec<Quote>,
    /// The engine's step-by-step reasoning.
    pub steps: Vec<Step>,
}

/// One option in the feedback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OptionFeedback {
    /// The option's key.
    pub key: String,
    /// The option's label.
    pub label: String,
    /// Whether the trainee chose it.
    pub chosen: bool,
    /// Whether it is a right option.
    pub right: bool,
    /// Why it is right, or why it is wrong, in one line.
    pub note: String,
    /// For a wrong option, the change of facts the note names (one or two facts; empty when no such change makes
    /// it right and the note gives the engine's reasons instead).
    pub changes: Vec<FactChange>,
}

/// A quoted provision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The citation.
    pub cite: Cite,
    /// Its Chinese label, e.g. `《干预插手记录通报追究制度》第十条第（五）项`.
    pub label: String,
    /// The text.
    pub text: String,
}

/// Why a submission cannot be graded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// Nothing was chosen.
    Empty,
    /// A key that is not one of the options.
    UnknownOption(String),
    /// Several options chosen for a single-choice question.
    SeveralForSingleChoice,
    /// There is no question to answer (a practice session that is over).
    NoQuestion,
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::Empty => f.write_str("请先选择答案"),
            AnswerError::UnknownOption(key) => write!(f, "无效的选项：{key}"),
            AnswerError::SeveralForSingleChoice => f.write_str("本题为单选题，只能选择一项"),
            AnswerError::NoQuestion => f.write_str("练习已结束，没有待答的题目"),
        }
    }
}

impl std::error::Error for AnswerError {}

impl Question {
    /// Grades an answer (the chosen option keys) and explains it.
    pub fn grade(&self, chosen: &[String]) -> Result<Feedback, AnswerError> {
        let chosen = self.validate(chosen)?;
        Ok(self.feedback(chosen))
    }

    /// The feedback with nothing chosen: the answer and its explanation, e.g. for an exam question left unanswered.
    pub fn solution(&self) -> Feedback {
        self.feedback(Vec::new())
    }

    /// The chosen keys, sorted and without repeats, if they form a valid submission.
    pub fn validate(&self, chosen: &[String]) -> Result<Vec<String>, AnswerError> {
        let mut keys: Vec<String> = chosen.to_vec();
        keys.sort_unstable();
        keys.dedup();
        if keys.is_empty() {
            return Err(AnswerError::Empty);
        }
        if let Some(unknown) = keys.iter().find(|k| !self.options.iter().any(|o| &o.key == *k)) {
            return Err(AnswerError::UnknownOption(unknown.clone()));
        }
        if self.format == AnswerFormat::Single && keys.len() > 1 {
            return Err(AnswerError::SeveralForSingleChoice);
        }
        Ok(keys)
    }

    fn feedback(&self, chosen: Vec<String>) -> Feedback {
        let correct = self.is_right(&chosen);
        let right_labels: Vec<&str> =
            self.choices.iter().filter(|c| self.right.contains(&c.key)).map(|c| c.label.as_str()).collect();
        let headline = if correct {
            "回答正确".to_string()
        } else if chosen.is_empty() {
            format!("未作答。正确答案：{}", right_labels.join("；"))
        } else {
            format!("回答错误。正确答案：{}", right_labels.join("；"))
        };
        let wrong_notes = self.wrong_option_notes();
        let options = self
            .choices
            .iter()
            .zip(wrong_notes)
            .map(|(choice, (wrong_note, changes))| {
                let right = self.right.contains(&choice.key);
                OptionFeedback {
                    key: choice.key.clone(),
                    label: choice.label.clone(),
                    chosen: chosen.contains(&choice.key),
                    right,
                    note: if right { self.right_note(choice) } else { wrong_note },
                    changes: if right { Vec::new() } else { changes },
                }
            })
            .collect();
        let quotes = self.quotes(&chosen);
        Feedback {
            question_id: self.id.clone(),
            correct,
            right_keys: self.choices.iter().filter(|c| self.right.contains(&c.key)).map(|c| c.key.clone()).collect(),
            chosen,
            headline,
            conclusion: self.outcome.summary(),
            options,
            quotes,
            steps: self.outcome.steps(self.ask.officer()),
        }
    }

    /// Why a right option is right: the engine's action text, or the engine's step that cites the option's
    /// provision (for a verdict, the provisions the question is about), or else the engine's conclusion.
    fn right_note(&self, choice: &Choice) -> String {
        if let (Ask::HandlerActions, Some(kind), Outcome::Contact(a)) =
            (self.ask, action_kind_of(&choice.key), &self.outcome)
        {
            let texts: Vec<&str> =
                a.actions.iter().filter(|action| action.kind == kind).map(|action| action.text.as_str()).collect();
            if !texts.is_empty() {
                return texts.join("；");
            }
        }
        if self.ask == Ask::CaseActions
            && let Some(action) = case_action_of(&choice.key)
        {
            return action.label().to_string();
        }
        let wanted: Vec<Cite> = if self.ask.is_set_of_provisions() { choice.cites.clone() } else { self.cites.clone() };
        let steps = self.outcome.steps(self.ask.officer());
        let citing = |step: &&Step| !step.text.starts_with("结论") && step.cites.iter().any(|c| wanted.contains(c));
        // For a provision, the step that first applies it; for a verdict, the last step reaching it.
        let step =
            if self.ask.is_set_of_provisions() { steps.iter().find(citing) } else { steps.iter().rev().find(citing) };
        step.map_or_else(|| format!("本题答案：{}", self.outcome.summary()), |step| step.text.clone())
    }

    /// For each option (in order), why it would be wrong, and the change of facts the line names: the smallest
    /// change of the scenario (one fact, else two) under which the engine makes it right, with the provisions it
    /// would then rest on; when no such change does, the engine's reasons on these facts.
    fn wrong_option_notes(&self) -> Vec<(String, Vec<FactChange>)> {
        smallest_changes(self.ask, &self.facts, &self.rules, &self.choices, &self.right)
            .into_iter()
            .zip(&self.choices)
            .map(|(found, choice)| match found {
                Some(found) => (self.counterfactual_note(choice, &found), found.changes),
                None => (self.fallback_note(choice), Vec::new()),
            })
            .collect()
    }

    /// Why an option is wrong when no change of one or two facts makes it right: the provision's text against the
    /// engine's conclusion, or the engine's own step that reaches the answer on these facts.
    fn fallback_note(&self, choice: &Choice) -> String {
        let summary = self.outcome.summary();
        if let [cite] = choice.cites.as_slice()
            && cite.item.is_some()
            && self.ask.is_set_of_provisions()
            && let Some(text) = quote(*cite)
        {
            let right: Vec<String> = self
                .choices
                .iter()
                .filter(|c| self.right.contains(&c.key))
                .flat_map(|c| c.cites.iter().map(|cite| cite.short_label()))
                .collect();
            return format!(
                "{}规定“{}”；本案事实不符合该项，本题答案为{}。",
                cite.short_label(),
                trim_marker(&text),
                right.join("、")
            );
        }
        let steps = self.outcome.steps(self.ask.officer());
        let reason = steps
            .iter()
            .rev()
            .find(|step| !step.text.starts_with("结论") && step.cites.iter().any(|c| self.cites.contains(c)));
        match reason {
            Some(step) => format!("按本案事实：{}；所以不是“{}”。", step.text, choice.label),
            None => format!("本题答案为{summary}，不是“{}”。", choice.label),
        }
    }

    /// The provisions to quote: those the question is about, and for provision questions the right options and the
    /// chosen ones; a whole article is left out when one of its items is quoted.
    fn quotes(&self, chosen: &[String]) -> Vec<Quote> {
        let mut cites = self.cites.clone();
        if self.ask.is_set_of_provisions() {
            let shown = |c: &&Choice| self.right.contains(&c.key) || chosen.contains(&c.key);
            cites.extend(self.choices.iter().filter(shown).flat_map(|c| c.cites.clone()));
        }
        let cites = distinct_cites(cites);
        let itemised: Vec<Cite> = cites.iter().filter(|c| c.item.is_some()).map(|c| c.whole_article()).collect();
        cites
            .into_iter()
            .filter(|c| c.item.is_some() || !itemised.contains(c))
            .filter_map(|cite| quote(cite).map(|text| Quote { cite, label: cite.label(), text }))
            .collect()
    }
}

impl Question {
    /// The line for a wrong option made right by a change of facts: what the facts are, what they would have to
    /// be, and the provisions the option would then rest on.
    fn counterfactual_note(&self, choice: &Choice, found: &Counterfactual) -> String {
        let actual: Vec<&str> = found.changes.iter().map(|c| c.actual.as_str()).collect();
        let changed: Vec<&str> = found.changes.iter().map(|c| c.changed.as_str()).collect();
        let itemised: Vec<Cite> = found.cites.iter().filter(|c| c.item.is_some()).map(|c| c.whole_article()).collect();
        let cites: Vec<String> = distinct_cites(found.cites.clone())
            .into_iter()
            .filter(|c| c.item.is_some() || !itemised.contains(c))
            .map(|c| c.short_label())
            .collect();
        let basis = if cites.is_empty() { String::new() } else { format!("（依据{}）", cites.join("、")) };
        let then = if self.ask.is_set_of_actions() {
            format!("才需要“{}”", choice.label)
        } else {
            "则本项才成立".into()
        };
        format!("本案{}；若{}，{then}{basis}。", actual.join("，"), changed.join("，且"))
    }
}

/// An item's text without its printed marker (`（五）` or `4.`) and trailing punctuation.
fn trim_marker(text: &str) -> &str {
    let text = text.trim_end_matches(['；', '。']);
    let marker_end = text.char_indices().take(6).find(|(_, c)| matches!(c, '）' | '.'));
    match marker_end {
        Some((index, c)) => &text[index + c.len_utf8()..],
        None => text,
    }
}
