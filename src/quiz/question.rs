//! Questions as the UI shows them: a situation, a prompt, options with stable keys. The answer key stays inside;
//! the UI learns it only through [`Question::grade`].

use std::fmt;

use serde::{Deserialize, Serialize};

use super::ask::{Ask, Choice};
use super::rng::hash_str;
use super::scenario::{Scenario, Source};
use crate::law::Cite;
use crate::rules::{Case, Outcome, Readings, run};

/// A question's stable id: `<scenario id>/<ask key>`, e.g. `r2-a10-05/article10` or `v-contact-17/verdict`.
/// Persisted in progress and review schedules; [`super::Quiz::question`] rebuilds the question from it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct QuestionId(pub String);

impl QuestionId {
    /// The id of this ask about this scenario.
    pub fn new(scenario_id: &str, ask: Ask) -> Self {
        QuestionId(format!("{scenario_id}/{}", ask.key()))
    }

    /// The scenario id and the ask, if the id is well formed.
    pub fn parts(&self) -> Option<(&str, Ask)> {
        let (scenario, ask) = self.0.rsplit_once('/')?;
        if scenario.is_empty() {
            return None;
        }
        Some((scenario, Ask::from_key(ask)?))
    }
}

impl fmt::Display for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Single or multiple choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerFormat {
    /// Exactly one option is right; choose one.
    Single,
    /// One or more options are right; choose all and only those.
    Multiple,
}

impl AnswerFormat {
    /// Chinese label for the question header.
    pub fn label(self) -> &'static str {
        match self {
            AnswerFormat::Single => "单选",
            AnswerFormat::Multiple => "多选（选出全部正确项，多选、漏选均不得分）",
        }
    }
}

/// One option as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuizOption {
    /// Stable key, submitted back in [`Question::grade`].
    pub key: String,
    /// The label shown.
    pub label: String,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// Stable id.
    pub id: QuestionId,
    /// The scenario's id.
    pub scenario_id: String,
    /// The scenario's title.
    pub title: String,
    /// The situation, in Chinese.
    pub situation: String,
    /// The question text.
    pub prompt: String,
    /// Single or multiple choice.
    pub format: AnswerFormat,
    /// The options, in display order.
    pub options: Vec<QuizOption>,
    /// Whether the scenario is a flagged near miss.
    pub near_miss: bool,
    /// Bank or variant.
    pub source: Source,
    /// 1 (R1) or 2 (R2).
    pub regulation: u8,
    /// The provisions the question is about (from the engine's answer), for practice by article and breakdowns.
    pub cites: Vec<Cite>,
    pub(super) ask: Ask,
    pub(super) choices: Vec<Choice>,
    pub(super) facts: Case,
    pub(super) rules: Readings,
    pub(super) outcome: Outcome,
    pub(super) right: Vec<String>,
}

impl Question {
    /// Every question the scenario supports under these readings, in display order.
    pub fn all_for(scenario: &Scenario, rules: &Readings) -> Vec<Question> {
        let outcome = run(&scenario.facts, rules);
        Ask::candidates(&scenario.facts)
            .into_iter()
            .filter_map(|ask| Question::build(scenario, ask, rules, &outcome))
            .collect()
    }

    /// The question `ask` about the scenario, if the ask fits the engine's outcome.
    pub fn for_ask(scenario: &Scenario, ask: Ask, rules: &Readings) -> Option<Question> {
        Question::build(scenario, ask, rules, &run(&scenario.facts, rules))
    }

    fn build(scenario: &Scenario, ask: Ask, rules: &Readings, outcome: &Outcome) -> Option<Question> {
        let right = ask.right_keys(&scenario.facts, outcome)?;
        let choices = ask.choices();
        if right.is_empty() || !right.iter().all(|key| choices.iter().any(|c| &c.key == key)) {
            return None;
        }
        let id = QuestionId::new(&scenario.id, ask);
        let format = if ask.is_set_of_actions() || (ask.is_set_of_provisions() && right.len() > 1) {
            AnswerFormat::Multiple
        } else if ask.is_set_of_provisions() && hash_str(&id.0).is_multiple_of(2) {
            // One provision holds: asked as multiple choice for about half the scenarios, so that a multiple-choice
            // question does not tell the trainee that several hold.
            AnswerFormat::Multiple
        } else {
            AnswerFormat::Single
        };
        Some(Question {
            id,
            scenario_id: scenario.id.clone(),
            title: scenario.title.clone(),
            situation: scenario.prose.clone(),
            prompt: ask.prompt(&scenario.facts),
            format,
            options: choices.iter().map(|c| QuizOption { key: c.key.clone(), label: c.label.clone() }).collect(),
            near_miss: scenario.near_miss,
            source: scenario.source,
            regulation: scenario.facts.regulation(),
            cites: ask.topic_cites(outcome),
            ask,
            choices,
            facts: scenario.facts.clone(),
            rules: rules.clone(),
            outcome: outcome.clone(),
            right,
        })
    }

    /// The articles the question is about (item citations reduced to their article), without repeats.
    pub fn articles(&self) -> Vec<Cite> {
        let mut articles: Vec<Cite> = Vec::new();
        for cite in &self.cites {
            let article = cite.whole_article();
            if !articles.contains(&article) {
                articles.push(article);
            }
        }
        articles
    }

    /// Whether these chosen keys are exactly the right ones (order and repeats ignored; unknown keys make it wrong).
    pub fn is_right(&self, chosen: &[String]) -> bool {
        let mut chosen: Vec<&String> = chosen.iter().collect();
        chosen.sort_unstable();
        chosen.dedup();
        let mut right: Vec<&String> = self.right.iter().collect();
        right.sort_unstable();
        chosen == right
    }

    /// How many options are right (1 for single choice).
    pub fn right_count(&self) -> usize {
        self.right.len()
    }

    /// The engine's outcome for the scenario, for displays that want more than the feedback.
    pub fn outcome(&self) -> &Outcome {
        &self.outcome
    }
}
