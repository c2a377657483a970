//! Reading a bundle: every check that does not depend on what was imported before, in this order — size (before
//! parsing), UTF-8 and JSON, format name, version, the version's schema, digest, signature, then the hash chains
//! against what the bundle claims (with the journal's verification).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

use super::format::{BundleDigest, CURRENT_VERSION, Claims, Exporter, FORMAT_NAME, FormatVersion, MAX_BUNDLE_BYTES};
use super::format::{content_digest, signed_message};
use super::preview::Warning;
use super::refusal::{Refusal, json_error_zh};
use super::v1_fast::{FastRead, read_fast};
use super::{v0, v1};
use crate::journal::keys::event_key;
use crate::journal::{ChainSpan, DeviceId, Event, ExportScope, IssueKind, ReadEvent, verify_events};

/// One event of a verified bundle: its stored text, byte for byte, and what it says.
#[derive(Debug, Clone)]
pub(crate) struct BundledEvent {
    /// The event.
    pub event: Event,
    /// Its stored text, exactly as in the bundle.
    pub text: String,
}

/// A bundle that passed every check that does not depend on what was imported before.
#[derive(Debug, Clone)]
pub(crate) struct VerifiedBundle {
    /// The version the file declares.
    pub version: FormatVersion,
    /// The digest of its signed content (verified).
    pub digest: BundleDigest,
    /// Who exported and signed it.
    pub exporter: Exporter,
    /// The exporting device's clock at export.
    pub exported_at: DateTime<FixedOffset>,
    /// Full or incremental.
    pub scope: ExportScope,
    /// The run of each device chain it holds (verified against the events).
    pub chains: Vec<ChainSpan>,
    /// The events, by device then position.
    pub events: Vec<BundledEvent>,
    /// The whole file as text, exactly as received.
    pub raw: String,
    /// What reading noticed without refusing (byte-order mark, older or newer minor version).
    pub notes: Vec<Warning>,
}

/// Reads and verifies a bundle file. Never panics; `Err` gives the first reason to refuse it.
pub(crate) fn read_bundle(bytes: &[u8]) -> Result<VerifiedBundle, Refusal> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(Refusal::TooLarge { bytes: bytes.len() });
    }
    let raw = std::str::from_utf8(bytes).map_err(|e| Refusal::Malformed {
        detail: format!("第{}个字节起不是UTF-8编码的文本", e.valid_up_to() + 1),
    })?;
    let mut notes = Vec::new();
    let text = match raw.strip_prefix('\u{feff}') {
        Some(rest) => {
            notes.push(Warning::ByteOrderMark);
            rest
        }
        None => raw,
    };
    let (version, claims, computed) = match read_fast(text) {
        Some(FastRead { version, claims, computed }) => (version, claims, computed),
        None => read_exactly(text)?,
    };
    if version.major < CURRENT_VERSION.major {
        notes.push(Warning::MigratedFrom { version });
    } else if version > CURRENT_VERSION {
        notes.push(Warning::NewerMinorVersion { version });
    }
    if computed != claims.digest {
        return Err(Refusal::DigestMismatch { stated: claims.digest, computed });
    }
    claims
        .exporter
        .public_key
        .verify(&signed_message(version, &computed), &claims.signature)
        .map_err(|detail| Refusal::BadSignature { detail })?;
    let Claims { exporter, exported_at, scope, chains, events, .. } = claims;
    let events = check_chains(scope, &chains, events)?;
    Ok(VerifiedBundle {
        version,
        digest: computed,
        exporter,
        exported_at,
        scope,
        chains,
        events,
        raw: raw.to_string(),
        notes,
    })
}

/// The exact path to a bundle's version, claims and computed digest: parse the file into a tree, check its format
/// name and version, read the version's schema, digest the tree. Also the judge of every file the fast path
/// ([`read_fast`]) leaves to it.
pub(crate) fn read_exactly(text: &str) -> Result<(FormatVersion, Claims, BundleDigest), Refusal> {
    let value: Value = serde_json::from_str(text).map_err(|e| Refusal::Malformed { detail: json_error_zh(&e) })?;
    let Value::Object(object) = &value else {
        return Err(Refusal::NotABundle { detail: "顶层不是JSON对象".into() });
    };
    match object.get("format") {
        Some(Value::String(name)) if name == FORMAT_NAME => {}
        Some(other) => {
            return Err(Refusal::NotABundle {
                detail: format!("格式名（format）应为“{FORMAT_NAME}”，实为 {other}")
            });
        }
        None => return Err(Refusal::NotABundle { detail: "缺少格式名（format）".into() }),
    }
    let version = object.get("version").and_then(Value::as_str).and_then(FormatVersion::parse).ok_or_else(|| {
        Refusal::Schema { detail: "版本号（version）应为“主版本.次版本”形式，如“1.0”".into() }
    })?;
    let claims = read_version(text, version)?;
    Ok((version, claims, content_digest(object)))
}

