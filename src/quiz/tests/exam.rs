//! The timed exam: drawing, time limit, scoring, pass mark and per-article breakdown.

use chrono::{DateTime, Duration, Utc};

use super::*;
use crate::law::Cite;

fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-06-02T08:00:00Z").unwrap().to_utc()
}

fn config(count: usize) -> ExamConfig {
    ExamConfig { question_count: count, pass_percent: 60, time_limit_seconds: 600, ..ExamConfig::default() }
}

#[test]
fn the_draw_is_deterministic_and_spreads_over_scenarios() {
    let quiz = quiz();
    let exam = quiz.exam(config(20), 7, start());
    assert_eq!(exam.questions().len(), 20);
    let again = quiz.exam(config(20), 7, start());
    let ids = |e: &Exam| e.questions().iter().map(|q| q.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&exam), ids(&again));
    assert_ne!(ids(&exam), ids(&quiz.exam(config(20), 8, start())));
    let mut scenarios: Vec<&str> = exam.questions().iter().map(|q| q.scenario_id.as_str()).collect();
    scenarios.sort_unstable();
    scenarios.dedup();
    assert_eq!(scenarios.len(), 20, "one question per scenario while scenarios last");
    let variants = exam.questions().iter().filter(|q| matches!(q.source, Source::Variant { .. })).count();
    assert_eq!(variants, 6, "30% of 20 from variants");
}

#[test]
fn a_topic_exam_only_asks_about_the_topic() {
    let quiz = quiz();
    let topic = Topic::Provision(Cite::article(1, 5));
    let exam = quiz.exam(ExamConfig { topic, ..config(15) }, 3, start());
    assert_eq!(exam.questions().len(), 15);
    assert!(exam.questions().iter().all(|q| topic.matches(q)));
    // Asking for more questions than the topic has scenarios repeats scenarios, never questions.
    let big = quiz.exam(ExamConfig { topic, variant_percent: 0, ..config(500) }, 3, start());
    let mut ids: Vec<&QuestionId> = big.questions().iter().map(|q| &q.id).collect();
    let total = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), total);
    assert_eq!(total, quiz.questions(topic).len());
}

#[test]
fn scoring_counts_exact_answers_and_breaks_down_by_article() {
    let quiz = quiz();
    let mut exam = quiz.exam(config(10), 21, start());
    let questions: Vec<Question> = exam.questions().to_vec();
    // Right on the first six, wrong on the seventh, the last three unanswered.
    for (index, question) in questions.iter().enumerate().take(7) {
        let right = question.solution().right_keys;
        let chosen = if index < 6 {
            right
        } else {
            let wrong = question.options.iter().find(|o| !right.contains(&o.key)).unwrap();
            vec![wrong.key.clone()]
        };
        exam.answer(index, &chosen, start() + Duration::seconds(30 * index as i64)).unwrap();
    }
    let result = exam.finish(start() + Duration::seconds(400));
    assert_eq!((result.total, result.correct, result.score_percent), (10, 6, 60));
    assert!(result.passed, "60% meets a 60% pass mark");
    assert!(!result.timed_out);
    assert_eq!(result.answers.iter().filter(|a| a.chosen.is_empty()).count(), 3);
    // The breakdown counts each question once per article it is about.
    for line in &result.per_article {
        let asked = questions.iter().filter(|q| q.articles().contains(&line.article)).count();
        let correct = questions.iter().take(6).filter(|q| q.articles().contains(&line.article)).count();
        assert_eq!((line.asked as usize, line.correct as usize), (asked, correct), "{}", line.article);
        assert!(line.article.item.is_none());
    }
    let touched: usize = result.per_article.iter().map(|l| l.asked as usize).sum();
    let expected: usize = questions.iter().map(|q| q.articles().len()).sum();
    assert_eq!(touched, expected);
    let stricter = ExamConfig { pass_percent: 61, ..config(10) };
    let mut strict_exam = quiz.exam(stricter, 21, start());
    for (index, question) in questions.iter().enumerate().take(6) {
        strict_exam.answer(index, &question.solution().right_keys, start()).unwrap();
    }
    assert!(!strict_exam.finish(start()).passed);
}

#[test]
fn the_time_limit_is_enforced_on_the_timestamps_passed_in() {
    let quiz = quiz();
    let mut exam = quiz.exam(config(3), 5, start());
    let right = exam.questions()[0].solution().right_keys;
    assert_eq!(exam.deadline(), start() + Duration::seconds(600));
    assert_eq!(exam.remaining_seconds(start() + Duration::seconds(590)), 10);
    exam.answer(0, &right, start() + Duration::seconds(600)).unwrap();
    assert_eq!(exam.answer(1, &right, start() + Duration::seconds(601)), Err(ExamError::TimeUp));
    assert_eq!(exam.remaining_seconds(start() + Duration::seconds(900)), 0);
    let result = exam.finish(start() + Duration::seconds(900));
    assert!(result.timed_out);
    assert_eq!(result.correct, 1, "answers given in time still count");
    assert_eq!(exam.answer(7, &right, start()), Err(ExamError::NoSuchQuestion(7)));
    assert!(matches!(exam.answer(0, &[], start()), Err(ExamError::Invalid(AnswerError::Empty))));
}

#[test]
fn an_empty_exam_scores_zero_and_fails() {
    let quiz = quiz();
    let exam = quiz.exam(config(0), 1, start());
    assert!(exam.questions().is_empty());
    let result = exam.finish(start());
    assert_eq!((result.total, result.score_percent, result.passed), (0, 0, false));
}

#[test]
fn an_absurd_configuration_is_bounded_not_a_panic() {
    let quiz = quiz();
    let config = ExamConfig { question_count: usize::MAX, variant_percent: 255, pass_percent: 255, ..config(0) };
    let exam = quiz.exam(config, 2, start());
    assert!(exam.questions().len() <= MAX_EXAM_QUESTIONS);
    assert!(!exam.questions().is_empty());
    let result = exam.finish(start());
    assert_eq!(result.pass_percent, 100);
}
