//! App-wide state shared through Leptos context.

use leptos::prelude::*;

use crate::settings::Profile;
use crate::web::profile_store::{self, ProfileStoreError};

/// State every page may read: the profile (None until first-run setup is done) and a shell-level notice.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// The stored profile, once set up.
    pub profile: RwSignal<Option<Profile>>,
    /// A message shown at the top of every page (e.g. quarantined settings), if any.
    pub notice: RwSignal<Option<String>>,
}

impl AppState {
    /// Loads the profile from storage. Corrupt data is quarantined and reported in `notice`.
    pub fn load() -> Self {
        let (profile, notice) = match profile_store::load_profile() {
            Ok(profile) => (profile, None),
            Err(ProfileStoreError::Corrupt { quarantined_as }) => (
                None,
                Some(format!("本机保存的设置无法读取，已原样保留在“{quarantined_as}”下以备核查。请重新填写使用人信息。")),
            ),
            Err(error) => (None, Some(format!("无法读取本机设置：{error:?}"))),
        };
        AppState { profile: RwSignal::new(profile), notice: RwSignal::new(notice) }
    }
}
