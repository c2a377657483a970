//! Properties over arbitrary cases and arbitrary bureau policies: no panic, determinism, monotone suggestions,
//! every cite quotes.

use proptest::prelude::*;
use proptest::sample::select;

use crate::law::quote;
use crate::rules::r1::*;

fn ground_event() -> impl Strategy<Value = GroundEvent> {
    prop_oneof![
        (select(SupervisionChannel::ALL.to_vec()), select(ReviewOutcome::ALL.to_vec()))
            .prop_map(|(channel, outcome)| GroundEvent::SupervisionFinding { channel, outcome }),
        select(ReviewOutcome::ALL.to_vec()).prop_map(|outcome| GroundEvent::MajorPenaltyReview { outcome }),
        select(ReconsiderationOutcome::ALL.to_vec()).prop_map(|outcome| GroundEvent::Reconsideration { outcome }),
        (select(CourtInstance::ALL.to_vec()), select(JudgmentOutcome::ALL.to_vec()))
            .prop_map(|(instance, outcome)| GroundEvent::CourtJudgment { instance, outcome }),
        select(CompensationStatus::ALL.to_vec()).prop_map(|status| GroundEvent::StateCompensation { status }),
        select(ReviewOutcome::ALL.to_vec()).prop_map(|outcome| GroundEvent::SuperiorInvestigation { outcome }),
    ]
}

/// Mostly verified, so that a good share of cases are wrong cases with liable officers.
fn ground_report() -> impl Strategy<Value = GroundReport> {
    let verification = prop_oneof![3 => Just(Verification::Verified), 1 => select(Verification::ALL.to_vec())];
    (ground_event(), verification).prop_map(|(event, verification)| GroundReport { event, verification })
}

fn mitigation_claim() -> impl Strategy<Value = MitigationClaim> {
    prop_oneof![
        any::<bool>().prop_map(|provision_unclear| MitigationClaim::UnclearLaw { provision_unclear }),
        any::<(bool, bool)>().prop_map(|(emerged_after_service, changed_facts_or_nature)| {
            MitigationClaim::NewEvidenceAfterService { emerged_after_service, changed_facts_or_nature }
        }),
        any::<bool>()
            .prop_map(|officer_without_fault| MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault }),
        any::<(bool, bool)>().prop_map(|(significantly_minor, corrected_after_education)| {
            MitigationClaim::MinorAndCorrected { significantly_minor, corrected_after_education }
        }),
        any::<(bool, bool)>().prop_map(|(corrected_promptly_on_own_initiative, caused_consequences)| {
            MitigationClaim::PromptSelfCorrection { corrected_promptly_on_own_initiative, caused_consequences }
        }),
        any::<bool>().prop_map(|caused_the_error| MitigationClaim::FalsificationOrForceMajeure { caused_the_error }),
    ]
}

fn officer() -> impl Strategy<Value = OfficerFacts> {
    (
        "[张王李赵a-z ]{0,6}",
        prop::collection::vec(select(LiableAct::ALL.to_vec()), 0..4),
        prop::collection::vec(mitigation_claim(), 0..3),
        prop::collection::vec(select(InquiryConduct::ALL.to_vec()), 0..3),
    )
        .prop_map(|(name, acts, mitigation_claims, inquiry_conduct)| OfficerFacts {
            name,
            acts,
            mitigation_claims,
            inquiry_conduct,
        })
}

/// Mostly covered kinds, so that the rules past Art. 2 are exercised.
fn facts() -> impl Strategy<Value = WrongCaseFacts> {
    let covered = [CaseKind::AdministrativePenalty, CaseKind::AdministrativeLicensing];
    let kind = prop_oneof![4 => select(covered.to_vec()), 1 => select(CaseKind::ALL.to_vec())];
    (
        kind,
        prop::collection::vec(ground_report(), 0..4),
        prop::collection::vec(officer(), 0..4),
        prop::collection::vec(mitigation_claim(), 0..2),
    )
        .prop_map(|(kind, grounds, officers, causes)| WrongCaseFacts { kind, grounds, officers, causes })
}

fn policy() -> impl Strategy<Value = BureauPolicy> {
    (
        any::<(bool, bool)>(),
        prop::collection::btree_map(select(LiableAct::ALL.to_vec()), select(SanctionKind::ALL.to_vec()), 0..11),
        any::<u8>(),
        any::<u8>(),
        select(WeighingRule::ALL.to_vec()),
    )
        .prop_map(|(readings, base, mitigation_steps, aggravation_steps, weighing)| BureauPolicy {
            effective_first_instance_is_final: readings.0,
            licensing_new_evidence_by_analogy: readings.1,
            sanction: SanctionPolicy { base, mitigation_steps, aggravation_steps, weighing },
        })
}

/// Each officer's suggested severity, `None` where there is no suggestion.
fn severities(assessment: &WrongCaseAssessment) -> Vec<Option<u8>> {
    assessment.officers.iter().map(|o| o.suggestion.as_ref().map(Suggestion::severity)).collect()
}

