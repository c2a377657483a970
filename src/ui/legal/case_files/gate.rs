//! Opens 法治科's own journal when one of its pages is first shown, and shows the page once it is read and verified
//! (or says why it could not be opened).

use leptos::prelude::*;

use crate::i18n::strings;
use crate::ui::journal_state::{JournalStatus, LegalJournal};

/// The page's content once 法治科's journal is open; its integrity line above it.
#[component]
pub fn LegalJournalGate(children: ChildrenFn) -> impl IntoView {
    let legal = LegalJournal::opened();
    let text = &strings().case_files;
    let status = move || legal.status.get();
    view! {
        {move || match status() {
            JournalStatus::Opening => view! { <p role="status" data-testid="legal-journal-opening">{text.opening}</p> }.into_any(),
            JournalStatus::Failed(error) => view! { <p class="alarm" role="alert" data-testid="legal-journal-failed">{(text.open_failed)(&error)}</p> }.into_any(),
            JournalStatus::Ready => {
                let issues = legal.issues().len();
                let steps = legal.case_files().files.iter().map(|f| f.steps.len()).sum::<usize>();
                if issues > 0 {
                    view! { <p class="alarm" role="alert" data-testid="legal-journal-integrity">{(text.tampered)(issues)}</p> }.into_any()
                } else {
                    view! { <p class="hint" role="status" data-testid="legal-journal-integrity">{(text.verified)(steps)}</p> }.into_any()
                }
            }
        }}
        <Show when=move || legal.status.with(|s| *s == JournalStatus::Ready)>{children()}</Show>
    }
}
