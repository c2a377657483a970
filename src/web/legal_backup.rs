//! 法治科备份 in the browser: the backup file made from the merged store's database, 法治科's own journal's database
//! and 法治科's device id, and restored on a new machine (one strict transaction per database). The format and every
//! check are `crate::transfer`; the cryptography is [`super::passphrase_crypto`].

use super::clock::now;
use super::indexed_db::IdbStore;
use super::json_store;
use super::legal_device_store::{LEGAL_DEVICE_KEY, adopt_legal_device};
use super::local_store::LocalStore;
use super::passphrase_crypto::{seal, unseal};
use crate::journal::{Batch, DeviceId, KeyValueStore};
use crate::transfer::{
    Envelope, FileKind, FileMade, LEGAL_BACKUP_MADE_KEY, LEGAL_JOURNAL_STORE, LegalBackup, MERGED_STORE, MadeFile,
    TransferError, check_restored, legal_payload, plan_restore, read_legal_backup,
};

fn browser(detail: impl ToString) -> TransferError {
    TransferError::Browser { detail: detail.to_string() }
}

/// Every entry of the database `name`, and the open database.
async fn read(name: &str) -> Result<(IdbStore, Vec<(String, String)>), TransferError> {
    let db = IdbStore::open(name).await.map_err(browser)?;
    let entries = db.load_all().await.map_err(browser)?;
    Ok((db, entries))
}

/// The backup of this browser's merged store, 法治科's own journal and 法治科's device id, under `passphrase`.
/// Refused if a store would not verify on restore.
pub async fn make_backup_file(passphrase: &str) -> Result<MadeFile, TransferError> {
    let (_, merged) = read(MERGED_STORE).await?;
    let (_, journal) = read(LEGAL_JOURNAL_STORE).await?;
    let store = LocalStore::open().map_err(browser)?;
    let legal_device = store.get(LEGAL_DEVICE_KEY).map_err(browser)?.and_then(|text| DeviceId::new(text).ok());
    let payload = legal_payload(merged, journal, legal_device.as_ref());
    let backup = read_legal_backup(&payload).map_err(TransferError::of_source)?;
    let made_at = now();
    let envelope = seal(FileKind::LegalBackup, made_at, passphrase, &payload).await?;
    Ok(MadeFile {
        file_name: FileKind::LegalBackup.file_name(made_at),
        text: envelope.to_json(),
        made: FileMade { made_at, events: backup.events + backup.journal_events, last_seq: None },
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

/// Restores a backup: decrypted, verified, both stores planned (each must hold nothing but the backup's entries),
/// then each written in one transaction and read back, and 法治科's device id adopted. Nothing is written before every
/// check has passed; a restore cut short can be made again. The page must then be reloaded.
pub async fn restore_backup_file(bytes: &[u8], passphrase: &str) -> Result<LegalBackup, TransferError> {
    let envelope = Envelope::parse(bytes, FileKind::LegalBackup)?;
    let payload = unseal(&envelope, passphrase).await?;
    let backup = read_legal_backup(&payload)?;
    let (merged_db, merged) = read(MERGED_STORE).await?;
    let (journal_db, journal) = read(LEGAL_JOURNAL_STORE).await?;
    let merged_writes = plan_restore(&merged, &backup.entries, MERGED_STORE)?;
    let journal_writes = plan_restore(&journal, &backup.journal, LEGAL_JOURNAL_STORE)?;
    write(&merged_db, &merged_writes, &backup.entries).await?;
    write(&journal_db, &journal_writes, &backup.journal).await?;
    if let Some(id) = &backup.legal_device {
        adopt_legal_device(&LocalStore::open().map_err(browser)?, id).map_err(browser)?;
    }
    Ok(backup)
}

/// Commits `batch` to `db` in one transaction, then checks that `db` holds every one of `entries`.
async fn write(db: &IdbStore, batch: &Batch, entries: &[(String, String)]) -> Result<(), TransferError> {
    db.commit(batch).await.map_err(browser)?;
    check_restored(&db.load_all().await.map_err(browser)?, entries)
}
