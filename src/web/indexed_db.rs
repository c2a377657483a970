//! IndexedDB in the browser: a database holding one object store of string keys and string values. Two databases use
//! it: 法治科's merged store ([`MERGED_DB_NAME`], the layout of `crate::bundle::store_keys`) and the officer's journal
//! (`crate::web::journal_db`, the layout of `crate::journal::keys`). Unlike localStorage, whose writes Chromium
//! commits to disk up to a minute later, a transaction asked for strict durability is on disk at `complete`.
//!
//! Each import's batch is written in ONE read-write transaction, which IndexedDB commits as a whole or not at all; the
//! write resolves only on the transaction's `complete` event. Entries are only ever added (`add`, never `put`): a key
//! already stored — e.g. written meanwhile by another tab — fails the whole batch instead of overwriting anything.

use std::collections::BTreeMap;
use std::fmt;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{DomException, IdbDatabase, IdbFactory, IdbObjectStore, IdbTransaction};

use super::local_store::js_message;
use crate::journal::Batch;

/// The database of 法治科's merged store.
pub const MERGED_DB_NAME: &str = crate::transfer::MERGED_STORE;
/// Its only object store: string key → string value.
pub const ENTRIES_STORE: &str = "entries";
/// The database's schema version.
const DB_VERSION: u32 = 1;

/// Why IndexedDB could not be used. Whatever the reason, a failed batch wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdbError {
    /// IndexedDB cannot be used here (disabled, or the database cannot be opened), with the browser's message.
    Unavailable(String),
    /// The batch gives one key two different values; nothing was written.
    ConflictingBatch(String),
    /// A key of the batch is already stored (e.g. written meanwhile by another tab); nothing was written.
    AlreadyStored(String),
    /// The storage quota is exhausted; nothing was written.
    QuotaExceeded,
    /// The transaction failed or was aborted, with the browser's message; nothing was written.
    Failed(String),
}

impl fmt::Display for IdbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdbError::Unavailable(detail) => write!(f, "无法使用浏览器数据库（IndexedDB）：{detail}"),
            IdbError::ConflictingBatch(key) => {
                write!(f, "待写入的内容对同一存储项（{key}）给出了两个不同的值，未写入任何内容")
            }
            IdbError::AlreadyStored(detail) => write!(
                f,
                "要写入的存储项已经存在（可能其他标签页刚刚写入了相同内容；{detail}），未写入任何内容，已重新读取数据"
            ),
            IdbError::QuotaExceeded => write!(f, "浏览器存储空间已满，未写入任何内容"),
            IdbError::Failed(detail) => write!(f, "写入失败，未写入任何内容：{detail}"),
        }
    }
}

/// An open connection to one database of string pairs.
#[derive(Debug)]
pub struct IdbStore {
    db: IdbDatabase,
    _on_version_change: Closure<dyn FnMut(JsValue)>,
}

impl Drop for IdbStore {
    /// Closes the connection and removes the handler that closure served, so that a later `deleteDatabase` or
    /// schema upgrade is not held up by a connection nobody uses.
    fn drop(&mut self) {
        self.db.set_onversionchange(None);
        self.db.close();
    }
}

/// The browser's IndexedDB factory.
fn factory() -> Result<IdbFactory, IdbError> {
    let window = web_sys::window().ok_or_else(|| IdbError::Unavailable("没有浏览器窗口".into()))?;
    window
        .indexed_db()
        .map_err(|e| IdbError::Unavailable(js_message(&e)))?
        .ok_or_else(|| IdbError::Unavailable("浏览器禁用了 IndexedDB".into()))
}

/// Waits for the first of two events: `arm` registers the two handlers it is given (success first, failure
/// second), `disarm` removes them. True if the success handler fired.
async fn settled(arm: impl FnOnce(&Function, &Function), disarm: impl FnOnce()) -> bool {
    let mut handlers: Vec<Closure<dyn FnMut(JsValue)>> = Vec::new();
    let mut arm = Some(arm);
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let succeed = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            resolve.call0(&JsValue::UNDEFINED).ok();
        });
        let fail = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            reject.call0(&JsValue::UNDEFINED).ok();
        });
        if let Some(arm) = arm.take() {
            arm(succeed.as_ref().unchecked_ref(), fail.as_ref().unchecked_ref());
        }
        handlers.push(succeed);
        handlers.push(fail);
    });
    let succeeded = JsFuture::from(promise).await.is_ok();
    disarm();
    drop(handlers);
    succeeded
}

