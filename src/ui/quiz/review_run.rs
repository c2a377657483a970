//! A mistake-review session: the questions due when it started, one at a time, each answer rescheduled by SM-2.

use crate::quiz::{Feedback, Question};

/// The questions due for review when the session started, where the trainee is, and the score.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewRun {
    questions: Vec<Question>,
    position: usize,
    /// The feedback on the current question, once it is answered.
    pub feedback: Option<Feedback>,
    answered: usize,
    right: usize,
}

impl ReviewRun {
    /// A session over these due questions.
    pub fn new(questions: Vec<Question>) -> Self {
        ReviewRun { questions, position: 0, feedback: None, answered: 0, right: 0 }
    }

    /// The question to answer, or `None` when the session is over.
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.position)
    }

    /// The index of the current question.
    pub fn position(&self) -> usize {
        self.position
    }

    /// How many questions the session has.
    pub fn total(&self) -> usize {
        self.questions.len()
    }

    /// Keeps the feedback on the current question and counts it.
    pub fn answered_with(&mut self, feedback: Feedback) {
        self.answered += 1;
        self.right += usize::from(feedback.correct);
        self.feedback = Some(feedback);
    }

    /// Moves to the next question.
    pub fn advance(&mut self) {
        self.position = (self.position + 1).min(self.questions.len());
        self.feedback = None;
    }

    /// (answered, right) so far.
    pub fn score(&self) -> (usize, usize) {
        (self.answered, self.right)
    }
}
