//! Every user-facing string of the app shell, in one place, so a second language can be added later.
//!
//! The rules engine's explanations are legal reasoning in Chinese and live with the rules; everything the UI itself
//! says lives here. Add a language by adding another `Strings` value and choosing it in [`strings`].

mod bundles;
mod quiz;
mod zh_cn;

pub use bundles::*;
pub use quiz::*;
pub use zh_cn::ZH_CN;

/// All strings of the UI, grouped by area.
#[derive(Debug)]
pub struct Strings {
    /// The app's name.
    pub app_name: &'static str,
    /// One-line description under the name.
    pub app_tagline: &'static str,
    /// Navigation labels.
    pub nav: Nav,
    /// The first-run setup and the settings page.
    pub settings: SettingsText,
    /// Errors shown by the shell.
    pub errors: ErrorText,
    /// Area landing texts.
    pub areas: AreaText,
    /// The quiz area (培训测验).
    pub quiz_area: QuizText,
    /// The data-file pages: export, import, register, import log, quarantine.
    pub bundles: BundleText,
}

/// Navigation labels.
#[derive(Debug)]
pub struct Nav {
    /// Field officer area.
    pub officer: &'static str,
    /// Legal section area.
    pub legal: &'static str,
    /// Trainee area.
    pub quiz: &'static str,
    /// Settings.
    pub settings: &'static str,
    /// Accessible name of the main navigation.
    pub main_label: &'static str,
    /// Skip link to the main content.
    pub skip_to_content: &'static str,
    /// Shown for an unknown address.
    pub not_found: &'static str,
    /// Link back home from the not-found page.
    pub back_home: &'static str,
}

/// First-run and settings texts.
#[derive(Debug)]
pub struct SettingsText {
    /// Page title.
    pub title: &'static str,
    /// First-run title.
    pub first_run_title: &'static str,
    /// First-run explanation.
    pub first_run_intro: &'static str,
    /// Officer name field.
    pub officer_name: &'static str,
    /// Hint under the officer name.
    pub officer_name_hint: &'static str,
    /// Error when the name is empty.
    pub officer_name_required: &'static str,
    /// Error when the name is too long.
    pub officer_name_too_long: &'static str,
    /// Role field.
    pub role: &'static str,
    /// Hint under the role.
    pub role_hint: &'static str,
    /// Device id label.
    pub device_id: &'static str,
    /// Hint under the device id.
    pub device_id_hint: &'static str,
    /// Save button.
    pub save: &'static str,
    /// Confirmation after saving.
    pub saved: &'static str,
    /// Start button on first run.
    pub start: &'static str,
}

/// Errors shown by the shell.
#[derive(Debug)]
pub struct ErrorText {
    /// Banner title after an internal error.
    pub crash_title: &'static str,
    /// What the user should do after an internal error.
    pub crash_advice: &'static str,
    /// Reload button on the banner.
    pub reload: &'static str,
    /// Storage could not be written.
    pub storage_write_failed: &'static str,
    /// Storage is full.
    pub storage_full: &'static str,
}

/// Landing texts of the four areas.
#[derive(Debug)]
pub struct AreaText {
    /// Officer area intro.
    pub officer_intro: &'static str,
    /// Legal area intro.
    pub legal_intro: &'static str,
    /// Quiz area intro.
    pub quiz_intro: &'static str,
}

/// The strings for the current language (only zh-CN so far).
pub fn strings() -> &'static Strings {
    &ZH_CN
}
