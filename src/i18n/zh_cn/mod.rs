//! 简体中文 (zh-CN) strings.

mod bundles;
mod case_files;
mod common;
mod legal;
mod officer;
mod published_readings;
mod quiz;
mod readings;
mod transfer;

use super::{AreaText, ErrorText, HelpText, LawText, Nav, SettingsText, Strings};

/// The zh-CN strings.
pub static ZH_CN: Strings = Strings {
    app_name: "留痕",
    app_tagline: "行政执法错案责任倒查与内部人员干预记录",
    nav: Nav {
        officer: "办案记录",
        legal: "法治科",
        quiz: "培训测验",
        law: "法规",
        help: "帮助",
        settings: "设置",
        main_label: "主导航",
        skip_to_content: "跳到主要内容",
        not_found: "没有这个页面。",
        back_home: "返回首页",
        switch_role: "切换身份",
        other_role_page: |owner, current| {
            format!(
                "本页是{owner}使用的页面，当前身份为{current}。如需在本机以{owner}身份工作，请点击页首“切换身份”中的“{owner}”。"
            )
        },
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
        role_hint: "身份决定打开应用时的首页和导航栏中的页面，可随时更改，也可点击页首的“切换身份”。",
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
    case_files: case_files::CASE_FILES,
    follow_up: case_files::FOLLOW_UP,
    readings: readings::READINGS,
    published_readings: published_readings::PUBLISHED_READINGS,
    common: common::COMMON,
    quiz_area: quiz::QUIZ,
    bundles: bundles::BUNDLES,
    transfer: transfer::TRANSFER,
    help: HelpText {
        intro: "留痕帮助落实本局2020年7月9日印发的两项制度。下面按使用人说明什么时候用、怎么用；条文原文见“法规”。",
        officer: (
            "办案人员",
            &[
                "什么时候记录：局机关内部人员（在编在岗、聘用、离退休、曾在本局工作的人员）以任何方式过问、干预、插手你正在办理的案件时，都要记录（第三条）。正当的指导、监督也要记录，记录就是正当的凭据。",
                "怎么记录：在“办案记录”点“新建记录”，写明时间、地点、人物、方式、内容，再回答情况研判中的问题。不清楚的选“不清楚”，不要猜：系统会说明结论取决于什么，并按最稳妥的方式处理（记录、报法治科认定），不会据此通报任何人。",
                "保存后：记录页显示研判结论、依据的条文原文、应当采取的措施，以及哪一项回答不同会改变结论。需要报告的，在记录页“记录报告”。记录只能修改（须写明原因），不能删除，每个版本都保留。",
                "每月：没有任何内部人员过问案件的月份，可在列表页提交“月度零报告”。定期“导出数据文件”交给法治科；首次交文件时，请法治科与你核对“设置”页的公钥指纹。",
            ],
        ),
        legal: (
            "局机关法治科",
            &[
                "导入：在“导入数据文件”选择或拖入办案人员交来的文件。每个文件先校验、预览，确认后才写入；被拒收的文件原样存入隔离区作为证据。某台电脑的第一个文件须与办案人员当面或电话核对公钥指纹后确认。",
                "登记册：所有记录按本局口径研判，可筛选、查看来源、合并冲突版本，并导出登记台账（CSV，可用 Excel 打开）。",
                "检查与统计：“抽查”按条件随机抽取记录，记下种子即可复核（第四条）；“月度报告情况”显示每人每月是否有记录或零报告；“统计”按第十条各项、月份、单位统计。",
                "待办与期限：法治科首页列出所有有期限的事项（转送、答复、可责令重新调查的期限、待认定的记录、上月缺零报告），已逾期和3日内到期的突出显示，点击即可处理。",
                "错案卷宗：收到举报或投诉时“新立案”，再按第十条逐步记录答复或转送、调查组和调查情况、认定（第五条情形、第六条行为、第八条和第九条情节，系统同时给出认定和建议）、集体讨论决定（与建议不同须写明理由）、重新调查、陈述申辩和申诉。每一步写入法治科本机日志，修改须写明原因；处理决定书可打印，决定作出前为草稿。“错案倒查”可用于不入卷的试算。",
                "跟进：登记册中系统认定为违反规定干预、结论不确定或记录不完整的，在记录页由法治科作出认定（与系统结论并列，不覆盖），再记录调查处理、报经批准后通报、移交和办结；只有法治科认定属于违反规定干预的，才能起草和记录通报。抽查抽到的记录，点击进入记录页填写抽查情况（抽查参数已自动带入），发现线索的转为待认定。“不记录认定”按办案人员汇总第十三条的认定及其后果；“打击报复报告”记录如实记录的办案人员受到不利对待的报告和保护措施，事实查明前不作认定。",
            ],
        ),
        trainee: (
            "培训学员",
            &[
                "练习：按制度或条文选题，每答一题都能看到本题答案、推理步骤和条文原文，以及对错误选项的说明。",
                "考试：限时作答，交卷后显示成绩和每题解析。答错和未答的题进入错题本，当天即可复习，之后按复习计划再次出现。",
                "进度：查看答题记录、各条文掌握程度和历次考试，可导出或重置。",
            ],
        ),
    },
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
