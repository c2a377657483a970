//! Autosaved drafts of the record form, so a crash or a closed tab loses nothing typed.
//!
//! One small localStorage value per draft slot (`liuhen/v1/draft/{slot}`, slots in [`crate::record::drafts`]).
//! This tab's new-record draft id is kept in sessionStorage (`liuhen/v1/draft-id`): a reload of the tab returns to
//! its own draft, and another tab, which has its own sessionStorage, gets a draft of its own.

use crate::journal::keys::NAMESPACE;
use crate::journal::{KeyValueStore, StoreError};
use crate::record::drafts::{Draft, DraftId, DraftSummary, other_new_slots, summarise};
use crate::web::json_store::{self, JsonStoreError};
use crate::web::local_store::LocalStore;
use crate::web::random::random_bytes;

/// The sessionStorage key of this tab's new-record draft id.
const TAB_DRAFT_KEY: &str = "liuhen/v1/draft-id";

/// The storage key of a draft slot.
pub fn draft_key(slot: &str) -> String {
    format!("{NAMESPACE}draft/{slot}")
}

/// A stored draft that could not be used: its storage key and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftProblem {
    /// The draft's storage key.
    pub key: String,
    /// What went wrong: [`JsonStoreError::Corrupt`] when its text was moved to the quarantine.
    pub error: JsonStoreError,
}

/// The draft in `slot`, if any. An unreadable draft is moved to the quarantine ([`json_store::load`]) and reported.
pub fn load_draft(slot: &str) -> Result<Option<Draft>, DraftProblem> {
    let key = draft_key(slot);
    json_store::load(&key).map_err(|error| DraftProblem { key, error })
}

/// Saves the draft in `slot` (one write).
pub fn save_draft(slot: &str, draft: &Draft) -> Result<(), StoreError> {
    json_store::save(&draft_key(slot), draft)
}

/// Removes the draft in `slot` (discarded, or no longer different from the form's starting point).
pub fn remove_draft(slot: &str) -> Result<(), StoreError> {
    json_store::remove(&draft_key(slot))
}

/// Discards the draft in `slot` after it was saved as a record.
pub fn clear_draft(slot: &str) {
    remove_draft(slot).ok();
}

/// Every slot holding a draft in this browser.
pub fn draft_slots() -> Result<Vec<String>, StoreError> {
    let prefix = draft_key("");
    let keys = LocalStore::open()?.keys()?;
    Ok(keys.into_iter().filter_map(|key| key.strip_prefix(&prefix).map(str::to_string)).collect())
}

/// Whether a localStorage key is a draft's (to follow other tabs' drafts through the `storage` event).
pub fn is_draft_key(key: &str) -> bool {
    key.starts_with(&draft_key(""))
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

fn remember_tab_draft(id: &DraftId) {
    if let Some(storage) = session_storage() {
        // Without sessionStorage a reload starts a new draft; the old one is then listed among the others.
        storage.set_item(TAB_DRAFT_KEY, &id.to_string()).ok();
    }
}

fn new_draft_id() -> DraftId {
    let bytes = random_bytes::<8>().unwrap_or_else(|| (js_sys::Date::now() as u64).to_be_bytes());
    DraftId::from_bytes(bytes)
}

/// This tab's new-record draft id: the one remembered in sessionStorage, else a new one, remembered.
pub fn tab_draft_id() -> DraftId {
    let remembered = session_storage().and_then(|s| s.get_item(TAB_DRAFT_KEY).ok().flatten());
    remembered.as_deref().and_then(DraftId::parse).unwrap_or_else(|| {
        let id = new_draft_id();
        remember_tab_draft(&id);
        id
    })
}

/// Continues the draft in `slot` in this tab: moves it under a new id, which becomes this tab's (so a tab still
/// showing it keeps a slot of its own). `Ok(None)` if it is gone (saved or discarded elsewhere meanwhile).
pub fn take_over_draft(slot: &str) -> Result<Option<DraftId>, DraftProblem> {
    let Some(draft) = load_draft(slot)? else { return Ok(None) };
    let id = new_draft_id();
    save_draft(&id.slot(), &draft)
        .map_err(|error| DraftProblem { key: draft_key(slot), error: JsonStoreError::Store(error) })?;
    // The copy is written: if removing the original fails, it is listed twice, which loses nothing.
    remove_draft(slot).ok();
    remember_tab_draft(&id);
    Ok(Some(id))
}

/// The other new-record drafts of this browser (other tabs', earlier sessions'), besides this tab's `own`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OtherDrafts {
    /// The readable ones, most recently edited first.
    pub drafts: Vec<DraftSummary>,
    /// Those that could not be read; a corrupt one has just been moved to the quarantine.
    pub problems: Vec<DraftProblem>,
}

/// Reads the other new-record drafts. Storage that cannot be listed gives none.
pub fn other_new_drafts(own: &DraftId) -> OtherDrafts {
    let slots = draft_slots().unwrap_or_default();
    let mut readable = Vec::new();
    let mut problems = Vec::new();
    for slot in other_new_slots(slots.iter().map(String::as_str), own) {
        match load_draft(&slot) {
            Ok(Some(draft)) => readable.push((slot, draft)),
            Ok(None) => {}
            Err(problem) => problems.push(problem),
        }
    }
    OtherDrafts { drafts: summarise(readable.iter().map(|(slot, draft)| (slot.as_str(), draft))), problems }
}
