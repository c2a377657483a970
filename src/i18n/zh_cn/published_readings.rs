//! 本局口径文件 (zh-CN).

use crate::i18n::PublishedReadingsText;

pub(super) const PUBLISHED_READINGS: PublishedReadingsText = PublishedReadingsText {
    heading: "法治科发布的本局口径",
    in_use: |version, day| format!("本机正在使用法治科发布的第{version}版本局口径，{day}起施行。"),
    legal_latest: |version, day| {
        format!(
            "本机最近发布或导入的是第{version}版本局口径（{day}起施行）。下方是本机设置的口径：修改并保存后，须再次发布，办案人员导入后才生效。"
        )
    },
    published_by: |name, device| format!("发布人：{name}（法治科电脑，本机编号 {device}）"),
    publisher_fingerprint: "发布人密钥指纹",
    none_defaults: "未导入法治科发布的本局口径，目前按默认口径。",
    none_local: "未导入法治科发布的本局口径，目前按本机设置的口径（未经法治科发布）。",
    read_only: "本机已导入法治科发布的本局口径，下列口径只能查看，不能在本机修改；如需更改，请联系法治科发布新版本。",
    import_label: "导入法治科发布的本局口径文件",
    import_hint: "选择法治科发给您的“liuhen-本局口径-第N版-日期.json”文件。只接受比本机正在使用的版本更新的文件。",
    read_failed: |reason| format!("无法读取所选文件（{reason}），未导入；请重新选择文件。"),
    key_question: |name| {
        format!(
            "这是本机第一次收到{name}发布的本局口径文件。请与法治科（电话或当面）核对下面的密钥指纹，与法治科电脑“设置”页上显示的一致后，填写您的姓名并确认。"
        )
    },
    key_changed: |name| {
        format!(
            "注意：这份文件的发布人密钥与本机此前确认的{name}的密钥不同，可能是伪造的。只有在法治科确认已更换电脑或密钥、并核对下面的指纹一致后，才可确认。"
        )
    },
    confirm_name: "核对人姓名",
    confirm: "指纹一致，确认导入",
    cancel: "不导入",
    imported: |version, day| format!("已导入第{version}版本局口径（{day}起施行），本机的研判结论即按此口径。"),
    changed_heading: "因口径变化而改变结论的记录",
    nothing_changed: "本机记录的研判结论均未因新口径而改变。",
    changed_line: |case, person, time, before, after| format!("{case}　{person}　{time}：{before} → {after}"),
    history_heading: "本机的本局口径记录",
    history_line: |version, day, at, by, changed| {
        format!("第{version}版（{day}起施行）：{at} 由{by}导入，改变了{changed}条记录的结论")
    },
    history_published_line: |version, day, at, by| format!("第{version}版（{day}起施行）：{at} 由{by}在本机发布"),
    publish_heading: "发布本局口径",
    publish_intro: "把上面已保存的口径签名发布为本局口径文件，发给各办案人员导入。每次发布版本号加一；办案人员电脑只接受更新的版本。",
    effective_label: "施行日期",
    effective_invalid: "请填写施行日期（年-月-日）",
    no_profile: "请先在上方填写使用人姓名并保存设置",
    publish: "发布本局口径",
    save_first: "有尚未保存的更改：请先点击“保存本局口径”，再发布。",
    published: |version, file| format!("已发布第{version}版本局口径，文件“{file}”已下载；请发给各办案人员导入。"),
    publish_failed: |reason| format!("未能发布本局口径（{reason}）。"),
    store_failed: |detail| format!("无法写入浏览器存储，本次操作未生效，仍按原口径（{detail}）。"),
    corrupt: |key| {
        format!(
            "保存的本局口径文件无法通过核验，已原样保留在“{key}”下以备核查；目前按本机设置的口径，请重新导入法治科发布的本局口径文件。"
        )
    },
    verdict_published: |version, day| format!("本结论依据法治科发布的第{version}版本局口径（{day}起施行）作出。"),
    verdict_defaults: "未导入法治科发布的本局口径，本结论按系统默认口径作出。",
    verdict_local: "本结论按本机设置的口径作出（未经法治科发布）。",
};
