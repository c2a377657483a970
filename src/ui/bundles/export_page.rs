//! 导出数据文件 (officer): everything, or only what is new since the last export, signed with this device's key,
//! recorded in the journal, then downloaded as `liuhen-<officer>-<date>.json` to carry to 法治科.
//!
//! 第三条 ……遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::bundle::{DeviceKey, Export};
use crate::i18n::strings;
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
    let all = strings();
    let text = &all.bundles.export;
    let journal = expect_context::<JournalState>();
    let key = device_key();
    let fingerprint = key.as_ref().map(|k| k.public_key().fingerprint()).map_err(Clone::clone);
    let key = StoredValue::new(key.ok());
    let incremental = RwSignal::new(false);
    let result = RwSignal::new(None::<Result<Export, String>>);
    let warning = RwSignal::new(None::<String>);
    let export = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let scope = if incremental.get_untracked() { ExportScope::Incremental } else { ExportScope::Full };
        let Some(key) = key.get_value() else {
            result.set(Some(Err(text.key_unavailable.to_string())));
            return;
        };
        spawn_local(async move {
            let outcome = journal.export_bundle(&key, scope).await.and_then(|(bundle, not_recorded)| {
                warning.set(not_recorded);
                download_text(&bundle.file_name, "application/json", &bundle.text)
                    .map(|()| bundle)
                    .map_err(|e| (text.download_failed)(&e))
            });
            result.set(Some(outcome));
        });
    };
    view! {
        <section data-testid="export-page">
            <p class="breadcrumb"><a href="/officer">{all.nav.officer}</a>" / "{all.bundles.pages.export}</p>
            <h1>{all.bundles.pages.export}</h1>
            <p class="lead">{text.lead}</p>
            {match fingerprint {
                Ok(fp) => view! { <p class="hint" data-testid="export-fingerprint">{(text.fingerprint)(&fp)}</p> }.into_any(),
                Err(error) => view! { <p class="alarm" role="alert" data-testid="export-key-error">{error}</p> }.into_any(),
            }}
            <form class="card" on:submit=export novalidate data-testid="export-form">
                <fieldset class="choices">
                    <legend>{text.scope_legend}</legend>
                    <div class="check">
                        <input type="radio" id="export-full" name="export-scope" data-testid="export-scope-full"
                            prop:checked=move || !incremental.get() on:change=move |_| incremental.set(false) />
                        <label for="export-full">{text.full}</label>
                    </div>
                    <div class="check">
                        <input type="radio" id="export-incremental" name="export-scope" data-testid="export-scope-incremental"
                            prop:checked=move || incremental.get() on:change=move |_| incremental.set(true) />
                        <label for="export-incremental">{text.incremental}</label>
                    </div>
                </fieldset>
                <button type="submit" class="primary" data-testid="export-submit">{text.submit}</button>
            </form>
            {move || warning.get().map(|w| view! { <p class="alarm" role="alert" data-testid="export-warning">{w}</p> })}
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
    let common = &strings().bundles;
    let text = &common.export;
    let runs: Vec<String> =
        bundle.chains.iter().map(|s| (common.chain_run)(&s.device, &s.first_seq, &s.last_seq)).collect();
    view! {
        <section class="card" role="status" data-testid="export-result" aria-labelledby="export-result-heading">
            <h2 id="export-result-heading" class="ok">{text.done_heading}</h2>
            <dl class="facts">
                <dt>{text.file_name}</dt><dd data-testid="export-file-name">{bundle.file_name}</dd>
                <dt>{common.scope}</dt><dd>{bundle.scope.label()}</dd>
                <dt>{text.events}</dt><dd data-testid="export-events">{bundle.events}</dd>
                <dt>{common.chains}</dt><dd>{runs.join(common.chain_separator)}</dd>
                <dt>{common.digest}</dt><dd class="digest" data-testid="export-digest">{bundle.digest.to_string()}</dd>
            </dl>
            <p class="hint">{text.done_hint}</p>
        </section>
    }
}

/// The exports recorded in this device's journal.
#[component]
fn ExportHistory() -> impl IntoView {
    let text = &strings().bundles.export;
    let journal = expect_context::<JournalState>();
    view! {
        <section class="card" aria-labelledby="export-history-heading">
            <h2 id="export-history-heading">{text.history_heading}</h2>
            {move || {
                let exports = journal.export_events();
                if exports.is_empty() {
                    return view! { <p class="hint" data-testid="export-history-empty">{text.history_empty}</p> }.into_any();
                }
                view! {
                    <ul data-testid="export-history">
                        {exports.into_iter().filter_map(|event| match event.body {
                            EventBody::BundleExported { digest, scope, chains } => {
                                let events: u64 = chains.iter().map(|s| s.len()).sum();
                                Some(view! {
                                    <li>{(text.history_item)(&event.device_time.format("%Y-%m-%d %H:%M"), &scope.label(), &events, &digest.short())}</li>
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
