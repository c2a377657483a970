//! One table of cases for every item of R1 Art. 2, 5, 6, 8, 9 and 11: each tagged with the cite it exercises and
//! whether that provision must apply (or is a near-miss where it must not), plus the check that every item has both.

use super::builders::*;
use crate::law::{Cite, R1, quote};
use crate::rules::r1::*;

/// One tagged case.
struct ArticleCase {
    /// The provision exercised.
    cite: Cite,
    /// `true`: the provision must apply; `false`: a near-miss where it must not.
    applies: bool,
    /// What the case shows, for failure messages.
    name: String,
    /// The input.
    facts: WrongCaseFacts,
    /// The case status the engine must reach.
    status: CaseStatus,
}

fn row(cite: Cite, applies: bool, name: impl Into<String>, facts: WrongCaseFacts, status: CaseStatus) -> ArticleCase {
    ArticleCase { cite, applies, name: name.into(), facts, status }
}

/// Whether the assessment shows the provision as applying, read from its structured output.
fn exercised(assessment: &WrongCaseAssessment, cite: Cite) -> bool {
    let first = assessment.officers.first();
    match (cite.article, cite.item) {
        (2, None) => assessment.status != CaseStatus::OutsideScope,
        (5, Some(item)) => assessment.established_grounds().iter().any(|g| g.item() == item),
        (6, Some(_)) => first.is_some_and(|o| o.liable_items().contains(&cite)),
        (8, Some(item)) => first.is_some_and(|o| o.mitigating.iter().any(|m| m.item() == item)),
        (9, None) => first.is_some_and(|o| !o.aggravating.is_empty()),
        (11, Some(rank)) => first
            .and_then(|o| o.suggestion.as_ref())
            .is_some_and(|s| matches!(s.outcome, SuggestedOutcome::Sanction(kind) if kind.rank() == rank)),
        _ => panic!("no oracle for {cite}"),
    }
}

fn article_2_cases() -> Vec<ArticleCase> {
    let ground = || vec![verified(revoked_on_reconsideration())];
    let mut rows = vec![
        row(
            Cite::article(1, 2),
            true,
            "行政处罚案件",
            case(CaseKind::AdministrativePenalty, ground(), vec![]),
            CaseStatus::WrongCase,
        ),
        row(
            Cite::article(1, 2),
            true,
            "行政许可案件",
            case(CaseKind::AdministrativeLicensing, ground(), vec![]),
            CaseStatus::WrongCase,
        ),
    ];
    for kind in [CaseKind::AdministrativeCompulsion, CaseKind::AdministrativeLevy, CaseKind::Petition, CaseKind::Other]
    {
        rows.push(row(
            Cite::article(1, 2),
            false,
            format!("{}：即使复议撤销经调查属实，也不适用本制度", kind.label()),
            case(kind, ground(), vec![]),
            CaseStatus::OutsideScope,
        ));
    }
    rows
}

