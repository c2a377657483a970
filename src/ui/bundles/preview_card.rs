//! The preview of one file before anything is written: what the bundle says about itself, what it would add,
//! conflicts, warnings, and the specific reason if it is refused. Every imported text is shown as text only.

use leptos::prelude::*;

use crate::bundle::{ImportOutcome, Preview, Refusal};

/// What checking a file gave.
#[derive(Debug, Clone, PartialEq)]
pub enum FileCheck {
    /// Not read: refused before reading (too large), or the browser could not read it. The reason, in Chinese.
    NotRead(String),
    /// Checked against the merged store.
    Checked(Box<ImportOutcome>),
}

/// What committing a checked file does, as the button says it.
fn commit_label(outcome: &ImportOutcome) -> Option<&'static str> {
    if outcome.plan.is_empty() {
        return None;
    }
    Some(match &outcome.preview.error {
        None => "导入此文件",
        Some(Refusal::KeyMismatch { .. }) => "暂存，待人工核实",
        Some(_) => "存入隔离区",
    })
}

/// The one-line verdict on a file.
fn status(preview: &Preview, plan_empty: bool) -> (&'static str, String) {
    match &preview.error {
        None if plan_empty => ("ok", "没有新内容，无需导入，不会写入任何内容。".to_string()),
        None => ("ok", "校验通过：确认后一次性写入（全部写入或全部不写入）。".to_string()),
        Some(Refusal::KeyMismatch { .. }) if !plan_empty => {
            ("error", "公钥与此前登记的不同，可能是伪造的文件：确认后暂存，经人工核实公钥后才会合并。".to_string())
        }
        Some(refusal) if refusal.quarantines() && !plan_empty => {
            ("error", "拒收：不合并任何事件；确认后将文件原样存入隔离区作为证据。".to_string())
        }
        Some(_) => ("error", "拒收：不合并任何事件，不会写入任何内容。".to_string()),
    }
}

/// One file's preview card, with its commit and remove buttons.
#[component]
pub fn PreviewCard(
    name: String,
    size: usize,
    check: FileCheck,
    on_commit: Callback<()>,
    on_remove: Callback<()>,
    writing: Signal<bool>,
) -> impl IntoView {
    let size_text = format!("{:.1} KB", size as f64 / 1024.0);
    let body = match &check {
        FileCheck::NotRead(reason) => view! {
            <p class="error" data-testid="preview-status">"拒收：未读取文件内容，不会写入任何内容。"</p>
            <p class="alarm" role="alert" data-testid="preview-error">{reason.clone()}</p>
        }
        .into_any(),
        FileCheck::Checked(outcome) => view! { <OutcomeDetails outcome=(**outcome).clone() /> }.into_any(),
    };
    let label = match &check {
        FileCheck::Checked(outcome) => commit_label(outcome),
        FileCheck::NotRead(_) => None,
    };
    view! {
        <article class="card preview" data-testid="preview-card">
            <h3 data-testid="preview-file-name">{name}</h3>
            <p class="hint">{size_text}</p>
            {body}
            <div class="toolbar">
                {match label {
                    Some(label) => view! {
                        <button type="button" class="primary" data-testid="preview-commit"
                            disabled=move || writing.get() on:click=move |_| on_commit.run(())>{label}</button>
                    }.into_any(),
                    None => view! { <button type="button" data-testid="preview-commit" disabled=true>"无需写入"</button> }.into_any(),
                }}
                <button type="button" data-testid="preview-remove" on:click=move |_| on_remove.run(())>"移出列表"</button>
            </div>
        </article>
    }
}

/// The checked file: summary, counts, conflicts, warnings, refusal.
#[component]
fn OutcomeDetails(outcome: ImportOutcome) -> impl IntoView {
    let preview = outcome.preview;
    let (tone, status_text) = status(&preview, outcome.plan.is_empty());
    let summary = preview.bundle.clone().map(|b| {
        let runs: Vec<String> =
            b.chains.iter().map(|s| format!("设备 {}：第{}至{}号", s.device, s.first_seq, s.last_seq)).collect();
        view! {
            <dl class="facts" data-testid="preview-bundle">
                <dt>"导出人"</dt><dd data-testid="preview-officer">{b.exporter.officer.clone()}</dd>
                <dt>"导出设备"</dt><dd>{b.exporter.device.to_string()}</dd>
                <dt>"公钥指纹"</dt><dd>{b.exporter.public_key.fingerprint()}</dd>
                <dt>"导出时间（导出设备时钟）"</dt><dd>{b.exported_at.format("%Y-%m-%d %H:%M").to_string()}</dd>
                <dt>"范围"</dt><dd>{b.scope.label()}</dd>
                <dt>"格式版本"</dt><dd>{b.version.to_string()}</dd>
                <dt>"所含事件链"</dt><dd>{runs.join("；")}</dd>
                <dt>"摘要（SHA-256）"</dt><dd class="digest" data-testid="preview-digest">{b.digest.to_string()}</dd>
            </dl>
        }
    });
    let added = preview.added.clone();
    let conflicts = preview.conflicts.clone();
    let warnings: Vec<String> = preview.warnings.iter().map(|w| w.describe()).collect();
    let error = preview.error.clone();
    view! {
        <p class=tone data-testid="preview-status">{status_text}</p>
        {error.map(|refusal| view! {
            <p class="alarm" role="alert" data-testid="preview-error">
                <strong>"拒收原因："</strong>{refusal.describe()}
                <span class="cite-id">{format!("（{}）", refusal.code())}</span>
            </p>
        })}
        {summary}
        <dl class="counts">
            <div><dt>"新增事件"</dt><dd data-testid="preview-new-events">{added.events}</dd></div>
            <div><dt>"重复（已导入）"</dt><dd data-testid="preview-duplicates">{added.duplicates}</dd></div>
            <div><dt>"新记录"</dt><dd data-testid="preview-new-records">{added.new_records}</dd></div>
            <div><dt>"涉及记录"</dt><dd data-testid="preview-records">{added.records.len()}</dd></div>
        </dl>
        {(!conflicts.is_empty()).then(|| view! {
            <div class="notice-inline" data-testid="preview-conflicts">
                <p><strong>{format!("导入后有 {} 条记录存在并行修改（各版本均保留，须在登记册中合并）：", conflicts.len())}</strong></p>
                <ul>
                    {conflicts.into_iter().map(|c| {
                        let versions: Vec<String> = c.versions.iter().map(|v| format!("{}（设备 {}，{}）", v.officer, v.device, v.device_time.format("%Y-%m-%d %H:%M"))).collect();
                        view! { <li>{format!("{}：{}", if c.case_number.is_empty() { "（尚无案号）".to_string() } else { c.case_number }, versions.join("；"))}</li> }
                    }).collect_view()}
                </ul>
            </div>
        })}
        {(!warnings.is_empty()).then(|| view! {
            <div data-testid="preview-warnings-box">
                <p><strong>"提示（不影响导入）："</strong></p>
                <ul class="warnings" data-testid="preview-warnings">
                    {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                </ul>
            </div>
        })}
    }
}
