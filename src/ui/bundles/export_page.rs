//! 导出数据文件 (officer): everything, or only what is new since the last export, signed with this device's key,
//! recorded in the journal, then downloaded as `liuhen-<officer>-<date>.json` to carry to 法治科.
//!
//! 第三条 ……遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。

use leptos::prelude::*;

use crate::bundle::{DeviceKey, Export};
use crate::journal::{EventBody, ExportScope};
use crate::ui::journal_state::JournalState;
use crate::web::device_key_store::load_or_create_device_key;
use crate::web::download::download_text;
use crate::web::local_store::LocalStore;
use crate::web::random::random_bytes;

/// This device's signing key, created on first use; errors in Chinese.
pub fn device_key() -> Result<DeviceKey, String> {
    let store = LocalStore::open().map_err(|e| e.to_string())?;
    load_or_create_device_key(&store, random_bytes::<32>).map_err(|e| e.to_string())
}

/// The export page, for `/officer/export`.
#[component]
pub fn ExportPage() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let key = device_key();
    let fingerprint = key.as_ref().map(|k| k.public_key().fingerprint()).map_err(Clone::clone);
    let key = StoredValue::new(key.ok());
    let incremental = RwSignal::new(false);
    let result = RwSignal::new(None::<Result<Export, String>>);
    let export = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let scope = if incremental.get_untracked() { ExportScope::Incremental } else { ExportScope::Full };
        let outcome = key.with_value(|key| match key {
            Some(key) => journal.export_bundle(key, scope),
            None => Err("本机签名密钥不可用，无法导出".to_string()),
        });
        let outcome = outcome.and_then(|bundle| {
            download_text(&bundle.file_name, "application/json", &bundle.text)
                .map(|()| bundle)
                .map_err(|e| format!("文件已生成并登记，但浏览器未能下载（{e}）；请再导出一次"))
        });
        result.set(Some(outcome));
    };
    view! {
        <section data-testid="export-page">
            <p class="breadcrumb"><a href="/officer">"办案记录"</a>" / 导出数据文件"</p>
            <h1>"导出数据文件"</h1>
            <p class="lead">"将本机记录导出为签名的数据文件，拷贝交法治科导入（第三条：应向局机关法治科报告）。文件经本机密钥签名，内容被改动、删减或伪造的，法治科导入时会发现并拒收。"</p>
            {match fingerprint {
                Ok(fp) => view! { <p class="hint" data-testid="export-fingerprint">{format!("本机签名公钥指纹：{fp}（法治科首次导入时登记，可与其核对）")}</p> }.into_any(),
                Err(error) => view! { <p class="alarm" role="alert" data-testid="export-key-error">{error}</p> }.into_any(),
            }}
            <form class="card" on:submit=export novalidate data-testid="export-form">
                <fieldset class="choices">
                    <legend>"导出范围"</legend>
                    <div class="check">
                        <input type="radio" id="export-full" name="export-scope" data-testid="export-scope-full"
                            prop:checked=move || !incremental.get() on:change=move |_| incremental.set(false) />
                        <label for="export-full">"全部记录"</label>
                    </div>
                    <div class="check">
                        <input type="radio" id="export-incremental" name="export-scope" data-testid="export-scope-incremental"
                            prop:checked=move || incremental.get() on:change=move |_| incremental.set(true) />
                        <label for="export-incremental">"仅导出上次导出后的新记录"</label>
                    </div>
                </fieldset>
                <button type="submit" class="primary" data-testid="export-submit">"导出并下载"</button>
            </form>
            {move || result.get().map(|outcome| match outcome {
                Ok(bundle) => view! { <ExportResult bundle=bundle /> }.into_any(),
                Err(error) => view! { <p class="error" role="alert" data-testid="export-error">{error}</p> }.into_any(),
            })}
            <ExportHistory />
        </section>
    }
}

/// What was exported.
#[component]
fn ExportResult(bundle: Export) -> impl IntoView {
    let runs: Vec<String> =
        bundle.chains.iter().map(|s| format!("设备 {}：第{}至{}号", s.device, s.first_seq, s.last_seq)).collect();
    view! {
        <section class="card" role="status" data-testid="export-result" aria-labelledby="export-result-heading">
            <h2 id="export-result-heading" class="ok">"已导出并登记"</h2>
            <dl class="facts">
                <dt>"文件名"</dt><dd data-testid="export-file-name">{bundle.file_name}</dd>
                <dt>"范围"</dt><dd>{bundle.scope.label()}</dd>
                <dt>"事件数"</dt><dd data-testid="export-events">{bundle.events}</dd>
                <dt>"所含事件链"</dt><dd>{runs.join("；")}</dd>
                <dt>"摘要（SHA-256）"</dt><dd class="digest" data-testid="export-digest">{bundle.digest.to_string()}</dd>
            </dl>
            <p class="hint">"本次导出已记入本机日志；请将下载的文件交法治科导入，并保留至其确认收到。"</p>
        </section>
    }
}

/// The exports recorded in this device's journal.
#[component]
fn ExportHistory() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    view! {
        <section class="card" aria-labelledby="export-history-heading">
            <h2 id="export-history-heading">"本机导出记录"</h2>
            {move || {
                let exports = journal.export_events();
                if exports.is_empty() {
                    return view! { <p class="hint" data-testid="export-history-empty">"本机尚未导出过数据文件。"</p> }.into_any();
                }
                view! {
                    <ul data-testid="export-history">
                        {exports.into_iter().filter_map(|event| match event.body {
                            EventBody::BundleExported { digest, scope, chains } => {
                                let events: u64 = chains.iter().map(|s| s.len()).sum();
                                Some(view! {
                                    <li>{format!("{} · {} · {} 个事件 · 摘要 {}", event.device_time.format("%Y-%m-%d %H:%M"), scope.label(), events, digest.short())}</li>
                                })
                            }
                            _ => None,
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
