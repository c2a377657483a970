//! Chain verification: which stored event fails, and why. Nothing is ever repaired here.
//!
//! Each device's events form a chain: seq 1, 2, 3, … each naming the hash of the one before. An altered event no
//! longer matches its hash; a dropped event leaves a gap; a swapped or replaced event breaks a link.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};

use super::keys::{event_key, parse_event_key};
use super::store::StoreError;
use super::{DeviceId, Event, EventHash, ReadEvent};

/// What a storage slot under the event prefix holds.
#[derive(Debug, Clone)]
pub(crate) enum SlotContent {
    /// An event (whose integrity is still to be judged).
    Event(Box<ReadEvent>),
    /// Data that is not an event, with the reason.
    Unreadable(String),
}

impl SlotContent {
    /// The content as [`verify`] reads it: the event, or why the slot holds none.
    pub(crate) fn view(&self) -> SlotView<'_> {
        match self {
            SlotContent::Event(read) => Ok(read),
            SlotContent::Unreadable(reason) => Err(reason),
        }
    }
}

/// A slot's content, borrowed: the event read from it, or the reason it holds none.
pub(crate) type SlotView<'a> = Result<&'a ReadEvent, &'a str>;

/// What became of corrupt data found under the app's keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Quarantine {
    /// Copied, byte for byte, under this key. The original stays where it was.
    CopiedTo(String),
    /// The copy could not be written (e.g. storage full); the original stays where it was.
    Failed(StoreError),
    /// Found while writing; it is copied on the next load or verification.
    Pending,
}

/// Why a stored event (or slot) fails verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueKind {
    /// The stored data is not an event (not JSON, or the wrong shape). It is quarantined.
    Unreadable {
        /// Why it could not be read.
        reason: String,
        /// Where the copy is.
        quarantine: Quarantine,
    },
    /// The text parses, but is not the canonical serialisation the app writes: it was edited by hand.
    NonCanonical,
    /// The content does not match the stored hash: the event was altered.
    HashMismatch {
        /// The hash stored in the event.
        stored: EventHash,
        /// The hash of the content as it is now.
        computed: EventHash,
    },
    /// The event is stored under a key for a different device or position: it was moved or swapped.
    Misplaced {
        /// The device the event itself names.
        device: DeviceId,
        /// The position the event itself names.
        seq: u64,
    },
    /// Another, different event claims the same position of the same device.
    DuplicateSeq {
        /// The keys of the other events at this position.
        others: Vec<String>,
    },
    /// Positions `from..=to` of the device's chain are missing just before this event.
    SeqGap {
        /// First missing position.
        from: u64,
        /// Last missing position.
        to: u64,
    },
    /// The event's `prev` is not the hash of the device's event just before it.
    PrevMismatch {
        /// The hash of the event just before (`None`: this should have been the first event).
        expected: Option<EventHash>,
        /// What the event names as its predecessor.
        found: Option<EventHash>,
    },
    /// The event just before (position `seq`) is unreadable, so the link cannot be checked.
    PrevUnreadable {
        /// The unreadable position.
        seq: u64,
    },
    /// The event was in storage earlier in this session and has since disappeared.
    Vanished {
        /// Its hash when last seen, if it was readable.
        last_hash: Option<EventHash>,
    },
    /// The slot held different content earlier in this session.
    Replaced {
        /// The hash of the earlier content, if it was readable.
        previous: Option<EventHash>,
    },
    /// The chain ends before the position its head records: its newest events were cut off.
    Truncated {
        /// The last position the head records.
        recorded: u64,
        /// The last position stored now (`None`: no event at all).
        found: Option<u64>,
        /// When the last recorded event was written (device clock).
        last_time: DateTime<FixedOffset>,
    },
    /// The event at the head's position is not the one the head records: the newest event was replaced.
    HeadMismatch {
        /// The head's position.
        seq: u64,
        /// The hash the head records.
        recorded: EventHash,
    },
    /// The head record cannot be read.
    HeadUnreadable {
        /// Why.
        reason: String,
    },
    /// The device has events but no head record, so a cut tail could not be noticed.
    HeadMissing {
        /// The last position stored.
        last_seq: u64,
    },
}

/// One verification failure, naming the event (or storage key) it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// The storage key of the failing slot.
    pub key: String,
    /// The failing event's id, if it could be read.
    pub event_id: Option<String>,
    /// The failing event's stored hash, if it could be read.
    pub hash: Option<EventHash>,
    /// What is wrong.
    pub kind: IssueKind,
}

