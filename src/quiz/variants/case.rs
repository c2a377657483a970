//! The case template (R1): a decision of some kind meets some Art. 5 event, verified or not; the officer did
//! something, may claim an Art. 8 circumstance and may behave in some way during the inquiry.

use super::{Filled, Slot, draw};
use crate::quiz::rng::Rng;
use crate::rules::Case;
use crate::rules::r1::{
    CaseKind, CompensationStatus, CourtInstance, GroundEvent, GroundReport, InquiryConduct, JudgmentOutcome, LiableAct,
    MitigationClaim, OfficerFacts, ReconsiderationOutcome, ReviewOutcome, SupervisionChannel, Verification,
    WrongCaseFacts,
};

const KINDS: [Slot<CaseKind>; 4] = [
    Slot {
        prose: "局对白岩砂石厂无证开采河砂一事作出了罚款、没收违法所得的行政处罚决定",
        short: "处罚",
        value: CaseKind::AdministrativePenalty,
    },
    Slot {
        prose: "局对刘某某违法占用耕地建房一事作出了责令退还土地、罚款的行政处罚决定",
        short: "处罚",
        value: CaseKind::AdministrativePenalty,
    },
    Slot {
        prose: "局向鑫源房地产开发公司核发了建设工程规划许可证",
        short: "许可",
        value: CaseKind::AdministrativeLicensing,
    },
    Slot {
        prose: "执法支队对一处违法建设施工现场单独采取了查封措施，未立案处罚",
        short: "单独强制",
        value: CaseKind::AdministrativeCompulsion,
    },
];

const fn supervision(channel: SupervisionChannel, outcome: ReviewOutcome) -> GroundEvent {
    GroundEvent::SupervisionFinding { channel, outcome }
}

const fn judgment(instance: CourtInstance, outcome: JudgmentOutcome) -> GroundEvent {
    GroundEvent::CourtJudgment { instance, outcome }
}

/// Events that fit any kind of decision.
const EVENTS: [Slot<GroundEvent>; 12] = [
    Slot {
        prose: "后来复议机关决定撤销该决定",
        short: "复议撤销",
        value: GroundEvent::Reconsideration { outcome: ReconsiderationOutcome::Revoked },
    },
    Slot {
        prose: "后来复议机关确认该决定违法，但未撤销或变更",
        short: "复议确认违法",
        value: GroundEvent::Reconsideration { outcome: ReconsiderationOutcome::ConfirmedUnlawful },
    },
    Slot {
        prose: "后来复议机关维持了该决定",
        short: "复议维持",
        value: GroundEvent::Reconsideration { outcome: ReconsiderationOutcome::Upheld },
    },
    Slot {
        prose: "后来二审法院终审判决撤销该决定",
        short: "终审撤销",
        value: judgment(CourtInstance::FinalInstance, JudgmentOutcome::Revoked),
    },
    Slot {
        prose: "后来一审法院判决撤销该决定，局里已提起上诉，二审尚未判决",
        short: "一审撤销已上诉",
        value: judgment(CourtInstance::FirstInstanceNotEffective, JudgmentOutcome::Revoked),
    },
    Slot {
        prose: "后来一审法院判决变更该决定，双方均未上诉，判决已经生效",
        short: "一审变更已生效",
        value: judgment(CourtInstance::FirstInstanceEffective, JudgmentOutcome::Varied),
    },
    Slot {
        prose: "后来二审法院终审判决确认该决定违法，但未撤销",
        short: "终审确认违法",
        value: judgment(CourtInstance::FinalInstance, JudgmentOutcome::ConfirmedUnlawful),
    },
    Slot {
        prose: "后来因该决定造成损失，已决定给予行政赔偿",
        short: "已决定赔偿",
        value: GroundEvent::StateCompensation { status: CompensationStatus::Awarded },
    },
    Slot {
        prose: "后来当事人申请了行政赔偿，尚未作出决定",
        short: "申请赔偿未决",
        value: GroundEvent::StateCompensation { status: CompensationStatus::Claimed },
    },
    Slot {
        prose: "后来局法治科在例行案卷评查中发现该案存在错误",
        short: "例行评查发现错误",
        value: supervision(SupervisionChannel::RoutineSupervision, ReviewOutcome::ErrorFound),
    },
    Slot {
        prose: "后来有群众举报该案存在错误",
        short: "群众举报",
        value: supervision(SupervisionChannel::OtherChannel, ReviewOutcome::ErrorFound),
    },
    Slot {
        prose: "后来市局调查认定该案存在错误",
        short: "上级调查认定错误",
        value: GroundEvent::SuperiorInvestigation { outcome: ReviewOutcome::ErrorFound },
    },
];

