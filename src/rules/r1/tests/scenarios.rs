//! Worked scenarios: the reasoning chains, pending outcomes, procedure, weighing and the policy's effect.

use super::builders::*;
use crate::law::{Cite, quote};
use crate::rules::Explanation;
use crate::rules::r1::*;

fn has_step(explanation: &Explanation, parts: &[&str]) -> bool {
    explanation.steps.iter().any(|step| parts.iter().all(|part| step.text.contains(part)))
}

fn penalty_wrong_case(officer: OfficerFacts) -> WrongCaseFacts {
    wrong_case(CaseKind::AdministrativePenalty, officer)
}

#[test]
fn reconsideration_revoked_and_verified_reads_as_a_cited_chain() {
    let assessment = assess(&penalty_case(verified(revoked_on_reconsideration())));
    let steps = &assessment.explanation.steps;
    let qualifies = steps.iter().position(|s| s.text == "复议决定撤销原行政行为 → 属于第五条第3项所列情形").unwrap();
    assert_eq!(steps[qualifies].cites, vec![Cite::item(1, 5, 3)]);
    assert_eq!(steps[qualifies + 1].text, "经调查属实 → 界定为错案");
    assert_eq!(steps[qualifies + 1].cites, vec![Cite::article(1, 5), Cite::item(1, 5, 3)]);
    assert_eq!(assessment.status, CaseStatus::WrongCase);
    assert!(has_step(&assessment.explanation, &["局党群科、法治科"]));
    assert_eq!(assessment.established_grounds(), vec![WrongCaseGround::Reconsideration]);
}

#[test]
fn first_instance_judgment_under_appeal_waits_for_the_final_judgment() {
    let event = GroundEvent::CourtJudgment {
        instance: CourtInstance::FirstInstanceNotEffective,
        outcome: JudgmentOutcome::Revoked,
    };
    let assessment = assess(&case(
        CaseKind::AdministrativePenalty,
        vec![verified(event)],
        vec![officer(&[LiableAct::WrongLegalBasis])],
    ));
    assert_eq!(assessment.status, CaseStatus::Pending);
    assert_eq!(assessment.grounds[0].status, GroundStatus::PendingOutcome);
    assert!(has_step(&assessment.grounds[0].explanation, &["终审判决", "不得界定为错案"]));
    assert_eq!(assessment.actions, vec![Action::AwaitFinalOutcome]);
    assert_eq!(assessment.officers[0].liability, Liability::AwaitingWrongCase);
    assert!(assessment.officers[0].suggestion.is_none());
    // The officer's acts are still recorded with their items.
    assert_eq!(assessment.officers[0].acts, vec![LiableAct::WrongLegalBasis]);
    assert!(assessment.officers[0].liable_items().is_empty());
}

#[test]
fn the_reading_of_an_unappealed_first_instance_judgment_is_a_stated_policy_choice() {
    let event = GroundEvent::CourtJudgment {
        instance: CourtInstance::FirstInstanceEffective,
        outcome: JudgmentOutcome::Varied,
    };
    let facts = penalty_case(verified(event));
    let default = assess(&facts);
    assert_eq!(default.status, CaseStatus::WrongCase);
    assert!(has_step(&default.explanation, &["视同终审判决", "可在设置中更改"]));
    let strict = BureauPolicy { effective_first_instance_is_final: false, ..Default::default() };
    let strict = assess_with_policy(&facts, &strict);
    assert_eq!(strict.status, CaseStatus::NotWrongCase);
    assert!(has_step(&strict.explanation, &["只认可二审终审判决", "可在设置中更改"]));
}

#[test]
fn an_unverified_suspicion_is_investigated_not_a_wrong_case() {
    let assessment = assess(&pending_case(officer(&[LiableAct::EvidenceFailure])));
    assert_eq!(assessment.status, CaseStatus::Pending);
    assert_eq!(assessment.grounds[0].status, GroundStatus::PendingVerification);
    assert!(has_step(&assessment.explanation, &["经调查属实", "待调查核实", "不得界定为错案"]));
    assert_eq!(assessment.actions, vec![Action::InvestigateAndVerify]);
    assert!(Action::InvestigateAndVerify.label().contains("党群科、法治科"));
    assert!(assessment.rests_on().contains(&Cite::article(1, 3)));
}

