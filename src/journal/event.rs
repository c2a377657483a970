//! Journal events: every change to the journal is one event, sealed into its device's hash chain.
//!
//! 第三条 ……做到全程留痕，有据可查。 Nothing is edited in place or deleted: a change is a new event.

use std::ops::Range;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::canonical::{canonical_json, canonical_json_excluding, canonical_object_with_cut};
use super::canonical_scan::canonical_object_cut;
use super::{ChainSpan, DeviceId, EventHash, ExportScope, Month};
use crate::case_file::CaseFileEntry;
use crate::follow_up::{FollowUpEntry, NonRecordingEntry, RetaliationEntry};
use crate::record::{InterferenceRecord, Recipient};

/// What an event records. Stored as a JSON object whose `kind` names the variant.
///
/// Later versions add kinds (bundle export, …). An event of a kind this version does not know is kept as
/// [`EventBody::Unrecognised`] with its JSON intact: it is stored, verified and shown, never dropped.
/// A kind's shape must never change incompatibly; a new shape gets a new kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EventBody {
    /// A new interference record. The record's id is this event's hash.
    RecordCreated {
        /// The record as first written.
        record: Box<InterferenceRecord>,
    },
    /// A new full version of a record, replacing the version(s) it amends.
    ///
    /// Naming several versions merges them: this is how a conflict (two devices amending the same version) is
    /// resolved.
    RecordAmended {
        /// The record (hash of its `RecordCreated` event).
        record_id: EventHash,
        /// The version(s) this amendment replaces (hashes of `RecordCreated` or `RecordAmended` events).
        amends: Vec<EventHash>,
        /// 修改原因 (required, non-empty).
        reason: String,
        /// The complete new version.
        record: Box<InterferenceRecord>,
    },
    /// A note added to a record (备注), without changing it.
    NoteAdded {
        /// The record.
        record_id: EventHash,
        /// The note.
        text: String,
    },
    /// The interference was reported to 法治科 or 区司法局 (R2 Art. 3).
    Reported {
        /// The record.
        record_id: EventHash,
        /// To whom.
        recipient: Recipient,
        /// On which day.
        date: NaiveDate,
    },
    /// A bundle (数据文件) was exported from this device for 法治科. Written after the bundle was built, so the
    /// next export includes it and 法治科 sees every export in the device's own chain.
    BundleExported {
        /// SHA-256 of the bundle's signed content (see `docs/bundle-format.md`), in the same hex form as event
        /// hashes.
        digest: EventHash,
        /// Full or incremental.
        scope: ExportScope,
        /// The run of each device chain the bundle holds.
        chains: Vec<ChainSpan>,
    },
    /// 月度零报告: the officer states that in this month no internal staff asked about or meddled in their cases.
    MonthAttested {
        /// The month.
        month: Month,
    },
    /// A step of one of 法治科's wrong-case files (R1 Art. 10, 12), written only to 法治科's own journal.
    CaseFileStep(Box<CaseFileEntry>),
    /// A step of 法治科's follow-up of an interference record (R2 Art. 3, 4, 10, 11), in 法治科's own journal.
    FollowUpStep(Box<FollowUpEntry>),
    /// 法治科's finding that a handler did not record, or did not record truthfully (R2 Art. 13).
    NonRecordingFound(Box<NonRecordingEntry>),
    /// A report that a handler who recorded was retaliated against, with 法治科's findings (R2 Art. 9, 12).
    RetaliationReported(Box<RetaliationEntry>),
    /// A kind this version does not understand (from a newer version), kept as stored.
    #[serde(skip)]
    Unrecognised(Value),
}

/// The kinds this version understands.
const KNOWN_KINDS: [&str; 10] = [
    "record_created",
    "record_amended",
    "note_added",
    "reported",
    "bundle_exported",
    "month_attested",
    "case_file_step",
    "follow_up_step",
    "non_recording_found",
    "retaliation_reported",
];

