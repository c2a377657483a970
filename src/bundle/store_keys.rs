//! The merged store's key layout (法治科's IndexedDB object store; string keys, string values):
//!
//! | key                                           | value                                                        |
//! |-----------------------------------------------|--------------------------------------------------------------|
//! | `liuhen/merged/v1/event/{hash}`               | one event's stored text, byte for byte as exported           |
//! | `liuhen/merged/v1/pin/{device}/{public key}`  | a pinned (accepted) device key, JSON [`super::PinnedKey`]     |
//! | `liuhen/merged/v1/import/{n:010}`             | import log entry number n, JSON [`super::ImportLogEntry`]     |
//! | `liuhen/merged/v1/quarantine/{digest}-{code}` | a refused file kept as evidence, JSON [`super::QuarantineEntry`] |
//! | `liuhen/merged/v1/decision/{quarantine id}`   | a person's decision on a held file, JSON [`super::KeyDecision`] |
//!
//! Every key is written once and never changed or removed: a batch only adds keys. Events are keyed by hash, so
//! the store is a set of events and importing an event twice writes the same key with the same value.

use super::device_key::PublicKey;
use crate::journal::{DeviceId, EventHash};

/// Every key of the merged store starts with this.
pub const MERGED_PREFIX: &str = "liuhen/merged/v1/";
/// The prefix of event keys.
pub const MERGED_EVENT_PREFIX: &str = "liuhen/merged/v1/event/";
/// The prefix of pinned-key keys.
pub const PIN_PREFIX: &str = "liuhen/merged/v1/pin/";
/// The prefix of import log keys.
pub const IMPORT_PREFIX: &str = "liuhen/merged/v1/import/";
/// The prefix of quarantine keys.
pub const MERGED_QUARANTINE_PREFIX: &str = "liuhen/merged/v1/quarantine/";
/// The prefix of decision keys.
pub const DECISION_PREFIX: &str = "liuhen/merged/v1/decision/";

/// The key of an event.
pub fn merged_event_key(hash: &EventHash) -> String {
    format!("{MERGED_EVENT_PREFIX}{hash}")
}

/// The key of a pinned device key.
pub fn pin_key(device: &DeviceId, public_key: &PublicKey) -> String {
    format!("{PIN_PREFIX}{device}/{public_key}")
}

/// The key of import log entry `number`.
pub fn import_key(number: u64) -> String {
    format!("{IMPORT_PREFIX}{number:010}")
}

/// The key of a quarantine entry.
pub fn merged_quarantine_key(id: &str) -> String {
    format!("{MERGED_QUARANTINE_PREFIX}{id}")
}

/// The key of the decision on a quarantine entry.
pub fn decision_key(quarantine_id: &str) -> String {
    format!("{DECISION_PREFIX}{quarantine_id}")
}

/// The id of the quarantine entry for a file with `digest` refused for the reason `code`.
pub fn quarantine_id(digest: &EventHash, code: &str) -> String {
    format!("{digest}-{code}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_documented_layout_and_import_numbers_sort() {
        let h = EventHash::of_text("x");
        let d = DeviceId::new("d1").unwrap();
        let k = super::super::DeviceKey::from_seed([1; 32]).public_key();
        assert_eq!(merged_event_key(&h), format!("liuhen/merged/v1/event/{h}"));
        assert_eq!(pin_key(&d, &k), format!("liuhen/merged/v1/pin/d1/{k}"));
        assert_eq!(import_key(7), "liuhen/merged/v1/import/0000000007");
        assert!(import_key(9) < import_key(10));
        assert_eq!(merged_quarantine_key(&quarantine_id(&h, "fork")), format!("liuhen/merged/v1/quarantine/{h}-fork"));
        assert_eq!(decision_key("abc-key_mismatch"), "liuhen/merged/v1/decision/abc-key_mismatch");
        assert!(
            [merged_event_key(&h), pin_key(&d, &k), import_key(1)].iter().all(|key| key.starts_with(MERGED_PREFIX))
        );
    }
}