fn short(hash: &Option<EventHash>) -> String {
    hash.map_or_else(|| "无".into(), |h| h.short())
}

impl Issue {
    /// The issue in one Chinese sentence, e.g. `事件 d1-3：内容与哈希值不符……`.
    pub fn describe(&self) -> String {
        let subject = match (&self.event_id, super::keys::parse_head_key(&self.key)) {
            (Some(id), _) => format!("事件 {id}"),
            (None, Some(device)) => format!("本机日志（设备 {device}）"),
            (None, None) => format!("存储项 {}", self.key),
        };
        let what = match &self.kind {
            IssueKind::Unreadable { reason, quarantine } => {
                let copy = match quarantine {
                    Quarantine::CopiedTo(key) => format!("原内容已复制到隔离区（{key}），未作任何改动"),
                    Quarantine::Failed(e) => format!("复制到隔离区失败（{e}），原内容保留在原处"),
                    Quarantine::Pending => "将在下次校验时复制到隔离区，原内容保留在原处".into(),
                };
                format!("无法读取（{reason}）；{copy}")
            }
            IssueKind::NonCanonical => "存储文本与本系统写入的规范格式不符，可能被手工改动".into(),
            IssueKind::HashMismatch { stored, computed } => format!(
                "内容与哈希值不符（记载为 {}，按内容计算为 {}），事件在写入后被改动",
                stored.short(),
                computed.short()
            ),
            IssueKind::Misplaced { device, seq } => {
                format!("存放位置与事件内容不符（内容为设备 {device} 的第{seq}号事件），事件可能被移动或调换")
            }
            IssueKind::DuplicateSeq { others } => {
                format!("与 {} 占用同一设备的同一序号，事件链出现分叉", others.join("、"))
            }
            IssueKind::SeqGap { from, to } if from == to => format!("之前缺少第{from}号事件，事件可能被删除"),
            IssueKind::SeqGap { from, to } => format!("之前缺少第{from}号至第{to}号事件，事件可能被删除"),
            IssueKind::PrevMismatch { expected: None, found } => {
                format!("应为本设备的第一个事件，却记载了前一事件（{}）", short(found))
            }
            IssueKind::PrevMismatch { expected, found } => format!(
                "与前一事件的链接断开（前一事件哈希为 {}，本事件记载为 {}），前一事件可能被改动、替换或调换顺序",
                short(expected),
                short(found)
            ),
            IssueKind::PrevUnreadable { seq } => format!("前一事件（第{seq}号）无法读取，链接无法核对"),
            IssueKind::Vanished { last_hash } => {
                format!("本次打开后从存储中消失（消失前哈希为 {}），可能被删除", short(last_hash))
            }
            IssueKind::Replaced { previous } => {
                format!("本次打开后该位置的内容被替换（原哈希为 {}）", short(previous))
            }
            IssueKind::Truncated { recorded, found, last_time } => {
                let kept = match found {
                    Some(seq) => format!("现在只存有到第{seq}号，第{}号至第{recorded}号事件", seq + 1),
                    None => format!("现在一条也没有，第1号至第{recorded}号事件"),
                };
                format!(
                    "本机日志记载的最后一条是第{recorded}号事件（写于 {}），{kept}已从存储中丢失或被删除。\
                     请不要清理浏览器数据，立即导出现有记录交法治科，并请法治科与此前导入的内容核对",
                    last_time.format("%Y-%m-%d %H:%M")
                )
            }
            IssueKind::HeadMismatch { seq, recorded } => format!(
                "第{seq}号事件与链头记录不符（链头记载的哈希为 {}），最新的事件可能被替换。请导出现有记录交法治科核对",
                recorded.short()
            ),
            IssueKind::HeadUnreadable { reason } => {
                format!("{reason}；无法确认最新的事件是否完整。请导出现有记录交法治科核对")
            }
            IssueKind::HeadMissing { last_seq } => format!(
                "缺少链头记录（现存最后一条为第{last_seq}号事件），无法确认此后的事件是否被删除。请导出现有记录交法治科核对"
            ),
        };
        format!("{subject}：{what}")
    }
}

