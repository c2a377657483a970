//! Texts of the published readings (本局口径文件): publishing on 法治科's computer, importing on an officer's, and
//! the line under each verdict naming the readings it was made under.

use std::fmt::Display;

/// Texts of the published readings, on the settings page and under each verdict.
#[derive(Debug)]
pub struct PublishedReadingsText {
    /// Heading of the card.
    pub heading: &'static str,
    /// The published reading in use: version, effective date.
    pub in_use: fn(u64, &dyn Display) -> String,
    /// On 法治科's computer: the latest version published or imported here, version and effective date.
    pub legal_latest: fn(u64, &dyn Display) -> String,
    /// Who published it: name, device id.
    pub published_by: fn(&str, &str) -> String,
    /// Label before the publisher's key fingerprint.
    pub publisher_fingerprint: &'static str,
    /// None imported, the defaults apply.
    pub none_defaults: &'static str,
    /// None imported, this laptop's own readings apply.
    pub none_local: &'static str,
    /// Why the form below cannot be changed on this laptop.
    pub read_only: &'static str,
    /// Label of the file picker.
    pub import_label: &'static str,
    /// Hint under the file picker.
    pub import_hint: &'static str,
    /// A file could not be read from disk: the browser's reason.
    pub read_failed: fn(&str) -> String,
    /// The key question: the publisher's name.
    pub key_question: fn(&str) -> String,
    /// The key question when the device's confirmed key differs (possible forgery).
    pub key_changed: fn(&str) -> String,
    /// Label of the name of the person confirming the key.
    pub confirm_name: &'static str,
    /// Confirm button.
    pub confirm: &'static str,
    /// Cancel button.
    pub cancel: &'static str,
    /// Import done: version, effective date.
    pub imported: fn(u64, &dyn Display) -> String,
    /// Heading of the list of verdicts changed.
    pub changed_heading: &'static str,
    /// No verdict of this laptop's records changed.
    pub nothing_changed: &'static str,
    /// One changed verdict: case number, person, time, before, after.
    pub changed_line: fn(&str, &str, &dyn Display, &str, &str) -> String,
    /// Heading of the history.
    pub history_heading: &'static str,
    /// One history entry: version, effective date, imported when, by whom, how many verdicts changed.
    pub history_line: fn(u64, &dyn Display, &dyn Display, &str, usize) -> String,
    /// One history entry published on this computer: version, effective date, published when, by whom.
    pub history_published_line: fn(u64, &dyn Display, &dyn Display, &str) -> String,
    /// Heading of the publishing part (法治科).
    pub publish_heading: &'static str,
    /// What publishing does.
    pub publish_intro: &'static str,
    /// Label of the effective date.
    pub effective_label: &'static str,
    /// The effective date is missing or invalid.
    pub effective_invalid: &'static str,
    /// No profile is set up yet.
    pub no_profile: &'static str,
    /// Publish button.
    pub publish: &'static str,
    /// Unsaved changes must be saved before publishing.
    pub save_first: &'static str,
    /// Published: version, file name.
    pub published: fn(u64, &str) -> String,
    /// Publishing failed: why.
    pub publish_failed: fn(&str) -> String,
    /// Storing failed: why (nothing changed).
    pub store_failed: fn(&dyn Display) -> String,
    /// The stored published readings could not be read: the quarantine key.
    pub corrupt: fn(&str) -> String,
    /// Under a verdict: made under a published reading (version, effective date).
    pub verdict_published: fn(u64, &dyn Display) -> String,
    /// Under a verdict: made under the defaults.
    pub verdict_defaults: &'static str,
    /// Under a verdict: made under this laptop's own readings.
    pub verdict_local: &'static str,
}
