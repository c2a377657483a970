//! Autosaved drafts of the record form, so a crash or a closed tab loses nothing typed.
//!
//! One small localStorage value per draft slot (`liuhen/v1/draft/new`, `liuhen/v1/draft/amend/{record}`).

use serde::{Deserialize, Serialize};

use crate::journal::keys::{NAMESPACE, quarantine_key};
use crate::journal::{KeyValueStore, StoreError};
use crate::record::RecordForm;
use crate::web::local_store::LocalStore;

/// A form being filled in, with the amendment reason if it is an amendment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// The form's content.
    pub form: RecordForm,
    /// 修改原因 (amendments only).
    pub reason: String,
}

/// The storage key of a draft slot.
pub fn draft_key(slot: &str) -> String {
    format!("{NAMESPACE}draft/{slot}")
}

/// The draft in `slot`, if any. An unreadable draft is copied to the quarantine and not used.
pub fn load_draft(slot: &str) -> Option<Draft> {
    let store = LocalStore::open().ok()?;
    let key = draft_key(slot);
    let text = store.get(&key).ok()??;
    match serde_json::from_str(&text) {
        Ok(draft) => Some(draft),
        Err(_) => {
            store.set(&quarantine_key(&key, &text), &text).ok();
            None
        }
    }
}

/// Saves the draft in `slot` (one write).
pub fn save_draft(slot: &str, draft: &Draft) -> Result<(), StoreError> {
    let text = serde_json::to_string(draft).map_err(|e| StoreError::Unavailable(e.to_string()))?;
    LocalStore::open()?.set(&draft_key(slot), &text)
}

/// Discards the draft in `slot` after it was saved as a record.
pub fn clear_draft(slot: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        storage.remove_item(&draft_key(slot)).ok();
    }
}
