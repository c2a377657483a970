//! localStorage for the small settings (profile, readings, device signing key, drafts, quiz progress), reached through
//! gloo-storage once [`LocalStore::open`] has checked, without panicking, that the browser offers it (gloo-storage's
//! own `raw()` panics when storage is disabled). The officer's journal is not here: see `crate::web::journal_db`.

use gloo_storage::{LocalStorage, Storage};

use crate::journal::{KeyValueStore, StoreError};

/// `window.localStorage` as a [`KeyValueStore`], known to be available. Each `set` is one atomic `setItem`.
#[derive(Debug, Clone)]
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// The origin's localStorage, or why it cannot be used (e.g. disabled by policy).
    pub fn open() -> Result<Self, StoreError> {
        let unavailable = |detail: &str| StoreError::Unavailable(detail.to_string());
        let window = web_sys::window().ok_or_else(|| unavailable("没有浏览器窗口"))?;
        let storage = window
            .local_storage()
            .map_err(|e| unavailable(&js_message(&e)))?
            .ok_or_else(|| unavailable("浏览器禁用了本地存储"))?;
        Ok(LocalStore { storage })
    }

    /// Removes the value under `key`. Not part of [`KeyValueStore`]: the journal never removes anything; only the
    /// small settings and worksheet values ([`crate::web::json_store`]) are removed.
    pub fn remove(&self, key: &str) -> Result<(), StoreError> {
        LocalStorage::delete(key);
        Ok(())
    }

    /// Stores `value` as JSON under `key` (gloo-storage's `set`); on failure nothing changes.
    pub fn set_json<T: serde::Serialize>(&self, key: &str, value: &T) -> Result<(), StoreError> {
        LocalStorage::set(key, value).map_err(|error| match error {
            gloo_storage::errors::StorageError::JsError(js) if js.name == "QuotaExceededError" => {
                StoreError::QuotaExceeded
            }
            other => StoreError::Unavailable(other.to_string()),
        })
    }
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(|e| StoreError::Unavailable(js_message(&e)))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(|error| {
            let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string());
            if name.as_deref() == Some("QuotaExceededError") {
                StoreError::QuotaExceeded
            } else {
                StoreError::Unavailable(js_message(&error))
            }
        })
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let length = self.storage.length().map_err(|e| StoreError::Unavailable(js_message(&e)))?;
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            if let Some(key) = self.storage.key(index).map_err(|e| StoreError::Unavailable(js_message(&e)))? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// The message of a JavaScript error value, for display.
pub fn js_message(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{error:?}"))
}
