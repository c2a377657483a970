//! 法治科's backup: the whole merged store (events, import log, pinned keys, key decisions, quarantine), 法治科's own
//! journal (its wrong-case files) and 法治科's device id, restorable on a new machine.
//!
//! On restore every entry must load exactly as the merged store loads it on start (each event's hash, spelling and
//! key; every bookkeeping entry under its own key), and every device's chain must verify as the importer verifies a
//! bundle (hashes and links; a chain may begin after position 1, as one imported from a partial export does). Any
//! problem refuses the whole file. 法治科's own journal must verify as it does on every start. Each store is only
//! restored into a browser whose store holds nothing else (see [`super::plan_restore`]).

use std::collections::BTreeMap;

use super::error::TransferError;
use super::file_kind::FileKind;
use super::journal_move::verify_journal;
use super::payload::{Payload, StoreDump};
use crate::bundle::MergedStore;
use crate::bundle::store_keys::MERGED_EVENT_PREFIX;
use crate::journal::keys::event_key;
use crate::journal::{DeviceId, Event, IssueKind, verify_events};

/// 法治科's merged store (the IndexedDB database `liuhen-merged`).
pub const MERGED_STORE: &str = "liuhen-merged";
/// 法治科's own journal (the IndexedDB database `liuhen-legal-journal`).
pub const LEGAL_JOURNAL_STORE: &str = "liuhen-legal-journal";
/// The localStorage key of 法治科's own device id.
pub const LEGAL_DEVICE_ENTRY: &str = "liuhen/v1/legal-device";

/// A verified backup, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegalBackup {
    /// Every entry of the merged store, as stored.
    pub entries: Vec<(String, String)>,
    /// Every entry of 法治科's own journal, as stored (none if it was never opened).
    pub journal: Vec<(String, String)>,
    /// How many events 法治科's own journal holds.
    pub journal_events: usize,
    /// 法治科's device id, if one had been made.
    pub legal_device: Option<DeviceId>,
    /// How many events the store holds.
    pub events: usize,
    /// How many imports the log holds.
    pub imports: usize,
    /// How many device keys are pinned.
    pub pins: usize,
    /// How many key decisions were taken.
    pub decisions: usize,
}

/// The payload of a backup: the merged store's entries, 法治科's own journal's, and its device id.
pub fn legal_payload(
    merged: Vec<(String, String)>,
    journal: Vec<(String, String)>,
    legal_device: Option<&DeviceId>,
) -> Payload {
    let local = legal_device.map(|id| (LEGAL_DEVICE_ENTRY.to_string(), id.to_string())).into_iter().collect();
    let stores = vec![
        StoreDump { name: MERGED_STORE.into(), entries: merged },
        StoreDump { name: LEGAL_JOURNAL_STORE.into(), entries: journal },
    ];
    Payload::new(FileKind::LegalBackup, stores, local)
}

/// Verifies a backup payload (see the module's comment). Any problem refuses the whole file.
pub fn read_legal_backup(payload: &Payload) -> Result<LegalBackup, TransferError> {
    payload.expect_only(&[MERGED_STORE, LEGAL_JOURNAL_STORE], &[LEGAL_DEVICE_ENTRY])?;
    let entries = payload
        .store(MERGED_STORE)
        .ok_or_else(|| TransferError::Damaged { detail: "缺少法治科的合并数据".into() })?
        .to_vec();
    let legal_device = match payload.local(LEGAL_DEVICE_ENTRY) {
        Some(text) => Some(
            DeviceId::new(text).map_err(|_| TransferError::Damaged { detail: "法治科设备编号无效".into() })?,
        ),
        None => None,
    };
    let store = MergedStore::load(entries.clone());
    let mut problems: Vec<String> = store.issues().iter().map(|i| format!("{}：{}", i.key, i.reason)).collect();
    let mut read = Vec::new();
    for (key, text) in entries.iter().filter(|(k, _)| k.starts_with(MERGED_EVENT_PREFIX)) {
        match Event::read(text) {
            Ok(event) => read.push(event),
            Err(reason) => problems.push(format!("{key}：{reason}")),
        }
    }
    let first_seq: BTreeMap<&DeviceId, u64> = read.iter().fold(BTreeMap::new(), |mut first, r| {
        let seq = first.entry(&r.event.device).or_insert(r.event.seq);
        *seq = (*seq).min(r.event.seq);
        first
    });
    for issue in verify_events(&read) {
        let leading_gap = matches!(issue.kind, IssueKind::SeqGap { from: 1, to }
            if first_seq.iter().any(|(device, seq)| issue.key == event_key(device, *seq) && to + 1 == *seq));
        if !leading_gap {
            problems.push(issue.describe());
        }
    }
    if let Some(first) = problems.first() {
        return Err(TransferError::Unverified { problems: problems.len(), first: first.clone() });
    }
    let journal = payload.store(LEGAL_JOURNAL_STORE).unwrap_or_default().to_vec();
    let journal_events = if journal.is_empty() { 0 } else { verify_journal(&journal)?.1.events };
    Ok(LegalBackup {
        events: store.event_count(),
        imports: store.imports().count(),
        pins: store.pins().count(),
        decisions: store.decisions().len(),
        entries,
        journal,
        journal_events,
        legal_device,
    })
}
