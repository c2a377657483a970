//! 处理决定书（草稿）: the decision document of one file, laid out for A4 printing (草稿 until the decision is
//! recorded).

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::gate::LegalJournalGate;
use crate::case_file::{Document, decision_document};
use crate::i18n::strings;
use crate::journal::EventHash;
use crate::ui::journal_state::LegalJournal;
use crate::ui::state::AppState;

/// The document page, for `/legal/cases/:id/decision`.
#[component]
pub fn DecisionDocumentPage() -> impl IntoView {
    let params = use_params_map();
    let state = expect_context::<AppState>();
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().case_files;
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<EventHash>().ok())));
    let document = Memo::new(move |_| {
        let file = legal.case_files().file(&id.get()?).cloned()?;
        Some(state.readings.with(|r| decision_document(&file, r)))
    });
    view! {
        <section data-testid="decision-document-page">
            <p class="breadcrumb no-print">
                <a href="/legal">{strings().nav.legal}</a>" / "<a href="/legal/cases">{text.title}</a>" / "
                {move || id.get().map(|id| view! { <a href=format!("/legal/cases/{id}")>{text.back_to_file}</a> })}
            </p>
            <LegalJournalGate>
                {move || match document.get() {
                    None => view! { <p class="alarm" role="alert">{text.not_found}</p> }.into_any(),
                    Some(document) => view! { <DocumentView document=document /> }.into_any(),
                }}
            </LegalJournalGate>
        </section>
    }
}

/// A document laid out for A4 printing, with its print button (草稿 marked).
#[component]
pub fn DocumentView(document: Document) -> impl IntoView {
    let text = &strings().case_files;
    view! {
        <p class="no-print">
            <button type="button" class="primary" data-testid="document-print" on:click=move |_| { web_sys::window().map(|w| w.print()); }>{text.print}</button>
        </p>
        <article class="document" data-testid="decision-document">
            {document.draft.then(|| view! { <p class="draft-mark" data-testid="document-draft">{text.draft_mark}</p> })}
            <h1>{document.title}</h1>
            <p class="document-number">{document.number}</p>
            {document.sections.into_iter().map(|s| view! {
                <section class="document-section">
                    <h2>{s.heading}</h2>
                    {s.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                </section>
            }).collect_view()}
            <p class="document-date">{document.dated}</p>
        </article>
    }
}
