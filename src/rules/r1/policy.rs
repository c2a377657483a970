//! The bureau's own policy (本局政策), kept apart from the law: the sanction table behind every 建议, the rule for
//! weighing Art. 8 against Art. 9, the bureau's reading of "终审判决", and whether Art. 8 item 2 reaches licensing
//! cases by analogy. Stored as a setting; every field has a sensible default.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::liable_acts::LiableAct;
use super::sanction::{SanctionKind, SuggestedOutcome};

/// How to weigh Art. 8 (可以从轻或免于追究) against Art. 9 (应从重) when an officer has both. 本局政策.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum WeighingRule {
    /// 从重排除免于追究、从轻酌减：不建议免于追究；从重加档与从轻减档相互折抵，但不低于基准建议.
    #[default]
    AggravationExcludesExemption,
    /// 从重吸收从轻：按从重建议，从轻情节只列明供集体讨论参考.
    AggravationAbsorbsMitigation,
}

impl WeighingRule {
    /// Every rule, in display order.
    pub const ALL: [WeighingRule; 2] =
        [WeighingRule::AggravationExcludesExemption, WeighingRule::AggravationAbsorbsMitigation];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            WeighingRule::AggravationExcludesExemption => "从重排除免于追究、从轻酌减",
            WeighingRule::AggravationAbsorbsMitigation => "从重吸收从轻",
        }
    }

    /// What the rule does, in plain Chinese.
    pub fn description(self) -> &'static str {
        match self {
            WeighingRule::AggravationExcludesExemption => {
                "第九条“应从重处理”是必须适用的规定，第八条“可以从轻或免于追究”是裁量性规定，故两者并存时不建议免于追究；\
                 从重加档与从轻减档相互折抵，但建议不低于基准档次"
            }
            WeighingRule::AggravationAbsorbsMitigation => {
                "第九条“应从重处理”是必须适用的规定，两者并存时按从重给出建议；从轻情节予以列明，供集体讨论时酌情考虑，但不降低建议档次"
            }
        }
    }
}

/// The bureau's sanction table: which Art. 11 kind to suggest, and how circumstances move it. 本局政策，非本制度规定.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SanctionPolicy {
    /// 基准建议：每种第六条行为对应的第十一条处理方式；表中缺少的行为按默认表.
    pub base: BTreeMap<LiableAct, SanctionKind>,
    /// 有第八条情形时减轻的档数（减至零档即建议免于追究）.
    pub mitigation_steps: u8,
    /// 有第九条情形时加重的档数（最重为行政处分）.
    pub aggravation_steps: u8,
    /// 两种情节并存时的权衡规则.
    pub weighing: WeighingRule,
}

impl SanctionPolicy {
    /// The default base suggestion for an act, guided by 责罚相当 and 惩处与教育相结合 (Art. 4).
    pub fn default_base(act: LiableAct) -> SanctionKind {
        match act {
            LiableAct::WrongLegalBasis | LiableAct::OtherLiableConduct => SanctionKind::WrittenSelfCriticism,
            LiableAct::ExceedingAuthority | LiableAct::ProcedureViolation | LiableAct::EvidenceFailure => {
                SanctionKind::CirculatedCriticism
            }
            LiableAct::GrosslyUnfairPenalty => SanctionKind::LoseYearsHonoursAndPromotion,
            LiableAct::NoEnforcementCertificate | LiableAct::UnlawfulCoercion => SanctionKind::SuspendEnforcement,
            LiableAct::MisuseOfSeizedGoods => SanctionKind::RemoveFromEnforcement,
            LiableAct::MishandlingOfFines | LiableAct::CorruptionOrDereliction => {
                SanctionKind::AdministrativeDiscipline
            }
        }
    }

    /// The base suggestion for an act under this policy.
    pub fn base_for(&self, act: LiableAct) -> SanctionKind {
        self.base.get(&act).copied().unwrap_or_else(|| Self::default_base(act))
    }

    /// The suggested outcome from a base kind and whether Art. 8 / Art. 9 circumstances apply.
    ///
    /// Severity (0 = 免于追究, 1–6 = Art. 11 items) never rises when mitigation is added, never falls when aggravation
    /// is added.
    pub fn weigh(&self, base: SanctionKind, mitigating: bool, aggravating: bool) -> SuggestedOutcome {
        let base = base.rank();
        let heaviest = SanctionKind::AdministrativeDiscipline.rank();
        let aggravated = base.saturating_add(self.aggravation_steps).min(heaviest);
        let level = match (mitigating, aggravating) {
            (false, false) => base,
            (true, false) => base.saturating_sub(self.mitigation_steps),
            (false, true) => aggravated,
            (true, true) => match self.weighing {
                WeighingRule::AggravationExcludesExemption => {
                    aggravated.saturating_sub(self.mitigation_steps).max(base)
                }
                WeighingRule::AggravationAbsorbsMitigation => aggravated,
            },
        };
        SanctionKind::from_rank(level).map_or(SuggestedOutcome::Exempt, SuggestedOutcome::Sanction)
    }
}

