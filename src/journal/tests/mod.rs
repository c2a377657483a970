//! Native tests of the journal: chains, fold, tamper detection, storage failures, concurrent tabs, properties.

mod chain;
mod concurrency;
mod folding;
mod heads;
mod migration;
mod properties;
mod storage;
mod tamper;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use serde_json::{Map, Value};

use super::keys::EVENT_PREFIX;
use super::{DeviceId, EventHash, IssueKind, Journal, MemoryStore, canonical_json};
use crate::record::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
use crate::rules::r2::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};

/// 2024-05-01 10:00 (+08:00) plus `minutes`.
fn at(minutes: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2024-05-01T10:00:00+08:00").unwrap() + Duration::minutes(minutes)
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 5, d).unwrap()
}

/// A complete record whose content is `content`.
fn record(content: &str) -> InterferenceRecord {
    InterferenceRecord {
        occurred_at: day(1).and_hms_opt(9, 30, 0).unwrap(),
        place: "执法支队办公室".into(),
        person: Person { name: "王某".into(), unit: "某科室".into(), position: "副科长".into() },
        content: content.into(),
        case: CaseRef {
            number: "黔规资罚〔2024〕12号".into(),
            cause: "未批先建".into(),
            stage: CaseStage::Investigation,
        },
        recorders: vec!["张三".into(), "李四".into()],
        facts: InterferenceFacts {
            category: PersonCategory::CurrentStaff,
            method: ContactMethod::Phone,
            conduct: vec![Conduct::PleadForParty],
            ..Default::default()
        },
        reports: ReportStatus::default(),
    }
}

fn device(name: &str) -> DeviceId {
    DeviceId::new(name).unwrap()
}

fn open(store: &MemoryStore, device_name: &str) -> Journal<MemoryStore> {
    Journal::open(store.clone(), device(device_name), "张三").unwrap()
}

/// Every event key and its stored text.
fn event_entries(store: &MemoryStore) -> BTreeMap<String, String> {
    store.entries().into_iter().filter(|(k, _)| k.starts_with(EVENT_PREFIX)).collect()
}

/// The issues as (key, kind), for compact assertions.
fn issue_kinds(journal: &Journal<MemoryStore>) -> Vec<(String, IssueKind)> {
    journal.issues().iter().map(|i| (i.key.clone(), i.kind.clone())).collect()
}

/// The stored text with `change` applied to its JSON object, written canonically, hash left as it was.
fn edited(text: &str, change: impl FnOnce(&mut Map<String, Value>)) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    change(value.as_object_mut().unwrap());
    canonical_json(&value)
}

/// Like [`edited`], but with the hash recomputed: a forger who knows the format.
fn resealed(text: &str, change: impl FnOnce(&mut Map<String, Value>)) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    let object = value.as_object_mut().unwrap();
    change(object);
    object.remove("hash");
    let hash = EventHash::of_text(&canonical_json(&value));
    value["hash"] = Value::String(hash.to_string());
    canonical_json(&value)
}
