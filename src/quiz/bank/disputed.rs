//! Scenarios where the trainer's reading differs from the engine's. They are NOT served to trainees (the answer key
//! must never disagree with the engine officers rely on); they are kept here, with the article text behind the
//! trainer's reading, until the engine's owners decide. A test fails once the engine agrees, so that they can move
//! into the bank.

use super::verified;
use crate::quiz::facts::Outcome;
use crate::quiz::scenario::{CaseSpec, ContactSpec, FactsSpec, OfficerSpec};
use crate::rules::r1::{CaseKind, GroundEvent, LiableAct, Mitigation, MitigationClaim, ReconsiderationOutcome};
use crate::rules::r2::{Conduct, ContactMethod, Verdict};

/// A scenario the trainer reads differently from the engine.
#[derive(Debug, Clone, Copy)]
pub struct Disputed {
    /// Stable id.
    pub id: &'static str,
    /// A short title.
    pub title: &'static str,
    /// The situation.
    pub prose: &'static str,
    /// The engine facts.
    pub facts: FactsSpec,
    /// The trainer's reading, in words.
    pub trainer: &'static str,
    /// The article text the trainer's reading rests on.
    pub support: &'static str,
    /// Whether the engine's outcome agrees with the trainer's reading.
    pub engine_agrees: fn(&Outcome) -> bool,
}

/// The disputed scenarios.
pub static DISPUTED: &[Disputed] = &[
    Disputed {
        id: "r2-dispute-01",
        title: "信访办按转办程序转交信访件",
        prose: "局信访办收到群众反映鑫源公司未批先建的信访件，按信访事项转办程序，以转办单将信访件转交执法支队承办人。转办属于信访办的职责，经办人并非受当事人所托，也没有提出任何处理意见。",
        facts: FactsSpec::Contact(ContactSpec {
            within_authority: true,
            conduct: &[Conduct::ForwardCaseMaterials],
            method: ContactMethod::Written,
            for_official_duty: true,
            through_procedure: true,
            ..ContactSpec::BLANK
        }),
        trainer: "不属于违反规定干预办案：第十条第（二）项要求“超越职权私自”批转涉案材料，本案在职权范围内、依转办程序进行；第十四条要求区分合法的职务行为与非法干预。引擎却以“既非领导干部、所在部门也无监督职能”为由认定超越职权，推翻了“在职权范围内”这一事实，定为第十条第（二）项。",
        support: "第十条（二）超越职权私自向办案机构或办案人员提出案件定性处理意见或批转涉案材料的；第十四条 行政执法机关具体办案机构及办案人员应当区分执法公开、合法咨询、监督指导行为同非法干预、插手案件办理行为的区别",
        engine_agrees: |outcome| matches!(outcome, Outcome::Contact(a) if !matches!(a.verdict, Verdict::Prohibited { .. })),
    },
    Disputed {
        id: "r1-dispute-01",
        title: "许可案件主张“处罚决定书送达后出现新证据”",
        prose: "一份建设工程规划许可被复议撤销，经调查属实：审核人员钱某未取得充分证据即认定申请材料真实。许可决定送达后，利害关系人才提交了一份此前不存在的测绘报告，改变了原认定的事实。钱某主张适用第八条第（二）项。",
        facts: FactsSpec::WrongCase(CaseSpec {
            kind: CaseKind::AdministrativeLicensing,
            grounds: &[verified(GroundEvent::Reconsideration { outcome: ReconsiderationOutcome::Revoked })],
            officers: &[OfficerSpec {
                name: "钱某",
                acts: &[LiableAct::EvidenceFailure],
                claims: &[MitigationClaim::NewEvidenceAfterService {
                    emerged_after_service: true,
                    changed_facts_or_nature: true,
                }],
                conduct: &[],
            }],
        }),
        trainer: "第八条第（二）项以《行政处罚决定书》送达为要件，行政许可案件没有处罚决定书，本项不能直接适用（至多类推，应明示为解释）。引擎对第六条措辞针对行政处罚的各项在许可案件中一律不适用，对第八条第（二）项却照常适用，且说明中写“处罚决定书送达后”，前后口径不一致。",
        support: "第八条（二）《行政处罚决定书》送达后出现新的证据，使原认定的案件事实或性质发生变化的；",
        engine_agrees: |outcome| {
            matches!(outcome, Outcome::WrongCase(c)
                if c.officers.iter().all(|o| !o.mitigating.contains(&Mitigation::NewEvidenceAfterService)))
        },
    },
];
