//! 修改记录: a new full version of a record, with a required reason. Nothing is edited in place; with
//! concurrent versions, the new version replaces (merges) all of them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::editor::Editor;
use super::error_summary::{ErrorSummary, SavingStatus};
use super::record_form::RecordFields;
use crate::i18n::strings;
use crate::journal::{EventHash, RecordState};
use crate::record::RecordForm;
use crate::record::drafts::amend_slot;
use crate::ui::components::TextAreaField;
use crate::ui::journal_state::JournalState;
use crate::web::draft_store::clear_draft;

/// The amendment page, for `/officer/record/:id/amend`.
#[component]
pub fn AmendRecordPage() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").and_then(|id| id.parse::<EventHash>().ok()));
    let state = id.and_then(|id| journal.folded.with_untracked(|f| f.record(&id).cloned()));
    let text = &strings().officer_area;
    view! {
        <section data-testid="amend-page">
            <p class="breadcrumb"><a href="/officer">{strings().nav.officer}</a>" / "{text.editor.amend_title}</p>
            {match state {
                Some(state) => view! { <AmendForm state=state /> }.into_any(),
                None => view! { <p class="error" role="alert">{text.record_not_found}</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn AmendForm(state: RecordState) -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let id = state.id;
    let heads = state.heads.clone();
    let initial = state.current().map(|v| RecordForm::from_record(&v.record)).unwrap_or_default();
    let slot = amend_slot(&id);
    let editor = Editor::open(slot.clone(), initial);
    let reason_error = RwSignal::new(None::<&'static str>);
    let saving = RwSignal::new(false);
    let navigate = use_navigate();
    let merging = heads.len() > 1;
    let text = &strings().officer_area.editor;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reason_missing = editor.reason.get_untracked().trim().is_empty();
        reason_error.set(reason_missing.then_some(text.reason_required));
        let Some(record) = editor.validated() else { return };
        if reason_missing {
            editor.refuse(text.reason_missing.into());
            return;
        }
        let (navigate, slot, heads) = (navigate.clone(), slot.clone(), heads.clone());
        editor.message.set(None);
        saving.set(true);
        spawn_local(async move {
            match journal.amend(id, heads, editor.reason.get_untracked(), record).await {
                Ok(_) => {
                    clear_draft(&slot);
                    navigate(&format!("/officer/record/{id}?saved=1"), Default::default());
                }
                Err(error) => {
                    saving.set(false);
                    editor.refuse((text.save_failed)(&error));
                }
            }
        });
    };
    view! {
        <h1>{if merging { text.merge_title } else { text.amend_title }}</h1>
        <p class="lead">{text.amend_intro}</p>
        {merging.then(|| view! { <p class="notice-inline" role="status">{text.merge_notice}</p> })}
        {editor.restored.then(|| view! { <p class="notice-inline" role="status" data-testid="draft-restored">{text.draft_restored}</p> })}
        <form on:submit=submit novalidate data-testid="record-form">
            <RecordFields state=editor.state submit_label=text.save_amended>
                <fieldset class="card">
                    <legend>{text.reason}</legend>
                    <TextAreaField id="amend-reason" label=text.reason value=editor.reason required=true error=reason_error
                        hint=text.reason_hint />
                </fieldset>
                <ErrorSummary editor=editor />
                <SavingStatus saving=saving />
            </RecordFields>
        </form>
    }
}
