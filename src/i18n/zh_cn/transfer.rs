//! 迁移与备份 (zh-CN).

use crate::i18n::TransferText;
use crate::transfer::{FileMade, JournalMove};

fn when(made: &FileMade) -> String {
    made.made_at.format("%Y-%m-%d %H:%M").to_string()
}

fn reach(made: &FileMade) -> String {
    match made.last_seq {
        Some(seq) => format!("共 {} 条日志事件，至第 {seq} 条", made.events),
        None => format!("共 {} 条事件", made.events),
    }
}

fn moved_reach(journal: &JournalMove) -> String {
    match journal.last_seq {
        Some(seq) => format!("至第 {seq} 条"),
        None => "尚无记录".into(),
    }
}

pub(super) const TRANSFER: TransferText = TransferText {
    heading: "迁移与备份",
    officer_intro: "更换电脑时，把本机的全部办案记录日志连同签名密钥导出为一个用口令加密的文件，在新电脑上导入后接着记录：记录链和设备编号不变，法治科照常导入。",
    legal_intro: "把法治科的合并数据（全部记录、导入日志、已确认的密钥和密钥核对决定）和错案卷宗日志导出为一个用口令加密的备份文件；本机损坏时，可在新电脑上恢复，恢复前会逐条校验。",
    make_heading: "导出",
    passphrase: "口令",
    passphrase_again: "再次输入口令",
    passphrase_hint: |least| {
        format!(
            "至少 {least} 个字符。口令不保存在文件中，忘记后任何人都无法打开文件；请与文件分开保管（例如当面告知，不要写在同一个U盘里）。"
        )
    },
    make_migration: "迁移到新电脑（导出迁移文件）",
    make_backup: "导出法治科备份",
    working: "正在加密或解密，约需几秒钟……",
    migration_made: |made| {
        format!(
            "已导出迁移文件（{}）。在新电脑上导入后，请不要再在本机记录：本机再记录会使同一记录链分叉，法治科导入时会标记。",
            reach(made)
        )
    },
    backup_made: |made| format!("已导出法治科备份（{}）。请把备份文件和口令分开妥善保管。", reach(made)),
    last_migration: |made| match made {
        Some(made) => format!("最近一次导出迁移文件：{}（{}）。", when(made), reach(made)),
        None => "本机尚未导出过迁移文件。".into(),
    },
    last_backup: |made| match made {
        Some(made) => format!("最近一次备份：{}（{}）。", when(made), reach(made)),
        None => "本机尚未做过备份。".into(),
    },
    download_failed: |detail| format!("文件已生成，但浏览器未能下载（{detail}）。请重试；本机数据未作任何改动。"),
    take_heading: "在新电脑上导入",
    take_migration_intro: "在新电脑上：选择旧电脑导出的迁移文件并输入口令。只能导入到尚无办案记录的电脑（或新的浏览器用户）；导入前会逐条校验记录链，有任何问题都不会写入。",
    take_backup_intro: "在新电脑上：选择法治科备份文件并输入口令。只能恢复到尚无合并数据的电脑；恢复前会逐条校验每条记录链，有任何问题都不会写入。",
    file: "文件",
    file_passphrase: "文件的口令",
    take_migration: "导入迁移文件",
    take_backup: "恢复法治科备份",
    no_file: "请先选择文件。",
    unreadable: |detail| format!("无法读取所选文件（{detail}）。请重新选择文件；未写入任何内容。"),
    migration_taken: |journal| {
        format!(
            "已导入 {} 条日志事件（{}），校验无误，签名密钥也已导入。请点击下面的按钮打开导入的日志，之后的记录接着同一记录链。",
            journal.events,
            moved_reach(journal)
        )
    },
    backup_taken: |backup| {
        format!(
            "已恢复法治科备份：{} 条事件、{} 次导入记录、{} 个已确认的密钥、{} 项密钥核对决定，错案卷宗日志 {} 条事件，全部校验无误。请点击下面的按钮打开恢复的数据。",
            backup.events, backup.imports, backup.pins, backup.decisions, backup.journal_events
        )
    },
    open_taken: "打开导入的数据",
    moved_away_notice: |made| {
        format!(
            "本机的办案记录日志已于 {} 导出为迁移文件（{}），用于迁移到新电脑。如已在新电脑上导入，请改用新电脑记录：在本机继续记录会使同一记录链分叉，法治科导入时会标记为分叉。如并未迁移，可继续在本机使用。",
            when(made),
            reach(made)
        )
    },
};
