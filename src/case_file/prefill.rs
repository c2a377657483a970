//! A new step's form, started from what the file already says: the findings from the previous round's (or with the
//! reported officer), the decision with a row per officer of the findings and the 建议 chosen, a statement or an
//! appeal by the officer the decision dealt with. Nothing here is recorded until the person saves the form.

use super::file::CaseFile;
use super::machine::suggested_outcome;
use super::step::{CaseStep, DecidedOutcome, OfficerDecision};
use crate::legal::WrongCaseWorksheet;
use crate::rules::{Readings, run_wrong_case};

/// `blank` (a blank form of some kind, see [`CaseStep::blanks`]) filled in from the file.
pub fn prefill(file: &CaseFile, blank: CaseStep, readings: &Readings) -> CaseStep {
    match blank {
        CaseStep::Findings(mut findings) => {
            match file.last_findings() {
                Some(previous) => *findings = previous.clone(),
                None => {
                    let mut worksheet = WrongCaseWorksheet::default();
                    let against = file.intake().map(|i| i.against.trim().to_string()).unwrap_or_default();
                    for name in against.split(['、', '，', ',']).map(str::trim).filter(|n| !n.is_empty()) {
                        let id = worksheet.add_officer();
                        worksheet.update_officer(id, |facts| facts.name = name.to_string());
                    }
                    findings.worksheet = worksheet;
                }
            }
            findings.worksheet.case_number = file.case_number().to_string();
            CaseStep::Findings(findings)
        }
        CaseStep::Decision(mut decision) => {
            if let Some(facts) = file.facts() {
                let assessment = run_wrong_case(&facts, readings);
                decision.officers = assessment
                    .officers
                    .iter()
                    .map(|officer| OfficerDecision {
                        officer: officer.name.trim().to_string(),
                        outcome: suggested_outcome(officer).unwrap_or(DecidedOutcome::NotPursued),
                        reason: String::new(),
                    })
                    .collect();
            }
            CaseStep::Decision(decision)
        }
        CaseStep::Statement(mut statement) => {
            statement.officer = dealt_with(file);
            CaseStep::Statement(statement)
        }
        CaseStep::Appeal(mut appeal) => {
            appeal.officer = dealt_with(file);
            CaseStep::Appeal(appeal)
        }
        other => other,
    }
}

/// The first officer the last decision dealt with (empty if none).
fn dealt_with(file: &CaseFile) -> String {
    file.last_decision().and_then(|d| d.officers.first()).map(|o| o.officer.clone()).unwrap_or_default()
}
