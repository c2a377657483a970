//! 导入记录 (法治科): every import in order — the file, its digest, who exported it, when and by whom it was
//! imported, and what it added.

use leptos::prelude::*;

use super::merged_state::MergedState;
use super::store_status::StoreStatus;
use crate::bundle::{ImportLogEntry, ImportSource};

/// The import log, for `/legal/imports`.
#[component]
pub fn ImportsPage() -> impl IntoView {
    let merged = expect_context::<MergedState>();
    let log = Memo::new(move |_| merged.with(|s| s.imports().cloned().collect::<Vec<_>>()));
    view! {
        <section data-testid="imports-page">
            <p class="breadcrumb"><a href="/legal">"法治科"</a>" / 导入记录"</p>
            <h1>"导入记录"</h1>
            <p class="lead">"每次导入（以及法治科自行录入的合并）都有一条记录，不可修改或删除。"</p>
            <StoreStatus />
            {move || {
                let entries = log.get();
                if entries.is_empty() {
                    return view! { <p data-testid="imports-empty">"尚未导入任何文件。"</p> }.into_any();
                }
                view! {
                    <div class="table-wrap">
                        <table data-testid="imports-table">
                            <thead><tr>
                                <th scope="col">"编号"</th><th scope="col">"文件 / 来源"</th><th scope="col">"导出人"</th>
                                <th scope="col">"导入时间、经办人"</th><th scope="col">"新增内容"</th>
                            </tr></thead>
                            <tbody>{entries.into_iter().rev().map(|entry| view! { <LogRow entry=entry /> }).collect_view()}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// One import.
#[component]
fn LogRow(entry: ImportLogEntry) -> impl IntoView {
    let (source, exporter) = match &entry.source {
        ImportSource::Bundle { file_name, digest, exporter, exported_at, scope, version } => (
            format!("{file_name}\n摘要 {digest}\n格式 {version}，{}", scope.label()),
            format!(
                "{}（设备 {}），导出于 {}",
                exporter.officer,
                exporter.device,
                exported_at.format("%Y-%m-%d %H:%M")
            ),
        ),
        other => (other.label(), "—".to_string()),
    };
    let added = &entry.added;
    let devices: Vec<String> = added.devices.iter().map(|d| format!("设备 {}：{} 个", d.device, d.events)).collect();
    let added_text = format!(
        "新增 {} 个事件（{}），重复 {} 个；新记录 {} 条，涉及记录 {} 条",
        added.events,
        if devices.is_empty() { "无".to_string() } else { devices.join("、") },
        added.duplicates,
        added.new_records,
        added.records.len()
    );
    view! {
        <tr data-testid="import-log-row">
            <td>{entry.number}</td>
            <td class="preserve" data-testid="import-log-source">{source}</td>
            <td>{exporter}</td>
            <td>{format!("{}，{}", entry.imported_at.format("%Y-%m-%d %H:%M"), entry.imported_by)}</td>
            <td>
                <span data-testid="import-log-added">{added_text}</span>
                {(!entry.warnings.is_empty()).then(|| view! {
                    <details><summary>{format!("导入时的提示（{}）", entry.warnings.len())}</summary>
                        <ul>{entry.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}</ul>
                    </details>
                })}
            </td>
        </tr>
    }
}
