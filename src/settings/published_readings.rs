//! The published readings file (本局口径文件): 法治科 signs the bureau's [`Readings`] with its device key, as it
//! would a bundle, with a version number that grows with each publication and the date they take effect; officers'
//! laptops import it. Reading a file checks, in this order: the size (before parsing), UTF-8 and JSON, the format
//! name, the schema (unknown members refused), the digest and the signature.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::bundle::{BundleDigest, BundleSignature, DeviceKey, Exporter, content_digest, json_error_zh};
use crate::rules::Readings;

/// The `format` member of every readings file.
pub const READINGS_FORMAT: &str = "liuhen-readings";

/// The largest readings file accepted: 64 KiB, checked before anything is parsed (a real one is about 2 KiB).
pub const MAX_READINGS_BYTES: usize = 64 * 1024;

/// A published readings file, as read and verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedReadings {
    /// Always [`READINGS_FORMAT`].
    pub format: String,
    /// The publication's number: 1 for the first, one more for each later one.
    pub version: u64,
    /// The date from which the bureau applies them (shown with every verdict made under them).
    pub effective_from: NaiveDate,
    /// When 法治科 published them (its computer's clock; shown, never used for ordering).
    pub published_at: DateTime<FixedOffset>,
    /// Who published them: 法治科's device, the person, and the device's public key (the signature's).
    pub publisher: Exporter,
    /// The readings.
    pub readings: Readings,
    /// SHA-256 of the canonical JSON of every member except `digest` and `signature` (as for bundles).
    pub digest: BundleDigest,
    /// Ed25519 over `liuhen-readings:` followed by the digest's 64 hex digits.
    pub signature: BundleSignature,
}

/// A readings file ready to be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedFile {
    /// `liuhen-本局口径-第<N>版-<effective date>.json`.
    pub file_name: String,
    /// The file's content.
    pub text: String,
    /// What it says.
    pub published: PublishedReadings,
}

/// Why a readings file is refused. `Display` says it in Chinese, with what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadingsRefusal {
    /// Larger than [`MAX_READINGS_BYTES`]; not parsed.
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// Not UTF-8 JSON.
    Malformed {
        /// Where, in Chinese.
        detail: String,
    },
    /// Another kind of file (e.g. a bundle), or no format name.
    WrongFormat {
        /// The format it names, if any.
        found: Option<String>,
    },
    /// The members are not those of a readings file.
    Schema {
        /// Which, in Chinese.
        detail: String,
    },
    /// The content does not match its digest: it was changed after signing.
    DigestMismatch,
    /// The signature does not verify with the publisher's key.
    BadSignature,
    /// The version is not newer than the one in use.
    NotNewer {
        /// The file's version.
        version: u64,
        /// The version in use.
        current: u64,
    },
}

impl fmt::Display for ReadingsRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadingsRefusal::TooLarge { bytes } => write!(
                f,
                "文件过大（{} KB），本局口径文件不超过 {} KB，未作读取；请确认选择的是法治科发布的本局口径文件",
                bytes.div_ceil(1024),
                MAX_READINGS_BYTES / 1024
            ),
            ReadingsRefusal::Malformed { detail } => {
                write!(f, "文件无法读取（{detail}），可能已损坏；请向法治科重新索取本局口径文件")
            }
            ReadingsRefusal::WrongFormat { found: Some(found) } if found == crate::bundle::FORMAT_NAME => {
                write!(f, "这是办案数据文件，不是本局口径文件；请选择法治科发布的本局口径文件")
            }
            ReadingsRefusal::WrongFormat { .. } => {
                write!(f, "这不是本局口径文件；请选择法治科发布的本局口径文件（文件名以“liuhen-本局口径”开头）")
            }
            ReadingsRefusal::Schema { detail } => {
                write!(f, "文件内容不完整或含有不认识的内容（{detail}）；请向法治科重新索取本局口径文件")
            }
            ReadingsRefusal::DigestMismatch => {
                write!(f, "文件内容在发布后被改动过，未导入；请向法治科重新索取本局口径文件")
            }
            ReadingsRefusal::BadSignature => {
                write!(f, "文件的签名与发布人的密钥不符，可能被改动或伪造，未导入；请向法治科核实")
            }
            ReadingsRefusal::NotNewer { version, current } if version == current => {
                write!(f, "本机已在使用第{current}版本局口径，无需重复导入")
            }
            ReadingsRefusal::NotNewer { version, current } => write!(
                f,
                "这是第{version}版本局口径，比本机正在使用的第{current}版旧，未导入；如需更新，请向法治科索取最新版"
            ),
        }
    }
}

