//! Folding events into records: every version kept with its reason, time and author; concurrent amendments kept
//! side by side as a conflict until an amendment naming them all merges them.
//!
//! The fold is a pure function of the *set* of events: the same events in any order give the same result.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::{DeviceId, Event, EventBody, EventHash, Month};
use crate::record::{FieldChange, InterferenceRecord, Recipient, ReportStatus, changes};

/// Who wrote an event, where and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authorship {
    /// The event's hash.
    pub hash: EventHash,
    /// The event's id (`{device}-{seq}`).
    pub event_id: String,
    /// The officer.
    pub officer: String,
    /// The device.
    pub device: DeviceId,
    /// The device's clock at the time.
    pub device_time: DateTime<FixedOffset>,
    /// Whether the event failed verification (see the journal's issues for why).
    pub flagged: bool,
}

impl Authorship {
    /// The authorship of `event`; `flagged` holds the hashes that failed verification.
    pub fn of(event: &Event, flagged: &BTreeSet<EventHash>) -> Self {
        Authorship {
            hash: event.hash,
            event_id: event.id.clone(),
            officer: event.officer.clone(),
            device: event.device.clone(),
            device_time: event.device_time,
            flagged: flagged.contains(&event.hash),
        }
    }

    /// Deterministic display order: device time, then hash.
    fn order_key(&self) -> (DateTime<FixedOffset>, EventHash) {
        (self.device_time, self.hash)
    }
}

/// One filed 月度零报告 (an officer's statement that in a month no internal staff asked about or meddled in their
/// cases): who filed it (device, officer, time) and for which month. It travels in the bundle with the rest of the
/// chain, so 法治科 sees, month by month, who filed records or an attestation and who filed neither.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attestation {
    /// The event that filed it.
    pub author: Authorship,
    /// The month it speaks for.
    pub month: Month,
}

/// How a version came about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The first version.
    Created,
    /// A new version replacing `amends` (several: a merge resolving a conflict), for `reason`.
    Amended {
        /// 修改原因.
        reason: String,
        /// The versions replaced.
        amends: Vec<EventHash>,
    },
}

impl Change {
    /// Chinese label: 新建, 修改, or 合并冲突版本 for an amendment replacing several versions.
    pub fn label(&self) -> &'static str {
        match self {
            Change::Created => "新建",
            Change::Amended { amends, .. } if amends.len() > 1 => "合并冲突版本",
            Change::Amended { .. } => "修改",
        }
    }
}

/// One version of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// Who wrote it, when, on which device.
    pub author: Authorship,
    /// How it came about.
    pub change: Change,
    /// The complete record as of this version.
    pub record: InterferenceRecord,
}

/// A note added to a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// Who wrote it.
    pub author: Authorship,
    /// The note.
    pub text: String,
}

/// A report made after the record was written (a `Reported` event).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportEntry {
    /// Who recorded the report.
    pub author: Authorship,
    /// To whom.
    pub recipient: Recipient,
    /// On which day.
    pub date: NaiveDate,
}

/// Something in the events that does not fit together, in Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoldProblem {
    /// The event concerned.
    pub event: EventHash,
    /// What is wrong.
    pub message: String,
}

/// A record's full history and current state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordState {
    /// The record's id: the hash of its `RecordCreated` event.
    pub id: EventHash,
    /// Every version, parents before children, otherwise by device time then hash.
    pub versions: Vec<Version>,
    /// The versions no other version amends: one normally, several when amendments conflict. By device time.
    pub heads: Vec<EventHash>,
    /// Notes, by device time.
    pub notes: Vec<Note>,
    /// Later reports, by device time.
    pub reports: Vec<ReportEntry>,
    /// Events of this record that do not fit (e.g. an amendment of a version not in the journal).
    pub problems: Vec<FoldProblem>,
}

impl RecordState {
    /// The version to show: the only head, or with a conflict the head with the latest device time (the others
    /// are in [`RecordState::conflicting_versions`]). `None` never happens for a folded record.
    pub fn current(&self) -> Option<&Version> {
        self.heads.last().and_then(|h| self.version(h))
    }

    /// The version with this hash.
    pub fn version(&self, hash: &EventHash) -> Option<&Version> {
        self.versions.iter().find(|v| v.author.hash == *hash)
    }

