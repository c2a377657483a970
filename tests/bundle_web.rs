//! Bundles in headless Chromium: the IndexedDB adapter (round trip, all-or-nothing batches), export from a journal
//! on the real localStorage and import into a merged store on the real IndexedDB (the device's first file held
//! until a person confirms its key), and the device key kept in localStorage. Run: `cargo test --target wasm32-unknown-unknown --test bundle_web`.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::{DateTime, FixedOffset};
use gloo_storage::{LocalStorage, Storage};
use liuhen::bundle::{
    DeviceKey, ExportRequest, ImportOutcome, ImportRequest, KeyDecision, MergedStore, Refusal, Warning, export,
    prepare_import, prepare_key_decision, record_sources,
};
use liuhen::journal::keys::quarantine_key;
use liuhen::journal::{DeviceId, ExportScope, Journal, KeyValueStore, MemoryStore};
use liuhen::register::rows;
use liuhen::rules::r2::PersonCategory;
use liuhen::settings::{Profile, Readings, Role};
use liuhen::web::device_key_store::{
    DEVICE_KEY_KEY, DeviceKeyError, load_or_create_device_key, replace_corrupt_device_key,
};
use liuhen::web::indexed_db::{IdbError, IdbStore, MERGED_DB_NAME, delete_database};
use liuhen::web::local_store::LocalStore;
use liuhen::web::profile_store::save_profile;
use liuhen::web::random::random_bytes;
use liuhen::web::readings_store::save_readings;
use support::{fresh_storage, mount_app_at, record, wait_for, wait_until};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A database of its own for each test.
fn fresh_name(test: &str) -> String {
    let bytes: [u8; 8] = random_bytes().unwrap();
    format!("liuhen-test-{test}-{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2024-05-06T10:00:00+08:00").unwrap()
}

/// 法治科's person confirming the key of the one file held for it, after comparing the fingerprint.
fn confirmation(store: &MergedStore, by: &str) -> KeyDecision {
    let held = store.awaiting_decision();
    assert_eq!(held.len(), 1, "{held:?}");
    KeyDecision {
        quarantine_id: held[0].id.clone(),
        accept: true,
        decided_by: by.into(),
        decided_at: now(),
        note: "与张三电脑“设置”页的指纹逐组核对一致".into(),
    }
}

/// Writes a plan's batch to the database and applies it to the store.
async fn commit(db: &IdbStore, store: &mut MergedStore, outcome: &ImportOutcome) {
    db.write_batch(outcome.plan.writes()).await.unwrap();
    store.apply(&outcome.plan).unwrap();
}

