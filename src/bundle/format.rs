//! The bundle format: its name, versions, size limit, what is digested and what is signed. The full description
//! is `docs/bundle-format.md`; each version's reader is in its own module ([`super::v1`], [`super::v0`]).

use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::device_key::{BundleSignature, PublicKey};
use crate::journal::{ChainSpan, DeviceId, EventHash, ExportScope, canonical_json_excluding};

/// The `format` member of every bundle.
pub const FORMAT_NAME: &str = "liuhen-bundle";

/// The version this build writes.
pub const CURRENT_VERSION: FormatVersion = FormatVersion { major: 1, minor: 0 };

/// The largest bundle accepted: 20 MiB (20 × 1024 × 1024 bytes), checked before anything is parsed.
pub const MAX_BUNDLE_BYTES: usize = 20 * 1024 * 1024;

/// The digest of a bundle: SHA-256 of its signed content, in the same 64-hex-digit form as event hashes. It is
/// also the bundle's identity in the import log and the quarantine.
pub type BundleDigest = EventHash;

/// A format version `major.minor`. A reader refuses a newer major version; it reads a newer minor version of its
/// own major (which may only add what an older reader can ignore, and then refuses unknown members); it migrates
/// older versions on read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct FormatVersion {
    /// Incompatible changes.
    pub major: u32,
    /// Compatible additions.
    pub minor: u32,
}

impl FormatVersion {
    /// Parses `major.minor`: two decimal numbers without signs or leading zeros.
    pub fn parse(text: &str) -> Option<FormatVersion> {
        let (major, minor) = text.split_once('.')?;
        let number = |part: &str| {
            let plain =
                !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()) && (part == "0" || !part.starts_with('0'));
            if plain { part.parse().ok() } else { None }
        };
        Some(FormatVersion { major: number(major)?, minor: number(minor)? })
    }
}

impl fmt::Display for FormatVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// Who exported a bundle: the device (whose key signs it), the officer using it, and the device's public key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exporter {
    /// The exporting device.
    pub device: DeviceId,
    /// The officer using it.
    pub officer: String,
    /// The device's public key; the signature must verify with it.
    pub public_key: PublicKey,
}

/// A bundle as its version's reader understood it, in the current (v1) model. The signed bytes are not rewritten:
/// the digest is recomputed from the file as found, and the signature checked over that version's message.
#[derive(Debug, Clone)]
pub(crate) struct Claims {
    /// Who exported it.
    pub exporter: Exporter,
    /// The exporting device's clock at export (shown, never trusted for ordering).
    pub exported_at: DateTime<FixedOffset>,
    /// Full or incremental.
    pub scope: ExportScope,
    /// The run of each device chain the bundle claims to hold.
    pub chains: Vec<ChainSpan>,
    /// Each event's stored text, byte for byte.
    pub events: Vec<String>,
    /// The digest the bundle states.
    pub digest: BundleDigest,
    /// The signature it carries.
    pub signature: BundleSignature,
}

/// The members left out of the signed content.
const UNSIGNED_MEMBERS: [&str; 2] = ["digest", "signature"];

/// The digest of a bundle object: SHA-256 of the canonical JSON ([`crate::journal::canonical_json`]) of every member except
/// `digest` and `signature`. Spelling and whitespace in the file do not matter; every member's content does.
pub(crate) fn content_digest(bundle: &Map<String, Value>) -> BundleDigest {
    EventHash::of_text(&canonical_json_excluding(bundle, &UNSIGNED_MEMBERS))
}

/// The bytes a device signs, for a bundle of `version` with `digest`:
/// - 1.x: the ASCII text `liuhen-bundle:` followed by the 64 hex digits of the digest (the prefix keeps a bundle
///   signature from being mistaken for a signature over anything else);
/// - 0.x: the 32 raw bytes of the digest.
pub(crate) fn signed_message(version: FormatVersion, digest: &BundleDigest) -> Vec<u8> {
    match version.major {
        0 => super::device_key::from_hex::<32>(&digest.to_string()).map(Vec::from).unwrap_or_default(),
        _ => format!("{FORMAT_NAME}:{digest}").into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn versions_parse_only_plain_major_dot_minor() {
        assert_eq!(FormatVersion::parse("1.0"), Some(FormatVersion { major: 1, minor: 0 }));
        assert_eq!(FormatVersion::parse("12.34"), Some(FormatVersion { major: 12, minor: 34 }));
        for bad in ["1", "1.", ".0", "1.0.0", "01.0", "1.00", "+1.0", "1.-1", "一.零", "1.0 ", ""] {
            assert_eq!(FormatVersion::parse(bad), None, "{bad}");
        }
        assert!(FormatVersion::parse("0.9").unwrap() < CURRENT_VERSION);
        assert!(FormatVersion::parse("1.3").unwrap() > CURRENT_VERSION);
        assert_eq!(CURRENT_VERSION.to_string(), "1.0");
    }

    #[test]
    fn the_digest_ignores_digest_signature_order_and_spelling_but_covers_everything_else() {
        let a = json!({"format": "liuhen-bundle", "events": ["x"], "digest": "1", "signature": "2"});
        let b: Value =
            serde_json::from_str(r#"{ "signature":"9", "events" : [ "\u0078" ], "format":"liuhen-bundle" }"#).unwrap();
        let c = json!({"format": "liuhen-bundle", "events": ["y"]});
        let digest = |v: &Value| content_digest(v.as_object().unwrap());
        assert_eq!(digest(&a), digest(&b));
        assert_ne!(digest(&a), digest(&c));
        assert_eq!(digest(&a), EventHash::of_text(r#"{"events":["x"],"format":"liuhen-bundle"}"#));
    }

    #[test]
    fn v1_signs_a_prefixed_digest_and_v0_the_raw_digest() {
        let digest = EventHash::of_text("abc");
        let v1 = signed_message(CURRENT_VERSION, &digest);
        assert_eq!(v1, format!("liuhen-bundle:{digest}").into_bytes());
        let v0 = signed_message(FormatVersion { major: 0, minor: 9 }, &digest);
        assert_eq!(v0.len(), 32);
        assert_eq!(super::super::device_key::to_hex(&v0), digest.to_string());
    }
}
