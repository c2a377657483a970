//! App-wide state shared through Leptos context.

use leptos::prelude::*;

use crate::i18n::strings;
use crate::settings::{Profile, PublishedReadings, PublishedReadingsState, Readings, readings_in_force};
use crate::web::json_store::JsonStoreError;
use crate::web::profile_store;
use crate::web::published_readings_store::{self, PUBLISHED_READINGS_KEY};
use crate::web::readings_store;

/// State every page may read: the profile (None until first-run setup is done), the bureau's readings, and a
/// shell-level notice.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The stored profile, once set up.
    pub profile: RwSignal<Option<Profile>>,
    /// The bureau's readings of the rules (本局口径) in force: on any laptop but 法治科's the published ones once
    /// imported, else the stored ones, else the defaults ([`readings_in_force`]).
    pub readings: RwSignal<Readings>,
    /// The published readings kept here: the file in use, confirmed keys, the history of imports.
    pub published: RwSignal<PublishedReadingsState>,
    /// The published reading in use, verified (`None`: none imported).
    pub in_use: Memo<Option<PublishedReadings>>,
    /// A message shown at the top of every page (e.g. quarantined settings), if any.
    pub notice: RwSignal<Option<String>>,
}

impl AppState {
    /// Loads the profile and the readings from storage. Corrupt data is quarantined and reported in `notice`. Later
    /// saves from other tabs are picked up as they happen.
    pub fn load() -> Self {
        let (profile, profile_notice) = stored_profile();
        let (readings, readings_notice) = stored_readings();
        let (published, published_notice) = stored_published();
        let role = profile.as_ref().map(|p| p.role).unwrap_or_default();
        let in_force = readings_in_force(role, published.in_use().ok().flatten().as_ref(), readings.as_ref());
        let notices: Vec<String> = [profile_notice, readings_notice, published_notice].into_iter().flatten().collect();
        let published = RwSignal::new(published);
        let state = AppState {
            profile: RwSignal::new(profile),
            readings: RwSignal::new(in_force),
            published,
            in_use: Memo::new(move |_| published.with(|p| p.in_use().ok().flatten())),
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
            if everything || key.as_deref() == Some(PUBLISHED_READINGS_KEY) {
                let (published, notice) = stored_published();
                self.published.set(published);
                self.add_notice(notice);
            }
            let readings_changed = [profile_store::PROFILE_KEY, readings_store::READINGS_KEY, PUBLISHED_READINGS_KEY]
                .iter()
                .any(|k| key.as_deref() == Some(*k));
            if everything || readings_changed {
                self.refresh_readings();
            }
        });
    }

    /// Derives the readings in force again, after the role, the stored readings or the published ones changed.
    pub fn refresh_readings(&self) {
        let (local, notice) = stored_readings();
        let role = self.profile.with_untracked(|p| p.as_ref().map(|p| p.role).unwrap_or_default());
        self.readings.set(readings_in_force(role, self.in_use.get_untracked().as_ref(), local.as_ref()));
        self.add_notice(notice);
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

/// The stored published readings (empty if none), and why they could not be read.
fn stored_published() -> (PublishedReadingsState, Option<String>) {
    let text = &strings().published_readings;
    match published_readings_store::load_published_readings() {
        Ok(state) => (state, None),
        Err(JsonStoreError::Corrupt { quarantined_as, .. }) => {
            (PublishedReadingsState::default(), Some((text.corrupt)(&quarantined_as)))
        }
        Err(JsonStoreError::Store(error)) => {
            (PublishedReadingsState::default(), Some((strings().common.readings_unreadable)(&error)))
        }
    }
}
