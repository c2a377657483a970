//! The facts that decide each R1 Art. 8 claim, as yes/no questions the worksheet asks.

use crate::rules::r1::{Mitigation, MitigationClaim};

/// One deciding fact of a claim, as a yes/no question with its current answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimQuestion {
    /// The fact, stated in Chinese (checked = it is so).
    pub label: &'static str,
    /// Whether it is so.
    pub answer: bool,
}

/// A newly made claim under this item, with every deciding fact answered “no”: nothing is presumed in the officer's
/// favour until the investigation finds it.
pub fn blank_claim(item: Mitigation) -> MitigationClaim {
    match item {
        Mitigation::UnclearLaw => MitigationClaim::UnclearLaw { provision_unclear: false },
        Mitigation::NewEvidenceAfterService => {
            MitigationClaim::NewEvidenceAfterService { emerged_after_service: false, changed_facts_or_nature: false }
        }
        Mitigation::PartyFaultOrUnavoidable => {
            MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault: false }
        }
        Mitigation::MinorAndCorrected => {
            MitigationClaim::MinorAndCorrected { significantly_minor: false, corrected_after_education: false }
        }
        Mitigation::PromptSelfCorrection => MitigationClaim::PromptSelfCorrection {
            corrected_promptly_on_own_initiative: false,
            caused_consequences: false,
        },
        Mitigation::FalsificationOrForceMajeure => {
            MitigationClaim::FalsificationOrForceMajeure { caused_the_error: false }
        }
    }
}

/// The deciding facts of a claim, in the order of the item's wording.
pub fn claim_questions(claim: &MitigationClaim) -> Vec<ClaimQuestion> {
    let ask = |label, answer| ClaimQuestion { label, answer };
    match *claim {
        // （一）法律、法规或规章规定不明确造成适用偏差的；
        MitigationClaim::UnclearLaw { provision_unclear } => {
            vec![ask("所适用的规定本身确实不明确（而非执法人员理解或适用错误）", provision_unclear)]
        }
        // （二）《行政处罚决定书》送达后出现新的证据，使原认定的案件事实或性质发生变化的；
        MitigationClaim::NewEvidenceAfterService { emerged_after_service, changed_facts_or_nature } => vec![
            ask("新证据在处罚决定书送达之后才出现（送达前已存在而未取得的不算）", emerged_after_service),
            ask("新证据使原认定的案件事实或性质发生变化", changed_facts_or_nature),
        ],
        // （三）……造成错案且执法人员没有过错的；
        MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault } => {
            vec![ask("执法人员本身没有过错", officer_without_fault)]
        }
        // （四）违法行为显著轻微，经过批评教育后及时纠正的；
        MitigationClaim::MinorAndCorrected { significantly_minor, corrected_after_education } => vec![
            ask("执法人员的违法行为显著轻微", significantly_minor),
            ask("经批评教育后及时纠正", corrected_after_education),
        ],
        // （五）发现错误后主动及时纠正，未造成后果的；
        MitigationClaim::PromptSelfCorrection { corrected_promptly_on_own_initiative, caused_consequences } => vec![
            ask("发现错误后主动、及时纠正", corrected_promptly_on_own_initiative),
            ask("已造成后果", caused_consequences),
        ],
        // （六）因行政相对人弄虚作假、编造事实、提供虚假证明材料而导致发生错误或者因不可抗力导致执法错误的。
        MitigationClaim::FalsificationOrForceMajeure { caused_the_error } => {
            vec![ask("执法错误确由相对人弄虚作假、提供虚假材料或不可抗力导致", caused_the_error)]
        }
    }
}

/// Answers question `index` (of [`claim_questions`]); an index out of range changes nothing.
pub fn set_claim_answer(claim: &mut MitigationClaim, index: usize, answer: bool) {
    let target = match (claim, index) {
        (MitigationClaim::UnclearLaw { provision_unclear: fact }, 0)
        | (MitigationClaim::NewEvidenceAfterService { emerged_after_service: fact, .. }, 0)
        | (MitigationClaim::NewEvidenceAfterService { changed_facts_or_nature: fact, .. }, 1)
        | (MitigationClaim::PartyFaultOrUnavoidable { officer_without_fault: fact }, 0)
        | (MitigationClaim::MinorAndCorrected { significantly_minor: fact, .. }, 0)
        | (MitigationClaim::MinorAndCorrected { corrected_after_education: fact, .. }, 1)
        | (MitigationClaim::PromptSelfCorrection { corrected_promptly_on_own_initiative: fact, .. }, 0)
        | (MitigationClaim::PromptSelfCorrection { caused_consequences: fact, .. }, 1)
        | (MitigationClaim::FalsificationOrForceMajeure { caused_the_error: fact }, 0) => Some(fact),
        _ => None,
    };
    if let Some(fact) = target {
        *fact = answer;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::r1::{
        CaseKind, GroundEvent, GroundReport, LiableAct, OfficerFacts, ReconsiderationOutcome, Verification,
        WrongCaseFacts, assess,
    };

    /// The Art. 8 items the engine accepts for a liable officer making only this claim.
    fn accepted(claim: MitigationClaim) -> Vec<Mitigation> {
        let case = WrongCaseFacts {
            kind: CaseKind::AdministrativePenalty,
            grounds: vec![GroundReport {
                event: GroundEvent::Reconsideration { outcome: ReconsiderationOutcome::Revoked },
                verification: Verification::Verified,
            }],
            officers: vec![OfficerFacts {
                name: "张三".into(),
                acts: vec![LiableAct::WrongLegalBasis],
                mitigation_claims: vec![claim],
                inquiry_conduct: vec![],
            }],
            causes: vec![],
        };
        assess(&case).officers[0].mitigating.clone()
    }

    #[test]
    fn a_blank_claim_is_of_its_item_and_never_accepted() {
        for item in Mitigation::ALL {
            let claim = blank_claim(item);
            assert_eq!(claim.mitigation(), item);
            assert!(claim_questions(&claim).iter().all(|q| !q.answer));
            assert!(accepted(claim).is_empty(), "{item:?}: nothing presumed");
        }
    }

    #[test]
    fn every_answer_can_be_set_and_exactly_one_combination_is_accepted() {
        for item in Mitigation::ALL {
            let count = claim_questions(&blank_claim(item)).len();
            assert!((1..=2).contains(&count));
            let mut accepting = 0;
            for bits in 0..(1u8 << count) {
                let mut claim = blank_claim(item);
                for index in 0..count {
                    set_claim_answer(&mut claim, index, bits & (1 << index) != 0);
                }
                let answers: Vec<bool> = claim_questions(&claim).iter().map(|q| q.answer).collect();
                let expected: Vec<bool> = (0..count).map(|index| bits & (1 << index) != 0).collect();
                assert_eq!(answers, expected, "{item:?}");
                if accepted(claim) == vec![item] {
                    accepting += 1;
                }
            }
            assert_eq!(accepting, 1, "{item:?}: the item's wording is met by one set of facts");
        }
    }

    #[test]
    fn an_index_out_of_range_changes_nothing() {
        for item in Mitigation::ALL {
            let mut claim = blank_claim(item);
            set_claim_answer(&mut claim, 5, true);
            assert_eq!(claim, blank_claim(item));
        }
    }
}
