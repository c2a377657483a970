//! 法治科's register: one list of every interference record across all officers, with where each came from, and
//! filters.
//!
//! 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理，
//! 必要时可移交同级司法局处理。
//!
//! A record with concurrent amendments has several current versions (heads); a filter on the record's content
//! matches if any of them matches, so the list never depends on which device clock was ahead.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::merged_store::MergedStore;
use crate::journal::{Authorship, DeviceId, EventHash, RecordState, Version};
use crate::record::Recipient;
use crate::rules::r2::{Article10Item, Interpretation, Verdict, assess_with};

/// Which assessment outcomes to list (assessed on each current version's facts under the bureau's reading).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerdictFilter {
    /// 违反规定干预办案 under this item of Art. 10.
    Item(Article10Item),
    /// 违反规定干预办案 under any item of Art. 10.
    AnyProhibited,
    /// Anything else: legitimate, outside the scope, awaiting a record, not yet classifiable.
    NotProhibited,
}

/// The register's filters; `None` (the default) does not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterFilter {
    /// 案号 contains this text.
    pub case_number: Option<String>,
    /// The name of the person who interfered contains this text (ASCII letters compared case-insensitively).
    pub person: Option<String>,
    /// The assessment.
    pub verdict: Option<VerdictFilter>,
    /// Occurred on or after this day.
    pub occurred_from: Option<NaiveDate>,
    /// Occurred on or before this day.
    pub occurred_to: Option<NaiveDate>,
    /// Reported (to 法治科 or directly to 区司法局, R2 Art. 3) or not.
    pub reported: Option<bool>,
    /// An officer who wrote a version of the record (exact name).
    pub officer: Option<String>,
}

/// One import that brought an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRef {
    /// The import log entry's number.
    pub number: u64,
    /// The file name (or where the events came from).
    pub source: String,
    /// When it was imported.
    pub imported_at: DateTime<FixedOffset>,
    /// By whom.
    pub imported_by: String,
}

/// Where an event came from: the device and officer that wrote it, and every import that carried it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// The event.
    pub event: EventHash,
    /// The device that wrote it.
    pub device: DeviceId,
    /// The officer.
    pub officer: String,
    /// The imports whose runs hold it, in import order.
    pub imports: Vec<ImportRef>,
}

/// One line of the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterEntry {
    /// The record with its full history.
    pub record: RecordState,
    /// The verdict on each current version under the reading the register was made with (one per head, in the order
    /// of `record.heads`): the only verdicts a register line or record page shows.
    pub verdicts: Vec<Verdict>,
    /// The earliest report to 法治科 or 区司法局, if any.
    pub reported_on: Option<NaiveDate>,
    /// The officers who wrote its versions, without repeats.
    pub officers: Vec<String>,
    /// Where its first version came from.
    pub created: Provenance,
    /// Where each current version came from (one per head).
    pub current: Vec<Provenance>,
}

/// The register under the bureau's `reading` of R2 (本局口径): every record matching `filter`, by occurrence time
/// (earliest of its current versions), then id.
pub fn register(store: &MergedStore, filter: &RegisterFilter, reading: &Interpretation) -> Vec<RegisterEntry> {
    let mut entries: Vec<RegisterEntry> =
        store.fold().records.into_iter().filter_map(|record| entry(store, record, filter, reading)).collect();
    entries.sort_by_key(|e| (heads(&e.record).map(|v| v.record.occurred_at).min(), e.record.id));
    entries
}

/// The current versions of a record.
fn heads(record: &RecordState) -> impl Iterator<Item = &Version> {
    record.heads.iter().filter_map(|h| record.version(h))
}

/// The register line for a record, if it passes the filter.
fn entry(
    store: &MergedStore,
    record: RecordState,
    filter: &RegisterFilter,
    reading: &Interpretation,
) -> Option<RegisterEntry> {
    let verdicts: Vec<Verdict> = heads(&record).map(|v| assess_with(&v.record.facts, reading).verdict).collect();
    // 第三条 ……应向局机关法治科报告。必要时可以直接向区司法局报告。 Either report counts as reported.
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

    let content_matches = heads(&record).zip(&verdicts).any(|(version, verdict)| {
        let r = &version.record;
        let day = r.occurred_at.date();
        filter.case_number.as_ref().is_none_or(|n| r.case.number.contains(n.trim()))
            && filter.person.as_ref().is_none_or(|p| r.person.name.to_lowercase().contains(&p.trim().to_lowercase()))
            && filter.verdict.is_none_or(|f| verdict_matches(f, verdict))
            && filter.occurred_from.is_none_or(|from| day >= from)
            && filter.occurred_to.is_none_or(|to| day <= to)
    });
    let passes = content_matches
        && filter.reported.is_none_or(|wanted| wanted == reported_on.is_some())
        && filter.officer.as_ref().is_none_or(|o| officers.iter().any(|name| name == o.trim()));
    if !passes {
        return None;
    }
    let created = provenance(store, &record.versions.first()?.author);
    let current = heads(&record).map(|v| provenance(store, &v.author)).collect();
    Some(RegisterEntry { record, verdicts, reported_on, officers, created, current })
}

fn verdict_matches(filter: VerdictFilter, verdict: &Verdict) -> bool {
    match (filter, verdict) {
        (VerdictFilter::Item(item), Verdict::Prohibited { items }) => items.contains(&item),
        (VerdictFilter::AnyProhibited, Verdict::Prohibited { .. }) => true,
        (VerdictFilter::NotProhibited, v) => !matches!(v, Verdict::Prohibited { .. }),
        _ => false,
    }
}

/// The provenance of the event behind a version, note or report.
fn provenance(store: &MergedStore, author: &Authorship) -> Provenance {
    let seq = store.event(&author.hash).map(|e| e.seq);
    let imports = seq
        .map(|seq| store.carriers(&author.device, seq))
        .unwrap_or_default()
        .into_iter()
        .map(|entry| ImportRef {
            number: entry.number,
            source: entry.source.label(),
            imported_at: entry.imported_at,
            imported_by: entry.imported_by.clone(),
        })
        .collect();
    Provenance { event: author.hash, device: author.device.clone(), officer: author.officer.clone(), imports }
}
