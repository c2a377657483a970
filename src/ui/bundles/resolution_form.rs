//! Merging a conflict in 法治科's store: a new version naming every competing version, with a required reason,
//! sealed into 法治科's own chain (its own device id, never an officer's) and written like an import. No version
//! is dropped: all stay in the history.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::merged_state::MergedState;
use super::store_status::user_name;
use crate::bundle::{LegalAuthor, prepare_resolution};
use crate::i18n::strings;
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
    let text = &strings().bundles.resolution;
    let merged = expect_context::<MergedState>();
    let by = user_name();
    let slot = format!("legal-merge/{id}");
    let editor = Editor::open(slot.clone(), RecordForm::from_record(&initial));
    let reason_error = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reason = editor.reason.get_untracked();
        reason_error.set(reason.trim().is_empty().then_some(text.reason_required));
        let Some(record) = editor.validated() else { return };
        if reason.trim().is_empty() {
            editor.message.set(Some(text.reason_missing.into()));
            return;
        }
        let device = match LocalStore::open().and_then(|store| load_or_create_legal_device(&store, random_bytes::<8>)) {
            Ok(device) => device,
            Err(error) => {
                editor.message.set(Some((text.no_device)(&error)));
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
                editor.message.set(Some((text.not_saved)(&error)));
                return;
            }
        };
        let slot = slot.clone();
        spawn_local(async move {
            match merged.commit(&plan, at).await {
                Ok(()) => {
                    clear_draft(&slot);
                    editor.message.set(Some(text.merged.into()));
                }
                Err(error) => editor.message.set(Some((text.write_failed)(&error))),
            }
        });
    };
    view! {
        <section aria-labelledby="merge-heading" data-testid="resolution">
            <h2 id="merge-heading">{text.heading}</h2>
            <p class="hint">{text.hint}</p>
            <form on:submit=submit novalidate data-testid="resolution-form">
                <RecordFields state=editor.state submit_label=text.save>
                    <fieldset class="card">
                        <legend>{text.reason}</legend>
                        <TextAreaField id="merge-reason" label=text.reason value=editor.reason required=true error=reason_error
                            hint=text.reason_hint />
                    </fieldset>
                </RecordFields>
            </form>
            <p class="error" role="alert" data-testid="resolution-message">{move || editor.message.get()}</p>
        </section>
    }
}