impl EventBody {
    /// The `kind` as stored, e.g. `record_amended`.
    pub fn kind(&self) -> &str {
        match self {
            EventBody::RecordCreated { .. } => "record_created",
            EventBody::RecordAmended { .. } => "record_amended",
            EventBody::NoteAdded { .. } => "note_added",
            EventBody::Reported { .. } => "reported",
            EventBody::BundleExported { .. } => "bundle_exported",
            EventBody::MonthAttested { .. } => "month_attested",
            EventBody::CaseFileStep(_) => "case_file_step",
            EventBody::FollowUpStep(_) => "follow_up_step",
            EventBody::NonRecordingFound(_) => "non_recording_found",
            EventBody::RetaliationReported(_) => "retaliation_reported",
            EventBody::Unrecognised(value) => value.get("kind").and_then(Value::as_str).unwrap_or(""),
        }
    }

    /// Chinese label of the kind of event.
    pub fn label(&self) -> String {
        match self {
            EventBody::RecordCreated { .. } => "新建记录".into(),
            EventBody::RecordAmended { amends, .. } if amends.len() > 1 => "合并冲突版本".into(),
            EventBody::RecordAmended { .. } => "修改记录".into(),
            EventBody::NoteAdded { .. } => "添加备注".into(),
            EventBody::Reported { recipient, .. } => format!("已向{}报告", recipient.label()),
            EventBody::BundleExported { scope, .. } => format!("导出数据文件（{}）", scope.label()),
            EventBody::MonthAttested { month } => format!("月度零报告（{}）", month.label()),
            EventBody::CaseFileStep(entry) if entry.amends.is_some() => format!("修改错案卷宗：{}", entry.step.label()),
            EventBody::CaseFileStep(entry) => format!("错案卷宗：{}", entry.step.label()),
            EventBody::FollowUpStep(entry) if entry.amends.is_some() => format!("修改跟进：{}", entry.step.label()),
            EventBody::FollowUpStep(entry) => format!("跟进：{}", entry.step.label()),
            EventBody::NonRecordingFound(entry) => format!("不记录认定（{}）", entry.finding.handler.trim()),
            EventBody::RetaliationReported(entry) => format!("打击报复报告（{}）", entry.report.recorder.trim()),
            EventBody::Unrecognised(_) => format!("较新版本的事件（{}）", self.kind()),
        }
    }

    /// The JSON object stored for this body.
    pub(crate) fn to_value(&self) -> Result<Value, serde_json::Error> {
        match self {
            EventBody::Unrecognised(value) => Ok(value.clone()),
            known => serde_json::to_value(known),
        }
    }

    /// The body stored as `value` (an object with a string `kind`). A known kind whose content does not parse is
    /// kept as [`EventBody::Unrecognised`] too: the fold reports it rather than losing it.
    fn from_value(value: Value) -> EventBody {
        let known = value.get("kind").and_then(Value::as_str).is_some_and(|k| KNOWN_KINDS.contains(&k));
        if known && let Ok(body) = EventBody::deserialize(&value) {
            return body;
        }
        EventBody::Unrecognised(value)
    }
}

/// One sealed event, as read from storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Unique id, `{device}-{seq}` (e.g. `3fa4c2d1e0b9a871-12`): short enough to read aloud.
    pub id: String,
    /// The device whose chain this event belongs to.
    pub device: DeviceId,
    /// The officer using the device when the event was written.
    pub officer: String,
    /// The device's clock when the event was written (not trusted for ordering across devices).
    pub device_time: DateTime<FixedOffset>,
    /// Position in the device's chain, from 1.
    pub seq: u64,
    /// The hash of the device's previous event (`None` for seq 1).
    pub prev: Option<EventHash>,
    /// What happened.
    pub body: EventBody,
    /// The hash stored with the event (verified against its content when read).
    pub hash: EventHash,
}

/// An event read from its stored text, with what reading found out about its integrity.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadEvent {
    /// The event.
    pub event: Event,
    /// The SHA-256 of the stored content, recomputed: equals `event.hash` unless the event was altered.
    pub computed_hash: EventHash,
    /// Whether the stored text is exactly the canonical serialisation of its content (any other spelling of the
    /// same JSON, e.g. `\u00E9` for `é`, means the text was edited).
    pub canonical: bool,
}

/// The envelope fields every event has; anything else in the stored object (added by later versions) is kept in
/// the stored text and covered by the hash.
const ENVELOPE: [&str; 8] = ["id", "device", "officer", "device_time", "seq", "prev", "body", "hash"];

