//! [`Journal`]: the journal opened over a store — load, verify, quarantine, append, fold.
//!
//! 第三条 ……全面、如实记录，做到全程留痕，有据可查。 Every change is appended as a new event under its own key;
//! nothing is edited or deleted, and the hash chains are verified on every load and on demand.
//!
//! ## Appending when several tabs share the store
//! A writer claims the next position of its device's chain only if free: it re-reads the store, seals its event on
//! the current head, checks that the key is still empty, writes, and reads the key back. If the key was taken (or
//! its write was overwritten before the read-back), it rebases on the new head and tries again.
//!
//! One interleaving escapes the read-back: tab B checks the key, tab A writes and reads back, then B writes over
//! A. Tab A therefore watches the events it wrote; when it next reads the store (every append and refresh; the
//! browser shell refreshes on each `storage` event) and finds its event replaced by another tab's event for the
//! same position and predecessor, it writes the lost content again on the new head and reports a [`Recovery`].
//! So no event is lost. If A had meanwhile chained a further event onto the overwritten one (possible only if A
//! completed two writes inside B's check-to-write window), that event's link stays broken and verification reports
//! it. Holding a Web Lock (`navigator.locks`) around appends in the browser closes the window entirely.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::fold::{Folded, fold};
use super::head::{ChainHead, check_heads};
use super::keys::{EVENT_PREFIX, HEAD_PREFIX, event_key, head_key, parse_event_key, quarantine_key};
use super::store::{KeyValueStore, StoreError};
use super::verify::{Issue, IssueKind, Quarantine, SlotContent, SlotView, verify};
use super::{ChainSpan, DeviceId, Event, EventBody, EventHash, ExportScope, Month};
use crate::case_file::{CaseFileEntry, CaseFiles, FieldError, FiledStep, Placement, check_step, fold_case_files};
use crate::follow_up::{
    FollowUpEntry, FollowUps, LegalEntry, NonRecordingEntry, NonRecordingFinding, RetaliationEntry, RetaliationReport,
    amendment_refusal, check_finding, check_follow_up, check_report, fold_follow_ups, fold_non_recording,
    fold_retaliation,
};
use crate::record::{InterferenceRecord, Recipient};
use crate::rules::Readings;

/// How often a writer rebases and retries before giving up.
const MAX_ATTEMPTS: usize = 16;
/// How many of this session's latest own writes each append reads back before writing (a concurrent writer can only
/// land on a write inside its own check-to-write window, so only the latest few are at risk).
const RECHECKED_OWN_WRITES: usize = 8;

/// Why an event could not be appended. The store is left as it was (the form keeps its content).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppendError {
    /// The store refused (storage full, or unavailable).
    Store(StoreError),
    /// No officer name is set for this device.
    MissingOfficer,
    /// An amendment without a reason.
    MissingReason,
    /// An amendment naming no version.
    NothingAmended,
    /// An empty note.
    EmptyNote,
    /// The record is not in the journal.
    UnknownRecord(EventHash),
    /// The amended version is not a version of the record.
    NotAVersion(EventHash),
    /// A 零报告 for a month that has not begun.
    FutureMonth(Month),
    /// A 零报告 for a month in which this officer recorded interference: the records say otherwise.
    MonthHasRecords(Month, usize),
    /// This officer already filed a 零报告 for the month.
    AlreadyAttested(Month),
    /// The wrong-case file step was refused by the stage machine or its form's checks, each with its field.
    CaseFileRefused(Vec<FieldError>),
    /// Other tabs kept taking the next position; nothing was written.
    Busy,
    /// The event could not be serialised (should not happen).
    Encoding(String),
}