#[test]
fn no_reported_ground_means_no_wrong_case_and_no_liability() {
    let assessment =
        assess(&case(CaseKind::AdministrativePenalty, vec![], vec![officer(&[LiableAct::WrongLegalBasis])]));
    assert_eq!(assessment.status, CaseStatus::NotWrongCase);
    assert!(has_step(&assessment.explanation, &["未报告第五条所列任何情形"]));
    assert_eq!(assessment.officers[0].liability, Liability::NotWrongCase);
    assert!(assessment.actions.is_empty());
    assert_eq!(assess(&WrongCaseFacts::default()).status, CaseStatus::NotWrongCase);
}

#[test]
fn one_established_ground_is_enough_even_beside_pending_ones() {
    let pending =
        report(GroundEvent::StateCompensation { status: CompensationStatus::Claimed }, Verification::Unverified);
    let facts = case(CaseKind::AdministrativePenalty, vec![pending, verified(revoked_on_reconsideration())], vec![]);
    let assessment = assess(&facts);
    assert_eq!(assessment.status, CaseStatus::WrongCase);
    assert_eq!(assessment.grounds[0].status, GroundStatus::PendingOutcome);
    assert_eq!(assessment.grounds[1].status, GroundStatus::Established);
}

#[test]
fn outside_scope_cases_are_not_assessed_under_r1_but_integrity_violations_are_still_reported() {
    let facts = case(
        CaseKind::AdministrativeCompulsion,
        vec![verified(revoked_on_reconsideration())],
        vec![officer(&[LiableAct::MisuseOfSeizedGoods]), officer(&[LiableAct::WrongLegalBasis])],
    );
    let assessment = assess(&facts);
    assert_eq!(assessment.status, CaseStatus::OutsideScope);
    assert!(assessment.grounds.is_empty());
    assert!(has_step(&assessment.explanation, &["单独的行政强制", "不属于本制度调整范围"]));
    assert_eq!(assessment.explanation.cites(), vec![Cite::article(1, 2)]);
    for officer in &assessment.officers {
        assert_eq!(officer.liability, Liability::OutsideScope);
        assert!(officer.suggestion.is_none());
    }
    assert_eq!(assessment.officers[0].actions, vec![Action::ReportSuspectedViolation]);
    assert!(assessment.officers[1].actions.is_empty());
    assert_eq!(assessment.actions, vec![Action::ReportSuspectedViolation]);
}

#[test]
fn integrity_violations_always_add_the_report_action_and_other_acts_never_do() {
    for act in LiableAct::ALL {
        for facts in [penalty_wrong_case(officer(&[act])), pending_case(officer(&[act]))] {
            let officer = &assess(&facts).officers[0];
            let reported = officer.actions.contains(&Action::ReportSuspectedViolation);
            assert_eq!(reported, act.is_integrity_violation(), "{act:?}");
            if reported {
                assert!(has_step(&officer.explanation, &["涉嫌违纪违法", "及时向有关部门"]));
                assert!(officer.rests_on().contains(&Cite::item(1, 10, 3)));
            }
        }
    }
    assert_eq!(Action::ReportSuspectedViolation.label(), "涉嫌违纪违法的，及时向有关部门报告");
}

