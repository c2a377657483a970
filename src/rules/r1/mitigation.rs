//! R1 Art. 8: circumstances in which the responsible officer MAY (可以) be dealt with leniently or exempted.
//!
//! Item 2 is worded for a penalty case (《行政处罚决定书》送达后). In a licensing case the engine applies it by
//! analogy to the licensing decision (许可决定送达后), says so, and lets the bureau turn the analogy off
//! ([`super::BureauPolicy::licensing_new_evidence_by_analogy`]).

use serde::{Deserialize, Serialize};

use super::cites::{R1_2, R1_4_1, R1_4_3, R1_8};
use super::scope::CaseKind;
use crate::law::Cite;
use crate::rules::Explanation;

// 第八条 有以下情形之一的，错案责任人员可以从轻或免于追究责任：
/// One item of Art. 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mitigation {
    /// （一）法律、法规或规章规定不明确造成适用偏差.
    UnclearLaw,
    /// （二）《行政处罚决定书》送达后出现新的证据，使原认定的案件事实或性质发生变化 (in a licensing case: by analogy,
    /// after the licensing decision was served).
    NewEvidenceAfterService,
    /// （三）因相对人过错或不可预见、不可避免、不可克服的原因造成错案且执法人员没有过错.
    PartyFaultOrUnavoidable,
    /// （四）违法行为显著轻微，经过批评教育后及时纠正.
    MinorAndCorrected,
    /// （五）发现错误后主动及时纠正，未造成后果.
    PromptSelfCorrection,
    /// （六）因相对人弄虚作假、编造事实、提供虚假证明材料或因不可抗力导致执法错误.
    FalsificationOrForceMajeure,
}

impl Mitigation {
    /// Every item, in the article's order.
    pub const ALL: [Mitigation; 6] = [
        Mitigation::UnclearLaw,
        Mitigation::NewEvidenceAfterService,
        Mitigation::PartyFaultOrUnavoidable,
        Mitigation::MinorAndCorrected,
        Mitigation::PromptSelfCorrection,
        Mitigation::FalsificationOrForceMajeure,
    ];

    /// The items that say how the wrong case arose rather than how an officer behaved, which 法治科 can record for
    /// the whole case as its cause: (二) new evidence after service, (三) the party's fault or the unforeseeable with
    /// the officers without fault, (六) the party's falsification or force majeure.
    pub const CASE_CAUSES: [Mitigation; 3] = [
        Mitigation::NewEvidenceAfterService,
        Mitigation::PartyFaultOrUnavoidable,
        Mitigation::FalsificationOrForceMajeure,
    ];

    /// The item number in Art. 8.
    pub fn item(self) -> u8 {
        match self {
            Mitigation::UnclearLaw => 1,
            Mitigation::NewEvidenceAfterService => 2,
            Mitigation::PartyFaultOrUnavoidable => 3,
            Mitigation::MinorAndCorrected => 4,
            Mitigation::PromptSelfCorrection => 5,
            Mitigation::FalsificationOrForceMajeure => 6,
        }
    }

    /// The citation of this item of Art. 8.
    pub fn cite(self) -> Cite {
        Cite::item(1, 8, self.item())
    }

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Mitigation::UnclearLaw => "法律、法规或规章规定不明确造成适用偏差",
            Mitigation::NewEvidenceAfterService => "处罚决定书送达后出现新证据，使原认定的事实或性质发生变化",
            Mitigation::PartyFaultOrUnavoidable => {
                "因相对人过错或不可预见、不可避免、不可克服的原因造成错案且执法人员没有过错"
            }
            Mitigation::MinorAndCorrected => "违法行为显著轻微，经批评教育后及时纠正",
            Mitigation::PromptSelfCorrection => "发现错误后主动及时纠正，未造成后果",
            Mitigation::FalsificationOrForceMajeure => "因相对人弄虚作假、提供虚假材料或因不可抗力导致执法错误",
        }
    }

    /// The label as it reads in a case of this kind: in a licensing case item 2 names the licensing decision and says
    /// it is applied by analogy.
    pub fn label_in(self, kind: CaseKind) -> &'static str {
        match (self, kind) {
            (Mitigation::NewEvidenceAfterService, CaseKind::AdministrativeLicensing) => {
                "类推适用：许可决定送达后出现新证据，使原认定的事实或性质发生变化"
            }
            _ => self.label(),
        }
    }
}

/// Item 2 as claimed in a licensing case, before the analogy is decided.
const LICENSING_NEW_EVIDENCE: &str = "许可决定送达后出现新证据，使原认定的事实或性质发生变化";

/// What item 2's "送达" refers to in a case of this kind: the penalty decision, or by analogy the licensing decision.
fn served_decision(kind: CaseKind) -> &'static str {
    if kind == CaseKind::AdministrativeLicensing { "许可决定" } else { "处罚决定书" }
}

