//! Autosaved drafts of the record form, so a crash or a closed tab loses nothing typed.
//!
//! One small localStorage value per draft slot (`liuhen/v1/draft/new`, `liuhen/v1/draft/amend/{record}`).

use serde::{Deserialize, Serialize};

use crate::journal::StoreError;
use crate::journal::keys::NAMESPACE;
use crate::record::RecordForm;
use crate::web::json_store;

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

/// The draft in `slot`, if any. An unreadable draft is moved to the quarantine ([`json_store::load`]) and not used.
pub fn load_draft(slot: &str) -> Option<Draft> {
    json_store::load(&draft_key(slot)).ok().flatten()
}

/// Saves the draft in `slot` (one write).
pub fn save_draft(slot: &str, draft: &Draft) -> Result<(), StoreError> {
    json_store::save(&draft_key(slot), draft)
}

/// Discards the draft in `slot` after it was saved as a record.
pub fn clear_draft(slot: &str) {
    json_store::remove(&draft_key(slot)).ok();
}