fn article_5_cases() -> Vec<ArticleCase> {
    use CaseStatus::{NotWrongCase, Pending, WrongCase};
    let c = |item| Cite::item(1, 5, item);
    let supervision = |channel, outcome| GroundEvent::SupervisionFinding { channel, outcome };
    let major = |outcome| GroundEvent::MajorPenaltyReview { outcome };
    let reconsideration = |outcome| GroundEvent::Reconsideration { outcome };
    let court = |instance, outcome| GroundEvent::CourtJudgment { instance, outcome };
    let compensation = |status| GroundEvent::StateCompensation { status };
    let superior = |outcome| GroundEvent::SuperiorInvestigation { outcome };
    let unverified = |event| report(event, Verification::Unverified);
    let disproved = |event| report(event, Verification::Disproved);
    use CourtInstance::*;
    use ReviewOutcome::*;
    use SupervisionChannel::*;
    let mut rows = vec![
        // 1. 法规部门例行或专项执法监督中发现的错误案件
        row(
            c(1),
            true,
            "例行执法监督发现错误，经调查属实",
            penalty_case(verified(supervision(RoutineSupervision, ErrorFound))),
            WrongCase,
        ),
        row(
            c(1),
            true,
            "专项执法监督发现错误，经调查属实",
            penalty_case(verified(supervision(SpecialSupervision, ErrorFound))),
            WrongCase,
        ),
        row(
            c(1),
            false,
            "群众举报发现错误：并非法规部门执法监督",
            penalty_case(verified(supervision(OtherChannel, ErrorFound))),
            NotWrongCase,
        ),
        row(
            c(1),
            false,
            "例行监督发现错误但尚未调查核实",
            penalty_case(unverified(supervision(RoutineSupervision, ErrorFound))),
            Pending,
        ),
        row(
            c(1),
            false,
            "例行监督认定不存在错误",
            penalty_case(verified(supervision(RoutineSupervision, NoError))),
            NotWrongCase,
        ),
        // 2. 上报的重大行政处罚经上级部门审查认定存在错误
        row(c(2), true, "重大行政处罚经上级审查认定错误", penalty_case(verified(major(ErrorFound))), WrongCase),
        row(
            c(2),
            false,
            "许可案件：本项只针对重大行政处罚",
            case(CaseKind::AdministrativeLicensing, vec![verified(major(ErrorFound))], vec![]),
            NotWrongCase,
        ),
        row(c(2), false, "上级审查尚无结论", penalty_case(verified(major(Ongoing))), Pending),
        row(c(2), false, "上级审查认定无错误", penalty_case(verified(major(NoError))), NotWrongCase),
        // 3. 行政复议决定予以撤销或者变更
        row(
            c(3),
            true,
            "复议撤销，经调查属实",
            penalty_case(verified(reconsideration(ReconsiderationOutcome::Revoked))),
            WrongCase,
        ),
        row(
            c(3),
            true,
            "复议变更，经调查属实",
            penalty_case(verified(reconsideration(ReconsiderationOutcome::Varied))),
            WrongCase,
        ),
        row(
            c(3),
            false,
            "复议维持",
            penalty_case(verified(reconsideration(ReconsiderationOutcome::Upheld))),
            NotWrongCase,
        ),
        row(
            c(3),
            false,
            "复议驳回申请",
            penalty_case(verified(reconsideration(ReconsiderationOutcome::Dismissed))),
            NotWrongCase,
        ),
        row(
            c(3),
            false,
            "复议确认违法：本项只列撤销或变更",
            penalty_case(verified(reconsideration(ReconsiderationOutcome::ConfirmedUnlawful))),
            NotWrongCase,
        ),
        row(
            c(3),
            false,
            "复议撤销但尚未调查核实",
            penalty_case(unverified(reconsideration(ReconsiderationOutcome::Revoked))),
            Pending,
        ),
        row(
            c(3),
            false,
            "复议撤销但经调查不属实",
            penalty_case(disproved(reconsideration(ReconsiderationOutcome::Revoked))),
            NotWrongCase,
        ),
        row(
            c(3),
            false,
            "复议尚未决定",
            penalty_case(verified(reconsideration(ReconsiderationOutcome::Pending))),
            Pending,
        ),
        // 4. 人民法院终审判决撤销、部分撤销、变更或者责令重新作出
        row(
            c(4),
            false,
            "一审判决撤销、尚在上诉中：不是终审判决",
            penalty_case(verified(court(FirstInstanceNotEffective, JudgmentOutcome::Revoked))),
            Pending,
        ),
        row(
            c(4),
            true,
            "一审判决撤销、未上诉已生效（默认视同终审）",
            penalty_case(verified(court(FirstInstanceEffective, JudgmentOutcome::Revoked))),
            WrongCase,
        ),
        row(
            c(4),
            false,
            "终审判决维持",
            penalty_case(verified(court(FinalInstance, JudgmentOutcome::Upheld))),
            NotWrongCase,
        ),
        row(
            c(4),
            false,
            "终审判决确认违法：本项未列",
            penalty_case(verified(court(FinalInstance, JudgmentOutcome::ConfirmedUnlawful))),
            NotWrongCase,
        ),
        row(
            c(4),
            false,
            "终审判决撤销但尚未调查核实",
            penalty_case(unverified(court(FinalInstance, JudgmentOutcome::Revoked))),
            Pending,
        ),
        // 5. 给予行政赔偿
        row(c(5), true, "已给予行政赔偿", penalty_case(verified(compensation(CompensationStatus::Awarded))), WrongCase),
        row(
            c(5),
            false,
            "已申请赔偿、尚未决定",
            penalty_case(verified(compensation(CompensationStatus::Claimed))),
            Pending,
        ),
        row(
            c(5),
            false,
            "决定不予赔偿",
            penalty_case(verified(compensation(CompensationStatus::Refused))),
            NotWrongCase,
        ),
        // 6. 经上级行政执法机关调查认定存在错误
        row(c(6), true, "上级执法机关调查认定错误", penalty_case(verified(superior(ErrorFound))), WrongCase),
        row(c(6), false, "上级执法机关认定无错误", penalty_case(verified(superior(NoError))), NotWrongCase),
        row(c(6), false, "上级执法机关调查尚无结论", penalty_case(verified(superior(Ongoing))), Pending),
        row(c(6), false, "上级认定错误但经本局调查不属实", penalty_case(disproved(superior(ErrorFound))), NotWrongCase),
    ];
    for outcome in [
        JudgmentOutcome::Revoked,
        JudgmentOutcome::PartiallyRevoked,
        JudgmentOutcome::Varied,
        JudgmentOutcome::OrderedToRedo,
    ] {
        rows.push(row(
            c(4),
            true,
            format!("终审判决{}，经调查属实", outcome.label()),
            penalty_case(verified(court(FinalInstance, outcome))),
            WrongCase,
        ));
    }
    rows
}

