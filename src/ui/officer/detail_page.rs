//! 记录详情: the current version with its verdict, every version with its reason, notes and reports.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::record_details::RecordDetails;
use super::verdict_panel::VerdictPanel;
use super::version_changes::VersionChanges;
use crate::i18n::strings;
use crate::journal::{EventHash, RecordState};
use crate::record::Recipient;
use crate::ui::journal_state::JournalState;
use crate::web::clock::local_now;

/// The record detail page, for `/officer/record/:id`.
#[component]
pub fn RecordPage() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<EventHash>().ok())));
    let state = Memo::new(move |_| id.get().and_then(|id| journal.folded.with(|f| f.record(&id).cloned())));
    let just_saved = move || query.with(|q| q.get("saved").is_some());
    let text = &strings().officer_area;
    view! {
        <section data-testid="record-page">
            <p class="breadcrumb no-print"><a href="/officer">{strings().nav.officer}</a>" / "{text.detail.breadcrumb}</p>
            {move || match state.get() {
                None => view! { <p class="error" role="alert" data-testid="record-missing">{text.record_not_found}</p> }.into_any(),
                Some(record) => view! {
                    <Show when=just_saved>
                        <p class="ok" role="status" data-testid="saved-status">{text.detail.saved}</p>
                    </Show>
                    <RecordView state=record />
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn RecordView(state: RecordState) -> impl IntoView {
    let id = state.id;
    let officer = &strings().officer_area;
    let text = &officer.detail;
    let Some(current) = state.current().cloned() else {
        return view! { <p class="error">{text.no_version}</p> }.into_any();
    };
    let title = (text.title)(
        if current.record.case.number.is_empty() {
            officer.no_case_number
        } else {
            current.record.case.number.as_str()
        },
        &current.record.person.name,
    );
    let conflicted = state.is_conflicted();
    let flagged = state.flagged();
    let reported_on = state.reported_on(Recipient::LegalSection);
    view! {
        <h1 data-testid="record-title">{title}</h1>
        {flagged.then(|| view! {
            <p class="alarm" role="alert" data-testid="record-flagged">
                {text.flagged_warning}
            </p>
        })}
        {conflicted.then(|| view! {
            <p class="notice-inline" role="status" data-testid="record-conflict">
                {text.conflict_notice}
            </p>
        })}
        <div class="toolbar no-print">
            <a class="button primary" href=format!("/officer/record/{id}/amend") data-testid="amend-link">
                {if conflicted { text.merge_link } else { text.amend_link }}
            </a>
            <button type="button" on:click=move |_| { web_sys::window().map(|w| w.print()); }>{text.print}</button>
        </div>
        <div class="columns">
            <section class="card" aria-labelledby="current-heading">
                <h2 id="current-heading">{text.current_version}</h2>
                <RecordDetails record=current.record.clone() reports=state.report_status() />
                <p class="hint">{(text.recorded_by)(&current.author.officer, &current.author.device_time.format("%Y-%m-%d %H:%M"), &current.author.device)}</p>
            </section>
            <VerdictPanel record=current.record.clone() />
        </div>
        <ReportSection id=id reported_on=reported_on />
        <NotesSection state=state.clone() />
        <HistorySection state=state />
    }
    .into_any()
}

#[component]
fn ReportSection(id: EventHash, reported_on: Option<NaiveDate>) -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let recipient = RwSignal::new("legal".to_string());
    let date = RwSignal::new(local_now().date().format("%Y-%m-%d").to_string());
    let message = RwSignal::new(None::<String>);
    let text = &strings().officer_area.detail;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(day) = NaiveDate::parse_from_str(&date.get_untracked(), "%Y-%m-%d") else {
            message.set(Some(text.report_date_missing.into()));
            return;
        };
        if day > local_now().date() {
            message.set(Some(text.report_date_future.into()));
            return;
        }
        let to =
            if recipient.get_untracked() == "justice" { Recipient::JusticeBureau } else { Recipient::LegalSection };
        spawn_local(async move {
            match journal.mark_reported(id, to, day).await {
                Ok(_) => message.set(Some((text.report_recorded)(&day, to.label()))),
                Err(error) => message.set(Some((text.not_saved)(&error))),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="report-heading">
            <h2 id="report-heading">{text.report_heading}</h2>
            <p data-testid="report-status">
                {match reported_on {
                    Some(day) => (text.reported_on)(&day),
                    None => text.not_yet_reported.to_string(),
                }}
            </p>
            <form class="inline-form no-print" on:submit=submit novalidate data-testid="report-form">
                <div class="field">
                    <label for="report-recipient">{text.report_recipient}</label>
                    <select id="report-recipient" data-testid="report-recipient" on:change=move |ev| recipient.set(event_target_value(&ev))>
                        <option value="legal">{text.recipient_legal}</option>
                        <option value="justice">{text.recipient_justice}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="report-date">{text.report_date}</label>
                    <input id="report-date" data-testid="report-date" type="date" bind:value=date />
                </div>
                <button type="submit" data-testid="report-submit">{text.report_submit}</button>
            </form>
            <p role="status" data-testid="report-message">{move || message.get()}</p>
        </section>
    }
}

#[component]
fn NotesSection(state: RecordState) -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let id = state.id;
    let text = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let detail = &strings().officer_area.detail;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        spawn_local(async move {
            match journal.add_note(id, text.get_untracked()).await {
                Ok(_) => {
                    text.set(String::new());
                    message.set(None);
                }
                Err(error) => message.set(Some((detail.not_saved)(&error))),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading">{detail.notes_heading}</h2>
            <ul class="notes" data-testid="notes">
                {state.notes.into_iter().map(|note| view! {
                    <li>
                        <span class="preserve">{note.text}</span>
                        <span class="hint">{(detail.note_author)(&note.author.officer, &note.author.device_time.format("%Y-%m-%d %H:%M"))}</span>
                    </li>
                }).collect_view()}
            </ul>
            <form class="no-print" on:submit=submit novalidate>
                <div class="field">
                    <label for="note-text">{detail.add_note}</label>
                    <textarea id="note-text" data-testid="note-text" bind:value=text></textarea>
                </div>
                <button type="submit" data-testid="note-submit">{detail.add_note}</button>
                <p class="error" role="alert">{move || message.get()}</p>
            </form>
        </section>
    }
}

#[component]
fn HistorySection(state: RecordState) -> impl IntoView {
    let heads = state.heads.clone();
    let changed = state.version_changes();
    let text = &strings().officer_area.detail;
    view! {
        <section class="card" aria-labelledby="history-heading">
            <h2 id="history-heading">{(text.history_heading)(state.versions.len())}</h2>
            <ol class="history" data-testid="history">
                {state.versions.into_iter().zip(changed).enumerate().map(|(index, (version, changed))| {
                    let reason = match &version.change {
                        crate::journal::Change::Created => None,
                        crate::journal::Change::Amended { reason, .. } => Some((text.amend_reason)(reason)),
                    };
                    let is_head = heads.contains(&version.author.hash);
                    view! {
                        <li data-testid="history-version" class:flagged=version.author.flagged>
                            <p>
                                <strong>{(text.version_title)(index + 1, version.change.label())}</strong>
                                {is_head.then_some(text.current_mark)}
                                {version.author.flagged.then_some(text.flagged_mark)}
                                <span class="hint">{(text.version_meta)(&version.author.device_time.format("%Y-%m-%d %H:%M"), &version.author.officer, &version.author.event_id)}</span>
                            </p>
                            {reason.map(|r| view! { <p class="preserve" data-testid="history-reason">{r}</p> })}
                            <VersionChanges changes=changed test_id="history-changes" />
                            <details>
                                <summary>{text.show_version}</summary>
                                <RecordDetails record=version.record test_id="history-details" />
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
