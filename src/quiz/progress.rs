//! The trainee's progress, as the UI persists it (gloo-storage): answer history, mastery per article, exam
//! results and the SM-2 review deck. Export and import go through [`Progress::to_json`] and
//! [`Progress::from_json`], which validates and never panics on corrupt input.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::exam::ExamResult;
use super::question::{Question, QuestionId};
use super::review::{MAX_INTERVAL_DAYS, MIN_EASE_PERMILLE, Quality, ReviewDeck};
use crate::law::{Cite, quote};

/// The format version written by this code.
pub const PROGRESS_VERSION: u32 = 1;
/// The most answers kept in the history; older ones are dropped first.
pub const MAX_HISTORY: usize = 5000;
/// The weight of each older answer relative to the next newer one, in the recent-weighted mastery.
pub const RECENCY_DECAY: f64 = 0.85;

/// One answered question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRecord {
    /// The question (its id carries the scenario, or the variant's template and seed).
    pub question_id: QuestionId,
    /// When it was answered.
    pub at: DateTime<Utc>,
    /// Whether it was right.
    pub correct: bool,
    /// The provisions the question was about.
    pub cites: Vec<Cite>,
}

/// The trainee's progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The format version.
    pub version: u32,
    /// Answers, oldest first.
    pub history: Vec<AnswerRecord>,
    /// Exam results, oldest first.
    pub exams: Vec<ExamResult>,
    /// The mistake-review deck.
    pub reviews: ReviewDeck,
}

impl Default for Progress {
    fn default() -> Self {
        Progress { version: PROGRESS_VERSION, history: Vec::new(), exams: Vec::new(), reviews: ReviewDeck::default() }
    }
}

/// Mastery of one article, for a chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleMastery {
    /// The article.
    pub article: Cite,
    /// Its Chinese label.
    pub label: String,
    /// Answers touching it.
    pub answered: u32,
    /// Of those, right.
    pub right: u32,
    /// Fraction right, newer answers weighing more (each older answer × [`RECENCY_DECAY`]); 0.0 to 1.0.
    pub weighted: f64,
}

/// Why a progress JSON was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressError {
    /// Not valid JSON for the model.
    Malformed(String),
    /// Written by a newer or unknown version.
    UnsupportedVersion(u32),
    /// Valid JSON whose content is inconsistent.
    Invalid(String),
}

impl fmt::Display for ProgressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProgressError::Malformed(detail) => write!(f, "学习进度文件格式错误，无法读取：{detail}"),
            ProgressError::UnsupportedVersion(v) => {
                write!(f, "学习进度文件版本为{v}，本程序只支持版本{PROGRESS_VERSION}")
            }
            ProgressError::Invalid(detail) => write!(f, "学习进度文件内容有误：{detail}"),
        }
    }
}

impl std::error::Error for ProgressError {}

impl Progress {
    /// Empty progress.
    pub fn new() -> Self {
        Self::default()
    }

    /// The share of answers that were right, in whole percent rounded half up; `None` before any answer.
    pub fn accuracy(&self) -> Option<u8> {
        let answered = self.history.len();
        if answered == 0 {
            return None;
        }
        let right = self.history.iter().filter(|r| r.correct).count();
        u8::try_from((right * 200 + answered) / (2 * answered)).ok()
    }

    /// Records a practice or review answer: the history, and the SM-2 deck (a wrong answer enters it; a question in
    /// it is rescheduled). `today` is the trainee's local date, for due dates. Returns the automatic SM-2 grade.
    pub fn record_answer(
        &mut self,
        question: &Question,
        chosen: &[String],
        at: DateTime<Utc>,
        today: NaiveDate,
    ) -> Quality {
        let quality = Quality::of_answer(question, chosen);
        self.push_history(AnswerRecord {
            question_id: question.id.clone(),
            at,
            correct: question.is_right(chosen),
            cites: question.cites.clone(),
        });
        self.reviews.record(&question.id, quality, today);
        quality
    }

    /// Records a finished exam: the result, each answer in the history, and wrong answers in the review deck.
    pub fn record_exam(&mut self, result: ExamResult, today: NaiveDate) {
        for answer in &result.answers {
            self.push_history(AnswerRecord {
                question_id: answer.question_id.clone(),
                at: result.finished_at,
                correct: answer.correct,
                cites: answer.articles.clone(),
            });
            let quality = if answer.correct { Quality::RIGHT } else { Quality::WRONG };
            self.reviews.record(&answer.question_id, quality, today);
        }
        self.exams.push(result);
    }

