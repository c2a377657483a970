//! Why a migration or backup file cannot be made or read, in Chinese, each naming what the person can do.

use std::fmt;

use super::file_kind::{FileKind, MAX_FILE_BYTES, MIN_PASSPHRASE_CHARS};

/// Why a migration or backup file was refused. Whatever the reason, nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransferError {
    /// The file is larger than any file this app makes; it was not read.
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// The file is not a migration or backup file at all.
    NotATransferFile,
    /// The file is a data file (bundle) for 法治科's 导入, not a migration or backup file.
    IsBundle,
    /// The file ends early: it was cut off while being copied.
    Truncated,
    /// A newer version of the app made the file.
    NewerVersion {
        /// The version the file names.
        version: u64,
    },
    /// The file is of the other kind (an officer's migration file where 法治科's backup is expected, or the reverse).
    WrongKind {
        /// What the file is.
        found: FileKind,
    },
    /// The file's members are not what this app writes: it was edited or damaged.
    Damaged {
        /// What is wrong, in Chinese.
        detail: String,
    },
    /// Decryption failed: the passphrase is wrong, or the file was changed after it was made.
    WrongPassphraseOrTampered,
    /// The passphrase chosen for a new file is too short.
    PassphraseTooShort,
    /// The two passphrases typed for a new file differ.
    PassphraseMismatch,
    /// The stores in the file do not pass verification (a broken or altered chain).
    Unverified {
        /// How many problems were found.
        problems: usize,
        /// The first problem, in Chinese.
        first: String,
    },
    /// This browser's own store does not verify, so no file is made of it (it would be refused on arrival).
    SourceUnverified {
        /// How many problems were found.
        problems: usize,
        /// The first problem, in Chinese.
        first: String,
    },
    /// This browser already holds data the file would mix with.
    TargetInUse {
        /// What is here already, in Chinese (e.g. "12 条日志事件").
        what: String,
    },
    /// The browser could not do the cryptography or reach its storage, with its message.
    Browser {
        /// What the browser said.
        detail: String,
    },
    /// The data read back after writing is not what the file holds.
    ReadBackMismatch {
        /// How many entries differ.
        entries: usize,
    },
}

impl fmt::Display for TransferError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let nothing = "未写入任何内容。";
        match self {
            TransferError::TooLarge { bytes } => write!(
                f,
                "文件过大（{:.1} MB，本系统的迁移或备份文件不超过 {} MB），没有读取。请确认选择的是“迁移到新电脑”或“法治科备份”导出的文件。{nothing}",
                *bytes as f64 / 1_048_576.0,
                MAX_FILE_BYTES / 1_048_576
            ),
            TransferError::NotATransferFile => write!(
                f,
                "这不是留痕的迁移或备份文件。请选择旧电脑上“迁移到新电脑”（或“法治科备份”）导出的文件，文件名以 liuhen-迁移 或 liuhen-备份 开头。{nothing}"
            ),
            TransferError::IsBundle => {
                write!(f, "这是办案人员交给法治科的数据文件，不是迁移或备份文件，请在法治科的“导入”页面导入。{nothing}")
            }
            TransferError::Truncated => {
                write!(f, "文件不完整，可能在复制时中断。请从旧电脑重新复制该文件（或重新导出）后再导入。{nothing}")
            }
            TransferError::NewerVersion { version } => write!(
                f,
                "文件由更新版本的留痕制作（格式版本 {version}），本机的版本无法读取。请先更新本机的留痕再导入。{nothing}"
            ),
            TransferError::WrongKind { found } => {
                write!(f, "这是{}，不能在这里导入。请在“设置 → 迁移与备份”中对应的位置导入。{nothing}", found.label())
            }
            TransferError::Damaged { detail } => {
                write!(f, "文件已损坏或被改动（{detail}）。请使用旧电脑重新导出的文件。{nothing}")
            }
            TransferError::WrongPassphraseOrTampered => write!(
                f,
                "无法解密：口令不正确，或文件制作后被改动过。请核对口令（区分大小写、全角和半角）后重试；如确认口令无误，请在旧电脑上重新导出。{nothing}"
            ),
            TransferError::PassphraseTooShort => {
                write!(f, "口令至少需要 {MIN_PASSPHRASE_CHARS} 个字符。请设置更长的口令，并与文件分开保管。")
            }
            TransferError::PassphraseMismatch => write!(f, "两次输入的口令不一致，请重新输入。"),
            TransferError::Unverified { problems, first } => write!(
                f,
                "文件中的数据未通过校验（共 {problems} 处问题，第一处：{first}），拒绝导入。请在旧电脑上核对后重新导出，或联系法治科。{nothing}"
            ),
            TransferError::SourceUnverified { problems, first } => write!(
                f,
                "本机数据未通过校验（共 {problems} 处问题，第一处：{first}），不能制作迁移或备份文件（新电脑会拒绝导入）。请先导出全部记录交法治科核对；本机数据未作任何改动。"
            ),
            TransferError::TargetInUse { what } => write!(
                f,
                "本机已有{what}，不能再导入另一台电脑的数据（两份数据会混在一起）。请在未使用过的电脑或新的浏览器用户中导入；如本机数据需要保留，请先导出交法治科。{nothing}"
            ),
            TransferError::Browser { detail } => write!(
                f,
                "浏览器未能完成这一步（{detail}）。请关闭其他打开本应用的标签页后重试；如仍不行，请改用最新版的 Chrome 或 Edge。"
            ),
            TransferError::ReadBackMismatch { entries } => write!(
                f,
                "写入后读回的数据与文件不一致（{entries} 项不同）。请勿继续使用本机记录，保留迁移文件并联系技术人员。"
            ),
        }
    }
}

impl TransferError {
    /// The same refusal when it concerns this browser's own store, which a file is being made of.
    pub fn of_source(self) -> TransferError {
        match self {
            TransferError::Unverified { problems, first } => TransferError::SourceUnverified { problems, first },
            other => other,
        }
    }
}

impl std::error::Error for TransferError {}
