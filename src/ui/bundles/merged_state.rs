//! 法治科's merged store in the UI. It is loaded from IndexedDB when a legal-section page first needs it, and
//! changes only by committing a plan: the plan's batch is written in ONE transaction, and only once that transaction
//! is complete is the plan applied to the store in memory. A failed write changes nothing, here or on disk.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::bundle::{ImportPlan, MergedStore};
use crate::i18n::strings;
use crate::web::indexed_db::{IdbError, IdbStore, MERGED_DB_NAME};
use crate::web::storage_manager::{StorageFigures, estimate, request_persistence};

/// Where loading the merged store stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadState {
    /// Not asked for yet.
    Idle,
    /// Reading IndexedDB.
    Loading,
    /// In memory and current.
    Ready,
    /// Could not be read; the message says why, in Chinese.
    Failed(String),
}

/// Shared handle to the merged store; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct MergedState {
    store: StoredValue<MergedStore, LocalStorage>,
    db: StoredValue<Option<Rc<IdbStore>>, LocalStorage>,
    changes: RwSignal<u64>,
    /// Whether the store is loaded.
    pub load: RwSignal<LoadState>,
    /// Whether the browser keeps this site's data persistently (`None`: not known).
    pub persisted: RwSignal<Option<bool>>,
    /// Whether the person has acknowledged the notice that the data is not kept persistently (for this session).
    pub persistence_notice_dismissed: RwSignal<bool>,
    /// The browser's estimate of the site's storage use.
    pub storage: RwSignal<Option<StorageFigures>>,
    /// Whether a batch is being written (one at a time).
    pub writing: RwSignal<bool>,
}

impl MergedState {
    /// A handle; nothing is read until [`MergedState::ensure_loaded`].
    pub fn new() -> Self {
        MergedState {
            store: StoredValue::new_local(MergedStore::new()),
            db: StoredValue::new_local(None),
            changes: RwSignal::new(0),
            load: RwSignal::new(LoadState::Idle),
            persisted: RwSignal::new(None),
            persistence_notice_dismissed: RwSignal::new(false),
            storage: RwSignal::new(None),
            writing: RwSignal::new(false),
        }
    }

    /// Starts loading the store from IndexedDB the first time a page needs it, and asks the browser once for
    /// persistent storage.
    pub fn ensure_loaded(&self) {
        if self.load.get_untracked() != LoadState::Idle {
            return;
        }
        self.load.set(LoadState::Loading);
        let state = *self;
        spawn_local(async move {
            state.reload().await;
            state.persisted.set(request_persistence().await);
            state.storage.set(estimate().await);
        });
    }

    /// Reads the store from IndexedDB again (after a failed write: another tab may have written).
    async fn reload(&self) {
        let db = match self.db.get_value() {
            Some(db) => Ok(db),
            None => IdbStore::open(MERGED_DB_NAME).await.map(Rc::new),
        };
        let loaded = match db {
            Ok(db) => {
                self.db.set_value(Some(db.clone()));
                db.load_all().await
            }
            Err(error) => Err(error),
        };
        match loaded {
            Ok(pairs) => {
                self.store.set_value(MergedStore::load(pairs));
                self.load.set(LoadState::Ready);
                self.changes.update(|n| *n += 1);
            }
            Err(error) => self.load.set(LoadState::Failed((strings().bundles.store.load_failed)(&error))),
        }
    }

    /// Reads the store (tracked: a memo or view calling this recomputes after every change).
    pub fn with<T>(&self, read: impl FnOnce(&MergedStore) -> T) -> T {
        self.changes.track();
        self.store.with_value(read)
    }

    /// Reads the store without tracking.
    pub fn with_untracked<T>(&self, read: impl FnOnce(&MergedStore) -> T) -> T {
        self.store.with_value(read)
    }

    /// The store's revision, to prepare a plan against (see [`MergedState::commit`]).
    pub fn revision(&self) -> u64 {
        self.store.with_value(MergedStore::revision)
    }

    /// Writes a plan prepared against `prepared_at` (the [`MergedState::revision`] it was prepared at) in one
    /// transaction, then applies it. Refused, writing nothing, if the store changed since, or while another batch is
    /// being written. After a failed write the store is read again from IndexedDB. Errors in Chinese.
    pub async fn commit(&self, plan: &ImportPlan, prepared_at: u64) -> Result<(), String> {
        let text = &strings().bundles.store;
        if self.load.get_untracked() != LoadState::Ready {
            return Err(text.not_loaded.into());
        }
        if self.writing.get_untracked() {
            return Err(text.busy.into());
        }
        if self.revision() != prepared_at {
            return Err(text.changed.into());
        }
        if plan.is_empty() {
            return Ok(());
        }
        let Some(db) = self.db.get_value() else {
            return Err(text.not_open.into());
        };
        self.writing.set(true);
        let written = db.write_batch(plan.writes()).await;
        let outcome = match written {
            Ok(()) => match self.store.try_update_value(|store| store.apply(plan)) {
                Some(Ok(())) => {
                    self.changes.update(|n| *n += 1);
                    Ok(())
                }
                // Cannot happen (one write at a time, revision checked): stay consistent with storage anyway.
                _ => {
                    self.reload().await;
                    Ok(())
                }
            },
            Err(error) => {
                if matches!(error, IdbError::AlreadyStored(_)) {
                    self.reload().await;
                }
                Err(error.to_string())
            }
        };
        self.writing.set(false);
        self.storage.set(estimate().await);
        outcome
    }
}

impl Default for MergedState {
    fn default() -> Self {
        Self::new()
    }
}
