//! Small JSON values in localStorage through gloo-storage (the profile, the bureau's readings, a worksheet): one key
//! each, one write per save. A stored value that does not parse is copied to the quarantine and reported, never thrown away.

use std::fmt;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::journal::keys::quarantine_key;
use crate::journal::{KeyValueStore, StoreError};
use crate::web::local_store::LocalStore;

/// Why a stored value could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonStoreError {
    /// The stored text did not parse; it was copied byte for byte under `quarantined_as` and removed from its key.
    Corrupt {
        /// Why it did not parse, in Chinese or as the parser said.
        reason: String,
        /// The quarantine key holding the copy.
        quarantined_as: String,
    },
    /// The storage could not be read, or the quarantine copy could not be written (the original then stays).
    Store(StoreError),
}

impl fmt::Display for JsonStoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonStoreError::Corrupt { quarantined_as, .. } => {
                write!(f, "保存的数据无法读取，已原样保留在“{quarantined_as}”下以备核查")
            }
            JsonStoreError::Store(error) => error.fmt(f),
        }
    }
}

/// The value under `key`: `Ok(None)` if there is none. An unparseable value is moved to the quarantine
/// ([`quarantine_key`]) and reported as [`JsonStoreError::Corrupt`]; the next load then finds nothing.
pub fn load<T: DeserializeOwned>(key: &str) -> Result<Option<T>, JsonStoreError> {
    load_with(key, |text| serde_json::from_str(text).map_err(|error| error.to_string()))
}

/// Like [`load`], with a parser that may check more than the JSON shape (its error is the reason reported).
pub fn load_with<T>(key: &str, parse: impl FnOnce(&str) -> Result<T, String>) -> Result<Option<T>, JsonStoreError> {
    let store = LocalStore::open().map_err(JsonStoreError::Store)?;
    let Some(text) = store.get(key).map_err(JsonStoreError::Store)? else { return Ok(None) };
    match parse(&text) {
        Ok(value) => Ok(Some(value)),
        Err(reason) => {
            let quarantined_as = quarantine_key(key, &text);
            store.set(&quarantined_as, &text).map_err(JsonStoreError::Store)?;
            store.remove(key).map_err(JsonStoreError::Store)?;
            Err(JsonStoreError::Corrupt { reason, quarantined_as })
        }
    }
}

/// Stores `value` under `key` in one write; on failure (e.g. [`StoreError::QuotaExceeded`]) nothing changes.
pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), StoreError> {
    LocalStore::open()?.set_json(key, value)
}

/// Removes the value under `key` (nothing there: nothing to do).
pub fn remove(key: &str) -> Result<(), StoreError> {
    LocalStore::open()?.remove(key)
}
