//! Above the save button: the error summary (why the save was refused, each field at fault as a link to it) and
//! the status of a save being written.

use leptos::prelude::*;

use super::editor::{Editor, focus_element};
use super::record_form::field_id;
use crate::i18n::strings;

/// The editor's message and the fields at fault. Hidden while empty; focused after a refused save
/// ([`Editor::refuse`]). Also an alert for autosave problems, which do not move focus.
#[component]
pub fn ErrorSummary(editor: Editor) -> impl IntoView {
    let text = &strings().officer_area.editor;
    let message = editor.message;
    let errors = editor.state.errors;
    view! {
        <div class="error-summary" role="alert" tabindex="-1" node_ref=editor.summary data-testid="error-summary">
            {move || message.get().map(|message| view! { <p data-testid="form-message">{message}</p> })}
            {move || {
                let errors = errors.get().errors;
                (!errors.is_empty())
                    .then(|| {
                        view! {
                            <ul>
                                {errors
                                    .into_iter()
                                    .map(|error| {
                                        let id = field_id(error.field);
                                        let go_to_field = move |ev: leptos::ev::MouseEvent| {
                                            ev.prevent_default();
                                            focus_element(id);
                                        };
                                        view! {
                                            <li>
                                                <a href=format!("#{id}") on:click=go_to_field data-testid="error-summary-item">
                                                    {(text.summary_item)(error.field.label(), error.message)}
                                                </a>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }}
        </div>
    }
}

/// “正在保存……” while a save is being written (`saving`); a status, not an error.
#[component]
pub fn SavingStatus(saving: RwSignal<bool>) -> impl IntoView {
    let text = &strings().officer_area.editor;
    view! { <p class="hint" role="status" data-testid="form-status">{move || saving.get().then_some(text.saving)}</p> }
}
