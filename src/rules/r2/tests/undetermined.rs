//! Facts answered 不清楚: the verdict is one of its completions' verdicts or says what it turns on, an undetermined
//! verdict never leads to 通报 or referral, and "what would change the verdict" names only real changes.

use proptest::prelude::*;
use proptest::sample::select;

use super::super::*;
use super::kinds;
use super::properties::any_reading;

/// The vice-director of the issue: at the case meeting, in person, asks for a survey report before the decision;
/// a leader in post, for his duty, through procedure, recorded; whether it is within his authority is unknown.
fn vice_director_asking_for_a_survey() -> InterferenceFacts {
    let mut facts = InterferenceFacts {
        category: PersonCategory::CurrentStaff,
        is_bureau_leader: true,
        for_official_duty: true,
        through_procedure: true,
        recorded_by_handler: true,
        method: ContactMethod::InPerson,
        conduct: vec![Conduct::SupervisoryGuidance],
        ..InterferenceFacts::default()
    };
    facts.set_answer(ContactFact::WithinAuthority, Answer::Unknown);
    facts
}

const SANCTIONS: [ActionKind; 3] = [ActionKind::Notify, ActionKind::ReferToDiscipline, ActionKind::ReferForProsecution];

#[test]
fn an_unknown_authority_is_not_taken_for_beyond_authority() {
    let assessment = assess(&vice_director_asking_for_a_survey());
    let Verdict::Undetermined { turns_on, possibilities } = &assessment.verdict else {
        panic!("{:?}", assessment.verdict);
    };
    assert_eq!(turns_on, &vec![ContactFact::WithinAuthority]);
    assert_eq!(possibilities.len(), 2);
    assert_eq!(possibilities[0].answers, vec![(ContactFact::WithinAuthority, true)]);
    assert!(matches!(possibilities[0].verdict, Verdict::Legitimate { .. }), "{:?}", possibilities[0]);
    assert_eq!(possibilities[1].answers, vec![(ContactFact::WithinAuthority, false)]);
    assert!(matches!(possibilities[1].verdict, Verdict::Prohibited { .. }), "{:?}", possibilities[1]);
    let label = assessment.verdict.label();
    assert!(label.starts_with("结论取决于：对方的要求是否在其职权范围内 — 如所提要求在其职权范围内：不认定为干预（第七条）；如所提要求超出其职权范围：违反规定干预办案"), "{label}");
    let actions = kinds(&assessment.actions);
    assert!(SANCTIONS.iter().all(|k| !actions.contains(k)), "{actions:?}");
    assert_eq!(actions.first(), Some(&ActionKind::Record));
    assert!(actions.contains(&ActionKind::Report));
    // The reasoning states no finding about the authority, only both possibilities.
    let text: Vec<&str> = assessment.explanation.steps.iter().map(|s| s.text.as_str()).collect();
    assert!(text.iter().all(|t| !t.starts_with("所提要求超出其职权范围")), "{text:?}");
    assert!(text.iter().any(|t| t.contains("不予通报")), "{text:?}");
}

#[test]
fn an_unknown_fact_the_verdict_does_not_turn_on_leaves_it_standing() {
    // A retired leader pleading for a party: prohibited under Art. 10(5) whether or not it went through procedure.
    let mut facts = InterferenceFacts {
        category: PersonCategory::Retired,
        conduct: vec![Conduct::PleadForParty],
        method: ContactMethod::Phone,
        ..InterferenceFacts::default()
    };
    facts.set_answer(ContactFact::ThroughProcedure, Answer::Unknown);
    let assessment = assess(&facts);
    let known = assess(&InterferenceFacts { unknown: Vec::new(), ..facts.clone() });
    assert_eq!(assessment.verdict, known.verdict);
    assert!(assessment.explanation.steps[0].text.contains("不取决于这些事实"), "{:?}", assessment.explanation.steps[0]);
    assert_eq!(kinds(&assessment.actions), kinds(&known.actions));
}

#[test]
fn what_would_change_names_the_answer_that_turns_guidance_into_interference() {
    let mut settled = vice_director_asking_for_a_survey();
    settled.set_answer(ContactFact::WithinAuthority, Answer::Yes);
    let changes = what_would_change(&settled, &Interpretation::default());
    let authority = changes
        .iter()
        .find(|c| c.changed == ContactFact::WithinAuthority.phrase(false))
        .unwrap_or_else(|| panic!("{changes:?}"));
    assert_eq!(authority.actual, "所提要求在其职权范围内");
    assert!(matches!(authority.verdict, Verdict::Prohibited { .. }));
    // In writing it would still be legitimate guidance under Art. 7: not a change of the verdict.
    assert!(changes.iter().all(|c| !c.changed.contains("书面")), "{changes:?}");
}

#[test]
fn settling_the_unknown_by_amendment_gives_the_determined_verdict() {
    let mut facts = vice_director_asking_for_a_survey();
    facts.set_answer(ContactFact::WithinAuthority, Answer::Yes);
    assert!(matches!(assess(&facts).verdict, Verdict::Legitimate { .. }));
    facts.set_answer(ContactFact::WithinAuthority, Answer::No);
    assert!(matches!(assess(&facts).verdict, Verdict::Prohibited { .. }));
}

