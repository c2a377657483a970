//! [`Outcome`]: what the engine answers for a [`Case`](super::Case), and what can be read off it.

use serde::Serialize;

use super::explain::{Explanation, Step, distinct_cites};
use super::r1::WrongCaseAssessment;
use super::r1::cites as cites_r1;
use super::r2::cites as cites_r2;
use super::r2::{Assessment, NonRecordingOutcome, RetaliationOutcome, Verdict};
use crate::law::Cite;

/// The engine's answer for a [`Case`](super::Case), one variant per kind of case.
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
    /// The interference assessment, when the case was a contact.
    pub fn into_contact(self) -> Option<Assessment> {
        match self {
            Outcome::Contact(a) => Some(a),
            _ => None,
        }
    }

    /// The wrong-case assessment, when the case was an R1 case.
    pub fn into_wrong_case(self) -> Option<WrongCaseAssessment> {
        match self {
            Outcome::WrongCase(case) => Some(case),
            _ => None,
        }
    }

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
                    cites.push(cites_r2::R2_2);
                }
                cites.extend(a.verdict.rests_on());
            }
            Outcome::NonRecording(n) => cites.extend(n.cites()),
            Outcome::Retaliation(r) => cites.extend(r.cites()),
            Outcome::WrongCase(case) => {
                cites.push(cites_r1::R1_2);
                cites.extend(case.established_grounds().iter().map(|g| g.cite()));
                for officer in case.officers.iter().filter(|o| o.is_liable()) {
                    cites.extend(officer.liable_items());
                    cites.extend(officer.mitigating.iter().map(|m| m.cite()));
                    if !officer.aggravating.is_empty() {
                        cites.push(cites_r1::R1_9);
                    }
                }
            }
        }
        distinct_cites(cites)
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