/// Waits for a transaction's `complete` (true) or `abort` (false). An error inside the transaction that is not
/// handled aborts it, so `abort` covers every failure.
async fn finished(tx: &IdbTransaction) -> bool {
    settled(
        |complete, abort| {
            tx.set_oncomplete(Some(complete));
            tx.set_onabort(Some(abort));
        },
        || {
            tx.set_oncomplete(None);
            tx.set_onabort(None);
        },
    )
    .await
}

/// The error of an aborted transaction.
fn abort_reason(tx: &IdbTransaction) -> IdbError {
    match tx.error() {
        Some(error) => classify(&error),
        None => IdbError::Failed("事务被中止".into()),
    }
}

fn classify(error: &DomException) -> IdbError {
    match error.name().as_str() {
        "ConstraintError" => IdbError::AlreadyStored(error.message()),
        "QuotaExceededError" => IdbError::QuotaExceeded,
        name => IdbError::Failed(format!("{name}：{}", error.message())),
    }
}

/// A JavaScript value as text: strings as they are, anything else (never written by this app) as JSON, so that
/// loading reports it rather than dropping it.
fn as_text(value: &JsValue) -> String {
    value.as_string().unwrap_or_else(|| {
        js_sys::JSON::stringify(value).ok().and_then(|s| s.as_string()).unwrap_or_else(|| format!("{value:?}"))
    })
}

/// The batch without repeated identical pairs, in key order; a key given two different values is refused.
fn distinct(batch: &[(String, String)]) -> Result<BTreeMap<&str, &str>, IdbError> {
    let mut pairs: BTreeMap<&str, &str> = BTreeMap::new();
    for (key, value) in batch {
        if let Some(previous) = pairs.insert(key, value)
            && previous != value
        {
            return Err(IdbError::ConflictingBatch(key.clone()));
        }
    }
    Ok(pairs)
}

