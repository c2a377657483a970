//! One record of the register: its current version(s) with the R2 verdict panel and where each came from, every
//! version with its reason, notes, reports and the warnings of the imports that brought it. With concurrent
//! amendments, the competing versions side by side and the form that merges them.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::follow_up_section::FollowUpSection;
use super::merged_state::MergedState;
use super::register_page::provenance_line;
use super::resolution_form::ResolutionForm;
use super::store_status::StoreStatus;
use crate::bundle::{MergedStore, RecordSources, record_sources};
use crate::follow_up::needs_follow_up;
use crate::i18n::strings;
use crate::journal::{Authorship, Change, EventHash, Version};
use crate::register::RegisterRow;
use crate::rules::Readings;
use crate::rules::r2::Verdict;
use crate::ui::officer::{RecordDetails, VerdictPanel, VersionChanges};
use crate::ui::state::AppState;

/// The imports that carried an event, in one line.
fn carried_by(store: &MergedStore, author: &Authorship) -> String {
    let text = &strings().bundles;
    let carriers = store.event(&author.hash).map(|e| store.carriers(&e.device, e.seq)).unwrap_or_default();
    if carriers.is_empty() {
        return text.no_imports.into();
    }
    let names: Vec<String> = carriers.iter().map(|c| (text.import_ref)(&c.source.label(), &c.number)).collect();
    names.join(text.list_separator)
}

/// What the page shows of a record, read from the store once per change.
#[derive(Debug, Clone, PartialEq)]
struct RecordView {
    entry: RegisterRow,
    /// Where its first and current versions came from.
    sources: RecordSources,
    /// For each version (in `entry.record.versions` order), the imports that carried it.
    carried: Vec<String>,
    /// The warnings recorded by the imports that carried any of the record's events, without repeats.
    warnings: Vec<String>,
}

fn record_view(store: &MergedStore, id: EventHash, readings: &Readings) -> Option<RecordView> {
    let entry = RegisterRow::of(store.fold().record(&id)?.clone(), readings)?;
    let sources = record_sources(store, &entry.record)?;
    let carried = entry.record.versions.iter().map(|v| carried_by(store, &v.author)).collect();
    let mut warnings: Vec<String> = Vec::new();
    let authors = entry
        .record
        .versions
        .iter()
        .map(|v| &v.author)
        .chain(entry.record.notes.iter().map(|n| &n.author))
        .chain(entry.record.reports.iter().map(|r| &r.author));
    for author in authors {
        let Some(event) = store.event(&author.hash) else { continue };
        for import in store.carriers(&event.device, event.seq) {
            for warning in &import.warnings {
                if !warnings.contains(warning) {
                    warnings.push(warning.clone());
                }
            }
        }
    }
    Some(RecordView { entry, sources, carried, warnings })
}

