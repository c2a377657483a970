//! Which single answer, if different, would change the verdict, and to what: shown under the form's preview while
//! recording and in the verdict panel (officer and 法治科's register).

use leptos::prelude::*;

use crate::i18n::strings;
use crate::rules::r2::VerdictChange;

/// The list of verdict-changing answers, or a line saying no single answer changes the verdict.
#[component]
pub fn VerdictChanges(changes: Vec<VerdictChange>, test_id: &'static str) -> impl IntoView {
    let text = &strings().officer_area.verdict;
    if changes.is_empty() {
        return view! { <p class="hint" data-testid=test_id>{text.no_change}</p> }.into_any();
    }
    let items = changes
        .iter()
        .map(|c| view! { <li>{(text.change)(&c.actual, &c.changed, &c.verdict.label())}</li> })
        .collect_view();
    view! { <ul class="changes" data-testid=test_id>{items}</ul> }.into_any()
}
