//! One wrong-case file: its stages, its clocks, every recorded step with its versions, and the form of the next step
//! or of an amendment.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::clock_list::ClockList;
use super::gate::LegalJournalGate;
use super::step_editor::StepEditor;
use super::step_view::RecordedStep;
use crate::case_file::{CaseFile, CaseStep, FiledStep, Stage, clocks, next_steps, prefill};
use crate::i18n::strings;
use crate::journal::EventHash;
use crate::ui::journal_state::LegalJournal;
use crate::ui::state::AppState;
use crate::web::case_step_drafts::draft_key;
use crate::web::clock::local_now;

/// The form open on the page.
#[derive(Debug, Clone, PartialEq)]
struct Editing {
    initial: CaseStep,
    amends: Option<EventHash>,
    key: String,
}

/// The file's page, for `/legal/cases/:id`.
#[component]
pub fn CaseFilePage() -> impl IntoView {
    let params = use_params_map();
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().case_files;
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<EventHash>().ok())));
    let file = Memo::new(move |_| id.get().and_then(|id| legal.case_files().file(&id).cloned()));
    view! {
        <section data-testid="case-file-page">
            <p class="breadcrumb no-print"><a href="/legal">{strings().nav.legal}</a>" / "<a href="/legal/cases">{text.title}</a></p>
            <LegalJournalGate>
                {move || match file.get() {
                    None => view! { <p class="alarm" role="alert" data-testid="case-file-missing">{text.not_found}</p> }.into_any(),
                    Some(file) => view! { <FileBody file=file /> }.into_any(),
                }}
            </LegalJournalGate>
        </section>
    }
}

/// Everything about one file.
#[component]
fn FileBody(file: CaseFile) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = &strings().case_files;
    let today = local_now().date();
    let editing = RwSignal::new(None::<Editing>);
    let saved = RwSignal::new(false);
    let intake = file.intake().cloned().unwrap_or_default();
    let open_clocks = state.readings.with_untracked(|r| clocks(&file, r, today));
    let reached: Vec<Stage> = file.steps.iter().map(|s| s.current().stage()).collect();
    let file_id = file.id;
    let on_amend = Callback::new(move |step: FiledStep| {
        let version = step.latest().author.hash;
        saved.set(false);
        editing.set(Some(Editing {
            initial: step.current().clone(),
            amends: Some(version),
            key: draft_key(&format!("{file_id}/amend/{version}")),
        }));
    });
    let done = Callback::new(move |result: Option<EventHash>| {
        saved.set(result.is_some());
        editing.set(None);
    });
    let choices = next_steps(&file);
    let chosen = RwSignal::new(0usize);
    let for_next = file.clone();
    let open_next = move |_| {
        let blank = next_steps(&for_next).get(chosen.get_untracked()).cloned();
        if let Some(blank) = blank {
            let key = draft_key(&format!("{}/{}", for_next.id, blank.kind_key()));
            let initial = state.readings.with_untracked(|r| prefill(&for_next, blank, r));
            saved.set(false);
            editing.set(Some(Editing { initial, amends: None, key }));
        }
    };
    let for_editor = file.clone();
    let rounds = file.round();
    view! {
        <h1 data-testid="case-file-number">{file.case_number().to_string()}</h1>
        <p class="lead">{format!("{}；{}；{}", intake.against, intake.enforcement_case, intake.received_on.map(|d| d.to_string()).unwrap_or_default())}</p>
        <p class="no-print"><a href=format!("/legal/cases/{file_id}/decision") data-testid="decision-document-link">{text.print_decision}</a></p>
        <p class="notice-inline" role="status" data-testid="step-saved">{move || saved.get().then_some(text.saved)}</p>
        <section class="card" aria-labelledby="stages-heading">
            <h2 id="stages-heading">{text.stages_heading}</h2>
            <ol class="stage-list" data-testid="stage-list">
                {Stage::ALL.into_iter().map(|stage| {
                    let done = reached.contains(&stage);
                    view! {
                        <li class:done=done data-testid=format!("stage-{}", stage.slug())>
                            {stage.label()}"（"{stage.cite().short_label()}"）："{if done { text.stage_done } else { text.stage_open }}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
        <section class="card" aria-labelledby="clocks-heading">
            <h2 id="clocks-heading">{text.clocks_heading}</h2>
            <ClockList clocks=open_clocks today=today />
        </section>
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{text.history_heading}</h2>
            {(0..=rounds).map(|round| {
                let steps: Vec<FiledStep> = file.steps.iter().filter(|s| s.round == round).cloned().collect();
                view! {
                    {(round > 0).then(|| view! { <h3>{(text.round)(round)}</h3> })}
                    {steps.into_iter().map(|step| view! { <RecordedStep step=step on_amend=on_amend /> }).collect_view()}
                }
            }).collect_view()}
        </section>
        <section class="card no-print" aria-labelledby="next-heading">
            <h2 id="next-heading">{text.next_heading}</h2>
            {if choices.is_empty() {
                view! { <p data-testid="next-none">{text.next_none}</p> }.into_any()
            } else {
                view! {
                    <div class="field">
                        <label for="next-step">{text.next_label}</label>
                        <select id="next-step" data-testid="next-step" on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {choices.iter().enumerate().map(|(i, c)| view! { <option value=i.to_string()>{c.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="button" data-testid="next-open" on:click=open_next>{text.next_open}</button>
                }.into_any()
            }}
        </section>
        {move || editing.get().map(|e| view! {
            <StepEditor file=Some(for_editor.clone()) initial=e.initial amends=e.amends draft_key=e.key done=done />
        })}
    }
}
