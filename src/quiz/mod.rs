//! The trainee quiz: classify situations under R1 and R2, with an answer key computed by the rules engine.
//!
//! - [`Quiz`] is what the UI holds: the scenario bank, practice by topic, timed exams, mistake review.
//! - Scenarios ([`Scenario`]) are prose plus the engine [`Case`](crate::rules::Case) they describe, run through
//!   [`crate::rules::run`]; the bank's entries also carry a
//!   trainer's expected answer, which the tests check against the engine, but trainees only ever see the engine's.
//! - [`Question`]s are generated from a scenario and the engine's outcome; [`Question::grade`] gives
//!   [`Feedback`]: the article text, the engine's reasoning and, for each wrong option, why it is wrong, derived
//!   from the smallest change of facts (one fact, else two) under which the engine would make it right.
//! - [`variants`] assembles new scenarios from slots, so trainees cannot pass by memorising.
//! - [`Progress`] is the serde model the UI persists: history, mastery per article, exam results, SM-2 reviews.
//!
//! Everything is pure and deterministic: randomness comes from a seed, time from timestamps passed in.

mod ask;
mod bank;
mod counterfactual;
mod exam;
mod expect;
mod feedback;
mod flips;
mod practice;
mod progress;
mod question;
mod quiz_facade;
mod review;
mod rng;
mod scenario;
mod topic;
pub mod variants;

pub use ask::Ask;
pub use counterfactual::FactChange;
pub use exam::{ArticleScore, Exam, ExamConfig, ExamError, ExamResult, GradedAnswer, MAX_EXAM_QUESTIONS};
pub use expect::{Expect, ExpectOfficer, KeyAnswer};
pub use feedback::{AnswerError, Feedback, OptionFeedback, Quote};
pub use practice::Practice;
pub use progress::{AnswerRecord, ArticleMastery, Progress, ProgressError};
pub use question::{AnswerFormat, Question, QuestionId, QuizOption};
pub use quiz_facade::{Disagreement, Quiz};
pub use review::{Quality, ReviewDeck, ReviewState};
pub use rng::Rng;
pub use scenario::{Scenario, Source};
pub use topic::{Topic, TopicCount};

#[cfg(test)]
mod tests;