#[derive(Deserialize)]
struct Envelope {
    id: String,
    device: DeviceId,
    officer: String,
    device_time: String,
    seq: u64,
    prev: Option<EventHash>,
    hash: EventHash,
}

/// The envelope as [`Event::read_canonical`] parses it straight from the text: every envelope member required
/// (`prev` and `body` are kept raw so that a missing one is an error, not a default).
#[derive(Deserialize)]
struct CanonicalEnvelope<'a> {
    id: String,
    device: DeviceId,
    officer: String,
    device_time: String,
    seq: u64,
    #[serde(borrow)]
    prev: &'a RawValue,
    #[serde(borrow)]
    body: &'a RawValue,
    hash: EventHash,
}

/// The hash of an event object: SHA-256 of the canonical text of every member except `hash`.
fn content_hash(object: &Map<String, Value>) -> EventHash {
    EventHash::of_text(&canonical_json_excluding(object, &["hash"]))
}

impl Event {
    /// Seals a new event: computes its hash over the canonical content and returns the event as it reads back
    /// from the returned stored text.
    pub fn seal(
        device: &DeviceId,
        officer: &str,
        device_time: DateTime<FixedOffset>,
        seq: u64,
        prev: Option<EventHash>,
        body: &EventBody,
    ) -> Result<(Event, String), String> {
        let mut object = Map::new();
        object.insert("id".into(), Value::String(format!("{device}-{seq}")));
        object.insert("device".into(), Value::String(device.to_string()));
        object.insert("officer".into(), Value::String(officer.to_string()));
        object.insert("device_time".into(), Value::String(device_time.to_rfc3339_opts(SecondsFormat::Millis, false)));
        object.insert("seq".into(), Value::from(seq));
        object.insert("prev".into(), prev.map_or(Value::Null, |h| Value::String(h.to_string())));
        object.insert("body".into(), body.to_value().map_err(|e| e.to_string())?);
        let hash = content_hash(&object);
        object.insert("hash".into(), Value::String(hash.to_string()));
        let text = canonical_json(&Value::Object(object));
        let read = Event::read(&text)?;
        Ok((read.event, text))
    }

    /// Reads an event from its stored text. `Err` (in Chinese) means the text is not an event at all (not JSON,
    /// or an envelope field missing or of the wrong type): such data is quarantined, not verified.
    pub fn read(text: &str) -> Result<ReadEvent, String> {
        if let Some(hash_member) = canonical_object_cut(text, "hash")
            && let Some(read) = Event::read_canonical(text, hash_member)
        {
            return Ok(read);
        }
        Event::read_exactly(text)
    }

    /// The fast path of [`Event::read`], for text the scan recognised as canonical: one typed parse, and the hash
    /// over the text itself with `hash` cut out (the same bytes the exact path serialises). `None` for anything
    /// unusual (a field missing or of the wrong type, a body that is not a known kind): the exact path then
    /// decides, so both paths always give the same answer.
    pub(super) fn read_canonical(text: &str, hash_member: Option<Range<usize>>) -> Option<ReadEvent> {
        let stored: CanonicalEnvelope = serde_json::from_str(text).ok()?;
        let prev: Option<EventHash> = serde_json::from_str(stored.prev.get()).ok()?;
        let body = stored.body.get();
        if !body.starts_with('{') || stored.seq == 0 {
            return None;
        }
        let body = serde_json::from_str::<EventBody>(body).ok()?;
        let device_time = DateTime::parse_from_rfc3339(&stored.device_time).ok()?;
        let computed_hash = match hash_member {
            Some(cut) => EventHash::of_parts(&[&text[..cut.start], &text[cut.end..]]),
            None => EventHash::of_text(text),
        };
        Some(ReadEvent {
            computed_hash,
            canonical: true,
            event: Event {
                id: stored.id,
                device: stored.device,
                officer: stored.officer,
                device_time,
                seq: stored.seq,
                prev,
                body,
                hash: stored.hash,
            },
        })
    }