/// Events that fit a penalty decision only.
const PENALTY_EVENTS: [Slot<GroundEvent>; 2] = [
    Slot {
        prose: "该案作为重大行政处罚上报市局审查，市局审查认定存在错误",
        short: "重大处罚审查认定错误",
        value: GroundEvent::MajorPenaltyReview { outcome: ReviewOutcome::ErrorFound },
    },
    Slot {
        prose: "该案作为重大行政处罚上报市局审查，市局尚未作出结论",
        short: "重大处罚审查未决",
        value: GroundEvent::MajorPenaltyReview { outcome: ReviewOutcome::Ongoing },
    },
];

const VERIFICATIONS: [Slot<Verification>; 3] = [
    Slot { prose: "经调查属实", short: "属实", value: Verification::Verified },
    Slot { prose: "目前尚未调查核实", short: "未核实", value: Verification::Unverified },
    Slot { prose: "但经调查不属实", short: "不属实", value: Verification::Disproved },
];

const NAMES: [&str; 6] = ["张某", "李某", "王某某", "赵某", "孙某", "周某"];

/// The officer's act (`None`: no Art. 6 act found), with prose that reads for any kind of decision.
const ACTS: [Slot<Option<LiableAct>>; 9] = [
    Slot { prose: "适用了错误的法律依据", short: "依据错误", value: Some(LiableAct::WrongLegalBasis) },
    Slot {
        prose: "未取得充分证据即作出认定", short: "证据不足", value: Some(LiableAct::EvidenceFailure)
    },
    Slot { prose: "超越本部门职权作出决定", short: "越权", value: Some(LiableAct::ExceedingAuthority) },
    Slot {
        prose: "尚未取得行政执法证", short: "无执法证", value: Some(LiableAct::NoEnforcementCertificate)
    },
    Slot { prose: "收受了当事人的财物", short: "受贿", value: Some(LiableAct::CorruptionOrDereliction) },
    Slot {
        prose: "私自使用了暂扣的物品", short: "私用暂扣物品", value: Some(LiableAct::MisuseOfSeizedGoods)
    },
    Slot {
        prose: "有其他应追究责任的违规行为", short: "其他违规", value: Some(LiableAct::OtherLiableConduct)
    },
    Slot {
        prose: "违法实施强制措施，造成当事人财产损害", short: "违法强制", value: Some(LiableAct::UnlawfulCoercion)
    },
    Slot { prose: "没有第六条所列的任何行为", short: "无违规", value: None },
];

/// The acts whose prose reads for a licensing decision (no seized goods, no coercive measures).
const LICENSING_ACTS: [Slot<Option<LiableAct>>; 7] = [ACTS[0], ACTS[1], ACTS[2], ACTS[3], ACTS[4], ACTS[6], ACTS[8]];

