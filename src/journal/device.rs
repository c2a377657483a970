//! Device ids: one per browser profile, naming the device's own hash chain.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::keys::{DEVICE_KEY, quarantine_key};
use super::store::{KeyValueStore, StoreError};

/// The id of one device (one browser profile). Every event written on it belongs to its chain.
///
/// 1 to 40 characters from `A–Z a–z 0–9 _`, so it can sit inside a storage key and an event id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DeviceId(String);

/// Why a text is not a device id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidDeviceId(pub String);

impl fmt::Display for InvalidDeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "设备编号无效：“{}”（应为1至40位字母、数字或下划线）", self.0)
    }
}

impl DeviceId {
    /// Checks and wraps a device id.
    pub fn new(id: impl Into<String>) -> Result<Self, InvalidDeviceId> {
        let id = id.into();
        let valid = (1..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if valid { Ok(DeviceId(id)) } else { Err(InvalidDeviceId(id)) }
    }

    /// A fresh device id from 8 random bytes (the browser supplies them from `crypto.getRandomValues`):
    /// 16 lowercase hex digits.
    pub fn from_random_bytes(bytes: [u8; 8]) -> Self {
        DeviceId(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DeviceId {
    type Error = InvalidDeviceId;

    fn try_from(id: String) -> Result<Self, Self::Error> {
        DeviceId::new(id)
    }
}

impl From<DeviceId> for String {
    fn from(id: DeviceId) -> Self {
        id.0
    }
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The device id as loaded: the id, and where an unreadable earlier value was copied if one was replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedDeviceId {
    /// The id in use.
    pub id: DeviceId,
    /// The quarantine key holding the unreadable value that was found under [`DEVICE_KEY`], if any: the caller must
    /// tell the user (a new id starts a new chain).
    pub replaced: Option<String>,
}

/// This browser profile's device id: the one stored under [`DEVICE_KEY`], or else a new one made from `random`
/// (8 bytes from `crypto.getRandomValues`), stored and read back.
///
/// Invalid data under the key is first copied to the quarantine, never thrown away, and reported in
/// [`LoadedDeviceId::replaced`].
pub fn load_or_create_device_id(store: &impl KeyValueStore, random: [u8; 8]) -> Result<LoadedDeviceId, StoreError> {
    let mut replaced = None;
    if let Some(text) = store.get(DEVICE_KEY)? {
        if let Ok(id) = DeviceId::new(text.as_str()) {
            return Ok(LoadedDeviceId { id, replaced });
        }
        let target = quarantine_key(DEVICE_KEY, &text);
        if store.get(&target)?.as_deref() != Some(text.as_str()) {
            store.set(&target, &text)?;
        }
        replaced = Some(target);
    }
    store.set(DEVICE_KEY, DeviceId::from_random_bytes(random).as_str())?;
    let stored = store.get(DEVICE_KEY)?.unwrap_or_default();
    let id = DeviceId::new(stored).map_err(|e| StoreError::Unavailable(e.to_string()))?;
    Ok(LoadedDeviceId { id, replaced })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::MemoryStore;

    #[test]
    fn the_device_id_is_created_once_then_reused() {
        let store = MemoryStore::new();
        let first = load_or_create_device_id(&store, [1; 8]).unwrap();
        assert_eq!(first.id.as_str(), "0101010101010101");
        assert_eq!(first.replaced, None);
        assert_eq!(load_or_create_device_id(&store, [2; 8]).unwrap(), first);
    }

    #[test]
    fn an_invalid_stored_device_id_is_quarantined_then_replaced() {
        let store = MemoryStore::new();
        store.set(DEVICE_KEY, "不是/编号").unwrap();
        let loaded = load_or_create_device_id(&store, [3; 8]).unwrap();
        assert_eq!(loaded.id.as_str(), "0303030303030303");
        let copy = quarantine_key(DEVICE_KEY, "不是/编号");
        assert_eq!(loaded.replaced.as_deref(), Some(copy.as_str()), "the replacement is reported");
        assert_eq!(store.get(&copy).unwrap().as_deref(), Some("不是/编号"));
    }

    #[test]
    fn accepts_only_key_safe_ids() {
        assert!(DeviceId::new("tab_1").is_ok());
        assert!(DeviceId::new("").is_err());
        assert!(DeviceId::new("a/b").is_err());
        assert!(DeviceId::new("a-b").is_err());
        assert!(DeviceId::new("设备").is_err());
        assert!(DeviceId::new("x".repeat(41)).is_err());
        assert!(serde_json::from_str::<DeviceId>("\"a/b\"").is_err());
    }

    #[test]
    fn random_bytes_give_sixteen_hex_digits() {
        let id = DeviceId::from_random_bytes([0, 1, 0xab, 0xff, 2, 3, 4, 5]);
        assert_eq!(id.as_str(), "0001abff02030405");
    }
}
