//! 修改记录: a new full version of a record, with a required reason. Nothing is edited in place; with
//! concurrent versions, the new version replaces (merges) all of them.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::editor::Editor;
use super::record_form::RecordFields;
use crate::journal::{EventHash, RecordState};
use crate::record::RecordForm;
use crate::ui::components::TextAreaField;
use crate::ui::journal_state::JournalState;
use crate::web::draft_store::clear_draft;

/// The amendment page, for `/officer/record/:id/amend`.
#[component]
pub fn AmendRecordPage() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").and_then(|id| id.parse::<EventHash>().ok()));
    let state = id.and_then(|id| journal.folded.with_untracked(|f| f.record(&id).cloned()));
    view! {
        <section data-testid="amend-page">
            <p class="breadcrumb"><a href="/officer">"办案记录"</a>" / 修改记录"</p>
            {match state {
                Some(state) => view! { <AmendForm state=state /> }.into_any(),
                None => view! { <p class="error" role="alert">"找不到这条记录。"</p> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn AmendForm(state: RecordState) -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let id = state.id;
    let heads = state.heads.clone();
    let initial = state.current().map(|v| RecordForm::from_record(&v.record)).unwrap_or_default();
    let slot = format!("amend/{id}");
    let editor = Editor::open(slot.clone(), initial);
    let reason_error = RwSignal::new(None::<&'static str>);
    let navigate = use_navigate();
    let merging = heads.len() > 1;
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reason_missing = editor.reason.get_untracked().trim().is_empty();
        reason_error.set(reason_missing.then_some("请填写修改原因：修改会保留原版本，原因将与新版本一起留痕。"));
        let Some(record) = editor.validated() else { return };
        if reason_missing {
            editor.message.set(Some("请填写修改原因。".into()));
            return;
        }
        match journal.amend(id, heads.clone(), &editor.reason.get_untracked(), record) {
            Ok(_) => {
                clear_draft(&slot);
                navigate(&format!("/officer/record/{id}?saved=1"), Default::default());
            }
            Err(error) => editor.message.set(Some(format!("未保存：{error}。已填写的内容仍在表单中。"))),
        }
    };
    view! {
        <h1>{if merging { "合并并行版本" } else { "修改记录" }}</h1>
        <p class="lead">"修改不会覆盖原记录：将新增一个版本，原版本和修改原因全部保留。"</p>
        {merging.then(|| view! { <p class="notice-inline" role="status">"本记录存在多个并行版本。保存后，新版本将同时取代它们（均保留在历史中）。"</p> })}
        {editor.restored.then(|| view! { <p class="notice-inline" role="status" data-testid="draft-restored">"已恢复上次未保存的草稿。"</p> })}
        <form on:submit=submit novalidate data-testid="record-form">
            <RecordFields state=editor.state submit_label="保存新版本">
                <fieldset class="card">
                    <legend>"修改原因"</legend>
                    <TextAreaField id="amend-reason" label="修改原因" value=editor.reason required=true error=reason_error
                        hint="例如：补充对方职务；更正发生时间" />
                </fieldset>
            </RecordFields>
        </form>
        <p class="error" role="alert" data-testid="form-message">{move || editor.message.get()}</p>
    }
}
