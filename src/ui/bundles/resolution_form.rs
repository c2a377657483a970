//! Merging a conflict in 法治科's store: a new version naming every competing version, with a required reason,
//! sealed into 法治科's own chain (its own device id, never an officer's) and written like an import. No version
//! is dropped: all stay in the history.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::merged_state::MergedState;
use super::store_status::user_name;
use crate::bundle::{LegalAuthor, prepare_resolution};
use crate::journal::EventHash;
use crate::record::{InterferenceRecord, RecordForm};
use crate::ui::components::TextAreaField;
use crate::ui::officer::{Editor, RecordFields};
use crate::web::clock::now;
use crate::web::draft_store::clear_draft;
use crate::web::legal_device_store::load_or_create_legal_device;
use crate::web::local_store::LocalStore;
use crate::web::random::random_bytes;

/// The merge form for a conflicted record, starting from `initial` (the version shown first).
#[component]
pub fn ResolutionForm(id: EventHash, initial: InterferenceRecord) -> impl IntoView {
    let merged = expect_context::<MergedState>();
    let by = user_name();
    let slot = format!("legal-merge/{id}");
    let editor = Editor::open(slot.clone(), RecordForm::from_record(&initial));
    let reason_error = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reason = editor.reason.get_untracked();
        reason_error.set(
            reason.trim().is_empty().then_some("请填写合并理由：合并后各并行版本仍全部保留，理由将与新版本一起留痕。"),
        );
        let Some(record) = editor.validated() else { return };
        if reason.trim().is_empty() {
            editor.message.set(Some("请填写合并理由。".into()));
            return;
        }
        let device = match LocalStore::open().and_then(|store| load_or_create_legal_device(&store, random_bytes::<8>)) {
            Ok(device) => device,
            Err(error) => {
                editor.message.set(Some(format!("未保存：无法确定法治科的设备编号（{error}）")));
                return;
            }
        };
        let prepared = merged.with_untracked(|store| {
            let author = LegalAuthor { device: &device, officer: &by, now: now() };
            (prepare_resolution(store, &author, id, record, &reason), store.revision())
        });
        let (plan, at) = match prepared {
            (Ok(plan), at) => (plan, at),
            (Err(error), _) => {
                editor.message.set(Some(format!("未保存：{error}")));
                return;
            }
        };
        let slot = slot.clone();
        spawn_local(async move {
            match merged.commit(&plan, at).await {
                Ok(()) => {
                    clear_draft(&slot);
                    editor.message.set(Some("已合并：新版本已写入，各并行版本均保留在历史中。".into()));
                }
                Err(error) => editor.message.set(Some(format!("未保存：{error}。已填写的内容仍在表单中。"))),
            }
        });
    };
    view! {
        <section aria-labelledby="merge-heading" data-testid="resolution">
            <h2 id="merge-heading">"合并为一个版本"</h2>
            <p class="hint">"以下表单已填入较晚的并行版本，请核对修改后保存。保存后，新版本同时取代全部并行版本（原版本均保留）。"</p>
            <form on:submit=submit novalidate data-testid="resolution-form">
                <RecordFields state=editor.state submit_label="保存合并版本">
                    <fieldset class="card">
                        <legend>"合并理由"</legend>
                        <TextAreaField id="merge-reason" label="合并理由" value=editor.reason required=true error=reason_error
                            hint="例如：经与两名办案人员核实，以第二个版本的地点为准" />
                    </fieldset>
                </RecordFields>
            </form>
            <p class="error" role="alert" data-testid="resolution-message">{move || editor.message.get()}</p>
        </section>
    }
}
