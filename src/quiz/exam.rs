//! The timed exam: N questions drawn by a seed, a pass mark, a time limit enforced against timestamps passed in,
//! and a result with a per-article breakdown.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::feedback::AnswerError;
use super::question::{Question, QuestionId};
use super::rng::Rng;
use super::scenario::Scenario;
use super::topic::Topic;
use super::variants;
use crate::law::Cite;
use crate::rules::Readings;

/// The most questions one exam draws, whatever the configuration asks.
pub const MAX_EXAM_QUESTIONS: usize = 200;

/// How an exam is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExamConfig {
    /// The topic questions are drawn from.
    pub topic: Topic,
    /// How many questions (at most [`MAX_EXAM_QUESTIONS`]; fewer if the topic has fewer questions).
    pub question_count: usize,
    /// The pass mark, in percent of questions right (0–100).
    pub pass_percent: u8,
    /// The time limit, in seconds.
    pub time_limit_seconds: u32,
    /// The share of questions drawn from generated variants, in percent (0–100).
    pub variant_percent: u8,
}

impl Default for ExamConfig {
    fn default() -> Self {
        ExamConfig {
            topic: Topic::All,
            question_count: 20,
            pass_percent: 80,
            time_limit_seconds: 30 * 60,
            variant_percent: 30,
        }
    }
}

/// Why an exam answer is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExamError {
    /// The time limit has passed; the answer does not count.
    TimeUp,
    /// No question has this index.
    NoSuchQuestion(usize),
    /// The submission is not a valid answer.
    Invalid(AnswerError),
}

impl fmt::Display for ExamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExamError::TimeUp => f.write_str("考试时间已到，本次作答不计分"),
            ExamError::NoSuchQuestion(index) => write!(f, "没有第{}题", index + 1),
            ExamError::Invalid(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for ExamError {}

/// An exam in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exam {
    config: ExamConfig,
    seed: u64,
    started_at: DateTime<Utc>,
    questions: Vec<Question>,
    answers: Vec<Option<Vec<String>>>,
}

impl Exam {
    /// Draws the questions: about `variant_percent` of them from fresh variants, the rest from the bank, at most one
    /// question per scenario while scenarios last.
    pub(super) fn draw(
        scenarios: &[Scenario],
        rules: &Readings,
        config: ExamConfig,
        seed: u64,
        started_at: DateTime<Utc>,
    ) -> Self {
        let mut rng = Rng::new(seed);
        let wanted = config.question_count.min(MAX_EXAM_QUESTIONS);
        let variant_target = wanted * usize::from(config.variant_percent.min(100)) / 100;
        let mut groups: Vec<Vec<Question>> = Vec::new();
        // Variants first, each a scenario of its own; give up after a bounded number of tries off the topic.
        for _ in 0..variant_target.saturating_mul(4) {
            if groups.len() >= variant_target {
                break;
            }
            let scenario = variants::random(rng.fork());
            let fitting: Vec<Question> =
                Question::all_for(&scenario, rules).into_iter().filter(|q| config.topic.matches(q)).collect();
            if !fitting.is_empty() {
                groups.push(fitting);
            }
        }
        let mut bank: Vec<Vec<Question>> = Vec::new();
        for scenario in scenarios {
            let fitting: Vec<Question> =
                Question::all_for(scenario, rules).into_iter().filter(|q| config.topic.matches(q)).collect();
            if !fitting.is_empty() {
                bank.push(fitting);
            }
        }
        rng.shuffle(&mut bank);
        groups.extend(bank);
        for group in &mut groups {
            rng.shuffle(group);
        }
        // Round robin: one question per scenario, then a second from each, and so on.
        let mut questions = Vec::new();
        let deepest = groups.iter().map(Vec::len).max().unwrap_or(0);
        'rounds: for round in 0..deepest {
            for group in &groups {
                if questions.len() >= wanted {
                    break 'rounds;
                }
                if let Some(question) = group.get(round) {
                    questions.push(question.clone());
                }
            }
        }
        let answers = vec![None; questions.len()];
        Exam { config, seed, started_at, questions, answers }
    }

    /// The configuration.
    pub fn config(&self) -> &ExamConfig {
        &self.config
    }

    /// The questions, in exam order.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The answer given so far to question `index`.
    pub fn answer_to(&self, index: usize) -> Option<&[String]> {
        self.answers.get(index).and_then(|a| a.as_deref())
    }

    /// When the exam started.
    pub fn started_at(&self) -> DateTime<Utc> {
        self.started_at
    }

    /// When time runs out.
    pub fn deadline(&self) -> DateTime<Utc> {
        self.started_at + Duration::seconds(i64::from(self.config.time_limit_seconds))
    }

    /// Whole seconds left at `now` (0 once time is up).
    pub fn remaining_seconds(&self, now: DateTime<Utc>) -> i64 {
        (self.deadline() - now).num_seconds().max(0)
    }

    /// Whether time is up at `now`.
    pub fn is_over(&self, now: DateTime<Utc>) -> bool {
        now > self.deadline()
    }

    /// Records (or replaces) the answer to question `index`, given at `at`; refused once time is up.
    pub fn answer(&mut self, index: usize, chosen: &[String], at: DateTime<Utc>) -> Result<(), ExamError> {
        if self.is_over(at) {
            return Err(ExamError::TimeUp);
        }
        let question = self.questions.get(index).ok_or(ExamError::NoSuchQuestion(index))?;
        let keys = question.validate(chosen).map_err(ExamError::Invalid)?;
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = Some(keys);
        }
        Ok(())
    }

    /// Scores the exam as finished at `at`. Unanswered questions count as wrong; answers were only accepted before
    /// the deadline, so a late finish loses nothing already answered.
    pub fn finish(&self, at: DateTime<Utc>) -> ExamResult {
        let graded: Vec<GradedAnswer> = self
            .questions
            .iter()
            .zip(&self.answers)
            .map(|(question, answer)| {
                let chosen = answer.clone().unwrap_or_default();
                GradedAnswer {
                    question_id: question.id.clone(),
                    correct: answer.is_some() && question.is_right(&chosen),
                    chosen,
                    articles: question.articles(),
                }
            })
            .collect();
        let total = u32::try_from(graded.len()).unwrap_or(u32::MAX);
        let correct = u32::try_from(graded.iter().filter(|g| g.correct).count()).unwrap_or(u32::MAX);
        let score_percent = percent(correct, total);
        ExamResult {
            seed: self.seed,
            started_at: self.started_at,
            finished_at: at,
            time_limit_seconds: self.config.time_limit_seconds,
            timed_out: self.is_over(at),
            total,
            correct,
            score_percent,
            pass_percent: self.config.pass_percent.min(100),
            passed: total > 0 && score_percent >= self.config.pass_percent.min(100),
            per_article: breakdown(&graded),
            answers: graded,
        }
    }
}

