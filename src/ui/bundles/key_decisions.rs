//! Files held for their device key: a device's first file (no key confirmed for it yet), or a file whose key
//! differs from the confirmed one (a possible forgery). A person compares the fingerprint, shown large, with the one
//! on the officer's 设置 page (or a printed enrolment slip), and confirms or rejects it, with their name and a note.
//! Nothing of a held file is merged before that. The decisions taken are listed below, with who and when.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::key_fingerprint::KeyFingerprint;
use super::merged_state::MergedState;
use super::store_status::user_name;
use crate::bundle::{
    KeyDecision, KeyQuestion, MergedStore, PinSource, QuarantineEntry, key_question, prepare_key_decision,
};
use crate::i18n::strings;
use crate::web::clock::now;

/// A held file awaiting a decision, with the question it asks as the store stands now (or why it cannot be read).
#[derive(Debug, Clone, PartialEq)]
struct Held {
    entry: QuarantineEntry,
    question: Result<KeyQuestion, String>,
}

/// Every decision taken, newest first, each in one Chinese line.
fn history(store: &MergedStore) -> Vec<String> {
    let common = &strings().bundles;
    let text = &common.key_decisions;
    store
        .decisions()
        .into_iter()
        .map(|(entry, decision)| {
            let fingerprint = || {
                store
                    .pins()
                    .find(|p| matches!(&p.source, PinSource::Decision { quarantine_id } if *quarantine_id == entry.id))
                    .map(|p| p.public_key)
                    .or_else(|| key_question(store, entry).ok().map(|q| q.presented))
                    .map_or_else(|| "—".to_string(), |k| k.fingerprint())
            };
            let said = match (decision.accept, entry.is_first_key()) {
                (false, _) => text.history_rejected.to_string(),
                (true, true) => (text.history_confirmed_first)(&fingerprint()),
                (true, false) => (text.history_accepted)(&fingerprint()),
            };
            let at_by = (common.at_by)(&decision.decided_at.format("%Y-%m-%d %H:%M"), &decision.decided_by);
            (text.history_item)(&entry.file_name, &said, &at_by, &decision.note)
        })
        .collect()
}

