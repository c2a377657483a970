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
mod merged_state;
mod migration_section;
mod preview_card;
mod quarantine_page;
mod register_page;
mod register_record_page;
mod resolution_form;
mod store_status;

use leptos::prelude::*;

pub use device_key_facts::DeviceKeyFacts;
pub use export_page::ExportPage;
pub use import_page::ImportPage;
pub use imports_page::ImportsPage;
pub use merged_state::MergedState;
pub use quarantine_page::QuarantinePage;
pub use register_page::RegisterPage;
pub use register_record_page::RegisterRecordPage;

/// Links to the bundle pages: items of the legal section's landing list.
#[component]
pub fn BundleLinks() -> impl IntoView {
    view! {
            <li>
                <a href="/legal/import" data-testid="legal-link-import">"导入数据文件"</a>
                <p class="hint">"导入办案人员导出的数据文件：先校验预览，再全部写入或全部不写入；被改动、删减或伪造的文件拒收并说明原因。"</p>
            </li>
            <li>
                <a href="/legal/register" data-testid="legal-link-register">"登记册"</a>
                <p class="hint">"全部办案人员的干预、插手记录，注明来源（设备、记录人、导入文件），可筛选；合并并行修改的版本。"</p>
            </li>
            <li>
                <a href="/legal/imports" data-testid="legal-link-imports">"导入记录"</a>
                <p class="hint">"每次导入的文件、摘要、时间、经办人和新增内容。"</p>
            </li>
            <li>
                <a href="/legal/quarantine" data-testid="legal-link-quarantine">"隔离区"</a>
                <p class="hint">"被拒收但留作证据的文件，以及待人工核实的公钥变更。"</p>
            </li>
    }
}