    /// Whether concurrent amendments are waiting to be merged.
    pub fn is_conflicted(&self) -> bool {
        self.heads.len() > 1
    }

    /// The competing versions of a conflict (empty without one). Merge them by amending with all their hashes.
    pub fn conflicting_versions(&self) -> Vec<&Version> {
        if self.is_conflicted() { self.heads.iter().filter_map(|h| self.version(h)).collect() } else { Vec::new() }
    }

    /// The earliest known report to `recipient`: from the current version's form or from a later report event.
    pub fn reported_on(&self, recipient: Recipient) -> Option<NaiveDate> {
        let in_record = self.current().and_then(|v| v.record.reports.date(recipient));
        let later = self.reports.iter().filter(|r| r.recipient == recipient).map(|r| r.date);
        in_record.into_iter().chain(later).min()
    }

    /// Where the record stands on reporting, as one fact: the earliest known report to each recipient, from the
    /// current version's form or from a later report event. Every page shows this, never a version's own field.
    pub fn report_status(&self) -> ReportStatus {
        ReportStatus {
            legal_section: self.reported_on(Recipient::LegalSection),
            justice_bureau: self.reported_on(Recipient::JusticeBureau),
        }
    }

    /// What each version changed, in `versions` order: nothing for the first, and for an amendment the fields that
    /// differ from the (first) version it amends.
    pub fn version_changes(&self) -> Vec<Vec<FieldChange>> {
        self.versions
            .iter()
            .map(|version| match &version.change {
                Change::Created => Vec::new(),
                Change::Amended { amends, .. } => amends
                    .iter()
                    .find_map(|hash| self.version(hash))
                    .map(|earlier| changes(&earlier.record, &version.record))
                    .unwrap_or_default(),
            })
            .collect()
    }

    /// Whether any event of this record failed verification.
    pub fn flagged(&self) -> bool {
        self.versions.iter().map(|v| &v.author).chain(self.notes.iter().map(|n| &n.author)).any(|a| a.flagged)
            || self.reports.iter().any(|r| r.author.flagged)
    }
}

/// Everything folded from a journal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Folded {
    /// The records, by the device time of their first version.
    pub records: Vec<RecordState>,
    /// Events that belong to no known record, and events of kinds this version does not understand.
    pub problems: Vec<FoldProblem>,
    /// The 月度零报告 filed, by month, then device time.
    pub attestations: Vec<Attestation>,
}

impl Folded {
    /// The record with this id.
    pub fn record(&self, id: &EventHash) -> Option<&RecordState> {
        self.records.iter().find(|r| r.id == *id)
    }
}

#[derive(Default)]
struct Builder {
    versions: Vec<(Version, Vec<EventHash>)>,
    notes: Vec<Note>,
    reports: Vec<ReportEntry>,
}

/// Folds events (duplicates by hash count once) into records. `flagged` are the hashes of events that failed
/// verification: they are still folded, and marked.
pub fn fold<'a>(events: impl IntoIterator<Item = &'a Event>, flagged: &BTreeSet<EventHash>) -> Folded {
    let events: BTreeMap<EventHash, &Event> = events.into_iter().map(|e| (e.hash, e)).collect();
    let mut builders: BTreeMap<EventHash, Builder> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut attestations = Vec::new();

    // Versions first, so that notes and reports find their record whatever the hash order.
    for (hash, event) in &events {
        let author = Authorship::of(event, flagged);
        match &event.body {
            EventBody::RecordCreated { record } => {
                let version = Version { author, change: Change::Created, record: (**record).clone() };
                builders.entry(*hash).or_default().versions.push((version, Vec::new()));
            }
            EventBody::RecordAmended { record_id, amends, reason, record } => {
                let change = Change::Amended { reason: reason.clone(), amends: amends.clone() };
                let version = Version { author, change, record: (**record).clone() };
                builders.entry(*record_id).or_default().versions.push((version, amends.clone()));
            }
            EventBody::Unrecognised(_) => problems.push(FoldProblem {
                event: *hash,
                message: format!("{}：本版本无法识别，已原样保存", event.body.label()),
            }),
            EventBody::MonthAttested { month } => attestations.push(Attestation { author, month: *month }),
            EventBody::NoteAdded { .. }
            | EventBody::Reported { .. }
            | EventBody::BundleExported { .. }
            | EventBody::CaseFileStep(_)
            | EventBody::FollowUpStep(_)
            | EventBody::NonRecordingFound(_)
            | EventBody::RetaliationReported(_) => {}
        }
    }
    for (hash, event) in &events {
        let author = Authorship::of(event, flagged);
        match &event.body {
            EventBody::NoteAdded { record_id, text } => match builders.get_mut(record_id) {
                Some(builder) => builder.notes.push(Note { author, text: text.clone() }),
                None => problems.push(orphan(*hash, record_id, "备注")),
            },
            EventBody::Reported { record_id, recipient, date } => match builders.get_mut(record_id) {
                Some(builder) => builder.reports.push(ReportEntry { author, recipient: *recipient, date: *date }),
                None => problems.push(orphan(*hash, record_id, "报告")),
            },
            _ => {}
        }
    }

    let mut records: Vec<RecordState> =
        builders.into_iter().filter_map(|(id, builder)| finish(id, builder, &events)).collect();
    records.sort_by_key(|r| r.versions.first().map(|v| v.author.order_key()));
    attestations.sort_by_key(|a: &Attestation| (a.month, a.author.order_key()));
    Folded { records, problems, attestations }
}

