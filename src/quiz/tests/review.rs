//! SM-2: quality grades, the EF update, intervals 1, 6, then × EF, resets on failure, due dates.

use chrono::NaiveDate;

use super::*;

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 1).unwrap() + chrono::Days::new(u64::from(d))
}

fn id(text: &str) -> QuestionId {
    QuestionId(text.to_string())
}

fn q(value: u8) -> Quality {
    Quality::new(value).unwrap()
}

#[test]
fn ease_changes_by_the_sm2_table() {
    // EF' = EF + (0.1 − (5 − q)(0.08 + (5 − q)0.02)): +0.10, 0, −0.14, −0.32, −0.54, −0.80.
    for (grade, expected) in [(5, 2600), (4, 2500), (3, 2360), (2, 2180), (1, 1960), (0, 1700)] {
        let mut state = ReviewState::new(id("x/verdict"), day(0));
        state.review(q(grade), day(0));
        assert_eq!(state.ease_permille, expected, "q = {grade}");
    }
    let mut state = ReviewState::new(id("x/verdict"), day(0));
    for _ in 0..10 {
        state.review(q(0), day(0));
    }
    assert_eq!(state.ease_permille, 1300, "EF never falls below 1.3");
    assert!(Quality::new(6).is_none());
}

#[test]
fn intervals_are_one_six_then_times_ease() {
    let mut state = ReviewState::new(id("x/verdict"), day(0));
    state.review(q(4), day(0));
    assert_eq!((state.repetitions, state.interval_days, state.due), (1, 1, day(1)));
    state.review(q(4), day(1));
    assert_eq!((state.repetitions, state.interval_days, state.due), (2, 6, day(7)));
    state.review(q(4), day(7));
    assert_eq!((state.interval_days, state.due), (15, day(22)), "6 × 2.5 = 15");
    state.review(q(5), day(22));
    assert_eq!(state.ease_permille, 2600);
    assert_eq!(state.interval_days, 39, "15 × 2.6 = 39");
    state.review(q(3), day(61));
    assert_eq!(state.ease_permille, 2460);
    assert_eq!(state.interval_days, 96, "39 × 2.46 = 95.94 → 96");
}

#[test]
fn a_failure_restarts_the_repetitions_and_keeps_the_lowered_ease() {
    let mut state = ReviewState::new(id("x/verdict"), day(0));
    for d in [0, 1, 7] {
        state.review(q(4), day(d));
    }
    assert_eq!(state.repetitions, 3);
    state.review(q(1), day(22));
    assert_eq!((state.repetitions, state.interval_days, state.due, state.lapses), (0, 1, day(23), 1));
    assert_eq!(state.ease_permille, 1960);
    state.review(q(4), day(23));
    assert_eq!((state.repetitions, state.interval_days), (1, 1));
    state.review(q(4), day(24));
    assert_eq!((state.repetitions, state.interval_days), (2, 6));
}

#[test]
fn intervals_are_capped() {
    let mut state = ReviewState::new(id("x/verdict"), day(0));
    for _ in 0..40 {
        let today = state.due;
        state.review(q(5), today);
    }
    assert_eq!(state.interval_days, 3650);
}

#[test]
fn only_mistakes_enter_the_deck_and_come_back_when_due() {
    let mut deck = ReviewDeck::default();
    assert!(deck.record(&id("a/verdict"), q(4), day(0)).is_none(), "a right answer schedules nothing new");
    assert!(deck.is_empty());
    deck.record(&id("b/verdict"), q(1), day(0));
    deck.record(&id("a/verdict"), q(2), day(2));
    assert_eq!(deck.len(), 2);
    let today: Vec<&str> = deck.due(day(0)).iter().map(|s| s.question_id.0.as_str()).collect();
    assert_eq!(today, ["b/verdict"], "a new mistake is due the same day");
    let due: Vec<&str> = deck.due(day(3)).iter().map(|s| s.question_id.0.as_str()).collect();
    assert_eq!(due, ["b/verdict", "a/verdict"], "most overdue first");
    let state = deck.record(&id("b/verdict"), q(4), day(3)).unwrap();
    assert_eq!(state.due, day(4));
    let again = deck.record(&id("a/verdict"), q(1), day(3)).unwrap();
    assert_eq!(again.due, day(4), "a mistake made again in review comes back the next day");
    assert!(deck.remove(&id("a/verdict")).is_some());
    assert_eq!(deck.len(), 1);
}

#[test]
fn automatic_grades_follow_the_answer() {
    let quiz = quiz();
    let multi = quiz.question(&QuestionId("r2-10-19/article10".into())).unwrap();
    let s = |k: &[&str]| k.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(Quality::of_answer(&multi, &s(&["R2-10-5", "R2-10-6"])), Quality::RIGHT);
    assert_eq!(Quality::of_answer(&multi, &s(&["R2-10-5"])), Quality::PARTLY_RIGHT);
    assert_eq!(Quality::of_answer(&multi, &s(&["R2-10-1"])), Quality::WRONG);
    let single = quiz.question(&QuestionId("r2-10-10/interference".into())).unwrap();
    assert_eq!(Quality::of_answer(&single, &s(&["no"])), Quality::WRONG);
}

#[test]
fn wrongly_answered_questions_come_back_through_the_quiz() {
    let quiz = quiz();
    let question = quiz.question(&QuestionId("r2-14-02/verdict".into())).unwrap();
    let mut progress = Progress::new();
    let at = chrono::DateTime::parse_from_rfc3339("2025-03-01T09:00:00Z").unwrap().to_utc();
    let grade = progress.record_answer(&question, &["legitimate".to_string()], at, day(0));
    assert_eq!(grade, Quality::WRONG);
    let due = quiz.due_reviews(&progress, day(0));
    assert_eq!(due.len(), 1, "offered at once, e.g. right after a failed exam");
    assert_eq!(due[0].id, question.id);
    progress.record_answer(&question, &["prohibited".to_string()], at, day(1));
    assert!(quiz.due_reviews(&progress, day(1)).is_empty());
    assert_eq!(quiz.due_reviews(&progress, day(2)).len(), 1);
}