/// `part` of `whole` in percent, rounded half up; 0 for an empty whole.
fn percent(part: u32, whole: u32) -> u8 {
    if whole == 0 {
        return 0;
    }
    let value = (u64::from(part) * 200 + u64::from(whole)) / (2 * u64::from(whole));
    u8::try_from(value.min(100)).unwrap_or(100)
}

/// Per article: how many questions touched it and how many of those were right.
fn breakdown(answers: &[GradedAnswer]) -> Vec<ArticleScore> {
    let mut by_article: BTreeMap<Cite, (u32, u32)> = BTreeMap::new();
    for answer in answers {
        for article in &answer.articles {
            let entry = by_article.entry(*article).or_default();
            entry.0 += 1;
            entry.1 += u32::from(answer.correct);
        }
    }
    by_article
        .into_iter()
        .map(|(article, (asked, correct))| ArticleScore {
            article,
            label: article.label(),
            asked,
            correct,
            percent: percent(correct, asked),
        })
        .collect()
}

/// The result of an exam, kept in the trainee's progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExamResult {
    /// The seed the exam was drawn with.
    pub seed: u64,
    /// Start time.
    pub started_at: DateTime<Utc>,
    /// Finish time.
    pub finished_at: DateTime<Utc>,
    /// The time limit, in seconds.
    pub time_limit_seconds: u32,
    /// Whether it was finished after the time limit.
    pub timed_out: bool,
    /// Number of questions.
    pub total: u32,
    /// Number answered right.
    pub correct: u32,
    /// Score in percent, rounded half up.
    pub score_percent: u8,
    /// The pass mark, in percent.
    pub pass_percent: u8,
    /// Whether the score reached the pass mark.
    pub passed: bool,
    /// Per-article breakdown, in citation order.
    pub per_article: Vec<ArticleScore>,
    /// Each question's answer.
    pub answers: Vec<GradedAnswer>,
}

/// One graded exam answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradedAnswer {
    /// The question.
    pub question_id: QuestionId,
    /// The keys chosen (empty if unanswered).
    pub chosen: Vec<String>,
    /// Whether it was right.
    pub correct: bool,
    /// The articles the question is about.
    pub articles: Vec<Cite>,
}

/// One article's line in the breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleScore {
    /// The article.
    pub article: Cite,
    /// Its Chinese label.
    pub label: String,
    /// Questions touching it.
    pub asked: u32,
    /// Of those, answered right.
    pub correct: u32,
    /// `correct` of `asked` in percent.
    pub percent: u8,
}
