//! Browser figures (not timed tests), printed by `./scripts/bench` from headless Chromium:
//! the rules engine's throughput, the journal with 5,000 records in IndexedDB (save latency, start-up), merging 100 bundles of 1,000
//! events against the browser's own `JSON.parse`, and 50,000 events in 法治科's IndexedDB store.
#![cfg(target_arch = "wasm32")]

use bundles::{SyntheticBundle, synthetic_bundles};
use chrono::{DateTime, NaiveDate};
use facts::generated_facts;
use gloo_storage::{LocalStorage, Storage};
use liuhen::bundle::{ImportOutcome, ImportRequest, KeyDecision, MergedStore, prepare_import, prepare_key_decision};
use liuhen::record::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
use liuhen::rules::r2::{Verdict, assess};
use liuhen::web::indexed_db::{IdbStore, delete_database};
use liuhen::web::journal_db::{JOURNAL_DB_NAME, JournalDb, OpenJournal};
use liuhen::web::storage_manager::estimate;
use wasm_bindgen_test::*;

#[path = "support/bundles.rs"]
mod bundles;
#[path = "support/facts.rs"]
mod facts;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// A typical record: Chinese text of the length officers write.
fn typical_record(index: usize) -> InterferenceRecord {
    let facts = generated_facts(1, index as u64).remove(0);
    InterferenceRecord {
        occurred_at: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap().and_hms_opt(9, 30, 0).unwrap(),
        place: "区规划和自然资源局执法支队二楼办公室".into(),
        person: Person {
            name: "周某某".into(),
            unit: "区规划和自然资源局国土空间规划科".into(),
            position: "副科长".into(),
        },
        content: format!(
            "第{index}号：周某某来电称当事人系其远房亲戚，该违法建设已停工，请求对未批先建案件从轻处理，并询问案件调查进展和拟作出的处罚决定。办案人员当即予以拒绝并告知将如实记录。"
        ),
        case: CaseRef {
            number: format!("黔规资罚〔2024〕{index}号"),
            cause: "未取得建设工程规划许可证进行建设".into(),
            stage: CaseStage::Investigation,
        },
        recorders: vec!["张三".into(), "李四".into()],
        facts,
        reports: ReportStatus::default(),
    }
}

/// Lets the browser breathe (the test runner talks to the page while a long benchmark runs).
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

#[wasm_bindgen_test]
fn rules_engine_throughput_in_the_browser() {
    let facts = generated_facts(100_000, 20_200_709);
    let start = now_ms();
    let prohibited = facts.iter().filter(|f| matches!(assess(f).verdict, Verdict::Prohibited { .. })).count();
    let ms = now_ms() - start;
    console_log!(
        "BENCH rules engine (wasm, Chromium): {} records in {:.0} ms: {:.0} records/s ({} prohibited)",
        facts.len(),
        ms,
        facts.len() as f64 / (ms / 1000.0),
        prohibited
    );
    assert!(prohibited > 0);
}