/// A record of the register, for `/legal/register/:id`.
#[component]
pub fn RegisterRecordPage() -> impl IntoView {
    let all = strings();
    let merged = expect_context::<MergedState>();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<EventHash>().ok())));
    let app = expect_context::<AppState>();
    let view_of =
        Memo::new(move |_| id.get().and_then(|id| app.readings.with(|r| merged.with(|s| record_view(s, id, r)))));
    view! {
        <section data-testid="register-record-page">
            <p class="breadcrumb"><a href="/legal">{all.nav.legal}</a>" / "<a href="/legal/register">{all.bundles.pages.register}</a>" / "{all.bundles.pages.record}</p>
            <StoreStatus />
            {move || match view_of.get() {
                Some(record) => view! { <RecordBody record=record /> }.into_any(),
                None => view! { <p class="hint" data-testid="register-record-missing">{all.bundles.record.missing}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn RecordBody(record: RecordView) -> impl IntoView {
    let common = &strings().bundles;
    let text = &common.record;
    let RecordView { entry, sources, carried, warnings } = record;
    let state = entry.record.clone();
    let Some(current) = state.current().cloned() else {
        return view! { <p class="error">{text.no_version}</p> }.into_any();
    };
    let title = format!(
        "{} · {}",
        if current.record.case.number.is_empty() { common.no_case_number } else { current.record.case.number.as_str() },
        current.record.person.name
    );
    let heads: Vec<Version> = state.heads.iter().filter_map(|h| state.version(h).cloned()).collect();
    let conflicted = heads.len() > 1;
    let current_view = if conflicted {
        view! { <ConflictView id=state.id heads=heads.clone() verdicts=entry.verdicts.clone() provenance=sources.current.iter().map(provenance_line).collect() /> }.into_any()
    } else {
        view! {
            <div class="columns">
                <section class="card" aria-labelledby="current-heading">
                    <h2 id="current-heading">{text.current_heading}</h2>
                    <RecordDetails record=current.record.clone() reports=state.report_status() />
                    <p class="hint" data-testid="register-record-provenance">
                        {(text.provenance)(&sources.current.first().map(provenance_line).unwrap_or_default())}
                    </p>
                </section>
                <VerdictPanel record=current.record.clone() />
            </div>
        }
        .into_any()
    };
    let versions: Vec<(Version, String)> = state.versions.iter().cloned().zip(carried).collect();
    let mut changed = state.version_changes().into_iter();
    let needed = needs_follow_up(&entry);
    view! {
        <h1 data-testid="register-record-title">{title}</h1>
        {state.flagged().then(|| view! { <p class="alarm" role="alert">{text.flagged}</p> })}
        {current_view}
        <FollowUpSection record=state.id needed=needed />
        <section class="card" aria-labelledby="versions-heading">
            <h2 id="versions-heading">{(text.versions_heading)(versions.len())}</h2>
            <ol class="history" data-testid="register-history">
                {versions.into_iter().enumerate().map(|(index, (version, carried))| {
                    let reason = match &version.change {
                        Change::Created => None,
                        Change::Amended { reason, .. } => Some((text.change_reason)(reason)),
                    };
                    let is_head = state.heads.contains(&version.author.hash);
                    view! {
                        <li data-testid="register-version">
                            <p>
                                <strong>{(text.version_title)(index + 1, &version.change.label())}</strong>
                                {is_head.then_some(text.current)}
                                <span class="hint">{(text.version_meta)(&version.author.device_time.format("%Y-%m-%d %H:%M"), &version.author.officer, &version.author.device, &version.author.event_id)}</span>
                            </p>
                            {reason.map(|r| view! { <p class="preserve" data-testid="register-version-reason">{r}</p> })}
                            <VersionChanges changes=changed.next().unwrap_or_default() test_id="register-version-changes" />
                            <p class="hint">{(text.carried)(&carried)}</p>
                            <details>
                                <summary>{text.show_version}</summary>
                                <RecordDetails record=version.record test_id="register-version-details" />
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
        <section class="card" aria-labelledby="register-notes-heading">
            <h2 id="register-notes-heading">{text.notes_heading}</h2>
            <ul class="notes" data-testid="register-notes">
                {state.notes.iter().map(|note| view! {
                    <li><span class="preserve">{note.text.clone()}</span>
                        <span class="hint">{(text.note_meta)(&note.author.officer, &note.author.device_time.format("%Y-%m-%d %H:%M"))}</span></li>
                }).collect_view()}
                {state.reports.iter().map(|report| view! {
                    <li>{(text.report)(&report.date, &report.recipient.label(), &report.author.officer)}</li>
                }).collect_view()}
            </ul>
            <p data-testid="register-record-reported">
                {entry.reported_on.map_or_else(|| text.not_reported.to_string(), |day| (text.reported_on)(&day))}
            </p>
        </section>
        {(!warnings.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="register-warnings-heading">
                <h2 id="register-warnings-heading">{text.warnings_heading}</h2>
                <ul data-testid="register-warnings">{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            </section>
        })}
    }
    .into_any()
}

/// Competing versions side by side, the verdict panel of the one chosen, and the merge form.
#[component]
fn ConflictView(id: EventHash, heads: Vec<Version>, verdicts: Vec<Verdict>, provenance: Vec<String>) -> impl IntoView {
    let text = &strings().bundles.record;
    let shown = RwSignal::new(heads.len().saturating_sub(1));
    let panel_heads = heads.clone();
    let initial = heads.last().map(|v| v.record.clone());
    view! {
        <p class="notice-inline" role="status" data-testid="register-conflict">
            {(text.conflict)(heads.len())}
        </p>
        <div class="columns" data-testid="conflict-versions">
            {heads.iter().zip(provenance).zip(verdicts).enumerate().map(|(index, ((version, from), verdict))| {
                let radio_id = format!("show-version-{index}");
                view! {
                    <section class="card" data-testid="conflict-version" aria-label=(text.parallel_version)(index + 1)>
                        <h2>{(text.parallel_version)(index + 1)}</h2>
                        <p class="hint">{(text.modified_by)(&version.author.officer, &version.author.device_time.format("%Y-%m-%d %H:%M"), &version.author.device)}</p>
                        {match &version.change {
                            Change::Amended { reason, .. } => Some(view! { <p class="preserve">{(text.change_reason)(reason)}</p> }),
                            Change::Created => None,
                        }}
                        <p class="verdict">{verdict.label()}</p>
                        <RecordDetails record=version.record.clone() test_id="conflict-version-details" />
                        <p class="hint">{(text.provenance)(&from)}</p>
                        <div class="check">
                            <input type="radio" id=radio_id.clone() name="shown-version" prop:checked=move || shown.get() == index
                                on:change=move |_| shown.set(index) />
                            <label for=radio_id>{text.show_verdict}</label>
                        </div>
                    </section>
                }
            }).collect_view()}
        </div>
        {move || panel_heads.get(shown.get()).map(|v| view! { <VerdictPanel record=v.record.clone() /> })}
        {initial.map(|record| view! { <ResolutionForm id=id initial=record /> })}
    }
}
