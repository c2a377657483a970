//! Event hashes: SHA-256 of an event's canonical text, written as 64 lowercase hex digits.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sha2::{Digest, Sha256};

/// The SHA-256 hash of one event (see [`super::canonical_json`] for what is hashed). Also the id records and
/// amendments use to refer to an event.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventHash([u8; 32]);

impl EventHash {
    /// The SHA-256 of a text's UTF-8 bytes.
    pub fn of_text(text: &str) -> Self {
        EventHash(Sha256::digest(text.as_bytes()).into())
    }

    /// The SHA-256 of several texts' UTF-8 bytes, one after the other (as if joined).
    pub(crate) fn of_parts(parts: &[&str]) -> Self {
        let mut hasher = Sha256::new();
        parts.iter().for_each(|part| hasher.update(part.as_bytes()));
        EventHash(hasher.finalize().into())
    }

    /// The hash a streaming SHA-256 computation ends with (for texts written piece by piece).
    pub(crate) fn of_hasher(hasher: Sha256) -> Self {
        EventHash(hasher.finalize().into())
    }

    /// The first 8 hex digits, for display (`3fa4c2d1`).
    pub fn short(&self) -> String {
        self.to_string().chars().take(8).collect()
    }
}

impl fmt::Display for EventHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

impl fmt::Debug for EventHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EventHash({self})")
    }
}

/// Why a text is not an event hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HashParseError;

impl fmt::Display for HashParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "哈希值应为64位小写十六进制数字")
    }
}

impl FromStr for EventHash {
    type Err = HashParseError;

    /// Only the canonical form is accepted: exactly 64 lowercase hex digits.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits: Vec<u8> = s
            .bytes()
            .map(|b| match b {
                b'0'..=b'9' => Ok(b - b'0'),
                b'a'..=b'f' => Ok(b - b'a' + 10),
                _ => Err(HashParseError),
            })
            .collect::<Result<_, _>>()?;
        if digits.len() != 64 {
            return Err(HashParseError);
        }
        let mut bytes = [0u8; 32];
        for (byte, pair) in bytes.iter_mut().zip(digits.chunks_exact(2)) {
            *byte = pair[0] << 4 | pair[1];
        }
        Ok(EventHash(bytes))
    }
}

impl Serialize for EventHash {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EventHash {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_sha256_test_vector() {
        assert_eq!(
            EventHash::of_text("abc").to_string(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(EventHash::of_text("abc").short(), "ba7816bf");
    }

    #[test]
    fn parses_only_64_lowercase_hex_digits() {
        let h = EventHash::of_text("留痕");
        assert_eq!(h.to_string().parse::<EventHash>(), Ok(h));
        assert!(h.to_string().to_uppercase().parse::<EventHash>().is_err());
        assert!(h.to_string()[..63].parse::<EventHash>().is_err());
        assert!(format!("{h}0").parse::<EventHash>().is_err());
        assert!("".parse::<EventHash>().is_err());
    }
}