#[wasm_bindgen_test]
async fn journal_with_5000_records() {
    LocalStorage::clear();
    delete_database(JOURNAL_DB_NAME).await.unwrap();
    let time = DateTime::parse_from_rfc3339("2024-05-01T10:00:00+08:00").unwrap();
    let mut open = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open;
    // Each save as the officer makes it: one record, one strict-durability transaction, measured to `complete`.
    let mut save_ms = Vec::new();
    for index in 0..200 {
        let start = now_ms();
        open.journal.create_record(typical_record(index), time).unwrap();
        open.commit().await.unwrap();
        save_ms.push(now_ms() - start);
    }
    save_ms.sort_by(f64::total_cmp);
    console_log!(
        "BENCH journal save (append + strict IndexedDB commit, {} records): median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        save_ms.len(),
        percentile(&save_ms, 0.5),
        percentile(&save_ms, 0.95),
        percentile(&save_ms, 1.0)
    );
    // The rest in commits of 100, to reach 5,000 records quickly.
    for index in 200..5000 {
        open.journal.create_record(typical_record(index), time).unwrap();
        if index % 100 == 99 {
            open.commit().await.unwrap();
            yield_to_browser().await;
        }
    }
    open.commit().await.unwrap();
    drop(open);

    let start = now_ms();
    let reopened = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open;
    let opened_ms = now_ms() - start;
    let folded = reopened.journal.fold();
    let load_ms = now_ms() - start;
    assert!(reopened.journal.issues().is_empty());
    assert_eq!(folded.records.len(), 5000);
    console_log!(
        "BENCH journal start-up: read from IndexedDB, verify and fold {} records in {:.0} ms (open with verification {:.0} ms; fold {:.0} ms)",
        folded.records.len(),
        load_ms,
        opened_ms,
        load_ms - opened_ms
    );
    if let Some(figures) = estimate().await {
        console_log!("BENCH journal capacity: 5,000 typical records; the site's storage: {}", figures.describe());
    }
    drop(reopened);
    delete_database(JOURNAL_DB_NAME).await.unwrap();
}

/// 法治科's person confirming the key of a device's first file, held by `held`, after comparing the fingerprint.
fn confirmation(held: &ImportOutcome, request: &ImportRequest) -> KeyDecision {
    KeyDecision {
        quarantine_id: held.plan.quarantine()[0].id.clone(),
        accept: true,
        decided_by: request.by.into(),
        decided_at: request.now,
        note: "指纹核对一致".into(),
    }
}
/// `count` synthetic full-export bundles of `events` events, each from its own device, generated a few at a time
/// so the page keeps answering the test runner.
async fn bundles(seed: u64, count: usize, events: usize) -> Vec<SyntheticBundle> {
    let mut all = Vec::with_capacity(count);
    for i in 0..count {
        all.extend(synthetic_bundles(seed + i as u64, 1, events));
        yield_to_browser().await;
    }
    all
}

#[wasm_bindgen_test]
async fn merging_100_bundles_of_1000_events_against_json_parse() {
    let files = bundles(20_200_709, 100, 1000).await;
    let bytes: usize = files.iter().map(|f| f.text.len()).sum();
    let events: usize = files.iter().map(|f| f.events).sum();

    // The browser's own JSON.parse of the same bytes (strings already in JavaScript, so only parsing is timed).
    let json = js_sys::Reflect::get(&js_sys::global(), &"JSON".into()).unwrap();
    let parse: js_sys::Function = js_sys::Reflect::get(&json, &"parse".into()).unwrap().into();
    let texts: Vec<wasm_bindgen::JsValue> = files.iter().map(|f| f.text.as_str().into()).collect();
    let mut parse_ms = 0.0;
    for text in &texts {
        let start = now_ms();
        parse.call1(&json, text).unwrap();
        parse_ms += now_ms() - start;
    }

    // Merging: check every file (schema, digest, signature, chains, forks, keys), prepare its plan and apply it.
    // Each file comes from a new device, so each is held and then its key confirmed (both steps timed).
    let time = DateTime::parse_from_rfc3339("2024-03-05T09:00:00+08:00").unwrap();
    let mut store = MergedStore::new();
    let (mut check_ms, mut apply_ms) = (0.0, 0.0);
    for (index, file) in files.iter().enumerate() {
        let request =
            ImportRequest { file_name: &file.file_name, bytes: file.text.as_bytes(), by: "法治科", now: time };
        let start = now_ms();
        let held = prepare_import(&store, &request);
        let held_at = now_ms();
        store.apply(&held.plan).unwrap();
        let applied_at = now_ms();
        let outcome = prepare_key_decision(&store, &confirmation(&held, &request)).unwrap();
        let checked = now_ms();
        store.apply(&outcome.plan).unwrap();
        check_ms += (held_at - start) + (checked - applied_at);
        apply_ms += (applied_at - held_at) + (now_ms() - checked);
        assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
        if index % 4 == 3 {
            yield_to_browser().await;
        }
    }
    assert_eq!(store.event_count(), events);
    let merge_ms = check_ms + apply_ms;
    console_log!(
        "BENCH bundle merge (wasm, Chromium): {} bundles, {} events, {:.1} MB in {:.0} ms ({:.0} ms checking and planning, {:.0} ms applying): {:.0} events/s",
        files.len(),
        events,
        bytes as f64 / 1_048_576.0,
        merge_ms,
        check_ms,
        apply_ms,
        events as f64 / (merge_ms / 1000.0)
    );
    console_log!(
        "BENCH bundle merge vs JSON.parse of the same bytes: {:.0} ms vs {:.0} ms: {:.1}x (goal <= 3x)",
        merge_ms,
        parse_ms,
        merge_ms / parse_ms
    );
}

