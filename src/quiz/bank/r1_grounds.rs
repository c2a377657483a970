//! R1 Art. 2 (which cases the regulation governs) and Art. 5 (when a case is a wrong case), with the near misses:
//! a first-instance judgment under appeal, a reconsideration that only confirms illegality, an unverified report.

use super::{reported, verified};
use crate::quiz::expect::{Expect, ExpectOfficer};
use crate::quiz::scenario::{CaseSpec, FactsSpec::WrongCase, OfficerSpec, Spec};
use crate::rules::r1::LiableAct::*;
use crate::rules::r1::{
    CaseKind, CaseStatus as St, CompensationStatus, CourtInstance, GroundEvent as Ev, JudgmentOutcome, Liability as Li,
    ReconsiderationOutcome, ReviewOutcome, SupervisionChannel, Verification, WrongCaseGround as G,
};

const PENALTY: CaseKind = CaseKind::AdministrativePenalty;

/// The Art. 2 and Art. 5 scenarios.
pub static SPECS: &[Spec] = &[
    // 第二条 本制度所称的行政执法错案责任，是指行政处罚、行政许可案件被认定为错案后，应由相关行政执法人员承担的责任。
    Spec {
        id: "r1-02-01",
        title: "单独的查封措施被判决撤销",
        near_miss: true,
        prose: "执法支队对一处正在施工的违法建筑现场采取了查封措施，但一直未立案处罚，查封属于单独的行政强制措施。当事人起诉后，二审法院终审判决撤销查封，经调查属实。承办人张某在查封中违法扣押了施工设备。",
        facts: WrongCase(CaseSpec {
            kind: CaseKind::AdministrativeCompulsion,
            grounds: &[verified(Ev::CourtJudgment {
                instance: CourtInstance::FinalInstance,
                outcome: JudgmentOutcome::Revoked,
            })],
            officers: &[OfficerSpec::with_acts("张某", &[UnlawfulCoercion])],
        }),
        expect: Expect::Case {
            status: St::OutsideScope,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("张某", Li::OutsideScope)],
        },
    },
    Spec {
        id: "r1-02-02",
        title: "信访答复被上级认定有误",
        near_miss: false,
        prose: "群众就一宗宅基地纠纷信访，局信访办作出答复。市局复查后认定答复存在错误，经调查属实。经办人李某答复时引用了已废止的文件。",
        facts: WrongCase(CaseSpec {
            kind: CaseKind::Petition,
            grounds: &[verified(Ev::SuperiorInvestigation { outcome: ReviewOutcome::ErrorFound })],
            officers: &[OfficerSpec::with_acts("李某", &[WrongLegalBasis])],
        }),
        expect: Expect::Case {
            status: St::OutsideScope,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("李某", Li::OutsideScope)],
        },
    },
    Spec {
        id: "r1-02-03",
        title: "征地补偿决定被复议撤销",
        near_miss: true,
        prose: "局就集体土地征收作出的补偿安置决定被区政府复议撤销，经调查属实。该决定属于行政征收，不是行政处罚，也不是行政许可。",
        facts: WrongCase(CaseSpec {
            kind: CaseKind::AdministrativeLevy,
            grounds: &[verified(Ev::Reconsideration { outcome: ReconsiderationOutcome::Revoked })],
            officers: &[],
        }),
        expect: Expect::Case { status: St::OutsideScope, grounds: &[], officers: &[] },
    },
    // 第五条 以下案件，经调查属实的，界定为错案：1.在法规部门行政执法例行或专项执法监督中发现的错误案件；
    Spec {
        id: "r1-05-01",
        title: "例行案卷评查发现适用依据错误",
        near_miss: false,
        prose: "局法治科在例行执法监督（案卷评查）中发现，刘某某违法占地一案的处罚决定引用了已被修改的条款，经调查属实。承办人张某对适用依据负责。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::SupervisionFinding {
                channel: SupervisionChannel::RoutineSupervision,
                outcome: ReviewOutcome::ErrorFound,
            })],
            officers: &[OfficerSpec::with_acts("张某", &[WrongLegalBasis])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::SupervisionFinding],
            officers: &[ExpectOfficer::liable("张某", &[WrongLegalBasis])],
        },
    },
    Spec {
        id: "r1-05-02",
        title: "群众举报发现错误",
        near_miss: true,
        prose: "一名村民向局里举报，称白岩砂石厂一案认定的开采量有误。法治科核查后确认举报属实：承办人张某未取得完整证据即认定了开采量。此事不是在法规部门的执法监督中发现的，也没有复议、诉讼或赔偿。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::SupervisionFinding {
                channel: SupervisionChannel::OtherChannel,
                outcome: ReviewOutcome::ErrorFound,
            })],
            officers: &[OfficerSpec::with_acts("张某", &[EvidenceFailure])],
        }),
        expect: Expect::Case {
            status: St::NotWrongCase,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("张某", Li::NotWrongCase)],
        },
    },
    Spec {
        id: "r1-05-03",
        title: "专项监督发现罚款未按时上缴",
        near_miss: false,
        prose: "区司法局开展罚没款专项执法监督，发现金岭矿业公司一案收缴的罚款未在法定时限内上缴，经调查属实。经手人李某对此负责。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::SupervisionFinding {
                channel: SupervisionChannel::SpecialSupervision,
                outcome: ReviewOutcome::ErrorFound,
            })],
            officers: &[OfficerSpec::with_acts("李某", &[MishandlingOfFines])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::SupervisionFinding],
            officers: &[ExpectOfficer::liable("李某", &[MishandlingOfFines])],
        },
    },
    Spec {
        id: "r1-05-04",
        title: "监督指出的错误经查不属实",
        near_miss: true,
        prose: "例行案卷评查中，评查人员指出恒远测绘公司一案“罚款幅度过高”。法治科调查后认定：罚款幅度符合裁量基准，评查意见不属实。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[reported(
                Ev::SupervisionFinding {
                    channel: SupervisionChannel::RoutineSupervision,
                    outcome: ReviewOutcome::ErrorFound,
                },
                Verification::Disproved,
            )],
            officers: &[OfficerSpec::with_acts("王某某", &[])],
        }),
        expect: Expect::Case {
            status: St::NotWrongCase,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("王某某", Li::NotWrongCase)],
        },
    },
    // 2.上报的重大行政处罚经上级部门审查认定存在错误的案件；
    Spec {
        id: "r1-05-05",
        title: "重大处罚报市局审查被认定有误",
        near_miss: false,
        prose: "白岩砂石厂一案拟罚没款数额巨大，按规定上报市局审查。市局审查认定该案未告知当事人听证权利，存在错误，经调查属实。承办人王某某负责告知程序。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::MajorPenaltyReview { outcome: ReviewOutcome::ErrorFound })],
            officers: &[OfficerSpec::with_acts("王某某", &[ProcedureViolation])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::MajorPenaltyReview],
            officers: &[ExpectOfficer::liable("王某某", &[ProcedureViolation])],
        },
    },
    Spec {
        id: "r1-05-06",
        title: "重大处罚上报后市局尚未审查完毕",
        near_miss: true,
        prose: "金岭矿业公司一案作为重大行政处罚上报市局审查。有人反映案件可能有问题，但市局尚未作出审查结论。承办人王某某被指程序有瑕疵。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::MajorPenaltyReview { outcome: ReviewOutcome::Ongoing })],
            officers: &[OfficerSpec::with_acts("王某某", &[ProcedureViolation])],
        }),
        expect: Expect::Case {
            status: St::Pending,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("王某某", Li::AwaitingWrongCase)],
        },
    },
    // 3.行政复议决定予以撤销或者变更的行政执法案件；
    Spec {
        id: "r1-05-07",
        title: "复议撤销：证据不足",
        near_miss: false,
        prose: "鑫源公司不服未批先建处罚决定申请行政复议，区政府以“主要事实证据不足”为由撤销该处罚决定，经调查属实。承办人赵某未调取施工许可和现场测量证据。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::Reconsideration { outcome: ReconsiderationOutcome::Revoked })],
            officers: &[OfficerSpec::with_acts("赵某", &[EvidenceFailure])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::Reconsideration],
            officers: &[ExpectOfficer::liable("赵某", &[EvidenceFailure])],
        },
    },
    Spec {
        id: "r1-05-08",
        title: "复议只确认违法",
        near_miss: true,
        prose: "刘某某申请行政复议后，复议机关认为处罚决定送达程序违法，但撤销会损害公共利益，遂确认该处罚决定违法，未予撤销或变更。没有给予行政赔偿。承办人赵某负责送达。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::Reconsideration { outcome: ReconsiderationOutcome::ConfirmedUnlawful })],
            officers: &[OfficerSpec::with_acts("赵某", &[ProcedureViolation])],
        }),
        expect: Expect::Case {
            status: St::NotWrongCase,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("赵某", Li::NotWrongCase)],
        },
    },
    Spec {
        id: "r1-05-09",
        title: "复议维持原处罚",
        near_miss: true,
        prose: "恒远测绘公司对处罚决定申请复议，复议机关维持了原处罚决定。公司仍坚称处罚错误。承办人王某某未被认定有任何违规行为。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::Reconsideration { outcome: ReconsiderationOutcome::Upheld })],
            officers: &[OfficerSpec::with_acts("王某某", &[])],
        }),
        expect: Expect::Case {
            status: St::NotWrongCase,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("王某某", Li::NotWrongCase)],
        },
    },
    Spec {
        id: "r1-05-10",
        title: "听说被复议撤销，尚未核实",
        near_miss: true,
        prose: "法治科从报纸上得知，本局一宗违法占地处罚决定被复议机关撤销，但尚未调取复议决定书，也未开展调查核实。承办人赵某被指证据收集不全。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[reported(
                Ev::Reconsideration { outcome: ReconsiderationOutcome::Revoked },
                Verification::Unverified,
            )],
            officers: &[OfficerSpec::with_acts("赵某", &[EvidenceFailure])],
        }),
        expect: Expect::Case {
            status: St::Pending,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("赵某", Li::AwaitingWrongCase)],
        },
    },
    // 4.人民法院终审判决撤销、部分撤销、变更或者责令重新作出具体行政行为的行政执法案件；
    Spec {
        id: "r1-05-11",
        title: "二审判决撤销：超越职权处罚",
        near_miss: false,
        prose: "执法支队对城区一处住宅小区内的违法建设作出罚款决定，而依区里的职责分工，该类违法建设由区综合行政执法部门查处。二审法院以超越职权为由终审判决撤销该处罚决定，经调查属实。承办人孙某明知分工仍作出处罚。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::CourtJudgment {
                instance: CourtInstance::FinalInstance,
                outcome: JudgmentOutcome::Revoked,
            })],
            officers: &[OfficerSpec::with_acts("孙某", &[ExceedingAuthority])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::CourtJudgment],
            officers: &[ExpectOfficer::liable("孙某", &[ExceedingAuthority])],
        },
    },
    Spec {
        id: "r1-05-12",
        title: "一审判决撤销，局里已上诉",
        near_miss: true,
        prose: "白岩砂石厂起诉后，一审法院判决撤销处罚决定。局里不服，已在上诉期内提起上诉，二审尚未判决。承办人孙某被指适用依据有误。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::CourtJudgment {
                instance: CourtInstance::FirstInstanceNotEffective,
                outcome: JudgmentOutcome::Revoked,
            })],
            officers: &[OfficerSpec::with_acts("孙某", &[WrongLegalBasis])],
        }),
        expect: Expect::Case {
            status: St::Pending,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("孙某", Li::AwaitingWrongCase)],
        },
    },
    Spec {
        id: "r1-05-13",
        title: "一审判决部分撤销，双方均未上诉",
        near_miss: true,
        prose: "一审法院判决部分撤销刘某某违法占地一案的处罚决定（撤销没收部分）。上诉期满，双方均未上诉，判决已经生效，经调查属实。承办人孙某适用依据有误。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::CourtJudgment {
                instance: CourtInstance::FirstInstanceEffective,
                outcome: JudgmentOutcome::PartiallyRevoked,
            })],
            officers: &[OfficerSpec::with_acts("孙某", &[WrongLegalBasis])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::CourtJudgment],
            officers: &[ExpectOfficer::liable("孙某", &[WrongLegalBasis])],
        },
    },
    Spec {
        id: "r1-05-14",
        title: "二审判决只确认违法",
        near_miss: true,
        prose: "二审法院终审判决确认金岭矿业公司一案的处罚决定程序违法，但因不影响当事人实体权利，未撤销、未变更，也未责令重作。承办人孙某在调查阶段程序有瑕疵。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::CourtJudgment {
                instance: CourtInstance::FinalInstance,
                outcome: JudgmentOutcome::ConfirmedUnlawful,
            })],
            officers: &[OfficerSpec::with_acts("孙某", &[ProcedureViolation])],
        }),
        expect: Expect::Case {
            status: St::NotWrongCase,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("孙某", Li::NotWrongCase)],
        },
    },
    Spec {
        id: "r1-05-15",
        title: "终审判决责令重作：处罚显失公正",
        near_miss: false,
        prose: "恒远测绘公司轻微超范围测绘，违法所得仅数千元，却被顶格罚款。二审法院终审判决撤销并责令重新作出处罚决定，经调查属实。承办人钱某拟定了处罚幅度。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::CourtJudgment {
                instance: CourtInstance::FinalInstance,
                outcome: JudgmentOutcome::OrderedToRedo,
            })],
            officers: &[OfficerSpec::with_acts("钱某", &[GrosslyUnfairPenalty])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::CourtJudgment],
            officers: &[ExpectOfficer::liable("钱某", &[GrosslyUnfairPenalty])],
        },
    },
    // 5.给予行政赔偿的案件；
    Spec {
        id: "r1-05-16",
        title: "强制措施损坏设备，已决定赔偿",
        near_miss: false,
        prose: "执法人员在扣押白岩砂石厂采砂船时野蛮操作，致船体严重损坏。局已依法决定给予行政赔偿，经调查属实。现场负责人周某违法实施了扣押。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::StateCompensation { status: CompensationStatus::Awarded })],
            officers: &[OfficerSpec::with_acts("周某", &[UnlawfulCoercion])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::StateCompensation],
            officers: &[ExpectOfficer::liable("周某", &[UnlawfulCoercion])],
        },
    },
    Spec {
        id: "r1-05-17",
        title: "当事人申请赔偿，尚未决定",
        near_miss: true,
        prose: "刘某某认为拆除违法建筑时损坏了其合法财产，已申请行政赔偿，赔偿义务机关尚未作出决定。现场负责人周某被指操作不当。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::StateCompensation { status: CompensationStatus::Claimed })],
            officers: &[OfficerSpec::with_acts("周某", &[UnlawfulCoercion])],
        }),
        expect: Expect::Case {
            status: St::Pending,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("周某", Li::AwaitingWrongCase)],
        },
    },
    // 6.经上级行政执法机关调查认定存在错误的案件。
    Spec {
        id: "r1-05-18",
        title: "市局调查认定：无证人员实施处罚",
        near_miss: false,
        prose: "市规划和自然资源局接到反映后调查认定，金岭矿业公司一案的现场检查和处罚告知均由尚未取得行政执法证的新进人员吴某独立完成，案件存在错误，经调查属实。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::SuperiorInvestigation { outcome: ReviewOutcome::ErrorFound })],
            officers: &[OfficerSpec::with_acts("吴某", &[NoEnforcementCertificate])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::SuperiorInvestigation],
            officers: &[ExpectOfficer::liable("吴某", &[NoEnforcementCertificate])],
        },
    },
    Spec {
        id: "r1-05-19",
        title: "市局调查尚未结束",
        near_miss: true,
        prose: "市规划和自然资源局正在调查鑫源公司一案的办理情况，尚未作出结论。承办人吴某被指处罚时尚无行政执法证。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::SuperiorInvestigation { outcome: ReviewOutcome::Ongoing })],
            officers: &[OfficerSpec::with_acts("吴某", &[NoEnforcementCertificate])],
        }),
        expect: Expect::Case {
            status: St::Pending,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("吴某", Li::AwaitingWrongCase)],
        },
    },
    Spec {
        id: "r1-05-20",
        title: "复议变更且给予赔偿",
        near_miss: false,
        prose: "金岭矿业公司一案中，执法人员违法查封了与违法行为无关的办公楼，又未依法告知陈述申辩权利。复议机关变更了处罚决定，局里对查封造成的损失给予了行政赔偿，两项均经调查属实。承办人周某对查封和告知均负责。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[
                verified(Ev::Reconsideration { outcome: ReconsiderationOutcome::Varied }),
                verified(Ev::StateCompensation { status: CompensationStatus::Awarded }),
            ],
            officers: &[OfficerSpec::with_acts("周某", &[UnlawfulCoercion, ProcedureViolation])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::Reconsideration, G::StateCompensation],
            officers: &[ExpectOfficer::liable("周某", &[ProcedureViolation, UnlawfulCoercion])],
        },
    },
];
