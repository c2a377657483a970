//! What a scenario feeds the engine, and what the engine answers: the single place the quiz calls the rules.

use serde::Serialize;

use super::rules::QuizRules;
use crate::law::Cite;
use crate::rules::r1::{self, WrongCaseAssessment, WrongCaseFacts};
use crate::rules::r2::{
    self, Assessment, InterferenceFacts, NonRecordingFacts, NonRecordingOutcome, RetaliationFacts, RetaliationOutcome,
    Verdict,
};
use crate::rules::{Explanation, Step};

/// R1 Art. 2, cited when a case's scope is decided.
const R1_2: Cite = Cite::article(1, 2);
/// R1 Art. 9, cited when an officer's conduct calls for 从重处理.
const R1_9: Cite = Cite::article(1, 9);
/// R2 Art. 2, cited when the person's standing is decided.
const R2_2: Cite = Cite::article(2, 2);

/// The engine input a scenario describes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "facts")]
pub enum ScenarioFacts {
    /// One contact about a case (R2 Art. 2, 5–8, 10, 14).
    Contact(InterferenceFacts),
    /// A handler who did not record, or did not record truthfully (R2 Art. 13).
    NonRecording(NonRecordingFacts),
    /// A measure against a handler who recorded (R2 Art. 9, 12).
    Retaliation(RetaliationFacts),
    /// A case reviewed for wrong-case accountability (R1).
    WrongCase(WrongCaseFacts),
}

impl ScenarioFacts {
    /// Runs the engine under the given readings. A scenario describes a contact from outside any record, so whether
    /// the handler has recorded it is one of its facts ([`r2::Occasion::Described`]).
    pub fn run(&self, rules: &QuizRules) -> Outcome {
        match self {
            ScenarioFacts::Contact(facts) => Outcome::Contact(r2::assess_with(
                facts,
                r2::Basis { reading: &rules.r2, occasion: r2::Occasion::Described },
            )),
            ScenarioFacts::NonRecording(facts) => Outcome::NonRecording(r2::non_recording_with(facts, &rules.r2)),
            ScenarioFacts::Retaliation(facts) => Outcome::Retaliation(r2::retaliation(facts)),
            ScenarioFacts::WrongCase(facts) => Outcome::WrongCase(r1::assess_with_policy(facts, &rules.r1)),
        }
    }

    /// 1 for an R1 scenario, 2 for an R2 one.
    pub fn regulation(&self) -> u8 {
        match self {
            ScenarioFacts::WrongCase(_) => 1,
            _ => 2,
        }
    }

    /// The officers of an R1 case (empty for R2 scenarios).
    pub fn officer_names(&self) -> Vec<&str> {
        match self {
            ScenarioFacts::WrongCase(case) => case.officers.iter().map(|o| o.name.as_str()).collect(),
            _ => Vec::new(),
        }
    }
}

/// The engine's answer for a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "outcome")]
pub enum Outcome {
    /// R2 interference assessment.
    Contact(Assessment),
    /// R2 Art. 13 consequences.
    NonRecording(NonRecordingOutcome),
    /// R2 Art. 9 / 12 finding.
    Retaliation(RetaliationOutcome),
    /// R1 wrong-case assessment.
    WrongCase(WrongCaseAssessment),
}

impl Outcome {
    /// The engine's reasoning; for an R1 case, the case's steps followed by those of officer `officer` (or of every
    /// officer when `None`).
    pub fn steps(&self, officer: Option<usize>) -> Vec<Step> {
        match self {
            Outcome::Contact(a) => a.explanation.steps.clone(),
            Outcome::NonRecording(n) => n.explanation.steps.clone(),
            Outcome::Retaliation(r) => r.explanation.steps.clone(),
            Outcome::WrongCase(case) => {
                let mut steps = case.explanation.steps.clone();
                for (index, assessment) in case.officers.iter().enumerate() {
                    if officer.is_none_or(|wanted| wanted == index) {
                        steps.extend(assessment.explanation.steps.iter().cloned());
                    }
                }
                steps
            }
        }
    }

    /// The engine's conclusion in one Chinese line.
    pub fn summary(&self) -> String {
        match self {
            Outcome::Contact(a) => a.verdict.label(),
            Outcome::NonRecording(n) => {
                let handler = n.handler_sanction.map_or("办案人员不予追究", |s| s.label());
                if n.supervisor_liable {
                    format!("{handler}；追究授意的主管领导责任")
                } else {
                    handler.to_string()
                }
            }
            Outcome::Retaliation(r) => r.verdict.label().to_string(),
            Outcome::WrongCase(case) => {
                let mut parts = vec![format!("本案{}", case.status.label())];
                for officer in &case.officers {
                    parts.push(format!("{}：{}", officer.name, officer.liability.label()));
                }
                parts.join("；")
            }
        }
    }

    /// The provisions the outcome's findings rest on, computed from the engine's answer (never from hand tags):
    /// the Art. 10 items, exception grounds and Art. 2 standing of a contact; the Art. 13, 9 and 12 findings; and
    /// for an R1 case the scope (Art. 2), the established Art. 5 grounds and, for each liable officer, the Art. 6
    /// items, the Art. 8 items that apply and Art. 9 when it applies.
    pub fn exercised(&self) -> Vec<Cite> {
        let mut cites = Vec::new();
        match self {
            Outcome::Contact(a) => {
                if a.internal_personnel || a.verdict == Verdict::OutsideScope {
                    cites.push(R2_2);
                }
                cites.extend(a.verdict.rests_on());
            }
            Outcome::NonRecording(n) => cites.extend(n.cites()),
            Outcome::Retaliation(r) => cites.extend(r.cites()),
            Outcome::WrongCase(case) => {
                cites.push(R1_2);
                cites.extend(case.established_grounds().iter().map(|g| g.cite()));
                for officer in case.officers.iter().filter(|o| o.is_liable()) {
                    cites.extend(officer.liable_items());
                    cites.extend(officer.mitigating.iter().map(|m| m.cite()));
                    if !officer.aggravating.is_empty() {
                        cites.push(R1_9);
                    }
                }
            }
        }
        dedup(cites)
    }

    /// The whole explanation of a contact, non-recording or retaliation outcome, or the case-level one of an R1 case.
    pub fn explanation(&self) -> &Explanation {
        match self {
            Outcome::Contact(a) => &a.explanation,
            Outcome::NonRecording(n) => &n.explanation,
            Outcome::Retaliation(r) => &r.explanation,
            Outcome::WrongCase(case) => &case.explanation,
        }
    }
}

/// `cites` without repeats, in first-seen order.
pub fn dedup(cites: Vec<Cite>) -> Vec<Cite> {
    let mut out: Vec<Cite> = Vec::with_capacity(cites.len());
    for cite in cites {
        if !out.contains(&cite) {
            out.push(cite);
        }
    }
    out
}
