//! 法治科备份 in the browser: the backup file made from the merged store's database and 法治科's device id, and
//! restored on a new machine (one strict transaction for the store). The format and every check are
//! `crate::transfer`; the cryptography is [`super::passphrase_crypto`].

use std::collections::BTreeMap;

use super::clock::now;
use super::indexed_db::{IdbStore, MERGED_DB_NAME};
use super::json_store;
use super::legal_device_store::{LEGAL_DEVICE_KEY, adopt_legal_device};
use super::local_store::LocalStore;
use super::passphrase_crypto::{seal, unseal};
use crate::journal::{DeviceId, KeyValueStore};
use crate::transfer::{
    Envelope, FileKind, FileMade, LEGAL_BACKUP_MADE_KEY, LegalBackup, MadeFile, TransferError, legal_payload,
    plan_legal_restore, read_legal_backup,
};

fn browser(detail: impl ToString) -> TransferError {
    TransferError::Browser { detail: detail.to_string() }
}

/// The backup of this browser's merged store and 法治科 device id, under `passphrase`. Refused if the store would
/// not verify on restore.
pub async fn make_backup_file(passphrase: &str) -> Result<MadeFile, TransferError> {
    let db = IdbStore::open(MERGED_DB_NAME).await.map_err(browser)?;
    let entries = db.load_all().await.map_err(browser)?;
    let store = LocalStore::open().map_err(browser)?;
    let legal_device = store.get(LEGAL_DEVICE_KEY).map_err(browser)?.and_then(|text| DeviceId::new(text).ok());
    let payload = legal_payload(entries, legal_device.as_ref());
    let backup = read_legal_backup(&payload).map_err(TransferError::of_source)?;
    let made_at = now();
    let envelope = seal(FileKind::LegalBackup, made_at, passphrase, &payload).await?;
    Ok(MadeFile {
        file_name: FileKind::LegalBackup.file_name(made_at),
        text: envelope.to_json(),
        made: FileMade { made_at, events: backup.events, last_seq: None },
    })
}

/// Notes that a backup was made and handed out.
pub fn note_backup_file(made: &FileMade) -> Result<(), TransferError> {
    json_store::save(LEGAL_BACKUP_MADE_KEY, made).map_err(browser)
}

/// The last backup made on this browser, if any.
pub fn last_backup_file() -> Option<FileMade> {
    json_store::load(LEGAL_BACKUP_MADE_KEY).ok().flatten()
}

/// Restores a backup: decrypted, verified, into an empty merged store (one transaction), read back; 法治科's
/// device id adopted. Nothing is written before every check has passed. The page must then be reloaded.
pub async fn restore_backup_file(bytes: &[u8], passphrase: &str) -> Result<LegalBackup, TransferError> {
    let envelope = Envelope::parse(bytes, FileKind::LegalBackup)?;
    let payload = unseal(&envelope, passphrase).await?;
    let backup = read_legal_backup(&payload)?;
    let db = IdbStore::open(MERGED_DB_NAME).await.map_err(browser)?;
    let writes = plan_legal_restore(&db.load_all().await.map_err(browser)?, &backup)?;
    db.write_batch(&writes).await.map_err(browser)?;
    let after: BTreeMap<String, String> = db.load_all().await.map_err(browser)?.into_iter().collect();
    let differing = backup.entries.iter().filter(|(k, v)| after.get(k) != Some(v)).count();
    if differing > 0 {
        return Err(TransferError::ReadBackMismatch { entries: differing });
    }
    if let Some(id) = &backup.legal_device {
        adopt_legal_device(&LocalStore::open().map_err(browser)?, id).map_err(browser)?;
    }
    Ok(backup)
}
