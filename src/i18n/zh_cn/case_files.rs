//! zh-CN texts of the wrong-case files.

use crate::i18n::{CaseFilesText, FollowUpText};

/// The wrong-case files' texts.
pub const CASE_FILES: CaseFilesText = CaseFilesText {
    title: "错案卷宗",
    intro: "每件举报、投诉从立案到申诉的全过程：每一步都写入法治科本机的防篡改日志，修改须写明原因，历次版本均可查看。期限按本局口径计算并注明依据。",
    summary_line: "立案、调查、认定、集体讨论决定、重新调查、陈述申辩与申诉（第十条、第十二条），每一步留痕。",
    new_file: "新立案",
    new_title: "新立案（第十条第（一）项）",
    opening: "正在读取并校验法治科日志……",
    open_failed: |error| {
        format!("法治科日志无法打开：{error}。已保存的内容不受影响；请刷新页面重试，如仍失败请联系技术人员。")
    },
    verified: |steps| format!("法治科日志已校验：共 {steps} 个步骤，均未被改动。"),
    tampered: |count| {
        format!(
            "警告：法治科日志中有 {count} 个事件校验失败，可能被改动。相关步骤已标记，原数据原样保留；请勿继续修改，并联系技术人员核查。"
        )
    },
    empty: "还没有卷宗。收到举报或投诉时，请点击“新立案”。",
    columns: ["案号", "被举报、投诉的执法人员", "受理日期", "当前阶段", "待办与期限"],
    nothing_due: "无",
    not_found: "找不到这个卷宗。请返回卷宗列表重新打开。",
    stages_heading: "办理阶段",
    stage_done: "已记录",
    stage_open: "未记录",
    clocks_heading: "待办与期限",
    no_period: "制度未规定答复期限，请及时答复",
    due_on: |date| format!("届满日 {date}"),
    basis: "计算依据",
    history_heading: "已记录的步骤",
    round: |n| format!("第 {} 轮（责令重新调查后）", n + 1),
    recorded_by: |who, when| format!("{who} 记录于 {when}"),
    amended_times: |n| format!("已修改 {n} 次，历次版本："),
    version_line: |when, who, reason| format!("{when}，{who}：{reason}"),
    amend: "修改",
    next_heading: "记录下一步",
    next_label: "要记录的步骤",
    next_none: "按第十条的程序，现在没有可以记录的新步骤。",
    next_open: "填写",
    reason_label: "修改原因",
    save: "保存",
    cancel: "取消",
    saved: "已保存。",
    errors_heading: "尚未保存，请先更正：",
    draft_not_saved: |error| format!("填写的内容未能暂存在本机浏览器（{error}），请尽快保存或记下内容。"),
    draft_restored: "已恢复上次未保存的填写内容。",
    yes_no: ["是", "否"],
    engine_heading: "按制度的认定结果（随填写更新）",
    conduct_counted: "调查阶段记录的阻碍调查、提供伪证已计入第九条情节。",
    decision_columns: ["执法人员", "建议", "决定", "与建议不同的理由"],
    no_suggestion: "无建议",
    suggestion_note: "建议为本局政策，由机关领导集体讨论决定（第十条第（三）项）。",
    referral_toggle: "涉嫌违纪违法，已向有关部门报告（移送）",
    referral_hint: "认定结果提示：有涉嫌违纪违法的行为，应及时向有关部门报告（第十条第（三）项）。",
    referral_date: "移送日期",
    referral_body: "接收部门",
    back_to_file: "返回卷宗",
    print: "打印",
    draft_mark: "草稿（尚未经集体讨论决定）",
    no_act: "未认定第六条所列行为",
    reason_in_brackets: |reason| format!("（理由：{reason}）"),
    referred_line: |body, date| format!("已移送{body}（{date}）"),
    print_decision: "处理决定书（草稿）",
};

/// 法治科跟进's texts.
pub const FOLLOW_UP: FollowUpText = FollowUpText {
    heading: "法治科跟进",
    intro: "法治科对本记录的认定与处理，逐步写入法治科本机日志。系统结论保持不变，法治科的认定与其并列显示；只有法治科认定属于违反规定干预的，才能报经批准后通报或移交（第十条、第十一条）。",
    state: "跟进情况：",
    not_needed: "系统结论不需要法治科跟进（如有线索，仍可作出认定）",
    saved: "已保存。",
    next_label: "要记录的步骤",
    open: "填写",
    next_none: "本记录的跟进已办结。",
    no_circulation: "法治科尚未认定本记录属于违反规定干预办案，不能起草通报（第十条）。",
    circulation_link: "通报（草稿）",
    filter: ("法治科跟进", ["全部", "待法治科认定", "跟进中", "已办结", "无需跟进"]),
};
