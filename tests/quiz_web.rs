//! The quiz area in headless Chromium: progress in localStorage (round trip, corrupt value, full quota) and a
//! practice question answered through the UI, checked against the pure quiz API.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::{DateTime, NaiveDate, Utc};
use gloo_storage::{LocalStorage, Storage};
use liuhen::journal::keys::quarantine_key;
use liuhen::law::{Cite, quote};
use liuhen::quiz::{ExamConfig, Progress, QuestionId, Quiz, Topic};
use liuhen::settings::{Profile, Readings, Role};
use liuhen::web::json_store::JsonStoreError;
use liuhen::web::profile_store::save_profile;
use liuhen::web::progress_store::{PROGRESS_KEY, load_progress, save_progress};
use support::{all_by_test_id, by_test_id, click, mount_app_at, select_all, text, tick};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh storage with a trainee's profile, so the app opens without first-run setup.
fn trainee_storage() {
    LocalStorage::clear();
    save_profile(&Profile {
        officer_name: "学员甲".into(), device_id: "0011223344556677".into(), role: Role::Trainee
    })
    .unwrap();
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
}

/// Progress with a wrong practice answer (so an SM-2 schedule) and a finished exam.
fn sample_progress() -> Progress {
    let quiz = Quiz::new(Readings::default());
    let day = NaiveDate::from_ymd_opt(2024, 5, 6).unwrap();
    let question = quiz.questions(Topic::Provision(Cite::article(2, 10))).into_iter().next().unwrap();
    let wrong = question.options.iter().find(|o| !question.is_right(std::slice::from_ref(&o.key))).unwrap();
    let mut progress = Progress::new();
    progress.record_answer(&question, std::slice::from_ref(&wrong.key), at("2024-05-06T01:00:00Z"), day);
    let exam = quiz.exam(ExamConfig { question_count: 3, ..ExamConfig::default() }, 9, at("2024-05-06T02:00:00Z"));
    progress.record_exam(exam.finish(at("2024-05-06T02:10:00Z")), day);
    progress
}

#[wasm_bindgen_test]
fn progress_round_trips_through_local_storage() {
    LocalStorage::clear();
    assert_eq!(load_progress(), Ok(Progress::new()), "nothing stored yet: empty progress");
    let progress = sample_progress();
    assert_eq!(progress.history.len(), 4);
    assert_eq!(progress.exams.len(), 1);
    assert!(!progress.reviews.is_empty());
    save_progress(&progress).unwrap();
    let stored = LocalStorage::raw().get_item(PROGRESS_KEY).unwrap().expect("one value under the progress key");
    assert_eq!(Progress::from_json(&stored), Ok(progress.clone()));
    assert_eq!(load_progress(), Ok(progress));
}

#[wasm_bindgen_test]
fn unreadable_progress_is_quarantined_not_thrown_away() {
    for corrupt in ["{not json", r#"{"version":99,"history":[]}"#, r#"{"version":1,"history":"oops"}"#] {
        LocalStorage::clear();
        LocalStorage::raw().set_item(PROGRESS_KEY, corrupt).unwrap();
        let Err(JsonStoreError::Corrupt { reason, quarantined_as }) = load_progress() else {
            panic!("expected quarantine for {corrupt}")
        };
        assert!(!reason.is_empty());
        assert_eq!(quarantined_as, quarantine_key(PROGRESS_KEY, corrupt));
        assert_eq!(LocalStorage::raw().get_item(&quarantined_as).unwrap().as_deref(), Some(corrupt));
        assert_eq!(LocalStorage::raw().get_item(PROGRESS_KEY).unwrap(), None, "moved aside, not overwritten later");
        assert_eq!(load_progress(), Ok(Progress::new()));
    }
}

#[wasm_bindgen_test]
async fn the_quiz_area_reports_quarantined_progress() {
    trainee_storage();
    LocalStorage::raw().set_item(PROGRESS_KEY, "{not json").unwrap();
    let mounted = mount_app_at("/quiz/progress");
    let app: &Element = &mounted.container;
    tick().await;
    let notice = text(&by_test_id(app, "quiz-load-notice").expect("the quarantine is reported"));
    let key = quarantine_key(PROGRESS_KEY, "{not json");
    assert!(notice.contains(&key), "{notice}");
    assert_eq!(LocalStorage::raw().get_item(&key).unwrap().as_deref(), Some("{not json"));
    assert_eq!(text(&by_test_id(app, "progress-answered").unwrap()), "0");
}