    fn push_history(&mut self, record: AnswerRecord) {
        self.history.push(record);
        if self.history.len() > MAX_HISTORY {
            let excess = self.history.len() - MAX_HISTORY;
            self.history.drain(..excess);
        }
    }

    /// Mastery per article touched by any answer, in citation order.
    pub fn mastery(&self) -> Vec<ArticleMastery> {
        let mut by_article: BTreeMap<Cite, Vec<bool>> = BTreeMap::new();
        for record in &self.history {
            let mut articles: Vec<Cite> = record.cites.iter().map(|c| c.whole_article()).collect();
            articles.sort_unstable();
            articles.dedup();
            for article in articles {
                by_article.entry(article).or_default().push(record.correct);
            }
        }
        by_article
            .into_iter()
            .map(|(article, results)| {
                let mut weight = 1.0;
                let (mut weighted_right, mut total_weight) = (0.0, 0.0);
                for &correct in results.iter().rev() {
                    total_weight += weight;
                    if correct {
                        weighted_right += weight;
                    }
                    weight *= RECENCY_DECAY;
                }
                ArticleMastery {
                    article,
                    label: article.label(),
                    answered: u32::try_from(results.len()).unwrap_or(u32::MAX),
                    right: u32::try_from(results.iter().filter(|&&r| r).count()).unwrap_or(u32::MAX),
                    weighted: if total_weight > 0.0 { weighted_right / total_weight } else { 0.0 },
                }
            })
            .collect()
    }

    /// The progress as JSON, for storage and export.
    pub fn to_json(&self) -> String {
        // Every map key in the model is a string and every value plain data, so serialisation cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Progress read back from JSON, checked for consistency; a corrupt or foreign file gives a clear error.
    pub fn from_json(text: &str) -> Result<Progress, ProgressError> {
        let version =
            serde_json::from_str::<VersionOnly>(text).map_err(|e| ProgressError::Malformed(e.to_string()))?.version;
        if version != PROGRESS_VERSION {
            return Err(ProgressError::UnsupportedVersion(version));
        }
        let progress: Progress = serde_json::from_str(text).map_err(|e| ProgressError::Malformed(e.to_string()))?;
        progress.validate()?;
        Ok(progress)
    }

    /// Checks what the types cannot: well-formed question ids, citable provisions, consistent exam results and
    /// review schedules.
    pub fn validate(&self) -> Result<(), ProgressError> {
        let invalid = |detail: String| Err(ProgressError::Invalid(detail));
        for (index, record) in self.history.iter().enumerate() {
            if record.question_id.parts().is_none() {
                return invalid(format!("第{}条答题记录的题目编号“{}”无效", index + 1, record.question_id));
            }
            if let Some(cite) = record.cites.iter().find(|c| quote(**c).is_none()) {
                return invalid(format!("第{}条答题记录引用了不存在的条文{cite}", index + 1));
            }
        }
        for (index, exam) in self.exams.iter().enumerate() {
            let n = index + 1;
            let correct = exam.answers.iter().filter(|a| a.correct).count();
            if usize::try_from(exam.total).ok() != Some(exam.answers.len())
                || usize::try_from(exam.correct).ok() != Some(correct)
            {
                return invalid(format!("第{n}次考试的题数或答对数与答题明细不符"));
            }
            if exam.score_percent > 100 || exam.pass_percent > 100 {
                return invalid(format!("第{n}次考试的分数或及格线超过100"));
            }
            if exam.finished_at < exam.started_at {
                return invalid(format!("第{n}次考试的结束时间早于开始时间"));
            }
            if exam.per_article.iter().any(|a| a.correct > a.asked || quote(a.article).is_none()) {
                return invalid(format!("第{n}次考试的分条统计有误"));
            }
            if exam.answers.iter().any(|a| a.question_id.parts().is_none()) {
                return invalid(format!("第{n}次考试含有无效的题目编号"));
            }
        }
        for (key, state) in self.reviews.entries() {
            let id = &state.question_id;
            if key != id {
                return invalid(format!("复习计划中“{key}”的记录属于另一题“{id}”"));
            }
            if id.parts().is_none() {
                return invalid(format!("复习计划中的题目编号“{id}”无效"));
            }
            if state.ease_permille < MIN_EASE_PERMILLE {
                return invalid(format!("题目“{id}”的易度系数低于1.3"));
            }
            if state.interval_days > MAX_INTERVAL_DAYS || state.due < state.last_reviewed {
                return invalid(format!("题目“{id}”的复习间隔或到期日有误"));
            }
        }
        Ok(())
    }
}

/// Just the version, read first so a newer format gets a version error rather than a confusing field error.
#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}
