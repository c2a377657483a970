//! 导入记录 (法治科): every import in order — the file, its digest, who exported it, when and by whom it was
//! imported (and, for a file held for its key, who confirmed the key and when), and what it added.

use leptos::prelude::*;

use super::merged_state::MergedState;
use super::store_status::StoreStatus;
use crate::bundle::{ImportLogEntry, ImportSource, MergedStore};
use crate::i18n::strings;

/// Who confirmed the device key before this import, and when, in Chinese: the decision on the held copy of the
/// same file.
fn key_confirmation(store: &MergedStore, entry: &ImportLogEntry) -> Option<String> {
    let ImportSource::Bundle { digest, .. } = &entry.source else { return None };
    let (_, decision) = store.decisions().into_iter().find(|(held, d)| d.accept && held.digest == *digest)?;
    Some((strings().bundles.imports.key_confirmed)(&decision.decided_by, &decision.decided_at.format("%Y-%m-%d %H:%M")))
}

/// The import log, for `/legal/imports`.
#[component]
pub fn ImportsPage() -> impl IntoView {
    let all = strings();
    let text = &all.bundles.imports;
    let merged = expect_context::<MergedState>();
    let log = Memo::new(move |_| {
        merged.with(|s| s.imports().map(|e| (e.clone(), key_confirmation(s, e))).collect::<Vec<_>>())
    });
    view! {
        <section data-testid="imports-page">
            <p class="breadcrumb"><a href="/legal">{all.nav.legal}</a>" / "{all.bundles.pages.imports}</p>
            <h1>{all.bundles.pages.imports}</h1>
            <p class="lead">{text.lead}</p>
            <StoreStatus />
            {move || {
                let entries = log.get();
                if entries.is_empty() {
                    return view! { <p data-testid="imports-empty">{text.empty}</p> }.into_any();
                }
                view! {
                    <div class="table-wrap">
                        <table data-testid="imports-table">
                            <thead><tr>
                                <th scope="col">{text.col_number}</th><th scope="col">{text.col_source}</th><th scope="col">{all.bundles.exporter}</th>
                                <th scope="col">{text.col_imported}</th><th scope="col">{text.col_added}</th>
                            </tr></thead>
                            <tbody>{entries.into_iter().rev().map(|(entry, confirmed)| view! { <LogRow entry=entry confirmed=confirmed /> }).collect_view()}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// One import, with who confirmed its device key, if a person did just before.
#[component]
fn LogRow(entry: ImportLogEntry, confirmed: Option<String>) -> impl IntoView {
    let common = &strings().bundles;
    let text = &common.imports;
    let (source, exporter) = match &entry.source {
        ImportSource::Bundle { file_name, digest, exporter, exported_at, scope, version } => (
            (text.source)(file_name, digest, version, &scope.label()),
            (text.exporter_line)(&exporter.officer, &exporter.device, &exported_at.format("%Y-%m-%d %H:%M")),
        ),
        other => (other.label(), "—".to_string()),
    };
    let added = &entry.added;
    let devices: Vec<String> = added.devices.iter().map(|d| (text.device_events)(&d.device, d.events)).collect();
    let added_text = (text.added)(
        added.events,
        &if devices.is_empty() { text.no_devices.to_string() } else { devices.join(common.list_separator) },
        added.duplicates,
        added.new_records,
        added.records.len(),
    );
    view! {
        <tr data-testid="import-log-row">
            <td>{entry.number}</td>
            <td class="preserve" data-testid="import-log-source">{source}</td>
            <td>{exporter}</td>
            <td>
                {(common.at_by)(&entry.imported_at.format("%Y-%m-%d %H:%M"), &entry.imported_by)}
                {confirmed.map(|line| view! { <br /><span class="hint" data-testid="import-log-key">{line}</span> })}
            </td>
            <td>
                <span data-testid="import-log-added">{added_text}</span>
                {(!entry.warnings.is_empty()).then(|| view! {
                    <details><summary>{(text.warnings)(entry.warnings.len())}</summary>
                        <ul>{entry.warnings.iter().map(|w| view! { <li>{w.clone()}</li> }).collect_view()}</ul>
                    </details>
                })}
            </td>
        </tr>
    }
}
