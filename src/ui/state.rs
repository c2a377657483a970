//! App-wide state shared through Leptos context.

use leptos::prelude::*;

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
        let mut notices = Vec::new();
        let profile = profile_store::load_profile().unwrap_or_else(|error| {
            notices.push(match error {
                JsonStoreError::Corrupt { quarantined_as, .. } => {
                    format!("本机保存的设置无法读取，已原样保留在“{quarantined_as}”下以备核查。请重新填写使用人信息。")
                }
                JsonStoreError::Store(error) => format!("无法读取本机设置：{error}"),
            });
            None
        });
        let readings = readings_store::load_readings().unwrap_or_else(|error| {
            notices.push(match error {
                JsonStoreError::Corrupt { quarantined_as, .. } => format!(
                    "本机保存的本局口径无法读取，已原样保留在“{quarantined_as}”下以备核查；现按系统默认口径计算，请法治科在“设置”中重新设定。"
                ),
                JsonStoreError::Store(error) => format!("无法读取本局口径，现按系统默认口径计算：{error}"),
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
