//! The bank against the engine: every trainer expectation agrees, every listed item is exercised (by the engine's
//! own findings), near misses are at least a quarter and really are near.

use super::*;
use crate::law::{Cite, quote, regulation};
use crate::quiz::bank;
use crate::quiz::flips::flips;
use crate::rules::r2::{Interpretation, PersonCategory};

fn engine_answer(spec: &crate::quiz::scenario::Spec, rules: &Readings) -> KeyAnswer {
    KeyAnswer::of(&run(&spec.facts.facts(), rules))
}

#[test]
fn every_trainer_expectation_agrees_with_the_engine() {
    let rules = Readings::default();
    let disagreements: Vec<String> = bank::specs()
        .filter_map(|spec| {
            let expected = spec.expect.answer();
            let engine = engine_answer(spec, &rules);
            (expected != engine).then(|| {
                format!(
                    "{}「{}」\n  培训预期：{}\n  引擎结论：{}",
                    spec.id,
                    spec.title,
                    expected.describe(),
                    engine.describe()
                )
            })
        })
        .collect();
    assert!(disagreements.is_empty(), "trainer and engine disagree:\n{}", disagreements.join("\n"));
    assert!(quiz().disagreements().is_empty());
}

#[test]
fn the_self_check_reports_scenarios_whose_answer_changes_with_the_reading() {
    let strict = Readings {
        r2: Interpretation { unrecorded_oral_is_interference: true, ..Interpretation::default() },
        ..Readings::default()
    };
    let quiz = Quiz::new(strict);
    let changed: Vec<String> = quiz.disagreements().into_iter().map(|d| d.scenario_id).collect();
    // Unrecorded oral guidance (with or without a procedure, Art. 7) and unrecorded inquiries become Art. 10(7)
    // under the strict reading.
    assert_eq!(changed, ["r2-10-22", "r2-07-03", "r2-14-05"]);
    let question = quiz.question(&QuestionId("r2-14-05/interference".into())).unwrap();
    assert!(question.is_right(&["yes".to_string()]), "the key follows the engine under the bureau's reading");
    let default_question = super::quiz().question(&QuestionId("r2-14-05/interference".into())).unwrap();
    assert!(default_question.is_right(&["no".to_string()]));
}

/// The ids the issue lists: every item of R1 Art. 5, 6, 8 and R2 Art. 10, 14, and the item-less articles R1 Art.
/// 2, 9 and R2 Art. 2, 7, 8, 13 themselves; plus R2 Art. 14 as a whole, the ground the engine gives for a
/// department's own lawful work procedure (Art. 10(2) read with Art. 14).
fn listed_ids() -> Vec<Cite> {
    let mut ids = Vec::new();
    for (number, articles) in [(1u8, &[2u8, 5, 6, 8, 9][..]), (2, &[2, 7, 8, 10, 13, 14][..])] {
        let reg = regulation(number).unwrap();
        for &article_number in articles {
            let article = reg.article(article_number).unwrap();
            if article.items.is_empty() {
                ids.push(Cite::article(number, article_number));
            } else {
                ids.extend(article.items.iter().map(|item| Cite::item(number, article_number, item.number)));
            }
        }
    }
    ids.push(Cite::article(2, 14));
    ids
}

/// The provisions the engine's outcome rests on (for contacts and cases) or cites (the others).
fn all_outcome_cites(outcome: &Outcome) -> Vec<Cite> {
    match outcome {
        Outcome::Contact(a) => a.rests_on(),
        Outcome::NonRecording(n) => n.cites(),
        Outcome::Retaliation(r) => r.cites(),
        Outcome::WrongCase(c) => c.rests_on(),
    }
}

#[test]
fn every_listed_item_is_exercised_by_some_scenario() {
    let rules = Readings::default();
    let ids = listed_ids();
    assert_eq!(ids.len(), 1 + 6 + 11 + 6 + 1 + 1 + 1 + 1 + 7 + 1 + 2 + 1);
    let mut exercised: Vec<Cite> = Vec::new();
    for scenario in quiz().scenarios() {
        let outcome = run(&scenario.facts, &rules);
        let found = outcome.exercised();
        let cited = all_outcome_cites(&outcome);
        for cite in &found {
            assert!(cited.contains(cite), "{}: {cite} is exercised but not cited by the engine", scenario.id);
        }
        exercised.extend(found);
    }
    let missing: Vec<String> = ids.iter().filter(|id| !exercised.contains(id)).map(|id| id.to_string()).collect();
    assert!(missing.is_empty(), "no scenario exercises {}", missing.join(", "));
    for id in ids {
        let count = exercised.iter().filter(|c| **c == id).count();
        assert!(count >= 1, "{id}");
    }
}

