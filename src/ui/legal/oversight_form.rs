//! The form of an entry of 法治科's R2 oversight (a follow-up step, an Art. 13 finding, an Art. 9, 12 report): its
//! plain fields, the reason of an amendment, the error summary, saving to 法治科's journal.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::case_file::{FieldError, FiledStep};
use crate::follow_up::LegalEntry;
use crate::form_fields::PlainForm;
use crate::i18n::strings;
use crate::journal::EventHash;
use crate::ui::components::{PlainFields, StepErrors, error_on};
use crate::ui::journal_state::LegalJournal;

/// Which form an oversight page has open (a value and the version it amends), and whether the last one was saved.
pub struct OversightEditing<T: Send + Sync + 'static> {
    /// The open form's starting value and amended version, if a form is open.
    pub editing: RwSignal<Option<(T, Option<EventHash>)>>,
    /// Whether the last form closed by saving.
    pub saved: RwSignal<bool>,
}

impl<T: Send + Sync + 'static> Clone for OversightEditing<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for OversightEditing<T> {}

impl<T: Clone + Send + Sync + 'static> OversightEditing<T> {
    /// No form open.
    pub fn new() -> Self {
        OversightEditing { editing: RwSignal::new(None), saved: RwSignal::new(false) }
    }

    /// Opens the form of `value`, amending `amends` if given.
    pub fn open(self, value: T, amends: Option<EventHash>) {
        self.saved.set(false);
        self.editing.set(Some((value, amends)));
    }

    /// Opens the amendment of a recorded step's latest version.
    pub fn on_amend(self) -> Callback<FiledStep<T>> {
        Callback::new(move |step: FiledStep<T>| self.open(step.current().clone(), Some(step.latest().author.hash)))
    }

    /// Closes the form, saved (with the event's hash) or cancelled.
    pub fn on_done(self) -> Callback<Option<EventHash>> {
        Callback::new(move |result: Option<EventHash>| {
            self.saved.set(result.is_some());
            self.editing.set(None);
        })
    }
}

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
                Err(error) => {
                    errors.try_set(error.into_field_errors());
                }
            }
            saving.try_set(false);
            attempts.try_update(|n| *n += 1);
        });
    };
    view! {
        <form class="card step-form" novalidate data-testid="step-form" data-attempts=move || attempts.get() on:submit=|ev| ev.prevent_default()>
            <StepErrors errors=errors />
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
