//! Where a laptop keeps the published readings (本局口径文件) it uses, the 法治科 keys confirmed for them and the
//! history of publications taken in: one small localStorage value, verified again on every load.

use crate::journal::StoreError;
use crate::settings::PublishedReadingsState;
use crate::web::json_store::{self, JsonStoreError};

/// The storage key of the published readings.
pub const PUBLISHED_READINGS_KEY: &str = "liuhen/v1/published-readings";

/// The stored state (empty until a published reading is imported or published here). A value that does not parse
/// or whose file no longer verifies is quarantined and reported.
pub fn load_published_readings() -> Result<PublishedReadingsState, JsonStoreError> {
    json_store::load_with(PUBLISHED_READINGS_KEY, PublishedReadingsState::parse).map(Option::unwrap_or_default)
}

/// Stores the state in one write; on failure nothing changes.
pub fn save_published_readings(state: &PublishedReadingsState) -> Result<(), StoreError> {
    json_store::save(PUBLISHED_READINGS_KEY, state)
}
