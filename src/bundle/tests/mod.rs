//! Native tests of bundles: export and import round trips, every refusal, pinning, skew, the register, storage
//! and migration, merge properties, and the parser's fuzz corpus.

mod export_flow;
mod forgery;
mod fuzz;
mod import_session;
mod merge_properties;
mod refusals;
mod register_filters;
mod skew_warnings;
mod storage;
/// Chains written without a store, and synthetic bundles: shared with the browser bench.
#[path = "../../../benches/support/bundles.rs"]
mod synthetic;
mod versions;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use serde_json::{Map, Value};
use synthetic::ChainWriter;

use super::format::{content_digest, signed_message};
use super::{
    DeviceKey, Export, ImportOutcome, ImportRequest, KeyDecision, MergedStore, Refusal, prepare_import,
    prepare_key_decision,
};
use crate::journal::{DeviceId, EventBody, EventHash, ExportScope, canonical_json};
use crate::record::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
use crate::rules::r2::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};

/// The legal-section user in every test.
const LEGAL_USER: &str = "法治科赵六";

/// 2024-05-01 10:00 (+08:00) plus `minutes`.
fn at(minutes: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2024-05-01T10:00:00+08:00").unwrap() + Duration::minutes(minutes)
}

/// When 法治科 imports: a day after the officers' events.
fn import_time() -> DateTime<FixedOffset> {
    at(24 * 60)
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 5, d).unwrap()
}

/// A complete record about case `case_number` and a call from `person`.
fn record_about(case_number: &str, person: &str, content: &str) -> InterferenceRecord {
    InterferenceRecord {
        occurred_at: day(1).and_hms_opt(9, 30, 0).unwrap(),
        place: "执法支队办公室".into(),
        person: Person { name: person.into(), unit: "某科室".into(), position: "副科长".into() },
        content: content.into(),
        case: CaseRef { number: case_number.into(), cause: "未批先建".into(), stage: CaseStage::Investigation },
        recorders: vec!["张三".into()],
        facts: InterferenceFacts {
            category: PersonCategory::CurrentStaff,
            method: ContactMethod::Phone,
            conduct: vec![Conduct::PleadForParty],
            ..Default::default()
        },
        reports: ReportStatus::default(),
    }
}

fn record(content: &str) -> InterferenceRecord {
    record_about("渝规资罚〔2024〕12号", "王某", content)
}

fn device(name: &str) -> DeviceId {
    DeviceId::new(name).unwrap()
}

/// An officer's device with its own key (seed `seed`).
fn officer(name: &str, device_name: &str, seed: u8) -> ChainWriter {
    ChainWriter::new(device(device_name), name, DeviceKey::from_seed([seed; 32]))
}

fn create(w: &mut ChainWriter, record: InterferenceRecord, minute: i64) -> EventHash {
    w.append(&EventBody::RecordCreated { record: Box::new(record) }, at(minute)).unwrap().hash
}

fn amend(
    w: &mut ChainWriter,
    record_id: EventHash,
    amends: Vec<EventHash>,
    record: InterferenceRecord,
    minute: i64,
) -> EventHash {
    let body = EventBody::RecordAmended { record_id, amends, reason: "补充".into(), record: Box::new(record) };
    w.append(&body, at(minute)).unwrap().hash
}

fn note(w: &mut ChainWriter, record_id: EventHash, text: &str, minute: i64) -> EventHash {
    w.append(&EventBody::NoteAdded { record_id, text: text.into() }, at(minute)).unwrap().hash
}

fn full(w: &mut ChainWriter, minute: i64) -> Export {
    w.export(ExportScope::Full, at(minute)).unwrap()
}

fn incremental(w: &mut ChainWriter, minute: i64) -> Export {
    w.export(ExportScope::Incremental, at(minute)).unwrap()
}

/// 法治科: the merged store in memory and the key-value pairs the adapter has written.
#[derive(Debug, Clone, Default)]
struct Legal {
    store: MergedStore,
    stored: BTreeMap<String, String>,
}

impl Legal {
    fn new() -> Self {
        Self::default()
    }

    /// 法治科 having confirmed these devices' keys before (device name, key seed as in [`officer`]), as a person's
    /// decision on an earlier file of each would have: for tests about what comes after the key check.
    fn enrolled(devices: &[(&str, u8)]) -> Self {
        let mut legal = Self::new();
        let mut plan = super::ImportPlan::empty(legal.store.revision());
        plan.add_pins(devices.iter().map(|(name, seed)| super::PinnedKey {
            device: device(name),
            public_key: DeviceKey::from_seed([*seed; 32]).public_key(),
            pinned_at: at(0),
            pinned_by: LEGAL_USER.into(),
            source: super::PinSource::Decision { quarantine_id: format!("enrolment-{name}") },
        }));
        legal.commit(&plan);
        legal
    }

    fn preview(&self, file_name: &str, bytes: &[u8]) -> ImportOutcome {
        let request = ImportRequest { file_name, bytes, by: LEGAL_USER, now: import_time() };
        let before = self.store.revision();
        let outcome = prepare_import(&self.store, &request);
        assert_eq!(self.store.revision(), before, "previewing changes nothing");
        outcome
    }

