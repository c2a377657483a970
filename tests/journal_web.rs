//! The journal on the browser's real localStorage, in headless Chromium: append and reload, a full quota,
//! corrupt data, and two writers.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, NaiveDate};
use gloo_storage::{LocalStorage, Storage};
use liuhen::journal::{AppendError, DeviceId, IssueKind, Journal, KeyValueStore, StoreError};
use liuhen::record::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
use liuhen::rules::r2::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};
use liuhen::web::local_store::LocalStore;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EVENT_PREFIX: &str = "liuhen/v1/event/";

fn record(content: &str) -> InterferenceRecord {
    InterferenceRecord {
        occurred_at: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap().and_hms_opt(9, 30, 0).unwrap(),
        place: "执法支队办公室".into(),
        person: Person { name: "王某".into(), unit: "某科室".into(), position: "副科长".into() },
        content: content.into(),
        case: CaseRef {
            number: "黔规资罚〔2024〕12号".into(),
            cause: "未批先建".into(),
            stage: CaseStage::Investigation,
        },
        recorders: vec!["张三".into()],
        facts: InterferenceFacts {
            category: PersonCategory::Retired,
            method: ContactMethod::Phone,
            conduct: vec![Conduct::PleadForParty],
            ..Default::default()
        },
        reports: ReportStatus::default(),
    }
}

fn now() -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339("2024-05-01T10:00:00+08:00").unwrap()
}

fn open(device: &str) -> Journal<LocalStore> {
    Journal::open(LocalStore::open().unwrap(), DeviceId::new(device).unwrap(), "张三").unwrap()
}

/// Every event key and its text, straight from localStorage.
fn stored_events() -> Vec<(String, String)> {
    let store = LocalStore::open().unwrap();
    let mut entries: Vec<(String, String)> = store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(EVENT_PREFIX))
        .map(|k| {
            let v = store.get(&k).unwrap().unwrap();
            (k, v)
        })
        .collect();
    entries.sort();
    entries
}

#[wasm_bindgen_test]
fn appended_events_survive_a_reload_and_verify() {
    LocalStorage::clear();
    let mut journal = open("tab_a");
    let id = journal.create_record(record("第一次说情"), now()).unwrap();
    journal.add_note(id, "已拒绝", now()).unwrap();
    drop(journal);

    let reopened = open("tab_a");
    assert!(reopened.issues().is_empty(), "{:?}", reopened.issues());
    let folded = reopened.fold();
    let state = folded.record(&id).expect("record folded after reload");
    assert_eq!(state.current().unwrap().record.content, "第一次说情");
    assert_eq!(state.notes.len(), 1);
    assert_eq!(stored_events().len(), 2, "one key per event");
}

#[wasm_bindgen_test]
fn a_full_quota_refuses_the_write_and_loses_nothing() {
    LocalStorage::clear();
    let mut journal = open("tab_a");
    journal.create_record(record("已保存的记录"), now()).unwrap();
    let before = stored_events();

    // Fill the origin's storage with other data until the browser refuses, in shrinking chunks.
    let storage = LocalStorage::raw();
    let mut chunk = 1_000_000usize;
    let mut index = 0;
    while chunk >= 16 {
        if storage.set_item(&format!("filler/{index}"), &"x".repeat(chunk)).is_ok() {
            index += 1;
        } else {
            chunk /= 2;
        }
    }

    let refused = journal.create_record(record("放不下的记录"), now());
    assert_eq!(refused, Err(AppendError::Store(StoreError::QuotaExceeded)));
    assert_eq!(stored_events(), before, "stored events untouched");
    for i in 0..index {
        storage.remove_item(&format!("filler/{i}")).unwrap();
    }
    let reopened = open("tab_a");
    assert!(reopened.issues().is_empty());
    assert_eq!(reopened.fold().records.len(), 1);
}

#[wasm_bindgen_test]
fn corrupt_data_is_quarantined_and_reported() {
    LocalStorage::clear();
    let mut journal = open("tab_a");
    journal.create_record(record("原始记录"), now()).unwrap();
    drop(journal);
    let key = format!("{EVENT_PREFIX}tab_a/0000000002");
    LocalStorage::raw().set_item(&key, "{\"不是\":\"事件").unwrap();

    let reopened = open("tab_a");
    let issue = reopened.issues().iter().find(|i| i.key == key).expect("the corrupt key is reported");
    assert!(matches!(issue.kind, IssueKind::Unreadable { .. }), "{:?}", issue.kind);
    let store = LocalStore::open().unwrap();
    let quarantined: Vec<String> =
        store.keys().unwrap().into_iter().filter(|k| k.starts_with("liuhen/v1/quarantine/")).collect();
    assert_eq!(quarantined.len(), 1);
    assert_eq!(store.get(&quarantined[0]).unwrap().as_deref(), Some("{\"不是\":\"事件"));
    assert_eq!(store.get(&key).unwrap().as_deref(), Some("{\"不是\":\"事件"), "the original stays in place");
    assert_eq!(reopened.fold().records.len(), 1, "the readable record is still shown");
}

#[wasm_bindgen_test]
fn two_writers_on_one_device_never_overwrite_each_other() {
    LocalStorage::clear();
    let mut first = open("same_device");
    let mut second = open("same_device");
    let mut ids = Vec::new();
    for round in 0..5 {
        ids.push(first.create_record(record(&format!("标签页一 第{round}条")), now()).unwrap());
        ids.push(second.create_record(record(&format!("标签页二 第{round}条")), now()).unwrap());
    }
    let reopened = open("same_device");
    assert!(reopened.issues().is_empty(), "{:?}", reopened.issues());
    let folded = reopened.fold();
    assert_eq!(folded.records.len(), 10);
    for id in ids {
        assert!(folded.record(&id).is_some(), "record {id} kept");
    }
    assert_eq!(stored_events().len(), 10);
}