#[test]
fn a_liable_officer_gets_the_procedure_and_their_rights() {
    let assessment = assess(&penalty_wrong_case(officer(&[LiableAct::ProcedureViolation])));
    let officer = &assessment.officers[0];
    assert!(officer.is_liable());
    assert_eq!(officer.liable_items(), vec![Cite::item(1, 6, 3)]);
    assert_eq!(officer.actions, vec![Action::ProposeHandling, Action::CollectiveDecision, Action::InformOfRights]);
    assert!(Action::ProposeHandling.label().contains("法治科"));
    assert!(Action::InformOfRights.label().contains("区行政执法监督部门"));
    assert!(Action::InformOfRights.label().contains("区纪检监察部门"));
    assert!(Action::InformOfRights.label().contains("陈述和申辩"));
    for cite in [Cite::article(1, 7), Cite::item(1, 10, 3), Cite::article(1, 12)] {
        assert!(officer.rests_on().contains(&cite), "{cite}");
    }
    assert_eq!(officer.circumstances, Circumstances::Ordinary);
}

#[test]
fn officers_are_assessed_one_by_one() {
    let facts = case(
        CaseKind::AdministrativePenalty,
        vec![verified(revoked_on_reconsideration())],
        vec![
            officer(&[LiableAct::GrosslyUnfairPenalty]),
            OfficerFacts { name: "李四".to_string(), ..Default::default() },
        ],
    );
    let assessment = assess(&facts);
    assert_eq!(assessment.officers[0].liability, Liability::Liable);
    assert_eq!(assessment.officers[1].liability, Liability::NoLiableAct);
    assert_eq!(assessment.officers[1].name, "李四");
    assert!(has_step(&assessment.officers[1].explanation, &["未认定第六条所列行为"]));
    assert!(assessment.officers[1].suggestion.is_none());
}

#[test]
fn a_penalty_only_act_in_a_licensing_case_points_to_the_catch_all_item() {
    let assessment =
        assess(&wrong_case(CaseKind::AdministrativeLicensing, officer(&[LiableAct::NoEnforcementCertificate])));
    let officer = &assessment.officers[0];
    assert_eq!(officer.liability, Liability::NoLiableAct);
    assert!(officer.acts.is_empty());
    assert!(has_step(&officer.explanation, &["行政许可案件", "第六条第（十一）项"]));
}

#[test]
fn mitigation_is_discretionary_and_may_lead_to_a_suggested_exemption() {
    let facts = penalty_wrong_case(officer_claiming(
        &[LiableAct::WrongLegalBasis],
        &[MitigationClaim::satisfied(Mitigation::UnclearLaw)],
    ));
    let officer = &assess(&facts).officers[0];
    assert_eq!(officer.circumstances, Circumstances::Mitigating);
    assert!(has_step(&officer.explanation, &["“可以”从轻或免于追究", "裁量"]));
    let suggestion = officer.suggestion.as_ref().unwrap();
    assert_eq!(suggestion.outcome, SuggestedOutcome::Exempt);
    assert_eq!(suggestion.severity(), 0);
    assert!(has_step(&suggestion.explanation, &["建议：免于追究责任", "批评教育"]));
    // Still liable: exemption is the policy's suggestion, not a finding of no liability.
    assert!(officer.is_liable());
}

#[test]
fn mitigation_and_aggravation_are_both_shown_and_the_weighing_is_explained() {
    let mut facts = penalty_wrong_case(officer_claiming(
        &[LiableAct::WrongLegalBasis],
        &[MitigationClaim::satisfied(Mitigation::PromptSelfCorrection)],
    ));
    facts.officers[0].inquiry_conduct = vec![InquiryConduct::ObstructsInvestigation];
    let officer = &assess(&facts).officers[0];
    assert_eq!(officer.circumstances, Circumstances::MitigatingAndAggravating);
    assert_eq!(officer.mitigating, vec![Mitigation::PromptSelfCorrection]);
    assert_eq!(officer.aggravating, vec![InquiryConduct::ObstructsInvestigation]);
    assert!(has_step(&officer.explanation, &["“可以”从轻或免于追究"]));
    assert!(has_step(&officer.explanation, &["“应”从重处理"]));
    assert!(has_step(&officer.explanation, &["并存", "均予列明"]));

    // Default rule: aggravation rules out the exemption mitigation alone would have suggested; the steps offset.
    let suggestion = officer.suggestion.as_ref().unwrap();
    assert_eq!(suggestion.outcome, SuggestedOutcome::Sanction(SanctionKind::WrittenSelfCriticism));
    assert!(has_step(&suggestion.explanation, &["从重排除免于追究、从轻酌减", "不建议免于追究"]));
    assert!(has_step(&suggestion.explanation, &["第八条情形"]));
    assert!(has_step(&suggestion.explanation, &["第九条情形"]));

    // The other rule: aggravation absorbs mitigation.
    let absorbs = BureauPolicy {
        sanction: SanctionPolicy { weighing: WeighingRule::AggravationAbsorbsMitigation, ..Default::default() },
        ..Default::default()
    };
    let officer = &assess_with_policy(&facts, &absorbs).officers[0];
    let suggestion = officer.suggestion.as_ref().unwrap();
    assert_eq!(suggestion.outcome, SuggestedOutcome::Sanction(SanctionKind::CirculatedCriticism));
    assert!(has_step(&suggestion.explanation, &["从重吸收从轻", "不降低建议档次"]));
    assert_eq!(officer.mitigating, vec![Mitigation::PromptSelfCorrection], "mitigation is still shown");
}

