//! The officer's journal in the UI: the journal in its durable database ([`OpenJournal`]), a revision signal that
//! re-folds it, and a broadcast channel that tells other tabs to re-read after each saved change.
//!
//! A change is reported saved only once its IndexedDB transaction is complete (strict durability): every write
//! method here resolves after [`OpenJournal::commit`]. One change runs at a time in a tab; another tab's change that
//! took the same chain position fails its transaction, and the change is made again on the new head.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use super::state::AppState;
use crate::bundle::{DeviceKey, Export, RecordedExport, export_and_record};
use crate::case_file::{CaseFileEntry, CaseFiles, FiledStep};
use crate::follow_up::{FollowUps, LegalEntry, NonRecordingFinding, RetaliationReport};
use crate::i18n::strings;
use crate::journal::{
    AppendError, ChainSummary, DeviceId, Event, EventBody, EventHash, ExportScope, Folded, Issue, Journal, Month,
    StagedStore, StoreError,
};
use crate::record::{InterferenceRecord, Recipient};
use crate::rules::Readings;
use crate::web::clock::now;
use crate::web::indexed_db::IdbError;
use crate::web::journal_db::{JournalDb, OpenJournal, store_error};
use crate::web::journal_move::last_migration_file;
use crate::web::storage_manager::{StorageFigures, estimate, request_persistence};

/// How many times a change is made again after other tabs took its chain position.
const ATTEMPTS: usize = 3;

/// Where opening the journal stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalStatus {
    /// Still reading and verifying (nothing may be shown as verified yet).
    Opening,
    /// Open and verified.
    Ready,
    /// It could not be opened, with why, in Chinese.
    Failed(String),
}

/// 法治科's own journal (its wrong-case files), as a context apart from the officer's journal.
#[derive(Clone, Copy)]
pub struct LegalJournal(pub JournalState);

impl LegalJournal {
    /// 法治科's journal from the context, opened (once) for the person using this browser.
    pub fn opened() -> JournalState {
        let legal = expect_context::<LegalJournal>().0;
        let state = expect_context::<AppState>();
        legal.ensure_open(
            &state.profile.with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default()),
        );
        legal
    }
}

/// Shared handle to the journal; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct JournalState {
    which: JournalDb,
    started: StoredValue<bool>,
    open: StoredValue<Option<OpenJournal>, LocalStorage>,
    busy: StoredValue<bool>,
    reload_wanted: StoredValue<bool>,
    channel: StoredValue<Option<web_sys::BroadcastChannel>, LocalStorage>,
    revision: RwSignal<u64>,
    /// Where opening stands.
    pub status: RwSignal<JournalStatus>,
    /// What the user must be told about the opening (a migration, a replaced device id), in Chinese; shown at the
    /// top of every page for the rest of the session.
    pub notices: RwSignal<Vec<String>>,
    /// Everything folded from the journal, recomputed after each change.
    pub folded: Memo<Folded>,
    /// The browser's estimate of this site's storage use, refreshed after each change.
    pub storage: RwSignal<Option<StorageFigures>>,
}

impl JournalState {
    /// Starts opening this device's journal `which` (migrating, creating the device id on first use, verifying
    /// every chain) and listening for other tabs' changes.
    pub fn open(which: JournalDb, officer: &str) -> Self {
        let state = Self::closed(which);
        state.ensure_open(officer);
        state
    }

    /// A handle to the journal `which` that reads nothing until [`JournalState::ensure_open`] (法治科's journal
    /// is opened only when one of its pages is shown). Its status is `Opening` until then.
    pub fn closed(which: JournalDb) -> Self {
        let open = StoredValue::new_local(None::<OpenJournal>);
        let revision = RwSignal::new(0u64);
        let folded = Memo::new(move |_| {
            revision.track();
            open.with_value(|o| o.as_ref().map(|o| o.journal.fold()).unwrap_or_default())
        });
        JournalState {
            which,
            started: StoredValue::new(false),
            open,
            busy: StoredValue::new(false),
            reload_wanted: StoredValue::new(false),
            // The channel on which a tab announces a saved change, one per database.
            channel: StoredValue::new_local(web_sys::BroadcastChannel::new(which.name()).ok()),
            revision,
            status: RwSignal::new(JournalStatus::Opening),
            notices: RwSignal::new(Vec::new()),
            folded,
            storage: RwSignal::new(None),
        }
    }

