//! One responsible officer: the Art. 6 acts found, the Art. 8 / Art. 9 circumstances, and the outcome for them.

use serde::{Deserialize, Serialize};

use super::aggravation::{InquiryConduct, aggravating_conduct};
use super::case_status::CaseStatus;
use super::cites::{R1_2, R1_5, R1_6, R1_8, R1_9, R1_10_3};
use super::liable_acts::{LiableAct, applicable_acts};
use super::mitigation::{Mitigation, MitigationClaim, applicable_mitigations};
use super::policy::BureauPolicy;
use super::procedure::Action;
use super::scope::CaseKind;
use super::suggestion::{Suggestion, suggest};
use crate::law::Cite;
use crate::rules::{Explanation, distinct_cites};

/// What the investigation found about one officer who handled the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct OfficerFacts {
    /// 姓名.
    pub name: String,
    /// 经调查认定的第六条所列行为.
    pub acts: Vec<LiableAct>,
    /// 主张的第八条从轻或免于追究情形，及决定其是否成立的事实.
    pub mitigation_claims: Vec<MitigationClaim>,
    /// 错误发现后及调查中的表现（第九条）.
    pub inquiry_conduct: Vec<InquiryConduct>,
}

/// Whether the officer bears wrong-case liability under R1, and if not, why not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Liability {
    /// 错案已认定且有第六条所列行为 → 应追究责任.
    Liable,
    /// 错案已认定，但未认定第六条所列行为.
    NoLiableAct,
    /// 案件尚待调查核实或终局结论 → 错案认定后再行确定.
    AwaitingWrongCase,
    /// 案件未界定为错案 → 不依本制度追究错案责任.
    NotWrongCase,
    /// 案件不属于本制度调整范围.
    OutsideScope,
}

impl Liability {
    /// Every value, in display order.
    pub const ALL: [Liability; 5] = [
        Liability::Liable,
        Liability::NoLiableAct,
        Liability::AwaitingWrongCase,
        Liability::NotWrongCase,
        Liability::OutsideScope,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Liability::Liable => "应追究错案责任",
            Liability::NoLiableAct => "未认定应追究的行为，不追究",
            Liability::AwaitingWrongCase => "待错案认定后再行确定",
            Liability::NotWrongCase => "案件未界定为错案，不依本制度追究",
            Liability::OutsideScope => "不属于本制度调整范围",
        }
    }
}

/// What the law says about the officer's circumstances (Art. 8 and Art. 9), before any policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Circumstances {
    /// No Art. 8 or Art. 9 circumstance.
    Ordinary,
    /// Art. 8 only: 可以从轻或免于追究 (discretionary).
    Mitigating,
    /// Art. 9 only: 应从重处理 (mandatory).
    Aggravating,
    /// Both, shown side by side; the weighing is bureau policy.
    MitigatingAndAggravating,
}

impl Circumstances {
    /// Every value, in display order.
    pub const ALL: [Circumstances; 4] = [
        Circumstances::Ordinary,
        Circumstances::Mitigating,
        Circumstances::Aggravating,
        Circumstances::MitigatingAndAggravating,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Circumstances::Ordinary => "无从轻、免于追究或从重情节",
            Circumstances::Mitigating => "可以从轻或免于追究（第八条，裁量）",
            Circumstances::Aggravating => "应从重处理（第九条）",
            Circumstances::MitigatingAndAggravating => "既有可以从轻或免于追究情形（第八条），又有应从重情形（第九条）",
        }
    }

    /// The value for whether Art. 8 and Art. 9 circumstances were found.
    fn of(mitigating: bool, aggravating: bool) -> Self {
        match (mitigating, aggravating) {
            (false, false) => Circumstances::Ordinary,
            (true, false) => Circumstances::Mitigating,
            (false, true) => Circumstances::Aggravating,
            (true, true) => Circumstances::MitigatingAndAggravating,
        }
    }
}

/// The outcome for one officer: the law's findings, then (apart) the policy's suggestion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OfficerAssessment {
    /// 姓名.
    pub name: String,
    /// 是否追究.
    pub liability: Liability,
    /// 本案中属于第六条的行为（按项排序）.
    pub acts: Vec<LiableAct>,
    /// 成立的第八条情形（仅在应追究时评估）.
    pub mitigating: Vec<Mitigation>,
    /// 未认定第六条行为时，调查查明的错案成因（第八条）：不追究的理由.
    pub not_liable_because: Vec<Mitigation>,
    /// 成立的第九条情形（仅在应追究时评估）.
    pub aggravating: Vec<InquiryConduct>,
    /// 法律对上述情节的规定.
    pub circumstances: Circumstances,
    /// 处理建议（本局政策，仅在应追究时给出）.
    pub suggestion: Option<Suggestion>,
    /// 应办理的程序事项.
    pub actions: Vec<Action>,
    /// 推理过程.
    pub explanation: Explanation,
}

