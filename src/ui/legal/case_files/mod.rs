//! 错案卷宗: 法治科's wrong-case files (R1 第十条、第十二条) — the list, a new file's intake, and a file with its
//! stages, clocks, steps and the forms of the next step or an amendment. The workflow itself is in
//! [`crate::case_file`]; these components only show it and hand the forms' values to 法治科's journal.

mod clock_list;
mod decision_rows;
mod document_page;
mod file_page;
mod findings_editor;
mod gate;
mod list_page;
mod new_page;
mod step_editor;
mod step_view;

pub use document_page::{DecisionDocumentPage, DocumentView};
pub use file_page::CaseFilePage;
pub use gate::LegalJournalGate;
pub use list_page::CaseFilesPage;
pub use new_page::NewCaseFilePage;
pub use step_view::{RecordedStep, ShownStep};
