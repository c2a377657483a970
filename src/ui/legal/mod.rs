//! 法治科: the legal section's area — a landing page listing its sections, the 错案倒查 worksheet and the R1 Art. 10
//! deadlines.

mod attestations_page;
mod cause_fields;
mod claim_fields;
mod deadlines_page;
mod ground_rows;
mod officer_rows;
mod sheet_check;
mod spot_check_page;
mod statistics_page;
mod wrong_case_page;
mod wrong_case_result;

use leptos::prelude::*;

pub use attestations_page::AttestationsPage;
pub use deadlines_page::DeadlinesPage;
pub use spot_check_page::SpotCheckPage;
pub use statistics_page::StatisticsPage;
pub use wrong_case_page::WrongCasePage;

use crate::i18n::strings;
use crate::ui::bundles::BundleLinks;

/// The legal section's landing page: a simple list of its sections.
#[component]
pub fn LegalPage() -> impl IntoView {
    let text = strings();
    let legal = &text.legal_area;
    view! {
        <section data-testid="legal-page">
            <h1>{text.nav.legal}</h1>
            <p class="lead">{text.areas.legal_intro}</p>
            <ul class="section-list" data-testid="legal-sections">
                <li>
                    <a href="/legal/wrong-case" data-testid="legal-link-wrong-case">{legal.wrong_case.title_short}</a>
                    <p class="hint">{legal.wrong_case.summary}</p>
                </li>
                <li>
                    <a href="/legal/deadlines" data-testid="legal-link-deadlines">{legal.deadlines.title_short}</a>
                    <p class="hint">{legal.deadlines.summary}</p>
                </li>
                <li>
                    <a href="/legal/attestations" data-testid="legal-link-attestations">{legal.attestations.title}</a>
                    <p class="hint">{legal.attestations.summary_line}</p>
                </li>
                <li>
                    <a href="/legal/spot-check" data-testid="legal-link-spot-check">{legal.spot_check.title}</a>
                    <p class="hint">{legal.spot_check.summary_line}</p>
                </li>
                <li>
                    <a href="/legal/statistics" data-testid="legal-link-statistics">{legal.statistics.title}</a>
                    <p class="hint">{legal.statistics.summary_line}</p>
                </li>
                <BundleLinks />
            </ul>
        </section>
    }
}