    /// Opens the journal for `officer` unless that has already begun.
    pub fn ensure_open(&self, officer: &str) {
        if self.started.try_get_value().unwrap_or(true) {
            return;
        }
        self.started.set_value(true);
        let state = *self;
        let officer = officer.to_string();
        // The page may be gone (unmounted) by the time the database answers: every update below is a `try_`.
        spawn_local(async move {
            match OpenJournal::open(state.which, &officer).await {
                Ok(opened) => {
                    if state.open.try_update_value(|o| *o = Some(opened.open)).is_none() {
                        return;
                    }
                    let mut notices = opened.notices;
                    // A laptop whose journal was moved says so at every start (further records here would fork).
                    if state.which == JournalDb::Officer {
                        notices.extend(last_migration_file().map(|made| (strings().transfer.moved_away_notice)(&made)));
                    }
                    state.notices.try_set(notices);
                    state.status.try_set(JournalStatus::Ready);
                    state.revision.try_update(|r| *r += 1);
                    state.listen_to_other_tabs();
                }
                Err(error) => {
                    state.status.try_set(JournalStatus::Failed((strings().common.journal_open_failed)(&error)));
                }
            }
            // Ask the browser not to evict the journal under storage pressure (Chromium decides without a prompt).
            request_persistence().await;
            state.storage.try_set(estimate().await);
        });
    }

    /// Resolves once opening has ended (opened or failed).
    pub async fn opened(&self) {
        while self.status.try_with_untracked(|s| *s == JournalStatus::Opening).unwrap_or(false) {
            pause_briefly().await;
        }
    }

    /// Whether the journal is open and verified.
    pub fn ready(&self) -> bool {
        self.status.with(|s| *s == JournalStatus::Ready)
    }

    /// The verification issues of the last load, refresh or check (empty: every chain verifies).
    pub fn issues(&self) -> Vec<Issue> {
        self.read(|j| j.issues().to_vec()).unwrap_or_default()
    }

    /// Every entry of the journal's database as last read (events, heads, quarantine, device id), in key order.
    pub fn stored_entries(&self) -> Option<Vec<(String, String)>> {
        self.revision.track();
        self.open.with_value(|o| o.as_ref().map(OpenJournal::entries))
    }

    /// This device's chain at a glance: length, last write, last export.
    pub fn summary(&self) -> Option<ChainSummary> {
        self.read(Journal::summary)
    }

    /// This device's id.
    pub fn device(&self) -> Option<DeviceId> {
        self.read(|j| j.device().clone())
    }

    /// Sets the officer whose name goes on new events.
    pub fn set_officer(&self, officer: &str) {
        self.open.update_value(|o| {
            if let Some(o) = o {
                o.journal.set_officer(officer);
            }
        });
    }

    /// Verifies every chain again from the database; returns how many issues were found.
    pub async fn verify(&self) -> Result<usize, AppendError> {
        let mut open = self.take()?;
        let reloaded = open.reload().await;
        let count = open.journal.issues().len();
        self.put_back(open);
        reloaded.map(|()| count).map_err(|e| AppendError::Store(store_error(&e)))
    }

    /// Saves a new record; returns its id once it is on disk.
    pub async fn create(&self, record: InterferenceRecord) -> Result<EventHash, AppendError> {
        self.write(move |j| j.create_record(record.clone(), now())).await
    }

    /// Saves a new version of a record, replacing `amends`, for `reason`.
    pub async fn amend(
        &self,
        record_id: EventHash,
        amends: Vec<EventHash>,
        reason: String,
        record: InterferenceRecord,
    ) -> Result<EventHash, AppendError> {
        self.write(move |j| j.amend_record(record_id, amends.clone(), &reason, record.clone(), now())).await
    }

