//! The 错案倒查 worksheet as it is filled in: the case, the reported grounds and the officers, each row with a
//! stable id so the form can add and remove rows without losing what is typed in the others. Autosaved as JSON.

use serde::{Deserialize, Serialize};

use super::claim_questions::{blank_claim, set_claim_answer};
use super::ground_fields::{blank_event, set_event_field};
use crate::rules::r1::{
    CaseKind, GroundReport, Mitigation, MitigationClaim, OfficerFacts, Verification, WrongCaseFacts, WrongCaseGround,
};

/// One reported Art. 5 ground of the worksheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroundRow {
    /// The row's id, unique within the worksheet.
    pub id: u32,
    /// The reported ground and its verification.
    pub report: GroundReport,
}

/// One responsible officer of the worksheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficerRow {
    /// The row's id, unique within the worksheet.
    pub id: u32,
    /// What the investigation found about the officer.
    pub facts: OfficerFacts,
}

/// The whole worksheet. Every field has a default, so an older or partial saved worksheet still loads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WrongCaseWorksheet {
    /// 案号 (for the printout; the engine does not need it).
    pub case_number: String,
    /// 案件类型 (R1 Art. 2).
    pub kind: CaseKind,
    /// 报告的第五条情形.
    pub grounds: Vec<GroundRow>,
    /// 承办及相关执法人员.
    pub officers: Vec<OfficerRow>,
    /// 调查查明的错案成因（第八条第（二）（三）（六）项）.
    pub causes: Vec<MitigationClaim>,
}

/// Whose Art. 8 claims a part of the worksheet holds: the case's (its causes) or one officer row's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimsOwner {
    /// The causes of the wrong case, found for the whole case.
    Case,
    /// The circumstances claimed for officer row `id`.
    Officer(u32),
}

/// Adds `item` to `list` (once) when `on`, removes every copy otherwise.
pub fn set_member<T: PartialEq + Copy>(list: &mut Vec<T>, item: T, on: bool) {
    list.retain(|x| *x != item);
    if on {
        list.push(item);
    }
}

impl WrongCaseWorksheet {
    /// The facts the engine assesses.
    pub fn facts(&self) -> WrongCaseFacts {
        WrongCaseFacts {
            kind: self.kind,
            grounds: self.grounds.iter().map(|row| row.report).collect(),
            officers: self.officers.iter().map(|row| row.facts.clone()).collect(),
            causes: self.causes.clone(),
        }
    }

    /// The Art. 8 claims `owner` holds (none for an unknown officer row).
    pub fn claims(&self, owner: ClaimsOwner) -> &[MitigationClaim] {
        match owner {
            ClaimsOwner::Case => &self.causes,
            ClaimsOwner::Officer(id) => self.officer(id).map_or(&[], |facts| &facts.mitigation_claims),
        }
    }

    /// Changes the Art. 8 claims `owner` holds (an unknown officer row: nothing changes).
    pub fn update_claims(&mut self, owner: ClaimsOwner, change: impl FnOnce(&mut Vec<MitigationClaim>)) {
        match owner {
            ClaimsOwner::Case => change(&mut self.causes),
            ClaimsOwner::Officer(id) => self.update_officer(id, |facts| change(&mut facts.mitigation_claims)),
        }
    }

    /// Whether nothing has been entered.
    pub fn is_blank(&self) -> bool {
        *self == WrongCaseWorksheet::default()
    }

    /// An id no row uses yet: one more than the largest, or (after a stored `u32::MAX`) the smallest free one.
    fn fresh_id(&self) -> u32 {
        let ids = || self.grounds.iter().map(|g| g.id).chain(self.officers.iter().map(|o| o.id));
        match ids().max() {
            None => 1,
            Some(max) if max < u32::MAX => max + 1,
            // Fewer rows than ids exist, so a free one is found.
            Some(_) => (1..u32::MAX).find(|id| ids().all(|used| used != *id)).unwrap_or_default(),
        }
    }

    /// Adds a ground of this kind, not yet verified; returns its row id.
    pub fn add_ground(&mut self, ground: WrongCaseGround) -> u32 {
        let id = self.fresh_id();
        let report = GroundReport { event: blank_event(ground), verification: Verification::default() };
        self.grounds.push(GroundRow { id, report });
        id
    }

    /// Removes the ground row `id`, if there is one.
    pub fn remove_ground(&mut self, id: u32) {
        self.grounds.retain(|row| row.id != id);
    }

    /// The report of ground row `id`.
    pub fn ground(&self, id: u32) -> Option<&GroundReport> {
        self.grounds.iter().find(|row| row.id == id).map(|row| &row.report)
    }

    /// Changes which Art. 5 ground row `id` reports: its facts start again, its verification is kept.
    pub fn set_ground_kind(&mut self, id: u32, ground: WrongCaseGround) {
        if let Some(row) = self.grounds.iter_mut().find(|row| row.id == id)
            && row.report.event.ground() != ground
        {
            row.report.event = blank_event(ground);
        }
    }

