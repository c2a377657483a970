//! 不记录认定 (R2 Art. 13): 法治科's confirmed findings that a handler did not record, or did not record truthfully,
//! grouped by handler, each with what the engine says follows from how many findings that handler has.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::case_files::{LegalJournalGate, RecordedStep, ShownStep};
use crate::case_file::{FieldError, FiledStep};
use crate::follow_up::{NonRecordingEntry, NonRecordingFinding, by_handler};
use crate::i18n::strings;
use crate::journal::{AppendError, EventHash};
use crate::ui::components::{ExplanationSteps, PlainFields, error_on};
use crate::ui::journal_state::LegalJournal;
use crate::ui::state::AppState;

impl ShownStep for NonRecordingFinding {
    fn title(&self) -> String {
        format!("{}：{}", self.failure.label(), self.concerning.trim())
    }
}

/// The page, for `/legal/non-recording`.
#[component]
pub fn NonRecordingPage() -> impl IntoView {
    let all = strings();
    let text = &all.follow_up.non_recording;
    view! {
        <section data-testid="non-recording-page">
            <p class="breadcrumb no-print"><a href="/legal">{all.nav.legal}</a>" / "{text.title}</p>
            <h1>{text.title}</h1>
            <p class="lead">{text.intro}</p>
            <LegalJournalGate><Findings /></LegalJournalGate>
        </section>
    }
}

#[component]
fn Findings() -> impl IntoView {
    let app = expect_context::<AppState>();
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().follow_up.non_recording;
    let groups = Memo::new(move |_| {
        let findings = legal.non_recording_findings();
        app.readings.with(|r| by_handler(&findings, r))
    });
    let editing = RwSignal::new(None::<(NonRecordingFinding, Option<EventHash>)>);
    let saved = RwSignal::new(false);
    let on_amend = Callback::new(move |step: FiledStep<NonRecordingFinding>| {
        saved.set(false);
        editing.set(Some((step.current().clone(), Some(step.latest().author.hash))));
    });
    let done = Callback::new(move |result: Option<EventHash>| {
        saved.set(result.is_some());
        editing.set(None);
    });
    view! {
        <p class="notice-inline" role="status" data-testid="non-recording-saved">{move || saved.get().then_some(text.saved)}</p>
        <Show when=move || editing.with(Option::is_none)>
            <button type="button" class="primary no-print" data-testid="non-recording-new" on:click=move |_| {
                saved.set(false);
                editing.set(Some((NonRecordingFinding::default(), None)));
            }>{text.new_finding}</button>
        </Show>
        {move || editing.get().map(|(initial, amends)| view! { <FindingForm initial=initial amends=amends done=done /> })}
        {move || {
            let groups = groups.get();
            if groups.is_empty() {
                return view! { <p data-testid="non-recording-empty">{text.empty}</p> }.into_any();
            }
            groups.into_iter().map(|group| view! {
                <section class="card" data-testid="non-recording-handler">
                    <h2>{(text.handler_heading)(&group.handler, group.findings.len())}</h2>
                    {group.findings.into_iter().enumerate().map(|(i, (step, outcome))| {
                        let sanction = outcome.handler_sanction.map_or(text.no_sanction, |s| s.label());
                        view! {
                            <RecordedStep step=step on_amend=on_amend />
                            <p data-testid="non-recording-outcome"><strong>{(text.nth)(i + 1)}</strong>{sanction}
                                {outcome.supervisor_liable.then_some(text.supervisor_liable)}</p>
                            <details><summary>{text.reasoning}</summary><ExplanationSteps explanation=outcome.explanation /></details>
                        }
                    }).collect_view()}
                </section>
            }).collect_view().into_any()
        }}
    }
}

/// The form of a new finding, or of an amendment.
#[component]
fn FindingForm(
    initial: NonRecordingFinding,
    amends: Option<EventHash>,
    done: Callback<Option<EventHash>>,
) -> impl IntoView {
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().case_files;
    let finding = RwSignal::new(initial);
    let reason = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let saving = RwSignal::new(false);
    // How many saves have ended (the e2e page objects wait for it to change).
    let attempts = RwSignal::new(0u32);
    let save = move |_| {
        if saving.get_untracked() {
            return;
        }
        saving.set(true);
        let entry = NonRecordingEntry { amends, reason: reason.get_untracked(), finding: finding.get_untracked() };
        spawn_local(async move {
            match legal.record_non_recording(entry).await {
                Ok(hash) => done.run(Some(hash)),
                Err(AppendError::CaseFileRefused(list)) => {
                    errors.try_set(list);
                }
                Err(other) => {
                    errors.try_set(vec![FieldError::new("", other.to_string())]);
                }
            }
            saving.try_set(false);
            attempts.try_update(|n| *n += 1);
        });
    };
    view! {
        <form class="card step-form" novalidate data-testid="step-form" data-attempts=move || attempts.get() on:submit=|ev| ev.prevent_default()>
            <Show when=move || errors.with(|e| !e.is_empty())>
                <div class="error-summary" role="alert" data-testid="step-errors">
                    <p><strong>{text.errors_heading}</strong></p>
                    <ul>{move || errors.get().into_iter().map(|e| view! { <li>{e.message}</li> }).collect_view()}</ul>
                </div>
            </Show>
            <PlainFields step=finding errors=errors />
            {amends.map(|_| view! {
                <div class="field">
                    <label for="cf-reason">{text.reason_label}</label>
                    <textarea id="cf-reason" data-testid="cf-reason" aria-describedby="cf-reason-error"
                        prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                    <p class="error" id="cf-reason-error">{move || errors.with(|e| error_on(e, "amend_reason"))}</p>
                </div>
            })}
            <div class="form-actions">
                <button type="button" class="primary" data-testid="step-save" disabled=move || saving.get() on:click=save>{text.save}</button>
                " "
                <button type="button" data-testid="step-cancel" on:click=move |_| done.run(None)>{text.cancel}</button>
            </div>
        </form>
    }
}
