//! A stored draft that could not be used, said in plain Chinese: what became of it and what to do. The storage
//! keys and the parser's message only appear under 技术信息.

use leptos::prelude::*;

use crate::i18n::strings;
use crate::web::draft_store::DraftProblem;
use crate::web::json_store::JsonStoreError;

/// The notice for `problem`: about this form's own draft (`own`) or one of the other drafts.
#[component]
pub fn DraftNotice(problem: DraftProblem, own: bool) -> impl IntoView {
    let text = &strings().officer_area.drafts;
    let body = match problem.error {
        JsonStoreError::Corrupt { reason, quarantined_as } => view! {
            <p>{if own { text.own_corrupt } else { text.other_corrupt }} {text.corrupt_kept}</p>
            <details data-testid="draft-problem-details">
                <summary>{text.technical}</summary>
                <p>{(text.technical_key)(&problem.key)}</p>
                <p>{(text.technical_quarantine)(&quarantined_as)}</p>
                <p>{(text.technical_reason)(&reason)}</p>
            </details>
        }
        .into_any(),
        JsonStoreError::Store(error) => view! { <p>{(text.unreadable)(&error)}</p> }.into_any(),
    };
    view! { <div class="notice-inline draft-problem" role="status" data-testid="draft-problem">{body}</div> }
}