#[test]
fn every_suggestion_says_it_is_policy_and_that_the_decision_is_collective() {
    for act in LiableAct::ALL {
        let suggestion = assess(&penalty_wrong_case(officer(&[act]))).officers[0].suggestion.clone().unwrap();
        let steps = &suggestion.explanation.steps;
        assert_eq!(steps.first().unwrap().text, Suggestion::NO_LEGAL_MAPPING);
        assert_eq!(steps.last().unwrap().text, Suggestion::COLLECTIVE_DECISION);
        assert!(steps[0].text.contains("未规定何种行为对应何种处理"));
        assert!(suggestion.cites().contains(&Cite::item(1, 10, 3)));
        assert!(suggestion.cites().contains(&Cite::item(1, 4, 3)));
        assert!(suggestion.cites().contains(&Cite::item(1, 4, 4)));
        assert_eq!(suggestion.outcome, SuggestedOutcome::Sanction(SanctionPolicy::default_base(act)));
    }
    assert!(Suggestion::HEADING.contains("建议"));
}

#[test]
fn the_gravest_act_in_the_policy_table_sets_the_base() {
    let facts = penalty_wrong_case(officer(&[
        LiableAct::WrongLegalBasis,
        LiableAct::MishandlingOfFines,
        LiableAct::ProcedureViolation,
    ]));
    let suggestion = assess(&facts).officers[0].suggestion.clone().unwrap();
    assert_eq!(suggestion.outcome, SuggestedOutcome::Sanction(SanctionKind::AdministrativeDiscipline));
    assert!(has_step(&suggestion.explanation, &["最重的是违规使用罚没票据", "其余行为"]));

    // The table is the bureau's: change a row and the suggestion follows.
    let mut policy = BureauPolicy::default();
    policy.sanction.base.insert(LiableAct::WrongLegalBasis, SanctionKind::RemoveFromEnforcement);
    policy.sanction.base.insert(LiableAct::MishandlingOfFines, SanctionKind::CirculatedCriticism);
    let suggestion = assess_with_policy(&facts, &policy).officers[0].suggestion.clone().unwrap();
    assert_eq!(suggestion.outcome, SuggestedOutcome::Sanction(SanctionKind::RemoveFromEnforcement));
}