impl Default for SanctionPolicy {
    fn default() -> Self {
        SanctionPolicy {
            base: LiableAct::ALL.iter().map(|&act| (act, Self::default_base(act))).collect(),
            mitigation_steps: 1,
            aggravation_steps: 1,
            weighing: WeighingRule::default(),
        }
    }
}

/// All of the bureau's R1 settings. 本局政策，非本制度规定.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BureauPolicy {
    /// 第五条第4项“终审判决”的理解：上诉期满无人上诉而生效的一审判决是否视同终审判决（默认：是）.
    pub effective_first_instance_is_final: bool,
    /// 第八条第（二）项以《行政处罚决定书》送达为要件，行政许可案件没有处罚决定书：是否以“许可决定送达后出现新证据”
    /// 类推适用（默认：是。类推有利于执法人员，符合第四条实事求是、责罚相当原则；否：许可案件不适用本项）.
    pub licensing_new_evidence_by_analogy: bool,
    /// 处理建议政策表.
    pub sanction: SanctionPolicy,
}

impl Default for BureauPolicy {
    fn default() -> Self {
        BureauPolicy {
            effective_first_instance_is_final: true,
            licensing_new_evidence_by_analogy: true,
            sanction: SanctionPolicy::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn severity(outcome: SuggestedOutcome) -> u8 {
        outcome.severity()
    }

    #[test]
    fn default_table_covers_every_act() {
        let policy = SanctionPolicy::default();
        assert_eq!(policy.base.len(), LiableAct::ALL.len());
        for act in LiableAct::ALL {
            assert_eq!(policy.base_for(act), SanctionPolicy::default_base(act));
        }
    }

    #[test]
    fn missing_rows_fall_back_to_the_default_table() {
        let policy: SanctionPolicy =
            serde_json::from_str(r#"{"base":{"wrong_legal_basis":"suspend_enforcement"}}"#).unwrap();
        assert_eq!(policy.base_for(LiableAct::WrongLegalBasis), SanctionKind::SuspendEnforcement);
        assert_eq!(policy.base_for(LiableAct::CorruptionOrDereliction), SanctionKind::AdministrativeDiscipline);
        assert_eq!(policy.mitigation_steps, 1);
        let round_trip: SanctionPolicy = serde_json::from_str(&serde_json::to_string(&policy).unwrap()).unwrap();
        assert_eq!(round_trip, policy);
    }

    #[test]
    fn weighing_rules_differ_only_when_both_circumstances_apply() {
        let excludes = SanctionPolicy::default();
        let absorbs = SanctionPolicy { weighing: WeighingRule::AggravationAbsorbsMitigation, ..Default::default() };
        let base = SanctionKind::CirculatedCriticism;
        for policy in [&excludes, &absorbs] {
            assert_eq!(policy.weigh(base, false, false), SuggestedOutcome::Sanction(base));
            assert_eq!(policy.weigh(base, true, false), SuggestedOutcome::Sanction(SanctionKind::WrittenSelfCriticism));
            assert_eq!(
                policy.weigh(base, false, true),
                SuggestedOutcome::Sanction(SanctionKind::LoseYearsHonoursAndPromotion)
            );
        }
        assert_eq!(excludes.weigh(base, true, true), SuggestedOutcome::Sanction(base));
        assert_eq!(
            absorbs.weigh(base, true, true),
            SuggestedOutcome::Sanction(SanctionKind::LoseYearsHonoursAndPromotion)
        );
        // Mitigation alone may reach exemption; never when aggravation also applies.
        assert_eq!(excludes.weigh(SanctionKind::WrittenSelfCriticism, true, false), SuggestedOutcome::Exempt);
        assert_eq!(
            excludes.weigh(SanctionKind::WrittenSelfCriticism, true, true),
            SuggestedOutcome::Sanction(SanctionKind::WrittenSelfCriticism)
        );
    }

    #[test]
    fn weighing_is_monotone_for_any_step_sizes() {
        for weighing in WeighingRule::ALL {
            for mitigation_steps in [0, 1, 2, 7, u8::MAX] {
                for aggravation_steps in [0, 1, 3, u8::MAX] {
                    let policy = SanctionPolicy { mitigation_steps, aggravation_steps, weighing, ..Default::default() };
                    for base in SanctionKind::ALL {
                        for other in [false, true] {
                            let w = |m, a| severity(policy.weigh(base, m, a));
                            assert!(w(true, other) <= w(false, other), "{policy:?} {base:?}");
                            assert!(w(other, true) >= w(other, false), "{policy:?} {base:?}");
                        }
                    }
                }
            }
        }
    }
}
