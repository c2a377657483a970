//! Bundles in the UI: the officer's export, and 法治科's side — import with preview and all-or-nothing commit
//! into the merged store (IndexedDB), the register across officers with provenance and conflict merging, the
//! quarantine, key decisions, the import log, and the migration of an officer journal kept in the same browser.
//!
//! The logic is in `crate::bundle`; these components only read files, show previews and commit plans through
//! [`MergedState`]. Imported text is rendered as text nodes only, never as HTML.

mod device_key_facts;
mod export_page;
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

use leptos::prelude::*;

use crate::i18n::strings;

pub use device_key_facts::DeviceKeyFacts;
pub use export_page::ExportPage;
pub use import_page::ImportPage;
pub use imports_page::ImportsPage;
pub use merged_state::MergedState;
pub use quarantine_page::QuarantinePage;
pub use register_page::RegisterPage;
pub use register_record_page::RegisterRecordPage;
pub use store_status::StoreStatus;

/// Links to the bundle pages: items of the legal section's landing list.
#[component]
pub fn BundleLinks() -> impl IntoView {
    let text = &strings().bundles;
    let (pages, links) = (&text.pages, &text.links);
    view! {
            <li>
                <a href="/legal/import" data-testid="legal-link-import">{pages.import}</a>
                <p class="hint">{links.import_hint}</p>
            </li>
            <li>
                <a href="/legal/register" data-testid="legal-link-register">{pages.register}</a>
                <p class="hint">{links.register_hint}</p>
            </li>
            <li>
                <a href="/legal/imports" data-testid="legal-link-imports">{pages.imports}</a>
                <p class="hint">{links.imports_hint}</p>
            </li>
            <li>
                <a href="/legal/quarantine" data-testid="legal-link-quarantine">{pages.quarantine}</a>
                <p class="hint">{links.quarantine_hint}</p>
            </li>
    }
}
