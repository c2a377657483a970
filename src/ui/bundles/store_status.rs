//! The merged store's status line on every 法治科 bundle page: loading, load errors, how much space it uses, and
//! stored entries that could not be read; and, once until acknowledged, that the browser does not keep the data
//! persistently, with a button to ask again.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::merged_state::{LoadState, MergedState};
use crate::i18n::strings;
use crate::ui::state::AppState;
use crate::web::storage_manager::request_persistence;

/// The legal-section user's name (who imports, decides, merges).
pub fn user_name() -> String {
    expect_context::<AppState>()
        .profile
        .with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default())
}

/// Starts loading the merged store if needed and shows its status.
#[component]
pub fn StoreStatus() -> impl IntoView {
    let text = &strings().bundles.store;
    let merged = expect_context::<MergedState>();
    merged.ensure_loaded();
    let issues = Memo::new(move |_| merged.with(|store| store.issues().len()));
    view! {
        <div class="store-status" data-testid="merged-status">
            {move || match merged.load.get() {
                LoadState::Idle | LoadState::Loading => {
                    view! { <p role="status" data-testid="merged-loading">{text.loading}</p> }.into_any()
                }
                LoadState::Failed(error) => view! { <p class="alarm" role="alert" data-testid="merged-error">{error}</p> }.into_any(),
                LoadState::Ready => view! { <p class="hint" data-testid="merged-ready">{move || merged.with(|s| (text.ready)(&s.event_count(), s.imports().count()))}</p> }.into_any(),
            }}
            // Said once, with what can be done about it, until the person acknowledges it.
            {move || (merged.persisted.get() == Some(false) && !merged.persistence_notice_dismissed.get()).then(|| view! {
                <div class="notice-inline" role="status" data-testid="persistence-notice">
                    <p>{text.not_persisted}</p>
                    <p>
                        <button type="button" data-testid="persistence-retry"
                            on:click=move |_| spawn_local(async move { merged.persisted.set(request_persistence().await) })>
                            {text.persist_retry}
                        </button>
                        " "
                        <button type="button" data-testid="persistence-dismiss"
                            on:click=move |_| merged.persistence_notice_dismissed.set(true)>
                            {text.persist_dismiss}
                        </button>
                    </p>
                </div>
            })}
            <p class="hint" data-testid="persistence-status">{move || merged.storage.get().map(|s| (text.usage)(&s.describe()))}</p>
            {move || (issues.get() > 0).then(|| view! {
                <p class="alarm" role="alert" data-testid="merged-issues">
                    {(text.issues)(issues.get())}
                </p>
            })}
        </div>
    }
}
