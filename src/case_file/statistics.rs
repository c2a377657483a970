//! The wrong-case files counted (R1): files by Art. 5 ground established, responsible officers by Art. 6 act found,
//! and decisions by Art. 11 kind — for files received in a date range.

use chrono::NaiveDate;

use super::file::CaseFiles;
use super::step::DecidedOutcome;
use crate::register::Count;
use crate::rules::r1::{GroundStatus, LiableAct, WrongCaseGround};
use crate::rules::{Readings, run_wrong_case};

/// The counts of the wrong-case files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFileStatistics {
    /// Files received in the range.
    pub files: usize,
    /// Files by Art. 5 ground established in the current findings, every ground listed, in article order.
    pub by_ground: Vec<Count>,
    /// Responsible officers by Art. 6 act found, every act listed, in article order.
    pub by_act: Vec<Count>,
    /// Officers by the outcome of the current decision, every outcome listed, lightest first.
    pub by_decision: Vec<Count>,
}

/// The counts of the files received between `from` and `to` (inclusive; `None`: open), under `readings`.
pub fn case_file_statistics(
    files: &CaseFiles,
    readings: &Readings,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> CaseFileStatistics {
    let in_range: Vec<_> = files
        .files
        .iter()
        .filter(|f| {
            let received = f.intake().and_then(|i| i.received_on);
            received.is_some_and(|d| from.is_none_or(|from| d >= from) && to.is_none_or(|to| d <= to))
        })
        .collect();
    let mut by_ground: Vec<Count> =
        WrongCaseGround::ALL.iter().map(|g| Count { label: g.label().to_string(), count: 0 }).collect();
    let mut by_act: Vec<Count> =
        LiableAct::ALL.iter().map(|a| Count { label: a.cite().short_label(), count: 0 }).collect();
    let outcomes = DecidedOutcome::all();
    let mut by_decision: Vec<Count> =
        outcomes.iter().map(|o| Count { label: o.label().to_string(), count: 0 }).collect();
    for file in &in_range {
        if let Some(facts) = file.facts() {
            let assessment = run_wrong_case(&facts, readings);
            for (i, ground) in WrongCaseGround::ALL.iter().enumerate() {
                let established =
                    assessment.grounds.iter().any(|g| g.ground == *ground && g.status == GroundStatus::Established);
                by_ground[i].count += usize::from(established);
            }
            for officer in &assessment.officers {
                for act in &officer.acts {
                    if let Some(i) = LiableAct::ALL.iter().position(|a| a == act) {
                        by_act[i].count += 1;
                    }
                }
            }
        }
        if let Some(decision) = file.decision() {
            for row in &decision.officers {
                if let Some(i) = outcomes.iter().position(|o| *o == row.outcome) {
                    by_decision[i].count += 1;
                }
            }
        }
    }
    CaseFileStatistics { files: in_range.len(), by_ground, by_act, by_decision }
}
