//! [`RegisterRow`]: one record with its full history and the verdict on each current version.

use chrono::NaiveDate;

use crate::journal::{RecordState, Version};
use crate::record::Recipient;
use crate::rules::r2::{Occasion, Verdict};
use crate::rules::{Readings, run_contact};

/// One record as every list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterRow {
    /// The record with its full history.
    pub record: RecordState,
    /// The verdict on each current version under the reading the row was made with (one per head, in the order of
    /// `record.heads`): the only verdicts a list line or record page shows.
    pub verdicts: Vec<Verdict>,
    /// The earliest report to 法治科 or directly to 区司法局 (R2 Art. 3: either counts), if any.
    pub reported_on: Option<NaiveDate>,
    /// The officers who wrote its versions, in order of first appearance.
    pub officers: Vec<String>,
}

impl RegisterRow {
    /// The row of a folded record under the bureau's readings (`None` only for a record without versions, which the
    /// fold never produces).
    pub fn of(record: RecordState, readings: &Readings) -> Option<RegisterRow> {
        record.current()?;
        let verdicts: Vec<Verdict> =
            heads(&record).map(|v| run_contact(&v.record.facts, Occasion::OwnRecord, readings).verdict).collect();
        // 第三条 ……应向局机关法治科报告。必要时可以直接向区司法局报告。
        let reported_on = [Recipient::LegalSection, Recipient::JusticeBureau]
            .into_iter()
            .filter_map(|to| {
                let in_heads = heads(&record).filter_map(|v| v.record.reports.date(to)).min();
                let later = record.reports.iter().filter(|r| r.recipient == to).map(|r| r.date).min();
                in_heads.into_iter().chain(later).min()
            })
            .min();
        let mut officers: Vec<String> = Vec::new();
        for version in &record.versions {
            if !officers.contains(&version.author.officer) {
                officers.push(version.author.officer.clone());
            }
        }
        Some(RegisterRow { record, verdicts, reported_on, officers })
    }

    /// The current versions, in the order of `record.heads`.
    pub fn heads(&self) -> impl Iterator<Item = &Version> {
        heads(&self.record)
    }

    /// The latest current version (what a one-line list shows).
    pub fn current(&self) -> &Version {
        self.record.current().expect("a row is made only of a record with versions")
    }

    /// The verdict on the latest current version.
    pub fn verdict(&self) -> &Verdict {
        self.verdicts.last().expect("one verdict per head, and a row has a head")
    }

    /// Whether any current version is found prohibited interference.
    pub fn is_prohibited(&self) -> bool {
        self.verdicts.iter().any(|v| matches!(v, Verdict::Prohibited { .. }))
    }

    /// When the earliest current version says the interference happened (sort key).
    pub fn occurred_at(&self) -> chrono::NaiveDateTime {
        self.heads().map(|v| v.record.occurred_at).min().unwrap_or(self.current().record.occurred_at)
    }
}

/// The current versions of a record.
fn heads(record: &RecordState) -> impl Iterator<Item = &Version> {
    record.heads.iter().filter_map(|h| record.version(h))
}

/// Every record as a row, with verdicts under the bureau's readings.
pub fn rows(records: impl IntoIterator<Item = RecordState>, readings: &Readings) -> Vec<RegisterRow> {
    records.into_iter().filter_map(|record| RegisterRow::of(record, readings)).collect()
}
