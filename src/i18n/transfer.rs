//! Texts of 设置 → 迁移与备份: the officer's migration file and 法治科's backup.

use crate::transfer::{FileMade, JournalMove, LegalBackup};

/// Texts of the migration and backup section on the settings page.
#[derive(Debug)]
pub struct TransferText {
    /// Section heading.
    pub heading: &'static str,
    /// What the officer's part does.
    pub officer_intro: &'static str,
    /// What 法治科's part does.
    pub legal_intro: &'static str,
    /// Heading of making a file.
    pub make_heading: &'static str,
    /// Passphrase field.
    pub passphrase: &'static str,
    /// Passphrase repeated.
    pub passphrase_again: &'static str,
    /// Hint under a new file's passphrase, with the fewest characters accepted.
    pub passphrase_hint: fn(usize) -> String,
    /// The officer's button: make the migration file.
    pub make_migration: &'static str,
    /// 法治科's button: make the backup.
    pub make_backup: &'static str,
    /// While the file is being encrypted or decrypted.
    pub working: &'static str,
    /// After the migration file was handed to the download.
    pub migration_made: fn(&FileMade) -> String,
    /// After the backup was handed to the download.
    pub backup_made: fn(&FileMade) -> String,
    /// When the last migration file was made (`None`: never).
    pub last_migration: fn(Option<&FileMade>) -> String,
    /// When the last backup was made (`None`: never).
    pub last_backup: fn(Option<&FileMade>) -> String,
    /// The download could not be offered, with the browser's message.
    pub download_failed: fn(&str) -> String,
    /// Heading of taking a file in.
    pub take_heading: &'static str,
    /// What taking in a migration file does.
    pub take_migration_intro: &'static str,
    /// What restoring a backup does.
    pub take_backup_intro: &'static str,
    /// The file field.
    pub file: &'static str,
    /// Passphrase of a file taken in.
    pub file_passphrase: &'static str,
    /// The officer's button: take in the migration file.
    pub take_migration: &'static str,
    /// 法治科's button: restore the backup.
    pub take_backup: &'static str,
    /// No file chosen.
    pub no_file: &'static str,
    /// The file could not be read, with the browser's message.
    pub unreadable: fn(&str) -> String,
    /// After a migration file was taken in.
    pub migration_taken: fn(&JournalMove) -> String,
    /// After a backup was restored.
    pub backup_taken: fn(&LegalBackup) -> String,
    /// The button that reloads the page to open what was taken in.
    pub open_taken: &'static str,
    /// At every start of a laptop whose journal was moved.
    pub moved_away_notice: fn(&FileMade) -> String,
}
