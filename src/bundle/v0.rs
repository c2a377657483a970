//! Format version 0 (`"version": "0.9"`), a pre-release layout kept readable so the migration path is exercised.
//!
//! Differences from 1.0: the exporter's `device`, `officer` and `public_key` are top-level members; there is no
//! `scope` (every 0.x export was full); `heads` maps each device to its chain head `{"seq", "hash"}` (the chain is
//! held from position 1); the signature is over the 32 raw bytes of the digest. The digest rule is the same.
//! Migration lifts the claims into the 1.0 model; the signed bytes are checked as found, never rewritten.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::device_key::{BundleSignature, PublicKey};
use super::format::{BundleDigest, Claims, Exporter};
use super::refusal::{Refusal, json_error_zh};
use super::v1::parse_time;
use crate::journal::{ChainSpan, DeviceId, EventHash, ExportScope};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code, reason = "format and version are checked on the JSON value before this struct is read")]
struct WireV0 {
    format: String,
    version: String,
    device: DeviceId,
    officer: String,
    public_key: PublicKey,
    exported_at: String,
    events: Vec<String>,
    heads: BTreeMap<DeviceId, HeadV0>,
    digest: BundleDigest,
    signature: BundleSignature,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadV0 {
    seq: u64,
    hash: EventHash,
}

/// Reads a 0.x bundle and lifts it to the current model.
pub(crate) fn read(text: &str) -> Result<Claims, Refusal> {
    let wire: WireV0 = serde_json::from_str(text).map_err(|e| Refusal::Schema { detail: json_error_zh(&e) })?;
    let chains = wire
        .heads
        .into_iter()
        .map(|(device, head)| ChainSpan { device, first_seq: 1, last_seq: head.seq, last_hash: head.hash })
        .collect();
    Ok(Claims {
        exporter: Exporter { device: wire.device, officer: wire.officer, public_key: wire.public_key },
        exported_at: parse_time(&wire.exported_at)?,
        scope: ExportScope::Full,
        chains,
        events: wire.events,
        digest: wire.digest,
        signature: wire.signature,
    })
}
