//! Mistake review with spaced repetition (SM-2). A question answered wrongly enters the deck and comes back on a
//! schedule; the UI persists the deck inside [`super::Progress`].
//!
//! SM-2 (P. A. Woźniak, 1990), as implemented here:
//! - Each answer is graded with a quality `q` from 0 to 5: 5 perfect, 4 right after hesitation, 3 right with
//!   difficulty, 2 wrong but the right answer seemed familiar, 1 wrong, 0 complete blackout. The quiz grades
//!   automatically ([`Quality::of_answer`]): right → 4, wrong but partly right (some right options chosen) → 2,
//!   wrong → 1.
//! - The easiness factor EF starts at 2.5 and after every answer becomes
//!   `EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02))`, never below 1.3. It is kept in thousandths
//!   (`ease_permille`), where the update is exactly `100 − (5 − q) × (80 + (5 − q) × 20)`, so the schedule is
//!   integer arithmetic and identical on every platform.
//! - With `q ≥ 3` the repetition count n rises by one and the interval is I(1) = 1 day, I(2) = 6 days, then
//!   I(n) = I(n − 1) × EF with the EF just updated, rounded to whole days (half up). With `q < 3` the repetitions start again from the
//!   beginning (n = 0, next interval 1 day) and EF is not reset (it has been lowered by the formula above).
//! - The next due date is the review date plus the interval. Intervals are capped at [`MAX_INTERVAL_DAYS`] so
//!   dates stay in range; SM-2's optional same-day re-drill of items graded below 4 is left to the UI.
//! - Only mistakes enter the deck: a right answer to a question not in the deck schedules nothing.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::question::{AnswerFormat, Question, QuestionId};

/// The initial easiness factor, in thousandths (2.5).
pub const INITIAL_EASE_PERMILLE: u16 = 2500;
/// The lowest easiness factor, in thousandths (1.3).
pub const MIN_EASE_PERMILLE: u16 = 1300;
/// The longest interval scheduled, in days (ten years).
pub const MAX_INTERVAL_DAYS: u32 = 3650;

/// An SM-2 quality grade, 0 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Quality(u8);

impl Quality {
    /// The automatic grade of a right answer (4: right, perhaps after hesitation).
    pub const RIGHT: Quality = Quality(4);
    /// The automatic grade of a wrong answer that chose some right options (2).
    pub const PARTLY_RIGHT: Quality = Quality(2);
    /// The automatic grade of a wrong answer (1).
    pub const WRONG: Quality = Quality(1);

    /// The grade, if `value` is 0 to 5.
    pub fn new(value: u8) -> Option<Quality> {
        (value <= 5).then_some(Quality(value))
    }

    /// The grade's value.
    pub fn value(self) -> u8 {
        self.0
    }

    /// Whether SM-2 counts it as a successful recall (q ≥ 3).
    pub fn is_pass(self) -> bool {
        self.0 >= 3
    }

    /// The automatic grade of an answer: right → 4; a wrong multiple-choice answer that chose at least one right
    /// option → 2; otherwise → 1.
    pub fn of_answer(question: &Question, chosen: &[String]) -> Quality {
        if question.is_right(chosen) {
            Quality::RIGHT
        } else if question.format == AnswerFormat::Multiple && chosen.iter().any(|k| question.right.contains(k)) {
            Quality::PARTLY_RIGHT
        } else {
            Quality::WRONG
        }
    }
}

impl TryFrom<u8> for Quality {
    type Error = String;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Quality::new(value).ok_or_else(|| format!("复习评分须为0至5，实为{value}"))
    }
}

impl From<Quality> for u8 {
    fn from(quality: Quality) -> u8 {
        quality.0
    }
}

/// The schedule of one question in the deck.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewState {
    /// The question.
    pub question_id: QuestionId,
    /// Successful reviews in a row (n).
    pub repetitions: u32,
    /// Easiness factor in thousandths (EF × 1000).
    pub ease_permille: u16,
    /// The current interval, in days.
    pub interval_days: u32,
    /// When the question is next due.
    pub due: NaiveDate,
    /// When it was last answered.
    pub last_reviewed: NaiveDate,
    /// How many times it was answered wrongly (q < 3).
    pub lapses: u32,
}

