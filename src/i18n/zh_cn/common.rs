//! Shared texts and shell state messages (zh-CN).

use crate::i18n::CommonText;

pub(super) const COMMON: CommonText = CommonText {
    choose: "请选择",
    colon: "：",
    basis: |cites| format!("（依据：{}）", cites.join("、")),
    quoted_law: "引用条文原文",
    journal_open_failed: |error| format!("无法打开本机记录：{error}"),
    journal_not_open: "本机记录未能打开",
    journal_closed: "本机记录已关闭",
    export_not_recorded: |error| format!("未能在本机日志中登记本次导出（{error}），因此没有生成文件，请稍后重试"),
    profile_corrupt: |quarantined_as| {
        format!("本机保存的设置无法读取，已原样保留在“{quarantined_as}”下以备核查。请重新填写使用人信息。")
    },
    profile_unreadable: |error| format!("无法读取本机设置：{error}"),
    readings_corrupt: |quarantined_as| {
        format!(
            "本机保存的本局口径无法读取，已原样保留在“{quarantined_as}”下以备核查；现按系统默认口径计算，请法治科在“设置”中重新设定。"
        )
    },
    readings_unreadable: |error| format!("无法读取本局口径，现按系统默认口径计算：{error}"),
    panic_log: |info| format!("留痕内部错误：{info}"),
};