/// The migration hook: each major version has its own reader, which lifts the file's claims into the current
/// model. A newer major version is refused.
fn read_version(text: &str, version: FormatVersion) -> Result<Claims, Refusal> {
    match version.major {
        0 => v0::read(text),
        1 => v1::read(text),
        _ => Err(Refusal::NewerVersion { version: version.to_string() }),
    }
}

/// Checks that the events are exactly the chain runs the bundle claims, each verifying as the journal verifies its
/// own events. Returns the events by device and position.
fn check_chains(scope: ExportScope, chains: &[ChainSpan], texts: Vec<String>) -> Result<Vec<BundledEvent>, Refusal> {
    let mut problems = Vec::new();
    let mut spans: BTreeMap<&DeviceId, &ChainSpan> = BTreeMap::new();
    for span in chains {
        if spans.insert(&span.device, span).is_some() {
            problems.push(format!("设备 {} 的链声明重复", span.device));
        }
        if span.first_seq == 0 || span.first_seq > span.last_seq {
            problems.push(format!("设备 {} 的链范围无效（第{}至{}号）", span.device, span.first_seq, span.last_seq));
        }
        if scope == ExportScope::Full && span.first_seq != 1 {
            problems.push(format!("全部导出应从第1号事件开始，设备 {} 却从第{}号开始", span.device, span.first_seq));
        }
    }

    let mut reads: Vec<(ReadEvent, String)> = Vec::with_capacity(texts.len());
    for (i, text) in texts.into_iter().enumerate() {
        match Event::read(&text) {
            Ok(read) => reads.push((read, text)),
            Err(reason) => problems.push(format!("第{}个事件无法读取：{reason}", i + 1)),
        }
    }
    reads.sort_by(|(a, _), (b, _)| {
        (&a.event.device, a.event.seq, a.event.hash).cmp(&(&b.event.device, b.event.seq, b.event.hash))
    });
    let (read_events, texts): (Vec<ReadEvent>, Vec<String>) = reads.into_iter().unzip();

    let mut positions: BTreeSet<(&DeviceId, u64)> = BTreeSet::new();
    let mut counts: BTreeMap<&DeviceId, u64> = BTreeMap::new();
    for read in &read_events {
        let event = &read.event;
        if event.id != format!("{}-{}", event.device, event.seq) {
            problems.push(format!("事件 {} 的编号与其设备、序号不符", event.id));
        }
        if event.seq > 1 && event.prev.is_none() {
            problems.push(format!("事件 {} 缺少前一事件的哈希", event.id));
        }
        if !positions.insert((&event.device, event.seq)) {
            problems.push(format!("设备 {} 第{}号事件在文件中出现了不止一次", event.device, event.seq));
        }
        match spans.get(&event.device) {
            None => problems.push(format!("事件 {} 所属的设备 {} 不在文件声明的链中", event.id, event.device)),
            Some(span) if !span.covers(&event.device, event.seq) => {
                problems.push(format!("事件 {} 不在文件声明的范围（{span}）内", event.id))
            }
            Some(span) => {
                *counts.entry(&event.device).or_default() += 1;
                if event.seq == span.last_seq && event.hash != span.last_hash {
                    problems.push(format!("{span}：链头事件的哈希与声明的不符"));
                }
            }
        }
    }
    for span in spans.values() {
        let held = counts.get(&span.device).copied().unwrap_or(0);
        if !span.is_empty() && held < span.len() {
            problems
                .push(format!("文件声明含有{span}共{}个事件，实际只有{held}个（文件可能被截断或删改）", span.len()));
        }
    }

    for issue in verify_events(&read_events) {
        let expected_leading_gap = matches!(issue.kind, IssueKind::SeqGap { from: 1, to }
            if spans.values().any(|s| issue.key == event_key(&s.device, s.first_seq) && to + 1 == s.first_seq));
        if !expected_leading_gap {
            problems.push(issue.describe());
        }
    }

    if problems.is_empty() {
        Ok(read_events.into_iter().zip(texts).map(|(read, text)| BundledEvent { event: read.event, text }).collect())
    } else {
        Err(Refusal::BrokenChain { problems })
    }
}