impl OfficerAssessment {
    /// Whether the officer bears liability.
    pub fn is_liable(&self) -> bool {
        self.liability == Liability::Liable
    }

    /// The Art. 6 items the officer is liable under; empty when not liable.
    pub fn liable_items(&self) -> Vec<Cite> {
        if self.is_liable() { self.acts.iter().map(|act| act.cite()).collect() } else { Vec::new() }
    }

    /// The provisions the officer's outcome and its actions rest on, without repeats: for a liable officer the
    /// Art. 6 items, the Art. 8 items that apply, Art. 9 when it applies, the suggestion's basis; otherwise the
    /// article that decides why not (Art. 2, 5 or 6); then the actions'. Provisions only considered stay in the
    /// explanation's steps.
    pub fn rests_on(&self) -> Vec<Cite> {
        let mut all = match self.liability {
            Liability::Liable => {
                let mut cites = vec![R1_6];
                cites.extend(self.liable_items());
                cites.extend(self.mitigating.iter().map(|m| m.cite()));
                if !self.aggravating.is_empty() {
                    cites.push(R1_9);
                }
                cites.extend(self.suggestion.iter().flat_map(Suggestion::cites));
                cites
            }
            Liability::NoLiableAct => {
                let mut cites = vec![R1_6];
                cites.extend(self.not_liable_because.iter().map(|m| m.cite()));
                cites
            }
            Liability::AwaitingWrongCase | Liability::NotWrongCase => vec![R1_2, R1_5],
            Liability::OutsideScope => vec![R1_2],
        };
        all.extend(self.actions.iter().flat_map(|a| a.cites().iter().copied()));
        distinct_cites(all)
    }
}

