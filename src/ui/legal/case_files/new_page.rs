//! 新立案: the intake form of a new wrong-case file.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::gate::LegalJournalGate;
use super::step_editor::StepEditor;
use crate::case_file::{CaseStep, Intake};
use crate::i18n::strings;
use crate::web::case_step_drafts::draft_key;

/// The new file's page, for `/legal/cases/new`.
#[component]
pub fn NewCaseFilePage() -> impl IntoView {
    let text = &strings().case_files;
    let navigate = use_navigate();
    let done = Callback::new(move |saved: Option<crate::journal::EventHash>| match saved {
        Some(id) => navigate(&format!("/legal/cases/{id}"), Default::default()),
        None => navigate("/legal/cases", Default::default()),
    });
    view! {
        <section data-testid="case-file-new-page">
            <p class="breadcrumb no-print"><a href="/legal">{strings().nav.legal}</a>" / "<a href="/legal/cases">{text.title}</a>" / "{text.new_file}</p>
            <h1>{text.new_title}</h1>
            <LegalJournalGate>
                <StepEditor file=None initial=CaseStep::Intake(Intake::default()) draft_key=draft_key("new") done=done />
            </LegalJournalGate>
        </section>
    }
}
