//! Where each record in 法治科's merged store came from: the device and officer that wrote each version, and every
//! import that carried it. The register's rows themselves are [`crate::register`]'s.

use chrono::{DateTime, FixedOffset};

use super::merged_store::MergedStore;
use crate::journal::{Authorship, DeviceId, EventHash, RecordState};

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

/// Where a record's first version and each current version came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordSources {
    /// Where its first version came from.
    pub created: Provenance,
    /// Where each current version came from (one per head, in the order of `record.heads`).
    pub current: Vec<Provenance>,
}

/// Where a record in the merged store came from (`None` for a record without versions).
pub fn record_sources(store: &MergedStore, record: &RecordState) -> Option<RecordSources> {
    let created = provenance(store, &record.versions.first()?.author);
    let current = record.heads.iter().filter_map(|h| record.version(h)).map(|v| provenance(store, &v.author)).collect();
    Some(RecordSources { created, current })
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
