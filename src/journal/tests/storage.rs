//! Storage: atomic writes, quota and failures, quarantine of corrupt or foreign data, usage.

use super::*;
use crate::journal::keys::{event_key, quarantine_key};
use crate::journal::{AppendError, KeyValueStore, Quarantine, StoreError, Usage};

#[test]
fn a_write_over_quota_fails_with_a_typed_error_and_leaves_the_store_byte_identical() {
    // Measure two records' worth, then allow a little less than a third.
    let probe = MemoryStore::new();
    let mut journal = open(&probe, "d1");
    journal.create_record(record("第一条"), at(0)).unwrap();
    let one = probe.used_units();
    let store = MemoryStore::with_quota(one * 5 / 2);
    let mut journal = open(&store, "d1");
    journal.create_record(record("第一条"), at(0)).unwrap();
    journal.create_record(record("第二条"), at(1)).unwrap();
    let before = store.entries();

    let error = journal.create_record(record("第三条"), at(2)).unwrap_err();
    assert_eq!(error, AppendError::Store(StoreError::QuotaExceeded));
    assert!(error.to_string().contains("没有写入任何内容"), "{error}");
    assert!(!error.to_string().contains("归档"), "no archive to advise: {error}");
    assert_eq!(store.entries(), before, "byte-identical");
    assert_eq!(journal.events().len(), 2);
    assert!(journal.issues().is_empty());
    assert!(open(&store, "d1").issues().is_empty());
}

#[test]
fn a_failing_store_writes_nothing_and_says_why() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("x"), at(0)).unwrap();
    let before = store.entries();
    store.fail_writes(Some(StoreError::Unavailable("SecurityError".into())));
    let error = journal.add_note(id, "备注", at(1)).unwrap_err();
    assert_eq!(error.to_string(), "无法使用浏览器存储：SecurityError");
    assert_eq!(store.entries(), before);
    store.fail_writes(None);
    journal.add_note(id, "备注", at(1)).unwrap();
    assert!(open(&store, "d1").issues().is_empty());
}

#[test]
fn corrupt_and_foreign_data_under_event_keys_is_quarantined_with_its_original_content() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    journal.create_record(record("x"), at(0)).unwrap();
    let not_json = (event_key(&device("d1"), 2), "{\"body\":不是JSON".to_string());
    let wrong_shape = (event_key(&device("d2"), 1), r#"{"foo":1}"#.to_string());
    let bad_key = ("liuhen/v1/event/garbage".to_string(), "随便什么".to_string());
    for (k, v) in [&not_json, &wrong_shape, &bad_key] {
        store.set(k, v).unwrap();
    }
    store.set("other/app", "{").unwrap();
    store.set("liuhen/v1/settings", "{").unwrap();

    let journal = open(&store, "d1");
    let entries = store.entries();
    for (key, text) in [&not_json, &wrong_shape, &bad_key] {
        let copy = quarantine_key(key, text);
        assert_eq!(entries.get(&copy), Some(text), "copied byte for byte");
        assert_eq!(entries.get(key), Some(text), "the original stays in place");
        let issue = journal.issues().iter().find(|i| i.key == *key).unwrap();
        match &issue.kind {
            IssueKind::Unreadable { quarantine: Quarantine::CopiedTo(to), .. } => assert_eq!(*to, copy),
            other => panic!("{key}: {other:?}"),
        }
        assert!(issue.describe().contains("已复制到隔离区"), "{}", issue.describe());
    }
    assert_eq!(journal.issues().len(), 3);
    assert_eq!(
        entries.len(),
        1 + 1 + 3 + 3 + 2,
        "one event and its head, three corrupt, three copies, two foreign keys untouched"
    );
    assert_eq!(open(&store, "d1").issues(), journal.issues());
    assert_eq!(store.entries(), entries, "quarantine happens once per content");
}

#[test]
fn a_quarantine_copy_that_does_not_fit_is_reported_and_the_original_kept() {
    let store = MemoryStore::new();
    store.set(&event_key(&device("d1"), 1), "{").unwrap();
    let full = MemoryStore::with_quota(store.used_units());
    full.set(&event_key(&device("d1"), 1), "{").unwrap();
    let journal = open(&full, "d1");
    assert_eq!(
        journal.issues()[0].kind,
        IssueKind::Unreadable {
            reason: "不是有效的JSON：EOF while parsing an object at line 1 column 1".into(),
            quarantine: Quarantine::Failed(StoreError::QuotaExceeded),
        }
    );
    assert!(journal.issues()[0].describe().contains("复制到隔离区失败（浏览器存储空间已满"));
    assert_eq!(full.entries().len(), 1);
}

#[test]
fn appending_after_an_unreadable_newest_event_keeps_it_and_flags_the_link() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("x"), at(0)).unwrap();
    store.set(&event_key(&device("d1"), 2), "损坏").unwrap();
    let note = journal.add_note(id, "备注", at(1)).unwrap();
    assert_eq!(store.get(&event_key(&device("d1"), 2)).unwrap().as_deref(), Some("损坏"), "never overwritten");
    let third = journal.events().into_iter().find(|e| e.hash == note).unwrap();
    assert_eq!((third.seq, third.prev), (3, Some(id)));
    let kinds = issue_kinds(&journal);
    assert!(matches!(&kinds[0].1, IssueKind::Unreadable { quarantine: Quarantine::Pending, .. }), "{kinds:?}");
    assert_eq!(kinds[1], (event_key(&device("d1"), 3), IssueKind::PrevUnreadable { seq: 2 }));
    journal.refresh().unwrap();
    assert!(matches!(&journal.issues()[0].kind, IssueKind::Unreadable { quarantine: Quarantine::CopiedTo(_), .. }));
}

#[test]
fn usage_counts_utf16_units_of_the_app_keys() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    journal.create_record(record("留痕"), at(0)).unwrap();
    store.set("other/app", "不计入").unwrap();
    let usage = journal.usage().unwrap();
    let expected: u64 = store
        .entries()
        .iter()
        .filter(|(k, _)| k.starts_with("liuhen/v1/"))
        .map(|(k, v)| (k.encode_utf16().count() + v.encode_utf16().count()) as u64)
        .sum();
    assert_eq!(usage, Usage { used: expected, quota: 5_200_000 });
}
