//! [`MergedStore`]: 法治科's merged store in memory — a set of events keyed by hash, with pinned keys, the import
//! log, the quarantine and decisions. It loads from (key, value) pairs and changes only by applying a plan, in
//! exactly the way loading reads the plan's writes back, so the store in memory always equals what is stored.
//!
//! Sized for 50,000 events and more: localStorage (about 5.2 million UTF-16 units) cannot hold that, so the
//! browser adapter keeps these pairs in IndexedDB, writing each plan's batch in one transaction.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;

use super::bookkeeping::{ImportLogEntry, KeyDecision, PinnedKey, QuarantineEntry};
use super::plan::{ImportPlan, StalePlan};
use super::refusal::awaits_key_decision;
use super::store_keys::{
    DECISION_PREFIX, IMPORT_PREFIX, MERGED_EVENT_PREFIX, MERGED_QUARANTINE_PREFIX, PIN_PREFIX, decision_key,
    import_key, merged_quarantine_key, pin_key,
};
use crate::journal::{DeviceId, Event, EventHash, Folded, fold};

/// One stored event: its text, byte for byte, and what it says.
#[derive(Debug, Clone)]
struct StoredEvent {
    text: String,
    event: Event,
}

/// A stored entry that could not be loaded. It is left where it is (nothing is ever removed) and reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadIssue {
    /// The entry's key.
    pub key: String,
    /// Why it was not loaded, in Chinese.
    pub reason: String,
}

/// The merged store in memory.
#[derive(Debug, Clone, Default)]
pub struct MergedStore {
    events: BTreeMap<EventHash, StoredEvent>,
    positions: BTreeMap<DeviceId, BTreeMap<u64, EventHash>>,
    by_record: BTreeMap<EventHash, BTreeSet<EventHash>>,
    pins: BTreeMap<DeviceId, Vec<PinnedKey>>,
    imports: BTreeMap<u64, ImportLogEntry>,
    quarantine: BTreeMap<String, QuarantineEntry>,
    decisions: BTreeMap<String, KeyDecision>,
    issues: Vec<LoadIssue>,
    revision: u64,
}

