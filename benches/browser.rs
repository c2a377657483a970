//! Browser figures (not timed tests), printed by `./scripts/bench` from headless Chromium:
//! the rules engine's throughput, and the journal with 5,000 records in localStorage.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, NaiveDate};
use gloo_storage::{LocalStorage, Storage};
use liuhen::journal::{DeviceId, Journal, KeyValueStore, StoreError, utf16_len};
use liuhen::record::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
use liuhen::rules::r2::{Verdict, assess, sample::generated_facts};
use liuhen::web::local_store::LocalStore;
use wasm_bindgen_test::*;

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
    let device = DeviceId::new("bench_device").unwrap();
    let time = DateTime::parse_from_rfc3339("2024-05-01T10:00:00+08:00").unwrap();
    let mut journal = Journal::open(LocalStore::open().unwrap(), device.clone(), "张三").unwrap();
    let mut append_ms = Vec::new();
    let mut stored = 0usize;
    let mut quota_hit = None;
    for index in 0..5000 {
        if index % 100 == 0 {
            yield_to_browser().await;
        }
        let record = typical_record(index);
        let start = now_ms();
        match journal.create_record(record, time) {
            Ok(_) => {
                append_ms.push(now_ms() - start);
                stored += 1;
            }
            Err(error) => {
                quota_hit = Some(error.to_string());
                break;
            }
        }
    }
    append_ms.sort_by(f64::total_cmp);
    let usage = journal.usage().unwrap();
    let per_record = usage.used as f64 / stored as f64;
    console_log!(
        "BENCH journal append ({} records stored{}): median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        stored,
        quota_hit.as_ref().map(|e| format!(", then refused: {e}")).unwrap_or_default(),
        percentile(&append_ms, 0.5),
        percentile(&append_ms, 0.95),
        percentile(&append_ms, 1.0)
    );
    drop(journal);

    let start = now_ms();
    let reopened = Journal::open(LocalStore::open().unwrap(), device, "张三").unwrap();
    let folded = reopened.fold();
    let load_ms = now_ms() - start;
    assert!(reopened.issues().is_empty());
    console_log!("BENCH journal start-up: load, verify and fold {} records in {:.0} ms", folded.records.len(), load_ms);
    console_log!(
        "BENCH journal capacity: a typical Chinese record takes {:.0} UTF-16 units; the ~{} unit quota holds about {:.0} records",
        per_record,
        liuhen::journal::QUOTA_UTF16_UNITS,
        liuhen::journal::QUOTA_UTF16_UNITS as f64 / per_record
    );
    let sample = LocalStore::open().unwrap();
    let key = sample.keys().unwrap().into_iter().find(|k| k.starts_with("liuhen/v1/event/")).unwrap();
    let text = sample.get(&key).unwrap().unwrap();
    assert!(utf16_len(&text) > 0);
    assert!(!matches!(quota_hit, Some(ref e) if e.contains(&StoreError::QuotaExceeded.to_string())) || stored > 1000);
    LocalStorage::clear();
}
