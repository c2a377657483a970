//! An import plan: every key-value pair one import writes, to be written by the adapter in ONE transaction and then
//! applied to the in-memory store. Nothing changes before the plan is applied.

use std::fmt;

use serde::Serialize;

use super::bookkeeping::{ImportLogEntry, KeyDecision, PinnedKey, QuarantineEntry};
use super::store_keys::{decision_key, import_key, merged_event_key, merged_quarantine_key, pin_key};
use super::verify::BundledEvent;
use crate::journal::{Event, EventHash};

/// What one import (or decision, migration or legal-section entry) writes. Built only by the `prepare_*`
/// functions, against one revision of a [`super::MergedStore`].
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPlan {
    base_revision: u64,
    events: Vec<EventHash>,
    /// The events added, as read and verified from their texts while preparing, each with the index of its write,
    /// so applying the plan does not read them again.
    verified: Vec<(usize, Event)>,
    pins: Vec<PinnedKey>,
    log: Option<ImportLogEntry>,
    quarantine: Vec<QuarantineEntry>,
    decision: Option<KeyDecision>,
    writes: Vec<(String, String)>,
}

/// The store changed since the plan was prepared (another plan was applied first): prepare it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StalePlan;

impl fmt::Display for StalePlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "数据已在预览后发生变化，请重新预览后再导入")
    }
}

/// JSON for a stored record. Serialising these types cannot fail (no maps with non-text keys); should it ever,
/// the value written says so and loading reports it, rather than anything being dropped silently.
fn json(value: &impl Serialize) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|e| serde_json::json!({ "serialisation_error": e.to_string() }).to_string())
}

impl ImportPlan {
    /// A plan that writes nothing.
    pub(crate) fn empty(base_revision: u64) -> Self {
        ImportPlan {
            base_revision,
            events: Vec::new(),
            verified: Vec::new(),
            pins: Vec::new(),
            log: None,
            quarantine: Vec::new(),
            decision: None,
            writes: Vec::new(),
        }
    }

    /// Adds new events.
    pub(crate) fn add_events(&mut self, events: impl IntoIterator<Item = BundledEvent>) {
        for BundledEvent { event, text } in events {
            self.events.push(event.hash);
            self.writes.push((merged_event_key(&event.hash), text));
            self.verified.push((self.writes.len() - 1, event));
        }
    }

    /// Adds pinned keys.
    pub(crate) fn add_pins(&mut self, pins: impl IntoIterator<Item = PinnedKey>) {
        for pin in pins {
            self.writes.push((pin_key(&pin.device, &pin.public_key), json(&pin)));
            self.pins.push(pin);
        }
    }

    /// Sets the import log entry.
    pub(crate) fn set_log(&mut self, entry: ImportLogEntry) {
        self.writes.push((import_key(entry.number), json(&entry)));
        self.log = Some(entry);
    }

    /// Adds a quarantine entry.
    pub(crate) fn add_quarantine(&mut self, entry: QuarantineEntry) {
        self.writes.push((merged_quarantine_key(&entry.id), json(&entry)));
        self.quarantine.push(entry);
    }

    /// Sets the decision record.
    pub(crate) fn set_decision(&mut self, decision: KeyDecision) {
        self.writes.push((decision_key(&decision.quarantine_id), json(&decision)));
        self.decision = Some(decision);
    }

    /// The revision of the store the plan was prepared against.
    pub(crate) fn base_revision(&self) -> u64 {
        self.base_revision
    }

    /// Whether the plan writes nothing.
    pub fn is_empty(&self) -> bool {
        self.writes.is_empty()
    }

    /// The write batch: every (key, value) to write in one transaction (keys per [`super::store_keys`]). Keys are
    /// only ever added; writing a batch twice writes the same values.
    pub fn writes(&self) -> &[(String, String)] {
        &self.writes
    }

    /// The hashes of the events it adds.
    pub fn events(&self) -> &[EventHash] {
        &self.events
    }

    /// The events it adds, as verified while preparing, each with the index of its write in [`Self::writes`].
    pub(crate) fn verified_events(&self) -> &[(usize, Event)] {
        &self.verified
    }

    /// The keys it pins.
    pub fn pins(&self) -> &[PinnedKey] {
        &self.pins
    }

    /// The import log entry it writes.
    pub fn log(&self) -> Option<&ImportLogEntry> {
        self.log.as_ref()
    }

    /// The quarantine entries it writes.
    pub fn quarantine(&self) -> &[QuarantineEntry] {
        &self.quarantine
    }

    /// The decision it records.
    pub fn decision(&self) -> Option<&KeyDecision> {
        self.decision.as_ref()
    }
}
