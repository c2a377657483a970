//! Files held because their device key differs from the one pinned for the device (a possible forgery): a person
//! checks the key with the device's owner and accepts or rejects it, with a required note. Nothing of a held file
//! is merged before that.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::merged_state::MergedState;
use super::store_status::user_name;
use crate::bundle::{KeyDecision, QuarantineEntry, prepare_key_decision};
use crate::i18n::strings;
use crate::web::clock::now;

/// Every held file awaiting a decision, each with its decision form.
#[component]
pub fn KeyDecisions() -> impl IntoView {
    let text = &strings().bundles.key_decisions;
    let merged = expect_context::<MergedState>();
    let awaiting = Memo::new(move |_| {
        merged.with(|s| s.awaiting_decision().into_iter().cloned().collect::<Vec<QuarantineEntry>>())
    });
    // Outside the forms: a decided file leaves the list, its outcome stays shown.
    let outcome = RwSignal::new(None::<String>);
    view! {
        <section class="card" data-testid="key-decisions" aria-labelledby="key-decisions-heading">
            <h2 id="key-decisions-heading">{text.heading}</h2>
            <p class="hint">{text.hint}</p>
            {move || {
                let entries = awaiting.get();
                if entries.is_empty() {
                    view! { <p data-testid="key-decisions-empty">{text.empty}</p> }.into_any()
                } else {
                    entries.into_iter().map(|entry| view! { <KeyDecisionForm entry=entry outcome=outcome /> }).collect_view().into_any()
                }
            }}
            <p role="status" data-testid="key-decision-outcome">{move || outcome.get()}</p>
        </section>
    }
}

/// The decision on one held file.
#[component]
fn KeyDecisionForm(entry: QuarantineEntry, outcome: RwSignal<Option<String>>) -> impl IntoView {
    let common = &strings().bundles;
    let text = &common.key_decisions;
    let merged = expect_context::<MergedState>();
    let by = user_name();
    let choice = RwSignal::new(None::<bool>);
    let note = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let id = entry.id.clone();
    let file_name = entry.file_name.clone();
    let (accept_id, reject_id, note_id) = (format!("accept-{id}"), format!("reject-{id}"), format!("note-{id}"));
    let group = format!("decision-{id}");
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(accept) = choice.get_untracked() else {
            message.set(Some(text.choose.into()));
            return;
        };
        let decision = KeyDecision {
            quarantine_id: id.clone(),
            accept,
            decided_by: by.clone(),
            decided_at: now(),
            note: note.get_untracked().trim().to_string(),
        };
        let prepared = merged.with_untracked(|s| (prepare_key_decision(s, &decision), s.revision()));
        let (prepared, at) = match prepared {
            (Ok(prepared), at) => (prepared, at),
            (Err(error), _) => {
                message.set(Some(error.to_string()));
                return;
            }
        };
        let file_name = file_name.clone();
        spawn_local(async move {
            let said = match merged.commit(&prepared.plan, at).await {
                Err(error) => {
                    message.set(Some(error));
                    return;
                }
                Ok(()) if !accept => text.rejected.to_string(),
                Ok(()) => match &prepared.preview.error {
                    None => (text.accepted)(prepared.preview.added.events),
                    Some(refusal) => (text.accepted_not_merged)(&refusal.describe()),
                },
            };
            outcome.set(Some((common.named)(&file_name, &said)));
        });
    };
    view! {
        <form class="decision" on:submit=submit novalidate data-testid="key-decision">
            <p><strong data-testid="key-decision-file">{entry.file_name.clone()}</strong>
                <span class="hint">{(text.received)(&entry.received_at.format("%Y-%m-%d %H:%M"), &entry.received_by)}</span></p>
            <p class="preserve">{entry.reason.clone()}</p>
            <fieldset class="choices">
                <legend>{text.legend}</legend>
                <div class="check">
                    <input type="radio" id=accept_id.clone() name=group.clone() data-testid="key-decision-accept" on:change=move |_| choice.set(Some(true)) />
                    <label for=accept_id>{text.accept}</label>
                </div>
                <div class="check">
                    <input type="radio" id=reject_id.clone() name=group data-testid="key-decision-reject" on:change=move |_| choice.set(Some(false)) />
                    <label for=reject_id>{text.reject}</label>
                </div>
            </fieldset>
            <div class="field">
                <label for=note_id.clone()>{text.note}</label>
                <textarea id=note_id data-testid="key-decision-note" bind:value=note></textarea>
            </div>
            <button type="submit" data-testid="key-decision-submit" disabled=move || merged.writing.get()>{text.submit}</button>
            <p role="status" data-testid="key-decision-message">{move || message.get()}</p>
        </form>
    }
}
