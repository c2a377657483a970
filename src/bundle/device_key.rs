//! Device keys: each officer device signs its bundles with its own Ed25519 key, made from a 32-byte seed the
//! browser supplies (`crypto.getRandomValues`); nothing here draws randomness.

use std::fmt;
use std::str::FromStr;

use ed25519_dalek::{Signer, SigningKey, VerifyingKey};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A device's signing key. Its `Debug` shows only the public key.
#[derive(Clone)]
pub struct DeviceKey(SigningKey);

impl DeviceKey {
    /// The key pair made from a 32-byte secret seed (Ed25519 secret key, RFC 8032).
    pub fn from_seed(seed: [u8; 32]) -> Self {
        DeviceKey(SigningKey::from_bytes(&seed))
    }

    /// The public half, written into every bundle and pinned by 法治科.
    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key().to_bytes())
    }

    /// The Ed25519 signature of `message`.
    pub fn sign(&self, message: &[u8]) -> BundleSignature {
        BundleSignature(self.0.sign(message).to_bytes())
    }
}

impl fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DeviceKey({})", self.public_key())
    }
}

/// An Ed25519 public key, written as 64 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    /// A short form for people to compare over the phone: the first 16 hex digits in groups of four
    /// (`3fa4 c2d1 e0b9 a871`).
    pub fn fingerprint(&self) -> String {
        let hex = self.to_string();
        let groups: Vec<&str> = (0..4).map(|i| &hex[i * 4..i * 4 + 4]).collect();
        groups.join(" ")
    }

    /// Whether `signature` is this key's Ed25519 signature of `message` (strict verification: no malleable
    /// signatures, no weak keys). `Err` says why not, in Chinese.
    pub fn verify(&self, message: &[u8], signature: &BundleSignature) -> Result<(), String> {
        let key = VerifyingKey::from_bytes(&self.0).map_err(|_| "公钥不是有效的Ed25519公钥".to_string())?;
        let signature = ed25519_dalek::Signature::from_bytes(&signature.0);
        key.verify_strict(message, &signature).map_err(|_| "签名与内容或公钥不符".to_string())
    }
}

/// An Ed25519 signature, written as 128 lowercase hex digits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct BundleSignature([u8; 64]);

/// Lowercase hex of some bytes.
pub(crate) fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Exactly `N` bytes from `2 * N` lowercase hex digits (the only spelling accepted, so that a signed text has one
/// form).
pub(crate) fn from_hex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != 2 * N {
        return None;
    }
    let digit = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    };
    let mut out = [0u8; N];
    for (byte, pair) in out.iter_mut().zip(text.as_bytes().chunks_exact(2)) {
        *byte = digit(pair[0])? << 4 | digit(pair[1])?;
    }
    Some(out)
}

macro_rules! hex_text {
    ($type:ident, $len:literal, $what:literal) => {
        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&to_hex(&self.0))
            }
        }

        impl fmt::Debug for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({self})", stringify!($type))
            }
        }

        impl FromStr for $type {
            type Err = String;

            /// Only exactly the right number of lowercase hex digits.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                from_hex::<$len>(s).map($type).ok_or_else(|| format!("{}应为{}位小写十六进制数字", $what, 2 * $len))
            }
        }

        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

hex_text!(PublicKey, 32, "公钥");
hex_text!(BundleSignature, 64, "签名");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_rfc_8032_test_vector_1() {
        // RFC 8032 §7.1, TEST 1: empty message.
        let seed = from_hex::<32>("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60").unwrap();
        let key = DeviceKey::from_seed(seed);
        assert_eq!(key.public_key().to_string(), "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        let signature = key.sign(b"");
        assert_eq!(
            signature.to_string(),
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        );
        assert_eq!(key.public_key().verify(b"", &signature), Ok(()));
        assert_eq!(key.public_key().fingerprint(), "d75a 9801 82b1 0ab7");
    }

    #[test]
    fn a_signature_verifies_only_for_its_message_and_key() {
        let key = DeviceKey::from_seed([1; 32]);
        let other = DeviceKey::from_seed([2; 32]);
        let signature = key.sign("留痕".as_bytes());
        assert!(key.public_key().verify("留痕".as_bytes(), &signature).is_ok());
        assert_eq!(key.public_key().verify("留".as_bytes(), &signature), Err("签名与内容或公钥不符".into()));
        assert!(other.public_key().verify("留痕".as_bytes(), &signature).is_err());
        assert_ne!(key.public_key(), other.public_key());
    }

    #[test]
    fn keys_and_signatures_parse_only_their_lowercase_hex_form() {
        let key = DeviceKey::from_seed([3; 32]).public_key();
        assert_eq!(key.to_string().parse::<PublicKey>(), Ok(key));
        assert!(key.to_string().to_uppercase().parse::<PublicKey>().is_err());
        assert_eq!("ab".parse::<PublicKey>().unwrap_err(), "公钥应为64位小写十六进制数字");
        let signature = DeviceKey::from_seed([3; 32]).sign(b"x");
        let json = serde_json::to_string(&signature).unwrap();
        assert_eq!(serde_json::from_str::<BundleSignature>(&json).unwrap(), signature);
        assert!(serde_json::from_str::<BundleSignature>("\"00\"").is_err());
    }

    #[test]
    fn an_invalid_public_key_is_refused_with_a_reason() {
        // y = 2 is not on the curve.
        let mut bytes = [0u8; 32];
        bytes[0] = 2;
        let key = PublicKey(bytes);
        let signature = DeviceKey::from_seed([4; 32]).sign(b"x");
        assert_eq!(key.verify(b"x", &signature), Err("公钥不是有效的Ed25519公钥".into()));
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let key = DeviceKey::from_seed([9; 32]);
        let shown = format!("{key:?}");
        assert!(shown.contains(&key.public_key().to_string()));
        assert!(!shown.contains(&to_hex(&[9; 32])));
    }
}