#[test]
fn order_and_repeats_in_the_input_do_not_change_the_outcome() {
    let acts = [LiableAct::WrongLegalBasis, LiableAct::ProcedureViolation];
    let claims = [
        MitigationClaim::satisfied(Mitigation::UnclearLaw),
        MitigationClaim::satisfied(Mitigation::PromptSelfCorrection),
    ];
    let conduct = [InquiryConduct::PersistsInError, InquiryConduct::StatesAndDefends];
    let forward = OfficerFacts {
        acts: acts.to_vec(),
        mitigation_claims: claims.to_vec(),
        inquiry_conduct: conduct.to_vec(),
        ..officer(&[])
    };
    let backward = OfficerFacts {
        acts: [acts[1], acts[0], acts[1]].to_vec(),
        mitigation_claims: [claims[1], claims[0], claims[0]].to_vec(),
        inquiry_conduct: [conduct[1], conduct[0], conduct[0]].to_vec(),
        ..officer(&[])
    };
    let forward = &assess(&penalty_wrong_case(forward)).officers[0];
    let backward = &assess(&penalty_wrong_case(backward)).officers[0];
    assert_eq!(forward.acts, backward.acts);
    assert_eq!(forward.mitigating, backward.mitigating);
    assert_eq!(forward.aggravating, backward.aggravating);
    assert_eq!(
        forward.suggestion.as_ref().map(Suggestion::severity),
        backward.suggestion.as_ref().map(Suggestion::severity)
    );
}

#[test]
fn facts_and_policy_round_trip_through_json() {
    let mut facts = penalty_wrong_case(officer_claiming(
        &[LiableAct::EvidenceFailure],
        &[MitigationClaim::satisfied(Mitigation::MinorAndCorrected)],
    ));
    facts.grounds.push(verified(GroundEvent::SupervisionFinding {
        channel: SupervisionChannel::SpecialSupervision,
        outcome: ReviewOutcome::ErrorFound,
    }));
    let json = serde_json::to_string(&facts).unwrap();
    assert_eq!(serde_json::from_str::<WrongCaseFacts>(&json).unwrap(), facts);
    let policy = BureauPolicy::default();
    let json = serde_json::to_string(&policy).unwrap();
    assert_eq!(serde_json::from_str::<BureauPolicy>(&json).unwrap(), policy);
    assert_eq!(serde_json::from_str::<BureauPolicy>("{}").unwrap(), policy);
    assert!(serde_json::to_string(&assess(&facts)).unwrap().contains("\"status\":\"wrong_case\""));
}

#[test]
fn every_enum_value_has_a_distinct_chinese_label() {
    fn check<T: Copy + std::fmt::Debug>(values: &[T], label: fn(T) -> &'static str) {
        let labels: Vec<&str> = values.iter().map(|&v| label(v)).collect();
        for (value, text) in values.iter().zip(&labels) {
            assert!(text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{value:?}: {text}");
        }
        let mut unique = labels.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), labels.len(), "{labels:?}");
    }
    check(&CaseKind::ALL, CaseKind::label);
    check(&Verification::ALL, Verification::label);
    check(&WrongCaseGround::ALL, WrongCaseGround::label);
    check(&SupervisionChannel::ALL, SupervisionChannel::label);
    check(&ReviewOutcome::ALL, ReviewOutcome::label);
    check(&ReconsiderationOutcome::ALL, ReconsiderationOutcome::label);
    check(&CourtInstance::ALL, CourtInstance::label);
    check(&JudgmentOutcome::ALL, JudgmentOutcome::label);
    check(&CompensationStatus::ALL, CompensationStatus::label);
    check(&GroundStatus::ALL, GroundStatus::label);
    check(&CaseStatus::ALL, CaseStatus::label);
    check(&LiableAct::ALL, LiableAct::label);
    check(&Mitigation::ALL, Mitigation::label);
    check(&InquiryConduct::ALL, InquiryConduct::label);
    check(&Liability::ALL, Liability::label);
    check(&Circumstances::ALL, Circumstances::label);
    check(&SanctionKind::ALL, SanctionKind::label);
    check(&WeighingRule::ALL, WeighingRule::label);
    check(&Action::ALL, Action::label);
    let outcomes: Vec<SuggestedOutcome> = std::iter::once(SuggestedOutcome::Exempt)
        .chain(SanctionKind::ALL.iter().map(|&k| SuggestedOutcome::Sanction(k)))
        .collect();
    check(&outcomes, SuggestedOutcome::label);
}