    /// Sets fact `field` of ground row `id` to choice `choice` (see [`super::event_fields`]).
    pub fn set_ground_field(&mut self, id: u32, field: usize, choice: usize) {
        if let Some(row) = self.grounds.iter_mut().find(|row| row.id == id) {
            set_event_field(&mut row.report.event, field, choice);
        }
    }

    /// Sets whether the investigation confirmed ground row `id`.
    pub fn set_verification(&mut self, id: u32, verification: Verification) {
        if let Some(row) = self.grounds.iter_mut().find(|row| row.id == id) {
            row.report.verification = verification;
        }
    }

    /// Adds an officer with nothing found yet; returns the row id.
    pub fn add_officer(&mut self) -> u32 {
        let id = self.fresh_id();
        self.officers.push(OfficerRow { id, facts: OfficerFacts::default() });
        id
    }

    /// Removes the officer row `id`, if there is one.
    pub fn remove_officer(&mut self, id: u32) {
        self.officers.retain(|row| row.id != id);
    }

    /// The facts of officer row `id`.
    pub fn officer(&self, id: u32) -> Option<&OfficerFacts> {
        self.officers.iter().find(|row| row.id == id).map(|row| &row.facts)
    }

    /// Changes the facts of officer row `id`, if there is one.
    pub fn update_officer(&mut self, id: u32, change: impl FnOnce(&mut OfficerFacts)) {
        if let Some(row) = self.officers.iter_mut().find(|row| row.id == id) {
            change(&mut row.facts);
        }
    }
}

/// The claim under this Art. 8 item among `claims`, if one is made.
pub fn claim_of(claims: &[MitigationClaim], item: Mitigation) -> Option<&MitigationClaim> {
    claims.iter().find(|claim| claim.mitigation() == item)
}

/// Makes (with every deciding fact “no”) or withdraws the claim under this Art. 8 item.
pub fn set_claimed(claims: &mut Vec<MitigationClaim>, item: Mitigation, claimed: bool) {
    let present = claim_of(claims, item).is_some();
    if claimed && !present {
        claims.push(blank_claim(item));
    } else if !claimed {
        claims.retain(|claim| claim.mitigation() != item);
    }
}