#[test]
fn old_records_without_unknowns_read_and_write_as_before() {
    let facts = InterferenceFacts { conduct: vec![Conduct::PleadForParty], ..InterferenceFacts::default() };
    let text = serde_json::to_string(&facts).expect("serialises");
    assert!(!text.contains("unknown"), "{text}");
    let back: InterferenceFacts = serde_json::from_str(&text).expect("reads");
    assert_eq!(back, facts);
    let mut unsure = facts.clone();
    unsure.set_answer(ContactFact::IsBureauLeader, Answer::Unknown);
    let text = serde_json::to_string(&unsure).expect("serialises");
    assert!(text.contains(r#""unknown":["is_bureau_leader"]"#), "{text}");
    assert_eq!(serde_json::from_str::<InterferenceFacts>(&text).expect("reads"), unsure);
}

fn partly_known() -> impl Strategy<Value = InterferenceFacts> {
    (
        select(PersonCategory::ALL.to_vec()),
        select(ContactMethod::ALL.to_vec()),
        proptest::collection::vec(select(Conduct::ALL.to_vec()), 1..3),
        proptest::array::uniform7(select(Answer::ALL.to_vec())),
    )
        .prop_map(|(category, method, conduct, answers)| {
            let mut facts = InterferenceFacts { category, method, conduct, ..InterferenceFacts::default() };
            for (fact, answer) in ContactFact::ALL.into_iter().zip(answers) {
                facts.set_answer(fact, answer);
            }
            facts
        })
}

/// Every completion of the unknown facts, with its answers.
fn completions(facts: &InterferenceFacts) -> Vec<(Vec<(ContactFact, bool)>, InterferenceFacts)> {
    let unknown = facts.unknown_facts();
    (0..1usize << unknown.len())
        .map(|mask| {
            let mut completed = InterferenceFacts { unknown: Vec::new(), ..facts.clone() };
            let mut answers = Vec::new();
            for (bit, &fact) in unknown.iter().enumerate() {
                let value = mask & (1 << bit) != 0;
                completed.set_value(fact, value);
                answers.push((fact, value));
            }
            (answers, completed)
        })
        .collect()
}

proptest! {
    #[test]
    fn a_verdict_with_unknowns_is_a_completion_s_or_says_what_it_turns_on(
        facts in partly_known(),
        reading in any_reading(),
    ) {
        let verdict = assess_with(&facts, &reading).verdict;
        let completed: Vec<(Vec<(ContactFact, bool)>, Verdict)> = completions(&facts)
            .into_iter()
            .map(|(answers, f)| (answers, assess_with(&f, &reading).verdict))
            .collect();
        match &verdict {
            Verdict::Undetermined { turns_on, possibilities } => {
                prop_assert!(!turns_on.is_empty());
                prop_assert!(turns_on.iter().all(|f| facts.unknown.contains(f)));
                let mut distinct: Vec<&Verdict> = Vec::new();
                for p in possibilities {
                    prop_assert!(p.verdict.is_determined());
                    prop_assert!(p.answers.iter().all(|(f, _)| turns_on.contains(f)));
                    if !distinct.contains(&&p.verdict) {
                        distinct.push(&p.verdict);
                    }
                    // Every completion that satisfies the possibility's answers gives its verdict.
                    for (answers, v) in &completed {
                        if p.answers.iter().all(|a| answers.contains(a)) {
                            prop_assert_eq!(v, &p.verdict, "{:?} under {:?}", p, answers);
                        }
                    }
                }
                prop_assert!(distinct.len() >= 2);
                // And every completion is covered by some possibility.
                for (answers, v) in &completed {
                    prop_assert!(possibilities.iter().any(|p| p.answers.iter().all(|a| answers.contains(a)) && &p.verdict == v));
                }
            }
            determined => {
                prop_assert!(completed.iter().all(|(_, v)| v == determined), "{:?} vs {:?}", determined, completed);
            }
        }
    }

    #[test]
    fn an_undetermined_verdict_never_leads_to_a_sanction(facts in partly_known(), reading in any_reading()) {
        let assessment = assess_with(&facts, &reading);
        let actions = kinds(&assessment.actions);
        if !assessment.verdict.is_determined() {
            prop_assert!(SANCTIONS.iter().all(|k| !actions.contains(k)), "{:?}", actions);
            prop_assert!(actions.contains(&ActionKind::Report));
        }
        prop_assert_eq!(actions.first(), Some(&ActionKind::Record));
        // A sanction stands only if every completion would call for it.
        for kind in SANCTIONS.iter().filter(|k| actions.contains(k)) {
            for (_, completed) in completions(&facts) {
                prop_assert!(kinds(&assess_with(&completed, &reading).actions).contains(kind));
            }
        }
    }

    #[test]
    fn what_would_change_names_exactly_the_changes_that_change_the_verdict(
        facts in partly_known(),
        reading in any_reading(),
    ) {
        let base = assess_with(&facts, &reading).verdict;
        let changes = what_would_change(&facts, &reading);
        let varied: Vec<Variation> = variations(&facts).into_iter().filter(|v| v.varied != Varied::Conduct).collect();
        for change in &changes {
            prop_assert!(change.verdict.label() != base.label());
            let rerun = varied.iter().find(|v| v.changed == change.changed && v.actual == change.actual);
            prop_assert!(rerun.is_some_and(|v| assess_with(&v.facts, &reading).verdict == change.verdict));
        }
        for v in &varied {
            let verdict = assess_with(&v.facts, &reading).verdict;
            if verdict.label() != base.label() {
                prop_assert!(changes.iter().any(|c| c.changed == v.changed && c.verdict == verdict), "{} missing", v.changed);
            }
        }
    }
}
