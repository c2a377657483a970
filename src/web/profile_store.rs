//! Where the [`Profile`] is kept: one small localStorage value.

use crate::journal::StoreError;
use crate::settings::Profile;
use crate::web::json_store::{self, JsonStoreError};

/// The storage key of the profile.
pub const PROFILE_KEY: &str = "liuhen/v1/profile";

/// The stored profile: `Ok(None)` on first run. A value that does not parse is quarantined and reported.
pub fn load_profile() -> Result<Option<Profile>, JsonStoreError> {
    json_store::load(PROFILE_KEY)
}

/// Stores the profile in one write; on failure nothing changes.
pub fn save_profile(profile: &Profile) -> Result<(), StoreError> {
    json_store::save(PROFILE_KEY, profile)
}
