//! Bundles: the only channel between officers' laptops and 法治科 (there is no server). Pure logic; the browser
//! adapter (file picker, download, IndexedDB) calls these functions.
//!
//! 第三条 ……遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。必要时可以直接向区司法局报告。
//!
//! - Officer side: [`export`] builds a signed JSON bundle (full, or only what is new since the last export) from
//!   the journal's stored events; the app then records it with `Journal::record_export`.
//! - 法治科 side: [`prepare_import`] checks a file (size before parsing, schema, digest, Ed25519 signature, hash
//!   chains, confirmed device key, forks, shortening), previews what it adds and prepares an [`ImportPlan`]; the
//!   adapter writes the plan's batch in one transaction and calls [`MergedStore::apply`]. A device's first file,
//!   and a file with another key than the confirmed one, is held until a person decides on the key.
//! - [`register`] lists every record across officers with its provenance; [`prepare_resolution`] merges a
//!   conflict; [`prepare_key_decision`] decides on a file held for its key (first or changed);
//!   [`prepare_browser_migration`] brings an officer journal kept in the same browser into the merged store.
//!
//! The file format is described in `docs/bundle-format.md`; the store's key layout in [`store_keys`].

mod bookkeeping;
mod device_key;
mod export;
mod format;
mod import;
mod import_session;
mod merged_store;
mod migration;
mod pinning;
mod plan;
mod preview;
mod provenance;
mod refusal;
mod resolve;
mod skew;
pub mod store_keys;
mod v0;
mod v1;
mod v1_fast;
mod verify;

#[cfg(test)]
mod tests;

pub use bookkeeping::{ImportLogEntry, ImportSource, KeyDecision, PinSource, PinnedKey, QuarantineEntry};
pub(crate) use device_key::from_hex;
pub use device_key::{BundleSignature, DeviceKey, PublicKey};
pub use export::{Export, ExportError, ExportRequest, RecordedExport, bundle_file_name, export, export_and_record};
pub(crate) use format::content_digest;
pub use format::{BundleDigest, CURRENT_VERSION, Exporter, FORMAT_NAME, FormatVersion, MAX_BUNDLE_BYTES};
pub use import::{ImportOutcome, ImportRequest, prepare_import, prepare_imports, shortened_imports};
pub use import_session::{FileCheck, ImportSession, SessionFile};
pub use merged_store::{LoadIssue, MergedStore};
pub use migration::{BROWSER_STORAGE_CODE, MigrationOutcome, prepare_browser_migration};
pub use pinning::{DecisionError, KeyQuestion, key_question, prepare_key_decision};
pub use plan::{ImportPlan, StalePlan};
pub use preview::{AddedSummary, BundleSummary, ClockSkew, ConflictPreview, DeviceCount, Preview, Warning};
pub use provenance::{ImportRef, Provenance, RecordSources, record_sources};
pub use refusal::Refusal;
pub(crate) use refusal::json_error_zh;
pub use resolve::{LegalAuthor, ResolutionError, prepare_resolution};
pub use skew::{CLOCK_TOLERANCE_MINUTES, OLD_EXPORT_DAYS};
