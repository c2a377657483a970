//! The sanction suggestion (建议): the bureau's policy applied to the law's findings, never part of the findings.
//!
//! R1 Art. 11 lists the kinds of sanction but maps no act to any of them; the decision is collective (Art. 10(3)).

use serde::Serialize;

use super::aggravation::InquiryConduct;
use super::cites::{R1_4_3, R1_4_4, R1_7, R1_8, R1_9, R1_10_3, R1_11};
use super::liable_acts::LiableAct;
use super::mitigation::Mitigation;
use super::policy::{SanctionPolicy, WeighingRule};
use super::sanction::SuggestedOutcome;
use super::scope::CaseKind;
use crate::law::Cite;
use crate::rules::Explanation;

/// A sanction suggestion with its reasoning. Always 建议: the law sets no mapping, the leadership decides collectively.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    /// The suggested outcome.
    pub outcome: SuggestedOutcome,
    /// How the policy table led there, including the disclaimers.
    pub explanation: Explanation,
}

impl Suggestion {
    /// Heading for any display of a suggestion.
    pub const HEADING: &'static str = "建议（本局政策，非本制度规定）";
    /// The first step of every suggestion: the law maps no act to a sanction.
    pub const NO_LEGAL_MAPPING: &'static str = "以下为建议：本制度第十一条只列举追究的种类和方式，未规定何种行为对应何种处理；本建议依据本局政策表（可在设置中修改），遵循责罚相当、惩处与教育相结合原则";
    /// The last step of every suggestion: the decision is collective.
    pub const COLLECTIVE_DECISION: &'static str =
        "本建议不具约束力：由局法治科提出处理建议，经机关领导集体讨论后作出处理决定";

    /// 0 for exemption, otherwise the Art. 11 rank.
    pub fn severity(&self) -> u8 {
        self.outcome.severity()
    }

    /// Every provision cited in the reasoning.
    pub fn cites(&self) -> Vec<Cite> {
        self.explanation.cites()
    }
}

/// The labels of `items`, joined with 、.
fn joined<T: Copy>(items: &[T], label: impl Fn(T) -> &'static str) -> String {
    items.iter().map(|&item| label(item)).collect::<Vec<_>>().join("、")
}

// 第四条 错案责任倒查问责应遵循的基本原则是：……3.责罚相当原则；4.惩处与教育相结合原则。
// 第十一条 行政责任追究的种类和方式：…… （本制度未规定行为与种类的对应关系，以下为本局政策）
/// Applies the policy table to one liable officer's findings in a case of this kind (which decides how Art. 8 items
/// are named); `None` when there is no act to base it on.
pub(super) fn suggest(
    acts: &[LiableAct],
    mitigating: &[Mitigation],
    aggravating: &[InquiryConduct],
    kind: CaseKind,
    policy: &SanctionPolicy,
) -> Option<Suggestion> {
    // The gravest act is the one with the heaviest base in the table; on a tie, the first in `acts`.
    let gravest = acts.iter().copied().fold(None, |best: Option<LiableAct>, act| match best {
        Some(best) if policy.base_for(best) >= policy.base_for(act) => Some(best),
        _ => Some(act),
    })?;
    let mut explanation = Explanation::new();
    explanation.step(Suggestion::NO_LEGAL_MAPPING, &[R1_11, R1_4_3, R1_4_4]);
    let base = policy.base_for(gravest);
    let others: Vec<LiableAct> = acts.iter().copied().filter(|&act| act != gravest).collect();
    let others = if others.is_empty() {
        String::new()
    } else {
        format!("；其余行为（{}）在集体讨论时一并考虑", joined(&others, LiableAct::label))
    };
    explanation.step(
        format!(
            "按本局政策表，所认定行为中最重的是{}（{}） → 基准建议：{}{others}",
            gravest.label(),
            gravest.cite().short_label(),
            base.label()
        ),
        &[gravest.cite(), base.cite()],
    );

    let has_mitigation = !mitigating.is_empty();
    let has_aggravation = !aggravating.is_empty();
    if has_mitigation {
        let mut cites = vec![R1_8];
        cites.extend(mitigating.iter().map(|m| m.cite()));
        cites.push(R1_4_4);
        explanation.step(
            format!(
                "有第八条情形（{}）：本制度规定“可以”从轻或免于追究，是否从轻、免于追究由机关裁量 → 本局政策：减轻{}档",
                joined(mitigating, |m| m.label_in(kind)),
                policy.mitigation_steps
            ),
            &cites,
        );
    }
    if has_aggravation {
        explanation.step(
            format!(
                "有第九条情形（{}）：本制度规定“应从重处理” → 本局政策：加重{}档（最重为行政处分）",
                joined(aggravating, InquiryConduct::label),
                policy.aggravation_steps
            ),
            &[R1_9, R1_4_3],
        );
    }
    if has_mitigation && has_aggravation {
        let rule: WeighingRule = policy.weighing;
        explanation.step(
            format!("从轻与从重情节并存，均予列明；按本局权衡规则“{}”：{}", rule.label(), rule.description()),
            &[R1_8, R1_9],
        );
    }

    let outcome = policy.weigh(base, has_mitigation, has_aggravation);
    match outcome {
        SuggestedOutcome::Exempt => {
            explanation.step("建议：免于追究责任（按惩处与教育相结合原则，仍宜进行批评教育）", &[R1_8, R1_4_4])
        }
        SuggestedOutcome::Sanction(kind) => {
            explanation.step(format!("建议：{}（{}）", kind.label(), kind.cite().short_label()), &[kind.cite()])
        }
    };
    explanation.step(Suggestion::COLLECTIVE_DECISION, &[R1_7, R1_10_3]);
    Some(Suggestion { outcome, explanation })
}
