//! Merging a conflict in 法治科's store. Concurrent amendments of one record are both kept; a person merges them
//! with a new amendment that names every competing version (the journal's `RecordAmended` with several `amends`),
//! never by dropping one. The amendment is sealed into 法治科's own chain in the merged store.

use std::fmt;

use chrono::{DateTime, FixedOffset};

use super::bookkeeping::{ImportLogEntry, ImportSource};
use super::merged_store::MergedStore;
use super::plan::ImportPlan;
use super::preview::{AddedSummary, DeviceCount};
use super::verify::BundledEvent;
use crate::journal::{ChainSpan, DeviceId, Event, EventBody, EventHash};
use crate::record::InterferenceRecord;

/// Who writes an event in 法治科's store. The device id must be 法治科's own, never one whose chain is imported
/// (e.g. not the id of an officer journal kept in the same browser): the two chains would fork.
#[derive(Debug, Clone, Copy)]
pub struct LegalAuthor<'a> {
    /// 法治科's device.
    pub device: &'a DeviceId,
    /// The legal-section user.
    pub officer: &'a str,
    /// The computer's clock.
    pub now: DateTime<FixedOffset>,
}

/// Why a conflict cannot be merged as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResolutionError {
    /// No legal-section user name.
    MissingOfficer,
    /// The reason is empty.
    MissingReason,
    /// The record is not in the store.
    UnknownRecord(EventHash),
    /// The record has no competing versions.
    NotConflicted(EventHash),
    /// The device id already names an imported chain.
    DeviceInUse(DeviceId),
    /// The event could not be sealed (should not happen).
    Encoding(String),
}

impl fmt::Display for ResolutionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResolutionError::MissingOfficer => write!(f, "请先填写法治科使用人姓名"),
            ResolutionError::MissingReason => write!(f, "请填写合并理由"),
            ResolutionError::UnknownRecord(id) => write!(f, "找不到记录（{}）", id.short()),
            ResolutionError::NotConflicted(id) => write!(f, "记录（{}）没有需要合并的冲突版本", id.short()),
            ResolutionError::DeviceInUse(d) => {
                write!(f, "设备编号 {d} 已用于导入的日志，法治科录入须使用专用的设备编号")
            }
            ResolutionError::Encoding(e) => write!(f, "无法保存：{e}"),
        }
    }
}

/// Prepares the amendment merging every competing version of a conflicted record into `record`.
pub fn prepare_resolution(
    store: &MergedStore,
    author: &LegalAuthor,
    record_id: EventHash,
    record: InterferenceRecord,
    reason: &str,
) -> Result<ImportPlan, ResolutionError> {
    let officer = author.officer.trim();
    if officer.is_empty() {
        return Err(ResolutionError::MissingOfficer);
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(ResolutionError::MissingReason);
    }
    let imported = store.imports().any(|entry| {
        !matches!(entry.source, ImportSource::LegalSection { .. })
            && entry.spans.iter().any(|s| s.device == *author.device)
    });
    if imported {
        return Err(ResolutionError::DeviceInUse(author.device.clone()));
    }
    let folded = store.fold();
    let state = folded.record(&record_id).ok_or(ResolutionError::UnknownRecord(record_id))?;
    if !state.is_conflicted() {
        return Err(ResolutionError::NotConflicted(record_id));
    }
    let body = EventBody::RecordAmended {
        record_id,
        amends: state.heads.clone(),
        reason: reason.to_string(),
        record: Box::new(record),
    };
    let (seq, prev) = store.head(author.device).map_or((1, None), |(seq, hash)| (seq.saturating_add(1), Some(hash)));
    let (event, text) =
        Event::seal(author.device, officer, author.now, seq, prev, &body).map_err(ResolutionError::Encoding)?;
    let span = ChainSpan { device: author.device.clone(), first_seq: seq, last_seq: seq, last_hash: event.hash };
    let added = AddedSummary {
        events: 1,
        duplicates: 0,
        devices: vec![DeviceCount { device: author.device.clone(), events: 1 }],
        new_records: 0,
        records: vec![record_id],
    };
    let mut plan = ImportPlan::empty(store.revision());
    plan.add_events([BundledEvent { event, text }]);
    plan.set_log(ImportLogEntry {
        number: store.next_import_number(),
        source: ImportSource::LegalSection {
            action: format!("合并记录（{}）的冲突版本", record_id.short())
        },
        spans: vec![span],
        imported_at: author.now,
        imported_by: officer.to_string(),
        added,
        warnings: Vec::new(),
    });
    Ok(plan)
}
