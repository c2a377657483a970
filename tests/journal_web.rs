//! The officer's journal in its IndexedDB database, in headless Chromium: a change is stored when its commit
//! returns, two tabs never take one chain position, a localStorage journal written by the release before is
//! migrated, a deleted newest event is reported, and 已保存 appears only after the strict transaction completed.
#![cfg(target_arch = "wasm32")]

mod support;

use std::collections::BTreeMap;

use chrono::DateTime;
use gloo_storage::{LocalStorage, Storage};
use liuhen::journal::{IssueKind, head_key};
use liuhen::record::RecordForm;
use liuhen::record::drafts::Draft;
use liuhen::settings::{Profile, Role};
use liuhen::web::draft_store::{save_draft, tab_draft_id};
use liuhen::web::indexed_db::{IdbError, delete_database};
use liuhen::web::journal_db::{JOURNAL_DB_NAME, JournalDb, OpenJournal};
use liuhen::web::profile_store::save_profile;
use support::{by_test_id, click, mount_app_at, record, wait_for};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function delete_entry(db_name, key) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(db_name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction("entries", "readwrite");
      tx.objectStore("entries").delete(key);
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onabort = () => { db.close(); reject(tx.error); };
    };
  });
}

// Watches every IndexedDB transaction: its mode, the durability asked for, and whether `needle` was already on the
// page when the transaction's `complete` event fired (this listener runs before the app's own).
export function watch_transactions(needle) {
  const seen = [];
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (stores, mode, options) {
    const tx = original.call(this, stores, mode, options);
    const entry = { mode: mode || "readonly", durability: options && options.durability, complete: false, shownBefore: null };
    seen.push(entry);
    tx.addEventListener("complete", () => {
      entry.complete = true;
      entry.shownBefore = document.body.textContent.includes(needle);
    });
    return tx;
  };
  return { seen, restore: () => { IDBDatabase.prototype.transaction = original; } };
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn delete_entry(db_name: &str, key: &str) -> Result<JsValue, JsValue>;
    fn watch_transactions(needle: &str) -> JsValue;
}

fn now() -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339("2024-05-01T10:00:00+08:00").unwrap()
}

/// Empty localStorage and no journal database.
async fn fresh_browser() {
    LocalStorage::clear();
    delete_database(JOURNAL_DB_NAME).await.unwrap();
}

async fn open() -> OpenJournal {
    OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open
}

#[wasm_bindgen_test]
async fn a_change_is_stored_when_its_commit_returns_and_survives_reopening() {
    fresh_browser().await;
    let mut first = open().await;
    let id = first.journal.create_record(record(1, "第一次来电"), now()).unwrap();
    first.commit().await.unwrap();
    let device = first.journal.device().clone();
    drop(first);

    let again = open().await;
    assert_eq!(again.journal.device(), &device, "the device id is kept in the same database");
    assert!(again.journal.issues().is_empty(), "{:?}", again.journal.issues());
    assert!(again.journal.fold().record(&id).is_some());
    assert_eq!(again.journal.summary().events, 1);
    assert!(LocalStorage::raw().length().unwrap() == 0, "nothing of the journal goes to localStorage");
}

#[wasm_bindgen_test]
async fn two_tabs_never_take_one_chain_position() {
    fresh_browser().await;
    let mut tab_a = open().await;
    let mut tab_b = open().await;
    tab_a.journal.create_record(record(1, "甲页保存"), now()).unwrap();
    tab_a.commit().await.unwrap();

    // Tab B has not seen A's event: its change claims the same position, and the database refuses all of it.
    tab_b.journal.create_record(record(1, "乙页保存"), now()).unwrap();
    assert!(matches!(tab_b.commit().await, Err(IdbError::AlreadyStored(_))));
    tab_b.reopen().await.unwrap();
    assert_eq!(tab_b.journal.fold().records.len(), 1, "B now shows only what is stored: A's record");
    tab_b.journal.create_record(record(1, "乙页保存"), now()).unwrap();
    tab_b.commit().await.unwrap();

    let third = open().await;
    assert!(third.journal.issues().is_empty(), "{:?}", third.journal.issues());
    let contents: Vec<String> =
        third.journal.fold().records.iter().map(|r| r.current().unwrap().record.content.clone()).collect();
    assert_eq!(contents.len(), 2);
    assert!(contents.contains(&"甲页保存".to_string()) && contents.contains(&"乙页保存".to_string()));
}

