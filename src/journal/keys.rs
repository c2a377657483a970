//! The storage key layout. Everything lives under one versioned namespace:
//!
//! | key                                                  | value                                              |
//! |------------------------------------------------------|----------------------------------------------------|
//! | `liuhen/v1/device`                                   | this browser profile's [`DeviceId`]                |
//! | `liuhen/v1/event/{device}/{seq:010}`                 | one event, canonical JSON (one key per event)      |
//! | `liuhen/v1/quarantine/{original key}#{sha256:16}`    | a byte-for-byte copy of corrupt data found at `{original key}` |
//!
//! `{seq:010}` is the event's position in its device's chain, zero-padded to 10 digits so keys sort in chain order.
//! The quarantine key ends with the first 16 hex digits of the SHA-256 of the copied text, so each distinct
//! corrupt content is kept once and never overwritten.

use super::{DeviceId, EventHash};

/// Every key of this version of the app starts with this.
pub const NAMESPACE: &str = "liuhen/v1/";
/// The key holding this browser profile's device id.
pub const DEVICE_KEY: &str = "liuhen/v1/device";
/// The prefix of every event key.
pub const EVENT_PREFIX: &str = "liuhen/v1/event/";
/// The prefix of every chain head (`{HEAD_PREFIX}{device}`, see `super::ChainHead`).
pub const HEAD_PREFIX: &str = "liuhen/v1/head/";
/// The prefix of every quarantined copy.
pub const QUARANTINE_PREFIX: &str = "liuhen/v1/quarantine/";

/// The key of the event at position `seq` of `device`'s chain.
pub fn event_key(device: &DeviceId, seq: u64) -> String {
    format!("{EVENT_PREFIX}{device}/{seq:010}")
}

/// The device and position an event key names, if it is a well-formed event key (`seq` ≥ 1, zero-padded to 10).
pub fn parse_event_key(key: &str) -> Option<(DeviceId, u64)> {
    let (device, seq_text) = key.strip_prefix(EVENT_PREFIX)?.split_once('/')?;
    let device = DeviceId::new(device).ok()?;
    let seq: u64 = seq_text.parse().ok()?;
    (seq >= 1 && format!("{seq:010}") == seq_text).then_some((device, seq))
}

/// The key a corrupt text found under `original_key` is copied to.
pub fn quarantine_key(original_key: &str, text: &str) -> String {
    let digest = EventHash::of_text(text).to_string();
    format!("{QUARANTINE_PREFIX}{original_key}#{}", &digest[..16])
}

/// The key of `device`'s head.
pub fn head_key(device: &DeviceId) -> String {
    format!("{HEAD_PREFIX}{device}")
}

/// The device a head key names.
pub fn parse_head_key(key: &str) -> Option<DeviceId> {
    DeviceId::new(key.strip_prefix(HEAD_PREFIX)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_keys_round_trip_and_sort_in_chain_order() {
        let d = DeviceId::new("d1").unwrap();
        assert_eq!(event_key(&d, 7), "liuhen/v1/event/d1/0000000007");
        assert_eq!(parse_event_key(&event_key(&d, 7)), Some((d.clone(), 7)));
        assert!(event_key(&d, 9) < event_key(&d, 10));
    }

    #[test]
    fn malformed_event_keys_are_not_parsed() {
        for key in [
            "liuhen/v1/event/d1/7",
            "liuhen/v1/event/d1/0000000000",
            "liuhen/v1/event/d1/000000000x",
            "liuhen/v1/event/d-1/0000000001",
            "liuhen/v1/event/d1/0000000001/x",
            "liuhen/v1/event/d1",
            "liuhen/v2/event/d1/0000000001",
            "liuhen/v1/event/d1/+000000001",
        ] {
            assert_eq!(parse_event_key(key), None, "{key}");
        }
    }

    #[test]
    fn quarantine_keys_keep_the_original_key_and_differ_by_content() {
        let a = quarantine_key("liuhen/v1/event/d1/0000000001", "{");
        assert!(a.starts_with("liuhen/v1/quarantine/liuhen/v1/event/d1/0000000001#"));
        assert_ne!(a, quarantine_key("liuhen/v1/event/d1/0000000001", "}"));
        assert_eq!(a, quarantine_key("liuhen/v1/event/d1/0000000001", "{"));
    }
}
