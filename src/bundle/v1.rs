//! Format version 1 (`"version": "1.0"`): the version this build writes.
//!
//! Every member is required and no other member is allowed (at the bundle level and in `exporter` and `chains`).

use chrono::{DateTime, FixedOffset, SecondsFormat};
use serde::Deserialize;
use serde_json::{Map, Value};

use super::device_key::{BundleSignature, DeviceKey};
use super::format::{BundleDigest, CURRENT_VERSION, Claims, Exporter, FORMAT_NAME, content_digest, signed_message};
use super::refusal::{Refusal, json_error_zh};
use crate::journal::{ChainSpan, ExportScope, canonical_json};

/// A v1 bundle exactly as stored in the file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "format and version are checked on the JSON value before this struct is read")]
struct WireV1 {
    format: String,
    version: String,
    exporter: Exporter,
    exported_at: String,
    scope: ExportScope,
    chains: Vec<ChainSpan>,
    events: Vec<String>,
    digest: BundleDigest,
    signature: BundleSignature,
}

/// Reads a 1.x bundle. Unknown or repeated members are refused.
pub(crate) fn read(text: &str) -> Result<Claims, Refusal> {
    let wire: WireV1 = serde_json::from_str(text).map_err(|e| Refusal::Schema { detail: json_error_zh(&e) })?;
    Ok(Claims {
        exporter: wire.exporter,
        exported_at: parse_time(&wire.exported_at)?,
        scope: wire.scope,
        chains: wire.chains,
        events: wire.events,
        digest: wire.digest,
        signature: wire.signature,
    })
}

/// The export time, which must be an RFC 3339 time with its offset.
pub(crate) fn parse_time(text: &str) -> Result<DateTime<FixedOffset>, Refusal> {
    DateTime::parse_from_rfc3339(text).map_err(|_| Refusal::Schema {
        detail: format!("导出时间（exported_at）“{text}”不是有效的时间"),
    })
}

/// What a new bundle holds, before it is digested and signed.
pub(crate) struct Content<'a> {
    /// Who exports it.
    pub exporter: &'a Exporter,
    /// The exporting device's clock.
    pub exported_at: DateTime<FixedOffset>,
    /// Full or incremental.
    pub scope: ExportScope,
    /// The run of each chain it holds.
    pub chains: &'a [ChainSpan],
    /// The events' stored texts.
    pub events: &'a [&'a str],
}

/// Writes a signed v1 bundle: returns its text and digest.
pub(crate) fn write(content: &Content, key: &DeviceKey) -> Result<(String, BundleDigest), serde_json::Error> {
    let mut object = Map::new();
    object.insert("format".into(), Value::from(FORMAT_NAME));
    object.insert("version".into(), Value::from(CURRENT_VERSION.to_string()));
    object.insert("exporter".into(), serde_json::to_value(content.exporter)?);
    object.insert("exported_at".into(), Value::from(content.exported_at.to_rfc3339_opts(SecondsFormat::Millis, false)));
    object.insert("scope".into(), serde_json::to_value(content.scope)?);
    object.insert("chains".into(), serde_json::to_value(content.chains)?);
    object.insert("events".into(), Value::Array(content.events.iter().map(|t| Value::from(*t)).collect()));
    let digest = content_digest(&object);
    let signature = key.sign(&signed_message(CURRENT_VERSION, &digest));
    object.insert("digest".into(), Value::from(digest.to_string()));
    object.insert("signature".into(), Value::from(signature.to_string()));
    Ok((layout(&object), digest))
}

/// The file text: members in canonical order, one per line, each event on its own line, every value in canonical
/// JSON. (Any other spelling of the same JSON verifies just as well.)
fn layout(bundle: &Map<String, Value>) -> String {
    let mut members: Vec<(&String, &Value)> = bundle.iter().collect();
    members.sort_by_key(|(a, _)| *a);
    let mut out = String::from("{\n");
    for (i, (key, value)) in members.iter().enumerate() {
        out.push_str("  ");
        out.push_str(&canonical_json(&Value::from(key.as_str())));
        out.push_str(": ");
        match value {
            Value::Array(items) if key.as_str() == "events" && !items.is_empty() => {
                let lines: Vec<String> = items.iter().map(|item| format!("    {}", canonical_json(item))).collect();
                out.push_str(&format!("[\n{}\n  ]", lines.join(",\n")));
            }
            other => out.push_str(&canonical_json(other)),
        }
        out.push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
    }
    out.push_str("}\n");
    out
}
