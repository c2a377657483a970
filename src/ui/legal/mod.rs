//! 法治科: the legal section's area — a landing page listing its sections, the 错案倒查 worksheet and the R1 Art. 10
//! deadlines.

mod attestations_page;
mod case_files;
mod cause_fields;
mod claim_fields;
mod dashboard;
mod deadlines_page;
mod ground_rows;
mod non_recording_page;
mod officer_rows;
mod oversight_form;
mod retaliation_page;
mod sheet_check;
mod spot_check_page;
mod statistics_page;
mod wrong_case_page;
mod wrong_case_result;

use leptos::prelude::*;

pub use attestations_page::AttestationsPage;
pub use case_files::{
    CaseFilePage, CaseFilesPage, DecisionDocumentPage, DocumentView, LegalJournalGate, NewCaseFilePage, RecordedStep,
    ShownStep,
};
pub use deadlines_page::DeadlinesPage;
pub use non_recording_page::NonRecordingPage;
pub use oversight_form::{OversightEditing, OversightForm};
pub use retaliation_page::RetaliationPage;
pub use spot_check_page::SpotCheckPage;
pub use statistics_page::StatisticsPage;
pub use wrong_case_page::WrongCasePage;

use crate::i18n::strings;
use crate::ui::bundles::bundle_sections;

/// The legal section's landing page: a simple list of its sections.
#[component]
pub fn LegalPage() -> impl IntoView {
    let text = strings();
    let legal = &text.legal_area;
    let mut sections = vec![
        ("/legal/cases", "cases", text.case_files.title, text.case_files.summary_line),
        (
            "/legal/non-recording",
            "non-recording",
            text.follow_up.non_recording.title,
            text.follow_up.non_recording.summary_line,
        ),
        ("/legal/wrong-case", "wrong-case", legal.wrong_case.title_short, legal.wrong_case.summary),
        ("/legal/deadlines", "deadlines", legal.deadlines.title_short, legal.deadlines.summary),
        ("/legal/attestations", "attestations", legal.attestations.title, legal.attestations.summary_line),
        ("/legal/spot-check", "spot-check", legal.spot_check.title, legal.spot_check.summary_line),
        ("/legal/statistics", "statistics", legal.statistics.title, legal.statistics.summary_line),
    ];
    sections.extend(bundle_sections());
    view! {
        <section data-testid="legal-page">
            <h1>{text.nav.legal}</h1>
            <p class="lead">{text.areas.legal_intro}</p>
            <dashboard::Dashboard />
            <ul class="section-list" data-testid="legal-sections">
                {sections
                    .into_iter()
                    .map(|(path, key, title, hint)| view! {
                        <li>
                            <a href=path data-testid=format!("legal-link-{key}")>{title}</a>
                            <p class="hint">{hint}</p>
                        </li>
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