impl fmt::Display for AppendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppendError::Store(e) => write!(f, "{e}"),
            AppendError::MissingOfficer => write!(f, "请先填写本机使用人姓名"),
            AppendError::MissingReason => write!(f, "请填写修改原因"),
            AppendError::NothingAmended => write!(f, "请指明要修改的版本"),
            AppendError::EmptyNote => write!(f, "备注内容不能为空"),
            AppendError::UnknownRecord(id) => write!(f, "找不到记录（{}）", id.short()),
            AppendError::NotAVersion(h) => write!(f, "所修改的版本（{}）不属于该记录", h.short()),
            AppendError::FutureMonth(m) => write!(f, "{}尚未开始，不能报告该月情况；请选择本月或以前的月份", m.label()),
            AppendError::MonthHasRecords(m, n) => {
                write!(
                    f,
                    "{}已有 {n} 条干预、插手记录，不能报告“本月无内部人员过问案件情况”；如记录有误，请修改该记录",
                    m.label()
                )
            }
            AppendError::AlreadyAttested(m) => write!(f, "{}的零报告已经提交过，无需重复提交", m.label()),
            AppendError::CaseFileRefused(errors) => {
                let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
                write!(f, "未保存：{}", messages.join("；"))
            }
            AppendError::Busy => write!(f, "其他标签页正在同时写入，请稍后重试"),
            AppendError::Encoding(e) => write!(f, "无法保存：{e}"),
        }
    }
}

impl AppendError {
    /// The errors a form shows for this refusal: a step's own field errors, or the whole message.
    pub fn into_field_errors(self) -> Vec<FieldError> {
        match self {
            AppendError::CaseFileRefused(errors) => errors,
            other => vec![FieldError::new("", other.to_string())],
        }
    }
}

impl From<StoreError> for AppendError {
    fn from(e: StoreError) -> Self {
        AppendError::Store(e)
    }
}

/// An own event overwritten by another tab's concurrent write, and written again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// The key where the lost event was.
    pub key: String,
    /// The hash of the lost event.
    pub lost: EventHash,
    /// The id of the event now holding its content.
    pub rewritten_id: String,
    /// The hash of that event.
    pub rewritten: EventHash,
}

impl Recovery {
    /// In Chinese, for the status bar.
    pub fn describe(&self) -> String {
        format!(
            "另一标签页同时写入，覆盖了本页刚保存的事件（{}），其内容已重新保存为事件 {}",
            self.key, self.rewritten_id
        )
    }
}

/// This device's chain at a glance (see [`Journal::summary`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChainSummary {
    /// How many of this device's events are stored and readable.
    pub events: usize,
    /// The newest position stored.
    pub last_seq: Option<u64>,
    /// When the newest event was written (device clock).
    pub last_time: Option<DateTime<FixedOffset>>,
    /// The last position of this device's chain that a recorded export covered.
    pub exported_to: Option<u64>,
}

impl ChainSummary {
    /// In Chinese, e.g. `本机日志共 3 条事件，最后一条于 2024-05-02 09:00；最近一次导出至第 2 条`.
    pub fn describe(&self) -> String {
        let last = match self.last_time {
            Some(time) => format!("，最后一条于 {}", time.format("%Y-%m-%d %H:%M")),
            None => String::new(),
        };
        let exported = match self.exported_to {
            Some(seq) => format!("最近一次导出至第 {seq} 条"),
            None => "尚未导出过".to_string(),
        };
        format!("本机日志共 {} 条事件{last}；{exported}", self.events)
    }
}

/// A stored slot: its text as read, and what it holds.
#[derive(Debug, Clone)]
struct Slot {
    text: String,
    content: SlotContent,
}

impl Slot {
    fn read(text: String) -> Slot {
        let content = match Event::read(&text) {
            Ok(read) => SlotContent::Event(Box::new(read)),
            Err(reason) => SlotContent::Unreadable(reason),
        };
        Slot { text, content }
    }

    fn event(&self) -> Option<&Event> {
        match &self.content {
            SlotContent::Event(read) => Some(&read.event),
            SlotContent::Unreadable(_) => None,
        }
    }
}

/// An event this journal wrote in this session, watched for the rest of the session in case a concurrent write
/// lands on it.
#[derive(Debug, Clone)]
struct OwnWrite {
    key: String,
    event: Event,
}

/// The journal opened over a store, for one device and officer.
#[derive(Debug)]
pub struct Journal<S: KeyValueStore> {
    store: S,
    device: DeviceId,
    officer: String,
    slots: BTreeMap<String, Slot>,
    heads: BTreeMap<String, String>,
    quarantine: BTreeMap<String, Quarantine>,
    session_issues: Vec<Issue>,
    issues: Vec<Issue>,
    watched: Vec<OwnWrite>,
    to_rewrite: Vec<OwnWrite>,
    recoveries: Vec<Recovery>,
}

