//! Exporting an officer device's journal as a signed bundle for 法治科: everything, or only what is new since the
//! previous export. The export itself is then recorded in the journal (`Journal::record_export`) as a
//! `BundleExported` event with the digest and the runs exported, so the next incremental export starts after them
//! and 法治科 sees every export in the device's chain.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::device_key::DeviceKey;
use super::format::{BundleDigest, Exporter};
use super::refusal::Refusal;
use super::v1::{Content, write};
use super::verify::read_bundle;
use crate::journal::{
    AppendError, ChainSpan, DeviceId, Event, EventBody, EventHash, ExportScope, Journal, KeyValueStore,
};

/// What to export, and as whom.
#[derive(Debug, Clone, Copy)]
pub struct ExportRequest<'a> {
    /// The exporting device (whose key signs, and whose chain records the export).
    pub device: &'a DeviceId,
    /// The officer using it.
    pub officer: &'a str,
    /// The device's key.
    pub key: &'a DeviceKey,
    /// Everything, or only what is new since the previous export.
    pub scope: ExportScope,
    /// The device's clock.
    pub now: DateTime<FixedOffset>,
}

/// A bundle ready to be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// `liuhen-<officer>-<date>.json`.
    pub file_name: String,
    /// The file's content.
    pub text: String,
    /// Its digest (record it with `Journal::record_export`).
    pub digest: BundleDigest,
    /// Full or incremental.
    pub scope: ExportScope,
    /// The run of each chain it holds.
    pub chains: Vec<ChainSpan>,
    /// How many events it holds.
    pub events: usize,
}

/// Why no bundle was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// No officer name is set.
    MissingOfficer,
    /// The journal holds no event.
    NothingToExport,
    /// Nothing is new since the previous export.
    NothingNew,
    /// The bundle would be refused by 法治科 (e.g. the journal's own chain fails verification, or the file is
    /// too large): the reason, so the officer can act on it.
    WouldBeRefused(Refusal),
    /// The bundle could not be written (should not happen).
    Encoding(String),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::MissingOfficer => write!(f, "请先填写本机使用人姓名"),
            ExportError::NothingToExport => write!(f, "本机还没有任何记录，无需导出"),
            ExportError::NothingNew => write!(f, "上次导出后没有新的内容"),
            ExportError::WouldBeRefused(refusal) => write!(f, "导出的文件将被法治科拒收：{}", refusal.describe()),
            ExportError::Encoding(e) => write!(f, "无法生成导出文件：{e}"),
        }
    }
}

/// A bundle made from a journal, and whether its export is recorded in that journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedExport {
    /// The bundle, to hand out.
    pub bundle: Export,
    /// The `BundleExported` event written to the journal's store, or why it could not be written (e.g. storage
    /// full): then the file is still handed out, with a warning that the next incremental export will repeat it.
    pub recorded: Result<EventHash, AppendError>,
}

/// The export workflow: builds the bundle from the journal's stored events, signed with `key`, and records the export
/// in the journal before handing it out. Getting the data out never depends on free space: if the record cannot be
/// written, the bundle is still returned with `recorded` saying why. The caller commits the journal's store (the
/// browser's transaction) and treats a failed commit like a failed record.
pub fn export_and_record<S: KeyValueStore>(
    journal: &mut Journal<S>,
    key: &DeviceKey,
    scope: ExportScope,
    now: DateTime<FixedOffset>,
) -> Result<RecordedExport, ExportError> {
    let bundle = {
        let stored = journal.stored_events();
        let request = ExportRequest { device: journal.device(), officer: journal.officer(), key, scope, now };
        export(&stored, &request)?
    };
    let recorded = journal.record_export(bundle.digest, scope, bundle.chains.clone(), now);
    Ok(RecordedExport { bundle, recorded })
}

