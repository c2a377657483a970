//! R1 Art. 8 (可以从轻或免于追究) and Art. 9 (应从重处理): each circumstance, and the near miss where one of its
//! conditions fails.

use super::verified;
use crate::quiz::expect::{Expect, ExpectOfficer};
use crate::quiz::scenario::{CaseSpec, FactsSpec::WrongCase, OfficerSpec, Spec};
use crate::rules::r1::InquiryConduct::*;
use crate::rules::r1::LiableAct::*;
use crate::rules::r1::{
    CaseKind, CaseStatus as St, CompensationStatus, CourtInstance, GroundEvent as Ev, GroundReport, JudgmentOutcome,
    Liability as Li, Mitigation as Mi, MitigationClaim as Claim, ReconsiderationOutcome, ReviewOutcome,
    SupervisionChannel, WrongCaseGround as G,
};

const PENALTY: CaseKind = CaseKind::AdministrativePenalty;

/// 复议决定撤销.
const REVOKED: Ev = Ev::Reconsideration { outcome: ReconsiderationOutcome::Revoked };
/// Routine supervision found an error.
const ROUTINE_ERROR: Ev =
    Ev::SupervisionFinding { channel: SupervisionChannel::RoutineSupervision, outcome: ReviewOutcome::ErrorFound };

/// 复议决定撤销, confirmed.
const REVOKED_GROUNDS: &[GroundReport] = &[verified(REVOKED)];
/// Routine supervision found an error, confirmed.
const SUPERVISED_GROUNDS: &[GroundReport] = &[verified(ROUTINE_ERROR)];

/// A penalty case revoked on reconsideration, confirmed, with these officers.
const fn revoked_case(officers: &'static [OfficerSpec]) -> CaseSpec {
    CaseSpec { kind: PENALTY, grounds: REVOKED_GROUNDS, officers }
}

/// A penalty case found wrong in routine supervision, confirmed, with these officers.
const fn supervised_case(officers: &'static [OfficerSpec]) -> CaseSpec {
    CaseSpec { kind: PENALTY, grounds: SUPERVISED_GROUNDS, officers }
}

/// The expected status and ground of [`revoked_case`].
const fn revoked(officers: &'static [ExpectOfficer]) -> Expect {
    Expect::Case { status: St::WrongCase, grounds: &[G::Reconsideration], officers }
}

/// The expected status and ground of [`supervised_case`].
const fn supervised(officers: &'static [ExpectOfficer]) -> Expect {
    Expect::Case { status: St::WrongCase, grounds: &[G::SupervisionFinding], officers }
}

