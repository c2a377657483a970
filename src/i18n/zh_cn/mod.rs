//! 简体中文 (zh-CN) strings.

mod bundles;
mod common;
mod legal;
mod officer;
mod quiz;
mod readings;

use super::{AreaText, ErrorText, LawText, Nav, SettingsText, Strings};

/// The zh-CN strings.
pub static ZH_CN: Strings = Strings {
    app_name: "留痕",
    app_tagline: "行政执法错案责任倒查与内部人员干预记录",
    nav: Nav {
        officer: "办案记录",
        legal: "法治科",
        quiz: "培训测验",
        law: "法规",
        settings: "设置",
        main_label: "主导航",
        skip_to_content: "跳到主要内容",
        not_found: "没有这个页面。",
        back_home: "返回首页",
    },
    settings: SettingsText {
        title: "设置",
        first_run_title: "首次使用",
        first_run_intro: "请填写使用人姓名并选择身份。姓名会写入每条记录的留痕信息；本机编号已自动生成，用于区分不同电脑导出的数据。",
        officer_name: "使用人姓名",
        officer_name_hint: "例如：张三。将作为记录人和导出人出现在记录中。",
        officer_name_required: "请填写使用人姓名。",
        officer_name_too_long: "姓名不能超过 40 个字。",
        role: "身份",
        role_hint: "身份决定打开应用时的首页，可随时更改。",
        device_id: "本机编号",
        device_id_hint: "首次使用时自动生成，不可更改。",
        save: "保存设置",
        saved: "设置已保存。",
        start: "开始使用",
    },
    errors: ErrorText {
        crash_title: "程序出现内部错误",
        crash_advice: "已保存的记录不会丢失。请点击“重新加载”；如果问题反复出现，请先在“办案记录”中导出数据，再联系法治科。",
        reload: "重新加载",
        storage_write_failed: "无法写入浏览器存储，本次修改未保存。",
        storage_full: "浏览器存储空间已满，本次修改未保存。请先导出数据，再归档旧记录。",
    },
    areas: AreaText {
        officer_intro: "记录内部人员干预、插手案件的情况（时间、地点、人物、方式、内容），全程留痕，有据可查。",
        legal_intro: "导入、合并各办案人员导出的记录，开展错案责任倒查。",
        quiz_intro: "通过案例练习区分合法的监督指导与违规干预，以及错案的认定与责任。",
    },
    officer_area: officer::OFFICER,
    legal_area: legal::LEGAL,
    readings: readings::READINGS,
    common: common::COMMON,
    quiz_area: quiz::QUIZ,
    bundles: bundles::BUNDLES,
    law: LawText {
        intro: "本局2020年7月9日印发的两项制度全文。每一条、每一项都有编号（如 R2-10-5）和固定链接；应用中引用的条文都链接到这里。",
        search_label: "在两项制度中查找",
        search_hint: "输入词语，例如“打探案情”“集体讨论”",
        results: |n| {
            if n == 0 { "没有找到包含该词语的条文。".to_string() } else { format!("找到 {n} 处：") }
        },
        notice: "印发通知",
        quiz_questions: |n| format!("培训测验中有 {n} 道题涉及本条"),
        link_to: "本条链接",
    },
};