fn liabilities(assessment: &WrongCaseAssessment) -> Vec<Liability> {
    assessment.officers.iter().map(|o| o.liability).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn assessing_never_panics_and_is_deterministic(facts in facts(), policy in policy()) {
        let first = assess_with_policy(&facts, &policy);
        prop_assert_eq!(&first, &assess_with_policy(&facts, &policy));
        prop_assert_eq!(assess(&facts), assess(&facts));
        prop_assert_eq!(first.officers.len(), facts.officers.len());
    }

    #[test]
    fn every_cite_quotes_and_every_step_cites(facts in facts(), policy in policy()) {
        let assessment = assess_with_policy(&facts, &policy);
        for cite in assessment.rests_on() {
            prop_assert!(quote(cite).is_some(), "{} does not quote", cite);
        }
        let officer_steps = assessment.officers.iter().flat_map(|o| {
            o.explanation.steps.iter().chain(o.suggestion.iter().flat_map(|s| s.explanation.steps.iter()))
        });
        for step in assessment.explanation.steps.iter().chain(officer_steps) {
            prop_assert!(!step.cites.is_empty(), "step without cites: {}", step.text);
        }
    }

    #[test]
    fn findings_are_consistent(facts in facts(), policy in policy()) {
        let assessment = assess_with_policy(&facts, &policy);
        let established = !assessment.established_grounds().is_empty();
        prop_assert_eq!(assessment.status == CaseStatus::WrongCase, established);
        prop_assert_eq!(assessment.status == CaseStatus::OutsideScope, !facts.kind.is_covered());
        for officer in &assessment.officers {
            prop_assert_eq!(officer.suggestion.is_some(), officer.is_liable());
            prop_assert!(!officer.is_liable() || assessment.status == CaseStatus::WrongCase);
            prop_assert_eq!(officer.is_liable(), !officer.liable_items().is_empty());
        }
    }

    #[test]
    fn adding_a_mitigating_fact_never_makes_a_suggestion_heavier(
        facts in facts(),
        policy in policy(),
        claim in mitigation_claim(),
        who in any::<prop::sample::Index>(),
    ) {
        prop_assume!(!facts.officers.is_empty());
        let before = assess_with_policy(&facts, &policy);
        let mut more = facts.clone();
        let index = who.index(more.officers.len());
        more.officers[index].mitigation_claims.push(claim);
        let after = assess_with_policy(&more, &policy);
        prop_assert_eq!(liabilities(&before), liabilities(&after));
        for (old, new) in severities(&before).into_iter().zip(severities(&after)) {
            prop_assert!(new <= old, "{:?} → {:?}", old, new);
        }
    }

    #[test]
    fn adding_an_aggravating_fact_never_makes_a_suggestion_lighter(
        facts in facts(),
        policy in policy(),
        conduct in select(InquiryConduct::ALL.to_vec()),
        who in any::<prop::sample::Index>(),
    ) {
        prop_assume!(!facts.officers.is_empty());
        let before = assess_with_policy(&facts, &policy);
        let mut more = facts.clone();
        let index = who.index(more.officers.len());
        more.officers[index].inquiry_conduct.push(conduct);
        let after = assess_with_policy(&more, &policy);
        prop_assert_eq!(liabilities(&before), liabilities(&after));
        for (old, new) in severities(&before).into_iter().zip(severities(&after)) {
            prop_assert!(new >= old, "{:?} → {:?}", old, new);
        }
    }

    #[test]
    fn a_qualifying_mitigation_or_aggravation_moves_the_default_suggestion(
        act in select(LiableAct::ALL.to_vec()),
        item in select(Mitigation::ALL.to_vec()),
    ) {
        let officer = OfficerFacts { acts: vec![act], ..Default::default() };
        let facts = super::builders::wrong_case(CaseKind::AdministrativePenalty, officer);
        let base = severities(&assess(&facts))[0].expect("a liable officer gets a suggestion");
        let mut mitigated = facts.clone();
        mitigated.officers[0].mitigation_claims.push(MitigationClaim::satisfied(item));
        prop_assert_eq!(severities(&assess(&mitigated))[0], Some(base - 1));
        let mut aggravated = facts.clone();
        aggravated.officers[0].inquiry_conduct.push(InquiryConduct::AllowsHarm);
        prop_assert_eq!(severities(&assess(&aggravated))[0], Some((base + 1).min(6)));
    }

    #[test]
    fn penalty_wording_reaches_a_licensing_case_only_with_a_stated_reason(facts in facts(), policy in policy()) {
        // 处罚决定书, 处罚相对人 and 罚没 belong to penalty cases: in a licensing case a step may use them only to say
        // the provision does not apply or applies by analogy. Reports of suspected violations (R1-10-3) are owed
        // whatever the case, so they are exempt.
        let licensing = WrongCaseFacts { kind: CaseKind::AdministrativeLicensing, ..facts };
        let assessment = assess_with_policy(&licensing, &policy);
        let report = crate::law::Cite::item(1, 10, 3);
        let officer_steps = assessment.officers.iter().flat_map(|o| {
            o.explanation.steps.iter().chain(o.suggestion.iter().flat_map(|s| s.explanation.steps.iter()))
        });
        for step in assessment.explanation.steps.iter().chain(officer_steps) {
            let penalty_words = ["处罚决定书", "处罚相对人", "罚没"].iter().any(|w| step.text.contains(w));
            if penalty_words && !step.cites.contains(&report) {
                let stated = step.text.contains("行政许可案件") || step.text.contains("类推");
                prop_assert!(stated, "penalty wording in a licensing case without saying so: {}", step.text);
            }
        }
    }

    #[test]
    fn facts_round_trip_through_json(facts in facts(), policy in policy()) {
        let json = serde_json::to_string(&facts).unwrap();
        prop_assert_eq!(serde_json::from_str::<WrongCaseFacts>(&json).unwrap(), facts);
        let json = serde_json::to_string(&policy).unwrap();
        prop_assert_eq!(serde_json::from_str::<BureauPolicy>(&json).unwrap(), policy);
    }
}