fn article_6_cases() -> Vec<ArticleCase> {
    let mut rows = Vec::new();
    for act in LiableAct::ALL {
        rows.push(row(
            act.cite(),
            true,
            format!("处罚错案中认定{}", act.label()),
            wrong_case(CaseKind::AdministrativePenalty, officer(&[act])),
            CaseStatus::WrongCase,
        ));
        rows.push(row(
            act.cite(),
            false,
            format!("{}，但错案尚待调查核实", act.label()),
            pending_case(officer(&[act])),
            CaseStatus::Pending,
        ));
        let licensing = wrong_case(CaseKind::AdministrativeLicensing, officer(&[act]));
        if act.is_penalty_only() {
            rows.push(row(
                act.cite(),
                false,
                format!("许可错案中的{}：本项只针对行政处罚", act.label()),
                licensing,
                CaseStatus::WrongCase,
            ));
        } else {
            rows.push(row(
                act.cite(),
                true,
                format!("许可错案中认定{}", act.label()),
                licensing,
                CaseStatus::WrongCase,
            ));
        }
    }
    rows
}

fn article_8_cases() -> Vec<ArticleCase> {
    let acts = [LiableAct::ProcedureViolation];
    let with = |claim: MitigationClaim| wrong_case(CaseKind::AdministrativePenalty, officer_claiming(&acts, &[claim]));
    let c = |item: Mitigation| item.cite();
    let mut rows: Vec<ArticleCase> = Mitigation::ALL
        .iter()
        .map(|&item| row(c(item), true, item.label(), with(MitigationClaim::satisfied(item)), CaseStatus::WrongCase))
        .collect();
    let near_misses = [
        ("规定明确，是执法人员理解错误", MitigationClaim::UnclearLaw { provision_unclear: false }),
        (
            "证据在送达前已存在",
            MitigationClaim::NewEvidenceAfterService { emerged_after_service: false, changed_facts_or_nature: true },
        ),
        (
            "送达后新证据未改变事实或性质",
            MitigationClaim::NewEvidenceAfterService { emerged_after_service: true, changed_facts_or_nature: false },
        ),
        ("相对人有过错，但执法人员也有过错", MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault: false }),
        (
            "违法行为并非显著轻微",
            MitigationClaim::MinorAndCorrected { significantly_minor: false, corrected_after_education: true },
        ),
        (
            "显著轻微但批评教育后未纠正",
            MitigationClaim::MinorAndCorrected { significantly_minor: true, corrected_after_education: false },
        ),
        (
            "主动纠正但已造成后果",
            MitigationClaim::PromptSelfCorrection {
                corrected_promptly_on_own_initiative: true,
                caused_consequences: true,
            },
        ),
        (
            "被他人发现后才纠正",
            MitigationClaim::PromptSelfCorrection {
                corrected_promptly_on_own_initiative: false,
                caused_consequences: false,
            },
        ),
        (
            "相对人弄虚作假，但并非导致错误的原因",
            MitigationClaim::FalsificationOrForceMajeure { caused_the_error: false },
        ),
    ];
    for (name, claim) in near_misses {
        rows.push(row(c(claim.mitigation()), false, name, with(claim), CaseStatus::WrongCase));
    }
    // Item 2 in a licensing case: applied by analogy to the licensing decision (the engine's stated reading).
    let licensing = |claim: MitigationClaim| {
        wrong_case(CaseKind::AdministrativeLicensing, officer_claiming(&[LiableAct::EvidenceFailure], &[claim]))
    };
    let new_evidence = |emerged_after_service, changed_facts_or_nature| MitigationClaim::NewEvidenceAfterService {
        emerged_after_service,
        changed_facts_or_nature,
    };
    rows.extend([
        row(
            c(Mitigation::NewEvidenceAfterService),
            true,
            "许可案件：许可决定送达后出现新证据，改变了原认定事实（类推适用）",
            licensing(new_evidence(true, true)),
            CaseStatus::WrongCase,
        ),
        row(
            c(Mitigation::NewEvidenceAfterService),
            false,
            "许可案件：证据在许可决定送达前已存在",
            licensing(new_evidence(false, true)),
            CaseStatus::WrongCase,
        ),
        row(
            c(Mitigation::NewEvidenceAfterService),
            false,
            "许可案件：送达后的新证据未改变事实或性质",
            licensing(new_evidence(true, false)),
            CaseStatus::WrongCase,
        ),
    ]);
    rows
}