/// Assesses one officer of a case of this kind and status, whose investigation found these causes (Art. 8).
pub(super) fn assess_officer(
    officer: &OfficerFacts,
    kind: CaseKind,
    status: CaseStatus,
    causes: &[Mitigation],
    policy: &BureauPolicy,
) -> OfficerAssessment {
    let mut explanation = Explanation::new();
    let mut actions = Vec::new();
    let acts = if status == CaseStatus::OutsideScope {
        explanation.step("案件不属于本制度调整范围 → 不依本制度追究错案责任", &[R1_2]);
        Vec::new()
    } else {
        applicable_acts(&officer.acts, kind, &mut explanation)
    };

    // 第十条（三）……如涉嫌违纪违法及时向有关部门报告。
    let mut integrity: Vec<LiableAct> = officer.acts.iter().copied().filter(|a| a.is_integrity_violation()).collect();
    integrity.sort();
    integrity.dedup();
    if !integrity.is_empty() {
        let mut cites: Vec<Cite> = integrity.iter().map(|a| a.cite()).collect();
        cites.push(R1_10_3);
        let labels: Vec<&str> = integrity.iter().map(|a| a.label()).collect();
        explanation.step(
            format!(
                "认定有{}，涉嫌违纪违法 → 及时向有关部门（纪检监察等）报告；报告义务不以错案认定为前提",
                labels.join("、")
            ),
            &cites,
        );
        actions.push(Action::ReportSuspectedViolation);
    }

    // 第二条 本制度所称的行政执法错案责任，是指行政处罚、行政许可案件被认定为错案后，应由相关行政执法人员承担的责任。
    // 第六条 行政执法人员在履行行政执法职责过程中有下列行为之一的，应追究其责任：……
    let not_liable_because =
        if status == CaseStatus::WrongCase && acts.is_empty() { causes.to_vec() } else { Vec::new() };
    let liability = match status {
        CaseStatus::OutsideScope => Liability::OutsideScope,
        CaseStatus::NotWrongCase => {
            explanation.step(
                "案件未界定为错案 → 本制度所称错案责任以案件被认定为错案为前提，不依本制度追究错案责任",
                &[R1_2, R1_5],
            );
            Liability::NotWrongCase
        }
        CaseStatus::Pending => {
            explanation
                .step("案件尚待调查核实或终局结论，未界定为错案 → 暂不追究；错案认定后再确定是否追究", &[R1_2, R1_5]);
            Liability::AwaitingWrongCase
        }
        CaseStatus::WrongCase if acts.is_empty() => {
            if causes.is_empty() {
                explanation.step("未认定第六条所列行为 → 不追究其错案责任", &[R1_6]);
            } else {
                let mut cites = vec![R1_6];
                cites.extend(causes.iter().map(|c| c.cite()));
                explanation.step(
                    format!(
                        "未认定第六条所列行为，且调查查明错案系因{}造成 → 错案成因不在执法人员，不追究其错案责任",
                        cause_list(causes, kind)
                    ),
                    &cites,
                );
            }
            Liability::NoLiableAct
        }
        CaseStatus::WrongCase => {
            let mut cites = vec![R1_6];
            cites.extend(acts.iter().map(|a| a.cite()));
            let items: Vec<String> = acts.iter().map(|a| a.cite().short_label()).collect();
            explanation.step(format!("案件已界定为错案，且有{}所列行为 → 应追究其责任", items.join("、")), &cites);
            Liability::Liable
        }
    };

    let (mitigating, aggravating, suggestion) = if liability == Liability::Liable {
        let by_analogy = policy.licensing_new_evidence_by_analogy;
        let mut mitigating = applicable_mitigations(&officer.mitigation_claims, kind, by_analogy, &mut explanation);
        for &cause in causes {
            // 第八条（三）……造成错案且执法人员没有过错的；
            if cause == Mitigation::PartyFaultOrUnavoidable {
                explanation.step(
                    format!(
                        "案件层面查明的{}以“执法人员没有过错”为要件，该执法人员有第六条所列行为 → 对其不适用",
                        cause.cite().short_label()
                    ),
                    &[cause.cite(), R1_6],
                );
            } else if !mitigating.contains(&cause) {
                explanation.step(
                    format!("案件层面查明的错案成因“{}”同样适用于该执法人员", cause.label_in(kind)),
                    &[cause.cite()],
                );
                mitigating.push(cause);
            }
        }
        mitigating.sort();
        let aggravating = aggravating_conduct(&officer.inquiry_conduct, &mut explanation);
        explain_circumstances(!mitigating.is_empty(), !aggravating.is_empty(), &mut explanation);
        let suggestion = suggest(&acts, &mitigating, &aggravating, kind, &policy.sanction);
        actions.extend([Action::ProposeHandling, Action::CollectiveDecision, Action::InformOfRights]);
        (mitigating, aggravating, suggestion)
    } else {
        (Vec::new(), Vec::new(), None)
    };
    actions.sort();
    actions.dedup();
    OfficerAssessment {
        name: officer.name.clone(),
        liability,
        circumstances: Circumstances::of(!mitigating.is_empty(), !aggravating.is_empty()),
        acts,
        mitigating,
        not_liable_because,
        aggravating,
        suggestion,
        actions,
        explanation,
    }
}

/// The causes as a list, e.g. `第八条第（六）项“因相对人弄虚作假……”`.
fn cause_list(causes: &[Mitigation], kind: CaseKind) -> String {
    let named: Vec<String> =
        causes.iter().map(|c| format!("{}“{}”", c.cite().short_label(), c.label_in(kind))).collect();
    named.join("、")
}

/// States what the law says about the circumstances found, without weighing them (weighing is policy).
fn explain_circumstances(mitigating: bool, aggravating: bool, explanation: &mut Explanation) {
    // 第八条 有以下情形之一的，错案责任人员可以从轻或免于追究责任：
    if mitigating {
        explanation.step(
            "具有第八条所列情形 → 错案责任人员“可以”从轻或免于追究责任；这是裁量性规定，是否从轻、免于追究由机关决定",
            &[R1_8],
        );
    }
    // 第九条 执法人员坚持错误、放任危害后果发生或者阻碍调查人员履行职责的，应从重处理。
    if aggravating {
        explanation.step("具有第九条所列情形 → “应”从重处理；这是必须适用的规定", &[R1_9]);
    }
    match (mitigating, aggravating) {
        (true, true) => explanation.step(
            "从轻（免于追究）与从重情节并存 → 本制度未规定两者如何权衡；两种情节均予列明，任何一方都不忽略，权衡方法属本局政策，见建议",
            &[R1_8, R1_9],
        ),
        (false, false) => explanation.step("无第八条从轻、免于追究情形，也无第九条从重情形", &[R1_8, R1_9]),
        _ => explanation,
    };
}
