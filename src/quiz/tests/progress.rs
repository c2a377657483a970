//! Progress: history, mastery, exam results and reviews round-trip through JSON; corrupt JSON is refused clearly.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::*;
use crate::law::Cite;

fn at(minutes: i64) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-04-01T08:00:00Z").unwrap().to_utc() + Duration::minutes(minutes)
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 4, 1).unwrap()
}

fn keys(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| k.to_string()).collect()
}

fn sample() -> Progress {
    let quiz = quiz();
    let mut progress = Progress::new();
    let q = |id: &str| quiz.question(&QuestionId(id.into())).unwrap();
    progress.record_answer(&q("r2-10-10/article10"), &keys(&["R2-10-6"]), at(0), today());
    progress.record_answer(&q("r2-10-10/article10"), &keys(&["R2-10-5"]), at(1), today());
    progress.record_answer(&q("r1-05-12/case_status"), &keys(&["pending"]), at(2), today());
    let mut exam = quiz.exam(ExamConfig { question_count: 4, ..ExamConfig::default() }, 9, at(3));
    let first = exam.questions()[0].solution().right_keys;
    exam.answer(0, &first, at(4)).unwrap();
    progress.record_exam(exam.finish(at(5)), today());
    progress
}

#[test]
fn answers_build_history_reviews_and_mastery() {
    let progress = sample();
    assert_eq!(progress.history.len(), 3 + 4);
    assert_eq!(progress.exams.len(), 1);
    // The wrong practice answer and the three unanswered exam questions are under review.
    assert_eq!(progress.reviews.len(), 4);
    let mastery = progress.mastery();
    let article10 = mastery.iter().find(|m| m.article == Cite::article(2, 10)).unwrap();
    assert!(article10.answered >= 2);
    assert!(article10.right >= 1);
    assert!(article10.weighted > 0.0 && article10.weighted <= 1.0);
    assert!(mastery.iter().all(|m| m.article.item.is_none() && m.right <= m.answered));
}

#[test]
fn mastery_weighs_recent_answers_more() {
    let quiz = quiz();
    let q = quiz.question(&QuestionId("r2-10-10/interference".into())).unwrap();
    let mut improving = Progress::new();
    let mut declining = Progress::new();
    for i in 0..4 {
        improving.record_answer(&q, &keys(&[if i < 2 { "no" } else { "yes" }]), at(i), today());
        declining.record_answer(&q, &keys(&[if i < 2 { "yes" } else { "no" }]), at(i), today());
    }
    let score = |p: &Progress| p.mastery().iter().find(|m| m.article == Cite::article(2, 10)).unwrap().weighted;
    assert!(score(&improving) > 0.5 && score(&declining) < 0.5, "{} {}", score(&improving), score(&declining));
    let plain = improving.mastery().iter().find(|m| m.article == Cite::article(2, 10)).unwrap().clone();
    assert_eq!((plain.answered, plain.right), (4, 2));
}

#[test]
fn json_round_trips() {
    let progress = sample();
    let json = progress.to_json();
    assert_eq!(Progress::from_json(&json), Ok(progress));
    assert_eq!(Progress::from_json(&Progress::new().to_json()), Ok(Progress::new()));
}

#[test]
fn corrupt_json_gives_a_clear_error() {
    let good = sample().to_json();
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "格式错误"),
        ("{".into(), "格式错误"),
        ("[]".into(), "格式错误"),
        (good.replacen("\"version\":1", "\"version\":2", 1), "版本为2"),
        (good.replacen("\"version\":1", "\"version\":\"1\"", 1), "格式错误"),
        (good.replacen("R2-10", "R9-10", 1), "不存在的条文"),
        (good.replacen("r2-10-10/article10", "r2-10-10/nonsense", 1), "题目编号"),
        (good.replacen("\"correct\":", "\"correct\":\"x\",\"y\":", 1), "格式错误"),
        (good.replacen("\"score_percent\":", "\"score_percent\":200,\"z\":", 1), "超过100"),
        (good.replacen("\"ease_permille\":", "\"ease_permille\":900,\"w\":", 1), "易度系数"),
        (good.replacen("\"ease_permille\":", "\"ease_permille\":-5,\"w\":", 1), "格式错误"),
    ];
    for (text, expected) in cases {
        let error = Progress::from_json(&text).expect_err(&text);
        let message = error.to_string();
        assert!(message.contains(expected), "{text:.80}… gave {message}");
    }
}

#[test]
fn inconsistent_content_is_refused() {
    let mut progress = sample();
    progress.exams[0].correct += 1;
    assert!(matches!(Progress::from_json(&progress.to_json()), Err(ProgressError::Invalid(_))));

    let mut progress = sample();
    progress.exams[0].score_percent = 101;
    assert!(Progress::from_json(&progress.to_json()).unwrap_err().to_string().contains("超过100"));

    let json = sample().to_json().replace("\"ease_permille\":1960", "\"ease_permille\":1000");
    assert!(Progress::from_json(&json).unwrap_err().to_string().contains("易度系数"));

    let json = sample().to_json().replacen(
        "\"question_id\":\"r2-10-10/article10\",\"repetitions\"",
        "\"question_id\":\"r2-10-10/verdict\",\"repetitions\"",
        1,
    );
    assert!(Progress::from_json(&json).unwrap_err().to_string().contains("另一题"), "{json}");
}

#[test]
fn the_history_is_bounded() {
    let quiz = quiz();
    let q = quiz.question(&QuestionId("r2-10-10/interference".into())).unwrap();
    let mut progress = Progress::new();
    for i in 0..(crate::quiz::progress::MAX_HISTORY as i64 + 10) {
        progress.record_answer(&q, &keys(&["yes"]), at(i), today());
    }
    assert_eq!(progress.history.len(), crate::quiz::progress::MAX_HISTORY);
    assert_eq!(progress.history[0].at, at(10), "the oldest answers go first");
}

#[test]
fn accuracy_is_the_share_of_right_answers_rounded_half_up() {
    assert_eq!(Progress::new().accuracy(), None, "no answer yet: no accuracy");
    let progress = sample();
    let right = progress.history.iter().filter(|r| r.correct).count();
    let answered = progress.history.len();
    let expected = ((right as f64) * 100.0 / answered as f64).round() as u8;
    assert_eq!(progress.accuracy(), Some(expected), "{right} of {answered}");
    // 1 of 8 is 12.5 %: rounded half up to 13.
    let mut eighth = Progress::new();
    let record = |correct| AnswerRecord { question_id: QuestionId("q".into()), at: at(0), correct, cites: Vec::new() };
    eighth.history = (0..8).map(|i| record(i == 0)).collect();
    assert_eq!(eighth.accuracy(), Some(13));
    eighth.history.truncate(1);
    assert_eq!(eighth.accuracy(), Some(100));
}
