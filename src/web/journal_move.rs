//! 迁移到新电脑 in the browser: the migration file made from this journal's database and device key, and taken in on
//! a new laptop (one strict transaction for the journal, the key in localStorage). The format and every check are
//! `crate::transfer`; the cryptography is [`super::passphrase_crypto`].

use super::clock::now;
use super::device_key_store::{adopt_device_seed, device_seed_hex};
use super::indexed_db::IdbStore;
use super::json_store;
use super::local_store::LocalStore;
use super::passphrase_crypto::{seal, unseal};
use super::random::random_bytes;
use crate::transfer::{
    Envelope, FileKind, FileMade, JOURNAL_STORE, JournalMove, MOVED_AWAY_KEY, MadeFile, TransferError, check_restored,
    journal_payload, plan_restore, read_journal_move,
};

fn browser(detail: impl ToString) -> TransferError {
    TransferError::Browser { detail: detail.to_string() }
}

/// The migration file of this journal (every entry of its database, read now, so that another tab's latest change
/// is in it) and this device's key, under `passphrase`. Refused if the journal would not verify on arrival.
pub async fn make_migration_file(passphrase: &str) -> Result<MadeFile, TransferError> {
    let entries = IdbStore::open(JOURNAL_STORE).await.map_err(browser)?.load_all().await.map_err(browser)?;
    let store = LocalStore::open().map_err(browser)?;
    let seed = device_seed_hex(&store, random_bytes::<32>).map_err(browser)?;
    let payload = journal_payload(entries, &seed);
    let journal = read_journal_move(&payload).map_err(TransferError::of_source)?;
    let made_at = now();
    let envelope = seal(FileKind::OfficerJournal, made_at, passphrase, &payload).await?;
    Ok(MadeFile {
        file_name: FileKind::OfficerJournal.file_name(made_at),
        text: envelope.to_json(),
        made: FileMade { made_at, events: journal.events, last_seq: journal.last_seq },
    })
}

/// Notes that a migration file was made and handed out: from now on every start of this laptop warns that its
/// journal was moved.
pub fn note_migration_file(made: &FileMade) -> Result<(), TransferError> {
    json_store::save(MOVED_AWAY_KEY, made).map_err(browser)
}

/// The last migration file made on this browser, if any (an unreadable note is quarantined and not shown).
pub fn last_migration_file() -> Option<FileMade> {
    json_store::load(MOVED_AWAY_KEY).ok().flatten()
}

/// Takes in a migration file: decrypted, verified, planned against this browser's journal (which must hold
/// nothing else), then the key adopted and every entry written in one transaction, and read back. Nothing is written
/// before every check has passed. The page must then be reloaded to open the journal taken in.
pub async fn import_migration_file(bytes: &[u8], passphrase: &str) -> Result<JournalMove, TransferError> {
    let envelope = Envelope::parse(bytes, FileKind::OfficerJournal)?;
    let payload = unseal(&envelope, passphrase).await?;
    let journal = read_journal_move(&payload)?;
    let db = IdbStore::open(JOURNAL_STORE).await.map_err(browser)?;
    let batch = plan_restore(&db.load_all().await.map_err(browser)?, &journal.entries, JOURNAL_STORE)?;
    adopt_device_seed(&LocalStore::open().map_err(browser)?, &journal.seed_hex).map_err(browser)?;
    db.commit(&batch).await.map_err(browser)?;
    check_restored(&db.load_all().await.map_err(browser)?, &journal.entries)?;
    Ok(journal)
}
