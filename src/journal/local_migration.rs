//! Moving a journal written by earlier versions into localStorage over to the durable database.
//!
//! localStorage is not durable (Chromium commits its writes to disk up to a minute later), so the journal now lives
//! in IndexedDB. On every start, journal entries found in localStorage that the database does not hold yet are
//! migrated: verified as they are, copied, verified again in the database, and only then marked migrated. The
//! localStorage keys are never deleted, and a key the database already holds with other content is never
//! overwritten: it is reported, and both copies stay where they are.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::head::ChainHead;
use super::keys::{DEVICE_KEY, EVENT_PREFIX, HEAD_PREFIX, QUARANTINE_PREFIX, head_key};
use super::staged_store::{Batch, StagedStore};
use super::{DeviceId, Issue, IssueKind, Journal};

/// The key marking the last completed migration (JSON [`MigrationMark`]).
pub const MIGRATED_KEY: &str = "liuhen/v1/migrated-from-local-storage";

/// Whether a localStorage key belongs to the officer journal: the device id, events, chain heads, and quarantined
/// copies of those. Drafts, settings and 法治科's values stay in localStorage.
pub fn is_journal_entry(key: &str) -> bool {
    let own = |k: &str| k == DEVICE_KEY || k.starts_with(EVENT_PREFIX) || k.starts_with(HEAD_PREFIX);
    own(key) || key.strip_prefix(QUARANTINE_PREFIX).is_some_and(own)
}

/// What a migration copies, decided before anything is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationPlan {
    /// The entries to add to the database (absent there), with a chain head per device that has none yet.
    pub batch: Batch,
    /// Keys the database already holds with different content: neither copy is touched.
    pub conflicts: Vec<String>,
    /// How many events the plan copies.
    pub events: usize,
}

/// The record written once a migration verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MigrationMark {
    /// When (device clock).
    pub at: DateTime<FixedOffset>,
    /// How many events were copied by that migration.
    pub events: usize,
    /// How many localStorage journal entries the database held, byte for byte, after it.
    pub entries: usize,
}

/// Why a migration was not marked done. Nothing in localStorage was changed; what was copied stays in the database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrationError {
    /// After copying, these localStorage entries are missing from the database or differ there.
    NotCopied(Vec<String>),
    /// The database reports other integrity issues than the localStorage journal did.
    VerifiesDifferently {
        /// Issues found in localStorage.
        before: Vec<String>,
        /// Issues found in the database.
        after: Vec<String>,
    },
}

impl MigrationError {
    /// In Chinese, naming what to do.
    pub fn describe(&self) -> String {
        let what = match self {
            MigrationError::NotCopied(keys) => format!("有 {} 项未能完整复制到数据库", keys.len()),
            MigrationError::VerifiesDifferently { .. } => "复制后的校验结果与原日志不一致".to_string(),
        };
        format!(
            "旧版本保存在浏览器本地存储中的记录尚未迁移完成：{what}。原数据仍完整保留在本地存储中，未作任何删除；\
             请重新打开本页再试，若仍失败，请先导出全部记录交法治科。"
        )
    }
}

/// The journal entries of `local` (every localStorage pair) that the database (`db`) does not hold yet, and the
/// chain heads to add for them.
pub fn plan_migration(local: &[(String, String)], db: &BTreeMap<String, String>) -> MigrationPlan {
    let mut batch = Batch::default();
    let mut conflicts = Vec::new();
    let mut events = 0;
    for (key, value) in local.iter().filter(|(k, _)| is_journal_entry(k)) {
        match db.get(key) {
            Some(stored) if stored == value => {}
            Some(_) => conflicts.push(key.clone()),
            None => {
                events += usize::from(key.starts_with(EVENT_PREFIX));
                batch.add.push((key.clone(), value.clone()));
            }
        }
    }
    if !batch.add.is_empty() {
        let mut merged: BTreeMap<String, String> = db.clone();
        merged.extend(batch.add.iter().cloned());
        for (device, head) in newest_events(&merged) {
            let key = head_key(&device);
            let known = merged.get(&key).and_then(|t| ChainHead::read(t).ok());
            if known.is_none_or(|k| k.seq < head.seq) {
                batch.put.push((key, head.to_text()));
            }
        }
    }
    conflicts.sort();
    MigrationPlan { batch, conflicts, events }
}

