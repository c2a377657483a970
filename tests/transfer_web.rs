//! 迁移与备份 in headless Chromium: the WebCrypto round trip of the passphrase file (the right passphrase opens it; a
//! wrong one, a changed ciphertext or a changed header does not), an officer's journal moved into a fresh browser
//! that continues the same chain with the same key, refused where a journal is already kept, and 法治科's merged
//! store backed up and restored.
#![cfg(target_arch = "wasm32")]

mod support;

use liuhen::journal::DeviceId;
use liuhen::journal::KeyValueStore;
use liuhen::transfer::{Envelope, FileKind, ITERATIONS, TransferError, journal_payload};
use liuhen::web::clock::now;
use liuhen::web::device_key_store::{DEVICE_KEY_KEY, device_seed_hex};
use liuhen::web::indexed_db::{IdbStore, MERGED_DB_NAME, delete_database};
use liuhen::web::journal_db::{JournalDb, OpenJournal};
use liuhen::web::journal_move::{import_migration_file, make_migration_file};
use liuhen::web::legal_backup::{make_backup_file, restore_backup_file};
use liuhen::web::legal_device_store::LEGAL_DEVICE_KEY;
use liuhen::web::local_store::LocalStore;
use liuhen::web::passphrase_crypto::{seal, unseal};
use liuhen::web::random::random_bytes;
use support::{fresh_storage, record};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASSPHRASE: &str = "黔江规资-2026迁移";

#[wasm_bindgen_test]
async fn only_the_right_passphrase_opens_an_unchanged_file() {
    let payload = journal_payload(vec![("liuhen/v1/device".into(), "d1".into())], &"ab".repeat(32));
    let sealed = seal(FileKind::OfficerJournal, now(), PASSPHRASE, &payload).await.unwrap();
    let text = sealed.to_json();
    assert!(text.contains(&format!("\"iterations\": {ITERATIONS}")), "{text}");
    assert!(!text.contains("liuhen/v1/device"), "the payload is not in the clear");
    let read = Envelope::parse(text.as_bytes(), FileKind::OfficerJournal).unwrap();
    assert_eq!(unseal(&read, PASSPHRASE).await, Ok(payload));

    assert_eq!(unseal(&read, "黔江规资-2026迁移 ").await, Err(TransferError::WrongPassphraseOrTampered));
    let mut flipped = read.clone();
    flipped.ciphertext[3] ^= 1;
    assert_eq!(unseal(&flipped, PASSPHRASE).await, Err(TransferError::WrongPassphraseOrTampered));
    let later = Envelope { made_at: read.made_at + chrono::Duration::minutes(1), ..read.clone() };
    assert_eq!(unseal(&later, PASSPHRASE).await, Err(TransferError::WrongPassphraseOrTampered), "header bound");
    let message = TransferError::WrongPassphraseOrTampered.to_string();
    assert!(message.contains("口令不正确") && message.contains("未写入任何内容"), "{message}");
}

#[wasm_bindgen_test]
async fn a_journal_moves_to_a_fresh_browser_and_continues_its_chain_with_its_key() {
    fresh_storage().await;
    let mut old = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open;
    old.journal.create_record(record(1, "旧电脑上的记录"), now()).unwrap();
    old.commit().await.unwrap();
    let device = old.journal.device().clone();
    let seed = device_seed_hex(&LocalStore::open().unwrap(), random_bytes::<32>).unwrap();
    let file = make_migration_file(PASSPHRASE).await.unwrap();
    assert_eq!((file.made.events, file.made.last_seq), (1, Some(1)));
    drop(old);

    // The new laptop: started once (it made its own device id and key), nothing recorded.
    fresh_storage().await;
    let fresh = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open;
    assert_ne!(fresh.journal.device(), &device);
    drop(fresh);
    device_seed_hex(&LocalStore::open().unwrap(), random_bytes::<32>).unwrap();

    let wrong = import_migration_file(file.text.as_bytes(), "别的口令12345").await;
    assert_eq!(wrong.unwrap_err(), TransferError::WrongPassphraseOrTampered);
    let moved = import_migration_file(file.text.as_bytes(), PASSPHRASE).await.unwrap();
    assert_eq!((moved.device.clone(), moved.events), (device.clone(), 1));
    assert_eq!(LocalStore::open().unwrap().get(DEVICE_KEY_KEY).unwrap(), Some(seed), "the same signing key");

    let mut new = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open;
    assert_eq!(new.journal.device(), &device);
    assert!(new.journal.issues().is_empty(), "{:?}", new.journal.issues());
    new.journal.create_record(record(2, "新电脑上的记录"), now()).unwrap();
    new.commit().await.unwrap();
    assert_eq!(new.journal.summary().last_seq, Some(2), "the next position of the same chain");
    drop(new);
    let reopened = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open;
    assert!(reopened.journal.issues().is_empty(), "{:?}", reopened.journal.issues());
    assert_eq!(reopened.journal.fold().records.len(), 2);

    // A second import into this browser, which now keeps a journal, is refused and writes nothing.
    let before = reopened.entries();
    drop(reopened);
    let refused = import_migration_file(file.text.as_bytes(), PASSPHRASE).await.unwrap_err();
    assert!(matches!(refused, TransferError::TargetInUse { .. }), "{refused:?}");
    assert_eq!(OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open.entries(), before);
}

