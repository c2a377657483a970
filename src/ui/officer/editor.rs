//! Shared behaviour of the new-record and amendment pages: restore and autosave the draft, validate, save.

use leptos::prelude::*;

use super::form_state::FormState;
use crate::i18n::strings;
use crate::record::{FormErrors, InterferenceRecord, RecordForm};
use crate::web::clock::local_now;
use crate::web::draft_store::{Draft, load_draft, save_draft};

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
}

impl Editor {
    /// Opens the editor on `slot`: the autosaved draft if there is one, else `initial`. Starts autosaving.
    pub fn open(slot: String, initial: RecordForm) -> Self {
        let draft = load_draft(&slot);
        let restored = draft.is_some();
        let draft = draft.unwrap_or(Draft { form: initial, reason: String::new() });
        let editor = Editor {
            state: FormState::new(&draft.form),
            reason: RwSignal::new(draft.reason),
            message: RwSignal::new(None),
            restored,
        };
        let state = editor.state;
        let reason = editor.reason;
        let message = editor.message;
        Effect::new(move |previous: Option<Draft>| {
            let draft = Draft { form: state.form(), reason: reason.get() };
            // The first run only records the starting point; later runs save what changed.
            if previous.is_some_and(|p| p != draft)
                && let Err(error) = save_draft(&slot, &draft)
            {
                message.set(Some((strings().officer_area.editor.draft_not_saved)(&error)));
            }
            draft
        });
        editor
    }

    /// Validates the form; on failure shows the inline errors and focuses the first field at fault.
    pub fn validated(&self) -> Option<InterferenceRecord> {
        match self.state.form().validate(local_now()) {
            Ok(record) => {
                self.state.errors.set(FormErrors::default());
                Some(record)
            }
            Err(errors) => {
                let count = errors.errors.len();
                self.state.errors.set(errors);
                self.message.set(Some((strings().officer_area.editor.missing_items)(count)));
                focus_first_invalid();
                None
            }
        }
    }
}

fn focus_first_invalid() {
    let first = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[aria-invalid='true']").ok().flatten());
    if let Some(element) = first.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        element.focus().ok();
    }
}