impl<S: KeyValueStore> Journal<S> {
    /// Opens the journal: reads every event, verifies every chain, quarantines corrupt data.
    pub fn open(store: S, device: DeviceId, officer: impl Into<String>) -> Result<Self, StoreError> {
        let mut journal = Journal {
            store,
            device,
            officer: officer.into().trim().to_string(),
            slots: BTreeMap::new(),
            heads: BTreeMap::new(),
            quarantine: BTreeMap::new(),
            session_issues: Vec::new(),
            issues: Vec::new(),
            watched: Vec::new(),
            to_rewrite: Vec::new(),
            recoveries: Vec::new(),
        };
        journal.read_store(true)?;
        Ok(journal)
    }

    /// This device's id.
    pub fn device(&self) -> &DeviceId {
        &self.device
    }

    /// The officer whose name goes on new events.
    pub fn officer(&self) -> &str {
        &self.officer
    }

    /// Changes the officer whose name goes on new events.
    pub fn set_officer(&mut self, officer: impl Into<String>) {
        self.officer = officer.into().trim().to_string();
    }

    /// Re-reads the store (e.g. after another tab wrote): verifies again, quarantines newly found corrupt data and
    /// writes again any own event another tab overwrote.
    pub fn refresh(&mut self) -> Result<(), AppendError> {
        self.read_store(true)?;
        self.rewrite_lost()
    }

    /// Verifies on demand: re-reads everything from the store, then returns every issue found.
    pub fn verify(&mut self) -> Result<&[Issue], AppendError> {
        self.refresh()?;
        Ok(&self.issues)
    }