/// The bytes the publisher signs for a file with `digest` (the prefix keeps a readings signature from being taken
/// for a bundle's, and the other way round).
fn signed_message(digest: &BundleDigest) -> Vec<u8> {
    format!("{READINGS_FORMAT}:{digest}").into_bytes()
}

/// Signs `readings` as publication number `version`, effective from `effective_from`.
pub fn publish(
    readings: &Readings,
    version: u64,
    effective_from: NaiveDate,
    publisher: Exporter,
    key: &DeviceKey,
    now: DateTime<FixedOffset>,
) -> PublishedFile {
    let unsigned = serde_json::json!({
        "format": READINGS_FORMAT,
        "version": version,
        "effective_from": effective_from,
        "published_at": now,
        "publisher": publisher,
        "readings": readings,
    });
    let digest = content_digest(unsigned.as_object().expect("a JSON object literal"));
    let published = PublishedReadings {
        format: READINGS_FORMAT.to_string(),
        version,
        effective_from,
        published_at: now,
        publisher,
        readings: readings.clone(),
        digest,
        signature: key.sign(&signed_message(&digest)),
    };
    let text = serde_json::to_string_pretty(&published).expect("readings always serialise");
    PublishedFile { file_name: format!("liuhen-本局口径-第{version}版-{effective_from}.json"), text, published }
}

