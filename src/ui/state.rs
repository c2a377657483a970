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
    /// Loads the profile and the readings from storage. Corrupt data is quarantined and reported in `notice`. Later
    /// saves from other tabs are picked up as they happen.
    pub fn load() -> Self {
        let (profile, profile_notice) = stored_profile();
        let (readings, readings_notice) = stored_readings();
        let notices: Vec<String> = [profile_notice, readings_notice].into_iter().flatten().collect();
        let state = AppState {
            profile: RwSignal::new(profile),
            readings: RwSignal::new(readings.unwrap_or_default()),
            notice: RwSignal::new((!notices.is_empty()).then(|| notices.join(" "))),
        };
        state.follow_other_tabs();
        state
    }

    /// Another tab's save fires a `storage` event here: re-reads what it changed, so verdicts follow the bureau's
    /// current readings and the current officer without a reload. A profile that vanished (storage cleared
    /// elsewhere) stays as it is in this tab.
    fn follow_other_tabs(self) {
        let _ = window_event_listener(leptos::ev::storage, move |event| {
            let key = event.key();
            let everything = key.is_none();
            if everything || key.as_deref() == Some(profile_store::PROFILE_KEY) {
                let (profile, notice) = stored_profile();
                if profile.is_some() {
                    self.profile.set(profile);
                }
                self.add_notice(notice);
            }
            if everything || key.as_deref() == Some(readings_store::READINGS_KEY) {
                let (readings, notice) = stored_readings();
                self.readings.set(readings.unwrap_or_default());
                self.add_notice(notice);
            }
        });
    }

    fn add_notice(&self, notice: Option<String>) {
        if let Some(notice) = notice {
            self.notice.update(|current| {
                *current = Some(match current.take() {
                    Some(earlier) => format!("{earlier} {notice}"),
                    None => notice,
                })
            });
        }
    }
}

/// The stored profile, or `None` and why it could not be read.
fn stored_profile() -> (Option<Profile>, Option<String>) {
    let text = &strings().common;
    match profile_store::load_profile() {
        Ok(profile) => (profile, None),
        Err(JsonStoreError::Corrupt { quarantined_as, .. }) => (None, Some((text.profile_corrupt)(&quarantined_as))),
        Err(JsonStoreError::Store(error)) => (None, Some((text.profile_unreadable)(&error))),
    }
}

/// The stored readings (`None`: the defaults apply), or `None` and why they could not be read.
fn stored_readings() -> (Option<Readings>, Option<String>) {
    let text = &strings().common;
    match readings_store::load_readings() {
        Ok(readings) => (readings, None),
        Err(JsonStoreError::Corrupt { quarantined_as, .. }) => (None, Some((text.readings_corrupt)(&quarantined_as))),
        Err(JsonStoreError::Store(error)) => (None, Some((text.readings_unreadable)(&error))),
    }
}
