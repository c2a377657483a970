//! Key pinning: 法治科 trusts a device's public key only once a person has confirmed it. A device's first file is
//! held, not merged, until a person compares its key's fingerprint with the one the officer's 设置 page (or a
//! printed enrolment slip) shows and confirms it; a later file from the same device with another key may be
//! forged, and is held in the same way. The decision is an explicit input ([`KeyDecision`]), recorded in the store
//! with who took it and when.

use std::fmt;

use super::bookkeeping::{KeyDecision, PinSource, PinnedKey, QuarantineEntry};
use super::device_key::PublicKey;
use super::import::{ImportOutcome, ImportRequest, prepare};
use super::merged_store::MergedStore;
use super::refusal::awaits_key_decision;
use super::verify::read_bundle;
use crate::journal::DeviceId;

/// Why a decision cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionError {
    /// No quarantine entry with this id.
    UnknownEntry(String),
    /// The entry is not a file held for its key, or was decided already.
    NotAwaitingDecision(String),
    /// The name of the person deciding is empty.
    MissingName,
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
            DecisionError::MissingName => write!(f, "请填写核对人的姓名"),
            DecisionError::MissingNote => write!(f, "请填写核实情况或拒绝理由"),
            DecisionError::Unreadable(reason) => write!(f, "暂存的文件无法读取：{reason}"),
        }
    }
}

/// What a person is asked about a file held for its key, as the store stands now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyQuestion {
    /// The exporting device.
    pub device: DeviceId,
    /// The officer the file names.
    pub officer: String,
    /// The key the file carries, to be compared with the officer's.
    pub presented: PublicKey,
    /// The keys confirmed for the device so far (none: this is the device's first key).
    pub pinned: Vec<PinnedKey>,
}

impl KeyQuestion {
    /// Whether no key is confirmed for the device yet (its first key).
    pub fn is_first_key(&self) -> bool {
        self.pinned.is_empty()
    }

    /// The presented key's pin, if a person has confirmed it meanwhile (on another held file of the device).
    pub fn confirmed(&self) -> Option<&PinnedKey> {
        self.pinned.iter().find(|p| p.public_key == self.presented)
    }
}

/// The question a held file asks: its device, officer and key, and the keys confirmed for the device now.
pub fn key_question(store: &MergedStore, entry: &QuarantineEntry) -> Result<KeyQuestion, DecisionError> {
    let bundle = read_bundle(entry.raw.as_bytes()).map_err(|r| DecisionError::Unreadable(r.describe()))?;
    Ok(KeyQuestion {
        pinned: store.pinned_keys(&bundle.exporter.device).to_vec(),
        device: bundle.exporter.device,
        officer: bundle.exporter.officer,
        presented: bundle.exporter.public_key,
    })
}

/// Prepares a person's decision on a file held for its key (the device's first key, or a changed one).
///
/// - Confirm: the key is pinned for the device (with the decision as its source, who and when), and the file is
///   imported as if that key had always been pinned — it may still be refused for another reason (e.g. a fork),
///   which is then quarantined in turn. The preview and plan say which.
/// - Reject: only the decision is recorded; the file stays in the quarantine as evidence, nothing is merged and
///   the key is not pinned.
///
/// Either way the decision is written with the plan, so the entry no longer awaits a decision once applied. The
/// name of the person deciding and a note are required.
pub fn prepare_key_decision(store: &MergedStore, decision: &KeyDecision) -> Result<ImportOutcome, DecisionError> {
    let id = &decision.quarantine_id;
    let entry = store.quarantine_entry(id).ok_or_else(|| DecisionError::UnknownEntry(id.clone()))?;
    if !awaits_key_decision(&entry.code) || store.decision(id).is_some() {
        return Err(DecisionError::NotAwaitingDecision(id.clone()));
    }
    if decision.decided_by.trim().is_empty() {
        return Err(DecisionError::MissingName);
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