fn article_9_cases() -> Vec<ArticleCase> {
    InquiryConduct::ALL
        .iter()
        .map(|&conduct| {
            row(
                Cite::article(1, 9),
                conduct.is_aggravating(),
                conduct.label(),
                wrong_case(
                    CaseKind::AdministrativePenalty,
                    officer_behaving(&[LiableAct::ProcedureViolation], &[conduct]),
                ),
                CaseStatus::WrongCase,
            )
        })
        .collect()
}

fn article_11_cases() -> Vec<ArticleCase> {
    use LiableAct::*;
    let kind = |kind: SanctionKind| kind.cite();
    let plain = |act| wrong_case(CaseKind::AdministrativePenalty, officer(&[act]));
    let mitigated = |act| {
        wrong_case(
            CaseKind::AdministrativePenalty,
            officer_claiming(&[act], &[MitigationClaim::satisfied(Mitigation::UnclearLaw)]),
        )
    };
    let aggravated =
        |act| wrong_case(CaseKind::AdministrativePenalty, officer_behaving(&[act], &[InquiryConduct::PersistsInError]));
    use CaseStatus::WrongCase;
    use SanctionKind::*;
    vec![
        row(kind(WrittenSelfCriticism), true, "适用依据错误 → 书面检查", plain(WrongLegalBasis), WrongCase),
        row(
            kind(WrittenSelfCriticism),
            false,
            "适用依据错误且规定不明确 → 建议免于追究",
            mitigated(WrongLegalBasis),
            WrongCase,
        ),
        row(kind(CirculatedCriticism), true, "违反处罚程序 → 通报批评", plain(ProcedureViolation), WrongCase),
        row(
            kind(CirculatedCriticism),
            true,
            "适用依据错误并坚持错误 → 从重为通报批评",
            aggravated(WrongLegalBasis),
            WrongCase,
        ),
        row(
            kind(CirculatedCriticism),
            false,
            "违反处罚程序但可从轻 → 书面检查",
            mitigated(ProcedureViolation),
            WrongCase,
        ),
        row(
            kind(LoseYearsHonoursAndPromotion),
            true,
            "显失公正 → 取消评先晋升资格",
            plain(GrosslyUnfairPenalty),
            WrongCase,
        ),
        row(
            kind(LoseYearsHonoursAndPromotion),
            false,
            "显失公正但可从轻 → 通报批评",
            mitigated(GrosslyUnfairPenalty),
            WrongCase,
        ),
        row(kind(SuspendEnforcement), true, "违法强制造成损害 → 暂停执法", plain(UnlawfulCoercion), WrongCase),
        row(
            kind(SuspendEnforcement),
            false,
            "违法强制并放任后果 → 从重为调离",
            aggravated(UnlawfulCoercion),
            WrongCase,
        ),
        row(
            kind(RemoveFromEnforcement),
            true,
            "私自使用暂扣物品 → 调离执法岗位",
            plain(MisuseOfSeizedGoods),
            WrongCase,
        ),
        row(
            kind(RemoveFromEnforcement),
            false,
            "私自使用暂扣物品但可从轻 → 暂停执法",
            mitigated(MisuseOfSeizedGoods),
            WrongCase,
        ),
        row(kind(AdministrativeDiscipline), true, "受贿 → 行政处分", plain(CorruptionOrDereliction), WrongCase),
        row(kind(AdministrativeDiscipline), true, "挪用罚没款 → 行政处分", plain(MishandlingOfFines), WrongCase),
        row(
            kind(AdministrativeDiscipline),
            false,
            "受贿但可从轻 → 调离",
            mitigated(CorruptionOrDereliction),
            WrongCase,
        ),
        row(
            kind(AdministrativeDiscipline),
            false,
            "受贿但错案尚待核实 → 暂无建议",
            pending_case(officer(&[CorruptionOrDereliction])),
            CaseStatus::Pending,
        ),
    ]
}

