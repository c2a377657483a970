//! This device's signing key for bundles (Ed25519): a 32-byte seed from `crypto.getRandomValues`, made on first use
//! and kept in localStorage under [`DEVICE_KEY_KEY`] as 64 lowercase hex digits.
//!
//! A stored value that is not a seed is copied to the quarantine and reported, never silently replaced: a new key
//! would make 法治科 hold this device's next bundle as a possible forgery. Replacing it takes a person's explicit
//! action ([`replace_corrupt_device_key`]), after which 法治科 confirms the new key by hand.

use std::fmt;

use crate::bundle::DeviceKey;
use crate::journal::keys::quarantine_key;
use crate::journal::{KeyValueStore, StoreError};

/// The localStorage key of the seed.
pub const DEVICE_KEY_KEY: &str = crate::transfer::DEVICE_KEY_ENTRY;

/// Why the device key cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeviceKeyError {
    /// The stored value is not a seed; it was copied, byte for byte, under `quarantined_as`.
    Corrupt {
        /// The quarantine key holding the copy.
        quarantined_as: String,
    },
    /// The browser gave no random bytes.
    NoRandomness,
    /// localStorage failed.
    Store(StoreError),
}

impl fmt::Display for DeviceKeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeviceKeyError::Corrupt { quarantined_as } => write!(
                f,
                "本机的签名密钥已损坏，无法导出（原内容已原样保留在“{quarantined_as}”下以备核查）。系统不会自动更换密钥：换用新密钥后，法治科须人工核实后才会接收本机导出的文件。如确需更换，请在“设置”中操作并告知法治科"
            ),
            DeviceKeyError::NoRandomness => write!(f, "浏览器无法提供安全随机数，不能生成签名密钥"),
            DeviceKeyError::Store(error) => write!(f, "{error}"),
        }
    }
}

impl From<StoreError> for DeviceKeyError {
    fn from(error: StoreError) -> Self {
        DeviceKeyError::Store(error)
    }
}

/// The seed written as 64 lowercase hex digits, the only spelling read back.
fn seed_from_hex(text: &str) -> Option<[u8; 32]> {
    let digits = text.as_bytes();
    if digits.len() != 64 {
        return None;
    }
    let value = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    };
    let mut seed = [0u8; 32];
    for (byte, pair) in seed.iter_mut().zip(digits.chunks_exact(2)) {
        *byte = value(pair[0])? << 4 | value(pair[1])?;
    }
    Some(seed)
}

fn seed_to_hex(seed: &[u8; 32]) -> String {
    seed.iter().map(|b| format!("{b:02x}")).collect()
}

/// Stores a new seed from `random` and returns the key stored (read back: if another tab stored its own seed at the
/// same moment, both use the one that stayed).
fn create(store: &impl KeyValueStore, random: impl FnOnce() -> Option<[u8; 32]>) -> Result<DeviceKey, DeviceKeyError> {
    let seed = random().ok_or(DeviceKeyError::NoRandomness)?;
    store.set(DEVICE_KEY_KEY, &seed_to_hex(&seed))?;
    let stored = store.get(DEVICE_KEY_KEY)?.unwrap_or_default();
    seed_from_hex(&stored).map(DeviceKey::from_seed).ok_or_else(|| quarantine(store, &stored))
}

/// Copies a corrupt value to the quarantine (once) and says where.
fn quarantine(store: &impl KeyValueStore, text: &str) -> DeviceKeyError {
    let target = quarantine_key(DEVICE_KEY_KEY, text);
    match store.get(&target) {
        Ok(Some(existing)) if existing == text => DeviceKeyError::Corrupt { quarantined_as: target },
        _ => match store.set(&target, text) {
            Ok(()) => DeviceKeyError::Corrupt { quarantined_as: target },
            Err(error) => DeviceKeyError::Store(error),
        },
    }
}

/// This device's key: the stored one, or on first use a new one made from `random` (32 bytes from
/// `crypto.getRandomValues`, drawn only then). A corrupt stored value is quarantined and reported, not replaced.
pub fn load_or_create_device_key(
    store: &impl KeyValueStore,
    random: impl FnOnce() -> Option<[u8; 32]>,
) -> Result<DeviceKey, DeviceKeyError> {
    match store.get(DEVICE_KEY_KEY)? {
        None => create(store, random),
        Some(text) => seed_from_hex(&text).map(DeviceKey::from_seed).ok_or_else(|| quarantine(store, &text)),
    }
}

/// A person's explicit decision to replace a corrupt key: the corrupt value is quarantined first (if it was not
/// already; nothing is replaced unless the copy is kept) and a new key is made. A readable key is never replaced: it
/// is returned as it is.
pub fn replace_corrupt_device_key(
    store: &impl KeyValueStore,
    random: impl FnOnce() -> Option<[u8; 32]>,
) -> Result<DeviceKey, DeviceKeyError> {
    match store.get(DEVICE_KEY_KEY)? {
        None => create(store, random),
        Some(text) => match seed_from_hex(&text) {
            Some(seed) => Ok(DeviceKey::from_seed(seed)),
            None => match quarantine(store, &text) {
                DeviceKeyError::Corrupt { .. } => create(store, random),
                other => Err(other),
            },
        },
    }
}

/// This device's key as stored (64 lowercase hex digits), made first if there is none: what 迁移到新电脑 carries.
pub fn device_seed_hex(
    store: &impl KeyValueStore,
    random: impl FnOnce() -> Option<[u8; 32]>,
) -> Result<String, DeviceKeyError> {
    load_or_create_device_key(store, random)?;
    Ok(store.get(DEVICE_KEY_KEY)?.unwrap_or_default())
}

/// Adopts the key carried from the old laptop (64 lowercase hex digits, checked by the caller). A different value
/// already here (a key made on this browser before the journal was moved in) is copied to the quarantine first,
/// never dropped.
pub fn adopt_device_seed(store: &impl KeyValueStore, seed_hex: &str) -> Result<(), DeviceKeyError> {
    if let Some(existing) = store.get(DEVICE_KEY_KEY)?
        && existing != seed_hex
    {
        store.set(&quarantine_key(DEVICE_KEY_KEY, &existing), &existing)?;
    }
    store.set(DEVICE_KEY_KEY, seed_hex)?;
    Ok(())
}