/// Answers a deciding fact of the claim under this Art. 8 item (no claim: nothing changes).
pub fn answer_claim(claims: &mut [MitigationClaim], item: Mitigation, question: usize, answer: bool) {
    if let Some(claim) = claims.iter_mut().find(|claim| claim.mitigation() == item) {
        set_claim_answer(claim, question, answer);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::legal::{claim_questions, event_fields};
    use crate::rules::r1::{
        CaseStatus, GroundEvent, InquiryConduct, Liability, LiableAct, ReconsiderationOutcome, assess,
    };

    #[test]
    fn rows_get_fresh_ids_and_removal_keeps_the_others() {
        let mut sheet = WrongCaseWorksheet::default();
        assert!(sheet.is_blank());
        let a = sheet.add_ground(WrongCaseGround::Reconsideration);
        let b = sheet.add_officer();
        let c = sheet.add_ground(WrongCaseGround::CourtJudgment);
        assert_eq!([a, b, c], [1, 2, 3]);
        sheet.remove_ground(a);
        assert_eq!(sheet.grounds.len(), 1);
        assert_eq!(sheet.ground(c).unwrap().event.ground(), WrongCaseGround::CourtJudgment);
        assert!(sheet.ground(a).is_none());
        let d = sheet.add_officer();
        assert_eq!(d, 4);
        sheet.remove_officer(b);
        assert_eq!(sheet.officers.iter().map(|o| o.id).collect::<Vec<_>>(), vec![d]);
        // Unknown ids change nothing.
        let before = sheet.clone();
        sheet.remove_ground(99);
        sheet.set_ground_field(99, 0, 0);
        sheet.update_officer(99, |o| o.name = "X".into());
        assert_eq!(sheet, before);
        assert!(!sheet.is_blank());
    }

    #[test]
    fn ids_stay_unique_after_a_saturated_id() {
        let mut sheet = WrongCaseWorksheet::default();
        sheet.officers.push(OfficerRow { id: u32::MAX, facts: OfficerFacts::default() });
        sheet.officers.push(OfficerRow { id: 1, facts: OfficerFacts::default() });
        let id = sheet.add_ground(WrongCaseGround::StateCompensation);
        assert_eq!(id, 2, "the smallest free id, not a wrapped or repeated one");
        assert_eq!(sheet.add_officer(), 3);
    }

    #[test]
    fn changing_a_grounds_kind_restarts_its_facts_and_keeps_the_verification() {
        let mut sheet = WrongCaseWorksheet::default();
        let id = sheet.add_ground(WrongCaseGround::Reconsideration);
        sheet.set_ground_field(id, 0, 0);
        sheet.set_verification(id, Verification::Verified);
        assert_eq!(
            sheet.ground(id).unwrap().event,
            GroundEvent::Reconsideration { outcome: ReconsiderationOutcome::Revoked }
        );
        sheet.set_ground_kind(id, WrongCaseGround::Reconsideration);
        assert_eq!(event_fields(&sheet.ground(id).unwrap().event)[0].selected, 0, "same kind: facts kept");
        sheet.set_ground_kind(id, WrongCaseGround::StateCompensation);
        let report = sheet.ground(id).unwrap();
        assert_eq!(report.event, blank_event(WrongCaseGround::StateCompensation));
        assert_eq!(report.verification, Verification::Verified);
    }

    #[test]
    fn claims_are_made_answered_and_withdrawn() {
        let mut facts = OfficerFacts::default();
        set_claimed(&mut facts.mitigation_claims, Mitigation::PromptSelfCorrection, true);
        set_claimed(&mut facts.mitigation_claims, Mitigation::PromptSelfCorrection, true);
        assert_eq!(facts.mitigation_claims.len(), 1, "one claim per item");
        answer_claim(&mut facts.mitigation_claims, Mitigation::PromptSelfCorrection, 0, true);
        let claim = claim_of(&facts.mitigation_claims, Mitigation::PromptSelfCorrection).unwrap();
        assert_eq!(claim_questions(claim).iter().map(|q| q.answer).collect::<Vec<_>>(), vec![true, false]);
        answer_claim(&mut facts.mitigation_claims, Mitigation::UnclearLaw, 0, true);
        assert!(
            claim_of(&facts.mitigation_claims, Mitigation::UnclearLaw).is_none(),
            "answering an unmade claim makes none"
        );
        set_claimed(&mut facts.mitigation_claims, Mitigation::PromptSelfCorrection, false);
        assert!(facts.mitigation_claims.is_empty());
    }

    #[test]
    fn members_are_added_once_and_removed() {
        let mut acts = vec![LiableAct::WrongLegalBasis];
        set_member(&mut acts, LiableAct::WrongLegalBasis, true);
        set_member(&mut acts, LiableAct::EvidenceFailure, true);
        assert_eq!(acts, vec![LiableAct::WrongLegalBasis, LiableAct::EvidenceFailure]);
        set_member(&mut acts, LiableAct::WrongLegalBasis, false);
        assert_eq!(acts, vec![LiableAct::EvidenceFailure]);
    }

    /// The worksheet the end-to-end test fills in: 复议撤销, verified, one officer with 6(4) and 8(5).
    fn reconsideration_sheet() -> WrongCaseWorksheet {
        let mut sheet = WrongCaseWorksheet { case_number: "黔规资罚〔2024〕7号".into(), ..Default::default() };
        let ground = sheet.add_ground(WrongCaseGround::Reconsideration);
        sheet.set_ground_field(ground, 0, 0);
        sheet.set_verification(ground, Verification::Verified);
        let officer = sheet.add_officer();
        sheet.update_officer(officer, |facts| {
            facts.name = "李四".into();
            set_member(&mut facts.acts, LiableAct::WrongLegalBasis, true);
            set_claimed(&mut facts.mitigation_claims, Mitigation::PromptSelfCorrection, true);
            answer_claim(&mut facts.mitigation_claims, Mitigation::PromptSelfCorrection, 0, true);
            set_member(&mut facts.inquiry_conduct, InquiryConduct::Cooperates, true);
        });
        sheet
    }

    #[test]
    fn the_worksheet_becomes_the_engines_facts() {
        let sheet = reconsideration_sheet();
        let assessment = assess(&sheet.facts());
        assert_eq!(assessment.status, CaseStatus::WrongCase);
        let officer = &assessment.officers[0];
        assert_eq!(officer.name, "李四");
        assert_eq!(officer.liability, Liability::Liable);
        assert_eq!(officer.acts, vec![LiableAct::WrongLegalBasis]);
        assert_eq!(officer.mitigating, vec![Mitigation::PromptSelfCorrection]);
        assert!(officer.aggravating.is_empty(), "cooperating is not aggravating");
        assert!(officer.suggestion.is_some());
    }

    #[test]
    fn the_worksheet_round_trips_through_json_and_old_saves_load() {
        let sheet = reconsideration_sheet();
        let json = serde_json::to_string(&sheet).unwrap();
        assert_eq!(serde_json::from_str::<WrongCaseWorksheet>(&json).unwrap(), sheet);
        let old: WrongCaseWorksheet = serde_json::from_str(r#"{"case_number":"1号"}"#).unwrap();
        assert_eq!(old, WrongCaseWorksheet { case_number: "1号".into(), ..Default::default() });
        assert!(serde_json::from_str::<WrongCaseWorksheet>(r#"{"grounds":[{"id":1}]}"#).is_err());
    }
}
