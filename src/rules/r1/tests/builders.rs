//! Small constructors that keep the test tables readable.

use crate::rules::r1::*;

/// A ground report with the given verification.
pub fn report(event: GroundEvent, verification: Verification) -> GroundReport {
    GroundReport { event, verification }
}

/// A verified ground report.
pub fn verified(event: GroundEvent) -> GroundReport {
    report(event, Verification::Verified)
}

/// 复议决定撤销, the simplest established ground.
pub fn revoked_on_reconsideration() -> GroundEvent {
    GroundEvent::Reconsideration { outcome: ReconsiderationOutcome::Revoked }
}

/// A case of this kind with these grounds and officers.
pub fn case(kind: CaseKind, grounds: Vec<GroundReport>, officers: Vec<OfficerFacts>) -> WrongCaseFacts {
    WrongCaseFacts { kind, grounds, officers, causes: Vec::new() }
}

/// A penalty case with one ground and no officers.
pub fn penalty_case(ground: GroundReport) -> WrongCaseFacts {
    case(CaseKind::AdministrativePenalty, vec![ground], Vec::new())
}

/// An established wrong case (verified 复议撤销) of this kind with one officer.
pub fn wrong_case(kind: CaseKind, officer: OfficerFacts) -> WrongCaseFacts {
    case(kind, vec![verified(revoked_on_reconsideration())], vec![officer])
}

/// A penalty case still pending verification (unverified 复议撤销) with one officer.
pub fn pending_case(officer: OfficerFacts) -> WrongCaseFacts {
    case(
        CaseKind::AdministrativePenalty,
        vec![report(revoked_on_reconsideration(), Verification::Unverified)],
        vec![officer],
    )
}

/// An officer with these acts and nothing else.
pub fn officer(acts: &[LiableAct]) -> OfficerFacts {
    OfficerFacts { name: "张三".to_string(), acts: acts.to_vec(), ..Default::default() }
}

/// An officer with these acts and mitigation claims.
pub fn officer_claiming(acts: &[LiableAct], claims: &[MitigationClaim]) -> OfficerFacts {
    OfficerFacts { mitigation_claims: claims.to_vec(), ..officer(acts) }
}

/// An officer with these acts and inquiry conduct.
pub fn officer_behaving(acts: &[LiableAct], conduct: &[InquiryConduct]) -> OfficerFacts {
    OfficerFacts { inquiry_conduct: conduct.to_vec(), ..officer(acts) }
}
