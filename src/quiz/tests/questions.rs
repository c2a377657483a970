//! Questions generated from the bank: well formed, keyed by the engine, with feedback for every option.

use super::*;
use crate::law::Cite;

fn question(id: &str) -> Question {
    quiz().question(&QuestionId(id.to_string())).unwrap_or_else(|| panic!("no question {id}"))
}

fn keys(keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| k.to_string()).collect()
}

fn note<'a>(feedback: &'a Feedback, key: &str) -> &'a str {
    &feedback.options.iter().find(|o| o.key == key).unwrap().note
}

#[test]
fn every_bank_question_is_well_formed() {
    let questions = bank_questions();
    assert!(questions.len() >= 400, "{} questions", questions.len());
    let problems: Vec<String> = questions.iter().flat_map(question_problems).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_question_kind_and_both_formats_occur() {
    let questions = bank_questions();
    let mut asks: Vec<String> = questions.iter().map(|q| q.ask.key().replace(char::is_numeric, "")).collect();
    asks.sort_unstable();
    asks.dedup();
    assert_eq!(asks.len(), 20, "{asks:?}");
    let single_provision = questions.iter().filter(|q| q.ask.is_set_of_provisions() && q.right_count() == 1);
    let formats: Vec<AnswerFormat> = single_provision.map(|q| q.format).collect();
    assert!(formats.contains(&AnswerFormat::Single) && formats.contains(&AnswerFormat::Multiple));
    assert!(questions.iter().any(|q| q.format == AnswerFormat::Multiple && q.right_count() >= 2));
}

#[test]
fn the_key_is_the_engine_answer() {
    // 退休副局长电话说情: Art. 10(5); he is internal personnel; it is interference.
    assert!(question("r2-10-10/article10").is_right(&keys(&["R2-10-5"])));
    assert!(question("r2-10-10/internal").is_right(&keys(&["yes"])));
    assert!(question("r2-10-10/interference").is_right(&keys(&["yes"])));
    // The party's lawyer pleading: outside R2.
    assert!(question("r2-02-01/internal").is_right(&keys(&["no"])));
    assert!(question("r2-02-01/verdict").is_right(&keys(&["outside_scope"])));
    // Both items for prying on the party's behalf through the spouse, in any order, and only both.
    let both = question("r2-10-19/article10");
    assert_eq!(both.format, AnswerFormat::Multiple);
    assert!(both.is_right(&keys(&["R2-10-6", "R2-10-5"])));
    assert!(!both.is_right(&keys(&["R2-10-5"])));
    assert!(!both.is_right(&keys(&["R2-10-5", "R2-10-6", "R2-10-7"])));
    // Written supervision by the city bureau: Art. 7 and Art. 14(1).
    assert!(question("r2-07-06/legitimate").is_right(&keys(&["R2-7", "R2-14-1"])));
    // 张某 liable under 6(4), mitigated by 8(5).
    assert!(question("r1-08-09/officer0.acts").is_right(&keys(&["R1-6-4"])));
    assert!(question("r1-08-09/officer0.mitigations").is_right(&keys(&["R1-8-5"])));
    assert!(question("r1-08-09/officer0.circumstances").is_right(&keys(&["mitigating"])));
    // A first-instance judgment under appeal is not yet a wrong case.
    assert!(question("r1-05-12/wrong_case").is_right(&keys(&["no"])));
    assert!(question("r1-05-12/case_status").is_right(&keys(&["pending"])));
    assert!(question("r1-05-12/case_actions").is_right(&keys(&["await_final_outcome"])));
}

#[test]
fn a_wrong_option_is_explained_by_the_fact_that_would_make_it_right() {
    // The brief's example: Art. 14(1) asks for writing; here the opinion was given by phone.
    let feedback = question("r2-14-02/verdict").grade(&keys(&["legitimate"])).unwrap();
    assert!(!feedback.correct);
    let line = note(&feedback, "legitimate");
    assert!(line.contains("以电话方式") && line.contains("书面"), "{line}");
    assert!(line.ends_with("则本项才成立（依据第十四条第（一）项）。"), "{line}");
    assert_eq!(feedback.options.iter().find(|o| o.key == "legitimate").unwrap().changes.len(), 1);
    // Each wrong option its own change: outside R2 only if the caller were not internal personnel.
    assert!(note(&feedback, "outside_scope").contains("若行为人为非内部人员"), "{}", note(&feedback, "outside_scope"));
    // When no one fact would do, two: Art. 10(6) needs the party's request and passing on materials.
    let feedback = question("r2-10-10/article10").grade(&keys(&["R2-10-6"])).unwrap();
    let line = note(&feedback, "R2-10-6");
    assert!(line.contains("若系受当事人或其亲属之托，且对方的要求或行为是“批转或转递涉案材料”"), "{line}");
    // When no change of one or two facts would do, the engine's reasons on these facts.
    let feedback = question("r2-10-10/verdict").grade(&keys(&["legitimate"])).unwrap();
    let line = note(&feedback, "legitimate");
    assert!(line.starts_with("按本案事实：") && line.contains("第十条第（五）项"), "{line}");
    // An unrecorded inquiry: recording it is what would make it plainly legitimate.
    let feedback = question("r2-14-05/verdict").grade(&keys(&["legitimate"])).unwrap();
    assert!(note(&feedback, "legitimate").contains("办案人员已记录在案"), "{}", note(&feedback, "legitimate"));
    // A first-instance judgment under appeal: an unappealed, effective one would make it a wrong case.
    let feedback = question("r1-05-12/case_status").grade(&keys(&["wrong_case"])).unwrap();
    assert!(note(&feedback, "wrong_case").contains("未上诉，已生效"), "{}", note(&feedback, "wrong_case"));
    // Penalty-only items in a licensing case.
    let feedback = question("r1-06-04/officer0.liability").grade(&keys(&["liable"])).unwrap();
    assert!(note(&feedback, "liable").contains("行政处罚案件"), "{}", note(&feedback, "liable"));
    // A second non-recording: the first would only be a warning.
    let feedback = question("r2-13-02/sanction").grade(&keys(&["warning"])).unwrap();
    assert!(note(&feedback, "warning").contains("此前已被认定0次"), "{}", note(&feedback, "warning"));
}

#[test]
fn feedback_quotes_the_article_and_gives_the_engine_reasoning() {
    let q = question("r2-10-10/article10");
    let feedback = q.grade(&keys(&["R2-10-6"])).unwrap();
    assert!(!feedback.correct);
    assert!(feedback.headline.starts_with("回答错误"));
    assert_eq!(feedback.right_keys, ["R2-10-5"]);
    let quoted: Vec<Cite> = feedback.quotes.iter().map(|q| q.cite).collect();
    assert!(quoted.contains(&Cite::item(2, 10, 5)) && quoted.contains(&Cite::item(2, 10, 6)), "{quoted:?}");
    assert!(feedback.quotes.iter().all(|q| Some(q.text.clone()) == crate::law::quote(q.cite)));
    assert_eq!(feedback.steps, q.outcome().steps(None));
    assert!(feedback.steps.iter().any(|s| s.text.contains("离退休")));
    assert!(note(&feedback, "R2-10-5").contains("第十条第（五）项"));
    let chosen: Vec<&OptionFeedback> = feedback.options.iter().filter(|o| o.chosen).collect();
    assert_eq!(chosen.len(), 1);
    assert_eq!(chosen[0].key, "R2-10-6");
    assert!(!chosen[0].right);
    let right = q.grade(&keys(&["R2-10-5"])).unwrap();
    assert!(right.correct);
    assert_eq!(right.headline, "回答正确");
}

#[test]
fn handler_actions_come_from_the_engine_with_its_wording() {
    let q = question("r2-10-17/handler_actions");
    assert!(q.is_right(&keys(&["record", "refuse", "follow_procedure", "report", "notify"])));
    let feedback = q.solution();
    assert!(note(&feedback, "follow_procedure").contains("转递的涉案材料"));
    let legitimate = question("r2-07-01/handler_actions");
    assert!(legitimate.is_right(&keys(&["record"])));
    assert!(note(&legitimate.solution(), "refuse").starts_with("本案"));
}

#[test]
fn invalid_submissions_are_refused_not_graded() {
    let single = question("r2-10-10/interference");
    assert_eq!(single.grade(&[]), Err(AnswerError::Empty));
    assert_eq!(single.grade(&keys(&["maybe"])), Err(AnswerError::UnknownOption("maybe".into())));
    assert_eq!(single.grade(&keys(&["yes", "no"])), Err(AnswerError::SeveralForSingleChoice));
    assert!(single.grade(&keys(&["yes", "yes"])).unwrap().correct, "repeats are ignored");
    assert!(!single.is_right(&keys(&["yes", "maybe"])));
}

#[test]
fn question_ids_round_trip_through_the_quiz() {
    let quiz = quiz();
    for q in bank_questions().iter().step_by(7) {
        let again = quiz.question(&q.id).unwrap();
        assert_eq!(&again, q);
    }
    for bad in ["", "/", "r2-10-10", "r2-10-10/", "nope/article10", "r2-10-10/officer0.acts", "r1-05-01/officer9.acts"]
    {
        assert!(quiz.question(&QuestionId(bad.into())).is_none(), "{bad}");
    }
    // An ask that does not fit the outcome gives no question.
    assert!(quiz.question(&QuestionId("r2-07-01/article10".into())).is_none());
}

#[test]
fn topics_filter_by_article_and_item() {
    let quiz = quiz();
    let article10 = quiz.questions(Topic::Provision(Cite::article(2, 10)));
    assert!(!article10.is_empty());
    assert!(article10.iter().all(|q| q.cites.iter().any(|c| c.whole_article() == Cite::article(2, 10))));
    let item = quiz.questions(Topic::Provision(Cite::item(2, 14, 1)));
    assert!(!item.is_empty() && item.len() < article10.len());
    assert!(item.iter().all(|q| q.cites.contains(&Cite::item(2, 14, 1))));
    let r1 = quiz.questions(Topic::Regulation(1));
    assert!(r1.iter().all(|q| q.regulation == 1));
    let topics = quiz.topics();
    assert_eq!(topics[0].topic, Topic::Regulation(1));
    assert_eq!(topics[0].questions, r1.len());
    for article in
        [Cite::article(1, 5), Cite::article(1, 6), Cite::article(1, 8), Cite::article(1, 9), Cite::article(2, 13)]
    {
        assert!(topics.iter().any(|t| t.topic == Topic::Provision(article) && t.questions > 0), "{article}");
    }
    assert_eq!(Topic::Provision(Cite::article(2, 10)).label(), "《干预插手记录通报追究制度》第十条");
}

#[test]
fn practice_walks_a_shuffled_deck_and_counts_the_score() {
    let quiz = quiz();
    let topic = Topic::Provision(Cite::article(1, 8));
    let mut practice = quiz.practice(topic, 11);
    assert!(practice.len() >= quiz.questions(topic).len());
    assert_eq!(practice, quiz.practice(topic, 11), "same seed, same deck");
    let mut seen = 0;
    while let Some(question) = practice.current().cloned() {
        assert!(topic.matches(&question));
        let right = question.solution().right_keys;
        let feedback = practice.submit(&right).unwrap();
        assert!(feedback.correct);
        seen += 1;
        practice.advance();
    }
    assert_eq!(seen, practice.len());
    assert_eq!(practice.score(), (seen, seen));
    assert!(practice.advance().is_none());
    assert_eq!(practice.submit(&["yes".to_string()]), Err(AnswerError::NoQuestion));
}
