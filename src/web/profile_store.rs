//! Where the [`Profile`] is kept: one small localStorage value.

use gloo_storage::{LocalStorage, Storage, errors::StorageError};

use crate::settings::Profile;

/// The storage key of the profile.
pub const PROFILE_KEY: &str = "liuhen/v1/profile";

/// Why the profile could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileStoreError {
    /// The stored value is not a profile; it was kept under the given quarantine key.
    Corrupt { quarantined_as: String },
    /// The browser refused the write because storage is full.
    QuotaExceeded,
    /// Any other storage failure, with the browser's message.
    Other(String),
}

/// The stored profile: `Ok(None)` on first run.
///
/// A value that does not parse is copied under a quarantine key, never thrown away, and reported.
pub fn load_profile() -> Result<Option<Profile>, ProfileStoreError> {
    let raw: Option<String> = LocalStorage::raw().get_item(PROFILE_KEY).map_err(|e| ProfileStoreError::Other(format!("{e:?}")))?;
    let Some(raw) = raw else { return Ok(None) };
    match serde_json::from_str::<Profile>(&raw) {
        Ok(profile) => Ok(Some(profile)),
        Err(_) => {
            let quarantined_as = format!("liuhen/quarantine/profile/{}", js_sys::Date::now() as u64);
            LocalStorage::raw()
                .set_item(&quarantined_as, &raw)
                .map_err(|e| ProfileStoreError::Other(format!("{e:?}")))?;
            LocalStorage::delete(PROFILE_KEY);
            Err(ProfileStoreError::Corrupt { quarantined_as })
        }
    }
}

/// Stores the profile in one write; on failure nothing changes.
pub fn save_profile(profile: &Profile) -> Result<(), ProfileStoreError> {
    LocalStorage::set(PROFILE_KEY, profile).map_err(|error| match error {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => ProfileStoreError::QuotaExceeded,
        other => ProfileStoreError::Other(other.to_string()),
    })
}