#[wasm_bindgen_test]
async fn a_merged_store_is_backed_up_and_restored_verified() {
    fresh_storage().await;
    delete_database(MERGED_DB_NAME).await.unwrap();
    let mut officer = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open;
    officer.journal.create_record(record(1, "来电说情"), now()).unwrap();
    officer.journal.create_record(record(2, "当面说情"), now()).unwrap();
    officer.commit().await.unwrap();
    let merged: Vec<(String, String)> = officer
        .journal
        .stored_events()
        .into_iter()
        .map(|(event, text)| (liuhen::bundle::store_keys::merged_event_key(&event.hash), text.to_string()))
        .collect();
    drop(officer);
    IdbStore::open(MERGED_DB_NAME).await.unwrap().write_batch(&merged).await.unwrap();
    let legal = DeviceId::new("aa00aa00aa00aa00").unwrap();
    LocalStore::open().unwrap().set(LEGAL_DEVICE_KEY, legal.as_str()).unwrap();
    let mut legal_journal = OpenJournal::open(JournalDb::Legal, "李四").await.unwrap().open;
    legal_journal.journal.create_record(record(3, "法治科自己的记录"), now()).unwrap();
    legal_journal.commit().await.unwrap();
    let legal_entries = legal_journal.entries();
    drop(legal_journal);
    let file = make_backup_file(PASSPHRASE).await.unwrap();
    assert_eq!(file.made.events, 3, "two merged events and one of 法治科's own journal");

    fresh_storage().await;
    delete_database(MERGED_DB_NAME).await.unwrap();
    let officer_file = Envelope::parse(file.text.as_bytes(), FileKind::OfficerJournal);
    assert_eq!(officer_file.unwrap_err(), TransferError::WrongKind { found: FileKind::LegalBackup });
    // 法治科's pages were opened once on the new machine: its own journal made a device id, nothing else.
    drop(OpenJournal::open(JournalDb::Legal, "王五").await.unwrap());
    let restored = restore_backup_file(file.text.as_bytes(), PASSPHRASE).await.unwrap();
    assert_eq!((restored.events, restored.journal_events), (2, 1));
    assert_eq!(restored.legal_device, Some(legal.clone()));
    let journal = OpenJournal::open(JournalDb::Legal, "王五").await.unwrap().open;
    assert_eq!(journal.entries(), legal_entries, "法治科's own journal as it was, under its own device id");
    assert!(journal.journal.issues().is_empty());
    drop(journal);
    let mut stored = IdbStore::open(MERGED_DB_NAME).await.unwrap().load_all().await.unwrap();
    stored.sort();
    let mut expected = merged.clone();
    expected.sort();
    assert_eq!(stored, expected);
    assert_eq!(LocalStore::open().unwrap().get(LEGAL_DEVICE_KEY).unwrap().as_deref(), Some(legal.as_str()));
    // Made again (as after a failure half-way), the restore writes nothing new; into a store that holds data of
    // its own, it is refused.
    assert_eq!(restore_backup_file(file.text.as_bytes(), PASSPHRASE).await.map(|b| b.events), Ok(2));
    let own = vec![("liuhen/merged/v1/import/0000000009".to_string(), "{}".to_string())];
    IdbStore::open(MERGED_DB_NAME).await.unwrap().write_batch(&own).await.unwrap();
    let refused = restore_backup_file(file.text.as_bytes(), PASSPHRASE).await.unwrap_err();
    assert!(matches!(refused, TransferError::TargetInUse { .. }), "{refused:?}");
    delete_database(MERGED_DB_NAME).await.unwrap();
}
