//! Synthetic bundles for benchmarks and tests: deterministic (same seed, same files), pure, drawn from the quiz's
//! seeded [`Rng`] (no clock, no OS randomness).
//!
//! Not part of the shipped crate: included with `#[path]` by `benches/browser.rs` and by the crate's own tests
//! (`src/bundle/tests`, which also write chains with [`ChainWriter`]). It uses only the crate's public API, under
//! the name `liuhen` (inside the crate's tests, `extern crate self as liuhen`).

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use liuhen::bundle::{DeviceKey, Export, ExportError, ExportRequest, export};
use liuhen::journal::{DeviceId, Event, EventBody, EventHash, ExportScope};
use liuhen::quiz::Rng;
use liuhen::record::{CaseRef, CaseStage, InterferenceRecord, Person, Recipient, ReportStatus};
use liuhen::rules::r2::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};

/// One synthetic bundle file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntheticBundle {
    /// Its file name.
    pub file_name: String,
    /// Its content.
    pub text: String,
    /// How many events it holds.
    pub events: usize,
}

/// `bundles` full-export bundles, each from its own device and officer, each with `events_per_bundle` events
/// (records created, amended, annotated and reported), validly chained and signed. The same arguments always give
/// the same files. With `events_per_bundle` 0 there is nothing to export and the list is empty.
pub fn synthetic_bundles(seed: u64, bundles: usize, events_per_bundle: usize) -> Vec<SyntheticBundle> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    for i in 0..bundles {
        let mut writer = ChainWriter::new(
            DeviceId::from_random_bytes(rng.next_u64().to_le_bytes()),
            &format!("测试警员{}", i + 1),
            DeviceKey::from_seed(seed32(&mut rng)),
        );
        let mut records: Vec<(EventHash, EventHash)> = Vec::new();
        for n in 0..events_per_bundle {
            let time = base_time() + Duration::minutes(n as i64);
            let pick = if records.is_empty() { 0 } else { rng.below(10) };
            let target = if records.is_empty() { 0 } else { rng.below(records.len()) };
            let body = match pick {
                0..=3 => EventBody::RecordCreated { record: Box::new(synthetic_record(&mut rng)) },
                4 | 5 => EventBody::RecordAmended {
                    record_id: records[target].0,
                    amends: vec![records[target].1],
                    reason: "补充记录内容".into(),
                    record: Box::new(synthetic_record(&mut rng)),
                },
                6..=8 => EventBody::NoteAdded { record_id: records[target].0, text: format!("备注{n}") },
                _ => EventBody::Reported {
                    record_id: records[target].0,
                    recipient: Recipient::LegalSection,
                    date: day(),
                },
            };
            let Some(event) = writer.append(&body, time) else { continue };
            match body {
                EventBody::RecordCreated { .. } => records.push((event.hash, event.hash)),
                EventBody::RecordAmended { .. } => records[target].1 = event.hash,
                _ => {}
            }
        }
        if let Ok(export) = writer.export(ExportScope::Full, base_time() + Duration::days(1)) {
            out.push(SyntheticBundle { file_name: export.file_name, text: export.text, events: export.events });
        }
    }
    out
}

/// An officer device's chain, written without a store: for synthetic data and tests.
#[derive(Debug, Clone)]
pub(crate) struct ChainWriter {
    /// The device.
    pub device: DeviceId,
    /// Its officer.
    pub officer: String,
    /// Its key.
    pub key: DeviceKey,
    /// Its events with their stored texts, in chain order.
    pub events: Vec<(Event, String)>,
}

impl ChainWriter {
    /// A device with an empty chain.
    pub(crate) fn new(device: DeviceId, officer: &str, key: DeviceKey) -> Self {
        ChainWriter { device, officer: officer.to_string(), key, events: Vec::new() }
    }

    /// Seals `body` as the chain's next event (`None` only if it cannot be serialised).
    pub(crate) fn append(&mut self, body: &EventBody, time: DateTime<FixedOffset>) -> Option<Event> {
        let seq = self.events.len() as u64 + 1;
        let prev = self.events.last().map(|(e, _)| e.hash);
        let (event, text) = Event::seal(&self.device, &self.officer, time, seq, prev, body).ok()?;
        self.events.push((event.clone(), text));
        Some(event)
    }

    /// The stored events, as `Journal::stored_events` gives them.
    pub(crate) fn stored(&self) -> Vec<(&Event, &str)> {
        self.events.iter().map(|(e, t)| (e, t.as_str())).collect()
    }

    /// Exports, then records the export in the chain, as the officer app does.
    pub(crate) fn export(&mut self, scope: ExportScope, now: DateTime<FixedOffset>) -> Result<Export, ExportError> {
        let request = ExportRequest { device: &self.device, officer: &self.officer, key: &self.key, scope, now };
        let export = export(&self.stored(), &request)?;
        let record = EventBody::BundleExported { digest: export.digest, scope, chains: export.chains.clone() };
        self.append(&record, now);
        Ok(export)
    }
}

fn base_time() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2024-03-01T09:00:00+08:00").unwrap_or_default()
}

fn day() -> NaiveDate {
    base_time().date_naive()
}

const NAMES: [&str; 6] = ["王某", "李某", "赵某", "刘某", "陈某", "不详"];
const CONDUCTS: [Conduct; 5] = [
    Conduct::PleadForParty,
    Conduct::InquireAboutCase,
    Conduct::OpinionOnDisposition,
    Conduct::ProposePrivateMeeting,
    Conduct::SupervisoryGuidance,
];
const CATEGORIES: [PersonCategory; 4] =
    [PersonCategory::CurrentStaff, PersonCategory::Retired, PersonCategory::FormerStaff, PersonCategory::Outsider];

/// A plausible record with varied case number, person and facts.
fn synthetic_record(rng: &mut Rng) -> InterferenceRecord {
    let case_no = rng.below(500) + 1;
    InterferenceRecord {
        occurred_at: day().and_hms_opt(9, 0, 0).unwrap_or_default() - Duration::days(rng.below(365) as i64),
        place: "执法支队办公室".into(),
        person: Person { name: NAMES[rng.below(6)].into(), unit: "某科室".into(), position: "科员".into() },
        content: format!("来电询问第{case_no}号案件办理进度并请求从轻处理"),
        case: CaseRef {
            number: format!("渝规资罚〔2024〕{case_no}号"),
            cause: "未批先建".into(),
            stage: CaseStage::Investigation,
        },
        recorders: vec!["记录人".into()],
        facts: InterferenceFacts {
            category: CATEGORIES[rng.below(4)],
            method: ContactMethod::Phone,
            conduct: vec![CONDUCTS[rng.below(5)]],
            ..Default::default()
        },
        reports: ReportStatus::default(),
    }
}

/// 32 bytes for a device key's seed.
fn seed32(rng: &mut Rng) -> [u8; 32] {
    let mut seed = [0u8; 32];
    for chunk in seed.chunks_exact_mut(8) {
        chunk.copy_from_slice(&rng.next_u64().to_le_bytes());
    }
    seed
}
