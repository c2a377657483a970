//! Moving to a new laptop, and backups: one file protected by a passphrase that carries whole stores from one
//! browser to another.
//!
//! - The officer's 迁移到新电脑 file holds every entry of the journal's database (events, chain heads, the device id,
//!   quarantined copies) and the device signing key, so the new laptop continues the same chain with the same key.
//! - 法治科's backup holds the merged store (events, import log, pinned keys, key decisions, quarantine), 法治科's own
//!   journal (its wrong-case files) and 法治科's device id. It is encrypted like the officer's file rather than
//!   signed: it carries people's decisions and every record, and a signature would need a key that the dead machine
//!   took with it.
//!
//! The file is a small JSON [`Envelope`] (key derived with PBKDF2-SHA256, ≥ 600,000 iterations; AES-256-GCM) around a
//! [`Payload`]: a list of (store, entries) and a few small settings, so that stores can be added later. Everything
//! here is pure; the WebCrypto calls are in `crate::web::passphrase_crypto`. Nothing is written until the payload has
//! passed the same verification as the store it came from.

mod envelope;
mod error;
mod file_kind;
mod file_made;
mod journal_move;
mod legal_backup;
mod payload;
mod restore_plan;

#[cfg(test)]
mod tests;

pub use envelope::{Envelope, ITERATIONS, check_passphrase};
pub use error::TransferError;
pub use file_kind::{FileKind, MAX_FILE_BYTES, MIN_PASSPHRASE_CHARS};
pub use file_made::{FileMade, LEGAL_BACKUP_MADE_KEY, MOVED_AWAY_KEY, MadeFile};
pub use journal_move::{DEVICE_KEY_ENTRY, JOURNAL_STORE, JournalMove, journal_payload, read_journal_move};
pub use legal_backup::{
    LEGAL_DEVICE_ENTRY, LEGAL_JOURNAL_STORE, LegalBackup, MERGED_STORE, legal_payload, read_legal_backup,
};
pub use payload::{Payload, StoreDump};
pub use restore_plan::{check_restored, plan_restore};
