//! Migration from an earlier layout: when one browser is used for both roles, the officer journal keeps its events
//! in localStorage (`liuhen/v1/event/{device}/{seq}`, see `journal::keys`). This brings them into the merged store
//! without losing anything: each verifying event that fits the known chains is merged; everything else under the
//! journal's keys (unreadable or altered events, events that would fork a chain, the journal's own quarantine)
//! is copied into the merged store's quarantine, byte for byte. The localStorage entries are left where they are,
//! and running the migration again adds nothing new.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};

use super::bookkeeping::{ImportLogEntry, ImportSource, QuarantineEntry};
use super::import::{fork_with, summarise};
use super::merged_store::MergedStore;
use super::plan::ImportPlan;
use super::preview::AddedSummary;
use super::store_keys::quarantine_id;
use super::verify::BundledEvent;
use crate::journal::keys::{EVENT_PREFIX, QUARANTINE_PREFIX, parse_event_key};
use crate::journal::{ChainSpan, DeviceId, Event, EventHash};

/// The quarantine code of localStorage data that could not be merged.
pub const BROWSER_STORAGE_CODE: &str = "browser_storage";

/// What a migration would do, and its plan.
#[derive(Debug, Clone, PartialEq)]
pub struct MigrationOutcome {
    /// The events it adds (and those already in the store).
    pub added: AddedSummary,
    /// Each localStorage key copied to the quarantine, with the reason in Chinese.
    pub quarantined: Vec<(String, String)>,
    /// What to write; empty if there is nothing new.
    pub plan: ImportPlan,
}

/// Prepares the migration of an officer journal's localStorage entries (every key and value of localStorage, in
/// any order; keys outside the journal's are ignored and left alone).
pub fn prepare_browser_migration(
    store: &MergedStore,
    entries: &[(String, String)],
    by: &str,
    now: DateTime<FixedOffset>,
) -> MigrationOutcome {
    let mut quarantined: Vec<(String, String, String)> = Vec::new();
    let mut candidates: BTreeMap<(DeviceId, u64), (BundledEvent, &str)> = BTreeMap::new();
    for (key, text) in entries {
        if key.starts_with(QUARANTINE_PREFIX) {
            quarantined.push((key.clone(), text.clone(), "办案人员日志隔离区中的数据".into()));
            continue;
        }
        if !key.starts_with(EVENT_PREFIX) {
            continue;
        }
        match Event::read(text) {
            Err(reason) => quarantined.push((key.clone(), text.clone(), format!("无法读取：{reason}"))),
            Ok(read) if !read.canonical || read.computed_hash != read.event.hash => {
                quarantined.push((key.clone(), text.clone(), "内容与哈希值不符或被改写".into()))
            }
            Ok(read) if parse_event_key(key) != Some((read.event.device.clone(), read.event.seq)) => {
                quarantined.push((key.clone(), text.clone(), "存放位置与事件内容不符".into()))
            }
            Ok(read) => {
                let position = (read.event.device.clone(), read.event.seq);
                candidates.insert(position, (BundledEvent { event: read.event, text: text.clone() }, key.as_str()));
            }
        }
    }

    // In chain order, so each event is checked against the ones accepted before it as well as the store.
    let mut fitted: BTreeMap<(DeviceId, u64), (EventHash, Option<EventHash>)> = BTreeMap::new();
    let mut new: Vec<&BundledEvent> = Vec::new();
    let mut duplicates = 0;
    for ((device, seq), (candidate, key)) in &candidates {
        let known_at = |s: u64| {
            store.at(device, s).map(|k| (k.hash, k.prev)).or_else(|| fitted.get(&(device.clone(), s)).copied())
        };
        if let Some(fork) = fork_with(&candidate.event, known_at) {
            quarantined.push((key.to_string(), candidate.text.clone(), fork.describe()));
            continue;
        }
        fitted.insert((device.clone(), *seq), (candidate.event.hash, candidate.event.prev));
        if store.contains(&candidate.event.hash) {
            duplicates += 1;
        } else {
            new.push(candidate);
        }
    }

    let mut plan = ImportPlan::empty(store.revision());
    let mut reasons = Vec::new();
    for (key, raw, reason) in quarantined {
        let digest = EventHash::of_text(&raw);
        // The same text may sit under two keys (a slot and the journal's quarantine copy of it): keep each.
        let id = quarantine_id(&EventHash::of_text(&format!("{key}\n{raw}")), BROWSER_STORAGE_CODE);
        reasons.push((key.clone(), reason.clone()));
        if store.quarantine_entry(&id).is_some() {
            continue;
        }
        plan.add_quarantine(QuarantineEntry {
            id,
            file_name: key,
            digest,
            code: BROWSER_STORAGE_CODE.into(),
            reason,
            received_at: now,
            received_by: by.to_string(),
            raw,
        });
    }
    let added = summarise(&new, duplicates);
    if !new.is_empty() || !plan.is_empty() {
        plan.add_events(new.iter().map(|e| (*e).clone()));
        plan.set_log(ImportLogEntry {
            number: store.next_import_number(),
            source: ImportSource::BrowserStorage { entries: entries.len() },
            spans: runs(&fitted),
            imported_at: now,
            imported_by: by.to_string(),
            added: added.clone(),
            warnings: reasons.iter().map(|(key, reason)| format!("{key}：{reason}")).collect(),
        });
    }
    MigrationOutcome { added, quarantined: reasons, plan }
}

/// The contiguous runs of the merged (or already present) events of each device: their provenance.
fn runs(fitted: &BTreeMap<(DeviceId, u64), (EventHash, Option<EventHash>)>) -> Vec<ChainSpan> {
    let mut spans: Vec<ChainSpan> = Vec::new();
    for ((device, seq), (hash, _)) in fitted {
        match spans.last_mut() {
            Some(span) if span.device == *device && span.last_seq.checked_add(1) == Some(*seq) => {
                span.last_seq = *seq;
                span.last_hash = *hash;
            }
            _ => spans.push(ChainSpan { device: device.clone(), first_seq: *seq, last_seq: *seq, last_hash: *hash }),
        }
    }
    spans
}
