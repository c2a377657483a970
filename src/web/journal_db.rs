//! The officer's journal in the browser: the [`Journal`] over a [`StagedStore`] copy of the IndexedDB database
//! [`JOURNAL_DB_NAME`], each change committed in one strict-durability transaction.
//!
//! Opening migrates a journal left in localStorage by earlier versions (see `crate::journal::local_migration`),
//! reads the device id (kept in the same database, so it is as durable as the chain it names), and verifies every
//! chain. A change is saved only when [`OpenJournal::commit`] returns: the transaction's `complete` event has fired.

use std::collections::BTreeMap;

use super::clock::now;
use super::indexed_db::{IdbError, IdbStore};
use super::local_store::LocalStore;
use super::random::random_bytes;
use crate::journal::local_migration::{MIGRATED_KEY, check_migration, mark_text, plan_migration};
use crate::journal::{Batch, Journal, KeyValueStore, StagedStore, StoreError, load_or_create_device_id};

/// The officer journal's database.
pub const JOURNAL_DB_NAME: &str = crate::transfer::JOURNAL_STORE;
/// 法治科's own journal's database (its wrong-case files), apart from the officer's: each has its own device id.
pub const LEGAL_JOURNAL_DB_NAME: &str = crate::transfer::LEGAL_JOURNAL_STORE;

/// Which journal of this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JournalDb {
    /// The officer's journal of interference records.
    Officer,
    /// 法治科's own journal of wrong-case files.
    Legal,
}

impl JournalDb {
    /// The IndexedDB database it lives in.
    pub fn name(self) -> &'static str {
        match self {
            JournalDb::Officer => JOURNAL_DB_NAME,
            JournalDb::Legal => LEGAL_JOURNAL_DB_NAME,
        }
    }
}

/// The journal, its in-memory copy and its database.
#[derive(Debug)]
pub struct OpenJournal {
    /// The journal over the copy.
    pub journal: Journal<StagedStore>,
    store: StagedStore,
    db: IdbStore,
}

/// The journal as opened, with what the user must be told about the opening (migration, a replaced device id).
#[derive(Debug)]
pub struct Opened {
    /// The open journal.
    pub open: OpenJournal,
    /// Messages in Chinese for the user, each naming what was kept and what to do.
    pub notices: Vec<String>,
}

/// The store error an IndexedDB failure amounts to.
pub fn store_error(error: &IdbError) -> StoreError {
    match error {
        IdbError::QuotaExceeded => StoreError::QuotaExceeded,
        other => StoreError::Unavailable(other.to_string()),
    }
}

/// Every localStorage pair, or nothing if localStorage cannot be read.
fn local_entries() -> Vec<(String, String)> {
    let Ok(store) = LocalStore::open() else { return Vec::new() };
    let Ok(keys) = store.keys() else { return Vec::new() };
    keys.into_iter().filter_map(|k| store.get(&k).ok().flatten().map(|v| (k, v))).collect()
}

/// Copies whatever localStorage journal entries the database lacks, verifies the copy and marks it. Returns what
/// the user must be told.
async fn migrate_local_storage(db: &IdbStore) -> Result<Vec<String>, IdbError> {
    let local = local_entries();
    let stored: BTreeMap<String, String> = db.load_all().await?.into_iter().collect();
    let plan = plan_migration(&local, &stored);
    let mut notices = Vec::new();
    if !plan.conflicts.is_empty() {
        notices.push(format!(
            "浏览器本地存储中有 {} 项旧版本记录与数据库中的内容不同，两份都已原样保留，未作任何覆盖。请导出全部记录交法治科核对。",
            plan.conflicts.len()
        ));
    }
    if plan.batch.is_empty() {
        return Ok(notices);
    }
    db.commit(&plan.batch).await?;
    let after: BTreeMap<String, String> = db.load_all().await?.into_iter().collect();
    match check_migration(&local, &after, &plan, now()) {
        Ok(mark) => {
            let put = vec![(MIGRATED_KEY.to_string(), mark_text(&mark))];
            db.commit(&Batch { add: Vec::new(), put }).await?;
            if mark.events > 0 {
                notices.push(format!(
                    "已将旧版本保存在浏览器本地存储中的 {} 条日志事件迁移到更可靠的浏览器数据库，并已校验无误；原数据仍保留在本地存储中。",
                    mark.events
                ));
            }
        }
        Err(error) => notices.push(error.describe()),
    }
    Ok(notices)
}

impl OpenJournal {
    /// Opens the journal `which` for `officer`: migrates (the officer's journal only: earlier versions kept it in
    /// localStorage), loads, reads or creates the device id, verifies.
    pub async fn open(which: JournalDb, officer: &str) -> Result<Opened, IdbError> {
        let db = IdbStore::open(which.name()).await?;
        let mut notices = match which {
            JournalDb::Officer => migrate_local_storage(&db).await?,
            JournalDb::Legal => Vec::new(),
        };
        let store = StagedStore::loaded(db.load_all().await?);
        let loaded = load_or_create_device_id(&store, random_bytes::<8>().unwrap_or_default())
            .map_err(|e| IdbError::Failed(e.to_string()))?;
        if loaded.replaced.is_some() {
            notices.push(format!(
                "本机保存的设备编号无法读取，原内容已原样保留在本机日志的隔离区中，可供法治科或技术人员核查；\
                 本机已改用新的设备编号 {}，此后的记录写入新的事件链，此前的记录不受影响。请告知法治科。",
                loaded.id
            ));
        }
        let journal = Journal::open(store.clone(), loaded.id, officer).map_err(|e| IdbError::Failed(e.to_string()))?;
        let open = OpenJournal { journal, store, db };
        open.commit().await?;
        Ok(Opened { open, notices })
    }

    /// Commits what the journal wrote since the last commit, in one durable transaction. On failure nothing of it is
    /// stored, and the journal is opened again from the database so that it shows only what is stored.
    pub async fn commit(&self) -> Result<(), IdbError> {
        let batch = self.store.take_batch();
        self.db.commit(&batch).await
    }

    /// Every stored entry as last read or committed, in key order.
    pub fn entries(&self) -> Vec<(String, String)> {
        self.store.entries()
    }

    /// Reads the database again into the copy and re-reads the journal (another tab wrote, or after a failed
    /// commit). Changes seen in stored events are reported by the journal as usual.
    pub async fn reload(&mut self) -> Result<(), IdbError> {
        let entries = self.db.load_all().await?;
        self.store.reload(entries);
        self.journal.refresh().map_err(|e| IdbError::Failed(e.to_string()))?;
        self.commit().await
    }

    /// After a failed commit: the copy is replaced by what is stored and the journal opened on it afresh, so that the
    /// change that failed leaves no trace in memory.
    pub async fn reopen(&mut self) -> Result<(), IdbError> {
        let entries = self.db.load_all().await?;
        self.store.reload(entries);
        let device = self.journal.device().clone();
        let officer = self.journal.officer().to_string();
        self.journal =
            Journal::open(self.store.clone(), device, officer).map_err(|e| IdbError::Failed(e.to_string()))?;
        self.commit().await
    }
}
