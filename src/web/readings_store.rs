//! Where the bureau's [`Readings`] are kept: one small localStorage value, set on the settings page.

use crate::journal::StoreError;
use crate::settings::Readings;
use crate::web::json_store::{self, JsonStoreError};

/// The storage key of the readings.
pub const READINGS_KEY: &str = "liuhen/v1/readings";

/// The stored readings: `Ok(None)` until 法治科 saves some (the defaults apply). Unparseable: quarantined, reported.
pub fn load_readings() -> Result<Option<Readings>, JsonStoreError> {
    json_store::load(READINGS_KEY)
}

/// Stores the readings in one write; on failure nothing changes.
pub fn save_readings(readings: &Readings) -> Result<(), StoreError> {
    json_store::save(READINGS_KEY, readings)
}
