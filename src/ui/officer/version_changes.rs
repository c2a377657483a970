//! What an amendment changed, field by field, in a record's history (the officer's record page and 法治科's).

use leptos::prelude::*;

use crate::i18n::strings;
use crate::record::FieldChange;

/// The changed fields of one version, as "地点：A → B" lines; nothing for a version that changed none.
#[component]
pub fn VersionChanges(changes: Vec<FieldChange>, test_id: &'static str) -> impl IntoView {
    let text = &strings().officer_area.detail;
    (!changes.is_empty()).then(|| {
        view! {
            <ul class="changes" data-testid=test_id aria-label=text.changes_label>
                {changes
                    .into_iter()
                    .map(|c| view! { <li class="preserve">{(text.field_change)(c.field, &c.before, &c.after)}</li> })
                    .collect_view()}
            </ul>
        }
    })
}
