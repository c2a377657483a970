//! 法治科's own device id, for the entries it writes into the merged store itself (e.g. merging a conflict). It is
//! kept in localStorage under [`LEGAL_DEVICE_KEY`], apart from the officer journal's id (`liuhen/v1/device`): the
//! two chains must never share an id, or they would fork.

use crate::journal::keys::quarantine_key;
use crate::journal::{DeviceId, KeyValueStore, StoreError};

/// The localStorage key of 法治科's device id.
pub const LEGAL_DEVICE_KEY: &str = crate::transfer::LEGAL_DEVICE_ENTRY;

/// 法治科's device id in this browser: the stored one, or a new one made from `random` (8 bytes from
/// `crypto.getRandomValues`, drawn only then), stored and read back. An invalid stored value is copied to the
/// quarantine first; a new id only starts a new chain of 法治科's own entries, so nothing depends on keeping it.
pub fn load_or_create_legal_device(
    store: &impl KeyValueStore,
    random: impl FnOnce() -> Option<[u8; 8]>,
) -> Result<DeviceId, StoreError> {
    if let Some(text) = store.get(LEGAL_DEVICE_KEY)? {
        if let Ok(id) = DeviceId::new(text.as_str()) {
            return Ok(id);
        }
        let target = quarantine_key(LEGAL_DEVICE_KEY, &text);
        if store.get(&target)?.as_deref() != Some(text.as_str()) {
            store.set(&target, &text)?;
        }
    }
    let bytes = random().ok_or_else(|| StoreError::Unavailable("浏览器无法提供安全随机数".into()))?;
    store.set(LEGAL_DEVICE_KEY, DeviceId::from_random_bytes(bytes).as_str())?;
    let stored = store.get(LEGAL_DEVICE_KEY)?.unwrap_or_default();
    DeviceId::new(stored).map_err(|e| StoreError::Unavailable(e.to_string()))
}

/// Adopts 法治科's device id restored from a backup. A different id already here is copied to the quarantine first,
/// never dropped.
pub fn adopt_legal_device(store: &impl KeyValueStore, id: &DeviceId) -> Result<(), StoreError> {
    if let Some(existing) = store.get(LEGAL_DEVICE_KEY)?
        && existing != id.as_str()
    {
        store.set(&quarantine_key(LEGAL_DEVICE_KEY, &existing), &existing)?;
    }
    store.set(LEGAL_DEVICE_KEY, id.as_str())
}