/// A claimed Art. 8 circumstance, with the facts that decide whether the item really applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "item", rename_all = "snake_case")]
pub enum MitigationClaim {
    /// Item 1.
    UnclearLaw {
        /// 所适用的规定本身确实不明确（而非执法人员理解错误）.
        provision_unclear: bool,
    },
    /// Item 2.
    NewEvidenceAfterService {
        /// 新证据在处罚决定书（许可案件类推为许可决定）送达之后才出现（送达前已存在而未取得的不算）.
        emerged_after_service: bool,
        /// 新证据使原认定的案件事实或性质发生变化.
        changed_facts_or_nature: bool,
    },
    /// Item 3.
    PartyFaultOrUnavoidable {
        /// 执法人员本身没有过错.
        officer_without_fault: bool,
    },
    /// Item 4.
    MinorAndCorrected {
        /// 执法人员的违法行为显著轻微.
        significantly_minor: bool,
        /// 经批评教育后及时纠正.
        corrected_after_education: bool,
    },
    /// Item 5.
    PromptSelfCorrection {
        /// 发现错误后主动、及时纠正.
        corrected_promptly_on_own_initiative: bool,
        /// 已造成后果.
        caused_consequences: bool,
    },
    /// Item 6.
    FalsificationOrForceMajeure {
        /// 执法错误确由相对人弄虚作假、虚假材料或不可抗力导致.
        caused_the_error: bool,
    },
}

impl MitigationClaim {
    /// The claim of `item` with every fact answered so that the item applies (in a case of either kind).
    pub fn satisfied(item: Mitigation) -> MitigationClaim {
        match item {
            Mitigation::UnclearLaw => MitigationClaim::UnclearLaw { provision_unclear: true },
            Mitigation::NewEvidenceAfterService => {
                MitigationClaim::NewEvidenceAfterService { emerged_after_service: true, changed_facts_or_nature: true }
            }
            Mitigation::PartyFaultOrUnavoidable => {
                MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault: true }
            }
            Mitigation::MinorAndCorrected => {
                MitigationClaim::MinorAndCorrected { significantly_minor: true, corrected_after_education: true }
            }
            Mitigation::PromptSelfCorrection => MitigationClaim::PromptSelfCorrection {
                corrected_promptly_on_own_initiative: true,
                caused_consequences: false,
            },
            Mitigation::FalsificationOrForceMajeure => {
                MitigationClaim::FalsificationOrForceMajeure { caused_the_error: true }
            }
        }
    }

    /// The Art. 8 item claimed.
    pub fn mitigation(&self) -> Mitigation {
        match self {
            MitigationClaim::UnclearLaw { .. } => Mitigation::UnclearLaw,
            MitigationClaim::NewEvidenceAfterService { .. } => Mitigation::NewEvidenceAfterService,
            MitigationClaim::PartyFaultOrUnavoidable { .. } => Mitigation::PartyFaultOrUnavoidable,
            MitigationClaim::MinorAndCorrected { .. } => Mitigation::MinorAndCorrected,
            MitigationClaim::PromptSelfCorrection { .. } => Mitigation::PromptSelfCorrection,
            MitigationClaim::FalsificationOrForceMajeure { .. } => Mitigation::FalsificationOrForceMajeure,
        }
    }

    /// Whether the item applies in a case of this kind; `Err` carries the reason it does not.
    fn test(&self, kind: CaseKind) -> Result<(), String> {
        let fails = |reason: &str| Err(reason.to_string());
        match *self {
            // （一）法律、法规或规章规定不明确造成适用偏差的；
            MitigationClaim::UnclearLaw { provision_unclear } => {
                if provision_unclear {
                    Ok(())
                } else {
                    fails("所适用的规定本身是明确的，偏差出于执法人员的理解或适用错误")
                }
            }
            // （二）《行政处罚决定书》送达后出现新的证据，使原认定的案件事实或性质发生变化的；
            MitigationClaim::NewEvidenceAfterService { emerged_after_service, changed_facts_or_nature } => {
                match (emerged_after_service, changed_facts_or_nature) {
                    (true, true) => Ok(()),
                    (false, _) => Err(format!("证据在{}送达前已经存在，并非送达后新出现的证据", served_decision(kind))),
                    (true, false) => fails("新证据并未使原认定的案件事实或性质发生变化"),
                }
            }
            // （三）因公民、法人或其他组织的过错或由于不可预见、不可避免、不可克服的原因造成错案且执法人员没有过错的；
            MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault } => {
                if officer_without_fault {
                    Ok(())
                } else {
                    fails("执法人员本身也有过错，本项要求“执法人员没有过错”")
                }
            }
            // （四）违法行为显著轻微，经过批评教育后及时纠正的；
            MitigationClaim::MinorAndCorrected { significantly_minor, corrected_after_education } => {
                match (significantly_minor, corrected_after_education) {
                    (true, true) => Ok(()),
                    (false, _) => fails("违法行为并非显著轻微"),
                    (true, false) => fails("经批评教育后未及时纠正"),
                }
            }
            // （五）发现错误后主动及时纠正，未造成后果的；
            MitigationClaim::PromptSelfCorrection { corrected_promptly_on_own_initiative, caused_consequences } => {
                match (corrected_promptly_on_own_initiative, caused_consequences) {
                    (true, false) => Ok(()),
                    (false, _) => fails("并非发现错误后主动及时纠正"),
                    (true, true) => fails("虽主动及时纠正，但已造成后果"),
                }
            }
            // （六）因行政相对人弄虚作假、编造事实、提供虚假证明材料而导致发生错误或者因不可抗力导致执法错误的。
            MitigationClaim::FalsificationOrForceMajeure { caused_the_error } => {
                if caused_the_error {
                    Ok(())
                } else {
                    fails("执法错误并非由相对人弄虚作假或不可抗力导致")
                }
            }
        }
    }
}

