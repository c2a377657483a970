//! The whole case: scope (Art. 2), wrong-case grounds (Art. 5), then each officer.

use serde::{Deserialize, Serialize};

use super::case_status::CaseStatus;
use super::cites::{R1_2, R1_3, R1_5, R1_8};
use super::grounds::{GroundFinding, GroundReport, GroundStatus, WrongCaseGround, assess_ground};
use super::mitigation::{Mitigation, MitigationClaim, case_causes};
use super::officer::{OfficerAssessment, OfficerFacts, assess_officer};
use super::policy::BureauPolicy;
use super::procedure::Action;
use super::scope::{CaseKind, explain_scope};
use crate::law::Cite;
use crate::rules::{Explanation, distinct_cites};

/// The facts of one case, as established or reported so far: the input to [`super::assess`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct WrongCaseFacts {
    /// 案件类型.
    pub kind: CaseKind,
    /// 报告的第五条情形（可多项）.
    pub grounds: Vec<GroundReport>,
    /// 承办及相关执法人员.
    pub officers: Vec<OfficerFacts>,
    /// 调查查明的错案成因（第八条第（二）（三）（六）项，见 [`Mitigation::CASE_CAUSES`]），及决定其是否成立的事实.
    pub causes: Vec<MitigationClaim>,
}

/// The engine's answer for one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WrongCaseAssessment {
    /// 案件结论.
    pub status: CaseStatus,
    /// 每项报告情形的认定（不属于调整范围时为空）.
    pub grounds: Vec<GroundFinding>,
    /// 成立的错案成因（第八条，仅在界定为错案时评估）.
    pub causes: Vec<Mitigation>,
    /// 每名执法人员的结论，顺序同输入.
    pub officers: Vec<OfficerAssessment>,
    /// 案件层面应办理的程序事项（含各人员的事项）.
    pub actions: Vec<Action>,
    /// 案件层面的推理过程（含各项情形的认定）.
    pub explanation: Explanation,
}

impl WrongCaseAssessment {
    /// The Art. 5 grounds established (经调查属实).
    pub fn established_grounds(&self) -> Vec<WrongCaseGround> {
        self.grounds.iter().filter(|g| g.status == GroundStatus::Established).map(|g| g.ground).collect()
    }

    /// The provisions the case's conclusion and its actions rest on, without repeats: the scope (Art. 2), what
    /// decides the status (Art. 5 and 3 with the established Art. 5 items for a wrong case, Art. 5 and 3 while
    /// pending, Art. 5 when not a wrong case), each officer's [`OfficerAssessment::rests_on`], then the case's actions. What the engine
    /// considered and set aside (a ground not made out, an Art. 8 claim that fails) stays in the explanations'
    /// steps.
    pub fn rests_on(&self) -> Vec<Cite> {
        let mut all = vec![R1_2];
        match self.status {
            CaseStatus::OutsideScope => {}
            CaseStatus::WrongCase => {
                all.push(R1_5);
                all.extend(self.established_grounds().iter().map(|g| g.cite()));
                all.push(R1_3);
                all.extend(self.causes.iter().map(|c| c.cite()));
            }
            CaseStatus::Pending => all.extend([R1_5, R1_3]),
            CaseStatus::NotWrongCase => all.push(R1_5),
        }
        all.extend(self.officers.iter().flat_map(OfficerAssessment::rests_on));
        all.extend(self.actions.iter().flat_map(|a| a.cites().iter().copied()));
        distinct_cites(all)
    }
}

/// Assesses a case under the given bureau policy.
pub fn assess_with_policy(case: &WrongCaseFacts, policy: &BureauPolicy) -> WrongCaseAssessment {
    let mut explanation = Explanation::new();
    let mut actions = Vec::new();
    let (status, grounds) = if explain_scope(case.kind, &mut explanation) {
        let grounds: Vec<GroundFinding> = case
            .grounds
            .iter()
            .map(|report| assess_ground(report, case.kind, policy.effective_first_instance_is_final))
            .collect();
        explanation.steps.extend(grounds.iter().flat_map(|g| g.explanation.steps.iter().cloned()));
        let status = case_status(&grounds, &mut explanation);
        if status == CaseStatus::Pending {
            if grounds.iter().any(|g| g.status == GroundStatus::PendingVerification) {
                actions.push(Action::InvestigateAndVerify);
            }
            if grounds.iter().any(|g| g.status == GroundStatus::PendingOutcome) {
                actions.push(Action::AwaitFinalOutcome);
            }
        }
        (status, grounds)
    } else {
        (CaseStatus::OutsideScope, Vec::new())
    };
    let causes = if status == CaseStatus::WrongCase {
        case_causes(&case.causes, case.kind, policy.licensing_new_evidence_by_analogy, &mut explanation)
    } else {
        if !case.causes.is_empty() {
            explanation.step("案件未界定为错案 → 所填错案成因（第八条）暂不评估", &[R1_5, R1_8]);
        }
        Vec::new()
    };
    let officers: Vec<OfficerAssessment> =
        case.officers.iter().map(|officer| assess_officer(officer, case.kind, status, &causes, policy)).collect();
    actions.extend(officers.iter().flat_map(|o| o.actions.iter().copied()));
    actions.sort();
    actions.dedup();
    WrongCaseAssessment { status, grounds, causes, officers, actions, explanation }
}

/// Concludes the case's status from its ground findings.
fn case_status(grounds: &[GroundFinding], explanation: &mut Explanation) -> CaseStatus {
    // 第五条 以下案件，经调查属实的，界定为错案：
    // 第三条 行政执法错案责任追究机关是区规划和自然资源局。局党群科、法治科具体承担行政执法错案责任的调查、认定和追究职责。
    if grounds.iter().any(|g| g.status == GroundStatus::Established) {
        explanation.step(
            "至少一项第五条所列情形经调查属实 → 本案界定为错案；由区规划和自然资源局追究，局党群科、法治科具体承担调查、认定和追究职责",
            &[R1_5, R1_3],
        );
        CaseStatus::WrongCase
    } else if grounds.iter().any(|g| g.status.is_pending()) {
        explanation.step(
            "尚无经调查属实的第五条情形，但有待调查核实的线索或待作出的终局结论 → 暂不界定为错案，由局党群科、法治科跟进",
            &[R1_5, R1_3],
        );
        CaseStatus::Pending
    } else if grounds.is_empty() {
        explanation.step("未报告第五条所列任何情形 → 不界定为错案", &[R1_5]);
        CaseStatus::NotWrongCase
    } else {
        explanation.step("所报告情形均不构成第五条所列情形或经调查不属实 → 不界定为错案", &[R1_5]);
        CaseStatus::NotWrongCase
    }
}
