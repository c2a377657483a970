//! Key pinning: 法治科 pins each device's public key at its first import. A later bundle from the same device
//! with another key may be forged: it is held in the quarantine, and its events are not merged until a person
//! decides. The decision is an explicit input ([`KeyDecision`]), recorded in the store.

use std::fmt;

use super::import::{ImportOutcome, ImportRequest, prepare};
use super::merged_store::MergedStore;
use super::read::read_bundle;
use super::records::{KeyDecision, PinSource, PinnedKey};
use super::refusal::KEY_MISMATCH_CODE;

/// Why a decision cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionError {
    /// No quarantine entry with this id.
    UnknownEntry(String),
    /// The entry is not a file held for its key, or was decided already.
    NotAwaitingDecision(String),
    /// The note (how the key was checked, or why it is rejected) is empty.
    MissingNote,
    /// The held file no longer reads as a bundle (the stored copy was altered).
    Unreadable(String),
}

impl fmt::Display for DecisionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecisionError::UnknownEntry(id) => write!(f, "隔离区中没有此文件（{id}）"),
            DecisionError::NotAwaitingDecision(id) => write!(f, "此文件（{id}）无需或已经作出确认决定"),
            DecisionError::MissingNote => write!(f, "请填写核实情况或拒绝理由"),
            DecisionError::Unreadable(reason) => write!(f, "暂存的文件无法读取：{reason}"),
        }
    }
}

/// Prepares a person's decision on a file held for its key.
///
/// - Accept: the key is pinned for the device (with the decision as its source), and the file is imported as if
///   that key had always been pinned — it may still be refused for another reason (e.g. a fork), which is then
///   quarantined in turn. The preview and plan say which.
/// - Reject: only the decision is recorded; the file stays in the quarantine as evidence.
///
/// Either way the decision is written with the plan, so the entry no longer awaits a decision once applied.
pub fn prepare_key_decision(store: &MergedStore, decision: &KeyDecision) -> Result<ImportOutcome, DecisionError> {
    let id = &decision.quarantine_id;
    let entry = store.quarantine_entry(id).ok_or_else(|| DecisionError::UnknownEntry(id.clone()))?;
    if entry.code != KEY_MISMATCH_CODE || store.decision(id).is_some() {
        return Err(DecisionError::NotAwaitingDecision(id.clone()));
    }
    if decision.note.trim().is_empty() {
        return Err(DecisionError::MissingNote);
    }
    let bundle = read_bundle(entry.raw.as_bytes()).map_err(|r| DecisionError::Unreadable(r.describe()))?;
    let request = ImportRequest {
        file_name: &entry.file_name,
        bytes: entry.raw.as_bytes(),
        by: &decision.decided_by,
        now: decision.decided_at,
    };
    let accepted = PinnedKey {
        device: bundle.exporter.device.clone(),
        public_key: bundle.exporter.public_key,
        pinned_at: decision.decided_at,
        pinned_by: decision.decided_by.clone(),
        source: PinSource::Decision { quarantine_id: id.clone() },
    };
    let mut outcome = prepare(store, &request, decision.accept.then_some(&accepted));
    if !decision.accept {
        outcome.plan = super::plan::ImportPlan::empty(store.revision());
    }
    outcome.plan.set_decision(decision.clone());
    Ok(outcome)
}