    /// Adds a note to a record.
    pub async fn add_note(&self, record_id: EventHash, text: String) -> Result<EventHash, AppendError> {
        self.write(move |j| j.add_note(record_id, &text, now())).await
    }

    /// Files the 月度零报告 for `month` (refused for a future month, a month with this officer's records, or twice).
    pub async fn attest_month(&self, month: Month) -> Result<EventHash, AppendError> {
        let today = crate::web::clock::local_now().date();
        self.write(move |j| j.attest_month(month, today, now())).await
    }

    /// Records a report of the record to `recipient` on `date`.
    pub async fn mark_reported(
        &self,
        record_id: EventHash,
        recipient: Recipient,
        date: NaiveDate,
    ) -> Result<EventHash, AppendError> {
        self.write(move |j| j.mark_reported(record_id, recipient, date, now())).await
    }

    /// Exports the journal as a bundle signed with `key` (everything, or what is new since the last export), then
    /// records the export in the journal. Getting the data out never depends on free space: if the export cannot
    /// be recorded (storage full), the file is still handed out with a warning saying what that means. Errors and
    /// warnings in Chinese.
    pub async fn export_bundle(&self, key: &DeviceKey, scope: ExportScope) -> Result<(Export, Option<String>), String> {
        let text = &strings().common;
        let mut open = self.take().map_err(|e| e.to_string())?;
        if let Err(error) = open.reload().await {
            self.put_back(open);
            return Err(error.to_string());
        }
        let RecordedExport { bundle, recorded } = match export_and_record(&mut open.journal, key, scope, now()) {
            Ok(outcome) => outcome,
            Err(error) => {
                self.put_back(open);
                return Err(error.to_string());
            }
        };
        let recorded = match recorded {
            Ok(_) => open.commit().await.map_err(|e| AppendError::Store(store_error(&e))),
            Err(error) => Err(error),
        };
        let warning = match recorded {
            Ok(()) => None,
            Err(error) => {
                open.reopen().await.ok();
                Some((text.export_not_recorded)(&error))
            }
        };
        self.put_back(open);
        if warning.is_none() {
            self.announce();
        }
        Ok((bundle, warning))
    }

    /// Every wrong-case file in the journal (法治科's own), re-read after each change.
    pub fn case_files(&self) -> CaseFiles {
        self.read(Journal::case_files).unwrap_or_default()
    }

    /// Records a step of a wrong-case file once the stage machine accepts it under `readings`; returns its event
    /// hash once it is on disk.
    pub async fn record_case_step(&self, entry: CaseFileEntry, readings: Readings) -> Result<EventHash, AppendError> {
        let today = crate::web::clock::local_now().date();
        self.write(move |j| j.record_case_step(entry.clone(), &readings, today, now())).await
    }

    /// Every record's follow-up in the journal (法治科's own), re-read after each change.
    pub fn follow_ups(&self) -> FollowUps {
        self.read(Journal::follow_ups).unwrap_or_default()
    }

    /// Every Art. 13 finding in the journal (法治科's own), re-read after each change.
    pub fn non_recording_findings(&self) -> Vec<FiledStep<NonRecordingFinding>> {
        self.read(Journal::non_recording_findings).unwrap_or_default()
    }

    /// Every Art. 9, 12 report in the journal (法治科's own), re-read after each change.
    pub fn retaliation_reports(&self) -> Vec<FiledStep<RetaliationReport>> {
        self.read(Journal::retaliation_reports).unwrap_or_default()
    }

    /// Records an entry of 法治科's R2 oversight (a follow-up step, an Art. 13 finding, an Art. 9, 12 report) once
    /// its checks accept it; returns its event hash once it is on disk.
    pub async fn record_legal_entry(&self, entry: LegalEntry) -> Result<EventHash, AppendError> {
        let today = crate::web::clock::local_now().date();
        self.write(move |j| j.record_legal_entry(entry.clone(), today, now())).await
    }

