//! 不记录认定 (R2 Art. 13): 法治科's confirmed findings that a handler did not record, or did not record truthfully,
//! grouped by handler, each with what the engine says follows from how many findings that handler has.

use leptos::prelude::*;

use super::case_files::{LegalJournalGate, RecordedStep, ShownStep};
use super::oversight_form::{OversightEditing, OversightForm};
use crate::follow_up::{LegalEntry, NonRecordingEntry, NonRecordingFinding, by_handler};
use crate::i18n::strings;
use crate::journal::EventHash;
use crate::ui::components::ExplanationSteps;
use crate::ui::journal_state::LegalJournal;
use crate::ui::state::AppState;

/// The journal entry of a saved finding form.
fn wrap_finding((finding, amends, reason): (NonRecordingFinding, Option<EventHash>, String)) -> LegalEntry {
    LegalEntry::NonRecording(NonRecordingEntry { amends, reason, finding })
}

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
    let form = OversightEditing::<NonRecordingFinding>::new();
    let (editing, saved, on_amend, done) = (form.editing, form.saved, form.on_amend(), form.on_done());
    view! {
        <p class="notice-inline" role="status" data-testid="non-recording-saved">{move || saved.get().then_some(text.saved)}</p>
        <Show when=move || editing.with(Option::is_none)>
            <button type="button" class="primary no-print" data-testid="non-recording-new" on:click=move |_| form.open(NonRecordingFinding::default(), None)>{text.new_finding}</button>
        </Show>
        {move || editing.get().map(|(initial, amends)| view! { <OversightForm initial=initial amends=amends done=done wrap=Callback::new(wrap_finding) /> })}
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
