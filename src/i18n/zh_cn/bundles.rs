//! 数据文件 texts: export, import, register, import log, quarantine.

use crate::i18n::{
    BundleDeviceKeyText, BundleExportText, BundleImportText, BundleImportsText, BundleKeyDecisionText, BundleLinksText,
    BundleMigrationText, BundlePageNames, BundlePreviewText, BundleQuarantineText, BundleRecordText,
    BundleRegisterText, BundleResolutionText, BundleStoreText, BundleText,
};

/// The zh-CN bundle texts.
pub(super) const BUNDLES: BundleText = BundleText {
    named: |name, text| format!("{name}：{text}"),
    at_by: |at, by| format!("{at}，{by}"),
    no_case_number: "（尚无案号）",
    no_imports: "（无导入记录）",
    import_ref: |source, number| format!("{source}（第{number}号导入）"),
    list_separator: "、",
    chain_separator: "；",
    chain_run: |device, first, last| format!("设备 {device}：第{first}至{last}号"),
    digest: "摘要（SHA-256）",
    chains: "所含事件链",
    scope: "范围",
    exporter: "导出人",
    pages: BundlePageNames {
        export: "导出数据文件",
        import: "导入数据文件",
        register: "登记册",
        imports: "导入记录",
        quarantine: "隔离区",
        record: "记录详情",
    },
    links: BundleLinksText {
        import_hint: "导入办案人员导出的数据文件：先校验预览，再全部写入或全部不写入；被改动、删减或伪造的文件拒收并说明原因。",
        register_hint: "全部办案人员的干预、插手记录，注明来源（设备、记录人、导入文件），可筛选；合并并行修改的版本。",
        imports_hint: "每次导入的文件、摘要、时间、经办人和新增内容。",
        quarantine_hint: "被拒收但留作证据的文件，以及待人工核实的公钥变更。",
    },
    device_key: BundleDeviceKeyText {
        fingerprint: "签名公钥指纹",
        hint: "导出的数据文件用本机密钥签名。法治科首次导入本机文件时，须与您核对此指纹（当面、电话，或凭打印的本页作为密钥登记单），一致后才登记此公钥并导入。",
        replace_ack: "我已知悉：更换密钥后，法治科须人工核实新公钥，才会接收本机导出的文件",
        replace: "生成新的签名密钥",
    },
    export: BundleExportText {
        key_unavailable: "本机签名密钥不可用，无法导出",
        download_failed: |error| format!("文件已生成并登记，但浏览器未能下载（{error}）；请再导出一次"),
        lead: "将本机记录导出为签名的数据文件，拷贝交法治科导入（第三条：应向局机关法治科报告）。文件经本机密钥签名，内容被改动、删减或伪造的，法治科导入时会发现并拒收。",
        fingerprint: |fingerprint| format!("本机签名公钥指纹：{fingerprint}（法治科首次导入时须与您核对此指纹）"),
        scope_legend: "导出范围",
        full: "全部记录",
        incremental: "仅导出上次导出后的新记录",
        submit: "导出并下载",
        done_heading: "已导出并登记",
        file_name: "文件名",
        events: "事件数",
        done_hint: "本次导出已记入本机日志；请将下载的文件交法治科导入，并保留至其确认收到。",
        history_heading: "本机导出记录",
        history_empty: "本机尚未导出过数据文件。",
        history_item: |at, scope, events, digest| format!("{at} · {scope} · {events} 个事件 · 摘要 {digest}"),
    },
    import: BundleImportText {
        unreadable: |error| format!("浏览器无法读取此文件：{error}"),
        imported: |name, number, events, new_records, duplicates| {
            format!(
                "{name}：已导入（第{number}号导入记录），新增 {events} 个事件、{new_records} 条新记录，重复 {duplicates} 个。"
            )
        },
        nothing_new: |name| format!("{name}：没有新内容，未写入。"),
        held: |name| format!("{name}：公钥与此前登记的不同，文件已暂存；请在下方“待人工核对的公钥”中核实后决定。"),
        held_first_key: |name| {
            format!(
                "{name}：首次导入此设备的密钥，文件已暂存，尚未导入；请在下方“待人工核对的公钥”中核对指纹，填写姓名后确认或拒绝。"
            )
        },
        not_merged: |name, reason| format!("{name}：未合并（{reason}）。"),
        not_read: |name| format!("{name}：未读取，不能导入。"),
        lead: "导入办案人员导出的数据文件。每个文件先校验并预览（新增、重复、冲突、提示和拒收原因），确认后才写入，且全部写入或全部不写入。",
        pick: "选择数据文件（可多选）",
        pick_hint: |megabytes| {
            format!(
                "也可将文件拖放到此框内。单个文件不超过 {megabytes} MB（超过的不予读取）。文件名不影响校验，校验的是内容和签名。"
            )
        },
        reading: |count| format!("正在读取 {count} 个文件……"),
        import_all: "全部导入",
    },
    preview: BundlePreviewText {
        commit: "导入此文件",
        hold: "暂存，待人工核实",
        hold_first_key: "暂存，待核对公钥指纹",
        quarantine: "存入隔离区",
        nothing_new: "没有新内容，无需导入，不会写入任何内容。",
        verified: "校验通过：确认后一次性写入（全部写入或全部不写入）。",
        key_mismatch: "公钥与此前登记的不同，可能是伪造的文件：确认后暂存，经人工核实公钥后才会合并。",
        first_key: "文件与其自带的公钥相符，但此设备的公钥尚未经人工确认：点击下方按钮暂存，核对指纹一致并确认后才会导入。",
        first_key_held: "此文件此前已暂存，尚未导入（此设备的公钥未经人工确认）；请在本页下方“待人工核对的公钥”中查看或决定。",
        first_key_heading: "首次导入此设备的密钥，需要人工核对",
        first_key_compare: |officer, device| {
            format!(
                "请打开{officer}（设备 {device}）电脑上留痕的“设置”页，或其打印的密钥登记单，逐组读出“签名公钥指纹”，与上面的指纹核对。文件暂存后，在本页下方“待人工核对的公钥”中填写您的姓名并确认；指纹不一致的，请拒绝。"
            )
        },
        refused_quarantined: "拒收：不合并任何事件；确认后将文件原样存入隔离区作为证据。",
        refused: "拒收：不合并任何事件，不会写入任何内容。",
        not_read: "拒收：未读取文件内容，不会写入任何内容。",
        nothing_to_write: "无需写入",
        remove: "移出列表",
        device: "导出设备",
        fingerprint: "公钥指纹",
        exported_at: "导出时间（导出设备时钟）",
        version: "格式版本",
        refusal: "拒收原因：",
        refusal_code: |code| format!("原因代码 {code}"),
        new_events: "新增事件",
        duplicates: "重复（已导入）",
        new_records: "新记录",
        records: "涉及记录",
        conflicts: |count| format!("导入后有 {count} 条记录存在并行修改（各版本均保留，须在登记册中合并）："),
        conflict_version: |officer, device, at| format!("{officer}（设备 {device}，{at}）"),
        warnings: "提示（不影响导入）：",
    },
    imports: BundleImportsText {
        lead: "每次导入（以及法治科自行录入的合并）都有一条记录，不可修改或删除。",
        empty: "尚未导入任何文件。",
        col_number: "编号",
        col_source: "文件 / 来源",
        col_imported: "导入时间、经办人",
        col_added: "新增内容",
        source: |file_name, digest, version, scope| format!("{file_name}\n摘要 {digest}\n格式 {version}，{scope}"),
        exporter_line: |officer, device, at| format!("{officer}（设备 {device}），导出于 {at}"),
        device_events: |device, events| format!("设备 {device}：{events} 个"),
        no_devices: "无",
        added: |events, devices, duplicates, new_records, records| {
            format!(
                "新增 {events} 个事件（{devices}），重复 {duplicates} 个；新记录 {new_records} 条，涉及记录 {records} 条"
            )
        },
        warnings: |count| format!("导入时的提示（{count}）"),
        key_confirmed: |by, at| format!("设备公钥经{by}于{at}人工核对确认后导入"),
    },
    key_decisions: BundleKeyDecisionText {
        heading: "待人工核对的公钥",
        hint: "首次导入某设备的文件，或同一设备的文件使用了与此前确认的不同公钥时，文件先暂存在这里，不会合并。请与该设备使用人当面或电话核对其“设置”页（或打印的密钥登记单）显示的公钥指纹，再作决定。",
        empty: "没有待确认的文件。",
        choose: "请选择确认或拒绝。",
        rejected: "已记录拒绝决定；文件保留在隔离区作为证据。",
        accepted: |events| format!("已确认新公钥并导入：新增 {events} 个事件。"),
        accepted_not_merged: |reason| format!("已确认新公钥，但文件因其他原因未能合并：{reason}"),
        confirmed_first: |events| format!("已确认此设备的公钥并导入：新增 {events} 个事件。"),
        first_key_heading: "首次导入此设备的密钥，需要人工核对",
        mismatch_heading: "公钥与此前确认的不同，可能是伪造的文件",
        already_confirmed: |by, at| {
            format!("此公钥已由{by}于{at}核对确认（在同一设备的另一文件上），确认后即导入此文件。")
        },
        fingerprint: "公钥指纹（请逐组读出核对）",
        compare: |officer, device| {
            format!(
                "请与{officer}（设备 {device}）电脑上留痕“设置”页显示的“签名公钥指纹”，或其打印的密钥登记单，逐组核对。完全一致的，填写您的姓名后确认；不一致或无法核对的，请拒绝。"
            )
        },
        unreadable: |reason| format!("无法显示此文件的公钥（{reason}）；请拒绝并请办案人员重新导出。"),
        confirm_first: "指纹一致：确认此设备的公钥并导入此文件",
        reject_first: "指纹不一致或无法核对：拒绝，不导入，文件保留为证据",
        name: "核对人姓名（必填）",
        history_heading: "已作出的公钥决定",
        history_empty: "尚未作出任何公钥决定。",
        history_item: |file, decision, at_by, note| format!("{file}：{decision}（{at_by}）；{note}"),
        history_confirmed_first: |fingerprint| format!("已确认首次导入的公钥（指纹 {fingerprint}）"),
        history_accepted: |fingerprint| format!("已确认新公钥（指纹 {fingerprint}）"),
        history_rejected: "已拒绝，未导入",
        received: |at, by| format!("（{at} 收到，经办人 {by}）"),
        legend: "决定",
        accept: "已核实，确认新公钥并导入此文件",
        reject: "拒绝：不导入，文件保留为证据",
        note: "核实情况或拒绝理由（必填）",
        submit: "提交决定",
    },
    store: BundleStoreText {
        load_failed: |error| format!("无法读取合并数据：{error}"),
        not_loaded: "合并数据尚未读取完毕，请稍候",
        busy: "另一项内容正在写入，请稍候再试",
        changed: "数据已在预览后发生变化，请查看更新后的预览再确认",
        not_open: "合并数据库未打开",
        loading: "正在读取合并数据……",
        ready: |events, imports| format!("合并数据：{events} 个事件，{imports} 次导入。"),
        not_persisted: "浏览器未同意持久保存本站数据：存储空间紧张或清理浏览器数据时，合并数据可能被清除。请妥善保留导入过的原始文件。",
        persist_retry: "再次请求持久保存",
        persist_dismiss: "知道了",
        usage: |usage| format!("{usage}。"),
        issues: |count| {
            format!("有 {count} 项存储内容无法读取（可能被改动或损坏），已原样保留，未作任何修复；详见“隔离区”页面。")
        },
    },
    migration: BundleMigrationText {
        done: |events, quarantined| {
            format!("已并入：新增 {events} 个事件，{quarantined} 项存入隔离区。本浏览器中的原数据保持不变。")
        },
        heading: "本浏览器中的办案记录",
        found: |events| {
            format!("本浏览器还保存着办案人员日志（{events} 个事件）。可将其并入合并数据，原数据保持不变。")
        },
        all_merged: "本浏览器中的办案记录均已并入合并数据。",
        preview: |events, duplicates, quarantined| {
            format!(
                "将新增 {events} 个事件（重复 {duplicates} 个）；无法合并的 {quarantined} 项将原样存入隔离区作为证据。"
            )
        },
        commit: "并入合并数据",
    },
    quarantine: BundleQuarantineText {
        technical: "技术信息",
        technical_detail: |code, id| format!("原因代码 {code}；隔离编号 {id}"),
        decision: |decision, note, by, at| format!("{decision}：{note}（{by}，{at}）"),
        accepted: "已确认新公钥",
        accepted_first: "已确认首次导入的公钥",
        rejected: "已拒绝",
        shortened_item: |number, source, reason| format!("第{number}号导入（{source}）：{reason}"),
        lead: "被拒收但须留作证据的文件（事件链分叉、被删减、公钥不符待核实等）原样保存在这里，不合并、不删除。",
        held_heading: "留作证据的文件",
        empty: "隔离区中没有文件。",
        col_file: "文件",
        col_reason: "原因",
        col_received: "收到",
        col_digest: "摘要",
        col_handling: "处理",
        shortened_heading: "事后发现被删减的导入",
        shortened_hint: "早先导入的全部导出文件，在该设备后来的事件到达后被发现并非完整导出。其事件仍保留在合并数据中，请人工核查。",
        shortened_empty: "未发现。",
        download_failed: |error| format!("未能下载：{error}"),
        bytes: |bytes| format!("{bytes} 字节"),
        download: "下载原文件",
        issues_heading: "无法读取的存储内容",
        issues_empty: "全部存储内容均可读取。",
        issue_separator: "：",
    },
    register: BundleRegisterText {
        provenance: |officer, device, from| format!("{officer}（设备 {device}）；来自：{from}"),
        heading: "干预、插手案件登记册",
        lead: "汇总全部已导入的记录（各办案人员、各设备），每条注明来源。筛选条件与办案记录页相同，另可按记录人筛选。",
        total: "记录总数",
        prohibited: "违反规定干预",
        unreported: "未报告",
        conflicted: "待合并版本",
        filters_label: "筛选登记册",
        verdict: "定性",
        shown: |shown, all| format!("显示 {shown} 条，共 {all} 条"),
        col_time: "时间",
        col_case: "案号 / 案由",
        col_person: "人物",
        col_report: "报告",
        col_source: "来源",
        show_provenance: "显示来源列（记录人、设备和导入文件）",
        pending_merge: "待合并",
    },
    record: BundleRecordText {
        missing: "合并数据中没有这条记录（或仍在读取）。",
        no_version: "这条记录没有可显示的版本。",
        current_heading: "当前版本",
        provenance: |provenance| format!("来源：{provenance}"),
        flagged: "本记录有事件未通过校验。",
        versions_heading: |count| format!("全部版本（{count}）"),
        change_reason: |reason| format!("修改原因：{reason}"),
        version_title: |number, change| format!("第 {number} 版 · {change}"),
        current: "（当前）",
        version_meta: |at, officer, device, event| format!(" {at} · {officer} · 设备 {device} · 事件 {event}"),
        carried: |imports| format!("导入来源：{imports}"),
        show_version: "查看该版本内容",
        notes_heading: "备注与报告",
        note_meta: |officer, at| format!("（{officer}，{at}）"),
        report: |date, recipient, officer| format!("{date} 向{recipient}报告（{officer}记录）"),
        not_reported: "尚未报告。",
        reported_on: |date| format!("最早于 {date} 报告。"),
        warnings_heading: "导入时的提示（含设备时钟偏差，仅供参考，不影响合并）",
        conflict: |count| {
            format!(
                "本记录在不同设备上被同时修改，现有 {count} 个并行版本（均已保留）。请核对后在下方填写合并后的版本和理由。"
            )
        },
        parallel_version: |number| format!("并行版本 {number}"),
        modified_by: |officer, at, device| format!("{officer} 于 {at} 修改（设备 {device}）"),
        show_verdict: "在下方显示此版本的研判依据",
    },
    resolution: BundleResolutionText {
        reason_required: "请填写合并理由：合并后各并行版本仍全部保留，理由将与新版本一起留痕。",
        reason_missing: "请填写合并理由。",
        no_device: |error| format!("未保存：无法确定法治科的设备编号（{error}）"),
        not_saved: |error| format!("未保存：{error}"),
        merged: "已合并：新版本已写入，各并行版本均保留在历史中。",
        write_failed: |error| format!("未保存：{error}。已填写的内容仍在表单中。"),
        heading: "合并为一个版本",
        hint: "以下表单已填入较晚的并行版本，请核对修改后保存。保存后，新版本同时取代全部并行版本（原版本均保留）。",
        save: "保存合并版本",
        reason: "合并理由",
        reason_hint: "例如：经与两名办案人员核实，以第二个版本的地点为准",
    },
};
