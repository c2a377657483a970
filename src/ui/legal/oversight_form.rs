//! The form of an entry of 法治科's R2 oversight (a follow-up step, an Art. 13 finding, an Art. 9, 12 report): its
//! plain fields, the reason of an amendment, the error summary, saving to 法治科's journal.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::case_file::FieldError;
use crate::follow_up::LegalEntry;
use crate::form_fields::PlainForm;
use crate::i18n::strings;
use crate::journal::{AppendError, EventHash};
use crate::ui::components::{PlainFields, error_on};
use crate::ui::journal_state::LegalJournal;

/// The form of a new entry, or of an amendment of one; `wrap` makes the saved value the journal's entry.
#[component]
pub fn OversightForm<T>(
    initial: T,
    amends: Option<EventHash>,
    done: Callback<Option<EventHash>>,
    wrap: Callback<(T, Option<EventHash>, String), LegalEntry>,
) -> impl IntoView
where
    T: PlainForm + Clone + Send + Sync + 'static,
{
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().case_files;
    let value = RwSignal::new(initial);
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
        let entry = wrap.run((value.get_untracked(), amends, reason.get_untracked()));
        spawn_local(async move {
            match legal.record_legal_entry(entry).await {
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
            <PlainFields step=value errors=errors />
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