    /// Writes the plan's batch (keys are only ever added, never changed) and applies it.
    fn commit(&mut self, plan: &super::ImportPlan) {
        for (key, value) in plan.writes() {
            if let Some(old) = self.stored.get(key) {
                assert_eq!(old, value, "a batch never changes an existing key: {key}");
            }
            self.stored.insert(key.clone(), value.clone());
        }
        self.store.apply(plan).unwrap();
    }

    /// Previews a file and commits its plan, as the import page's button does: a device's first file is only held.
    fn receive(&mut self, file_name: &str, bytes: &[u8]) -> ImportOutcome {
        let outcome = self.preview(file_name, bytes);
        self.commit(&outcome.plan);
        outcome
    }

    /// Imports a file as 法治科 does: received, and if it is held as its device's first key, the person compares the
    /// fingerprint with the officer's and confirms it, which imports the held file. The outcome of the last step.
    fn import(&mut self, file_name: &str, bytes: &[u8]) -> ImportOutcome {
        let outcome = self.receive(file_name, bytes);
        match (&outcome.preview.error, outcome.plan.quarantine()) {
            (Some(Refusal::FirstKey { .. }), [held]) => self.decide(&held.id.clone(), true),
            _ => outcome,
        }
    }

    /// A person's decision on a held file (by [`LEGAL_USER`], an hour after the import time), committed.
    fn decide(&mut self, quarantine_id: &str, accept: bool) -> ImportOutcome {
        let outcome = prepare_key_decision(&self.store, &key_decision(quarantine_id, accept)).unwrap();
        self.commit(&outcome.plan);
        outcome
    }

    fn import_export(&mut self, export: &Export) -> ImportOutcome {
        self.import(&export.file_name, export.text.as_bytes())
    }

    /// The store loaded again from what was written equals the store in memory.
    fn assert_reloads_identically(&self) {
        let loaded = MergedStore::load(self.stored.clone());
        assert!(loaded.issues().is_empty(), "{:?}", loaded.issues());
        assert_eq!(snapshot(&loaded), snapshot(&self.store));
    }

    /// The stored texts of every event, by hash.
    fn events(&self) -> BTreeMap<EventHash, String> {
        event_texts(&self.store)
    }
}

/// How the person at 法治科 checked a key, in these tests.
const CHECKED: &str = "与张三电脑“设置”页显示的签名公钥指纹逐组核对一致";

/// A decision on a held file by [`LEGAL_USER`], an hour after the import time.
fn key_decision(quarantine_id: &str, accept: bool) -> KeyDecision {
    KeyDecision {
        quarantine_id: quarantine_id.to_string(),
        accept,
        decided_by: LEGAL_USER.into(),
        decided_at: import_time() + Duration::hours(1),
        note: if accept { CHECKED.into() } else { "指纹与办案人员“设置”页显示的不一致".into() },
    }
}

fn event_texts(store: &MergedStore) -> BTreeMap<EventHash, String> {
    store.stored_events().into_iter().map(|(e, t)| (e.hash, t.to_string())).collect()
}

/// Everything a store holds, comparable.
fn snapshot(store: &MergedStore) -> String {
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        event_texts(store),
        store.pins().collect::<Vec<_>>(),
        store.imports().collect::<Vec<_>>(),
        store.quarantine().collect::<Vec<_>>(),
        store.quarantine().map(|q| store.decision(&q.id)).collect::<Vec<_>>(),
    )
}

/// The bundle text with `change` applied to its JSON object, written canonically; digest and signature as they were.
fn edited(text: &str, change: impl FnOnce(&mut Map<String, Value>)) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    change(value.as_object_mut().unwrap());
    canonical_json(&value)
}

/// Like [`edited`], then the digest recomputed (the signature is left: it no longer matches).
fn redigested(text: &str, change: impl FnOnce(&mut Map<String, Value>)) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    let object = value.as_object_mut().unwrap();
    change(object);
    let digest = content_digest(object);
    object.insert("digest".into(), Value::from(digest.to_string()));
    canonical_json(&value)
}

/// A forger who knows the format: applies `change`, puts `key`'s public key in, recomputes the digest and signs.
fn forged(text: &str, key: &DeviceKey, change: impl FnOnce(&mut Map<String, Value>)) -> String {
    let mut value: Value = serde_json::from_str(text).unwrap();
    let object = value.as_object_mut().unwrap();
    change(object);
    object["exporter"]["public_key"] = Value::from(key.public_key().to_string());
    let digest = content_digest(object);
    let version = super::FormatVersion::parse(object["version"].as_str().unwrap()).unwrap();
    object.insert("digest".into(), Value::from(digest.to_string()));
    object.insert("signature".into(), Value::from(key.sign(&signed_message(version, &digest)).to_string()));
    canonical_json(&value)
}

/// The events array of a bundle object.
fn events_of(object: &mut Map<String, Value>) -> &mut Vec<Value> {
    object.get_mut("events").and_then(Value::as_array_mut).unwrap()
}
