//! When this browser also holds an officer journal (one browser used for both roles), its events can be brought
//! into the merged store, losing nothing: what verifies and fits is merged, everything else under the journal's
//! keys is copied into the quarantine byte for byte, and the officer journal is left as it was.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::merged_state::MergedState;
use super::store_status::user_name;
use crate::bundle::prepare_browser_migration;
use crate::i18n::strings;
use crate::journal::keys::{EVENT_PREFIX, QUARANTINE_PREFIX};
use crate::ui::journal_state::JournalState;
use crate::web::clock::now;

/// The migration offer; nothing is shown when this browser holds no officer journal (once it has been read).
#[component]
pub fn MigrationSection() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    move || {
        journal
            .stored_entries()
            .filter(|entries| {
                entries.iter().any(|(k, _)| k.starts_with(EVENT_PREFIX) || k.starts_with(QUARANTINE_PREFIX))
            })
            .map(|entries| view! { <MigrationOffer entries=entries /> })
    }
}

/// The offer for the officer journal's stored entries (events and its quarantine; other keys are ignored).
#[component]
fn MigrationOffer(entries: Vec<(String, String)>) -> impl IntoView {
    let common = &strings().bundles;
    let text = &common.migration;
    let merged = expect_context::<MergedState>();
    let by = user_name();
    let events = entries.iter().filter(|(k, _)| k.starts_with(EVENT_PREFIX)).count();
    let outcome = {
        let by = by.clone();
        Memo::new(move |_| merged.with(|s| (prepare_browser_migration(s, &entries, &by, now()), s.revision())))
    };
    let message = RwSignal::new(None::<String>);
    let migrate = move |_| {
        let (outcome, at) = outcome.get_untracked();
        spawn_local(async move {
            let said = match merged.commit(&outcome.plan, at).await {
                Ok(()) => (text.done)(outcome.added.events, outcome.quarantined.len()),
                Err(error) => error,
            };
            message.set(Some(said));
        });
    };
    view! {
        <section class="card" data-testid="migration-section" aria-labelledby="migration-heading">
            <h2 id="migration-heading">{text.heading}</h2>
            <p>{(text.found)(events)}</p>
            {move || {
                let (outcome, _) = outcome.get();
                if outcome.plan.is_empty() {
                    return view! { <p class="ok" data-testid="migration-done">{text.all_merged}</p> }.into_any();
                }
                view! {
                    <p data-testid="migration-preview">{(text.preview)(
                        outcome.added.events, outcome.added.duplicates, outcome.quarantined.len()
                    )}</p>
                    {(!outcome.quarantined.is_empty()).then(|| view! {
                        <ul>{outcome.quarantined.iter().map(|(key, reason)| view! { <li>{(common.named)(key, reason)}</li> }).collect_view()}</ul>
                    })}
                    <button type="button" class="primary" data-testid="migration-commit" disabled=move || merged.writing.get() on:click=migrate>{text.commit}</button>
                }.into_any()
            }}
            <p role="status" data-testid="migration-message">{move || message.get()}</p>
        </section>
    }
    .into_any()
}