fn orphan(event: EventHash, record_id: &EventHash, what: &str) -> FoldProblem {
    FoldProblem { event, message: format!("{what}所属的记录（{}）不在本日志中", record_id.short()) }
}

/// Orders a record's versions (parents first), finds its heads and checks its amendments.
fn finish(id: EventHash, mut builder: Builder, events: &BTreeMap<EventHash, &Event>) -> Option<RecordState> {
    if builder.versions.is_empty() {
        return None;
    }
    let own: BTreeSet<EventHash> = builder.versions.iter().map(|(v, _)| v.author.hash).collect();
    let mut problems = Vec::new();
    if !own.contains(&id) {
        problems.push(FoldProblem {
            event: id, message: "记录的新建事件不在本日志中，仅显示其后的修改版本".into()
        });
    }
    // parent edges within this record; report the others
    let mut parents: BTreeMap<EventHash, Vec<EventHash>> = BTreeMap::new();
    for (version, amends) in &builder.versions {
        let hash = version.author.hash;
        let mut inside = Vec::new();
        for parent in amends {
            if own.contains(parent) {
                inside.push(*parent);
            } else {
                let message = match events.get(parent).and_then(|e| e.record_id()) {
                    Some(other) if other != id => format!("修改所依据的版本（{}）属于另一条记录", parent.short()),
                    _ => format!("修改所依据的版本（{}）不在本日志中", parent.short()),
                };
                problems.push(FoldProblem { event: hash, message });
            }
        }
        parents.insert(hash, inside);
    }
    let amended: BTreeSet<EventHash> = parents.values().flatten().copied().collect();

    // Kahn's algorithm, ready versions taken in (device time, hash) order.
    let mut waiting: BTreeMap<EventHash, Version> =
        builder.versions.into_iter().map(|(v, _)| (v.author.hash, v)).collect();
    let mut ordered: Vec<Version> = Vec::new();
    let mut placed: BTreeSet<EventHash> = BTreeSet::new();
    while !waiting.is_empty() {
        let ready = waiting
            .values()
            .filter(|v| parents.get(&v.author.hash).is_none_or(|ps| ps.iter().all(|p| placed.contains(p))))
            .min_by_key(|v| v.author.order_key())
            // A cycle cannot be built (a version cannot name the hash of a later one); should one appear, the
            // remaining versions are still all listed rather than looping or dropping them.
            .or_else(|| waiting.values().min_by_key(|v| v.author.order_key()))
            .map(|v| v.author.hash);
        let Some(next) = ready.and_then(|h| waiting.remove(&h)) else { break };
        placed.insert(next.author.hash);
        ordered.push(next);
    }
    let mut heads: Vec<&Version> = ordered.iter().filter(|v| !amended.contains(&v.author.hash)).collect();
    heads.sort_by_key(|v| v.author.order_key());
    let heads = heads.into_iter().map(|v| v.author.hash).collect();

    builder.notes.sort_by_key(|n| n.author.order_key());
    builder.reports.sort_by_key(|r| r.author.order_key());
    Some(RecordState { id, versions: ordered, heads, notes: builder.notes, reports: builder.reports, problems })
}