/// Reads and verifies a readings file (not yet against what this laptop uses: see
/// [`super::readings_import::check_import`]). Never panics.
pub fn read_published(bytes: &[u8]) -> Result<PublishedReadings, ReadingsRefusal> {
    if bytes.len() > MAX_READINGS_BYTES {
        return Err(ReadingsRefusal::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ReadingsRefusal::Malformed {
        detail: format!("第{}个字节起不是UTF-8编码的文本", e.valid_up_to() + 1),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value =
        serde_json::from_str(text).map_err(|e| ReadingsRefusal::Malformed { detail: json_error_zh(&e) })?;
    let Value::Object(object) = &value else {
        return Err(ReadingsRefusal::WrongFormat { found: None });
    };
    match object.get("format") {
        Some(Value::String(name)) if name == READINGS_FORMAT => {}
        Some(Value::String(name)) => return Err(ReadingsRefusal::WrongFormat { found: Some(name.clone()) }),
        _ => return Err(ReadingsRefusal::WrongFormat { found: None }),
    }
    let computed = content_digest(object);
    let file: PublishedReadings =
        serde_json::from_value(value).map_err(|e| ReadingsRefusal::Schema { detail: e.to_string() })?;
    if file.version == 0 {
        return Err(ReadingsRefusal::Schema { detail: "版本号（version）应从1起".into() });
    }
    if file.digest != computed {
        return Err(ReadingsRefusal::DigestMismatch);
    }
    file.publisher
        .public_key
        .verify(&signed_message(&computed), &file.signature)
        .map_err(|_| ReadingsRefusal::BadSignature)?;
    Ok(file)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::journal::DeviceId;

    /// 法治科's key in these tests.
    pub(crate) fn legal_key() -> DeviceKey {
        DeviceKey::from_seed([7; 32])
    }

    /// 法治科's identity in these tests, with `key`'s public half.
    pub(crate) fn publisher(key: &DeviceKey) -> Exporter {
        Exporter {
            device: DeviceId::new("fzk0001").unwrap(), officer: "李法治".into(), public_key: key.public_key()
        }
    }

    /// A moment in these tests.
    pub(crate) fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    /// Publication `version` of `readings`, signed with `key`.
    pub(crate) fn file(version: u64, readings: &Readings, key: &DeviceKey) -> PublishedFile {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        publish(readings, version, day, publisher(key), key, at("2026-11-30T09:00:00+08:00"))
    }

    fn changed_readings() -> Readings {
        let mut readings = Readings::default();
        readings.r2.unrecorded_oral_is_interference = !readings.r2.unrecorded_oral_is_interference;
        readings
    }

    #[test]
    fn a_published_file_reads_back_as_published() {
        let published = file(3, &changed_readings(), &legal_key());
        assert_eq!(published.file_name, "liuhen-本局口径-第3版-2026-12-01.json");
        let read = read_published(published.text.as_bytes()).unwrap();
        assert_eq!(read, published.published);
        assert_eq!(read.readings, changed_readings());
        assert_eq!(read.version, 3);
        // A byte-order mark (added by some editors) does not matter.
        assert_eq!(read_published(format!("\u{feff}{}", published.text).as_bytes()).unwrap(), read);
    }

    #[test]
    fn a_changed_reading_version_or_date_is_refused_as_tampered() {
        let text = file(2, &Readings::default(), &legal_key()).text;
        let default_oral = Readings::default().r2.unrecorded_oral_is_interference;
        let tampered = [
            text.replacen(
                &format!("\"unrecorded_oral_is_interference\": {default_oral}"),
                &format!("\"unrecorded_oral_is_interference\": {}", !default_oral),
                1,
            ),
            text.replacen("\"version\": 2", "\"version\": 9", 1),
            text.replacen("2026-12-01", "2026-01-01", 1),
        ];
        for changed in tampered {
            assert_ne!(changed, text);
            assert_eq!(read_published(changed.as_bytes()), Err(ReadingsRefusal::DigestMismatch));
        }
    }

    #[test]
    fn a_file_re_digested_without_the_key_fails_its_signature() {
        let key = legal_key();
        let genuine = file(2, &Readings::default(), &key).published;
        // A forger recomputes the digest but cannot sign it with 法治科's key.
        let forged = file(2, &changed_readings(), &DeviceKey::from_seed([8; 32])).published;
        let mut value = serde_json::to_value(&forged).unwrap();
        value["publisher"] = serde_json::to_value(&genuine.publisher).unwrap();
        let digest = content_digest(value.as_object().unwrap());
        value["digest"] = serde_json::to_value(digest).unwrap();
        let text = serde_json::to_string(&value).unwrap();
        assert_eq!(read_published(text.as_bytes()), Err(ReadingsRefusal::BadSignature));
        assert!(ReadingsRefusal::BadSignature.to_string().contains("法治科"));
    }

    #[test]
    fn the_size_is_checked_before_parsing() {
        let huge = vec![b'{'; MAX_READINGS_BYTES + 1];
        assert_eq!(read_published(&huge), Err(ReadingsRefusal::TooLarge { bytes: MAX_READINGS_BYTES + 1 }));
        // Not JSON, but within the limit: a parse error, not a size error.
        assert!(matches!(read_published(&huge[..MAX_READINGS_BYTES]), Err(ReadingsRefusal::Malformed { .. })));
        assert!(ReadingsRefusal::TooLarge { bytes: 70_000 }.to_string().contains("69 KB"));
    }

    #[test]
    fn another_format_or_unknown_members_are_refused() {
        let bundle = r#"{"format":"liuhen-bundle","version":"1.0"}"#;
        let refusal = read_published(bundle.as_bytes()).unwrap_err();
        assert_eq!(refusal, ReadingsRefusal::WrongFormat { found: Some("liuhen-bundle".into()) });
        assert!(refusal.to_string().contains("办案数据文件"));
        assert_eq!(read_published(b"[1,2]"), Err(ReadingsRefusal::WrongFormat { found: None }));
        assert_eq!(read_published(br#"{"version":1}"#), Err(ReadingsRefusal::WrongFormat { found: None }));
        let text = file(1, &Readings::default(), &legal_key()).text;
        let extra = text.replacen('{', "{\"extra\": true,", 1);
        assert!(matches!(read_published(extra.as_bytes()), Err(ReadingsRefusal::Schema { .. })));
        let missing = text.replacen("\"effective_from\"", "\"effective\"", 1);
        assert!(matches!(read_published(missing.as_bytes()), Err(ReadingsRefusal::Schema { .. })));
        assert!(matches!(read_published(&[0xff, 0xfe]), Err(ReadingsRefusal::Malformed { .. })));
        let zero = file(0, &Readings::default(), &legal_key()).text;
        assert!(matches!(read_published(zero.as_bytes()), Err(ReadingsRefusal::Schema { .. })));
    }

    #[test]
    fn refusals_name_an_action_in_chinese() {
        let older = ReadingsRefusal::NotNewer { version: 1, current: 2 }.to_string();
        assert!(older.contains("第1版") && older.contains("第2版") && older.contains("旧"), "{older}");
        let same = ReadingsRefusal::NotNewer { version: 2, current: 2 }.to_string();
        assert!(same.contains("无需重复导入"), "{same}");
        assert!(ReadingsRefusal::DigestMismatch.to_string().contains("重新索取"));
    }
}
