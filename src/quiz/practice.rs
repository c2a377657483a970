//! Practice by topic: every bank question on the topic plus a few generated variants, shuffled by a seed, graded
//! one at a time with full feedback.

use super::feedback::{AnswerError, Feedback};
use super::question::Question;
use super::rng::Rng;
use super::topic::Topic;
use super::variants;
use crate::rules::Readings;

/// How many variant scenarios a practice session tries to mix in (those off the topic are dropped).
pub const VARIANTS_PER_PRACTICE: usize = 12;

/// A practice session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Practice {
    topic: Topic,
    questions: Vec<Question>,
    position: usize,
    answered: usize,
    right: usize,
}

impl Practice {
    /// The session on `topic` for this seed: the bank's `questions` on the topic and a few variants under `rules`.
    pub fn new(mut questions: Vec<Question>, rules: &Readings, topic: Topic, seed: u64) -> Self {
        let mut rng = Rng::new(seed);
        for _ in 0..VARIANTS_PER_PRACTICE {
            let scenario = variants::random(rng.fork());
            let fitting: Vec<Question> =
                Question::all_for(&scenario, rules).into_iter().filter(|q| topic.matches(q)).collect();
            if let Some(question) = rng.pick(&fitting) {
                questions.push(question.clone());
            }
        }
        rng.shuffle(&mut questions);
        Practice { topic, questions, position: 0, answered: 0, right: 0 }
    }

    /// The topic.
    pub fn topic(&self) -> Topic {
        self.topic
    }

    /// How many questions the session has.
    pub fn len(&self) -> usize {
        self.questions.len()
    }

    /// Whether the session has no question (a topic with no questions).
    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// The index of the current question.
    pub fn position(&self) -> usize {
        self.position
    }

    /// The current question, or `None` when the session is over.
    pub fn current(&self) -> Option<&Question> {
        self.questions.get(self.position)
    }

    /// Grades an answer to the current question and counts it; call [`Practice::advance`] to move on.
    pub fn submit(&mut self, chosen: &[String]) -> Result<Feedback, AnswerError> {
        let question = self.current().ok_or(AnswerError::NoQuestion)?;
        let feedback = question.grade(chosen)?;
        self.answered += 1;
        if feedback.correct {
            self.right += 1;
        }
        Ok(feedback)
    }

    /// Moves to the next question and returns it (`None` at the end).
    pub fn advance(&mut self) -> Option<&Question> {
        self.position = (self.position + 1).min(self.questions.len());
        self.current()
    }

    /// (answered, right) so far.
    pub fn score(&self) -> (usize, usize) {
        (self.answered, self.right)
    }
}
