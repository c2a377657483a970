//! Migrating a localStorage journal written by the release before the durable database (fixture
//! `tests/fixtures/local-journal-release.json`, dumped from that release's own `Journal`).

use std::collections::BTreeMap;

use super::*;
use crate::journal::keys::{DEVICE_KEY, event_key};
use crate::journal::local_migration::{MigrationError, check_migration, is_journal_entry, plan_migration};
use crate::journal::{ChainHead, StagedStore, head_key};

fn release_local_storage() -> Vec<(String, String)> {
    let map: BTreeMap<String, String> =
        serde_json::from_str(include_str!("../../../tests/fixtures/local-journal-release.json")).unwrap();
    map.into_iter().collect()
}

/// Applies a plan's batch to a database copy, as one transaction would.
fn applied(db: &BTreeMap<String, String>, plan_batch: &crate::journal::Batch) -> BTreeMap<String, String> {
    let mut after = db.clone();
    for (k, v) in plan_batch.add.iter().chain(&plan_batch.put) {
        after.insert(k.clone(), v.clone());
    }
    after
}

#[test]
fn a_release_journal_moves_whole_verifies_and_continues_its_chain() {
    let local = release_local_storage();
    let db = BTreeMap::new();
    let plan = plan_migration(&local, &db);
    assert_eq!(plan.events, 5);
    assert!(plan.conflicts.is_empty());
    assert!(!plan.batch.add.iter().any(|(k, _)| k == "liuhen/v1/profile"), "settings stay in localStorage");
    let after = applied(&db, &plan.batch);
    let mark = check_migration(&local, &after, &plan, at(200)).unwrap();
    assert_eq!((mark.events, mark.entries), (5, 6));

    let device = device("3fa4c2d1e0b9a871");
    assert_eq!(after.get(DEVICE_KEY).map(String::as_str), Some("3fa4c2d1e0b9a871"));
    let head = ChainHead::read(&after[&head_key(&device)]).unwrap();
    assert_eq!(head.seq, 5, "a head is written for the migrated chain");

    let store = StagedStore::loaded(after);
    let mut journal = Journal::open(store.clone(), device.clone(), "张三").unwrap();
    assert!(journal.issues().is_empty(), "{:?}", journal.issues());
    assert_eq!(journal.fold().records.len(), 2);
    let id = journal.fold().records[0].id;
    journal.add_note(id, "迁移后的备注", at(210)).unwrap();
    let batch = store.take_batch();
    assert_eq!(batch.add[0].0, event_key(&device, 6), "the chain goes on after the migrated events");
}

#[test]
fn a_second_start_finds_nothing_to_migrate_and_a_half_done_one_finishes() {
    let local = release_local_storage();
    let full = applied(&BTreeMap::new(), &plan_migration(&local, &BTreeMap::new()).batch);
    assert!(plan_migration(&local, &full).batch.is_empty(), "nothing to do once copied");

    let mut half = full.clone();
    half.remove(&event_key(&device("3fa4c2d1e0b9a871"), 5));
    let plan = plan_migration(&local, &half);
    assert_eq!(plan.events, 1, "only what is missing is copied");
    check_migration(&local, &applied(&half, &plan.batch), &plan, at(200)).unwrap();
}

#[test]
fn different_content_already_in_the_database_is_never_overwritten() {
    let local = release_local_storage();
    let key = event_key(&device("3fa4c2d1e0b9a871"), 2);
    let db: BTreeMap<String, String> = [(key.clone(), "另一份内容".to_string())].into_iter().collect();
    let plan = plan_migration(&local, &db);
    assert_eq!(plan.conflicts, vec![key.clone()]);
    assert!(!plan.batch.add.iter().any(|(k, _)| *k == key));
}

#[test]
fn a_copy_that_did_not_arrive_is_not_marked_migrated() {
    let local = release_local_storage();
    let plan = plan_migration(&local, &BTreeMap::new());
    let mut after = applied(&BTreeMap::new(), &plan.batch);
    let lost = event_key(&device("3fa4c2d1e0b9a871"), 3);
    after.remove(&lost);
    assert_eq!(check_migration(&local, &after, &plan, at(200)), Err(MigrationError::NotCopied(vec![lost])));
    let said = MigrationError::NotCopied(vec![]).describe();
    assert!(said.contains("原数据仍完整保留在本地存储中"), "{said}");
}

#[test]
fn only_journal_keys_move() {
    assert!(is_journal_entry("liuhen/v1/device"));
    assert!(is_journal_entry("liuhen/v1/event/d1/0000000001"));
    assert!(is_journal_entry("liuhen/v1/quarantine/liuhen/v1/event/d1/0000000001#abcd"));
    assert!(!is_journal_entry("liuhen/v1/profile"));
    assert!(!is_journal_entry("liuhen/v1/draft/new"));
    assert!(!is_journal_entry("liuhen/v1/quarantine/liuhen/v1/draft/new#abcd"));
    assert!(!is_journal_entry("liuhen/v1/legal-device"));
}