#[wasm_bindgen_test]
async fn a_batch_round_trips_through_indexed_db_and_survives_reopening() {
    let name = fresh_name("roundtrip");
    let db = IdbStore::open(&name).await.unwrap();
    assert_eq!(db.load_all().await.unwrap(), vec![]);
    let batch = pairs(&[("b", "二"), ("a", "一"), ("c", "{\"x\":\"<script>\"}")]);
    db.write_batch(&batch).await.unwrap();
    let mut expected = batch.clone();
    expected.sort();
    assert_eq!(db.load_all().await.unwrap(), expected);
    db.close();

    let again = IdbStore::open(&name).await.unwrap();
    assert_eq!(again.load_all().await.unwrap(), expected, "read back by a new connection");
    again.close();
    delete_database(&name).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_failed_transaction_writes_nothing_of_its_batch() {
    let name = fresh_name("abort");
    let db = IdbStore::open(&name).await.unwrap();
    db.write_batch(&pairs(&[("a", "一")])).await.unwrap();

    // "a" is already stored: adding it again fails inside the transaction after "b" was queued, so the whole
    // transaction aborts, and neither "b" nor "c" is written.
    let error = db.write_batch(&pairs(&[("b", "二"), ("a", "另一个值"), ("c", "三")])).await.unwrap_err();
    assert!(matches!(error, IdbError::AlreadyStored(_)), "{error:?}");
    assert!(error.to_string().contains("未写入任何内容"), "{error}");
    assert_eq!(db.load_all().await.unwrap(), pairs(&[("a", "一")]));

    // The same value again is refused too: entries are only ever added, never overwritten.
    assert!(db.write_batch(&pairs(&[("a", "一"), ("d", "四")])).await.is_err());
    assert_eq!(db.load_all().await.unwrap(), pairs(&[("a", "一")]));

    // A batch giving one key two values is refused before anything is written.
    let conflicting = db.write_batch(&pairs(&[("e", "1"), ("e", "2")])).await.unwrap_err();
    assert_eq!(conflicting, IdbError::ConflictingBatch("e".into()));
    // Identical repeats are written once.
    db.write_batch(&pairs(&[("f", "6"), ("f", "6")])).await.unwrap();
    assert_eq!(db.load_all().await.unwrap(), pairs(&[("a", "一"), ("f", "6")]));
    db.close();
    delete_database(&name).await.unwrap();
}

#[wasm_bindgen_test]
async fn an_export_from_the_journal_imports_into_the_merged_store_end_to_end() {
    LocalStorage::clear();
    let device = DeviceId::new("officer_laptop").unwrap();
    let key = DeviceKey::from_seed([7; 32]);
    let mut journal = Journal::open(LocalStore::open().unwrap(), device.clone(), "张三").unwrap();
    for case in 1..=3 {
        journal.create_record(record(case, &format!("第{case}次来电说情")), now()).unwrap();
    }
    let request = ExportRequest { device: &device, officer: "张三", key: &key, scope: ExportScope::Full, now: now() };
    let bundle = export(&journal.stored_events(), &request).unwrap();
    journal.record_export(bundle.digest, ExportScope::Full, bundle.chains.clone(), now()).unwrap();
    assert_eq!(bundle.events, 3);

    let name = fresh_name("e2e");
    let db = IdbStore::open(&name).await.unwrap();
    let mut store = MergedStore::load(db.load_all().await.unwrap());
    let import =
        ImportRequest {
            file_name: &bundle.file_name, bytes: bundle.text.as_bytes(), by: "法治科李四", now: now()
        };
    // The device's first file: held, nothing merged, until a person confirms its key.
    let held = prepare_import(&store, &import);
    assert!(matches!(held.preview.error, Some(Refusal::FirstKey { .. })), "{:?}", held.preview.error);
    assert_eq!((held.preview.added.events, held.preview.added.new_records), (3, 3), "shown before deciding");
    commit(&db, &mut store, &held).await;
    assert_eq!((store.event_count(), store.pins().count()), (0, 0));
    let outcome = prepare_key_decision(&store, &confirmation(&store, "法治科李四")).unwrap();
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    assert_eq!((outcome.preview.added.events, outcome.preview.added.new_records), (3, 3));
    commit(&db, &mut store, &outcome).await;

    // What is stored reads back as exactly the store in memory, with provenance.
    let reloaded = MergedStore::load(db.load_all().await.unwrap());
    assert!(reloaded.issues().is_empty(), "{:?}", reloaded.issues());
    assert_eq!(reloaded.event_count(), 3);
    assert_eq!(reloaded.imports().count(), 1);
    assert_eq!(reloaded.pins().count(), 1);
    assert_eq!(reloaded.pins().next().unwrap().pinned_by, "法治科李四");
    assert!(reloaded.awaiting_decision().is_empty());
    assert_eq!(reloaded.decisions().len(), 1);
    let entries = rows(reloaded.fold().records, &Readings::default());
    assert_eq!(entries.len(), 3);
    for entry in &entries {
        let sources = record_sources(&reloaded, &entry.record).unwrap();
        assert_eq!(sources.created.officer, "张三");
        assert_eq!(sources.created.device, device);
        assert_eq!(sources.created.imports.len(), 1);
        assert_eq!(sources.created.imports[0].source, bundle.file_name);
        assert_eq!(sources.created.imports[0].imported_by, "法治科李四");
    }

    // Importing the same file again writes nothing.
    let again = prepare_import(&reloaded, &import);
    assert!(again.plan.is_empty());
    assert!(
        again.preview.warnings.iter().any(|w| matches!(w, Warning::AlreadyImported { numbers } if numbers == &[1]))
    );

    // The next incremental export carries the export record and a new record; it merges on top.
    journal.create_record(record(4, "第四次来电"), now()).unwrap();
    let request = ExportRequest { scope: ExportScope::Incremental, ..request };
    let next = export(&journal.stored_events(), &request).unwrap();
    assert_eq!(next.events, 2);
    let mut store = reloaded;
    let outcome = prepare_import(
        &store,
        &ImportRequest { file_name: &next.file_name, bytes: next.text.as_bytes(), by: "法治科李四", now: now() },
    );
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    assert_eq!(outcome.preview.added.events, 2);
    db.write_batch(outcome.plan.writes()).await.unwrap();
    store.apply(&outcome.plan).unwrap();
    let reloaded = MergedStore::load(db.load_all().await.unwrap());
    assert_eq!(reloaded.event_count(), 5);
    assert_eq!(rows(reloaded.fold().records, &Readings::default()).len(), 4);
    db.close();
    delete_database(&name).await.unwrap();
    LocalStorage::clear();
}

#[wasm_bindgen_test]
async fn a_stale_plan_is_not_written_twice_over_another_tabs_import() {
    // Two tabs hold the same file against the same empty store, then confirm its key; each time the second batch
    // fails as a whole.
    let key = DeviceKey::from_seed([8; 32]);
    let device = DeviceId::new("tab_race").unwrap();
    let mut journal = Journal::open(MemoryStore::new(), device.clone(), "张三").unwrap();
    journal.create_record(record(5, "来电"), now()).unwrap();
    let request = ExportRequest { device: &device, officer: "张三", key: &key, scope: ExportScope::Full, now: now() };
    let bundle = export(&journal.stored_events(), &request).unwrap();
    let import = ImportRequest { file_name: "a.json", bytes: bundle.text.as_bytes(), by: "甲", now: now() };
    let name = fresh_name("race");
    let first_tab = IdbStore::open(&name).await.unwrap();
    let second_tab = IdbStore::open(&name).await.unwrap();
    let empty = MergedStore::new();
    let (first, second) = (prepare_import(&empty, &import), prepare_import(&empty, &import));
    first_tab.write_batch(first.plan.writes()).await.unwrap();
    assert!(matches!(second_tab.write_batch(second.plan.writes()).await, Err(IdbError::AlreadyStored(_))));
    let held = MergedStore::load(second_tab.load_all().await.unwrap());
    assert_eq!(held.quarantine().count(), 1, "held once");
    let decision = confirmation(&held, "甲");
    let (first, second) =
        (prepare_key_decision(&held, &decision).unwrap(), prepare_key_decision(&held, &decision).unwrap());
    first_tab.write_batch(first.plan.writes()).await.unwrap();
    assert!(matches!(second_tab.write_batch(second.plan.writes()).await, Err(IdbError::AlreadyStored(_))));
    let stored = MergedStore::load(second_tab.load_all().await.unwrap());
    assert_eq!((stored.event_count(), stored.imports().count()), (1, 1), "one import, not two log entries");
    first_tab.close();
    second_tab.close();
    delete_database(&name).await.unwrap();
}

#[wasm_bindgen_test]
fn the_device_key_is_made_once_and_a_corrupt_one_is_kept_not_replaced() {
    LocalStorage::clear();
    let store = LocalStore::open().unwrap();
    let first = load_or_create_device_key(&store, || Some([1; 32])).unwrap();
    assert_eq!(store.get(DEVICE_KEY_KEY).unwrap().unwrap(), "01".repeat(32));
    let again = load_or_create_device_key(&store, || panic!("no new randomness once a key exists")).unwrap();
    assert_eq!(again.public_key(), first.public_key());

    store.set(DEVICE_KEY_KEY, "not a seed").unwrap();
    let error = load_or_create_device_key(&store, || Some([2; 32])).unwrap_err();
    let copy = quarantine_key(DEVICE_KEY_KEY, "not a seed");
    assert_eq!(error, DeviceKeyError::Corrupt { quarantined_as: copy.clone() });
    assert!(error.to_string().contains("不会自动更换"), "{error}");
    assert_eq!(store.get(DEVICE_KEY_KEY).unwrap().as_deref(), Some("not a seed"), "never silently replaced");
    assert_eq!(store.get(&copy).unwrap().as_deref(), Some("not a seed"));

    // Only the explicit replacement makes a new key, after the copy is kept.
    let replaced = replace_corrupt_device_key(&store, || Some([3; 32])).unwrap();
    assert_eq!(replaced.public_key(), DeviceKey::from_seed([3; 32]).public_key());
    assert_eq!(store.get(&copy).unwrap().as_deref(), Some("not a seed"));
    // A readable key is never replaced.
    let kept = replace_corrupt_device_key(&store, || Some([4; 32])).unwrap();
    assert_eq!(kept.public_key(), replaced.public_key());
    LocalStorage::clear();
}

#[wasm_bindgen_test]
async fn the_register_its_counts_and_the_record_page_follow_the_stored_reading() {
    fresh_storage().await;
    delete_database(MERGED_DB_NAME).await.unwrap();
    save_profile(&Profile { officer_name: "王五".into(), device_id: "0011223344556677".into(), role: Role::Legal })
        .unwrap();
    // An officer's file with one plea from a superior agency's staff, imported and its key confirmed.
    let device = DeviceId::new("officer_laptop").unwrap();
    let key = DeviceKey::from_seed([7; 32]);
    let mut journal = Journal::open(MemoryStore::new(), device.clone(), "张三").unwrap();
    let mut plea = record(1, "上级机关工作人员来电说情");
    plea.facts.category = PersonCategory::SuperiorAgencyStaff;
    let id = journal.create_record(plea, now()).unwrap();
    let request = ExportRequest { device: &device, officer: "张三", key: &key, scope: ExportScope::Full, now: now() };
    let bundle = export(&journal.stored_events(), &request).unwrap();
    let db = IdbStore::open(MERGED_DB_NAME).await.unwrap();
    let mut store = MergedStore::load(db.load_all().await.unwrap());
    let import =
        ImportRequest {
            file_name: &bundle.file_name, bytes: bundle.text.as_bytes(), by: "法治科王五", now: now()
        };
    let held = prepare_import(&store, &import);
    commit(&db, &mut store, &held).await;
    let confirmed = prepare_key_decision(&store, &confirmation(&store, "法治科王五")).unwrap();
    commit(&db, &mut store, &confirmed).await;
    db.close();

    let prohibited_count = |mounted: &support::MountedApp| {
        support::by_test_id(&mounted.container, "register-count-prohibited").map(|e| support::text(&e))
    };
    let mounted = mount_app_at("/legal/register");
    wait_for(&mounted.container, "register-row").await;
    wait_until("the default reading's count", || prohibited_count(&mounted).as_deref() == Some("1")).await;
    assert!(support::text(&wait_for(&mounted.container, "register-row").await).contains("违反规定干预"));
    drop(mounted);

    let mut strict = Readings::default();
    strict.r2.outside_officials_are_internal = false;
    save_readings(&strict).unwrap();
    let mounted = mount_app_at("/legal/register");
    let row = support::text(&wait_for(&mounted.container, "register-row").await);
    assert!(!row.contains("违反规定干预"), "the register follows the stored reading: {row}");
    assert_eq!(prohibited_count(&mounted).as_deref(), Some("0"), "and so do its counts");
    drop(mounted);
    let mounted = mount_app_at(&format!("/legal/register/{id}"));
    let verdict = support::text(&wait_for(&mounted.container, "verdict").await);
    assert!(!verdict.contains("第十条"), "the record page too: {verdict}");
    drop(mounted);
    delete_database(MERGED_DB_NAME).await.unwrap();
    LocalStorage::clear();
}