    /// The issues found by the last load, refresh or verification, in key order (empty: everything verifies).
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }

    /// Own events that were overwritten by another tab and written again in this session.
    pub fn recoveries(&self) -> &[Recovery] {
        &self.recoveries
    }

    /// Every readable event, in key order (device, then position), including those that failed verification.
    pub fn events(&self) -> Vec<&Event> {
        self.slots.values().filter_map(Slot::event).collect()
    }

    /// The stored text of every readable event, in key order: exactly what was hashed, including members added by
    /// later versions (for export).
    pub fn stored_events(&self) -> Vec<(&Event, &str)> {
        self.slots.values().filter_map(|s| s.event().map(|e| (e, s.text.as_str()))).collect()
    }

    /// Every record with its versions, notes, reports and conflicts; events that failed verification are marked.
    pub fn fold(&self) -> Folded {
        let flagged: BTreeSet<EventHash> = self.issues.iter().filter_map(|i| i.hash).collect();
        fold(self.events(), &flagged)
    }

    /// How long this device's chain is, when it was last written, and how far it was last exported: what a person
    /// compares with 法治科's import log to see that nothing was cut off.
    pub fn summary(&self) -> ChainSummary {
        let own: Vec<&Event> = self.events().into_iter().filter(|e| e.device == self.device).collect();
        let newest = own.iter().max_by_key(|e| e.seq);
        let exported_to = own
            .iter()
            .filter_map(|e| match &e.body {
                EventBody::BundleExported { chains, .. } => {
                    chains.iter().filter(|c| c.device == self.device).map(|c| c.last_seq).max()
                }
                _ => None,
            })
            .max();
        ChainSummary {
            events: own.len(),
            last_seq: newest.map(|e| e.seq),
            last_time: newest.map(|e| e.device_time),
            exported_to,
        }
    }

    /// Appends a new record; returns its id (the hash of the `RecordCreated` event).
    pub fn create_record(
        &mut self,
        record: InterferenceRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        self.prepare()?;
        self.append(EventBody::RecordCreated { record: Box::new(record) }, now)
    }

    /// Appends a new full version of a record, replacing `amends` (normally the current version; all the
    /// conflicting versions to merge a conflict). The reason is required.
    pub fn amend_record(
        &mut self,
        record_id: EventHash,
        amends: Vec<EventHash>,
        reason: &str,
        record: InterferenceRecord,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(AppendError::MissingReason);
        }
        if amends.is_empty() {
            return Err(AppendError::NothingAmended);
        }
        self.prepare()?;
        if amends.iter().any(|h| self.fold().record(&record_id).is_none_or(|state| state.version(h).is_none())) {
            // Written meanwhile by another tab? Look at the whole store before refusing.
            self.read_store(false)?;
        }
        let folded = self.fold();
        let state = folded.record(&record_id).ok_or(AppendError::UnknownRecord(record_id))?;
        if let Some(stranger) = amends.iter().find(|h| state.version(h).is_none()) {
            return Err(AppendError::NotAVersion(*stranger));
        }
        let body = EventBody::RecordAmended { record_id, amends, reason: reason.to_string(), record: Box::new(record) };
        self.append(body, now)
    }

    /// Appends a note to a record.
    pub fn add_note(
        &mut self,
        record_id: EventHash,
        text: &str,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(AppendError::EmptyNote);
        }
        self.prepare()?;
        self.require_record(record_id)?;
        self.append(EventBody::NoteAdded { record_id, text: text.to_string() }, now)
    }

    /// Records that the interference was reported to `recipient` on `date` (R2 Art. 3).
    pub fn mark_reported(
        &mut self,
        record_id: EventHash,
        recipient: Recipient,
        date: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        self.prepare()?;
        self.require_record(record_id)?;
        self.append(EventBody::Reported { record_id, recipient, date }, now)
    }

    /// Files the 月度零报告 for `month`: "本月无内部人员过问案件情况". Refused for a month after `today`'s, for a
    /// month in which this officer recorded interference, and a second time for the same month.
    pub fn attest_month(
        &mut self,
        month: Month,
        today: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        if month > Month::of(today) {
            return Err(AppendError::FutureMonth(month));
        }
        self.prepare()?;
        let folded = self.fold();
        let officer = self.officer.clone();
        let recorded = folded
            .records
            .iter()
            .filter(|r| r.versions.iter().any(|v| v.author.officer == officer))
            .filter(|r| r.current().is_some_and(|v| Month::of(v.record.occurred_at.date()) == month))
            .count();
        if recorded > 0 {
            return Err(AppendError::MonthHasRecords(month, recorded));
        }
        if folded.attestations.iter().any(|a| a.month == month && a.author.officer == officer) {
            return Err(AppendError::AlreadyAttested(month));
        }
        self.append(EventBody::MonthAttested { month }, now)
    }

    /// Records that a bundle was exported (see `crate::bundle::export`): its digest, scope and the run of each
    /// chain it holds. The next incremental export starts after these runs.
    pub fn record_export(
        &mut self,
        digest: EventHash,
        scope: ExportScope,
        chains: Vec<ChainSpan>,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        self.prepare()?;
        self.append(EventBody::BundleExported { digest, scope, chains }, now)
    }

    /// Every wrong-case file in the journal (法治科's own), with every version of every step.
    pub fn case_files(&self) -> CaseFiles {
        let flagged: BTreeSet<EventHash> = self.issues.iter().filter_map(|i| i.hash).collect();
        fold_case_files(self.events(), &flagged)
    }

    /// Records a step of a wrong-case file (a new file, a new step, or an amendment of a step's latest version),
    /// once the stage machine and the step's form accept it under `readings` on `today`.
    pub fn record_case_step(
        &mut self,
        entry: CaseFileEntry,
        readings: &Readings,
        today: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        self.prepare()?;
        let files = self.case_files();
        let refused = |message: &str| AppendError::CaseFileRefused(vec![FieldError::new("", message)]);
        let file = match entry.file {
            None => None,
            Some(id) => Some(files.file(&id).ok_or_else(|| refused("找不到该卷宗，请返回卷宗列表重新打开"))?),
        };
        let placement = match (file, entry.amends) {
            (None, _) => Placement::NewFile,
            (Some(file), None) => Placement::NewStep(file),
            (Some(file), Some(version)) => {
                let step = file.version_owner(&version).ok_or_else(|| refused("所修改的步骤不属于该卷宗"))?;
                if step.latest().author.hash != version {
                    return Err(refused("该步骤已有更新的版本，请在最新版本上修改"));
                }
                Placement::Amend(file, step, &entry.reason)
            }
        };
        let errors = check_step(&files.files, placement, &entry.step, readings, today);
        if !errors.is_empty() {
            return Err(AppendError::CaseFileRefused(errors));
        }
        let entry = CaseFileEntry { reason: entry.reason.trim().to_string(), ..entry };
        self.append(EventBody::CaseFileStep(Box::new(entry)), now)
    }

    /// Every record's follow-up in the journal (法治科's own), with every version of every step.
    pub fn follow_ups(&self) -> FollowUps {
        let flagged: BTreeSet<EventHash> = self.issues.iter().filter_map(|i| i.hash).collect();
        fold_follow_ups(self.events(), &flagged)
    }

    /// Records a step of 法治科's follow-up of a record (a new step or an amendment of a step's latest version) once
    /// the follow-up's checks accept it on `today`.
    pub fn record_follow_up(
        &mut self,
        entry: FollowUpEntry,
        today: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        self.prepare()?;
        let follow_ups = self.follow_ups();
        let current = follow_ups.by_record.get(&entry.record);
        let refused = |message: &str| AppendError::CaseFileRefused(vec![FieldError::new("", message)]);
        let amending = match entry.amends {
            None => None,
            Some(version) => {
                let step = current
                    .and_then(|f| f.steps.iter().find(|s| s.versions.iter().any(|v| v.author.hash == version)))
                    .ok_or_else(|| refused("所修改的步骤不属于该记录的跟进"))?;
                if step.latest().author.hash != version {
                    return Err(refused("该步骤已有更新的版本，请在最新版本上修改"));
                }
                Some((step, entry.reason.as_str()))
            }
        };
        let errors = check_follow_up(current, amending, &entry.step, today);
        if !errors.is_empty() {
            return Err(AppendError::CaseFileRefused(errors));
        }
        let entry = FollowUpEntry { reason: entry.reason.trim().to_string(), ..entry };
        self.append(EventBody::FollowUpStep(Box::new(entry)), now)
    }

    /// Every Art. 13 finding in the journal (法治科's own), with every version.
    pub fn non_recording_findings(&self) -> Vec<FiledStep<NonRecordingFinding>> {
        let flagged: BTreeSet<EventHash> = self.issues.iter().filter_map(|i| i.hash).collect();
        fold_non_recording(self.events(), &flagged)
    }

    /// Records an Art. 13 finding (new, or an amendment of a finding's latest version) once its checks accept it.
    pub fn record_non_recording(
        &mut self,
        entry: NonRecordingEntry,
        today: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        self.prepare()?;
        if let Some(refusal) = entry.amends.and_then(|v| amendment_refusal(&self.non_recording_findings(), v)) {
            return Err(AppendError::CaseFileRefused(refusal));
        }
        let errors = check_finding(&entry.finding, entry.amends.map(|_| entry.reason.as_str()), today);
        if !errors.is_empty() {
            return Err(AppendError::CaseFileRefused(errors));
        }
        let entry = NonRecordingEntry { reason: entry.reason.trim().to_string(), ..entry };
        self.append(EventBody::NonRecordingFound(Box::new(entry)), now)
    }

    /// Every Art. 9, 12 report in the journal (法治科's own), with every version.
    pub fn retaliation_reports(&self) -> Vec<FiledStep<RetaliationReport>> {
        let flagged: BTreeSet<EventHash> = self.issues.iter().filter_map(|i| i.hash).collect();
        fold_retaliation(self.events(), &flagged)
    }

    /// Records an Art. 9, 12 report (new, or an amendment of a report's latest version) once its checks accept it.
    pub fn record_retaliation(
        &mut self,
        entry: RetaliationEntry,
        today: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        self.prepare()?;
        if let Some(refusal) = entry.amends.and_then(|v| amendment_refusal(&self.retaliation_reports(), v)) {
            return Err(AppendError::CaseFileRefused(refusal));
        }
        let errors = check_report(&entry.report, entry.amends.map(|_| entry.reason.as_str()), today);
        if !errors.is_empty() {
            return Err(AppendError::CaseFileRefused(errors));
        }
        let entry = RetaliationEntry { reason: entry.reason.trim().to_string(), ..entry };
        self.append(EventBody::RetaliationReported(Box::new(entry)), now)
    }

    /// Records an entry of 法治科's R2 oversight (a follow-up step, an Art. 13 finding or an Art. 9, 12 report).
    pub fn record_legal_entry(
        &mut self,
        entry: LegalEntry,
        today: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Result<EventHash, AppendError> {
        match entry {
            LegalEntry::FollowUp(entry) => self.record_follow_up(entry, today, now),
            LegalEntry::NonRecording(entry) => self.record_non_recording(entry, today, now),
            LegalEntry::Retaliation(entry) => self.record_retaliation(entry, today, now),
        }
    }

    /// The record must be in the journal; one written meanwhile by another tab is looked for in the whole store
    /// before refusing.
    fn require_record(&mut self, record_id: EventHash) -> Result<(), AppendError> {
        if self.fold().record(&record_id).is_none() {
            self.read_store(false)?;
        }
        match self.fold().record(&record_id) {
            Some(_) => Ok(()),
            None => Err(AppendError::UnknownRecord(record_id)),
        }
    }

    /// Before any change: an officer is set, and the view of the store is current (so that records and versions
    /// written meanwhile by other tabs are known). Reads only.
    fn prepare(&mut self) -> Result<(), AppendError> {
        if self.officer.is_empty() {
            return Err(AppendError::MissingOfficer);
        }
        Ok(self.catch_up()?)
    }

    /// Appends one event to this device's chain (one write, under its own key), after writing again any own event
    /// another tab overwrote. Call [`Journal::prepare`] first.
    fn append(&mut self, body: EventBody, now: DateTime<FixedOffset>) -> Result<EventHash, AppendError> {
        self.rewrite_lost()?;
        self.claim(&body, now).map(|e| e.hash)
    }

    /// Claims the next free position of this device's chain for the event (see the module documentation), starting
    /// from the current view of the store.
    fn claim(&mut self, body: &EventBody, device_time: DateTime<FixedOffset>) -> Result<Event, AppendError> {
        for attempt in 0..MAX_ATTEMPTS {
            if attempt > 0 {
                self.read_store(false)?;
            }
            let (seq, prev) = self.next_position();
            let (event, text) = Event::seal(&self.device, &self.officer, device_time, seq, prev, body)
                .map_err(AppendError::Encoding)?;
            let key = event_key(&self.device, seq);
            if self.store.get(&key)?.is_some() {
                continue;
            }
            self.store.set(&key, &text)?;
            if self.store.get(&key)?.as_deref() != Some(text.as_str()) {
                continue;
            }
            let links_cleanly = self.links_cleanly(seq, prev);
            self.slots.insert(key.clone(), Slot::read(text));
            self.advance_head(&event);
            self.watched.push(OwnWrite { key, event: event.clone() });
            // A new event sealed here on a readable head is valid by construction and changes no other verdict, so
            // the last verification still holds; anything else is verified again in full.
            if !links_cleanly || !self.issues.is_empty() {
                self.reverify();
            }
            return Ok(event);
        }
        Err(AppendError::Busy)
    }

    /// The next position of this device's chain and the hash to link to: the stored hash of the newest readable
    /// event (an unreadable newest slot is skipped over, and verification reports the link as uncheckable).
    fn next_position(&self) -> (u64, Option<EventHash>) {
        // This device's keys sort in chain order (the position is zero-padded): walk back from the last one.
        // The range ends at the prefix with its closing '/' raised to the next character, '0'.
        let prefix = format!("{EVENT_PREFIX}{}/", self.device);
        let upper = format!("{EVENT_PREFIX}{}0", self.device);
        let mut own =
            self.slots.range(prefix..upper).rev().filter_map(|(key, slot)| {
                parse_event_key(key).filter(|(d, _)| *d == self.device).map(|(_, s)| (s, slot))
            });
        let stored = own.next().map(|(seq, newest)| {
            let prev = std::iter::once(newest).chain(own.map(|(_, slot)| slot)).find_map(Slot::event).map(|e| e.hash);
            (seq + 1, prev)
        });
        // A chain cut short of its head continues after the head, so the missing positions stay visible as a gap.
        match (stored, self.own_head()) {
            (Some((next, _)), Some(head)) if head.seq >= next => (head.seq + 1, Some(head.hash)),
            (None, Some(head)) => (head.seq + 1, Some(head.hash)),
            (Some(position), _) => position,
            (None, None) => (1, None),
        }
    }

    /// This device's stored head, if readable.
    fn own_head(&self) -> Option<ChainHead> {
        self.heads.get(&head_key(&self.device)).and_then(|text| ChainHead::read(text).ok())
    }

    /// Records `event` as this device's head, unless the head already lies beyond it. The head is a second record of
    /// how long the chain is: a failure to write it loses nothing and is noticed at the next load.
    fn advance_head(&mut self, event: &Event) {
        if self.own_head().is_some_and(|head| head.seq >= event.seq) {
            return;
        }
        let key = head_key(&self.device);
        let text = ChainHead::of(event).to_text();
        if self.store.set(&key, &text).is_ok() {
            self.heads.insert(key, text);
        }
    }

    /// Whether position `seq - 1` of this device's chain holds exactly one readable event, with hash `prev`, and
    /// nothing is stored beyond it: then an event at `seq` linking to `prev` leaves every verdict as it was.
    fn links_cleanly(&self, seq: u64, prev: Option<EventHash>) -> bool {
        let previous_key = (seq > 1).then(|| event_key(&self.device, seq - 1));
        let head_ok = match (&previous_key, prev) {
            (None, None) => true,
            (Some(key), Some(hash)) => self.slots.get(key).and_then(Slot::event).is_some_and(|e| e.hash == hash),
            _ => false,
        };
        head_ok && !self.slots.contains_key(&event_key(&self.device, seq))
    }

    /// Writes again, on the current head, every own event another tab overwrote.
    fn rewrite_lost(&mut self) -> Result<(), AppendError> {
        while let Some(lost) = self.to_rewrite.first().cloned() {
            let rewritten = self.claim(&lost.event.body, lost.event.device_time)?;
            self.to_rewrite.remove(0);
            self.recoveries.push(Recovery {
                key: lost.key,
                lost: lost.event.hash,
                rewritten_id: rewritten.id,
                rewritten: rewritten.hash,
            });
        }
        Ok(())
    }

    /// Reads every event key from the store, notes what changed since the last read, and verifies again.
    /// Writes nothing unless `quarantine` is set, in which case corrupt data is copied to the quarantine.
    fn read_store(&mut self, quarantine: bool) -> Result<(), StoreError> {
        let mut slots = BTreeMap::new();
        let mut heads = BTreeMap::new();
        for key in self.store.keys()? {
            if key.starts_with(HEAD_PREFIX) {
                if let Some(text) = self.store.get(&key)? {
                    heads.insert(key, text);
                }
                continue;
            }
            if !key.starts_with(EVENT_PREFIX) {
                continue;
            }
            let Some(text) = self.store.get(&key)? else { continue };
            let slot = match self.slots.get(&key) {
                Some(old) if old.text == text => old.clone(),
                _ => Slot::read(text),
            };
            slots.insert(key, slot);
        }
        let overwritten = self.check_own_writes(&slots);
        self.observe_changes(&slots, &overwritten);
        self.slots = slots;
        self.heads = heads;
        if quarantine {
            self.quarantine_unreadable();
        }
        self.reverify();
        Ok(())
    }

    /// Before an append: reads back this session's most recent own writes, in case a concurrent writer landed on one
    /// (only a write inside another writer's check-to-write window is at risk), and re-reads everything if one
    /// changed or vanished. Other writers' new events need no listing here: a taken position makes the claim re-read
    /// the store, and the browser shell calls [`Journal::refresh`] on every `storage` event. A full re-read (open,
    /// refresh, [`Journal::verify`]) catches every other change. This keeps an append independent of the journal's
    /// size.
    fn catch_up(&mut self) -> Result<(), StoreError> {
        let recent_own: Vec<String> =
            self.watched.iter().rev().take(RECHECKED_OWN_WRITES).map(|own| own.key.clone()).collect();
        for key in recent_own {
            let stored = self.store.get(&key)?;
            if stored.as_deref() != self.slots.get(&key).map(|slot| slot.text.as_str()) {
                return self.read_store(false);
            }
        }
        Ok(())
    }

    /// Sorts the watched own writes: still there (watched on), overwritten by a concurrent writer (queued to be
    /// written again; their keys are returned), or otherwise gone (reported by [`Journal::observe_changes`]).
    fn check_own_writes(&mut self, slots: &BTreeMap<String, Slot>) -> BTreeSet<String> {
        let mut overwritten = BTreeSet::new();
        for own in std::mem::take(&mut self.watched) {
            match slots.get(&own.key).and_then(Slot::event) {
                Some(e) if e.hash == own.event.hash => self.watched.push(own),
                Some(e) if e.device == own.event.device && e.seq == own.event.seq && e.prev == own.event.prev => {
                    overwritten.insert(own.key.clone());
                    self.to_rewrite.push(own);
                }
                _ => {}
            }
        }
        overwritten
    }

    /// Records, for the rest of the session, slots that vanished or changed since the last read (except own
    /// events overwritten by a concurrent writer, which are written again instead).
    fn observe_changes(&mut self, slots: &BTreeMap<String, Slot>, overwritten: &BTreeSet<String>) {
        for (key, old) in &self.slots {
            let old_hash = old.event().map(|e| e.hash);
            let kind = match slots.get(key) {
                None => IssueKind::Vanished { last_hash: old_hash },
                Some(new) if new.text != old.text && !overwritten.contains(key) => {
                    IssueKind::Replaced { previous: old_hash }
                }
                Some(_) => continue,
            };
            let issue = Issue { key: key.clone(), event_id: old.event().map(|e| e.id.clone()), hash: old_hash, kind };
            if !self.session_issues.contains(&issue) {
                self.session_issues.push(issue);
            }
        }
    }

    /// Copies every unreadable slot, byte for byte, under the quarantine prefix (once per distinct content).
    fn quarantine_unreadable(&mut self) {
        for (key, slot) in &self.slots {
            if !matches!(slot.content, SlotContent::Unreadable(_)) {
                continue;
            }
            let target = quarantine_key(key, &slot.text);
            if matches!(self.quarantine.get(&target), Some(Quarantine::CopiedTo(_))) {
                continue;
            }
            let outcome = match self.store.get(&target) {
                Ok(Some(existing)) if existing == slot.text => Quarantine::CopiedTo(target.clone()),
                Ok(_) => match self.store.set(&target, &slot.text) {
                    Ok(()) => Quarantine::CopiedTo(target.clone()),
                    Err(e) => Quarantine::Failed(e),
                },
                Err(e) => Quarantine::Failed(e),
            };
            self.quarantine.insert(target, outcome);
        }
    }

    /// Verifies every slot and chain again, and adds what was observed during the session.
    fn reverify(&mut self) {
        let contents: Vec<(&str, SlotView)> = self.slots.iter().map(|(k, s)| (k.as_str(), s.content.view())).collect();
        let mut issues = verify(&contents);
        for issue in &mut issues {
            if let IssueKind::Unreadable { quarantine, .. } = &mut issue.kind
                && let Some(slot) = self.slots.get(&issue.key)
            {
                let target = quarantine_key(&issue.key, &slot.text);
                *quarantine = self.quarantine.get(&target).cloned().unwrap_or(Quarantine::Pending);
            }
        }
        let mut positions: BTreeMap<DeviceId, BTreeSet<u64>> = BTreeMap::new();
        for key in self.slots.keys() {
            if let Some((device, seq)) = parse_event_key(key) {
                positions.entry(device).or_default().insert(seq);
            }
        }
        issues.extend(check_heads(&self.heads, &positions, &self.events()));
        issues.extend(self.session_issues.iter().cloned());
        issues.sort_by(|a, b| a.key.cmp(&b.key));
        self.issues = issues;
    }
}
