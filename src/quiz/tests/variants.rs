//! Variants: every seed gives a valid scenario and valid questions; the same seed gives the same variant.

use super::*;
use crate::quiz::variants::{self, TEMPLATES};

#[test]
fn every_template_gives_valid_questions_over_many_seeds() {
    let rules = Readings::default();
    let mut problems = Vec::new();
    let mut questions = 0;
    for template in TEMPLATES {
        for seed in 0..150u64 {
            let scenario = variants::generate(template.key, seed.wrapping_mul(0x9E37_79B9)).unwrap();
            let generated = Question::all_for(&scenario, &rules);
            if generated.is_empty() {
                problems.push(format!("{}: no question", scenario.id));
            }
            for question in &generated {
                problems.extend(question_problems(question));
                let feedback = question.grade(&[question.options[0].key.clone()]);
                if question.format == AnswerFormat::Single && feedback.is_err() {
                    problems.push(format!("{}: first option not gradable", question.id));
                }
            }
            questions += generated.len();
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert!(questions > 1000, "{questions}");
}

#[test]
fn random_variants_spread_over_templates_and_answers() {
    let rules = Readings::default();
    let mut templates = Vec::new();
    let mut verdicts = Vec::new();
    let mut statuses = Vec::new();
    for seed in 0..400 {
        let scenario = variants::random(seed);
        if let Source::Variant { template, .. } = scenario.source {
            templates.push(template);
        }
        match run(&scenario.facts, &rules) {
            Outcome::Contact(a) => verdicts.push(crate::quiz::ask::verdict_key(&a.verdict)),
            Outcome::WrongCase(c) => statuses.push(c.status),
            _ => {}
        }
    }
    for template in TEMPLATES {
        assert!(templates.contains(&template.key), "{} never drawn", template.key);
    }
    for key in ["prohibited", "legitimate", "awaiting_record", "other_agency_without_procedure", "outside_scope"] {
        assert!(verdicts.contains(&Some(key)), "no contact variant ends {key}");
    }
    for status in crate::rules::r1::CaseStatus::ALL {
        assert!(statuses.contains(&status), "no case variant ends {status:?}");
    }
}

#[test]
fn a_variant_is_rebuilt_exactly_from_its_id() {
    for seed in [0, 1, 42, u64::MAX] {
        let scenario = variants::random(seed);
        assert_eq!(variants::random(seed), scenario, "deterministic");
        assert_eq!(variants::from_id(&scenario.id).as_ref(), Some(&scenario));
        assert!(scenario.title.starts_with("变式·"));
        let question = Question::all_for(&scenario, &Readings::default()).remove(0);
        assert_eq!(quiz().question(&question.id), Some(question));
    }
    for bad in ["v-", "v-contact", "v-contact-x", "v-nope-1", "contact-1", "v-contact--1"] {
        assert!(variants::from_id(bad).is_none(), "{bad}");
    }
}

#[test]
fn variant_prose_states_the_facts_the_engine_is_given() {
    for seed in 0..200 {
        let scenario = variants::generate("contact", seed).unwrap();
        let Case::Contact { facts, .. } = &scenario.facts else { panic!("contact template") };
        let recorded = scenario.prose.contains("记录在案");
        assert_eq!(recorded, facts.recorded_by_handler, "{}", scenario.prose);
        assert_eq!(
            scenario.prose.contains("受当事人之托") || scenario.prose.contains("代表当事人"),
            facts.on_behalf_of_party
        );
        assert_eq!(scenario.prose.contains("按正常工作程序进行"), facts.through_procedure, "{}", scenario.prose);
    }
    for seed in 0..200 {
        let scenario = variants::generate("case", seed).unwrap();
        let Case::WrongCase(facts) = &scenario.facts else { panic!("case template") };
        let verified = facts.grounds[0].verification == crate::rules::r1::Verification::Verified;
        assert_eq!(scenario.prose.contains("经调查属实"), verified, "{}", scenario.prose);
        assert!(scenario.prose.contains(facts.officers[0].name.as_str()));
    }
}