impl ReviewState {
    /// A fresh schedule, as of `today`, before any answer is applied.
    pub fn new(question_id: QuestionId, today: NaiveDate) -> Self {
        ReviewState {
            question_id,
            repetitions: 0,
            ease_permille: INITIAL_EASE_PERMILLE,
            interval_days: 0,
            due: today,
            last_reviewed: today,
            lapses: 0,
        }
    }

    /// Applies one answer graded `quality`, given on `today`.
    pub fn review(&mut self, quality: Quality, today: NaiveDate) {
        let miss = i32::from(5 - quality.value());
        let change = 100 - miss * (80 + miss * 20);
        let ease = (i32::from(self.ease_permille) + change).clamp(i32::from(MIN_EASE_PERMILLE), i32::from(u16::MAX));
        self.ease_permille = u16::try_from(ease).unwrap_or(u16::MAX);
        if quality.is_pass() {
            self.repetitions = self.repetitions.saturating_add(1);
            self.interval_days = match self.repetitions {
                1 => 1,
                2 => 6,
                _ => {
                    let scaled = (u64::from(self.interval_days) * u64::from(self.ease_permille) + 500) / 1000;
                    u32::try_from(scaled).unwrap_or(MAX_INTERVAL_DAYS)
                }
            };
        } else {
            self.repetitions = 0;
            self.lapses = self.lapses.saturating_add(1);
            self.interval_days = 1;
        }
        self.interval_days = self.interval_days.clamp(1, MAX_INTERVAL_DAYS);
        self.last_reviewed = today;
        self.due = today.checked_add_days(Days::new(u64::from(self.interval_days))).unwrap_or(NaiveDate::MAX);
    }
}

/// Every question under review, by id.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReviewDeck {
    states: BTreeMap<QuestionId, ReviewState>,
}

impl ReviewDeck {
    /// Records an answer: a question already in the deck is rescheduled; a question not in it enters only when the
    /// answer failed (q < 3). Returns the question's schedule afterwards, if it is in the deck.
    pub fn record(&mut self, id: &QuestionId, quality: Quality, today: NaiveDate) -> Option<&ReviewState> {
        let entering = !self.states.contains_key(id);
        if entering && quality.is_pass() {
            return None;
        }
        let state = self.states.entry(id.clone()).or_insert_with(|| ReviewState::new(id.clone(), today));
        state.review(quality, today);
        if entering {
            // A new mistake is due for its first review at once (the same day), e.g. right after a failed exam;
            // a mistake made again in review comes back the next day, as SM-2 schedules it.
            state.due = today;
        }
        Some(state)
    }

    /// The schedules due on `today` or earlier, most overdue first (ties by id).
    pub fn due(&self, today: NaiveDate) -> Vec<&ReviewState> {
        let mut due: Vec<&ReviewState> = self.states.values().filter(|s| s.due <= today).collect();
        due.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.question_id.cmp(&b.question_id)));
        due
    }

    /// The schedule of one question.
    pub fn get(&self, id: &QuestionId) -> Option<&ReviewState> {
        self.states.get(id)
    }

    /// Every schedule, by id.
    pub fn states(&self) -> impl Iterator<Item = &ReviewState> {
        self.states.values()
    }

    /// Every schedule with the key it is stored under (equal to its `question_id` unless the data was tampered with).
    pub fn entries(&self) -> impl Iterator<Item = (&QuestionId, &ReviewState)> {
        self.states.iter()
    }

    /// How many questions are in the deck.
    pub fn len(&self) -> usize {
        self.states.len()
    }

    /// Whether the deck is empty.
    pub fn is_empty(&self) -> bool {
        self.states.is_empty()
    }

    /// Takes a question out of the deck (e.g. the trainee marks it as learnt).
    pub fn remove(&mut self, id: &QuestionId) -> Option<ReviewState> {
        self.states.remove(id)
    }
}