#[wasm_bindgen_test]
async fn fifty_thousand_events_in_indexed_db() {
    const EVENTS: usize = 50_000;
    const BATCH: usize = 1_000;
    let files = bundles(1_000_003, EVENTS / 1000, 1000).await;
    let mut pairs: Vec<(String, String)> = Vec::with_capacity(EVENTS);
    for file in &files {
        let time = DateTime::parse_from_rfc3339("2024-03-05T09:00:00+08:00").unwrap();
        let request =
            ImportRequest { file_name: &file.file_name, bytes: file.text.as_bytes(), by: "法治科", now: time };
        let mut store = MergedStore::new();
        let held = prepare_import(&store, &request);
        store.apply(&held.plan).unwrap();
        let outcome = prepare_key_decision(&store, &confirmation(&held, &request)).unwrap();
        pairs.extend(outcome.plan.writes().iter().filter(|(k, _)| k.contains("/event/")).cloned());
        yield_to_browser().await;
    }
    assert_eq!(pairs.len(), EVENTS);
    let name = format!("liuhen-bench-{}", now_ms() as u64);
    let db = IdbStore::open(&name).await.unwrap();
    let before = estimate().await;
    let start = now_ms();
    let mut slowest: f64 = 0.0;
    for batch in pairs.chunks(BATCH) {
        let batch_start = now_ms();
        db.write_batch(batch).await.unwrap();
        slowest = slowest.max(now_ms() - batch_start);
    }
    let write_ms = now_ms() - start;
    let after = estimate().await;
    let text_bytes: usize = pairs.iter().map(|(k, v)| k.len() + v.len()).sum();
    console_log!(
        "BENCH IndexedDB capacity: {} events ({:.1} MB of text) written in {} transactions of {} in {:.0} ms ({:.0} events/s; slowest transaction {:.0} ms)",
        EVENTS,
        text_bytes as f64 / 1_048_576.0,
        EVENTS / BATCH,
        BATCH,
        write_ms,
        EVENTS as f64 / (write_ms / 1000.0),
        slowest
    );
    match (before, after) {
        (Some(before), Some(after)) => console_log!(
            "BENCH IndexedDB storage estimate: usage {:.1} MB before, {:.1} MB after ({:.1} MB for the events); quota {:.0} MB ({:.2}% used)",
            before.usage / 1_048_576.0,
            after.usage / 1_048_576.0,
            (after.usage - before.usage) / 1_048_576.0,
            after.quota / 1_048_576.0,
            after.usage / after.quota * 100.0
        ),
        _ => console_log!("BENCH IndexedDB storage estimate: not offered by this browser"),
    }

    let start = now_ms();
    let loaded = db.load_all().await.unwrap();
    let read_ms = now_ms() - start;
    yield_to_browser().await;
    let start = now_ms();
    let store = MergedStore::load(loaded);
    let load_ms = now_ms() - start;
    assert_eq!(store.event_count(), EVENTS);
    assert!(store.issues().is_empty());
    console_log!(
        "BENCH merged store start-up: read {} entries from IndexedDB in {:.0} ms, verify and load them in {:.0} ms",
        EVENTS,
        read_ms,
        load_ms
    );
    db.close();
    delete_database(&name).await.unwrap();
}
