//! The tamper-evident, append-only journal every record, note and report is stored in.
//!
//! 第三条 局机关办案机构及办案人员应对干预、插手案件办理的情况将时间、地点、人物、方式、内容等全面、如实记录，
//! 做到全程留痕，有据可查。
//!
//! - Every change is an [`Event`]; nothing is edited in place or deleted.
//! - Each event is sealed into its device's hash chain: it carries its position `seq` and the hash of the device's
//!   previous event, and its own [`EventHash`]: SHA-256 over the canonical serialisation ([`canonical_json`]) of
//!   every member of the stored JSON object except `hash`. Verification works on the stored JSON, so members added
//!   by later versions are covered too.
//! - [`Journal`] verifies every chain on every load and on demand, reports each failing event and why
//!   ([`Issue`]), quarantines corrupt data, and never repairs anything silently.
//! - [`fold`] turns events into records with every version, note and report, and surfaces concurrent amendments as
//!   conflicts.
//! - Storage is any synchronous key-value store ([`KeyValueStore`], e.g. localStorage); the key layout is in
//!   [`keys`].

mod canonical;
mod canonical_scan;
mod device;
mod event;
mod export_record;
mod fold;
mod hash;
mod head;
pub mod keys;
pub mod local_migration;
mod memory_store;
mod month;
mod open_journal;
mod staged_store;
mod store;
mod verify;

#[cfg(test)]
mod tests;

pub use canonical::canonical_json;
pub(crate) use canonical::canonical_json_excluding;
pub(crate) use canonical_scan::is_canonical_string_token;
pub use device::{DeviceId, InvalidDeviceId, LoadedDeviceId, load_or_create_device_id};
pub use event::{Event, EventBody, ReadEvent};
pub use export_record::{ChainSpan, ExportScope};
pub use fold::{Attestation, Authorship, Change, FoldProblem, Folded, Note, RecordState, ReportEntry, Version, fold};
pub use hash::{EventHash, HashParseError};
pub use head::ChainHead;
pub use keys::{HEAD_PREFIX, head_key, parse_head_key};
pub use memory_store::{MemoryStore, Moment};
pub use month::Month;
pub use open_journal::{AppendError, ChainSummary, Journal, Recovery};
pub use staged_store::{Batch, StagedStore};
pub use store::{KeyValueStore, StoreError, utf16_len};
pub use verify::{Issue, IssueKind, Quarantine, verify_events};
