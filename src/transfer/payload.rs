//! What the envelope encrypts: a list of stores, each with every (key, value) entry as stored, and a few small
//! settings from localStorage. New stores (e.g. 法治科's own case-file journal) are added as further list items.
//!
//! ```json
//! { "version": 1, "kind": "legal-backup",
//!   "stores": [ { "name": "liuhen-merged", "entries": [ ["<key>", "<value>"], … ] } ],
//!   "local": [ ["liuhen/v1/legal-device", "<id>"] ] }
//! ```

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::error::TransferError;
use super::file_kind::FileKind;

/// The payload's version.
pub const PAYLOAD_VERSION: u64 = 1;

/// One store's entries, byte for byte as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoreDump {
    /// The store's name (the IndexedDB database).
    pub name: String,
    /// Every (key, value) entry, in key order.
    pub entries: Vec<(String, String)>,
}

/// The decrypted content of a migration or backup file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// The payload's version.
    pub version: u64,
    /// What the file carries (must match the envelope's).
    pub kind: FileKind,
    /// The stores carried.
    pub stores: Vec<StoreDump>,
    /// The localStorage settings carried, (key, value).
    pub local: Vec<(String, String)>,
}

impl Payload {
    /// A payload of `kind` over these stores and settings.
    pub fn new(kind: FileKind, stores: Vec<StoreDump>, local: Vec<(String, String)>) -> Payload {
        Payload { version: PAYLOAD_VERSION, kind, stores, local }
    }

    /// The plaintext to encrypt.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// Reads decrypted bytes expected to be of `kind`: the JSON and schema, the version, no store named twice, no
    /// key given twice.
    pub fn parse(bytes: &[u8], kind: FileKind) -> Result<Payload, TransferError> {
        let damaged = |detail: String| TransferError::Damaged { detail };
        let payload: Payload =
            serde_json::from_slice(bytes).map_err(|e| damaged(format!("解密后的内容结构不符：{e}")))?;
        if payload.version > PAYLOAD_VERSION {
            return Err(TransferError::NewerVersion { version: payload.version });
        }
        if payload.version != PAYLOAD_VERSION {
            return Err(damaged("内容版本无法识别".into()));
        }
        if payload.kind != kind {
            return Err(damaged("文件类型与内容不符".into()));
        }
        let mut names = BTreeSet::new();
        for store in &payload.stores {
            if !names.insert(store.name.as_str()) {
                return Err(damaged(format!("数据库“{}”出现了两次", store.name)));
            }
            distinct_keys(&store.entries).map_err(|key| damaged(format!("存储项“{key}”出现了两次")))?;
        }
        distinct_keys(&payload.local).map_err(|key| damaged(format!("设置项“{key}”出现了两次")))?;
        Ok(payload)
    }

    /// The entries of the store `name`, if carried.
    pub fn store(&self, name: &str) -> Option<&[(String, String)]> {
        self.stores.iter().find(|s| s.name == name).map(|s| s.entries.as_slice())
    }

    /// The setting under `key`, if carried.
    pub fn local(&self, key: &str) -> Option<&str> {
        self.local.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Refuses stores or settings other than `stores` and `local`: a file carrying something this version does not
    /// know how to restore is not restored in part.
    pub fn expect_only(&self, stores: &[&str], local: &[&str]) -> Result<(), TransferError> {
        let unknown = self
            .stores
            .iter()
            .map(|s| s.name.as_str())
            .find(|name| !stores.contains(name))
            .or_else(|| self.local.iter().map(|(k, _)| k.as_str()).find(|key| !local.contains(key)));
        match unknown {
            Some(name) => {
                Err(TransferError::Damaged { detail: format!("含有本版本不认识的内容“{name}”") })
            }
            None => Ok(()),
        }
    }
}

/// `Err(key)` for the first key given twice.
fn distinct_keys(entries: &[(String, String)]) -> Result<(), &str> {
    let mut seen = BTreeSet::new();
    match entries.iter().find(|(key, _)| !seen.insert(key.as_str())) {
        Some((key, _)) => Err(key),
        None => Ok(()),
    }
}
