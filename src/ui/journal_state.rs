//! The officer's journal in the UI: one [`Journal`] over localStorage, a revision signal that re-folds it, and
//! the `storage` event that picks up other tabs' writes.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::bundle::{DeviceKey, Export, ExportRequest, export};
use crate::i18n::strings;
use crate::journal::{
    AppendError, DeviceId, Event, EventBody, EventHash, ExportScope, Folded, Issue, Journal, StoreError, Usage,
    load_or_create_device_id,
};
use crate::record::{InterferenceRecord, Recipient};
use crate::web::clock::now;
use crate::web::local_store::LocalStore;
use crate::web::random::random_bytes;

/// Shared handle to the journal; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct JournalState {
    journal: StoredValue<Option<Journal<LocalStore>>, LocalStorage>,
    revision: RwSignal<u64>,
    /// Why the journal could not be opened, if it could not.
    pub open_error: RwSignal<Option<String>>,
    /// Everything folded from the journal, recomputed after each change.
    pub folded: Memo<Folded>,
}

impl JournalState {
    /// Opens this device's journal (creating the device id on first use, verifying every chain) and starts
    /// listening for other tabs' writes.
    pub fn open(officer: &str) -> Self {
        let opened = LocalStore::open().and_then(|store| {
            let device = load_or_create_device_id(&store, random_bytes::<8>().unwrap_or_default())?;
            Journal::open(store, device, officer)
        });
        let (journal, open_error) = match opened {
            Ok(journal) => (Some(journal), None),
            Err(error) => (None, Some((strings().common.journal_open_failed)(&error))),
        };
        let journal = StoredValue::new_local(journal);
        let revision = RwSignal::new(0u64);
        let folded = Memo::new(move |_| {
            revision.track();
            journal.with_value(|j| j.as_ref().map(Journal::fold).unwrap_or_default())
        });
        let state = JournalState { journal, revision, open_error: RwSignal::new(open_error), folded };
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().is_none_or(|key| key.starts_with(crate::journal::keys::NAMESPACE)) {
                state.refresh();
            }
        });
        state
    }

    /// The verification issues of the last load, refresh or check (empty: every chain verifies).
    pub fn issues(&self) -> Vec<Issue> {
        self.revision.track();
        self.journal.with_value(|j| j.as_ref().map(|j| j.issues().to_vec()).unwrap_or_default())
    }

    /// How much of the storage quota the app uses.
    pub fn usage(&self) -> Option<Usage> {
        self.revision.track();
        self.journal.with_value(|j| j.as_ref().and_then(|j| j.usage().ok()))
    }

    /// This device's id.
    pub fn device(&self) -> Option<DeviceId> {
        self.journal.with_value(|j| j.as_ref().map(|j| j.device().clone()))
    }

    /// Sets the officer whose name goes on new events.
    pub fn set_officer(&self, officer: &str) {
        self.journal.update_value(|j| {
            if let Some(j) = j {
                j.set_officer(officer);
            }
        });
    }

    /// Re-reads the store (another tab wrote) and re-folds.
    pub fn refresh(&self) {
        self.write(Journal::refresh).ok();
    }

    /// Verifies every chain again from storage; returns how many issues were found.
    pub fn verify(&self) -> Result<usize, AppendError> {
        self.write(|j| j.verify().map(<[Issue]>::len))
    }

    /// Saves a new record; returns its id.
    pub fn create(&self, record: InterferenceRecord) -> Result<EventHash, AppendError> {
        self.write(|j| j.create_record(record, now()))
    }

    /// Saves a new version of a record, replacing `amends`, for `reason`.
    pub fn amend(
        &self,
        record_id: EventHash,
        amends: Vec<EventHash>,
        reason: &str,
        record: InterferenceRecord,
    ) -> Result<EventHash, AppendError> {
        self.write(|j| j.amend_record(record_id, amends, reason, record, now()))
    }

    /// Adds a note to a record.
    pub fn add_note(&self, record_id: EventHash, text: &str) -> Result<EventHash, AppendError> {
        self.write(|j| j.add_note(record_id, text, now()))
    }

    /// Records a report of the record to `recipient` on `date`.
    pub fn mark_reported(
        &self,
        record_id: EventHash,
        recipient: Recipient,
        date: NaiveDate,
    ) -> Result<EventHash, AppendError> {
        self.write(|j| j.mark_reported(record_id, recipient, date, now()))
    }

    /// Exports the journal as a bundle signed with `key` (everything, or what is new since the last export) and
    /// records the export in the journal. The bundle is returned only once that record is stored: an export left
    /// unrecorded would later look to 法治科 like a shortened chain. Errors in Chinese.
    pub fn export_bundle(&self, key: &DeviceKey, scope: ExportScope) -> Result<Export, String> {
        let text = &strings().common;
        let result = self
            .journal
            .try_update_value(|j| {
                let journal = j.as_mut().ok_or_else(|| text.journal_not_open.to_string())?;
                journal.refresh().map_err(|e| e.to_string())?;
                let now = now();
                let bundle = {
                    let stored = journal.stored_events();
                    let request =
                        ExportRequest { device: journal.device(), officer: journal.officer(), key, scope, now };
                    export(&stored, &request).map_err(|e| e.to_string())?
                };
                journal
                    .record_export(bundle.digest, scope, bundle.chains.clone(), now)
                    .map_err(|e| (text.export_not_recorded)(&e))?;
                Ok(bundle)
            })
            .unwrap_or_else(|| Err(text.journal_closed.to_string()));
        self.revision.update(|r| *r += 1);
        result
    }

    /// The exports recorded in the journal (`BundleExported` events), newest first by position.
    pub fn export_events(&self) -> Vec<Event> {
        self.revision.track();
        let mut exports: Vec<Event> = self.journal.with_value(|j| {
            j.as_ref()
                .map(|j| {
                    j.events()
                        .into_iter()
                        .filter(|e| matches!(e.body, EventBody::BundleExported { .. }))
                        .cloned()
                        .collect()
                })
                .unwrap_or_default()
        });
        exports.sort_by(|a, b| (b.seq, &b.device).cmp(&(a.seq, &a.device)));
        exports
    }

    /// Runs a change on the journal, then re-folds (also after a failure: the store may have been re-read).
    fn write<T>(
        &self,
        change: impl FnOnce(&mut Journal<LocalStore>) -> Result<T, AppendError>,
    ) -> Result<T, AppendError> {
        let text = &strings().common;
        let result = self
            .journal
            .try_update_value(|j| match j {
                Some(journal) => change(journal),
                None => Err(AppendError::Store(StoreError::Unavailable(text.journal_not_open.into()))),
            })
            .unwrap_or_else(|| Err(AppendError::Store(StoreError::Unavailable(text.journal_closed.into()))));
        self.revision.update(|r| *r += 1);
        result
    }
}
