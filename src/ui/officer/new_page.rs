//! 新建记录: the form for a new interference record.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use super::editor::Editor;
use super::record_form::RecordFields;
use crate::i18n::strings;
use crate::record::RecordForm;
use crate::ui::journal_state::JournalState;
use crate::ui::state::AppState;
use crate::web::draft_store::clear_draft;

const SLOT: &str = "new";

/// The new-record page.
#[component]
pub fn NewRecordPage() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let app = expect_context::<AppState>();
    let officer = app.profile.with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default());
    let editor = Editor::open(SLOT.to_string(), RecordForm { recorders: officer, ..Default::default() });
    let navigate = use_navigate();
    let officer_text = &strings().officer_area;
    let text = &officer_text.editor;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(record) = editor.validated() else { return };
        let navigate = navigate.clone();
        editor.message.set(Some(text.saving.to_string()));
        // 已保存 is shown on the record page, reached only once the durable transaction is complete.
        spawn_local(async move {
            match journal.create(record).await {
                Ok(id) => {
                    clear_draft(SLOT);
                    navigate(&format!("/officer/record/{id}?saved=1"), Default::default());
                }
                Err(error) => editor.message.set(Some((text.save_failed)(&error))),
            }
        });
    };
    view! {
        <section data-testid="new-record-page">
            <p class="breadcrumb"><a href="/officer">{strings().nav.officer}</a>" / "{officer_text.list.new_record}</p>
            <h1>{text.new_title}</h1>
            {editor.restored.then(|| view! { <p class="notice-inline" role="status" data-testid="draft-restored">{text.draft_restored}</p> })}
            <form on:submit=submit novalidate data-testid="record-form">
                <RecordFields state=editor.state submit_label=text.save_new />
            </form>
            <p class="error" role="alert" data-testid="form-message">{move || editor.message.get()}</p>
        </section>
    }
}