    /// The exact path of [`Event::read`]: parse, check the envelope, serialise canonically to compare and hash.
    pub(super) fn read_exactly(text: &str) -> Result<ReadEvent, String> {
        let value: Value = serde_json::from_str(text).map_err(|e| format!("不是有效的JSON：{e}"))?;
        let Value::Object(object) = &value else {
            return Err("不是JSON对象".into());
        };
        if let Some(missing) = ENVELOPE.iter().find(|k| !object.contains_key(**k)) {
            return Err(format!("缺少字段“{missing}”"));
        }
        let envelope = Envelope::deserialize(&value).map_err(|e| format!("字段格式不符：{e}"))?;
        let device_time =
            DateTime::parse_from_rfc3339(&envelope.device_time).map_err(|e| format!("设备时间格式不符：{e}"))?;
        if envelope.seq == 0 {
            return Err("序号应从1开始".into());
        }
        let has_kind = object.get("body").and_then(|b| b.get("kind")).is_some_and(Value::is_string);
        if !has_kind {
            let reason = if object.get("body").is_some_and(Value::is_object) {
                "事件内容缺少类型（kind）"
            } else {
                "事件内容（body）不是JSON对象"
            };
            return Err(reason.into());
        }
        // One serialisation gives both the canonical text (is the stored text canonical?) and, with `hash` cut out,
        // what the hash is computed over.
        let (canonical_text, hash_member) = canonical_object_with_cut(object, "hash");
        let computed_hash = match hash_member {
            Some(cut) => EventHash::of_parts(&[&canonical_text[..cut.start], &canonical_text[cut.end..]]),
            None => EventHash::of_text(&canonical_text),
        };
        let canonical = canonical_text == text;
        let Value::Object(mut object) = value else { return Err("不是JSON对象".into()) };
        Ok(ReadEvent {
            computed_hash,
            canonical,
            event: Event {
                id: envelope.id,
                device: envelope.device,
                officer: envelope.officer,
                device_time,
                seq: envelope.seq,
                prev: envelope.prev,
                body: EventBody::from_value(object.remove("body").unwrap_or_default()),
                hash: envelope.hash,
            },
        })
    }