impl MergedStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// The store held in these (key, value) pairs (every entry of the adapter's object store, in any order).
    /// Entries that cannot be loaded are reported in [`MergedStore::issues`], never dropped from storage.
    pub fn load(entries: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut sorted: Vec<(String, String)> = entries.into_iter().collect();
        sorted.sort();
        let mut store = MergedStore::new();
        for (key, value) in &sorted {
            store.ingest(key, value);
        }
        store
    }

    /// Applies a plan whose batch the adapter has written (one transaction). A plan prepared against an earlier
    /// state is refused: prepare it again. An empty plan changes nothing.
    pub fn apply(&mut self, plan: &ImportPlan) -> Result<(), StalePlan> {
        if plan.is_empty() {
            return Ok(());
        }
        if plan.base_revision() != self.revision {
            return Err(StalePlan);
        }
        // The plan's events were read and verified from exactly these texts while preparing: index them as they
        // are. Everything else goes through the same path as loading.
        let mut verified = plan.verified_events().iter().peekable();
        for (index, (key, value)) in plan.writes().iter().enumerate() {
            match verified.next_if(|(write, _)| *write == index) {
                Some((_, event)) => {
                    if let Err(reason) = self.insert_event(event.clone(), value) {
                        self.issues.push(LoadIssue { key: key.to_string(), reason });
                    }
                }
                None => self.ingest(key, value),
            }
        }
        self.revision += 1;
        Ok(())
    }

    /// Counts the plans applied since loading; a plan is prepared against one revision.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Entries that could not be loaded.
    pub fn issues(&self) -> &[LoadIssue] {
        &self.issues
    }

    /// How many events the store holds.
    pub fn event_count(&self) -> usize {
        self.events.len()
    }

    /// Every event, by hash.
    pub fn events(&self) -> impl Iterator<Item = &Event> {
        self.events.values().map(|s| &s.event)
    }

    /// Every event with its stored text, by device then position (e.g. to export the merged store again).
    pub fn stored_events(&self) -> Vec<(&Event, &str)> {
        let mut all: Vec<(&Event, &str)> = self.events.values().map(|s| (&s.event, s.text.as_str())).collect();
        all.sort_by(|(a, _), (b, _)| (&a.device, a.seq, a.hash).cmp(&(&b.device, b.seq, b.hash)));
        all
    }

    /// The event with this hash.
    pub fn event(&self, hash: &EventHash) -> Option<&Event> {
        self.events.get(hash).map(|s| &s.event)
    }

    /// The stored text of the event with this hash.
    pub fn stored_text(&self, hash: &EventHash) -> Option<&str> {
        self.events.get(hash).map(|s| s.text.as_str())
    }

    /// Whether the store holds this event.
    pub fn contains(&self, hash: &EventHash) -> bool {
        self.events.contains_key(hash)
    }

    /// Every device with events in the store.
    pub fn devices(&self) -> impl Iterator<Item = &DeviceId> {
        self.positions.keys()
    }

    /// The event at position `seq` of `device`'s chain.
    pub fn at(&self, device: &DeviceId, seq: u64) -> Option<&Event> {
        self.positions.get(device)?.get(&seq).and_then(|h| self.event(h))
    }

    /// The newest known position of `device`'s chain (positions before it may still be missing) and its hash.
    pub fn head(&self, device: &DeviceId) -> Option<(u64, EventHash)> {
        self.positions.get(device)?.iter().next_back().map(|(s, h)| (*s, *h))
    }

    /// The known events of `device` after position `seq`, in chain order.
    pub(crate) fn after(&self, device: &DeviceId, seq: u64) -> impl Iterator<Item = &Event> {
        self.positions
            .get(device)
            .into_iter()
            .flat_map(move |chain| chain.range(seq.saturating_add(1)..).filter_map(|(_, h)| self.event(h)))
    }

    /// The newest known position of `device`'s chain before `seq`.
    pub(crate) fn last_before(&self, device: &DeviceId, seq: u64) -> Option<u64> {
        self.positions.get(device)?.range(..seq).next_back().map(|(s, _)| *s)
    }

    /// The events concerning a record (its creation, amendments, notes and reports).
    pub(crate) fn record_events(&self, record_id: &EventHash) -> impl Iterator<Item = &Event> {
        self.by_record.get(record_id).into_iter().flatten().filter_map(|h| self.event(h))
    }

    /// The keys accepted for a device (empty: nothing imported from it yet).
    pub fn pinned_keys(&self, device: &DeviceId) -> &[PinnedKey] {
        self.pins.get(device).map_or(&[], Vec::as_slice)
    }

    /// Every pinned key, by device.
    pub fn pins(&self) -> impl Iterator<Item = &PinnedKey> {
        self.pins.values().flatten()
    }

    /// The import log, by number.
    pub fn imports(&self) -> impl Iterator<Item = &ImportLogEntry> {
        self.imports.values()
    }

    /// The number the next import log entry gets.
    pub(crate) fn next_import_number(&self) -> u64 {
        self.imports.keys().next_back().map_or(1, |n| n.saturating_add(1))
    }

    /// The import log entries whose runs hold position `seq` of `device`: where that event came from.
    pub fn carriers(&self, device: &DeviceId, seq: u64) -> Vec<&ImportLogEntry> {
        self.imports.values().filter(|entry| entry.spans.iter().any(|s| s.covers(device, seq))).collect()
    }

    /// Every quarantine entry, by id.
    pub fn quarantine(&self) -> impl Iterator<Item = &QuarantineEntry> {
        self.quarantine.values()
    }

    /// The quarantine entry with this id.
    pub fn quarantine_entry(&self, id: &str) -> Option<&QuarantineEntry> {
        self.quarantine.get(id)
    }

    /// Files held for their device key (the device's first key, or one differing from the pinned one), with no
    /// decision yet.
    pub fn awaiting_decision(&self) -> Vec<&QuarantineEntry> {
        self.quarantine
            .values()
            .filter(|e| awaits_key_decision(&e.code) && !self.decisions.contains_key(&e.id))
            .collect()
    }

    /// The decision on a held file.
    pub fn decision(&self, quarantine_id: &str) -> Option<&KeyDecision> {
        self.decisions.get(quarantine_id)
    }

    /// Every decision taken on a held file, with that file, newest first.
    pub fn decisions(&self) -> Vec<(&QuarantineEntry, &KeyDecision)> {
        let mut all: Vec<(&QuarantineEntry, &KeyDecision)> =
            self.decisions.values().filter_map(|d| Some((self.quarantine.get(&d.quarantine_id)?, d))).collect();
        all.sort_by(|(_, a), (_, b)| (b.decided_at, &b.quarantine_id).cmp(&(a.decided_at, &a.quarantine_id)));
        all
    }

    /// Every record, folded from all events (per-record state with every version, note, report and conflict).
    pub fn fold(&self) -> Folded {
        fold(self.events(), &BTreeSet::new())
    }

    /// Reads one stored entry into memory; one that cannot be read is reported.
    fn ingest(&mut self, key: &str, value: &str) {
        let outcome = if let Some(hash) = key.strip_prefix(MERGED_EVENT_PREFIX) {
            self.ingest_event(hash, value)
        } else if key.starts_with(PIN_PREFIX) {
            parse::<PinnedKey>(value).and_then(|pin| {
                expect_key(key, &pin_key(&pin.device, &pin.public_key))?;
                let pins = self.pins.entry(pin.device.clone()).or_default();
                if !pins.iter().any(|p| p.public_key == pin.public_key) {
                    pins.push(pin);
                }
                Ok(())
            })
        } else if key.starts_with(IMPORT_PREFIX) {
            parse::<ImportLogEntry>(value).and_then(|entry| {
                expect_key(key, &import_key(entry.number))?;
                self.imports.insert(entry.number, entry);
                Ok(())
            })
        } else if key.starts_with(MERGED_QUARANTINE_PREFIX) {
            parse::<QuarantineEntry>(value).and_then(|entry| {
                expect_key(key, &merged_quarantine_key(&entry.id))?;
                self.quarantine.insert(entry.id.clone(), entry);
                Ok(())
            })
        } else if key.starts_with(DECISION_PREFIX) {
            parse::<KeyDecision>(value).and_then(|decision| {
                expect_key(key, &decision_key(&decision.quarantine_id))?;
                self.decisions.insert(decision.quarantine_id.clone(), decision);
                Ok(())
            })
        } else {
            Err("不是本系统（合并数据 v1）的存储项".to_string())
        };
        if let Err(reason) = outcome {
            self.issues.push(LoadIssue { key: key.to_string(), reason });
        }
    }

    /// Reads a stored event: it must be an event, canonical, with the hash its key names, and fit its device's
    /// chain (no second event at the same position).
    fn ingest_event(&mut self, key_hash: &str, text: &str) -> Result<(), String> {
        let read = Event::read(text)?;
        let event = read.event;
        if !read.canonical || read.computed_hash != event.hash || key_hash != event.hash.to_string() {
            return Err("事件内容与其哈希值或存储位置不符，存储内容可能被改动".into());
        }
        self.insert_event(event, text)
    }

    /// Indexes a verified event, unless it is already there; refuses a second event at a device's position.
    fn insert_event(&mut self, event: Event, text: &str) -> Result<(), String> {
        if self.events.contains_key(&event.hash) {
            return Ok(());
        }
        let chain = self.positions.entry(event.device.clone()).or_default();
        if let Some(other) = chain.get(&event.seq) {
            return Err(format!("与已载入的事件（{}）占用同一设备的同一序号，存储内容可能被改动", other.short()));
        }
        chain.insert(event.seq, event.hash);
        if let Some(record_id) = event.record_id() {
            self.by_record.entry(record_id).or_default().insert(event.hash);
        }
        self.events.insert(event.hash, StoredEvent { text: text.to_string(), event });
        Ok(())
    }
}

fn parse<T: DeserializeOwned>(value: &str) -> Result<T, String> {
    serde_json::from_str(value).map_err(|e| format!("无法读取：{}", super::refusal::json_error_zh(&e)))
}

fn expect_key(found: &str, expected: &str) -> Result<(), String> {
    if found == expected { Ok(()) } else { Err(format!("存储位置与内容不符（内容应位于 {expected}）")) }
}
