//! When the last migration or backup file was made, kept in localStorage and shown in 设置. On the officer's old
//! laptop the same note is the mark that its journal was moved: every start then warns that further records here
//! would fork the chain.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// The localStorage key of the officer's last migration file ([`FileMade`]); its presence marks the laptop retired.
pub const MOVED_AWAY_KEY: &str = "liuhen/v1/moved-to-new-device";
/// The localStorage key of 法治科's last backup ([`FileMade`]).
pub const LEGAL_BACKUP_MADE_KEY: &str = "liuhen/v1/legal-backup-made";

/// A file made on this browser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileMade {
    /// When (device clock).
    pub made_at: DateTime<FixedOffset>,
    /// How many events it carried.
    pub events: usize,
    /// The officer's chain position it reached (`None` for a backup, or a journal without events).
    pub last_seq: Option<u64>,
}

/// A migration or backup file just made, to be handed to the download.
#[derive(Debug, Clone)]
pub struct MadeFile {
    /// Its name.
    pub file_name: String,
    /// Its text.
    pub text: String,
    /// What to note as the last file made.
    pub made: FileMade,
}
