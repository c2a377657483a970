//! The chain head: each device's last position and hash, kept in a second place beside the events.
//!
//! A hash chain shows a change in its middle but not a cut tail: delete the newest event and what is left still
//! verifies. So every append also writes the head (`liuhen/v1/head/{device}`) in the same transaction as the event
//! (see `crate::web::indexed_db`), and every load compares the chain with it. A chain shorter than its head says, or
//! a newest event other than the one the head names, is reported as an [`super::Issue`], never accepted silently.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::keys::{head_key, parse_head_key};
use super::verify::{Issue, IssueKind};
use super::{DeviceId, Event, EventHash};

/// The last event a device's chain is known to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChainHead {
    /// Its position.
    pub seq: u64,
    /// Its hash.
    pub hash: EventHash,
    /// The device's clock when it was written.
    pub device_time: DateTime<FixedOffset>,
}

impl ChainHead {
    /// The head naming `event`.
    pub fn of(event: &Event) -> ChainHead {
        ChainHead { seq: event.seq, hash: event.hash, device_time: event.device_time }
    }

    /// The stored text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a stored head; the reason in Chinese if it is not one.
    pub fn read(text: &str) -> Result<ChainHead, String> {
        serde_json::from_str(text).map_err(|e| format!("链头记录格式错误：{e}"))
    }
}

/// Compares each device's chain with its head: `heads` are the stored head keys with their text, `positions` every
/// stored event position (readable or not) by device, `events` the readable events. Issues are keyed by the head key.
pub(crate) fn check_heads(
    heads: &BTreeMap<String, String>,
    positions: &BTreeMap<DeviceId, BTreeSet<u64>>,
    events: &[&Event],
) -> Vec<Issue> {
    let mut issues = Vec::new();
    let issue = |key: &str, kind| Issue { key: key.to_string(), event_id: None, hash: None, kind };
    let mut headed = BTreeSet::new();
    for (key, text) in heads {
        let Some(device) = parse_head_key(key) else { continue };
        headed.insert(device.clone());
        let head = match ChainHead::read(text) {
            Ok(head) => head,
            Err(reason) => {
                issues.push(issue(key, IssueKind::HeadUnreadable { reason }));
                continue;
            }
        };
        let newest = positions.get(&device).and_then(|p| p.last().copied());
        if newest.is_none_or(|seq| seq < head.seq) {
            let kind = IssueKind::Truncated { recorded: head.seq, found: newest, last_time: head.device_time };
            issues.push(issue(key, kind));
            continue;
        }
        let at_head: Vec<&&Event> = events.iter().filter(|e| e.device == device && e.seq == head.seq).collect();
        if !at_head.is_empty() && at_head.iter().all(|e| e.hash != head.hash) {
            issues.push(issue(key, IssueKind::HeadMismatch { seq: head.seq, recorded: head.hash }));
        }
    }
    // A device whose only slots are unreadable is reported through those slots already.
    for (device, seqs) in positions {
        if !headed.contains(device)
            && events.iter().any(|e| e.device == *device)
            && let Some(&last) = seqs.last()
        {
            issues.push(issue(&head_key(device), IssueKind::HeadMissing { last_seq: last }));
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_round_trips_and_refuses_anything_else() {
        let head = ChainHead {
            seq: 3,
            hash: EventHash::of_text("x"),
            device_time: DateTime::parse_from_rfc3339("2024-05-02T09:00:00+08:00").unwrap(),
        };
        assert_eq!(ChainHead::read(&head.to_text()), Ok(head));
        assert!(ChainHead::read("{\"seq\":3}").is_err());
        assert!(ChainHead::read("不是").is_err());
        let device = DeviceId::new("d1").unwrap();
        assert_eq!(head_key(&device), "liuhen/v1/head/d1");
        assert_eq!(parse_head_key(&head_key(&device)), Some(device));
        assert_eq!(parse_head_key("liuhen/v1/head/a/b"), None);
    }
}
