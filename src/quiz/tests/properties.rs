//! Properties: grading never panics on any submission, everything is deterministic for a seed, progress JSON
//! never panics on any text.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use proptest::prelude::*;

use super::*;
use crate::quiz::variants;

fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-06-02T08:00:00Z").unwrap().to_utc()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn grading_any_submission_never_panics_and_agrees_with_is_right(
        seed in any::<u64>(),
        picks in proptest::collection::vec(0usize..12, 0..6),
        junk in "[a-z0-9-]{0,8}",
    ) {
        let scenario = variants::random(seed);
        for question in Question::all_for(&scenario, &Readings::default()) {
            let mut chosen: Vec<String> =
                picks.iter().filter_map(|&i| question.options.get(i).map(|o| o.key.clone())).collect();
            if picks.len() == 5 {
                chosen.push(junk.clone());
            }
            match question.grade(&chosen) {
                Ok(feedback) => {
                    prop_assert_eq!(feedback.correct, question.is_right(&chosen));
                    prop_assert_eq!(feedback.options.len(), question.options.len());
                }
                Err(_) => prop_assert!(!question.is_right(&chosen) || question.validate(&chosen).is_err()),
            }
        }
    }

    #[test]
    fn exams_are_deterministic_for_a_seed_and_scoring_never_panics(
        seed in any::<u64>(),
        count in 0usize..12,
        offsets in proptest::collection::vec(-100i64..2000, 0..12),
        pass in 0u8..=255,
    ) {
        let quiz = quiz();
        let config = ExamConfig { question_count: count, pass_percent: pass, time_limit_seconds: 900, ..ExamConfig::default() };
        let mut exam = quiz.exam(config, seed, start());
        let mut twin = quiz.exam(config, seed, start());
        prop_assert_eq!(&exam, &twin);
        prop_assert!(exam.questions().len() <= count);
        for (index, offset) in offsets.iter().enumerate() {
            let Some(question) = exam.questions().get(index).cloned() else { break };
            let chosen = if offset % 2 == 0 { question.solution().right_keys } else { vec![question.options[0].key.clone()] };
            let when = start() + Duration::seconds(*offset);
            let a = exam.answer(index, &chosen, when);
            let b = twin.answer(index, &chosen, when);
            prop_assert_eq!(&a, &b);
            prop_assert_eq!(a.is_err(), *offset > 900);
        }
        let result = exam.finish(start() + Duration::seconds(1000));
        prop_assert_eq!(&result, &twin.finish(start() + Duration::seconds(1000)));
        prop_assert!(result.correct <= result.total && result.score_percent <= 100);
        prop_assert_eq!(result.passed, result.total > 0 && result.score_percent >= pass.min(100));
        prop_assert_eq!(Progress::from_json(&{
            let mut p = Progress::new();
            p.record_exam(result, NaiveDate::from_ymd_opt(2025, 6, 2).unwrap());
            p.to_json()
        }).is_ok(), true);
    }

    #[test]
    fn progress_json_never_panics(text in ".{0,200}") {
        let _ = Progress::from_json(&text);
    }

    #[test]
    fn mutated_progress_json_never_panics(cut in 0usize..4000, byte in any::<u8>()) {
        let json = {
            let quiz = quiz();
            let mut p = Progress::new();
            let q = quiz.question(&QuestionId("r2-10-10/interference".into())).unwrap();
            p.record_answer(&q, &["no".to_string()], start(), NaiveDate::from_ymd_opt(2025, 6, 2).unwrap());
            p.to_json()
        };
        let mut bytes = json.into_bytes();
        if !bytes.is_empty() {
            let at = cut % bytes.len();
            bytes[at] = byte;
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = Progress::from_json(&text);
    }

    #[test]
    fn review_schedules_always_move_forward(grades in proptest::collection::vec(0u8..=5, 1..40)) {
        let mut state = ReviewState::new(QuestionId("x/verdict".into()), NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        for grade in grades {
            let today = state.due;
            state.review(Quality::new(grade).unwrap(), today);
            prop_assert!(state.due > today);
            prop_assert!(state.ease_permille >= 1300);
            prop_assert!((1..=3650).contains(&state.interval_days));
        }
    }
}
