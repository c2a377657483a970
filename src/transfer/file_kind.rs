//! What a migration or backup file carries ([`FileKind`]) and the limits every such file is held to.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// The largest file read (checked before parsing): 法治科's merged store of 50,000 events fits with room.
pub const MAX_FILE_BYTES: usize = 256 * 1024 * 1024;
/// The shortest passphrase accepted for a new file, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// What a file carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileKind {
    /// An officer's journal and device key, for 迁移到新电脑.
    OfficerJournal,
    /// 法治科's merged store and device id, for 法治科备份.
    LegalBackup,
}

impl FileKind {
    /// What the file is, in Chinese.
    pub fn label(self) -> &'static str {
        match self {
            FileKind::OfficerJournal => "办案人员的迁移文件（迁移到新电脑）",
            FileKind::LegalBackup => "法治科的备份文件",
        }
    }

    /// The file name for a file made at `made_at`.
    pub fn file_name(self, made_at: DateTime<FixedOffset>) -> String {
        let stem = match self {
            FileKind::OfficerJournal => "liuhen-迁移",
            FileKind::LegalBackup => "liuhen-备份",
        };
        format!("{stem}-{}.json", made_at.format("%Y%m%d-%H%M"))
    }
}