/// Checks a copy: every localStorage journal entry not in `conflicts` is in `db_after` byte for byte, and the
/// database's events verify exactly as localStorage's did. Returns the mark to write.
pub fn check_migration(
    local: &[(String, String)],
    db_after: &BTreeMap<String, String>,
    plan: &MigrationPlan,
    now: DateTime<FixedOffset>,
) -> Result<MigrationMark, MigrationError> {
    let journal_local: Vec<&(String, String)> = local.iter().filter(|(k, _)| is_journal_entry(k)).collect();
    let missing: Vec<String> = journal_local
        .iter()
        .filter(|(k, v)| !plan.conflicts.contains(k) && db_after.get(k) != Some(v))
        .map(|(k, _)| k.clone())
        .collect();
    if !missing.is_empty() {
        return Err(MigrationError::NotCopied(missing));
    }
    let before = event_issues(journal_local.into_iter().cloned());
    let local_keys: BTreeSet<&String> = local.iter().map(|(k, _)| k).collect();
    let after: Vec<String> = event_issues(db_after.iter().map(|(k, v)| (k.clone(), v.clone())))
        .into_iter()
        .filter(|issue| local_keys.contains(&issue_key(issue)))
        .collect();
    if before.iter().any(|b| !after.contains(b)) || after.iter().any(|a| !before.contains(a)) {
        return Err(MigrationError::VerifiesDifferently { before, after });
    }
    Ok(MigrationMark {
        at: now,
        events: plan.events,
        entries: local.iter().filter(|(k, _)| is_journal_entry(k)).count(),
    })
}

/// The stored text of a mark.
pub fn mark_text(mark: &MigrationMark) -> String {
    serde_json::to_string(mark).unwrap_or_default()
}

/// The key part of an issue line from [`event_issues`].
fn issue_key(line: &str) -> String {
    line.split_once(' ').map_or(line, |(key, _)| key).to_string()
}

/// Every verification issue of the events among `entries` (chain heads aside: localStorage journals had none), as
/// `key kind` lines.
fn event_issues(entries: impl IntoIterator<Item = (String, String)>) -> Vec<String> {
    let only_events = entries.into_iter().filter(|(k, _)| k.starts_with(EVENT_PREFIX));
    let store = StagedStore::loaded(only_events);
    let Ok(device) = DeviceId::new("migration_check") else { return Vec::new() };
    let Ok(journal) = Journal::open(store, device, "") else { return Vec::new() };
    let mut lines: Vec<String> = journal
        .issues()
        .iter()
        .filter(|issue| issue.key.starts_with(EVENT_PREFIX))
        .map(|issue: &Issue| format!("{} {:?}", issue.key, without_quarantine(&issue.kind)))
        .collect();
    lines.sort();
    lines
}

/// An issue's kind with the quarantine outcome left out (it depends on the store, not on the events).
fn without_quarantine(kind: &IssueKind) -> IssueKind {
    match kind {
        IssueKind::Unreadable { reason, .. } => {
            IssueKind::Unreadable { reason: reason.clone(), quarantine: super::Quarantine::Pending }
        }
        other => other.clone(),
    }
}

/// The newest readable event's head of each device among `entries`.
fn newest_events(entries: &BTreeMap<String, String>) -> BTreeMap<DeviceId, ChainHead> {
    let mut newest: BTreeMap<DeviceId, ChainHead> = BTreeMap::new();
    for (key, text) in entries.range(EVENT_PREFIX.to_string()..) {
        if !key.starts_with(EVENT_PREFIX) {
            break;
        }
        if let Ok(read) = super::Event::read(text) {
            let head = ChainHead::of(&read.event);
            let slot = newest.entry(read.event.device.clone()).or_insert(head);
            if head.seq > slot.seq {
                *slot = head;
            }
        }
    }
    newest
}
