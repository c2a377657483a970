//! Scenarios: a situation in plain Chinese plus the engine facts it describes.
//!
//! The bank stores scenarios as `static` [`Spec`]s (type-checked at compile time, no parsing code in the wasm);
//! [`Spec::scenario`] turns one into the owned [`Scenario`] the quiz works with, as a variant generator does too.

use serde::Serialize;

use super::expect::Expect;
use crate::rules::Case;
use crate::rules::r1::{
    CaseKind, GroundReport, InquiryConduct, LiableAct, MitigationClaim, OfficerFacts, WrongCaseFacts,
};
use crate::rules::r2::{
    Conduct, ContactMethod, InterferenceFacts, NonRecordingFacts, PersonCategory, RetaliationFacts,
};

/// Where a scenario comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Source {
    /// The curated bank, with a trainer's expected answer.
    Bank,
    /// Generated from a template with this seed; its answer exists only as the engine computes it.
    Variant {
        /// The template's stable key.
        template: &'static str,
        /// The seed that chose the slots.
        seed: u64,
    },
}

/// A situation trainees classify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    /// Stable id (`r2-a10-05` for the bank, `v-contact-123` for a variant).
    pub id: String,
    /// A short title for lists.
    pub title: String,
    /// The situation, in natural Chinese.
    pub prose: String,
    /// Whether a trainer flagged it as a near miss (it differs from another classification by one fact).
    pub near_miss: bool,
    /// Bank or variant.
    pub source: Source,
    /// The engine case the prose describes (a contact is described from outside a record, [`Case::described`]).
    pub facts: Case,
}

/// One bank entry: prose, facts and the trainer's expected answer.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// Stable id, unique in the bank.
    pub id: &'static str,
    /// A short title.
    pub title: &'static str,
    /// Whether this is a near miss.
    pub near_miss: bool,
    /// The situation, in natural Chinese.
    pub prose: &'static str,
    /// The engine facts the prose describes.
    pub facts: FactsSpec,
    /// The answer as a trainer reads the situation, written independently of the engine.
    pub expect: Expect,
}

impl Spec {
    /// The owned scenario.
    pub fn scenario(&self) -> Scenario {
        Scenario {
            id: self.id.to_string(),
            title: self.title.to_string(),
            prose: self.prose.to_string(),
            near_miss: self.near_miss,
            source: Source::Bank,
            facts: self.facts.facts(),
        }
    }
}

/// Engine facts in a form a `static` can hold.
#[derive(Debug, Clone, Copy)]
pub enum FactsSpec {
    /// R2 contact.
    Contact(ContactSpec),
    /// R2 Art. 13.
    NonRecording(NonRecordingFacts),
    /// R2 Art. 9 / 12.
    Retaliation(RetaliationFacts),
    /// R1 case.
    WrongCase(CaseSpec),
}

impl FactsSpec {
    /// The engine case (a contact as [`Case::described`]).
    pub fn facts(&self) -> Case {
        match self {
            FactsSpec::Contact(c) => Case::described(c.facts()),
            FactsSpec::NonRecording(n) => Case::NonRecording(*n),
            FactsSpec::Retaliation(r) => Case::Retaliation(*r),
            FactsSpec::WrongCase(c) => Case::WrongCase(c.facts()),
        }
    }
}

/// [`InterferenceFacts`] with a static conduct list.
#[derive(Debug, Clone, Copy)]
pub struct ContactSpec {
    /// See [`InterferenceFacts::category`].
    pub category: PersonCategory,
    /// See [`InterferenceFacts::is_bureau_leader`].
    pub is_bureau_leader: bool,
    /// See [`InterferenceFacts::department_supervises_case`].
    pub department_supervises_case: bool,
    /// See [`InterferenceFacts::within_authority`].
    pub within_authority: bool,
    /// See [`InterferenceFacts::conduct`].
    pub conduct: &'static [Conduct],
    /// See [`InterferenceFacts::method`].
    pub method: ContactMethod,
    /// See [`InterferenceFacts::for_official_duty`].
    pub for_official_duty: bool,
    /// See [`InterferenceFacts::through_procedure`].
    pub through_procedure: bool,
    /// See [`InterferenceFacts::on_behalf_of_party`].
    pub on_behalf_of_party: bool,
    /// See [`InterferenceFacts::recorded_by_handler`].
    pub recorded_by_handler: bool,
}

impl ContactSpec {
    /// Every flag off, a current staff member met in person, no conduct: the base the bank's entries update.
    pub const BLANK: ContactSpec = ContactSpec {
        category: PersonCategory::CurrentStaff,
        is_bureau_leader: false,
        department_supervises_case: false,
        within_authority: false,
        conduct: &[],
        method: ContactMethod::InPerson,
        for_official_duty: false,
        through_procedure: false,
        on_behalf_of_party: false,
        recorded_by_handler: false,
    };

    /// The engine facts.
    pub fn facts(&self) -> InterferenceFacts {
        InterferenceFacts {
            category: self.category,
            is_bureau_leader: self.is_bureau_leader,
            department_supervises_case: self.department_supervises_case,
            within_authority: self.within_authority,
            conduct: self.conduct.to_vec(),
            method: self.method,
            for_official_duty: self.for_official_duty,
            through_procedure: self.through_procedure,
            on_behalf_of_party: self.on_behalf_of_party,
            recorded_by_handler: self.recorded_by_handler,
            unknown: Vec::new(),
        }
    }
}

/// [`WrongCaseFacts`] with static lists.
#[derive(Debug, Clone, Copy)]
pub struct CaseSpec {
    /// 案件类型.
    pub kind: CaseKind,
    /// 报告的第五条情形.
    pub grounds: &'static [GroundReport],
    /// 承办及相关执法人员.
    pub officers: &'static [OfficerSpec],
}

impl CaseSpec {
    /// The engine facts.
    pub fn facts(&self) -> WrongCaseFacts {
        WrongCaseFacts {
            kind: self.kind,
            grounds: self.grounds.to_vec(),
            officers: self.officers.iter().map(OfficerSpec::facts).collect(),
            causes: Vec::new(),
        }
    }
}

/// [`OfficerFacts`] with static lists.
#[derive(Debug, Clone, Copy)]
pub struct OfficerSpec {
    /// 姓名 (fictional).
    pub name: &'static str,
    /// 经调查认定的第六条行为.
    pub acts: &'static [LiableAct],
    /// 主张的第八条情形.
    pub claims: &'static [MitigationClaim],
    /// 错误发现后及调查中的表现.
    pub conduct: &'static [InquiryConduct],
}

impl OfficerSpec {
    /// An officer with these acts and nothing else.
    pub const fn with_acts(name: &'static str, acts: &'static [LiableAct]) -> Self {
        OfficerSpec { name, acts, claims: &[], conduct: &[] }
    }

    /// The engine facts.
    pub fn facts(&self) -> OfficerFacts {
        OfficerFacts {
            name: self.name.to_string(),
            acts: self.acts.to_vec(),
            mitigation_claims: self.claims.to_vec(),
            inquiry_conduct: self.conduct.to_vec(),
        }
    }
}
