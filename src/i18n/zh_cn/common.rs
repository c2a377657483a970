//! Shared texts and shell state messages (zh-CN).

use crate::i18n::{CommonText, RegisterFilterText};

pub(super) const COMMON: CommonText = CommonText {
    choose: "请选择",
    colon: "：",
    basis: |cites| format!("（依据：{}）", cites.join("、")),
    quoted_law: "引用条文原文",
    journal_open_failed: |error| format!("无法打开本机记录：{error}"),
    journal_not_open: "本机记录未能打开：请刷新本页重试；如仍失败，请检查浏览器是否禁止了本站保存数据",
    journal_closed: "本机记录已关闭",
    journal_opening: "本机日志正在读取和校验，请稍候几秒再试（已填写的内容仍保留在本页）",
    journal_busy: "上一项正在保存，请等它完成后再试（已填写的内容仍保留在本页）",
    export_not_recorded: |error| {
        format!(
            "文件已生成并交给浏览器下载，但未能在本机日志中登记本次导出（{error}）。文件本身完整有效，请照常交法治科；\
             下次选择“仅导出新增”时会再次包含这些事件，法治科合并时会自动去重。"
        )
    },
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
    csv_download: "导出登记台账（CSV）",
    csv_hint: "导出下方列出的记录（已按筛选条件），可用 Excel 打开。",
    csv_failed: |e| format!("未能导出 CSV：{e}。请重试；如仍失败，可改用其他浏览器。"),
    register_filters: RegisterFilterText {
        case_number: "案号",
        person: "人物（姓名或单位）",
        verdict: "定性",
        from: "起始日期",
        to: "截止日期",
        reported: "是否已报告（法治科或区司法局）",
        reported_any: "全部",
        reported_yes: "已报告",
        reported_no: "未报告",
        officer: "记录人",
        all_officers: "全部记录人",
    },
};