/// Every held file awaiting a decision, each with its decision form, then the decisions taken.
#[component]
pub fn KeyDecisions() -> impl IntoView {
    let text = &strings().bundles.key_decisions;
    let merged = expect_context::<MergedState>();
    let awaiting = Memo::new(move |_| {
        merged.with(|s| {
            s.awaiting_decision()
                .into_iter()
                .map(|entry| Held { entry: entry.clone(), question: key_question(s, entry).map_err(|e| e.to_string()) })
                .collect::<Vec<Held>>()
        })
    });
    let taken = Memo::new(move |_| merged.with(history));
    // Outside the forms: a decided file leaves the list, its outcome stays shown.
    let outcome = RwSignal::new(None::<String>);
    view! {
        <section class="card" data-testid="key-decisions" aria-labelledby="key-decisions-heading">
            <h2 id="key-decisions-heading">{text.heading}</h2>
            <p class="hint">{text.hint}</p>
            {move || {
                let held = awaiting.get();
                if held.is_empty() {
                    view! { <p data-testid="key-decisions-empty">{text.empty}</p> }.into_any()
                } else {
                    held.into_iter().map(|held| view! { <KeyDecisionForm held=held outcome=outcome /> }).collect_view().into_any()
                }
            }}
            <p role="status" data-testid="key-decision-outcome">{move || outcome.get()}</p>
            <h3>{text.history_heading}</h3>
            {move || {
                let lines = taken.get();
                if lines.is_empty() {
                    view! { <p class="hint" data-testid="key-decision-history-empty">{text.history_empty}</p> }.into_any()
                } else {
                    view! {
                        <ul data-testid="key-decision-history">
                            {lines.into_iter().map(|line| view! { <li class="preserve" data-testid="key-decision-record">{line}</li> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// The key a held file presents, large, with what to compare it with; or why it cannot be shown.
#[component]
fn KeyToCompare(question: Result<KeyQuestion, String>) -> impl IntoView {
    let text = &strings().bundles.key_decisions;
    match question {
        Ok(question) => {
            let heading = if question.is_first_key() { text.first_key_heading } else { text.mismatch_heading };
            let confirmed = question
                .confirmed()
                .map(|pin| (text.already_confirmed)(&pin.pinned_by, &pin.pinned_at.format("%Y-%m-%d %H:%M")));
            view! {
                <div class="key-check" data-testid="key-decision-key">
                    <h3 data-testid="key-decision-heading">{heading}</h3>
                    <p>{text.fingerprint}</p>
                    <KeyFingerprint public_key=question.presented testid="key-decision-fingerprint" />
                    <p>{(text.compare)(&question.officer, &question.device)}</p>
                    {confirmed.map(|line| view! { <p class="ok">{line}</p> })}
                </div>
            }
            .into_any()
        }
        Err(error) => view! { <p class="alarm" role="alert">{(text.unreadable)(&error)}</p> }.into_any(),
    }
}

/// The decision on one held file.
#[component]
fn KeyDecisionForm(held: Held, outcome: RwSignal<Option<String>>) -> impl IntoView {
    let common = &strings().bundles;
    let text = &common.key_decisions;
    let merged = expect_context::<MergedState>();
    let Held { entry, question } = held;
    let first_key = question.as_ref().is_ok_and(KeyQuestion::is_first_key);
    let choice = RwSignal::new(None::<bool>);
    let name = RwSignal::new(user_name());
    let note = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let id = entry.id.clone();
    let file_name = entry.file_name.clone();
    let (accept_id, reject_id) = (format!("accept-{id}"), format!("reject-{id}"));
    let (name_id, note_id) = (format!("name-{id}"), format!("note-{id}"));
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
            decided_by: name.get_untracked().trim().to_string(),
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
                    None if first_key => (text.confirmed_first)(prepared.preview.added.events),
                    None => (text.accepted)(prepared.preview.added.events),
                    Some(refusal) => (text.accepted_not_merged)(&refusal.describe()),
                },
            };
            outcome.set(Some((common.named)(&file_name, &said)));
        });
    };
    let reason = (!first_key).then(|| view! { <p class="preserve">{entry.reason.clone()}</p> });
    view! {
        <form class="decision" on:submit=submit novalidate data-testid="key-decision">
            <p><strong data-testid="key-decision-file">{entry.file_name.clone()}</strong>
                <span class="hint">{(text.received)(&entry.received_at.format("%Y-%m-%d %H:%M"), &entry.received_by)}</span></p>
            <KeyToCompare question=question />
            {reason}
            <fieldset class="choices">
                <legend>{text.legend}</legend>
                <div class="check">
                    <input type="radio" id=accept_id.clone() name=group.clone() data-testid="key-decision-accept" on:change=move |_| choice.set(Some(true)) />
                    <label for=accept_id>{if first_key { text.confirm_first } else { text.accept }}</label>
                </div>
                <div class="check">
                    <input type="radio" id=reject_id.clone() name=group data-testid="key-decision-reject" on:change=move |_| choice.set(Some(false)) />
                    <label for=reject_id>{if first_key { text.reject_first } else { text.reject }}</label>
                </div>
            </fieldset>
            <div class="field">
                <label for=name_id.clone()>{text.name}</label>
                <input type="text" id=name_id data-testid="key-decision-name" autocomplete="name" bind:value=name />
            </div>
            <div class="field">
                <label for=note_id.clone()>{text.note}</label>
                <textarea id=note_id data-testid="key-decision-note" bind:value=note></textarea>
            </div>
            <button type="submit" data-testid="key-decision-submit" disabled=move || merged.writing.get()>{text.submit}</button>
            <p role="status" data-testid="key-decision-message">{move || message.get()}</p>
        </form>
    }
}