/// A claimed Art. 8 circumstance (`None`: no claim), phrased after the officer's name.
const CLAIMS: [Slot<Option<MitigationClaim>>; 8] = [
    Slot { prose: "", short: "", value: None },
    Slot {
        prose: "称所适用的规定不明确，经认定该规定确有歧义",
        short: "规定不明确",
        value: Some(MitigationClaim::UnclearLaw { provision_unclear: true }),
    },
    Slot {
        prose: "称所适用的规定不明确，但经认定该规定清楚，是其本人理解错误",
        short: "自称规定不明确",
        value: Some(MitigationClaim::UnclearLaw { provision_unclear: false }),
    },
    Slot {
        prose: "发现错误后主动及时纠正，未造成后果",
        short: "主动纠正",
        value: Some(MitigationClaim::PromptSelfCorrection {
            corrected_promptly_on_own_initiative: true,
            caused_consequences: false,
        }),
    },
    Slot {
        prose: "发现错误后主动纠正了，但此前已造成后果",
        short: "纠正前已造成后果",
        value: Some(MitigationClaim::PromptSelfCorrection {
            corrected_promptly_on_own_initiative: true,
            caused_consequences: true,
        }),
    },
    Slot {
        prose: "称错误系当事人隐瞒事实所致，经查其本人也有过错",
        short: "当事人与本人均有过错",
        value: Some(MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault: false }),
    },
    Slot {
        prose: "称错误系当事人提供虚假材料所致，经查属实",
        short: "当事人提供虚假材料",
        value: Some(MitigationClaim::FalsificationOrForceMajeure { caused_the_error: true }),
    },
    Slot {
        prose: "的违法行为显著轻微，经批评教育后及时纠正",
        short: "显著轻微已纠正",
        value: Some(MitigationClaim::MinorAndCorrected { significantly_minor: true, corrected_after_education: true }),
    },
];

/// The officer's conduct during the inquiry (`None`: nothing notable), phrased after the officer's name.
const CONDUCTS: [Slot<Option<InquiryConduct>>; 6] = [
    Slot { prose: "", short: "", value: None },
    Slot {
        prose: "在错误被指出后仍坚持原认定", short: "坚持错误", value: Some(InquiryConduct::PersistsInError)
    },
    Slot {
        prose: "拒不向调查组提供案卷，阻碍调查",
        short: "阻碍调查",
        value: Some(InquiryConduct::ObstructsInvestigation),
    },
    Slot {
        prose: "向调查组提供了事后补写的笔录", short: "提供伪证", value: Some(InquiryConduct::FalseEvidence)
    },
    Slot {
        prose: "对拟作出的处理进行了陈述和申辩", short: "陈述申辩", value: Some(InquiryConduct::StatesAndDefends)
    },
    Slot { prose: "积极配合调查", short: "配合调查", value: Some(InquiryConduct::Cooperates) },
];

/// Fills the case template.
pub(super) fn fill(rng: &mut Rng) -> Filled {
    let kind = draw(rng, &KINDS);
    let event = if kind.value == CaseKind::AdministrativePenalty && rng.below(5) == 0 {
        draw(rng, &PENALTY_EVENTS)
    } else {
        draw(rng, &EVENTS)
    };
    let verification = draw(rng, &VERIFICATIONS);
    let name = NAMES[rng.below(NAMES.len()) % NAMES.len()];
    let act =
        if kind.value == CaseKind::AdministrativeLicensing { draw(rng, &LICENSING_ACTS) } else { draw(rng, &ACTS) };
    let claim = draw(rng, &CLAIMS);
    let conduct = draw(rng, &CONDUCTS);

    let mut prose = format!("{}。{}，{}。", kind.prose, event.prose, verification.prose);
    prose.push_str(&format!("调查认定承办人{name}{}。", act.prose));
    if claim.value.is_some() {
        prose.push_str(&format!("{name}{}。", claim.prose));
    }
    if conduct.value.is_some() {
        prose.push_str(&format!("调查中，{name}{}。", conduct.prose));
    }
    let officer = OfficerFacts {
        name: name.to_string(),
        acts: act.value.into_iter().collect(),
        mitigation_claims: claim.value.into_iter().collect(),
        inquiry_conduct: conduct.value.into_iter().collect(),
    };
    let mut detail = format!("{}·{}·{}·{}", kind.short, event.short, verification.short, act.short);
    for extra in [claim.short, conduct.short] {
        if !extra.is_empty() {
            detail.push('·');
            detail.push_str(extra);
        }
    }
    Filled {
        detail,
        prose,
        facts: Case::WrongCase(WrongCaseFacts {
            kind: kind.value,
            grounds: vec![GroundReport { event: event.value, verification: verification.value }],
            officers: vec![officer],
            causes: Vec::new(),
        }),
    }
}