/// Verifies events held outside a store (e.g. read from a bundle) as if each were stored under its own key
/// ([`super::keys::event_key`]): every hash, spelling and chain link among them, in the same way as a journal's own
/// events. A device's events may start after position 1: the positions missing before them are then reported as a
/// [`IssueKind::SeqGap`] on its first event.
pub fn verify_events(events: &[ReadEvent]) -> Vec<Issue> {
    let keys: Vec<String> = events.iter().map(|r| event_key(&r.event.device, r.event.seq)).collect();
    let slots: Vec<(&str, SlotView)> = keys.iter().map(String::as_str).zip(events.iter().map(Ok)).collect();
    verify(&slots)
}

/// The readable events and unreadable keys at one position of one device's chain.
#[derive(Default)]
struct Position<'a> {
    events: Vec<(&'a str, &'a Event)>,
    unreadable: Vec<&'a str>,
}

/// Verifies every slot (key, content) and every device chain. Issues come in key order; nothing is changed.
pub(crate) fn verify(slots: &[(&str, SlotView)]) -> Vec<Issue> {
    let mut issues = Vec::new();
    let mut chains: BTreeMap<&DeviceId, BTreeMap<u64, Position>> = BTreeMap::new();
    let parsed_keys: BTreeMap<&str, (DeviceId, u64)> =
        slots.iter().filter_map(|(k, _)| parse_event_key(k).map(|pos| (*k, pos))).collect();
    let issue = |key: &str, event: Option<&Event>, kind| Issue {
        key: key.to_string(),
        event_id: event.map(|e| e.id.clone()),
        hash: event.map(|e| e.hash),
        kind,
    };

    for &(key, content) in slots {
        match content {
            Err(reason) => {
                let kind = IssueKind::Unreadable { reason: reason.to_string(), quarantine: Quarantine::Pending };
                issues.push(issue(key, None, kind));
                if let Some((device, seq)) = parsed_keys.get(key) {
                    chains.entry(device).or_default().entry(*seq).or_default().unreadable.push(key);
                }
            }
            Ok(read) => {
                let event = &read.event;
                if !read.canonical {
                    issues.push(issue(key, Some(event), IssueKind::NonCanonical));
                }
                if read.computed_hash != event.hash {
                    let kind = IssueKind::HashMismatch { stored: event.hash, computed: read.computed_hash };
                    issues.push(issue(key, Some(event), kind));
                }
                let at_own_key = parsed_keys.get(key).is_some_and(|(d, s)| *d == event.device && *s == event.seq);
                if !at_own_key {
                    let kind = IssueKind::Misplaced { device: event.device.clone(), seq: event.seq };
                    issues.push(issue(key, Some(event), kind));
                }
                chains.entry(&event.device).or_default().entry(event.seq).or_default().events.push((key, event));
            }
        }
    }

    for positions in chains.values() {
        let mut expected_seq = 1;
        let mut before: Option<&Position> = None;
        for (&seq, here) in positions {
            let gap = seq > expected_seq;
            if gap {
                let kind = IssueKind::SeqGap { from: expected_seq, to: seq - 1 };
                match here.events.first() {
                    Some((key, event)) => issues.push(issue(key, Some(event), kind)),
                    None => issues.extend(here.unreadable.first().map(|key| issue(key, None, kind))),
                }
            }
            let distinct: BTreeSet<EventHash> = here.events.iter().map(|(_, e)| e.hash).collect();
            for (key, event) in &here.events {
                if distinct.len() > 1 {
                    let others =
                        here.events.iter().filter(|(_, e)| e.hash != event.hash).map(|(k, _)| k.to_string()).collect();
                    issues.push(issue(key, Some(event), IssueKind::DuplicateSeq { others }));
                }
                let link = match before {
                    _ if seq == 1 => event.prev.map(|_| IssueKind::PrevMismatch { expected: None, found: event.prev }),
                    _ if gap => None,
                    Some(prior) if prior.events.is_empty() => Some(IssueKind::PrevUnreadable { seq: seq - 1 }),
                    Some(prior) if prior.events.iter().any(|(_, p)| Some(p.hash) == event.prev) => None,
                    Some(prior) => Some(IssueKind::PrevMismatch {
                        expected: prior.events.first().map(|(_, p)| p.hash),
                        found: event.prev,
                    }),
                    None => None,
                };
                issues.extend(link.map(|kind| issue(key, Some(event), kind)));
            }
            expected_seq = seq.saturating_add(1);
            before = Some(here);
        }
    }
    issues.sort_by(|a, b| a.key.cmp(&b.key));
    issues
}
