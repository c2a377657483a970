//! The open form of a wrong-case file's step, autosaved in localStorage while it is filled in, so nothing typed is
//! lost before it is saved to 法治科's journal: one small value per form (file, kind of step, amended version).

use serde::{Deserialize, Serialize};

use crate::case_file::CaseStep;
use crate::journal::StoreError;
use crate::web::json_store::{self, JsonStoreError};

/// The key prefix of step drafts.
pub const CASE_STEP_DRAFT_PREFIX: &str = "liuhen/v1/draft/case-step/";

/// What an unsaved step form holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepDraft {
    /// The step as typed.
    pub step: CaseStep,
    /// The amendment's reason as typed (empty for a new step).
    #[serde(default)]
    pub reason: String,
}

/// The draft's key: `where_` names the form (e.g. `new`, `<file>/decision`, `<file>/amend/<version>`).
pub fn draft_key(where_: &str) -> String {
    format!("{CASE_STEP_DRAFT_PREFIX}{where_}")
}

/// The saved draft under `key`. Unparseable: quarantined and reported.
pub fn load_draft(key: &str) -> Result<Option<StepDraft>, JsonStoreError> {
    json_store::load(key)
}

/// Saves the draft in one write.
pub fn save_draft(key: &str, draft: &StepDraft) -> Result<(), StoreError> {
    json_store::save(key, draft)
}

/// Discards the draft once its step is saved (or the form is cancelled).
pub fn clear_draft(key: &str) -> Result<(), StoreError> {
    json_store::remove(key)
}
