//! [`Quiz`]: the bank loaded under the bureau's readings, and the entry points the UI calls.

use chrono::{DateTime, NaiveDate, Utc};

use super::bank;
use super::exam::{Exam, ExamConfig};
use super::expect::KeyAnswer;
use super::practice::Practice;
use super::progress::Progress;
use super::question::{Question, QuestionId};
use super::scenario::Scenario;
use super::topic::{Topic, TopicCount};
use super::variants;
use crate::law::Cite;
use crate::rules::{Readings, run};

/// A bank scenario whose trainer expectation differs from the engine's answer under the current readings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    /// The scenario.
    pub scenario_id: String,
    /// Its title.
    pub title: String,
    /// What the trainer expected, in Chinese.
    pub expected: String,
    /// What the engine answers (and trainees are shown), in Chinese.
    pub engine: String,
}

/// The quiz: the scenario bank under the bureau's readings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    rules: Readings,
    scenarios: Vec<Scenario>,
}

impl Quiz {
    /// The bank under these readings (use `Readings::default()` unless the bureau changed them in settings).
    pub fn new(rules: Readings) -> Self {
        Quiz { rules, scenarios: bank::specs().map(|spec| spec.scenario()).collect() }
    }

    /// The readings the answer key is computed under.
    pub fn rules(&self) -> &Readings {
        &self.rules
    }

    /// Every bank scenario, in bank order.
    pub fn scenarios(&self) -> &[Scenario] {
        &self.scenarios
    }

    /// The bank scenarios whose trainer expectation (written for the default readings) differs from the engine's
    /// answer under the current readings: empty under the defaults (a test guarantees it); after the bureau
    /// changes a reading, the list tells trainers which answers changed with it. Trainees always see the engine's.
    pub fn disagreements(&self) -> Vec<Disagreement> {
        bank::specs()
            .filter_map(|spec| {
                let expected = spec.expect.answer();
                let engine = KeyAnswer::of(&run(&spec.facts.facts(), &self.rules));
                (expected != engine).then(|| Disagreement {
                    scenario_id: spec.id.to_string(),
                    title: spec.title.to_string(),
                    expected: expected.describe(),
                    engine: engine.describe(),
                })
            })
            .collect()
    }

    /// A bank scenario or a variant (`v-<template>-<seed>`) by id.
    pub fn scenario(&self, id: &str) -> Option<Scenario> {
        self.scenarios.iter().find(|s| s.id == id).cloned().or_else(|| variants::from_id(id))
    }

    /// Every bank question on the topic, in bank order.
    pub fn questions(&self, topic: Topic) -> Vec<Question> {
        self.scenarios
            .iter()
            .flat_map(|scenario| Question::all_for(scenario, &self.rules))
            .filter(|q| topic.matches(q))
            .collect()
    }

    /// The question with this id (bank or variant), rebuilt from the scenario and the engine.
    pub fn question(&self, id: &QuestionId) -> Option<Question> {
        let (scenario_id, ask) = id.parts()?;
        Question::for_ask(&self.scenario(scenario_id)?, ask, &self.rules)
    }

    /// The topics a trainee can pick: each regulation, then each article with bank questions, with their counts.
    pub fn topics(&self) -> Vec<TopicCount> {
        let questions = self.questions(Topic::All);
        let mut articles: Vec<Cite> = questions.iter().flat_map(Question::articles).collect();
        articles.sort_unstable();
        articles.dedup();
        let topics =
            [Topic::Regulation(1), Topic::Regulation(2)].into_iter().chain(articles.into_iter().map(Topic::Provision));
        topics
            .map(|topic| TopicCount {
                topic,
                label: topic.label(),
                questions: questions.iter().filter(|q| topic.matches(q)).count(),
            })
            .collect()
    }

    /// A practice session on the topic: the bank's questions and a few variants, shuffled by the seed.
    pub fn practice(&self, topic: Topic, seed: u64) -> Practice {
        Practice::new(self.questions(topic), &self.rules, topic, seed)
    }

    /// A timed exam drawn by the seed, starting now (`started_at`, passed in by the UI).
    pub fn exam(&self, config: ExamConfig, seed: u64, started_at: DateTime<Utc>) -> Exam {
        Exam::draw(&self.scenarios, &self.rules, config, seed, started_at)
    }

    /// The questions due for review today, most overdue first (ids that no longer resolve are skipped).
    pub fn due_reviews(&self, progress: &Progress, today: NaiveDate) -> Vec<Question> {
        progress.reviews.due(today).iter().filter_map(|state| self.question(&state.question_id)).collect()
    }
}