/// Builds a signed bundle from a journal's stored events (`Journal::stored_events`), verifying it as 法治科 will.
///
/// Incremental: for each device, the events after the run recorded by this device's latest `BundleExported` event
/// (all of a device's events if that export did not include it); [`ExportError::NothingNew`] if those are only
/// records of earlier exports. Full: every event.
pub fn export(stored: &[(&Event, &str)], request: &ExportRequest) -> Result<Export, ExportError> {
    let officer = request.officer.trim();
    if officer.is_empty() {
        return Err(ExportError::MissingOfficer);
    }
    if stored.is_empty() {
        return Err(ExportError::NothingToExport);
    }
    let covered = match request.scope {
        ExportScope::Full => BTreeMap::new(),
        ExportScope::Incremental => last_export(stored, request.device),
    };
    let mut selected: Vec<(&Event, &str)> =
        stored.iter().filter(|(e, _)| e.seq > covered.get(&e.device).copied().unwrap_or(0)).copied().collect();
    selected.sort_by(|(a, _), (b, _)| (&a.device, a.seq, a.hash).cmp(&(&b.device, b.seq, b.hash)));
    selected.dedup_by(|(a, _), (b, _)| a.hash == b.hash);
    // The record of the previous export alone is nothing new: it goes with the next export that has content.
    if selected.iter().all(|(e, _)| matches!(e.body, EventBody::BundleExported { .. })) {
        return Err(ExportError::NothingNew);
    }

    let mut chains: Vec<ChainSpan> = Vec::new();
    for (event, _) in &selected {
        match chains.last_mut() {
            Some(span) if span.device == event.device => {
                span.last_seq = event.seq;
                span.last_hash = event.hash;
            }
            _ => chains.push(ChainSpan {
                device: event.device.clone(),
                first_seq: covered.get(&event.device).copied().unwrap_or(0).saturating_add(1),
                last_seq: event.seq,
                last_hash: event.hash,
            }),
        }
    }
    let exporter =
        Exporter { device: request.device.clone(), officer: officer.to_string(), public_key: request.key.public_key() };
    let texts: Vec<&str> = selected.iter().map(|(_, t)| *t).collect();
    let content = Content {
        exporter: &exporter,
        exported_at: request.now,
        scope: request.scope,
        chains: &chains,
        events: &texts,
    };
    let (text, digest) = write(&content, request.key).map_err(|e| ExportError::Encoding(e.to_string()))?;
    read_bundle(text.as_bytes()).map_err(ExportError::WouldBeRefused)?;
    Ok(Export {
        file_name: bundle_file_name(officer, request.now.date_naive()),
        text,
        digest,
        scope: request.scope,
        events: selected.len(),
        chains,
    })
}

/// The last position of each device chain covered by `device`'s latest recorded export.
fn last_export(stored: &[(&Event, &str)], device: &DeviceId) -> BTreeMap<DeviceId, u64> {
    let latest = stored
        .iter()
        .filter(|(e, _)| e.device == *device)
        .filter_map(|(e, _)| match &e.body {
            EventBody::BundleExported { chains, .. } => Some((e.seq, chains)),
            _ => None,
        })
        .max_by_key(|(seq, _)| *seq);
    latest.map(|(_, chains)| chains.iter().map(|s| (s.device.clone(), s.last_seq)).collect()).unwrap_or_default()
}

/// The longest officer name kept in a file name, in characters.
const MAX_NAME_CHARS: usize = 32;

/// `liuhen-<officer>-<YYYY-MM-DD>.json`, the officer's name made safe for a file name on every system: letters
/// (Chinese included) and digits are kept, every run of anything else (spaces, dots, slashes, `:*?"<>|`, control
/// characters, dashes) becomes one `_`, at most 32 characters; `未署名` if nothing is left.
pub fn bundle_file_name(officer: &str, date: NaiveDate) -> String {
    let mut name = String::new();
    for c in officer.chars() {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('_') {
            name.push('_');
        }
    }
    let trimmed: String = name.trim_matches('_').chars().take(MAX_NAME_CHARS).collect();
    let safe = trimmed.trim_end_matches('_');
    let safe = if safe.is_empty() { "未署名" } else { safe };
    format!("liuhen-{safe}-{}.json", date.format("%Y-%m-%d"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 5, 1).unwrap()
    }

    #[test]
    fn file_names_keep_chinese_names_and_replace_everything_unsafe() {
        assert_eq!(bundle_file_name("张三", day()), "liuhen-张三-2024-05-01.json");
        assert_eq!(bundle_file_name(" 李 四 ", day()), "liuhen-李_四-2024-05-01.json");
        assert_eq!(bundle_file_name("../王五/..\\:*?\"<>|", day()), "liuhen-王五-2024-05-01.json");
        assert_eq!(bundle_file_name("a-b.c\u{0}d", day()), "liuhen-a_b_c_d-2024-05-01.json");
        assert_eq!(bundle_file_name("///", day()), "liuhen-未署名-2024-05-01.json");
        assert_eq!(bundle_file_name("", day()), "liuhen-未署名-2024-05-01.json");
        let long = bundle_file_name(&"长".repeat(50), day());
        assert_eq!(long, format!("liuhen-{}-2024-05-01.json", "长".repeat(32)));
    }
}
