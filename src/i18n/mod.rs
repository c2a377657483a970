//! Every user-facing string of the UI, in one place, so a second language can be added later: one struct file per
//! area here (`officer.rs`, `legal.rs`, `quiz.rs`, `bundles.rs`, `readings.rs`, `transfer.rs`, `common.rs`), the zh-CN values in
//! `zh_cn/`. Add a language by adding another `Strings` value and choosing it in [`strings`].
//!
//! Texts produced by the domain modules stay with them: the law's text and the rules engine's explanations (legal
//! reasoning that quotes the Chinese articles), the enums' `label()`s, and the domain errors' `Display`. A second
//! language would translate those where they are defined.

mod bundles;
mod case_files;
mod common;
mod legal;
mod officer;
mod published_readings;
mod quiz;
mod readings;
mod transfer;
mod zh_cn;

pub use bundles::*;
pub use case_files::*;
pub use common::*;
pub use legal::*;
pub use officer::*;
pub use published_readings::*;
pub use quiz::*;
pub use readings::*;
pub use transfer::*;
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
    /// The field officer's area.
    pub officer_area: OfficerText,
    /// The legal section's area.
    pub legal_area: LegalText,
    /// 法治科's wrong-case files.
    pub case_files: CaseFilesText,
    /// 法治科's follow-up of a record.
    pub follow_up: FollowUpText,
    /// The readings section of the settings page.
    pub readings: ReadingsText,
    /// The published readings (本局口径文件): publishing, importing, and the line under each verdict.
    pub published_readings: PublishedReadingsText,
    /// Texts shared by several areas and the shell's state messages.
    pub common: CommonText,
    /// The quiz area (培训测验).
    pub quiz_area: QuizText,
    /// The data-file pages: export, import, register, import log, quarantine.
    pub bundles: BundleText,
    /// The regulations' reader.
    pub law: LawText,
    /// Help, one section per role.
    pub help: HelpText,
    /// 设置 → 迁移与备份.
    pub transfer: TransferText,
}

/// The help page: what each role does with the app, in a few plain paragraphs.
#[derive(Debug)]
pub struct HelpText {
    /// What the page is.
    pub intro: &'static str,
    /// The officer's section: heading and paragraphs.
    pub officer: (&'static str, &'static [&'static str]),
    /// 法治科's section.
    pub legal: (&'static str, &'static [&'static str]),
    /// The trainee's section.
    pub trainee: (&'static str, &'static [&'static str]),
}

/// The regulations' reader (法规).
#[derive(Debug)]
pub struct LawText {
    /// What the page is.
    pub intro: &'static str,
    /// Label of the search box.
    pub search_label: &'static str,
    /// Hint under the search box.
    pub search_hint: &'static str,
    /// How many places contain the searched text.
    pub results: fn(usize) -> String,
    /// Heading of the covering notice.
    pub notice: &'static str,
    /// How many quiz questions cite an article, with a link to practise them.
    pub quiz_questions: fn(usize) -> String,
    /// The link to a provision's own address.
    pub link_to: &'static str,
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
    /// The regulations' reader.
    pub law: &'static str,
    /// Help.
    pub help: &'static str,
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
    /// The header's control that changes this machine's role (a shared machine).
    pub switch_role: &'static str,
    /// On a page of another role's navigation (owner, current role): whose page it is and how to switch.
    pub other_role_page: fn(&str, &str) -> String,
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
