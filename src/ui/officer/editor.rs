//! Shared behaviour of the record form's pages: restore and autosave the draft, validate, refuse a save.

use std::time::Duration;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::form_state::FormState;
use crate::i18n::strings;
use crate::journal::StoreError;
use crate::record::drafts::Draft;
use crate::record::{FormErrors, InterferenceRecord, RecordForm};
use crate::web::clock::local_now;
use crate::web::draft_store::{DraftProblem, load_draft, remove_draft, save_draft};
use crate::web::json_store::JsonStoreError;

/// A form editor bound to a draft slot.
#[derive(Clone, Copy)]
pub struct Editor {
    /// The form's inputs.
    pub state: FormState,
    /// The amendment reason (unused for a new record).
    pub reason: RwSignal<String>,
    /// A message about the draft or the save (errors in Chinese).
    pub message: RwSignal<Option<String>>,
    /// Whether a saved draft was restored.
    pub restored: bool,
    /// The error summary ([`super::error_summary::ErrorSummary`]), focused after a refused save.
    pub summary: NodeRef<Div>,
}

impl Editor {
    /// Opens the editor on `slot`: the autosaved draft if there is one, else `initial`. Starts autosaving; a form
    /// back at `initial` keeps no draft. A draft that could not be read is reported above the form, and if it may
    /// still be stored (the storage itself failed), autosave stays off so as not to overwrite it.
    pub fn open(slot: String, initial: RecordForm) -> Self {
        let (draft, problem) = match load_draft(&slot) {
            Ok(draft) => (draft, None),
            Err(problem) => (None, Some(problem)),
        };
        let autosave = !matches!(problem, Some(DraftProblem { error: JsonStoreError::Store(_), .. }));
        let restored = draft.is_some();
        let draft = draft.unwrap_or_else(|| Draft { form: initial.clone(), ..Default::default() });
        let editor = Editor {
            state: FormState::new(&draft.form),
            reason: RwSignal::new(draft.reason),
            message: RwSignal::new(None),
            restored,
            summary: NodeRef::new(),
        };
        editor.state.draft_problem.set_value(problem);
        let state = editor.state;
        let reason = editor.reason;
        let message = editor.message;
        Effect::new(move |previous: Option<(RecordForm, String)>| {
            let content = (state.form(), reason.get());
            // The first run only records the starting point; later runs save what changed.
            if autosave
                && previous.is_some_and(|p| p != content)
                && let Err(error) = keep_draft(&slot, &initial, &content)
            {
                message.set(Some((strings().officer_area.editor.draft_not_saved)(&error)));
            }
            content
        });
        editor
    }

    /// Validates the form; on failure shows the inline errors and the summary, and moves focus to the summary.
    pub fn validated(&self) -> Option<InterferenceRecord> {
        match self.state.form().validate(local_now()) {
            Ok(record) => {
                self.state.errors.set(FormErrors::default());
                Some(record)
            }
            Err(errors) => {
                let count = errors.errors.len();
                self.state.errors.set(errors);
                self.refuse((strings().officer_area.editor.missing_items)(count));
                None
            }
        }
    }

    /// Shows why the save was refused and, once the page shows it, moves keyboard focus to the error summary (to
    /// the first field at fault on a page without a summary).
    pub fn refuse(&self, message: String) {
        self.message.set(Some(message));
        let summary = self.summary;
        // After the pending DOM updates: the summary is hidden while empty.
        set_timeout(
            move || match summary.try_get_untracked().flatten() {
                Some(summary) => {
                    summary.focus().ok();
                }
                None => focus_first_invalid(),
            },
            Duration::ZERO,
        );
    }
}

/// Saves `content` as the draft in `slot`, or removes the draft when the form is back at `initial`.
fn keep_draft(slot: &str, initial: &RecordForm, (form, reason): &(RecordForm, String)) -> Result<(), StoreError> {
    if form == initial && reason.is_empty() {
        remove_draft(slot)
    } else {
        save_draft(slot, &Draft { form: form.clone(), reason: reason.clone(), edited_at: Some(local_now()) })
    }
}

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_element(id: &str) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        element.focus().ok();
    }
}

fn focus_first_invalid() {
    let first = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[aria-invalid='true']").ok().flatten());
    if let Some(element) = first.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        element.focus().ok();
    }
}