    /// The exports recorded in the journal (`BundleExported` events), newest first by position.
    pub fn export_events(&self) -> Vec<Event> {
        let mut exports: Vec<Event> = self
            .read(|j| {
                j.events().into_iter().filter(|e| matches!(e.body, EventBody::BundleExported { .. })).cloned().collect()
            })
            .unwrap_or_default();
        exports.sort_by(|a, b| (b.seq, &b.device).cmp(&(a.seq, &a.device)));
        exports
    }

    /// Reads the open journal (tracking the revision).
    fn read<T>(&self, read: impl FnOnce(&Journal<StagedStore>) -> T) -> Option<T> {
        self.revision.track();
        self.open.with_value(|o| o.as_ref().map(|o| read(&o.journal)))
    }

    /// Takes the journal out for an asynchronous change; one change at a time.
    fn take(&self) -> Result<OpenJournal, AppendError> {
        let text = &strings().common;
        if self.busy.try_get_value().unwrap_or(true) {
            return Err(AppendError::Store(StoreError::Unavailable(text.journal_busy.into())));
        }
        let open = match self.open.try_update_value(Option::take).flatten() {
            Some(open) => open,
            None if self.status.get_untracked() == JournalStatus::Opening => {
                return Err(AppendError::Store(StoreError::Unavailable(text.journal_opening.into())));
            }
            None => return Err(AppendError::Store(StoreError::Unavailable(text.journal_not_open.into()))),
        };
        self.busy.try_update_value(|b| *b = true);
        Ok(open)
    }

    /// Puts the journal back after a change, re-folds, and re-reads if another tab wrote meanwhile.
    fn put_back(&self, open: OpenJournal) {
        if self.open.try_update_value(|o| *o = Some(open)).is_none() {
            return;
        }
        self.busy.try_update_value(|b| *b = false);
        self.revision.try_update(|r| *r += 1);
        let state = *self;
        spawn_local(async move {
            state.storage.try_set(estimate().await);
        });
        if self.reload_wanted.try_update_value(std::mem::take).unwrap_or(false) {
            self.reload_from_other_tab();
        }
    }

    /// Makes a change and commits it durably; made again on the new head if another tab took its position.
    async fn write<T>(
        &self,
        change: impl Fn(&mut Journal<StagedStore>) -> Result<T, AppendError>,
    ) -> Result<T, AppendError> {
        let mut open = self.take()?;
        let mut attempt = 0;
        let result = loop {
            attempt += 1;
            let changed = change(&mut open.journal);
            match open.commit().await {
                Ok(()) => break changed,
                Err(IdbError::AlreadyStored(_)) if attempt < ATTEMPTS && changed.is_ok() => {
                    open.reopen().await.ok();
                }
                Err(error) => {
                    open.reopen().await.ok();
                    break Err(AppendError::Store(store_error(&error)));
                }
            }
        };
        self.put_back(open);
        if result.is_ok() {
            self.announce();
        }
        result
    }

    /// Tells other tabs that the journal changed.
    fn announce(&self) {
        self.channel.with_value(|c| {
            if let Some(channel) = c {
                channel.post_message(&"changed".into()).ok();
            }
        });
    }

    /// Re-reads the database when another tab announces a change.
    fn listen_to_other_tabs(self) {
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |_| self.reload_from_other_tab());
        self.channel.with_value(|c| {
            if let Some(channel) = c {
                channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            }
        });
        on_message.forget();
    }

    /// Re-reads the database now, or after the change in progress.
    fn reload_from_other_tab(self) {
        if self.busy.try_get_value().unwrap_or(true) {
            self.reload_wanted.try_update_value(|w| *w = true);
            return;
        }
        spawn_local(async move {
            if let Ok(mut open) = self.take() {
                open.reload().await.ok();
                self.put_back(open);
            }
        });
    }
}

/// Waits about 20 ms (a timer), letting the browser and the database get on.
async fn pause_briefly() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).ok();
        }
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.ok();
}