#[test]
fn exercised_provisions_come_from_the_findings_not_from_near_miss_reasoning() {
    let quiz = quiz();
    let scenario = quiz.scenario("r2-10-23").unwrap();
    let outcome = run(&scenario.facts, quiz.rules());
    // The engine's reasoning mentions Art. 14(1) (to say it does not apply), but the finding is Art. 10(1).
    assert!(outcome.explanation().cites().contains(&Cite::item(2, 14, 1)));
    assert!(!all_outcome_cites(&outcome).contains(&Cite::item(2, 14, 1)), "the verdict does not rest on it");
    assert!(!outcome.exercised().contains(&Cite::item(2, 14, 1)));
    assert!(outcome.exercised().contains(&Cite::item(2, 10, 1)));
    let pending = run(&quiz.scenario("r1-05-12").unwrap().facts, quiz.rules());
    assert_eq!(pending.exercised(), vec![Cite::article(1, 2)], "a pending case establishes no ground");
}

#[test]
fn the_bank_has_enough_scenarios_and_a_quarter_are_near_misses() {
    let quiz = quiz();
    let scenarios = quiz.scenarios();
    let near = scenarios.iter().filter(|s| s.near_miss).count();
    assert!(scenarios.len() >= 80, "{} scenarios", scenarios.len());
    assert!(near * 4 >= scenarios.len(), "{near} near misses of {}", scenarios.len());
}

#[test]
fn every_near_miss_is_one_fact_away_from_a_different_answer() {
    let quiz = quiz();
    for scenario in quiz.scenarios().iter().filter(|s| s.near_miss) {
        let answer = KeyAnswer::of(&run(&scenario.facts, quiz.rules()));
        let differs = flips(&scenario.facts).iter().any(|f| KeyAnswer::of(&run(&f.facts, quiz.rules())) != answer);
        assert!(differs, "{} is flagged a near miss but no single fact changes its answer", scenario.id);
    }
}

#[test]
fn ids_are_unique_and_every_entry_is_complete_chinese_prose() {
    let quiz = quiz();
    let mut ids: Vec<&str> = quiz.scenarios().iter().map(|s| s.id.as_str()).collect();
    ids.sort_unstable();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "duplicate scenario ids");
    for scenario in quiz.scenarios() {
        assert!(scenario.id.starts_with("r1-") || scenario.id.starts_with("r2-"), "{}", scenario.id);
        assert!(!scenario.id.contains('/'), "{}", scenario.id);
        assert_eq!(scenario.source, Source::Bank);
        assert!(scenario.prose.chars().count() >= 30, "{}: prose too short", scenario.id);
        assert!(scenario.prose.ends_with(['。', '”']), "{}: prose should end a sentence", scenario.id);
        assert!(!scenario.title.is_empty());
        let regulation = if scenario.id.starts_with("r1-") { 1 } else { 2 };
        assert_eq!(scenario.facts.regulation(), regulation, "{}", scenario.id);
        assert!(Question::all_for(scenario, quiz.rules()).len() >= 2, "{}: fewer than two questions", scenario.id);
    }
}

#[test]
fn every_person_category_and_both_sides_of_r1_scope_appear() {
    let quiz = quiz();
    let outcomes: Vec<Outcome> = quiz.scenarios().iter().map(|s| run(&s.facts, quiz.rules())).collect();
    for category in PersonCategory::ALL {
        let present = quiz
            .scenarios()
            .iter()
            .any(|s| matches!(&s.facts, Case::Contact { facts: f, .. } if f.category == category));
        assert!(present, "no scenario with {category:?}");
    }
    let statuses: Vec<_> =
        outcomes.iter().filter_map(|o| if let Outcome::WrongCase(c) = o { Some(c.status) } else { None }).collect();
    for status in crate::rules::r1::CaseStatus::ALL {
        assert!(statuses.contains(&status), "no R1 scenario ends {status:?}");
    }
    let verdicts: Vec<Option<&str>> = outcomes
        .iter()
        .filter_map(
            |o| if let Outcome::Contact(a) = o { Some(crate::quiz::ask::verdict_key(&a.verdict)) } else { None },
        )
        .collect();
    let keys = [
        "prohibited",
        "legitimate",
        "awaiting_record",
        "for_determination",
        "other_agency_without_procedure",
        "outside_scope",
    ];
    for key in keys {
        assert!(verdicts.contains(&Some(key)), "no contact ends {key}");
    }
}

#[test]
fn every_scenario_quotes_real_provisions() {
    for question in bank_questions() {
        for cite in &question.cites {
            assert!(quote(*cite).is_some(), "{}: {cite}", question.id);
        }
    }
}

#[test]
fn titles_name_the_situation_not_its_outcome() {
    // Words that state a finding or a deciding fact the question asks the trainee to weigh.
    let giveaways = ["有责", "无过错", "已记录", "已做工作记录", "违规", "正当", "不属于", "不构成", "不追究"];
    assert!(bank::specs().any(|spec| spec.title.contains("案审会")), "the bank is read");
    let telling: Vec<String> = bank::specs()
        .filter(|spec| giveaways.iter().any(|word| spec.title.contains(word)))
        .map(|spec| format!("{}「{}」", spec.id, spec.title))
        .collect();
    assert!(telling.is_empty(), "titles that give the answer away:\n{}", telling.join("\n"));
}