    /// The record this event concerns: its own hash for a creation, the named record otherwise, `None` for an
    /// export, 法治科's own steps (kept in its journal, apart from the records) or an unrecognised kind.
    pub fn record_id(&self) -> Option<EventHash> {
        match &self.body {
            EventBody::RecordCreated { .. } => Some(self.hash),
            EventBody::RecordAmended { record_id, .. }
            | EventBody::NoteAdded { record_id, .. }
            | EventBody::Reported { record_id, .. } => Some(*record_id),
            EventBody::BundleExported { .. }
            | EventBody::MonthAttested { .. }
            | EventBody::CaseFileStep(_)
            | EventBody::FollowUpStep(_)
            | EventBody::NonRecordingFound(_)
            | EventBody::RetaliationReported(_)
            | EventBody::Unrecognised(_) => None,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde_json::json;

    pub(crate) fn at(minute: u32) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(&format!("2024-05-01T09:{minute:02}:00+08:00")).unwrap()
    }

    fn note(text: &str) -> EventBody {
        EventBody::NoteAdded { record_id: EventHash::of_text("r"), text: text.into() }
    }

    #[test]
    fn sealed_text_is_canonical_and_hash_covers_every_member_but_hash() {
        let d = DeviceId::new("d1").unwrap();
        let (event, text) = Event::seal(&d, "张三", at(5), 1, None, &note("备注")).unwrap();
        let read = Event::read(&text).unwrap();
        assert!(read.canonical);
        assert_eq!(read.computed_hash, event.hash);
        assert_eq!(read.event, event);
        assert_eq!(event.id, "d1-1");
        let mut value: Value = serde_json::from_str(&text).unwrap();
        value.as_object_mut().unwrap().remove("hash");
        assert_eq!(EventHash::of_text(&canonical_json(&value)), event.hash);
        assert!(text.starts_with(r#"{"body":{"kind":"note_added","record_id":""#), "{text}");
        assert!(text.contains(r#""device_time":"2024-05-01T09:05:00.000+08:00""#), "{text}");
    }

    #[test]
    fn a_member_added_by_a_later_version_is_covered_by_the_hash() {
        let d = DeviceId::new("d1").unwrap();
        let (_, text) = Event::seal(&d, "张三", at(5), 1, None, &note("x")).unwrap();
        let mut value: Value = serde_json::from_str(&text).unwrap();
        value["signature"] = json!("新版本字段");
        let tampered = canonical_json(&value);
        let read = Event::read(&tampered).unwrap();
        assert!(read.canonical);
        assert_ne!(read.computed_hash, read.event.hash, "the extra member is hashed");
    }

    #[test]
    fn an_unknown_kind_is_kept_verbatim_and_still_verifies() {
        let d = DeviceId::new("d1").unwrap();
        let future = EventBody::Unrecognised(json!({"kind": "case_closed", "events": ["a", "b"], "n": 2}));
        let (event, text) = Event::seal(&d, "张三", at(5), 1, None, &future).unwrap();
        let read = Event::read(&text).unwrap();
        assert_eq!(read.computed_hash, event.hash);
        assert_eq!(event.body, future);
        assert_eq!(event.body.kind(), "case_closed");
        assert_eq!(event.body.label(), "较新版本的事件（case_closed）");
        assert_eq!(event.body.to_value().unwrap(), json!({"kind": "case_closed", "events": ["a", "b"], "n": 2}));
    }

    #[test]
    fn an_export_record_round_trips_and_concerns_no_record() {
        let d = DeviceId::new("d1").unwrap();
        let span = ChainSpan { device: d.clone(), first_seq: 1, last_seq: 4, last_hash: EventHash::of_text("h") };
        let body =
            EventBody::BundleExported { digest: EventHash::of_text("b"), scope: ExportScope::Full, chains: vec![span] };
        let (event, text) = Event::seal(&d, "张三", at(5), 5, Some(EventHash::of_text("p")), &body).unwrap();
        assert_eq!(event.body, body);
        assert_eq!(event.record_id(), None);
        assert_eq!(body.label(), "导出数据文件（全部导出）");
        assert!(text.contains(r#""kind":"bundle_exported""#), "{text}");
    }

    #[test]
    fn a_known_kind_with_unreadable_content_is_kept_as_unrecognised() {
        let body = EventBody::from_value(json!({"kind": "note_added", "text": 5}));
        assert!(matches!(body, EventBody::Unrecognised(_)));
    }

    #[test]
    fn wrong_shapes_are_unreadable_with_a_reason() {
        let d = DeviceId::new("d1").unwrap();
        let (_, text) = Event::seal(&d, "张三", at(5), 1, None, &note("x")).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        let with = |f: &dyn Fn(&mut Map<String, Value>)| {
            let mut v = value.clone();
            f(v.as_object_mut().unwrap());
            canonical_json(&v)
        };
        assert!(Event::read("{").unwrap_err().starts_with("不是有效的JSON"));
        assert_eq!(Event::read("[1]").unwrap_err(), "不是JSON对象");
        assert_eq!(Event::read(&with(&|o| drop(o.remove("prev")))).unwrap_err(), "缺少字段“prev”");
        assert!(
            Event::read(&with(&|o| drop(o.insert("seq".into(), json!("1"))))).unwrap_err().starts_with("字段格式不符")
        );
        assert_eq!(Event::read(&with(&|o| drop(o.insert("seq".into(), json!(0))))).unwrap_err(), "序号应从1开始");
        assert!(Event::read(&with(&|o| drop(o.insert("device_time".into(), json!("昨天"))))).is_err());
        assert!(Event::read(&with(&|o| drop(o.insert("device".into(), json!("a/b"))))).is_err());
        assert!(Event::read(&with(&|o| drop(o.insert("body".into(), json!({"text": "x"}))))).is_err());
    }

    #[test]
    fn a_respelled_but_equal_text_is_not_canonical() {
        let d = DeviceId::new("d1").unwrap();
        let (_, text) = Event::seal(&d, "张三", at(5), 1, None, &note("é")).unwrap();
        let respelled = text.replace('é', "\\u00e9");
        let read = Event::read(&respelled).unwrap();
        assert!(!read.canonical);
        assert_eq!(read.computed_hash, read.event.hash, "same content, so only the spelling check catches it");
    }
}
