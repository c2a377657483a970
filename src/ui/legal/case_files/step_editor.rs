//! One step's form: its plain fields, the findings' worksheet or the decision's rows, the reason of an amendment, an
//! error summary, and saving to 法治科's journal. What is typed is autosaved as a draft until it is saved.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::decision_rows::DecisionRows;
use super::findings_editor::FindingsEditor;
use crate::case_file::{CaseFile, CaseFileEntry, CaseStep, FieldError};
use crate::i18n::strings;
use crate::journal::EventHash;
use crate::ui::components::{PlainFields, StepErrors, error_on};
use crate::ui::journal_state::LegalJournal;
use crate::ui::state::AppState;
use crate::web::case_step_drafts::{StepDraft, clear_draft, load_draft, save_draft};

/// The form of `initial` for `file` (`None`: a new file's 立案), amending `amends` if given. `done` is called with
/// the saved event's hash, or `None` when the form is cancelled.
#[component]
pub fn StepEditor(
    file: Option<CaseFile>,
    initial: CaseStep,
    #[prop(default = None)] amends: Option<EventHash>,
    draft_key: String,
    done: Callback<Option<EventHash>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().case_files;
    let restored = load_draft(&draft_key).ok().flatten().filter(|d| d.step.same_kind(&initial));
    let was_restored = restored.is_some();
    let (step0, reason0) = restored.map(|d| (d.step, d.reason)).unwrap_or((initial, String::new()));
    let step = RwSignal::new(step0);
    let reason = RwSignal::new(reason0);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let draft_error = RwSignal::new(None::<String>);
    let saving = RwSignal::new(false);
    // How many saves have ended (the e2e page objects wait for it to change).
    let attempts = RwSignal::new(0u32);
    let key = StoredValue::new(draft_key);
    Effect::new(move |first: Option<()>| {
        let draft = StepDraft { step: step.get(), reason: reason.get() };
        if first.is_some() {
            let saved = key.with_value(|k| save_draft(k, &draft));
            draft_error.set(saved.err().map(|e| (text.draft_not_saved)(&e.to_string())));
        }
    });
    let file_id = file.as_ref().map(|f| f.id);
    let save = move |_| {
        if saving.get_untracked() {
            return;
        }
        saving.set(true);
        let entry = CaseFileEntry { file: file_id, amends, reason: reason.get_untracked(), step: step.get_untracked() };
        let readings = state.readings.get_untracked();
        spawn_local(async move {
            match legal.record_case_step(entry, readings).await {
                Ok(hash) => {
                    key.with_value(|k| clear_draft(k).ok());
                    done.run(Some(hash));
                }
                Err(error) => {
                    errors.try_set(error.into_field_errors());
                }
            }
            saving.try_set(false);
            attempts.try_update(|n| *n += 1);
        });
    };
    let cancel = move |_| {
        key.with_value(|k| clear_draft(k).ok());
        done.run(None);
    };
    let kind = step.with_untracked(|s| s.clone());
    let special = match &kind {
        CaseStep::Findings(_) => file.clone().map(|file| view! { <FindingsEditor step=step file=file /> }.into_any()),
        CaseStep::Decision(_) => {
            file.clone().map(|file| view! { <DecisionRows step=step errors=errors file=file /> }.into_any())
        }
        _ => None,
    };
    view! {
        <form class="card step-form" novalidate data-testid="step-form" data-attempts=move || attempts.get() on:submit=|ev| ev.prevent_default()>
            <h3>{kind.label()}</h3>
            {was_restored.then(|| view! { <p class="notice-inline" role="status" data-testid="step-draft-restored">{text.draft_restored}</p> })}
            <StepErrors errors=errors />
            <p class="error" role="alert" data-testid="step-draft-error">{move || draft_error.get()}</p>
            <PlainFields step=step errors=errors />
            {special}
            {amends.map(|_| view! {
                <div class="field">
                    <label for="cf-reason">{text.reason_label}</label>
                    <textarea id="cf-reason" data-testid="cf-reason" aria-describedby="cf-reason-error"
                        prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev))></textarea>
                    <p class="error" id="cf-reason-error" data-testid="cf-reason-error">{move || errors.with(|e| error_on(e, "amend_reason"))}</p>
                </div>
            })}
            <div class="form-actions">
                <button type="button" class="primary" data-testid="step-save" disabled=move || saving.get() on:click=save>{text.save}</button>
                " "
                <button type="button" data-testid="step-cancel" on:click=cancel>{text.cancel}</button>
            </div>
        </form>
    }
}
