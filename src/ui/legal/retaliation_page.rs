//! 打击报复报告 (R2 Art. 9, 12): reports that a handler who recorded interference was retaliated against, each with
//! the engine's finding once every fact it needs is established, and 法治科's notes on protecting the recorder.

use leptos::prelude::*;

use super::case_files::{LegalJournalGate, RecordedStep, ShownStep};
use super::oversight_form::{OversightEditing, OversightForm};
use crate::follow_up::{LegalEntry, RetaliationEntry, RetaliationReport};
use crate::i18n::strings;
use crate::journal::EventHash;
use crate::ui::components::ExplanationSteps;
use crate::ui::journal_state::LegalJournal;

/// The journal entry of a saved report form.
fn wrap_report((report, amends, reason): (RetaliationReport, Option<EventHash>, String)) -> LegalEntry {
    LegalEntry::Retaliation(RetaliationEntry { amends, reason, report })
}

impl ShownStep for RetaliationReport {
    fn title(&self) -> String {
        format!("{}：{}", self.recorder.trim(), self.measure.label())
    }
}

/// The page, for `/legal/retaliation`.
#[component]
pub fn RetaliationPage() -> impl IntoView {
    let all = strings();
    let text = &all.follow_up.retaliation;
    view! {
        <section data-testid="retaliation-page">
            <p class="breadcrumb no-print"><a href="/legal">{all.nav.legal}</a>" / "{text.title}</p>
            <h1>{text.title}</h1>
            <p class="lead">{text.intro}</p>
            <LegalJournalGate><Reports /></LegalJournalGate>
        </section>
    }
}

#[component]
fn Reports() -> impl IntoView {
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().follow_up.retaliation;
    let reports = Memo::new(move |_| legal.retaliation_reports());
    let form = OversightEditing::<RetaliationReport>::new();
    let (editing, saved, on_amend, done) = (form.editing, form.saved, form.on_amend(), form.on_done());
    view! {
        <p class="notice-inline" role="status" data-testid="retaliation-saved">{move || saved.get().then_some(text.saved)}</p>
        <Show when=move || editing.with(Option::is_none)>
            <button type="button" class="primary no-print" data-testid="retaliation-new" on:click=move |_| form.open(RetaliationReport::default(), None)>{text.new_report}</button>
        </Show>
        {move || editing.get().map(|(initial, amends)| view! { <OversightForm initial=initial amends=amends done=done wrap=Callback::new(wrap_report) /> })}
        {move || {
            let reports = reports.get();
            if reports.is_empty() {
                return view! { <p data-testid="retaliation-empty">{text.empty}</p> }.into_any();
            }
            reports.into_iter().map(|step| {
                let outcome = step.current().outcome();
                view! {
                    <section class="card" data-testid="retaliation-report">
                        <RecordedStep step=step on_amend=on_amend />
                        {match outcome {
                            Some(outcome) => view! {
                                <p data-testid="retaliation-verdict"><strong>{text.finding}</strong>{outcome.verdict.label()}</p>
                                <details><summary>{text.reasoning}</summary><ExplanationSteps explanation=outcome.explanation /></details>
                            }.into_any(),
                            None => view! { <p data-testid="retaliation-verdict"><strong>{text.finding}</strong>{text.not_established}</p> }.into_any(),
                        }}
                    </section>
                }
            }).collect_view().into_any()
        }}
    }
}