/// Opens practice on R2 Art. 10 and returns the question id shown.
async fn start_practice(app: &Element) -> QuestionId {
    click(&by_test_id(app, "topic-R2-10").expect("R2 Art. 10 is a practice topic"));
    click(&by_test_id(app, "start-practice").unwrap());
    tick().await;
    let question = by_test_id(app, "question").expect("a question is shown");
    QuestionId(question.get_attribute("data-question-id").unwrap())
}

#[wasm_bindgen_test]
async fn a_practice_answer_shows_the_engines_feedback_with_quoted_article_text() {
    trainee_storage();
    let mounted = mount_app_at("/quiz/practice");
    let app: &Element = &mounted.container;
    tick().await;
    let id = start_practice(app).await;
    let quiz = Quiz::new(Readings::default());
    let question = quiz.question(&id).expect("the shown question resolves");
    assert_eq!(text(&by_test_id(app, "question-prompt").unwrap()), question.prompt);
    let labels: Vec<String> = all_by_test_id(app, "option-label").iter().map(text).collect();
    let expected: Vec<String> = question.options.iter().map(|o| o.label.clone()).collect();
    assert_eq!(labels, expected);

    click(&by_test_id(app, "submit-answer").unwrap());
    tick().await;
    assert_eq!(text(&by_test_id(app, "answer-error").unwrap()), "请先选择答案");
    assert!(by_test_id(app, "feedback").is_none());

    let first = &all_by_test_id(app, "option-input")[0];
    click(first);
    click(&by_test_id(app, "submit-answer").unwrap());
    tick().await;
    let engine = question.grade(&[question.options[0].key.clone()]).unwrap();
    let panel = by_test_id(app, "feedback-panel").expect("feedback after submitting");
    assert!(text(&by_test_id(&panel, "feedback-headline").unwrap()).ends_with(&engine.headline));
    assert!(text(&by_test_id(&panel, "feedback-conclusion").unwrap()).contains(&engine.conclusion));
    let notes: Vec<String> = all_by_test_id(&panel, "feedback-option-note").iter().map(text).collect();
    assert_eq!(notes, engine.options.iter().map(|o| o.note.clone()).collect::<Vec<_>>(), "a note on every option");
    assert!(engine.options.iter().filter(|o| !o.right).all(|o| !o.note.is_empty()));
    let steps = by_test_id(&panel, "feedback-steps").unwrap();
    assert_eq!(select_all(&steps, "li").len(), engine.steps.len());

    let figures = select_all(&by_test_id(&panel, "feedback-quotes").unwrap(), "[data-cite]");
    assert!(!figures.is_empty(), "the article text is quoted");
    assert_eq!(figures.len(), engine.quotes.len());
    for figure in figures {
        let cite: Cite = figure.get_attribute("data-cite").unwrap().parse().unwrap();
        let shown = text(&figure.query_selector("blockquote").unwrap().unwrap());
        assert_eq!(Some(shown), quote(cite), "the quoted text of {cite} is the regulation's");
    }

    let stored = load_progress().unwrap();
    assert_eq!(stored.history.len(), 1, "the answer is saved");
    assert_eq!(stored.history[0].question_id, id);
    assert_eq!(stored.history[0].correct, engine.correct);
    assert_eq!(stored.reviews.get(&id).is_some(), !engine.correct, "only a mistake enters the review deck");
    assert_eq!(
        text(&by_test_id(app, "practice-score").unwrap()),
        format!("已答 1 题，答对 {} 题", u8::from(engine.correct))
    );

    click(&by_test_id(app, "next-question").unwrap());
    tick().await;
    assert!(by_test_id(app, "feedback-panel").is_none(), "the next question starts without feedback");
    assert_ne!(by_test_id(app, "question").unwrap().get_attribute("data-question-id").unwrap(), id.0);
}

