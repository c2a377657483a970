//! The file around the encrypted payload: a small JSON envelope naming the key derivation and cipher.
//!
//! ```json
//! {
//!   "format": "liuhen-migration",
//!   "version": 1,
//!   "kind": "officer-journal",
//!   "made_at": "2026-12-06T09:30:00+08:00",
//!   "kdf": { "name": "PBKDF2-SHA256", "iterations": 600000, "salt": "<16 bytes, base64>" },
//!   "cipher": { "name": "AES-256-GCM", "iv": "<12 bytes, base64>" },
//!   "ciphertext": "<payload encrypted, with its 16-byte tag, base64>"
//! }
//! ```
//!
//! The format, version, kind and time are bound to the ciphertext as AES-GCM additional data
//! ([`Envelope::associated_data`]), and the salt, iterations and iv feed the key and nonce, so changing any member
//! makes decryption fail.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, FixedOffset, SecondsFormat};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::TransferError;
use super::file_kind::{FileKind, MAX_FILE_BYTES, MIN_PASSPHRASE_CHARS};

/// The envelope's `format`.
pub const FORMAT_NAME: &str = "liuhen-migration";
/// The envelope's version.
pub const FORMAT_VERSION: u64 = 1;
/// The key derivation named in the file.
pub const KDF_NAME: &str = "PBKDF2-SHA256";
/// The cipher named in the file.
pub const CIPHER_NAME: &str = "AES-256-GCM";
/// PBKDF2 iterations used for new files, and the fewest accepted.
pub const ITERATIONS: u32 = 600_000;
/// The most iterations accepted (a hostile file must not keep the browser busy for hours).
pub const MAX_ITERATIONS: u32 = 10_000_000;
/// Salt length in bytes.
pub const SALT_BYTES: usize = 16;
/// AES-GCM nonce length in bytes.
pub const IV_BYTES: usize = 12;
/// AES-GCM tag length in bytes (at the end of the ciphertext).
pub const TAG_BYTES: usize = 16;
/// Checks a new file's passphrase: long enough, and typed the same twice.
pub fn check_passphrase(passphrase: &str, repeated: &str) -> Result<(), TransferError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(TransferError::PassphraseTooShort);
    }
    if passphrase != repeated {
        return Err(TransferError::PassphraseMismatch);
    }
    Ok(())
}

/// A migration or backup file, read or to be written.
#[derive(Clone, PartialEq, Eq)]
pub struct Envelope {
    /// What the file carries.
    pub kind: FileKind,
    /// When it was made (device clock).
    pub made_at: DateTime<FixedOffset>,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// PBKDF2 salt.
    pub salt: [u8; SALT_BYTES],
    /// AES-GCM nonce.
    pub iv: [u8; IV_BYTES],
    /// The encrypted payload with its tag.
    pub ciphertext: Vec<u8>,
}

impl std::fmt::Debug for Envelope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Envelope")
            .field("kind", &self.kind)
            .field("made_at", &self.made_at)
            .field("iterations", &self.iterations)
            .field("ciphertext_bytes", &self.ciphertext.len())
            .finish()
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KdfJson {
    name: String,
    iterations: u32,
    salt: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct CipherJson {
    name: String,
    iv: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeJson {
    format: String,
    version: u64,
    kind: FileKind,
    made_at: String,
    kdf: KdfJson,
    cipher: CipherJson,
    ciphertext: String,
}

fn damaged(detail: impl Into<String>) -> TransferError {
    TransferError::Damaged { detail: detail.into() }
}

/// Exactly `N` bytes from base64, or why not.
fn decode_exact<const N: usize>(text: &str, what: &str) -> Result<[u8; N], TransferError> {
    let bytes = STANDARD.decode(text).map_err(|_| damaged(format!("{what}不是有效的 base64")))?;
    bytes.try_into().map_err(|_| damaged(format!("{what}应为 {N} 字节")))
}

impl Envelope {
    /// The bytes bound to the ciphertext as AES-GCM additional data: format, version, kind and time.
    pub fn associated_data(&self) -> Vec<u8> {
        let kind = serde_json::to_string(&self.kind).unwrap_or_default();
        format!("{FORMAT_NAME}\n{FORMAT_VERSION}\n{kind}\n{}", self.made_at_text()).into_bytes()
    }

    fn made_at_text(&self) -> String {
        self.made_at.to_rfc3339_opts(SecondsFormat::Secs, false)
    }

    /// The file's text.
    pub fn to_json(&self) -> String {
        let json = EnvelopeJson {
            format: FORMAT_NAME.into(),
            version: FORMAT_VERSION,
            kind: self.kind,
            made_at: self.made_at_text(),
            kdf: KdfJson { name: KDF_NAME.into(), iterations: self.iterations, salt: STANDARD.encode(self.salt) },
            cipher: CipherJson { name: CIPHER_NAME.into(), iv: STANDARD.encode(self.iv) },
            ciphertext: STANDARD.encode(&self.ciphertext),
        };
        serde_json::to_string_pretty(&json).unwrap_or_default()
    }

    /// Reads a file expected to be of `expected` kind: the size first (before parsing), then the JSON, the format,
    /// the version, every member, the kind. Says in Chinese why a file is refused.
    pub fn parse(bytes: &[u8], expected: FileKind) -> Result<Envelope, TransferError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(TransferError::TooLarge { bytes: bytes.len() });
        }
        let text = std::str::from_utf8(bytes).map_err(|_| TransferError::NotATransferFile)?;
        let value: Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(error) if error.is_eof() && text.contains(FORMAT_NAME) => return Err(TransferError::Truncated),
            Err(_) => return Err(TransferError::NotATransferFile),
        };
        match value.get("format").and_then(Value::as_str) {
            Some(FORMAT_NAME) => {}
            Some("liuhen-bundle") => return Err(TransferError::IsBundle),
            _ => return Err(TransferError::NotATransferFile),
        }
        match value.get("version").and_then(Value::as_u64) {
            Some(FORMAT_VERSION) => {}
            Some(version) if version > FORMAT_VERSION => return Err(TransferError::NewerVersion { version }),
            _ => return Err(damaged("格式版本无法识别")),
        }
        let json: EnvelopeJson = serde_json::from_value(value).map_err(|e| damaged(format!("文件结构不符：{e}")))?;
        if json.kind != expected {
            return Err(TransferError::WrongKind { found: json.kind });
        }
        let made_at = DateTime::parse_from_rfc3339(&json.made_at).map_err(|_| damaged("制作时间无法识别"))?;
        if json.kdf.name != KDF_NAME {
            return Err(damaged(format!("密钥派生方法“{}”不受支持", json.kdf.name)));
        }
        if !(ITERATIONS..=MAX_ITERATIONS).contains(&json.kdf.iterations) {
            return Err(damaged(format!("迭代次数 {} 不在允许范围内", json.kdf.iterations)));
        }
        if json.cipher.name != CIPHER_NAME {
            return Err(damaged(format!("加密方法“{}”不受支持", json.cipher.name)));
        }
        let salt = decode_exact::<SALT_BYTES>(&json.kdf.salt, "盐值")?;
        let iv = decode_exact::<IV_BYTES>(&json.cipher.iv, "初始向量")?;
        let ciphertext = STANDARD.decode(&json.ciphertext).map_err(|_| damaged("密文不是有效的 base64"))?;
        if ciphertext.len() < TAG_BYTES {
            return Err(TransferError::Truncated);
        }
        Ok(Envelope { kind: json.kind, made_at, iterations: json.kdf.iterations, salt, iv, ciphertext })
    }
}
