//! 隔离区 (法治科): refused files kept as evidence (forks, shortened chains, files held for their key, officer data
//! from this browser that could not be merged), full exports found shortened after import, files awaiting a key
//! decision, and stored entries that could not be read. Nothing here is merged or removed.

use leptos::prelude::*;

use super::key_decisions::KeyDecisions;
use super::merged_state::MergedState;
use super::store_status::StoreStatus;
use crate::bundle::{LoadIssue, QuarantineEntry, shortened_imports};
use crate::web::download::download_text;

/// A quarantine entry with the decision taken on it, if any, in Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Held {
    entry: QuarantineEntry,
    decision: Option<String>,
}

/// The quarantine, for `/legal/quarantine`.
#[component]
pub fn QuarantinePage() -> impl IntoView {
    let merged = expect_context::<MergedState>();
    let held = Memo::new(move |_| {
        merged.with(|s| {
            s.quarantine()
                .map(|entry| Held {
                    entry: entry.clone(),
                    decision: s.decision(&entry.id).map(|d| {
                        format!(
                            "{}：{}（{}，{}）",
                            if d.accept { "已确认新公钥" } else { "已拒绝" },
                            d.note,
                            d.decided_by,
                            d.decided_at.format("%Y-%m-%d %H:%M")
                        )
                    }),
                })
                .collect::<Vec<_>>()
        })
    });
    let shortened = Memo::new(move |_| {
        merged.with(|s| {
            shortened_imports(s)
                .into_iter()
                .map(|(number, refusal)| {
                    let name = s.imports().find(|e| e.number == number).map(|e| e.source.label()).unwrap_or_default();
                    format!("第{number}号导入（{name}）：{}", refusal.describe())
                })
                .collect::<Vec<_>>()
        })
    });
    let issues = Memo::new(move |_| merged.with(|s| s.issues().to_vec()));
    view! {
        <section data-testid="quarantine-page">
            <p class="breadcrumb"><a href="/legal">"法治科"</a>" / 隔离区"</p>
            <h1>"隔离区"</h1>
            <p class="lead">"被拒收但须留作证据的文件（事件链分叉、被删减、公钥不符待核实等）原样保存在这里，不合并、不删除。"</p>
            <StoreStatus />
            <section class="card" aria-labelledby="held-heading">
                <h2 id="held-heading">"留作证据的文件"</h2>
                {move || {
                    let held = held.get();
                    if held.is_empty() {
                        return view! { <p data-testid="quarantine-empty">"隔离区中没有文件。"</p> }.into_any();
                    }
                    view! {
                        <div class="table-wrap">
                            <table data-testid="quarantine-table">
                                <thead><tr>
                                    <th scope="col">"文件"</th><th scope="col">"原因"</th><th scope="col">"收到"</th>
                                    <th scope="col">"摘要"</th><th scope="col">"处理"</th>
                                </tr></thead>
                                <tbody>
                                    {held.into_iter().map(|held| view! { <HeldRow held=held /> }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </section>
            <section class="card" aria-labelledby="shortened-heading">
                <h2 id="shortened-heading">"事后发现被删减的导入"</h2>
                <p class="hint">"早先导入的全部导出文件，在该设备后来的事件到达后被发现并非完整导出。其事件仍保留在合并数据中，请人工核查。"</p>
                {move || {
                    let list = shortened.get();
                    if list.is_empty() {
                        view! { <p data-testid="shortened-empty">"未发现。"</p> }.into_any()
                    } else {
                        view! { <ul data-testid="shortened-imports">{list.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> }.into_any()
                    }
                }}
            </section>
            <KeyDecisions />
            <IssuesSection issues=issues />
        </section>
    }
}

/// One held file.
#[component]
fn HeldRow(held: Held) -> impl IntoView {
    let Held { entry, decision } = held;
    let (name, raw) = (entry.file_name.clone(), entry.raw.clone());
    let download_name = if name.ends_with(".json") { name.clone() } else { format!("{}.txt", entry.id) };
    let saved = RwSignal::new(None::<String>);
    let save = move |_| {
        let result = download_text(&download_name, "application/json", &raw);
        saved.set(result.err().map(|e| format!("未能下载：{e}")));
    };
    view! {
        <tr data-testid="quarantine-row">
            <td><span class="preserve">{name}</span><br /><span class="hint">{format!("{} 字节", entry.raw.len())}</span></td>
            <td><span class="preserve" data-testid="quarantine-reason">{entry.reason}</span><br /><span class="cite-id">{entry.code}</span></td>
            <td>{format!("{}，{}", entry.received_at.format("%Y-%m-%d %H:%M"), entry.received_by)}</td>
            <td class="digest">{entry.digest.short()}</td>
            <td>
                {decision.unwrap_or_else(|| "—".to_string())}
                <br /><button type="button" on:click=save>"下载原文件"</button>
                <span role="status">{move || saved.get()}</span>
            </td>
        </tr>
    }
}

/// Stored entries that could not be loaded.
#[component]
fn IssuesSection(issues: Memo<Vec<LoadIssue>>) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="issues-heading">
            <h2 id="issues-heading">"无法读取的存储内容"</h2>
            {move || {
                let list = issues.get();
                if list.is_empty() {
                    view! { <p data-testid="load-issues-empty">"全部存储内容均可读取。"</p> }.into_any()
                } else {
                    view! { <ul data-testid="load-issues">{list.into_iter().map(|i| view! { <li><span class="preserve">{i.key}</span>"：" {i.reason}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
        </section>
    }
}