#[wasm_bindgen_test]
async fn a_full_quota_keeps_the_answer_in_memory_and_says_so() {
    trainee_storage();
    let mounted = mount_app_at("/quiz/practice");
    let app: &Element = &mounted.container;
    tick().await;
    start_practice(app).await;

    // Fill the origin's storage until the browser refuses, in shrinking chunks.
    let storage = LocalStorage::raw();
    let mut chunk = 1_000_000usize;
    let mut index = 0;
    while chunk >= 16 {
        if storage.set_item(&format!("filler/{index}"), &"x".repeat(chunk)).is_ok() {
            index += 1;
        } else {
            chunk /= 2;
        }
    }
    click(&all_by_test_id(app, "option-input")[0]);
    click(&by_test_id(app, "submit-answer").unwrap());
    tick().await;
    let error = text(&by_test_id(app, "quiz-save-error").expect("the failed save is reported"));
    assert!(error.contains("存储空间已满"), "{error}");
    assert!(by_test_id(app, "feedback-panel").is_some(), "the answer is still graded");
    assert!(text(&by_test_id(app, "practice-score").unwrap()).starts_with("已答 1 题"), "kept in memory");
    assert_eq!(storage.get_item(PROGRESS_KEY).unwrap(), None, "nothing half-written");

    for i in 0..index {
        storage.remove_item(&format!("filler/{i}")).unwrap();
    }
    click(&by_test_id(app, "next-question").unwrap());
    tick().await;
    click(&all_by_test_id(app, "option-input")[0]);
    click(&by_test_id(app, "submit-answer").unwrap());
    tick().await;
    assert!(by_test_id(app, "quiz-save-error").is_none(), "the message goes once a save succeeds");
    assert_eq!(load_progress().unwrap().history.len(), 2, "the answer kept in memory is saved with the next one");
}

/// Sets a form control's value and fires the event Leptos listens to.
fn set_value(element: &Element, value: &str, event: &str) {
    js_sys::Reflect::set(element, &"value".into(), &value.into()).unwrap();
    element.dispatch_event(&web_sys::Event::new(event).unwrap()).unwrap();
}

fn palette_labels(app: &Element) -> Vec<String> {
    all_by_test_id(app, "exam-goto").iter().map(|b| b.get_attribute("aria-label").unwrap()).collect()
}

#[wasm_bindgen_test]
async fn unticking_every_box_withdraws_an_exam_answer_and_keeps_the_others() {
    trainee_storage();
    let mounted = mount_app_at("/quiz/exam");
    let app: &Element = &mounted.container;
    tick().await;
    set_value(&by_test_id(app, "exam-count").unwrap(), "30", "input");
    set_value(&by_test_id(app, "exam-topic").unwrap(), "R2", "change");
    click(&by_test_id(app, "start-exam").unwrap());
    tick().await;
    let total = all_by_test_id(app, "exam-goto").len();
    assert_eq!(text(&by_test_id(app, "exam-progress").unwrap()), format!("已答 0 / {total} 题 · 及格线 80%"));

    click(&all_by_test_id(app, "option-input")[0]);
    tick().await;
    assert_eq!(palette_labels(app)[0], "第 1 题（已答）");

    // The first later question asked as multiple choice (checkboxes).
    let mut multiple = None;
    for index in 1..total {
        click(&all_by_test_id(app, "exam-goto")[index]);
        tick().await;
        if all_by_test_id(app, "option-input")[0].get_attribute("type").as_deref() == Some("checkbox") {
            multiple = Some(index);
            break;
        }
    }
    let multiple = multiple.expect("a 30-question R2 exam has a multiple-choice question");
    let boxes = all_by_test_id(app, "option-input");
    click(&boxes[0]);
    click(&boxes[1]);
    tick().await;
    assert_eq!(palette_labels(app)[multiple], format!("第 {} 题（已答）", multiple + 1));
    assert!(text(&by_test_id(app, "exam-progress").unwrap()).starts_with("已答 2 /"));
    click(&boxes[0]);
    click(&boxes[1]);
    tick().await;
    assert_eq!(palette_labels(app)[multiple], format!("第 {} 题（未答）", multiple + 1), "withdrawn");
    assert_eq!(palette_labels(app)[0], "第 1 题（已答）", "the other answer is kept");
    assert!(text(&by_test_id(app, "exam-progress").unwrap()).starts_with("已答 1 /"));

    click(&by_test_id(app, "exam-submit").unwrap());
    tick().await;
    click(&by_test_id(app, "exam-confirm-submit").unwrap());
    tick().await;
    let statuses: Vec<String> = all_by_test_id(app, "exam-answer-status").iter().map(text).collect();
    assert_eq!(statuses.len(), total);
    assert_ne!(statuses[0], "未作答");
    assert_eq!(statuses[multiple], "未作答");
    let stored = load_progress().unwrap();
    assert_eq!(stored.exams.len(), 1, "the result is saved");
    assert_eq!(stored.exams[0].answers.iter().filter(|a| !a.chosen.is_empty()).count(), 1);
}