#[test]
fn enum_items_cite_the_right_article_items() {
    for ground in WrongCaseGround::ALL {
        assert_eq!(ground.cite(), Cite::item(1, 5, ground.item()));
        assert!(quote(ground.cite()).is_some());
    }
    for act in LiableAct::ALL {
        assert_eq!(act.cite(), Cite::item(1, 6, act.item()));
        assert!(quote(act.cite()).is_some());
    }
    for item in Mitigation::ALL {
        assert_eq!(item.cite(), Cite::item(1, 8, item.item()));
        assert!(quote(item.cite()).is_some());
    }
    let items: Vec<u8> = LiableAct::ALL.iter().map(|a| a.item()).collect();
    assert_eq!(items, (1..=11).collect::<Vec<u8>>());
    assert_eq!(
        quote(LiableAct::CorruptionOrDereliction.cite()).unwrap(),
        "（九）有索贿受贿、玩忽职守、徇私枉法等行为的；"
    );
}

/// A licensing case revoked on reconsideration: the officer lacked evidence and claims new evidence after service.
fn licensing_with_new_evidence(emerged_after_service: bool) -> WrongCaseFacts {
    let claim = MitigationClaim::NewEvidenceAfterService { emerged_after_service, changed_facts_or_nature: true };
    wrong_case(CaseKind::AdministrativeLicensing, officer_claiming(&[LiableAct::EvidenceFailure], &[claim]))
}

#[test]
fn new_evidence_after_a_licensing_decision_applies_article_8_item_2_by_analogy_and_says_so() {
    let assessment = assess(&licensing_with_new_evidence(true));
    let officer = &assessment.officers[0];
    assert_eq!(officer.mitigating, vec![Mitigation::NewEvidenceAfterService]);
    let item = Mitigation::NewEvidenceAfterService.cite();
    let analogy =
        officer.explanation.steps.iter().find(|s| s.text.contains("类推适用")).expect("the analogy is stated");
    assert!(analogy.text.contains("《行政处罚决定书》送达为要件") && analogy.text.contains("行政许可案件"));
    assert!(analogy.text.contains("许可决定送达后出现新证据") && analogy.text.contains("本工具的解释"));
    assert!(analogy.text.contains("实事求是、责罚相当"));
    assert_eq!(analogy.cites, vec![item, Cite::item(1, 4, 1), Cite::item(1, 4, 3)]);
    assert!(has_step(&officer.explanation, &["许可决定送达后出现新证据", "→ 类推适用第八条第（二）项"]));
    // Nowhere does a licensing case read as if a penalty decision had been served.
    let suggestion = officer.suggestion.as_ref().unwrap();
    for step in officer.explanation.steps.iter().chain(&suggestion.explanation.steps) {
        assert!(!step.text.contains("处罚决定书送达后出现新证据"), "{}", step.text);
    }
    assert!(has_step(&suggestion.explanation, &["类推适用：许可决定送达后出现新证据", "减轻1档"]));
    assert_eq!(suggestion.outcome, SuggestedOutcome::Sanction(SanctionKind::WrittenSelfCriticism));

    let too_early = &assess(&licensing_with_new_evidence(false)).officers[0];
    assert!(too_early.mitigating.is_empty());
    assert!(has_step(&too_early.explanation, &["证据在许可决定送达前已经存在", "不符合第八条第（二）项"]));
}

#[test]
fn in_a_penalty_case_item_2_applies_as_written_without_analogy() {
    let claim = MitigationClaim::satisfied(Mitigation::NewEvidenceAfterService);
    let officer = &assess(&penalty_wrong_case(officer_claiming(&[LiableAct::EvidenceFailure], &[claim]))).officers[0];
    assert_eq!(officer.mitigating, vec![Mitigation::NewEvidenceAfterService]);
    assert!(has_step(&officer.explanation, &["处罚决定书送达后出现新证据", "属于第八条第（二）项所列情形"]));
    assert!(!officer.explanation.steps.iter().any(|s| s.text.contains("类推")));
    let early =
        MitigationClaim::NewEvidenceAfterService { emerged_after_service: false, changed_facts_or_nature: true };
    let refused = &assess(&penalty_wrong_case(officer_claiming(&[LiableAct::EvidenceFailure], &[early]))).officers[0];
    assert!(has_step(&refused.explanation, &["证据在处罚决定书送达前已经存在"]));
}

