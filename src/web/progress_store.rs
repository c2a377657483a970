//! Where the trainee's quiz [`Progress`] is kept: one localStorage value, `liuhen/v1/quiz/progress`.

use gloo_storage::{LocalStorage, Storage, errors::StorageError};

use crate::journal::keys::quarantine_key;
use crate::quiz::Progress;

/// The storage key of the quiz progress.
pub const PROGRESS_KEY: &str = "liuhen/v1/quiz/progress";

/// Why the progress could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressStoreError {
    /// The stored value is unreadable (`reason`, in Chinese); it was copied under `quarantined_as` and removed.
    Corrupt { reason: String, quarantined_as: String },
    /// The stored value is unreadable and could not be copied aside (`error`); it was left where it is.
    CorruptNotCopied { reason: String, error: String },
    /// The browser refused the write because storage is full.
    QuotaExceeded,
    /// Any other storage failure, with the browser's message.
    Other(String),
}

/// The stored progress, or empty progress when nothing is stored yet.
///
/// A value that does not parse or validate is copied under a quarantine key, never thrown away, and reported.
pub fn load_progress() -> Result<Progress, ProgressStoreError> {
    let raw = LocalStorage::raw().get_item(PROGRESS_KEY).map_err(|e| ProgressStoreError::Other(format!("{e:?}")))?;
    let Some(raw) = raw else { return Ok(Progress::new()) };
    Progress::from_json(&raw).map_err(|error| quarantine(&raw, error.to_string()))
}

/// Copies an unreadable value aside and removes it, so the next save cannot overwrite the only copy.
fn quarantine(raw: &str, reason: String) -> ProgressStoreError {
    let quarantined_as = quarantine_key(PROGRESS_KEY, raw);
    match LocalStorage::raw().set_item(&quarantined_as, raw) {
        Ok(()) => {
            LocalStorage::delete(PROGRESS_KEY);
            ProgressStoreError::Corrupt { reason, quarantined_as }
        }
        Err(error) => ProgressStoreError::CorruptNotCopied { reason, error: format!("{error:?}") },
    }
}

/// Stores the progress in one write; on failure the stored value is unchanged.
pub fn save_progress(progress: &Progress) -> Result<(), ProgressStoreError> {
    LocalStorage::set(PROGRESS_KEY, progress).map_err(|error| match error {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => ProgressStoreError::QuotaExceeded,
        other => ProgressStoreError::Other(other.to_string()),
    })
}

/// Removes the stored progress (after the trainee confirmed a reset).
pub fn clear_progress() {
    LocalStorage::delete(PROGRESS_KEY);
}
