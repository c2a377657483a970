//! What an export covered, as recorded in the journal by a [`super::EventBody::BundleExported`] event and claimed
//! (signed) by the bundle itself.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::{DeviceId, EventHash};

/// Whether an export holds every event or only those new since the previous export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportScope {
    /// 全部导出: every device chain from its first event (position 1) to its head at export time.
    Full,
    /// 仅导出新增: for each device, only the events after those covered by the previous export.
    Incremental,
}

impl ExportScope {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            ExportScope::Full => "全部导出",
            ExportScope::Incremental => "仅导出新增",
        }
    }
}

/// A contiguous run of one device's chain: positions `first_seq..=last_seq`, the last one having hash
/// `last_hash`. `last_seq` is also the length of the chain up to that event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChainSpan {
    /// The device whose chain this is.
    pub device: DeviceId,
    /// The first position covered (1 for a full export).
    pub first_seq: u64,
    /// The last position covered: the chain head at the time.
    pub last_seq: u64,
    /// The hash of the event at `last_seq`.
    pub last_hash: EventHash,
}

impl ChainSpan {
    /// Whether the span covers position `seq` of `device`.
    pub fn covers(&self, device: &DeviceId, seq: u64) -> bool {
        self.device == *device && (self.first_seq..=self.last_seq).contains(&seq)
    }

    /// How many events the span covers (0 if it is malformed, with `first_seq > last_seq`; at most `u64::MAX`).
    pub fn len(&self) -> u64 {
        self.last_seq.checked_sub(self.first_seq).map_or(0, |d| d.saturating_add(1))
    }

    /// Whether the span covers no event (only a malformed one).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl fmt::Display for ChainSpan {
    /// `设备 d1 第3至12号` (or `第3号` for a single event).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first_seq == self.last_seq {
            write!(f, "设备 {} 第{}号", self.device, self.first_seq)
        } else {
            write!(f, "设备 {} 第{}至{}号", self.device, self.first_seq, self.last_seq)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(first_seq: u64, last_seq: u64) -> ChainSpan {
        ChainSpan { device: DeviceId::new("d1").unwrap(), first_seq, last_seq, last_hash: EventHash::of_text("x") }
    }

    #[test]
    fn a_span_covers_its_own_device_and_positions_only() {
        let s = span(3, 5);
        let d1 = DeviceId::new("d1").unwrap();
        assert!(s.covers(&d1, 3) && s.covers(&d1, 5));
        assert!(!s.covers(&d1, 2) && !s.covers(&d1, 6));
        assert!(!s.covers(&DeviceId::new("d2").unwrap(), 4));
        assert_eq!(s.len(), 3);
        assert!(span(4, 3).is_empty());
        assert_eq!(span(1, u64::MAX).len(), u64::MAX);
        assert_eq!(span(0, u64::MAX).len(), u64::MAX);
    }

    #[test]
    fn spans_read_in_chinese_and_refuse_unknown_members() {
        assert_eq!(span(3, 12).to_string(), "设备 d1 第3至12号");
        assert_eq!(span(7, 7).to_string(), "设备 d1 第7号");
        let mut value = serde_json::to_value(span(1, 2)).unwrap();
        value["extra"] = serde_json::json!(1);
        assert!(serde_json::from_value::<ChainSpan>(value).is_err());
        assert_eq!(serde_json::to_value(ExportScope::Incremental).unwrap(), "incremental");
    }
}