#[wasm_bindgen_test]
async fn a_local_storage_journal_of_the_previous_release_is_migrated_and_kept() {
    fresh_browser().await;
    let fixture: BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/local-journal-release.json")).unwrap();
    for (key, value) in &fixture {
        LocalStorage::raw().set_item(key, value).unwrap();
    }
    let opened = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap();
    assert!(opened.notices.iter().any(|n| n.contains("5 条日志事件迁移")), "{:?}", opened.notices);
    let journal = &opened.open.journal;
    assert_eq!(journal.device().as_str(), "3fa4c2d1e0b9a871", "the old device id goes on");
    assert!(journal.issues().is_empty(), "{:?}", journal.issues());
    assert_eq!(journal.fold().records.len(), 2);
    for (key, value) in &fixture {
        assert_eq!(LocalStorage::raw().get_item(key).unwrap().as_ref(), Some(value), "localStorage is left as it was");
    }
    drop(opened);
    let again = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap();
    assert!(again.notices.is_empty(), "nothing left to migrate: {:?}", again.notices);
    assert_eq!(again.open.journal.summary().events, 5);
}

#[wasm_bindgen_test]
async fn deleting_the_newest_event_in_the_database_is_reported() {
    fresh_browser().await;
    let mut journal = open().await;
    let id = journal.journal.create_record(record(1, "原稿"), now()).unwrap();
    journal.journal.add_note(id, "备注一", now()).unwrap();
    journal.journal.add_note(id, "备注二", now()).unwrap();
    journal.commit().await.unwrap();
    let device = journal.journal.device().clone();
    drop(journal);

    delete_entry(JOURNAL_DB_NAME, &format!("liuhen/v1/event/{device}/0000000003")).await.unwrap();
    let reopened = open().await;
    let issues = reopened.journal.issues();
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].key, head_key(&device));
    assert!(matches!(issues[0].kind, IssueKind::Truncated { recorded: 3, found: Some(2), .. }));
    assert!(issues[0].describe().contains("第3号至第3号事件已从存储中丢失或被删除"));
}

#[wasm_bindgen_test]
async fn saved_is_shown_only_after_the_strict_transaction_completed() {
    fresh_browser().await;
    save_profile(&Profile { officer_name: "张三".into(), device_id: String::new(), role: Role::Officer }).unwrap();
    let draft = Draft { form: RecordForm::from_record(&record(1, "请求从轻处罚")), ..Default::default() };
    save_draft(&tab_draft_id().slot(), &draft).unwrap();
    let mounted = mount_app_at("/officer/new");
    let submit = wait_for(&mounted.container, "record-submit").await;
    let watch = watch_transactions("已保存");
    click(&submit);
    wait_for(&mounted.container, "saved-status").await;
    js_sys::Function::from(js_sys::Reflect::get(&watch, &"restore".into()).unwrap()).call0(&watch).unwrap();

    let seen = js_sys::Array::from(&js_sys::Reflect::get(&watch, &"seen".into()).unwrap());
    let field = |entry: &JsValue, name: &str| js_sys::Reflect::get(entry, &name.into()).unwrap();
    let writes: Vec<JsValue> =
        seen.iter().filter(|e| field(e, "mode").as_string().as_deref() == Some("readwrite")).collect();
    assert_eq!(writes.len(), 1, "one transaction for the record and its chain head");
    let write = &writes[0];
    assert_eq!(field(write, "durability").as_string().as_deref(), Some("strict"));
    assert_eq!(field(write, "complete").as_bool(), Some(true));
    assert_eq!(field(write, "shownBefore").as_bool(), Some(false), "已保存 was not on the page before `complete`");
    assert!(by_test_id(&mounted.container, "saved-status").unwrap().text_content().unwrap().contains("已保存"));
}
