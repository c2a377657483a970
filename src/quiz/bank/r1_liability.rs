//! R1 Art. 6: the acts for which an officer is held liable once the case is a wrong case, with the near misses of
//! penalty-only items in a licensing case, an officer with no liable act, and a case that is not a wrong case.

use super::verified;
use crate::quiz::expect::{Expect, ExpectOfficer};
use crate::quiz::scenario::{CaseSpec, FactsSpec::WrongCase, OfficerSpec, Spec};
use crate::rules::r1::LiableAct::*;
use crate::rules::r1::{
    CaseKind, CaseStatus as St, CourtInstance, GroundEvent as Ev, JudgmentOutcome, Liability as Li,
    ReconsiderationOutcome, ReviewOutcome, SupervisionChannel, WrongCaseGround as G,
};

const PENALTY: CaseKind = CaseKind::AdministrativePenalty;
const LICENSING: CaseKind = CaseKind::AdministrativeLicensing;

/// Routine supervision found an error.
const ROUTINE_ERROR: Ev =
    Ev::SupervisionFinding { channel: SupervisionChannel::RoutineSupervision, outcome: ReviewOutcome::ErrorFound };

/// The Art. 6 scenarios.
pub static SPECS: &[Spec] = &[
    // 第六条 行政执法人员在履行行政执法职责过程中有下列行为之一的，应追究其责任：……
    // （七）私自占用、使用行政执法暂扣、扣留物品的；
    Spec {
        id: "r1-06-01",
        title: "私自驾驶暂扣的运砂车",
        near_miss: false,
        prose: "例行执法监督中发现，白岩砂石厂一案暂扣的运砂车被执法队员孙某私自开回老家使用了半个月，案件处置存在错误，经调查属实。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(ROUTINE_ERROR)],
            officers: &[OfficerSpec::with_acts("孙某", &[MisuseOfSeizedGoods])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::SupervisionFinding],
            officers: &[ExpectOfficer::liable("孙某", &[MisuseOfSeizedGoods])],
        },
    },
    // （九）有索贿受贿、玩忽职守、徇私枉法等行为的；
    Spec {
        id: "r1-06-02",
        title: "收受当事人购物卡后压低罚款",
        near_miss: false,
        prose: "市局调查认定，金岭矿业公司一案罚款明显偏低，案件存在错误，经调查属实；调查还查明承办人冯某收受了该公司送的购物卡。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::SuperiorInvestigation { outcome: ReviewOutcome::ErrorFound })],
            officers: &[OfficerSpec::with_acts("冯某", &[CorruptionOrDereliction])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::SuperiorInvestigation],
            officers: &[ExpectOfficer::liable("冯某", &[CorruptionOrDereliction])],
        },
    },
    // （十一）其它应追究责任的行为。
    Spec {
        id: "r1-06-03",
        title: "规划许可漏了批前公示",
        near_miss: false,
        prose: "局核发的一份建设工程规划许可证被区政府复议撤销，理由是核发前未按规定进行批前公示，经调查属实。审核人员韩某负责公示环节却未安排公示。",
        facts: WrongCase(CaseSpec {
            kind: LICENSING,
            grounds: &[verified(Ev::Reconsideration { outcome: ReconsiderationOutcome::Revoked })],
            officers: &[OfficerSpec::with_acts("韩某", &[OtherLiableConduct])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::Reconsideration],
            officers: &[ExpectOfficer::liable("韩某", &[OtherLiableConduct])],
        },
    },
    // （一）（二）（三）（六）（八）（十）针对行政处罚，行政许可案件中不适用。
    Spec {
        id: "r1-06-04",
        title: "许可审核人员没有执法证",
        near_miss: true,
        prose: "一份乡村建设规划许可被二审法院终审判决撤销，经调查属实。调查发现审核人员许某尚未取得行政执法证，除此之外未发现其有其他违规行为。",
        facts: WrongCase(CaseSpec {
            kind: LICENSING,
            grounds: &[verified(Ev::CourtJudgment {
                instance: CourtInstance::FinalInstance,
                outcome: JudgmentOutcome::Revoked,
            })],
            officers: &[OfficerSpec::with_acts("许某", &[NoEnforcementCertificate])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::CourtJudgment],
            officers: &[ExpectOfficer::not_liable("许某", Li::NoLiableAct)],
        },
    },
    Spec {
        id: "r1-06-05",
        title: "越权核发许可且适用依据错误",
        near_miss: true,
        prose: "一份临时用地批准文件被二审法院终审判决撤销，经调查属实。审批人员许某既超越本部门权限作出审批，又适用了错误的规章条款。",
        facts: WrongCase(CaseSpec {
            kind: LICENSING,
            grounds: &[verified(Ev::CourtJudgment {
                instance: CourtInstance::FinalInstance,
                outcome: JudgmentOutcome::Revoked,
            })],
            officers: &[OfficerSpec::with_acts("许某", &[ExceedingAuthority, WrongLegalBasis])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::CourtJudgment],
            officers: &[ExpectOfficer::liable("许某", &[WrongLegalBasis])],
        },
    },
    Spec {
        id: "r1-06-06",
        title: "承办人与审核人各自的责任",
        near_miss: false,
        prose: "刘某某违法占地一案被复议撤销，经调查属实：承办人唐某未实地测量即认定占地面积，证据不足。审核人邓某按规定审核了案卷，未发现其有第六条所列行为。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::Reconsideration { outcome: ReconsiderationOutcome::Revoked })],
            officers: &[OfficerSpec::with_acts("唐某", &[EvidenceFailure]), OfficerSpec::with_acts("邓某", &[])],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::Reconsideration],
            officers: &[
                ExpectOfficer::liable("唐某", &[EvidenceFailure]),
                ExpectOfficer::not_liable("邓某", Li::NoLiableAct),
            ],
        },
    },
    Spec {
        id: "r1-06-07",
        title: "受贿但案件被复议维持",
        near_miss: true,
        prose: "恒远测绘公司一案经复议维持。事后查明，承办人冯某在办案期间收受了当事人的红包，但处罚本身并无错误。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::Reconsideration { outcome: ReconsiderationOutcome::Upheld })],
            officers: &[OfficerSpec::with_acts("冯某", &[CorruptionOrDereliction])],
        }),
        expect: Expect::Case {
            status: St::NotWrongCase,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("冯某", Li::NotWrongCase)],
        },
    },
];
