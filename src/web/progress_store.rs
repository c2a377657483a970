//! Where the trainee's quiz [`Progress`] is kept: one localStorage value, `liuhen/v1/quiz/progress`, through the
//! JSON store (an unreadable value is quarantined, never thrown away).

use crate::journal::StoreError;
use crate::quiz::Progress;
use crate::web::json_store::{self, JsonStoreError};

/// The storage key of the quiz progress.
pub const PROGRESS_KEY: &str = "liuhen/v1/quiz/progress";

/// The stored progress, or empty progress when nothing is stored yet. A value that does not parse or validate
/// ([`Progress::from_json`]) is copied under a quarantine key, removed, and reported.
pub fn load_progress() -> Result<Progress, JsonStoreError> {
    json_store::load_with(PROGRESS_KEY, |text| Progress::from_json(text).map_err(|error| error.to_string()))
        .map(Option::unwrap_or_default)
}

/// Stores the progress in one write; on failure the stored value is unchanged.
pub fn save_progress(progress: &Progress) -> Result<(), StoreError> {
    json_store::save(PROGRESS_KEY, progress)
}

/// Removes the stored progress (after the trainee confirmed a reset).
pub fn clear_progress() -> Result<(), StoreError> {
    json_store::remove(PROGRESS_KEY)
}