#[test]
fn the_bureau_may_decline_the_analogy_for_licensing_cases() {
    let strict = BureauPolicy { licensing_new_evidence_by_analogy: false, ..Default::default() };
    let officer = &assess_with_policy(&licensing_with_new_evidence(true), &strict).officers[0];
    assert!(officer.is_liable() && officer.mitigating.is_empty());
    assert!(has_step(&officer.explanation, &["行政许可案件，没有处罚决定书", "不类推适用", "可在设置中改为类推适用"]));
    // Penalty cases are not affected by the setting.
    let claim = MitigationClaim::satisfied(Mitigation::NewEvidenceAfterService);
    let penalty = penalty_wrong_case(officer_claiming(&[LiableAct::EvidenceFailure], &[claim]));
    assert_eq!(assess_with_policy(&penalty, &strict), assess(&penalty));
    assert_eq!(serde_json::from_str::<BureauPolicy>(r#"{"licensing_new_evidence_by_analogy":false}"#).unwrap(), strict);
}

#[test]
fn mishandled_fines_are_penalty_wording_too_but_still_reported_in_a_licensing_case() {
    let licensing = assess(&wrong_case(CaseKind::AdministrativeLicensing, officer(&[LiableAct::MishandlingOfFines])));
    let handler = &licensing.officers[0];
    assert_eq!(handler.liability, Liability::NoLiableAct);
    assert!(has_step(
        &handler.explanation,
        &["“罚没财物票据、罚没款物、罚款”针对行政处罚", "本工具的解释", "仍应及时报告"]
    ));
    assert!(handler.actions.contains(&Action::ReportSuspectedViolation));
    let penalty = assess(&penalty_wrong_case(officer(&[LiableAct::MishandlingOfFines])));
    assert_eq!(penalty.officers[0].liable_items(), vec![LiableAct::MishandlingOfFines.cite()]);
}

#[test]
fn the_case_rests_on_what_was_found_and_the_explanations_keep_what_was_set_aside() {
    let failed_claim =
        MitigationClaim::NewEvidenceAfterService { emerged_after_service: false, changed_facts_or_nature: true };
    let valid = MitigationClaim::satisfied(Mitigation::PromptSelfCorrection);
    let liable = officer_claiming(&[LiableAct::ProcedureViolation], &[failed_claim, valid]);
    let cleared = officer(&[]);
    let assessment = assess(&wrong_case(CaseKind::AdministrativePenalty, liable));
    let rests_on = assessment.rests_on();
    for cite in [Cite::item(1, 6, 3), Mitigation::PromptSelfCorrection.cite(), Cite::article(1, 5)] {
        assert!(rests_on.contains(&cite), "{cite} missing from {rests_on:?}");
    }
    let set_aside = Mitigation::NewEvidenceAfterService.cite();
    assert!(!rests_on.contains(&set_aside), "a failed Art. 8 claim was only considered: {rests_on:?}");
    assert!(assessment.officers[0].explanation.cites().contains(&set_aside), "the explanation still shows it");

    let none = assess(&wrong_case(CaseKind::AdministrativePenalty, cleared));
    assert!(none.rests_on().contains(&Cite::article(1, 6)));
    assert!(none.rests_on().iter().all(|c| c.article != 6 || c.item.is_none()), "{:?}", none.rests_on());

    let disproved = assess(&penalty_case(report(revoked_on_reconsideration(), Verification::Disproved)));
    assert_eq!(disproved.status, CaseStatus::NotWrongCase);
    assert!(!disproved.rests_on().contains(&Cite::item(1, 5, 3)), "{:?}", disproved.rests_on());
    assert!(disproved.explanation.cites().contains(&Cite::item(1, 5, 3)));
}
