//! Month by month, per officer: records filed, a 月度零报告 filed, or neither (missing). What 法治科 needs to see who
//! has reported and who has not.

use std::collections::BTreeSet;

use super::row::RegisterRow;
use crate::journal::{Attestation, Month};

/// One officer's month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthStatus {
    /// Records of interference in the month, by this officer (how many).
    Recorded(usize),
    /// No record, but a 零报告 for the month.
    Attested,
    /// Neither.
    Missing,
}

/// One officer across the months asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficerMonths {
    /// The officer's name as their device wrote it.
    pub officer: String,
    /// Each month, in order, with its status.
    pub months: Vec<(Month, MonthStatus)>,
}

impl OfficerMonths {
    /// How many of the months are missing.
    pub fn missing(&self) -> usize {
        self.months.iter().filter(|(_, s)| *s == MonthStatus::Missing).count()
    }
}

/// Every officer known from the register's records or from filed attestations, by name, with the status of each of
/// `months` (a record counts in the month the interference happened, for each officer who wrote a version of it).
pub fn monthly_overview(rows: &[RegisterRow], attestations: &[Attestation], months: &[Month]) -> Vec<OfficerMonths> {
    let officers: BTreeSet<&str> = rows
        .iter()
        .flat_map(|row| row.officers.iter().map(String::as_str))
        .chain(attestations.iter().map(|a| a.author.officer.as_str()))
        .collect();
    officers
        .into_iter()
        .map(|officer| OfficerMonths {
            officer: officer.to_string(),
            months: months
                .iter()
                .map(|&month| {
                    let recorded = rows
                        .iter()
                        .filter(|row| row.officers.iter().any(|o| o == officer))
                        .filter(|row| Month::of(row.current().record.occurred_at.date()) == month)
                        .count();
                    let attested = attestations.iter().any(|a| a.month == month && a.author.officer == officer);
                    let status = match (recorded, attested) {
                        (0, true) => MonthStatus::Attested,
                        (0, false) => MonthStatus::Missing,
                        (n, _) => MonthStatus::Recorded(n),
                    };
                    (month, status)
                })
                .collect(),
        })
        .collect()
}
