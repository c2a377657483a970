//! What the merged store keeps besides events: pinned device keys, the import log, the quarantine and people's
//! decisions on held files. Each is stored as JSON under its own key ([`super::store_keys`]).

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::device_key::PublicKey;
use super::format::{BundleDigest, Exporter};
use super::preview::AddedSummary;
use super::refusal::FIRST_KEY_CODE;
use crate::journal::{ChainSpan, DeviceId, ExportScope};

/// A device key 法治科 accepts for a device: confirmed by a person who compared its fingerprint with the officer's
/// (the device's first key, or a changed one later).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinnedKey {
    /// The device.
    pub device: DeviceId,
    /// The accepted public key.
    pub public_key: PublicKey,
    /// When it was pinned.
    pub pinned_at: DateTime<FixedOffset>,
    /// Who pinned it (the legal-section user who confirmed it).
    pub pinned_by: String,
    /// How.
    pub source: PinSource,
}

/// How a key came to be pinned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PinSource {
    /// Pinned without a person's confirmation on the first import of a bundle from the device, as earlier
    /// versions did; no longer made, kept so that stores holding such pins still load.
    FirstImport {
        /// That bundle.
        digest: BundleDigest,
    },
    /// By a person's decision on a held bundle: the device's first key, or a key differing from the pinned one.
    Decision {
        /// The quarantine entry decided on.
        quarantine_id: String,
    },
    /// By a person's confirmation when a published readings file (本局口径) signed with this key was first imported,
    /// or, on 法治科's own computer, by publishing one.
    PublishedReadings {
        /// That file's digest.
        digest: BundleDigest,
    },
}

/// Where the events of an import came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportSource {
    /// A bundle file.
    Bundle {
        /// The file's name.
        file_name: String,
        /// Its digest.
        digest: BundleDigest,
        /// Who exported it.
        exporter: Exporter,
        /// The exporting device's clock at export.
        exported_at: DateTime<FixedOffset>,
        /// Full or incremental.
        scope: ExportScope,
        /// The format version of the file.
        version: String,
    },
    /// Events an officer journal kept in this browser's localStorage (the same browser used for both roles).
    BrowserStorage {
        /// How many localStorage entries were read.
        entries: usize,
    },
    /// An event 法治科 wrote itself (e.g. merging a conflict).
    LegalSection {
        /// What was done, in Chinese.
        action: String,
    },
}

impl ImportSource {
    /// A short Chinese label: the file name, or where the events came from.
    pub fn label(&self) -> String {
        match self {
            ImportSource::Bundle { file_name, .. } => file_name.clone(),
            ImportSource::BrowserStorage { .. } => "本浏览器中的办案人员日志".into(),
            ImportSource::LegalSection { action } => format!("法治科录入：{action}"),
        }
    }
}

/// One entry of the import log: what was imported, when, by whom, and what it added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportLogEntry {
    /// The entry's number, from 1, in the order imports were committed.
    pub number: u64,
    /// Where the events came from.
    pub source: ImportSource,
    /// The run of each device chain the import held (events added or already present): the provenance of every
    /// event in these runs.
    pub spans: Vec<ChainSpan>,
    /// When (the importing computer's clock).
    pub imported_at: DateTime<FixedOffset>,
    /// By whom (the legal-section user).
    pub imported_by: String,
    /// What it added.
    pub added: AddedSummary,
    /// The warnings shown at import, in Chinese.
    pub warnings: Vec<String>,
}

/// A file kept as evidence instead of being merged: a fork, a shortened chain, or a key no person has confirmed
/// for the device yet — its first key, or one that differs from the pinned one (held until a person decides).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarantineEntry {
    /// `{digest}-{reason code}` for a bundle; for localStorage data, `{SHA-256 of the key, a line feed and the
    /// text}-browser_storage`.
    pub id: String,
    /// The file's name, or the localStorage key the data was found under.
    pub file_name: String,
    /// The bundle's digest (for data from localStorage: SHA-256 of the text).
    pub digest: BundleDigest,
    /// The reason's code ([`super::Refusal::code`], or `browser_storage` for unmergeable localStorage data).
    pub code: String,
    /// The reason, in Chinese.
    pub reason: String,
    /// When it was received.
    pub received_at: DateTime<FixedOffset>,
    /// By whom.
    pub received_by: String,
    /// The whole file (or stored text), exactly as received.
    pub raw: String,
}

impl QuarantineEntry {
    /// Whether the file was held because its device had no confirmed key yet (its first key).
    pub fn is_first_key(&self) -> bool {
        self.code == FIRST_KEY_CODE
    }
}

/// A person's decision on a file held for its device key: the device's first key, or one that differs from the
/// pinned one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyDecision {
    /// The held file ([`QuarantineEntry::id`]).
    pub quarantine_id: String,
    /// Confirm the key (pin it and import the file) or reject it (the file stays in the quarantine).
    pub accept: bool,
    /// Who decided: the 法治科 person's name (required).
    pub decided_by: String,
    /// When.
    pub decided_at: DateTime<FixedOffset>,
    /// How the key was checked, or why it was rejected (required).
    pub note: String,
}