/// The Art. 8 and Art. 9 scenarios.
pub static SPECS: &[Spec] = &[
    // 第八条 有以下情形之一的，错案责任人员可以从轻或免于追究责任：
    // （一）法律、法规或规章规定不明确造成适用偏差的；
    Spec {
        id: "r1-08-01",
        title: "规章条文确有歧义导致适用偏差",
        near_miss: false,
        prose: "恒远测绘公司一案被复议撤销，经调查属实：承办人张某适用的地方规章条款对“测绘成果”范围的规定前后矛盾，张某据此作出的理解被复议机关否定。法治科确认该条款本身规定不明确。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "张某",
            acts: &[WrongLegalBasis],
            claims: &[Claim::UnclearLaw { provision_unclear: true }],
            conduct: &[],
        }])),
        expect: revoked(&[ExpectOfficer::liable("张某", &[WrongLegalBasis]).mitigated(&[Mi::UnclearLaw])]),
    },
    Spec {
        id: "r1-08-02",
        title: "主张规定不明确，实为理解错误",
        near_miss: true,
        prose: "刘某某违法占地一案被复议撤销，经调查属实：承办人张某把《土地管理法》中“非法占用耕地”的条款套用到了建设用地上。张某辩称“法律规定不明确”，但法治科认定该条款规定清楚，偏差出于张某自己的理解错误。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "张某",
            acts: &[WrongLegalBasis],
            claims: &[Claim::UnclearLaw { provision_unclear: false }],
            conduct: &[],
        }])),
        expect: revoked(&[ExpectOfficer::liable("张某", &[WrongLegalBasis])]),
    },
    // （二）《行政处罚决定书》送达后出现新的证据，使原认定的案件事实或性质发生变化的；
    Spec {
        id: "r1-08-03",
        title: "送达后才出现的新证据改变了事实",
        near_miss: false,
        prose: "白岩砂石厂一案被复议撤销，经调查属实：处罚决定书送达后，当事人才从外地取回一份此前不存在的检测报告，证明部分砂石系合法购入，原认定的开采量因此改变。承办人李某的证据在作出决定时并不充分。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "李某",
            acts: &[EvidenceFailure],
            claims: &[Claim::NewEvidenceAfterService { emerged_after_service: true, changed_facts_or_nature: true }],
            conduct: &[],
        }])),
        expect: revoked(&[ExpectOfficer::liable("李某", &[EvidenceFailure]).mitigated(&[Mi::NewEvidenceAfterService])]),
    },
    Spec {
        id: "r1-08-04",
        title: "“新证据”其实早就存在",
        near_miss: true,
        prose: "白岩砂石厂一案被复议撤销，经调查属实。承办人李某主张属于“送达后出现新证据”，但调查查明，那份购砂合同在作出处罚决定前就已存在，只是李某没有调取。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "李某",
            acts: &[EvidenceFailure],
            claims: &[Claim::NewEvidenceAfterService { emerged_after_service: false, changed_facts_or_nature: true }],
            conduct: &[],
        }])),
        expect: revoked(&[ExpectOfficer::liable("李某", &[EvidenceFailure])]),
    },
    // A licensing case has no 《行政处罚决定书》: the engine applies item 2 by analogy to the licensing decision and says so.
    Spec {
        id: "r1-08-13",
        title: "许可决定送达后才出现的测绘报告",
        near_miss: false,
        prose: "一份建设工程规划许可被复议撤销，经调查属实：审核人员钱某未取得充分证据即认定申请材料真实。许可决定送达后，利害关系人才提交了一份此前不存在的测绘报告，改变了原认定的事实。钱某主张适用第八条第（二）项。",
        facts: WrongCase(CaseSpec {
            kind: CaseKind::AdministrativeLicensing,
            grounds: REVOKED_GROUNDS,
            officers: &[OfficerSpec {
                name: "钱某",
                acts: &[EvidenceFailure],
                claims: &[Claim::NewEvidenceAfterService {
                    emerged_after_service: true,
                    changed_facts_or_nature: true,
                }],
                conduct: &[],
            }],
        }),
        expect: revoked(&[ExpectOfficer::liable("钱某", &[EvidenceFailure]).mitigated(&[Mi::NewEvidenceAfterService])]),
    },
    Spec {
        id: "r1-08-14",
        title: "许可案件的“新证据”在送达前已存在",
        near_miss: true,
        prose: "一份建设工程规划许可被复议撤销，经调查属实：审核人员钱某未取得充分证据即认定申请材料真实。钱某主张利害关系人事后提交的测绘报告属于“送达后出现的新证据”，但调查查明该报告在许可决定送达前就已出具，只是钱某没有调取。",
        facts: WrongCase(CaseSpec {
            kind: CaseKind::AdministrativeLicensing,
            grounds: REVOKED_GROUNDS,
            officers: &[OfficerSpec {
                name: "钱某",
                acts: &[EvidenceFailure],
                claims: &[Claim::NewEvidenceAfterService {
                    emerged_after_service: false,
                    changed_facts_or_nature: true,
                }],
                conduct: &[],
            }],
        }),
        expect: revoked(&[ExpectOfficer::liable("钱某", &[EvidenceFailure])]),
    },
    // （三）因公民、法人或其他组织的过错或由于不可预见、不可避免、不可克服的原因造成错案且执法人员没有过错的；
    Spec {
        id: "r1-08-05",
        title: "当事人隐匿证据导致错案",
        near_miss: false,
        prose: "金岭矿业公司一案被复议撤销，经调查属实：该公司在调查中隐匿了真实的开采台账，导致认定证据不足。调查确认承办人王某已按规定穷尽调查手段，本身没有过错。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "王某",
            acts: &[EvidenceFailure],
            claims: &[Claim::PartyFaultOrUnavoidable { officer_without_fault: true }],
            conduct: &[],
        }])),
        expect: revoked(&[ExpectOfficer::liable("王某", &[EvidenceFailure]).mitigated(&[Mi::PartyFaultOrUnavoidable])]),
    },
    Spec {
        id: "r1-08-06",
        title: "当事人有过错，执法人员也有过错",
        near_miss: true,
        prose: "金岭矿业公司一案被复议撤销，经调查属实：该公司隐匿了开采台账，但承办人王某也没有按规定调取电力使用记录等旁证，本身存在过错。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "王某",
            acts: &[EvidenceFailure],
            claims: &[Claim::PartyFaultOrUnavoidable { officer_without_fault: false }],
            conduct: &[],
        }])),
        expect: revoked(&[ExpectOfficer::liable("王某", &[EvidenceFailure])]),
    },
    // （四）违法行为显著轻微，经过批评教育后及时纠正的；
    Spec {
        id: "r1-08-07",
        title: "告知书漏写一项权利，批评后立即补正",
        near_miss: false,
        prose: "例行执法监督发现，鑫源公司一案的处罚告知书漏写了申请听证的期限，经调查属实。承办人赵某的这一程序违法显著轻微，经科室批评教育后当天即补正送达。",
        facts: WrongCase(supervised_case(&[OfficerSpec {
            name: "赵某",
            acts: &[ProcedureViolation],
            claims: &[Claim::MinorAndCorrected { significantly_minor: true, corrected_after_education: true }],
            conduct: &[],
        }])),
        expect: supervised(&[ExpectOfficer::liable("赵某", &[ProcedureViolation]).mitigated(&[Mi::MinorAndCorrected])]),
    },
    Spec {
        id: "r1-08-08",
        title: "未经听证即顶格处罚，事后补正",
        near_miss: true,
        prose: "例行执法监督发现，鑫源公司一案拟处巨额罚款却未告知听证权利，经调查属实。承办人赵某经批评教育后重新履行了告知程序，但该违法并非显著轻微。",
        facts: WrongCase(supervised_case(&[OfficerSpec {
            name: "赵某",
            acts: &[ProcedureViolation],
            claims: &[Claim::MinorAndCorrected { significantly_minor: false, corrected_after_education: true }],
            conduct: &[],
        }])),
        expect: supervised(&[ExpectOfficer::liable("赵某", &[ProcedureViolation])]),
    },
    // （五）发现错误后主动及时纠正，未造成后果的；
    Spec {
        id: "r1-08-09",
        title: "发现依据错误后主动纠正",
        near_miss: false,
        prose: "例行执法监督发现刘某某违法占地一案适用依据错误，经调查属实。实际上承办人张某在监督前已自行发现问题，主动报请撤回并重新作出决定，罚款尚未执行，没有造成后果。",
        facts: WrongCase(supervised_case(&[OfficerSpec {
            name: "张某",
            acts: &[WrongLegalBasis],
            claims: &[Claim::PromptSelfCorrection {
                corrected_promptly_on_own_initiative: true,
                caused_consequences: false,
            }],
            conduct: &[],
        }])),
        expect: supervised(&[ExpectOfficer::liable("张某", &[WrongLegalBasis]).mitigated(&[Mi::PromptSelfCorrection])]),
    },
    Spec {
        id: "r1-08-10",
        title: "主动纠正时罚款已经执行",
        near_miss: true,
        prose: "例行执法监督发现刘某某违法占地一案适用依据错误，经调查属实。承办人张某发现后也主动纠正了，但此前罚款已被强制执行，当事人为筹款变卖了农机，已经造成后果。",
        facts: WrongCase(supervised_case(&[OfficerSpec {
            name: "张某",
            acts: &[WrongLegalBasis],
            claims: &[Claim::PromptSelfCorrection {
                corrected_promptly_on_own_initiative: true,
                caused_consequences: true,
            }],
            conduct: &[],
        }])),
        expect: supervised(&[ExpectOfficer::liable("张某", &[WrongLegalBasis])]),
    },
    // （六）因行政相对人弄虚作假、编造事实、提供虚假证明材料而导致发生错误或者因不可抗力导致执法错误的。
    Spec {
        id: "r1-08-11",
        title: "申请人伪造村民同意书骗取许可",
        near_miss: false,
        prose: "一份乡村建设规划许可被复议撤销，经调查属实：申请人提交的相邻权利人同意书系伪造，审核人员钱某未能识别，据此认定申请材料齐全。错误确系申请人提供虚假材料导致。",
        facts: WrongCase(CaseSpec {
            kind: CaseKind::AdministrativeLicensing,
            grounds: &[verified(REVOKED)],
            officers: &[OfficerSpec {
                name: "钱某",
                acts: &[EvidenceFailure],
                claims: &[Claim::FalsificationOrForceMajeure { caused_the_error: true }],
                conduct: &[],
            }],
        }),
        expect: revoked(&[
            ExpectOfficer::liable("钱某", &[EvidenceFailure]).mitigated(&[Mi::FalsificationOrForceMajeure])
        ]),
    },
    Spec {
        id: "r1-08-12",
        title: "当事人材料有假，但错误另有原因",
        near_miss: true,
        prose: "白岩砂石厂一案被复议撤销，经调查属实。当事人提交的一份发票确系伪造，但复议撤销的理由是承办人钱某没有现场勘验就认定了开采范围，与那张假发票无关。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "钱某",
            acts: &[EvidenceFailure],
            claims: &[Claim::FalsificationOrForceMajeure { caused_the_error: false }],
            conduct: &[],
        }])),
        expect: revoked(&[ExpectOfficer::liable("钱某", &[EvidenceFailure])]),
    },
    // 第九条 执法人员坚持错误、放任危害后果发生或者阻碍调查人员履行职责的，应从重处理。
    Spec {
        id: "r1-09-01",
        title: "复议撤销后仍坚持原认定",
        near_miss: false,
        prose: "刘某某违法占地一案因适用依据错误被复议撤销，经调查属实。承办人张某在重新处理时仍坚持按原条款认定，拒不纠正。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "张某",
            acts: &[WrongLegalBasis],
            claims: &[],
            conduct: &[PersistsInError],
        }])),
        expect: revoked(&[ExpectOfficer::liable("张某", &[WrongLegalBasis]).aggravated()]),
    },
    Spec {
        id: "r1-09-02",
        title: "拒不提供案卷，阻碍调查",
        near_miss: false,
        prose: "鑫源公司一案因证据不足被复议撤销，经调查属实。调查组调阅案卷时，承办人赵某以“案卷在整理”为由拖延两周拒不提供。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "赵某",
            acts: &[EvidenceFailure],
            claims: &[],
            conduct: &[ObstructsInvestigation],
        }])),
        expect: revoked(&[ExpectOfficer::liable("赵某", &[EvidenceFailure]).aggravated()]),
    },
    Spec {
        id: "r1-09-03",
        title: "事后补写笔录冒充原始证据",
        near_miss: false,
        prose: "恒远测绘公司一案因程序违法被复议撤销，经调查属实。调查中，承办人王某某向调查组提交了一份事后补写、倒签日期的告知笔录。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "王某某",
            acts: &[ProcedureViolation],
            claims: &[],
            conduct: &[FalseEvidence],
        }])),
        expect: revoked(&[ExpectOfficer::liable("王某某", &[ProcedureViolation]).aggravated()]),
    },
    Spec {
        id: "r1-09-04",
        title: "明知查封违法仍放任损失扩大",
        near_miss: false,
        prose: "金岭矿业公司申请行政赔偿后，局已决定赔偿，经调查属实：现场负责人周某违法查封了公司的冷库，明知查封有误仍不解封，放任库存货物腐败。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::StateCompensation { status: CompensationStatus::Awarded })],
            officers: &[OfficerSpec { name: "周某", acts: &[UnlawfulCoercion], claims: &[], conduct: &[AllowsHarm] }],
        }),
        expect: Expect::Case {
            status: St::WrongCase,
            grounds: &[G::StateCompensation],
            officers: &[ExpectOfficer::liable("周某", &[UnlawfulCoercion]).aggravated()],
        },
    },
    Spec {
        id: "r1-09-05",
        title: "对处理决定进行陈述申辩",
        near_miss: true,
        prose: "刘某某违法占地一案因适用依据错误被复议撤销，经调查属实。承办人张某对拟作出的处理进行了陈述和申辩，认为自己只是执行了科室意见。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "张某",
            acts: &[WrongLegalBasis],
            claims: &[],
            conduct: &[StatesAndDefends],
        }])),
        expect: revoked(&[ExpectOfficer::liable("张某", &[WrongLegalBasis])]),
    },
    Spec {
        id: "r1-09-06",
        title: "积极配合调查",
        near_miss: true,
        prose: "鑫源公司一案因证据不足被复议撤销，经调查属实。承办人赵某主动提交了全部案卷和工作记录，积极配合调查。",
        facts: WrongCase(revoked_case(&[OfficerSpec {
            name: "赵某",
            acts: &[EvidenceFailure],
            claims: &[],
            conduct: &[Cooperates],
        }])),
        expect: revoked(&[ExpectOfficer::liable("赵某", &[EvidenceFailure])]),
    },
    Spec {
        id: "r1-09-07",
        title: "主动纠正过，却又阻碍调查",
        near_miss: false,
        prose: "例行执法监督发现刘某某违法占地一案适用依据错误，经调查属实。承办人张某此前已主动及时纠正，未造成后果；但调查组约谈时，他删除了工作群里的相关聊天记录，阻碍调查。",
        facts: WrongCase(supervised_case(&[OfficerSpec {
            name: "张某",
            acts: &[WrongLegalBasis],
            claims: &[Claim::PromptSelfCorrection {
                corrected_promptly_on_own_initiative: true,
                caused_consequences: false,
            }],
            conduct: &[ObstructsInvestigation],
        }])),
        expect: supervised(&[ExpectOfficer::liable("张某", &[WrongLegalBasis])
            .mitigated(&[Mi::PromptSelfCorrection])
            .aggravated()]),
    },
    Spec {
        id: "r1-09-08",
        title: "二审未决时坚持错误",
        near_miss: true,
        prose: "白岩砂石厂一案一审被判撤销，局里已上诉，二审尚未判决。承办人孙某在内部讨论中坚持原认定没有问题。",
        facts: WrongCase(CaseSpec {
            kind: PENALTY,
            grounds: &[verified(Ev::CourtJudgment {
                instance: CourtInstance::FirstInstanceNotEffective,
                outcome: JudgmentOutcome::Revoked,
            })],
            officers: &[OfficerSpec {
                name: "孙某",
                acts: &[WrongLegalBasis],
                claims: &[],
                conduct: &[PersistsInError],
            }],
        }),
        expect: Expect::Case {
            status: St::Pending,
            grounds: &[],
            officers: &[ExpectOfficer::not_liable("孙某", Li::AwaitingWrongCase)],
        },
    },
];
