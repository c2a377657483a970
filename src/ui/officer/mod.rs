//! 办案记录: the field officer's area — record interference, see the verdict, amend with a reason.

mod amend_page;
mod attestation_card;
mod detail_page;
mod draft_notice;
mod editor;
mod error_summary;
mod form_state;
mod list_page;
mod new_page;
mod other_drafts;
mod record_details;
mod record_form;
mod verdict_changes;
mod verdict_panel;
mod version_changes;

pub use amend_page::AmendRecordPage;
pub use detail_page::RecordPage;
pub(crate) use editor::Editor;
pub use list_page::OfficerPage;
pub use new_page::NewRecordPage;
pub(crate) use record_details::RecordDetails;
pub(crate) use record_form::RecordFields;
pub(crate) use verdict_panel::VerdictPanel;
pub(crate) use version_changes::VersionChanges;