impl IdbStore {
    /// Opens (creating on first use) the database `name` with its one object store.
    pub async fn open(name: &str) -> Result<IdbStore, IdbError> {
        let request = factory()?.open_with_u32(name, DB_VERSION).map_err(|e| IdbError::Unavailable(js_message(&e)))?;
        let upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new({
            let request = request.clone();
            move |event: web_sys::IdbVersionChangeEvent| {
                if event.old_version() < 1.0
                    && let Ok(db) = request.result()
                {
                    db.unchecked_into::<IdbDatabase>().create_object_store(ENTRIES_STORE).ok();
                }
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let opened = settled(
            |success, error| {
                request.set_onsuccess(Some(success));
                request.set_onerror(Some(error));
            },
            || {
                request.set_onsuccess(None);
                request.set_onerror(None);
                request.set_onupgradeneeded(None);
            },
        )
        .await;
        drop(upgrade);
        if !opened {
            let detail = request.error().ok().flatten().map_or_else(|| "无法打开数据库".to_string(), |e| e.message());
            return Err(IdbError::Unavailable(detail));
        }
        let db: IdbDatabase = request.result().map_err(|e| IdbError::Unavailable(js_message(&e)))?.unchecked_into();
        // Another tab opening a newer schema: let it go ahead (this connection then fails its next transaction with
        // a message, and a reload picks up the new schema).
        let on_version_change = Closure::<dyn FnMut(JsValue)>::new({
            let db = db.clone();
            move |_| db.close()
        });
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        Ok(IdbStore { db, _on_version_change: on_version_change })
    }

    /// Every (key, value) pair stored, in key order, read in one transaction.
    pub async fn load_all(&self) -> Result<Vec<(String, String)>, IdbError> {
        let tx = self.db.transaction_with_str(ENTRIES_STORE).map_err(|e| IdbError::Unavailable(js_message(&e)))?;
        let store = self.object_store(&tx)?;
        let keys = store.get_all_keys().map_err(|e| IdbError::Failed(js_message(&e)))?;
        let values = store.get_all().map_err(|e| IdbError::Failed(js_message(&e)))?;
        if !finished(&tx).await {
            return Err(abort_reason(&tx));
        }
        let read = |request: &web_sys::IdbRequest| -> Result<Array, IdbError> {
            Ok(request.result().map_err(|e| IdbError::Failed(js_message(&e)))?.unchecked_into())
        };
        let (keys, values) = (read(&keys)?, read(&values)?);
        Ok(keys.iter().zip(values.iter()).map(|(k, v)| (as_text(&k), as_text(&v))).collect())
    }

    /// Writes every pair in ONE read-write transaction with strict durability, resolving only once it is
    /// complete. All or nothing: if any key is already stored, or anything else fails, nothing is written.
    /// Identical repeated pairs are written once; a key given two different values is refused before writing.
    pub async fn write_batch(&self, batch: &[(String, String)]) -> Result<(), IdbError> {
        self.commit(&Batch { add: batch.to_vec(), put: Vec::new() }).await
    }

    /// Commits a journal change in ONE read-write transaction with strict durability, resolving only once the
    /// transaction is complete (flushed to disk): `add` entries must not exist yet (an event position another tab
    /// took fails the whole change), `put` entries are written whatever was there (the chain head). All or nothing.
    pub async fn commit(&self, batch: &Batch) -> Result<(), IdbError> {
        let adds = distinct(&batch.add)?;
        let puts = distinct(&batch.put)?;
        if adds.is_empty() && puts.is_empty() {
            return Ok(());
        }
        let tx = self.read_write()?;
        let store = self.object_store(&tx)?;
        let queued = adds
            .iter()
            .map(|(key, value)| store.add_with_key(&JsValue::from_str(value), &JsValue::from_str(key)))
            .chain(
                puts.iter().map(|(key, value)| store.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))),
            )
            .find_map(Result::err);
        if let Some(error) = queued {
            // Nothing is committed: abort what was queued and wait until the abort is done.
            if tx.abort().is_ok() {
                finished(&tx).await;
            }
            return Err(match error.dyn_ref::<DomException>() {
                Some(exception) => classify(exception),
                None => IdbError::Failed(js_message(&error)),
            });
        }
        if finished(&tx).await { Ok(()) } else { Err(abort_reason(&tx)) }
    }

    /// Closes the connection (pending transactions still complete).
    pub fn close(&self) {
        self.db.close();
    }

    /// A read-write transaction asking for strict durability (flushed to disk before `complete`), where the browser
    /// supports the option; others ignore it.
    fn read_write(&self) -> Result<IdbTransaction, IdbError> {
        let options = Object::new();
        Reflect::set(&options, &"durability".into(), &"strict".into()).ok();
        let transaction: Function = Reflect::get(&self.db, &"transaction".into())
            .map_err(|e| IdbError::Unavailable(js_message(&e)))?
            .dyn_into()
            .map_err(|e| IdbError::Unavailable(js_message(&e)))?;
        let tx = transaction
            .call3(&self.db, &ENTRIES_STORE.into(), &"readwrite".into(), &options)
            .map_err(|e| IdbError::Unavailable(js_message(&e)))?;
        tx.dyn_into().map_err(|e| IdbError::Unavailable(js_message(&e)))
    }

    fn object_store(&self, tx: &IdbTransaction) -> Result<IdbObjectStore, IdbError> {
        tx.object_store(ENTRIES_STORE).map_err(|e| IdbError::Unavailable(js_message(&e)))
    }
}

/// Deletes the database `name` (tests and benchmarks clean up with it; the app never deletes its data).
pub async fn delete_database(name: &str) -> Result<(), IdbError> {
    let request = factory()?.delete_database(name).map_err(|e| IdbError::Failed(js_message(&e)))?;
    let deleted = settled(
        |success, error| {
            request.set_onsuccess(Some(success));
            request.set_onerror(Some(error));
        },
        || {
            request.set_onsuccess(None);
            request.set_onerror(None);
        },
    )
    .await;
    if deleted { Ok(()) } else { Err(IdbError::Failed("无法删除数据库".into())) }
}