/// Tests each claimed circumstance in a case of this kind, explaining each; returns the Art. 8 items that apply,
/// sorted and without repeats. `by_analogy`: whether item 2 reaches a licensing case by analogy (bureau policy).
pub(super) fn applicable_mitigations(
    claims: &[MitigationClaim],
    kind: CaseKind,
    by_analogy: bool,
    explanation: &mut Explanation,
) -> Vec<Mitigation> {
    let mut applicable = Vec::new();
    for claim in claims {
        let mitigation = claim.mitigation();
        let item = mitigation.cite();
        let label = item.short_label();
        let analogy = mitigation == Mitigation::NewEvidenceAfterService && kind == CaseKind::AdministrativeLicensing;
        if analogy && !by_analogy {
            explanation.step(
                format!(
                    "主张“{LICENSING_NEW_EVIDENCE}”，但{label}以《行政处罚决定书》送达为要件，本案为行政许可案件，没有处罚决定书 → 按本局选定的口径不类推适用{label}（可在设置中改为类推适用）"
                ),
                &[item, R1_2],
            );
            continue;
        }
        if analogy {
            explain_analogy(item, explanation);
        }
        let (claimed, applies) = if analogy {
            (LICENSING_NEW_EVIDENCE, format!("类推适用{label}"))
        } else {
            (mitigation.label(), format!("属于{label}所列情形"))
        };
        match claim.test(kind) {
            Ok(()) => {
                explanation.step(format!("{claimed} → {applies}"), &[item]);
                applicable.push(mitigation);
            }
            Err(reason) => {
                explanation.step(format!("主张“{claimed}”，但{reason} → 不符合{label}"), &[item]);
            }
        }
    }
    applicable.sort();
    applicable.dedup();
    applicable
}

/// Tests the causes of the wrong case the investigation records for the whole case (only [`Mitigation::CASE_CAUSES`]
/// can be; any other item is named as the officer's own and left to the officer's row), explaining each; returns
/// the items that hold, sorted and without repeats.
pub(super) fn case_causes(
    claims: &[MitigationClaim],
    kind: CaseKind,
    by_analogy: bool,
    explanation: &mut Explanation,
) -> Vec<Mitigation> {
    let (causes, personal): (Vec<MitigationClaim>, Vec<MitigationClaim>) =
        claims.iter().partition(|claim| Mitigation::CASE_CAUSES.contains(&claim.mitigation()));
    for claim in personal {
        let item = claim.mitigation().cite();
        explanation.step(
            format!("{}针对执法人员本人的情形，不作为案件的错案成因 → 请在该执法人员一栏主张", item.short_label()),
            &[item],
        );
    }
    if causes.is_empty() {
        return Vec::new();
    }
    explanation.step("调查查明的错案成因（第八条，案件层面）：", &[R1_8]);
    applicable_mitigations(&causes, kind, by_analogy, explanation)
}

// 第八条（二）《行政处罚决定书》送达后出现新的证据，使原认定的案件事实或性质发生变化的；
// 第四条 错案责任倒查问责应遵循的基本原则是：1.实事求是，有错必纠原则；……3.责罚相当原则；……
/// States, once per explanation, that item 2 is applied to a licensing case by analogy and why.
fn explain_analogy(item: Cite, explanation: &mut Explanation) {
    let label = item.short_label();
    let text = format!(
        "{label}以《行政处罚决定书》送达为要件，本案为行政许可案件，没有处罚决定书 → 本工具以“许可决定送达后出现新证据，使原认定的案件事实或性质发生变化”类推适用{label}（本工具的解释：类推有利于执法人员，符合第四条实事求是、责罚相当原则；本局可在设置中改为不类推适用）"
    );
    if !explanation.steps.iter().any(|step| step.text == text) {
        explanation.step(text, &[item, R1_4_1, R1_4_3]);
    }
}
