//! 隔离区 (法治科): refused files kept as evidence (forks, shortened chains, files held for their key, officer data
//! from this browser that could not be merged), full exports found shortened after import, files awaiting a key
//! decision, and stored entries that could not be read. Nothing here is merged or removed.

use leptos::prelude::*;

use super::key_decisions::KeyDecisions;
use super::merged_state::MergedState;
use super::store_status::StoreStatus;
use crate::bundle::{LoadIssue, QuarantineEntry, shortened_imports};
use crate::i18n::strings;
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
    let all = strings();
    let text = &all.bundles.quarantine;
    let merged = expect_context::<MergedState>();
    let held = Memo::new(move |_| {
        merged.with(|s| {
            s.quarantine()
                .map(|entry| Held {
                    entry: entry.clone(),
                    decision: s.decision(&entry.id).map(|d| {
                        (text.decision)(
                            match (d.accept, entry.is_first_key()) {
                                (true, true) => text.accepted_first,
                                (true, false) => text.accepted,
                                (false, _) => text.rejected,
                            },
                            &d.note,
                            &d.decided_by,
                            &d.decided_at.format("%Y-%m-%d %H:%M"),
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
                    (text.shortened_item)(&number, &name, &refusal.describe())
                })
                .collect::<Vec<_>>()
        })
    });
    let issues = Memo::new(move |_| merged.with(|s| s.issues().to_vec()));
    view! {
        <section data-testid="quarantine-page">
            <p class="breadcrumb"><a href="/legal">{all.nav.legal}</a>" / "{all.bundles.pages.quarantine}</p>
            <h1>{all.bundles.pages.quarantine}</h1>
            <p class="lead">{text.lead}</p>
            <StoreStatus />
            <section class="card" aria-labelledby="held-heading">
                <h2 id="held-heading">{text.held_heading}</h2>
                {move || {
                    let held = held.get();
                    if held.is_empty() {
                        return view! { <p data-testid="quarantine-empty">{text.empty}</p> }.into_any();
                    }
                    view! {
                        <div class="table-wrap">
                            <table data-testid="quarantine-table">
                                <thead><tr>
                                    <th scope="col">{text.col_file}</th><th scope="col">{text.col_reason}</th><th scope="col">{text.col_received}</th>
                                    <th scope="col">{text.col_digest}</th><th scope="col">{text.col_handling}</th>
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
                <h2 id="shortened-heading">{text.shortened_heading}</h2>
                <p class="hint">{text.shortened_hint}</p>
                {move || {
                    let list = shortened.get();
                    if list.is_empty() {
                        view! { <p data-testid="shortened-empty">{text.shortened_empty}</p> }.into_any()
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
    let common = &strings().bundles;
    let text = &common.quarantine;
    let Held { entry, decision } = held;
    let (name, raw) = (entry.file_name.clone(), entry.raw.clone());
    let download_name = if name.ends_with(".json") { name.clone() } else { format!("{}.txt", entry.id) };
    let saved = RwSignal::new(None::<String>);
    let save = move |_| {
        let result = download_text(&download_name, "application/json", &raw);
        saved.set(result.err().map(|e| (text.download_failed)(&e)));
    };
    view! {
        <tr data-testid="quarantine-row">
            <td><span class="preserve">{name}</span><br /><span class="hint">{(text.bytes)(entry.raw.len())}</span></td>
            <td>
                <span class="preserve" data-testid="quarantine-reason">{entry.reason}</span>
                <details class="technical"><summary>{text.technical}</summary><span class="cite-id">{(text.technical_detail)(&entry.code, &entry.id)}</span></details>
            </td>
            <td>{(common.at_by)(&entry.received_at.format("%Y-%m-%d %H:%M"), &entry.received_by)}</td>
            <td class="digest">{entry.digest.short()}</td>
            <td>
                {decision.unwrap_or_else(|| "—".to_string())}
                <br /><button type="button" on:click=save>{text.download}</button>
                <span role="status">{move || saved.get()}</span>
            </td>
        </tr>
    }
}

/// Stored entries that could not be loaded.
#[component]
fn IssuesSection(issues: Memo<Vec<LoadIssue>>) -> impl IntoView {
    let text = &strings().bundles.quarantine;
    view! {
        <section class="card" aria-labelledby="issues-heading">
            <h2 id="issues-heading">{text.issues_heading}</h2>
            {move || {
                let list = issues.get();
                if list.is_empty() {
                    view! { <p data-testid="load-issues-empty">{text.issues_empty}</p> }.into_any()
                } else {
                    view! { <ul data-testid="load-issues">{list.into_iter().map(|i| view! { <li><span class="preserve">{i.key}</span>{text.issue_separator} {i.reason}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
        </section>
    }
}
