//! 新建记录: the form for a new interference record. Each tab has a draft of its own; the other unsaved drafts
//! are listed above the form, to continue here or discard.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use super::editor::Editor;
use super::error_summary::{ErrorSummary, SavingStatus};
use super::other_drafts::{OPENED_NOTICE_ID, OtherDrafts, PAGE_HEADING_ID};
use super::record_form::RecordFields;
use crate::i18n::strings;
use crate::record::RecordForm;
use crate::ui::journal_state::JournalState;
use crate::ui::state::AppState;
use crate::web::draft_store::{clear_draft, tab_draft_id};

/// The new-record page.
#[component]
pub fn NewRecordPage() -> impl IntoView {
    let app = expect_context::<AppState>();
    let officer = app.profile.with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default());
    let blank = RecordForm { recorders: officer, ..Default::default() };
    let own = RwSignal::new(tab_draft_id());
    let opened = RwSignal::new(false);
    let officer_text = &strings().officer_area;
    view! {
        <section data-testid="new-record-page">
            <p class="breadcrumb"><a href="/officer">{strings().nav.officer}</a>" / "{officer_text.list.new_record}</p>
            <h1 id=PAGE_HEADING_ID tabindex="-1">{officer_text.editor.new_title}</h1>
            <OtherDrafts own=own opened=opened />
            {move || {
                let draft_slot = own.get().slot();
                view! { <NewRecordForm draft_slot=draft_slot blank=blank.clone() opened=opened.get_untracked() /> }
            }}
        </section>
    }
}

/// The form on this tab's draft slot, starting from `blank` when there is no draft; `opened` if the officer has
/// just chosen that draft from the list.
#[component]
fn NewRecordForm(draft_slot: String, blank: RecordForm, opened: bool) -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let editor = Editor::open(draft_slot.clone(), blank);
    let saving = RwSignal::new(false);
    let navigate = use_navigate();
    let text = &strings().officer_area.editor;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(record) = editor.validated() else { return };
        let (navigate, draft_slot) = (navigate.clone(), draft_slot.clone());
        editor.message.set(None);
        saving.set(true);
        // 已保存 is shown on the record page, reached only once the durable transaction is complete.
        spawn_local(async move {
            match journal.create(record).await {
                Ok(id) => {
                    clear_draft(&draft_slot);
                    navigate(&format!("/officer/record/{id}?saved=1"), Default::default());
                }
                Err(error) => {
                    saving.set(false);
                    editor.refuse((text.save_failed)(&error));
                }
            }
        });
    };
    let notice = if opened {
        Some((strings().officer_area.drafts.opened, OPENED_NOTICE_ID))
    } else {
        editor.restored.then_some((text.draft_restored, "draft-restored"))
    };
    view! {
        {notice.map(|(notice, id)| view! {
            <p class="notice-inline" role="status" id=id tabindex="-1" data-testid=id>{notice}</p>
        })}
        <form on:submit=submit novalidate data-testid="record-form">
            <RecordFields state=editor.state submit_label=text.save_new>
                <ErrorSummary editor=editor />
                <SavingStatus saving=saving />
            </RecordFields>
        </form>
    }
}
