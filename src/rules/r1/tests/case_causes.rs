//! R1 Art. 8 causes found for the whole case: the reason an officer without an Art. 6 act is not liable, and a
//! circumstance of a liable officer where the item allows (item 3 needs an officer without fault).

use super::builders::*;
use crate::rules::r1::*;

fn caused_by(facts: WrongCaseFacts, causes: &[MitigationClaim]) -> WrongCaseFacts {
    WrongCaseFacts { causes: causes.to_vec(), ..facts }
}

fn penalty(officer: OfficerFacts) -> WrongCaseFacts {
    wrong_case(CaseKind::AdministrativePenalty, officer)
}

#[test]
fn the_partys_fraud_is_the_recorded_reason_no_officer_is_liable() {
    for item in Mitigation::CASE_CAUSES {
        let assessment = assess(&caused_by(penalty(officer(&[])), &[MitigationClaim::satisfied(item)]));
        assert_eq!(assessment.status, CaseStatus::WrongCase);
        assert_eq!(assessment.causes, vec![item]);
        let officer = &assessment.officers[0];
        assert_eq!(officer.liability, Liability::NoLiableAct);
        assert_eq!(officer.not_liable_because, vec![item], "{item:?}");
        assert!(officer.rests_on().contains(&item.cite()), "{:?}", officer.rests_on());
        assert!(assessment.rests_on().contains(&item.cite()));
        let reason = officer.explanation.steps.iter().find(|s| s.text.contains("错案成因不在执法人员"));
        assert!(reason.is_some_and(|s| s.cites.contains(&item.cite())), "{:?}", officer.explanation);
    }
}

#[test]
fn a_cause_that_is_not_made_out_is_no_reason() {
    // 近乎成立: the evidence existed before service, so item 2 does not hold.
    let claim =
        MitigationClaim::NewEvidenceAfterService { emerged_after_service: false, changed_facts_or_nature: true };
    let assessment = assess(&caused_by(penalty(officer(&[])), &[claim]));
    assert!(assessment.causes.is_empty());
    let officer = &assessment.officers[0];
    assert_eq!(officer.liability, Liability::NoLiableAct);
    assert!(officer.not_liable_because.is_empty());
    assert!(!officer.rests_on().contains(&Mitigation::NewEvidenceAfterService.cite()));
    assert!(assessment.explanation.steps.iter().any(|s| s.text.contains("不符合第八条第（二）项")));
}

#[test]
fn a_liable_officer_gets_items_2_and_6_as_circumstances_but_not_item_3() {
    let causes: Vec<MitigationClaim> = Mitigation::CASE_CAUSES.into_iter().map(MitigationClaim::satisfied).collect();
    let assessment = assess(&caused_by(penalty(officer(&[LiableAct::EvidenceFailure])), &causes));
    let officer = &assessment.officers[0];
    assert_eq!(officer.liability, Liability::Liable);
    assert!(officer.not_liable_because.is_empty());
    assert_eq!(officer.mitigating, vec![Mitigation::NewEvidenceAfterService, Mitigation::FalsificationOrForceMajeure]);
    assert_eq!(officer.circumstances, Circumstances::Mitigating);
    assert!(officer.explanation.steps.iter().any(|s| s.text.contains("以“执法人员没有过错”为要件")));
}

#[test]
fn an_officers_own_circumstance_is_not_taken_as_the_cases_cause() {
    let assessment =
        assess(&caused_by(penalty(officer(&[])), &[MitigationClaim::satisfied(Mitigation::PromptSelfCorrection)]));
    assert!(assessment.causes.is_empty());
    assert!(assessment.officers[0].not_liable_because.is_empty());
    assert!(assessment.explanation.steps.iter().any(|s| s.text.contains("针对执法人员本人的情形")));
}

#[test]
fn causes_are_not_weighed_before_the_case_is_a_wrong_case() {
    let assessment = assess(&caused_by(
        pending_case(officer(&[])),
        &[MitigationClaim::satisfied(Mitigation::FalsificationOrForceMajeure)],
    ));
    assert_eq!(assessment.status, CaseStatus::Pending);
    assert!(assessment.causes.is_empty());
    assert!(assessment.officers[0].not_liable_because.is_empty());
    assert!(assessment.explanation.steps.iter().any(|s| s.text.contains("暂不评估")));
}
