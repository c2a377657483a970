//! An exam as the exam page holds it: the pure [`Exam`], the trainee's current selection on each question, where
//! they are, and the result once handed in.

use chrono::{DateTime, Utc};

use crate::quiz::{Exam, ExamConfig, ExamError, ExamResult, Question, Quiz};

/// An exam being taken or already handed in.
#[derive(Debug, Clone, PartialEq)]
pub struct ExamRun {
    exam: Exam,
    seed: u64,
    /// Each question's current selection and when it was made (None: unanswered).
    answers: Vec<Option<(Vec<String>, DateTime<Utc>)>>,
    /// The question shown.
    pub position: usize,
    /// The result, once handed in (or time ran out).
    pub result: Option<ExamResult>,
}

impl ExamRun {
    /// Draws the exam for `seed` and starts the clock at `now`.
    pub fn start(quiz: &Quiz, config: ExamConfig, seed: u64, now: DateTime<Utc>) -> Self {
        let exam = quiz.exam(config, seed, now);
        let answers = vec![None; exam.questions().len()];
        ExamRun { exam, seed, answers, position: 0, result: None }
    }

    /// The exam.
    pub fn exam(&self) -> &Exam {
        &self.exam
    }

    /// The seed the exam was drawn with (the same seed and configuration give the same paper).
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The question shown.
    pub fn current(&self) -> Option<&Question> {
        self.exam.questions().get(self.position)
    }

    /// The selection on question `index` (empty if unanswered).
    pub fn selection(&self, index: usize) -> Vec<String> {
        self.answers.get(index).and_then(|a| a.as_ref()).map(|(keys, _)| keys.clone()).unwrap_or_default()
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Records the selection on question `index`, made at `at`. An empty selection withdraws the answer: the
    /// exam is drawn again from its seed and every other answer replayed at the time it was given.
    pub fn select(
        &mut self,
        quiz: &Quiz,
        index: usize,
        chosen: Vec<String>,
        at: DateTime<Utc>,
    ) -> Result<(), ExamError> {
        if self.result.is_some() {
            return Err(ExamError::TimeUp);
        }
        if chosen.is_empty() {
            if self.exam.is_over(at) {
                return Err(ExamError::TimeUp);
            }
            let slot = self.answers.get_mut(index).ok_or(ExamError::NoSuchQuestion(index))?;
            *slot = None;
            let mut exam = quiz.exam(*self.exam.config(), self.seed, self.exam.started_at());
            for (other, answer) in self.answers.iter().enumerate() {
                if let Some((keys, given_at)) = answer {
                    exam.answer(other, keys, *given_at)?;
                }
            }
            self.exam = exam;
            return Ok(());
        }
        self.exam.answer(index, &chosen, at)?;
        if let Some(slot) = self.answers.get_mut(index) {
            *slot = Some((chosen, at));
        }
        Ok(())
    }

    /// Hands the exam in at `at` and keeps the result.
    pub fn finish(&mut self, at: DateTime<Utc>) -> ExamResult {
        let result = self.exam.finish(at);
        self.result = Some(result.clone());
        result
    }
}

/// `m:ss` (or `h:mm:ss`) for a number of seconds.
pub fn clock_text(seconds: i64) -> String {
    let seconds = seconds.max(0);
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m:02}:{s:02}") }
}
