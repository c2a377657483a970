//! The officer's 迁移到新电脑: the journal's database and the device signing key, carried to a new laptop, which
//! continues the same chain (same device id, next position) with the same key.
//!
//! The file is made only from a journal that verifies, and taken in only after the same verification
//! (`Journal::open` over the carried entries: every hash, link and head), into a browser whose journal holds nothing
//! else (see [`super::plan_restore`]).

use std::fmt;

use super::error::TransferError;
use super::file_kind::FileKind;
use super::payload::{Payload, StoreDump};
use crate::bundle::from_hex;
use crate::journal::keys::DEVICE_KEY;
use crate::journal::{ChainSummary, DeviceId, Journal, StagedStore};

/// The officer journal's store (the IndexedDB database `liuhen-journal`).
pub const JOURNAL_STORE: &str = "liuhen-journal";
/// The localStorage key of the device signing key's seed (64 lowercase hex digits).
pub const DEVICE_KEY_ENTRY: &str = "liuhen/v1/device-key";

/// A verified journal from a migration file, ready to be written.
#[derive(Clone, PartialEq, Eq)]
pub struct JournalMove {
    /// Every entry of the old laptop's journal database, as stored.
    pub entries: Vec<(String, String)>,
    /// The device signing key's seed, as stored (64 lowercase hex digits).
    pub seed_hex: String,
    /// The device id the chain continues under.
    pub device: DeviceId,
    /// How many of the device's events the journal holds.
    pub events: usize,
    /// The device chain's last position, if it has any events.
    pub last_seq: Option<u64>,
}

impl fmt::Debug for JournalMove {
    /// Never shows the seed.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JournalMove")
            .field("entries", &self.entries.len())
            .field("device", &self.device)
            .field("events", &self.events)
            .field("last_seq", &self.last_seq)
            .finish()
    }
}

/// The payload of a migration file: every journal entry and the seed. The caller checks it with
/// [`read_journal_move`] before encrypting, so that a journal that would be refused on arrival is refused here.
pub fn journal_payload(entries: Vec<(String, String)>, seed_hex: &str) -> Payload {
    Payload::new(
        FileKind::OfficerJournal,
        vec![StoreDump { name: JOURNAL_STORE.into(), entries }],
        vec![(DEVICE_KEY_ENTRY.into(), seed_hex.into())],
    )
}

/// Verifies a migration payload: only the journal and the key, a valid key, a device id, and every chain as
/// `Journal::open` verifies it on every start. Any problem refuses the whole file.
pub fn read_journal_move(payload: &Payload) -> Result<JournalMove, TransferError> {
    let damaged = |detail: &str| TransferError::Damaged { detail: detail.into() };
    payload.expect_only(&[JOURNAL_STORE], &[DEVICE_KEY_ENTRY])?;
    let entries = payload.store(JOURNAL_STORE).ok_or_else(|| damaged("缺少办案记录日志"))?.to_vec();
    let seed_hex = payload.local(DEVICE_KEY_ENTRY).ok_or_else(|| damaged("缺少本机签名密钥"))?;
    if from_hex::<32>(seed_hex).is_none() {
        return Err(damaged("签名密钥不是有效的密钥"));
    }
    let (device, summary) = verify_journal(&entries)?;
    Ok(JournalMove {
        entries,
        seed_hex: seed_hex.to_string(),
        device,
        events: summary.events,
        last_seq: summary.last_seq,
    })
}

/// Verifies a journal database's entries as `Journal::open` does on every start (every hash, link and head), under
/// the device id they hold. Returns that id and its chain at a glance.
pub(super) fn verify_journal(entries: &[(String, String)]) -> Result<(DeviceId, ChainSummary), TransferError> {
    let device_text = entries.iter().find(|(k, _)| k == DEVICE_KEY).map(|(_, v)| v.as_str());
    let device = device_text
        .and_then(|text| DeviceId::new(text).ok())
        .ok_or_else(|| TransferError::Damaged { detail: "缺少有效的设备编号".into() })?;
    let journal = Journal::open(StagedStore::loaded(entries.to_vec()), device.clone(), "")
        .map_err(|e| TransferError::Damaged { detail: e.to_string() })?;
    if let Some(first) = journal.issues().first() {
        return Err(TransferError::Unverified { problems: journal.issues().len(), first: first.describe() });
    }
    Ok((device, journal.summary()))
}
