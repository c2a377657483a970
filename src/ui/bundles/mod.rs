//! Bundles in the UI: the officer's export, and 法治科's side — import with preview and all-or-nothing commit
//! into the merged store (IndexedDB), the register across officers with provenance and conflict merging, the
//! quarantine, key decisions, the import log, and the migration of an officer journal kept in the same browser.
//!
//! The logic is in `crate::bundle`; these components only read files, show previews and commit plans through
//! [`MergedState`]. Imported text is rendered as text nodes only, never as HTML.

mod circulation_page;
mod device_key_facts;
mod export_page;
mod follow_up_section;
mod import_page;
mod imports_page;
mod key_decisions;
mod key_fingerprint;
mod merged_state;
mod migration_section;
mod preview_card;
mod quarantine_page;
mod register_page;
mod register_record_page;
mod resolution_form;
mod store_status;

use crate::i18n::strings;

pub use circulation_page::CirculationPage;
pub use device_key_facts::DeviceKeyFacts;
pub use export_page::ExportPage;
pub(crate) use export_page::device_key;
pub use import_page::ImportPage;
pub use imports_page::ImportsPage;
pub(crate) use key_fingerprint::KeyFingerprint;
pub use merged_state::MergedState;
pub use quarantine_page::QuarantinePage;
pub use register_page::RegisterPage;
pub use register_record_page::RegisterRecordPage;
pub use store_status::StoreStatus;

/// The bundle pages as sections of the legal section's landing list: (path, test-id key, title, hint).
pub fn bundle_sections() -> [(&'static str, &'static str, &'static str, &'static str); 4] {
    let text = &strings().bundles;
    let (pages, links) = (&text.pages, &text.links);
    [
        ("/legal/import", "import", pages.import, links.import_hint),
        ("/legal/register", "register", pages.register, links.register_hint),
        ("/legal/imports", "imports", pages.imports, links.imports_hint),
        ("/legal/quarantine", "quarantine", pages.quarantine, links.quarantine_hint),
    ]
}
