//! App-wide state shared through Leptos context.

use leptos::prelude::*;

use crate::i18n::strings;
use crate::settings::{Profile, Readings};
use crate::web::json_store::JsonStoreError;
use crate::web::profile_store;
use crate::web::readings_store;

/// State every page may read: the profile (None until first-run setup is done), the bureau's readings, and a
/// shell-level notice.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The stored profile, once set up.
    pub profile: RwSignal<Option<Profile>>,
    /// The bureau's readings of the rules (本局口径): the stored ones, else the defaults.
    pub readings: RwSignal<Readings>,
    /// A message shown at the top of every page (e.g. quarantined settings), if any.
    pub notice: RwSignal<Option<String>>,
}

impl AppState {
    /// Loads the profile and the readings from storage. Corrupt data is quarantined and reported in `notice`.
    pub fn load() -> Self {
        let text = &strings().common;
        let mut notices = Vec::new();
        let profile = profile_store::load_profile().unwrap_or_else(|error| {
            notices.push(match error {
                JsonStoreError::Corrupt { quarantined_as, .. } => (text.profile_corrupt)(&quarantined_as),
                JsonStoreError::Store(error) => (text.profile_unreadable)(&error),
            });
            None
        });
        let readings = readings_store::load_readings().unwrap_or_else(|error| {
            notices.push(match error {
                JsonStoreError::Corrupt { quarantined_as, .. } => (text.readings_corrupt)(&quarantined_as),
                JsonStoreError::Store(error) => (text.readings_unreadable)(&error),
            });
            None
        });
        AppState {
            profile: RwSignal::new(profile),
            readings: RwSignal::new(readings.unwrap_or_default()),
            notice: RwSignal::new((!notices.is_empty()).then(|| notices.join(" "))),
        }
    }
}
