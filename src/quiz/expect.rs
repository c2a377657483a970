//! The trainer's expected answer, and the comparison with the engine's: the bank's guarantee that what trainees
//! are taught is what officers' engine says.

use crate::rules::Outcome;
use crate::rules::r1::{CaseStatus, Liability, LiableAct, Mitigation, WrongCaseGround};
use crate::rules::r2::{Article10Item, Doubt, HandlerSanction, LegitimateGround, RetaliationVerdict, Verdict};

/// The answer as a trainer reads a bank scenario (under the default readings).
#[derive(Debug, Clone, Copy)]
pub enum Expect {
    /// 违反规定干预办案, under these Art. 10 items (in item order).
    Prohibited(&'static [Article10Item]),
    /// 不认定为干预, on these grounds (in the engine's ground order).
    Legitimate(&'static [LegitimateGround]),
    /// Legitimate on these grounds once the handler records it.
    AwaitingRecord(&'static [LegitimateGround]),
    /// Neither prohibited nor cleared: record and report to 法治科 for determination, for these doubts.
    ForDetermination(&'static [Doubt]),
    /// Another agency skipped procedure: tell them to follow it (Art. 6, 8).
    FollowProcedure,
    /// The person is not internal personnel (Art. 2).
    NotInternal,
    /// Art. 13 consequences.
    NonRecording {
        /// The handler's sanction.
        handler: Option<HandlerSanction>,
        /// Whether the instructing supervisor is liable.
        supervisor_liable: bool,
    },
    /// Art. 9 / 12 finding.
    Retaliation(RetaliationVerdict),
    /// An R1 case.
    Case {
        /// The case's status.
        status: CaseStatus,
        /// The Art. 5 grounds established, in item order.
        grounds: &'static [WrongCaseGround],
        /// Each officer, in the order of the facts.
        officers: &'static [ExpectOfficer],
    },
}

/// A trainer's expectation for one officer of an R1 case.
#[derive(Debug, Clone, Copy)]
pub struct ExpectOfficer {
    /// The officer's name, as in the facts.
    pub name: &'static str,
    /// Whether and why the officer is liable.
    pub liability: Liability,
    /// The Art. 6 items the officer is liable under (empty unless liable).
    pub acts: &'static [LiableAct],
    /// The Art. 8 items that apply (empty unless liable).
    pub mitigating: &'static [Mitigation],
    /// Whether Art. 9 (从重) applies.
    pub aggravated: bool,
}

impl ExpectOfficer {
    /// Liable under these Art. 6 items, with no Art. 8 or 9 circumstance.
    pub const fn liable(name: &'static str, acts: &'static [LiableAct]) -> Self {
        ExpectOfficer { name, liability: Liability::Liable, acts, mitigating: &[], aggravated: false }
    }

    /// Not liable, for this reason.
    pub const fn not_liable(name: &'static str, liability: Liability) -> Self {
        ExpectOfficer { name, liability, acts: &[], mitigating: &[], aggravated: false }
    }

    /// With these Art. 8 items.
    pub const fn mitigated(self, mitigating: &'static [Mitigation]) -> Self {
        ExpectOfficer { mitigating, ..self }
    }

    /// With an Art. 9 circumstance.
    pub const fn aggravated(self) -> Self {
        ExpectOfficer { aggravated: true, ..self }
    }
}

/// The comparable core of an answer, from either side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyAnswer {
    /// R2 contact: the verdict and whether the person is internal personnel.
    Contact {
        /// The verdict.
        verdict: Verdict,
        /// Internal personnel under Art. 2.
        internal: bool,
    },
    /// R2 Art. 13.
    NonRecording {
        /// The handler's sanction.
        handler: Option<HandlerSanction>,
        /// Whether the instructing supervisor is liable.
        supervisor_liable: bool,
    },
    /// R2 Art. 9 / 12.
    Retaliation(RetaliationVerdict),
    /// R1 case.
    Case {
        /// The case's status.
        status: CaseStatus,
        /// Established Art. 5 grounds.
        grounds: Vec<WrongCaseGround>,
        /// Each officer.
        officers: Vec<OfficerAnswer>,
    },
}

/// The comparable core of one officer's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficerAnswer {
    /// Name.
    pub name: String,
    /// Liability.
    pub liability: Liability,
    /// Art. 6 items liable under.
    pub acts: Vec<LiableAct>,
    /// Art. 8 items that apply.
    pub mitigating: Vec<Mitigation>,
    /// Art. 9 applies.
    pub aggravated: bool,
}

impl Expect {
    /// The expectation as a comparable answer. Under the default readings every person but an outsider is internal
    /// personnel, so only [`Expect::NotInternal`] expects `internal: false`.
    pub fn answer(&self) -> KeyAnswer {
        let contact = |verdict: Verdict, internal| KeyAnswer::Contact { verdict, internal };
        match *self {
            Expect::Prohibited(items) => contact(Verdict::Prohibited { items: items.to_vec() }, true),
            Expect::Legitimate(grounds) => contact(Verdict::Legitimate { grounds: grounds.to_vec() }, true),
            Expect::AwaitingRecord(grounds) => contact(Verdict::AwaitingRecord { grounds: grounds.to_vec() }, true),
            Expect::ForDetermination(doubts) => contact(Verdict::ForDetermination { doubts: doubts.to_vec() }, true),
            Expect::FollowProcedure => contact(Verdict::OtherAgencyWithoutProcedure, true),
            Expect::NotInternal => contact(Verdict::OutsideScope, false),
            Expect::NonRecording { handler, supervisor_liable } => {
                KeyAnswer::NonRecording { handler, supervisor_liable }
            }
            Expect::Retaliation(verdict) => KeyAnswer::Retaliation(verdict),
            Expect::Case { status, grounds, officers } => KeyAnswer::Case {
                status,
                grounds: grounds.to_vec(),
                officers: officers
                    .iter()
                    .map(|o| OfficerAnswer {
                        name: o.name.to_string(),
                        liability: o.liability,
                        acts: o.acts.to_vec(),
                        mitigating: o.mitigating.to_vec(),
                        aggravated: o.aggravated,
                    })
                    .collect(),
            },
        }
    }
}

impl KeyAnswer {
    /// The engine's answer in comparable form.
    pub fn of(outcome: &Outcome) -> KeyAnswer {
        match outcome {
            Outcome::Contact(a) => KeyAnswer::Contact { verdict: a.verdict.clone(), internal: a.internal_personnel },
            Outcome::NonRecording(n) => {
                KeyAnswer::NonRecording { handler: n.handler_sanction, supervisor_liable: n.supervisor_liable }
            }
            Outcome::Retaliation(r) => KeyAnswer::Retaliation(r.verdict),
            Outcome::WrongCase(case) => KeyAnswer::Case {
                status: case.status,
                grounds: case.established_grounds(),
                officers: case
                    .officers
                    .iter()
                    .map(|o| OfficerAnswer {
                        name: o.name.clone(),
                        liability: o.liability,
                        acts: if o.is_liable() { o.acts.clone() } else { Vec::new() },
                        mitigating: o.mitigating.clone(),
                        aggravated: !o.aggravating.is_empty(),
                    })
                    .collect(),
            },
        }
    }

    /// The answer in one Chinese line, for disagreement reports.
    pub fn describe(&self) -> String {
        match self {
            KeyAnswer::Contact { verdict, internal } => {
                format!("{}（{}内部人员）", verdict.label(), if *internal { "属" } else { "不属" })
            }
            KeyAnswer::NonRecording { handler, supervisor_liable } => format!(
                "办案人员：{}；主管领导：{}",
                handler.map_or("不予追究", |h| h.label()),
                if *supervisor_liable { "追究" } else { "不追究" }
            ),
            KeyAnswer::Retaliation(verdict) => verdict.label().to_string(),
            KeyAnswer::Case { status, grounds, officers } => {
                let grounds: Vec<String> = grounds.iter().map(|g| g.cite().short_label()).collect();
                let mut text = format!("{}（成立情形：{}）", status.label(), grounds.join("、"));
                for officer in officers {
                    let acts: Vec<String> = officer.acts.iter().map(|a| a.cite().short_label()).collect();
                    let mitigating: Vec<String> = officer.mitigating.iter().map(|m| m.cite().short_label()).collect();
                    text.push_str(&format!(
                        "；{}：{}，行为[{}]，从轻[{}]，{}",
                        officer.name,
                        officer.liability.label(),
                        acts.join("、"),
                        mitigating.join("、"),
                        if officer.aggravated { "应从重" } else { "无从重" }
                    ));
                }
                text
            }
        }
    }
}
