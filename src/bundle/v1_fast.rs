//! The fast path for reading a 1.x bundle: one parse of the file, and the digest hashed straight from the file's
//! own bytes where they are already canonical (every event text, as this build writes them), instead of parsing the
//! whole file into a tree, parsing it again into the schema and serialising it once more to digest it.
//!
//! It answers only when everything is in order; for anything unusual (another version, a member missing, repeated
//! or unknown, a value of the wrong type) it returns `None` and [`super::read`] takes the exact path, which finds
//! the precise reason. Whenever it answers, its answer is the exact path's (tested on valid and mutated bundles).

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;
use sha2::{Digest, Sha256};

use super::format::{BundleDigest, Claims, FORMAT_NAME, FormatVersion};
use super::v1::parse_time;
use crate::journal::{EventHash, canonical_json, is_canonical_string_token};

/// A 1.x bundle's members, kept raw: each is checked, and its canonical text digested, from its own bytes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawV1<'a> {
    #[serde(borrow)]
    format: &'a RawValue,
    #[serde(borrow)]
    version: &'a RawValue,
    #[serde(borrow)]
    exporter: &'a RawValue,
    #[serde(borrow)]
    exported_at: &'a RawValue,
    #[serde(borrow)]
    scope: &'a RawValue,
    #[serde(borrow)]
    chains: &'a RawValue,
    #[serde(borrow)]
    events: Vec<&'a RawValue>,
    #[serde(borrow)]
    digest: &'a RawValue,
    #[serde(borrow)]
    signature: &'a RawValue,
}

/// What the fast path found: the version, the claims and the digest computed over the signed content.
pub(crate) struct FastRead {
    /// The version the file declares (1.x).
    pub version: FormatVersion,
    /// The claims, exactly as the exact path reads them.
    pub claims: Claims,
    /// SHA-256 of the canonical content without `digest` and `signature`.
    pub computed: BundleDigest,
}

/// Reads a 1.x bundle on the fast path, or `None` to leave it to the exact path.
pub(crate) fn read_fast(text: &str) -> Option<FastRead> {
    let raw: RawV1 = serde_json::from_str(text).ok()?;
    if raw.format.get() != canonical_json(&Value::from(FORMAT_NAME)) {
        return None;
    }
    let version = FormatVersion::parse(&serde_json::from_str::<String>(raw.version.get()).ok()?)?;
    if version.major != 1 {
        return None;
    }
    let events: Vec<String> =
        raw.events.iter().map(|event| serde_json::from_str(event.get()).ok()).collect::<Option<_>>()?;
    let claims = Claims {
        exporter: serde_json::from_str(raw.exporter.get()).ok()?,
        exported_at: parse_time(&serde_json::from_str::<String>(raw.exported_at.get()).ok()?).ok()?,
        scope: serde_json::from_str(raw.scope.get()).ok()?,
        chains: serde_json::from_str(raw.chains.get()).ok()?,
        digest: serde_json::from_str(raw.digest.get()).ok()?,
        signature: serde_json::from_str(raw.signature.get()).ok()?,
        events: Vec::new(),
    };
    let computed = digest(&raw, &events)?;
    Some(FastRead { version, claims: Claims { events, ..claims }, computed })
}

/// The content digest ([`super::format::content_digest`]) of the members as found: the canonical object without
/// `digest` and `signature`, its members in canonical (UTF-16) key order, hashed piece by piece. An event text
/// whose token in the file is already canonical is hashed as it stands in the file.
fn digest(raw: &RawV1, events: &[String]) -> Option<BundleDigest> {
    let canonical = |member: &RawValue| serde_json::from_str::<Value>(member.get()).ok().map(|v| canonical_json(&v));
    let mut hasher = Sha256::new();
    hasher.update(b"{\"chains\":");
    hasher.update(canonical(raw.chains)?.as_bytes());
    hasher.update(b",\"events\":[");
    for (i, (token, text)) in raw.events.iter().zip(events).enumerate() {
        if i > 0 {
            hasher.update(b",");
        }
        if is_canonical_string_token(token.get()) {
            hasher.update(token.get().as_bytes());
        } else {
            hasher.update(canonical_json(&Value::from(text.as_str())).as_bytes());
        }
    }
    hasher.update(b"]");
    for (key, member) in [
        ("exported_at", raw.exported_at),
        ("exporter", raw.exporter),
        ("format", raw.format),
        ("scope", raw.scope),
        ("version", raw.version),
    ] {
        hasher.update(format!(",\"{key}\":").as_bytes());
        hasher.update(canonical(member)?.as_bytes());
    }
    hasher.update(b"}");
    Some(EventHash::of_hasher(hasher))
}
