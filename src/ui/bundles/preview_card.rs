//! The preview of one file before anything is written: what the bundle says about itself, what it would add,
//! conflicts, warnings, and the specific reason if it is refused. A device's first file is never shown as
//! verified: its key's fingerprint is shown large, to be compared with the officer's, and the file is held until a
//! person confirms it. Every imported text is shown as text only.

use leptos::prelude::*;

use super::key_fingerprint::KeyFingerprint;
use crate::bundle::{FileCheck, ImportOutcome, Preview, Refusal};
use crate::i18n::strings;

/// What committing a checked file does, as the button says it.
fn commit_label(outcome: &ImportOutcome) -> Option<&'static str> {
    if outcome.plan.is_empty() {
        return None;
    }
    let text = &strings().bundles.preview;
    Some(match &outcome.preview.error {
        None => text.commit,
        Some(Refusal::FirstKey { .. }) => text.hold_first_key,
        Some(Refusal::KeyMismatch { .. }) => text.hold,
        Some(_) => text.quarantine,
    })
}

/// The one-line verdict on a file.
fn status(preview: &Preview, plan_empty: bool) -> (&'static str, String) {
    let text = &strings().bundles.preview;
    match &preview.error {
        None if plan_empty => ("ok", text.nothing_new.to_string()),
        None => ("ok", text.verified.to_string()),
        Some(Refusal::FirstKey { .. }) if plan_empty => ("warn", text.first_key_held.to_string()),
        Some(Refusal::FirstKey { .. }) => ("warn", text.first_key.to_string()),
        Some(Refusal::KeyMismatch { .. }) if !plan_empty => ("error", text.key_mismatch.to_string()),
        Some(refusal) if refusal.quarantines() && !plan_empty => ("error", text.refused_quarantined.to_string()),
        Some(_) => ("error", text.refused.to_string()),
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
    let text = &strings().bundles.preview;
    let size_text = if size >= 1024 * 1024 {
        format!("{:.1} MB", size as f64 / (1024.0 * 1024.0))
    } else {
        format!("{:.1} KB", size as f64 / 1024.0)
    };
    let body = match &check {
        FileCheck::NotRead(reason) => view! {
            <p class="error" data-testid="preview-status">{text.not_read}</p>
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
                    None => view! { <button type="button" data-testid="preview-commit" disabled=true>{text.nothing_to_write}</button> }.into_any(),
                }}
                <button type="button" data-testid="preview-remove" on:click=move |_| on_remove.run(())>{text.remove}</button>
            </div>
        </article>
    }
}

/// The checked file: summary, counts, conflicts, warnings, refusal.
#[component]
fn OutcomeDetails(outcome: ImportOutcome) -> impl IntoView {
    let common = &strings().bundles;
    let text = &common.preview;
    let preview = outcome.preview;
    let (tone, status_text) = status(&preview, outcome.plan.is_empty());
    let summary = preview.bundle.clone().map(|b| {
        let runs: Vec<String> =
            b.chains.iter().map(|s| (common.chain_run)(&s.device, &s.first_seq, &s.last_seq)).collect();
        view! {
            <dl class="facts" data-testid="preview-bundle">
                <dt>{common.exporter}</dt><dd data-testid="preview-officer">{b.exporter.officer.clone()}</dd>
                <dt>{text.device}</dt><dd>{b.exporter.device.to_string()}</dd>
                <dt>{text.fingerprint}</dt><dd>{b.exporter.public_key.fingerprint()}</dd>
                <dt>{text.exported_at}</dt><dd>{b.exported_at.format("%Y-%m-%d %H:%M").to_string()}</dd>
                <dt>{common.scope}</dt><dd>{b.scope.label()}</dd>
                <dt>{text.version}</dt><dd>{b.version.to_string()}</dd>
                <dt>{common.chains}</dt><dd>{runs.join(common.chain_separator)}</dd>
                <dt>{common.digest}</dt><dd class="digest" data-testid="preview-digest">{b.digest.to_string()}</dd>
            </dl>
        }
    });
    let added = preview.added.clone();
    let conflicts = preview.conflicts.clone();
    let warnings: Vec<String> = preview.warnings.iter().map(|w| w.describe()).collect();
    let error = preview.error.clone();
    view! {
        <p class=tone data-testid="preview-status">{status_text}</p>
        {error.map(|refusal| match refusal {
            // Not a refusal of the file: a question for a person, with the fingerprint to compare.
            Refusal::FirstKey { device, officer, presented } => view! {
                <div class="key-check" data-testid="preview-key-check">
                    <h4>{text.first_key_heading}</h4>
                    <KeyFingerprint public_key=presented testid="preview-key-fingerprint" />
                    <p>{(text.first_key_compare)(&officer, &device)}</p>
                </div>
            }.into_any(),
            refusal => view! {
                <p class="alarm" role="alert" data-testid="preview-error">
                    <strong>{text.refusal}</strong>{refusal.describe()}
                </p>
                <details class="technical">
                    <summary>{strings().bundles.quarantine.technical}</summary>
                    <p class="cite-id">{(text.refusal_code)(&refusal.code())}</p>
                </details>
            }.into_any(),
        })}
        {summary}
        <dl class="counts">
            <div><dt>{text.new_events}</dt><dd data-testid="preview-new-events">{added.events}</dd></div>
            <div><dt>{text.duplicates}</dt><dd data-testid="preview-duplicates">{added.duplicates}</dd></div>
            <div><dt>{text.new_records}</dt><dd data-testid="preview-new-records">{added.new_records}</dd></div>
            <div><dt>{text.records}</dt><dd data-testid="preview-records">{added.records.len()}</dd></div>
        </dl>
        {(!conflicts.is_empty()).then(|| view! {
            <div class="notice-inline" data-testid="preview-conflicts">
                <p><strong>{(text.conflicts)(conflicts.len())}</strong></p>
                <ul>
                    {conflicts.into_iter().map(|c| {
                        let versions: Vec<String> = c.versions.iter().map(|v| (text.conflict_version)(&v.officer, &v.device, &v.device_time.format("%Y-%m-%d %H:%M"))).collect();
                        view! { <li>{(common.named)(&if c.case_number.is_empty() { common.no_case_number.to_string() } else { c.case_number }, &versions.join(common.chain_separator))}</li> }
                    }).collect_view()}
                </ul>
            </div>
        })}
        {(!warnings.is_empty()).then(|| view! {
            <div data-testid="preview-warnings-box">
                <p><strong>{text.warnings}</strong></p>
                <ul class="warnings" data-testid="preview-warnings">
                    {warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
                </ul>
            </div>
        })}
    }
}