fn all_cases() -> Vec<ArticleCase> {
    [article_2_cases(), article_5_cases(), article_6_cases(), article_8_cases(), article_9_cases(), article_11_cases()]
        .into_iter()
        .flatten()
        .collect()
}

/// The provisions the table must cover: Art. 2 and 9 as wholes, every item of Art. 5, 6, 8 and 11, read from the law.
fn required_cites() -> Vec<Cite> {
    let mut cites = vec![Cite::article(1, 2), Cite::article(1, 9)];
    for number in [5, 6, 8, 11] {
        let article = R1.article(number).expect("article exists");
        cites.extend(article.items.iter().map(|item| Cite::item(1, number, item.number)));
    }
    cites
}

#[test]
fn every_tagged_case_applies_or_misses_as_tagged() {
    for case in all_cases() {
        let assessment = assess(&case.facts);
        assert!(quote(case.cite).is_some(), "{} does not quote", case.cite);
        assert_eq!(
            exercised(&assessment, case.cite),
            case.applies,
            "{} {}（{}）: {:#?}",
            case.cite,
            if case.applies { "should apply" } else { "near-miss should not apply" },
            case.name,
            assessment.explanation
        );
        assert_eq!(assessment.status, case.status, "{} {}", case.cite, case.name);
        if case.applies && case.cite.article != 2 {
            assert!(
                assessment.rests_on().contains(&case.cite),
                "{} applies but is not rested on: {}",
                case.cite,
                case.name
            );
        }
    }
}

#[test]
fn every_article_item_has_an_applying_case_and_a_near_miss() {
    let cases = all_cases();
    let required = required_cites();
    assert_eq!(required.len(), 2 + 6 + 11 + 6 + 6);
    for cite in required {
        assert!(cases.iter().any(|c| c.cite == cite && c.applies), "{cite} has no case where it applies");
        assert!(cases.iter().any(|c| c.cite == cite && !c.applies), "{cite} has no near-miss case");
    }
}
