//! 法治科: the legal section's area — a landing page listing its sections, the 错案倒查 worksheet and the R1 Art. 10
//! deadlines.

mod deadlines_page;
mod ground_rows;
mod officer_rows;
mod wrong_case_page;
mod wrong_case_result;

use leptos::prelude::*;

pub use deadlines_page::DeadlinesPage;
pub use wrong_case_page::WrongCasePage;

use crate::i18n::strings;
use crate::ui::bundles::BundleLinks;

/// The legal section's landing page: a simple list of its sections.
#[component]
pub fn LegalPage() -> impl IntoView {
    let text = strings();
    view! {
        <section data-testid="legal-page">
            <h1>{text.nav.legal}</h1>
            <p class="lead">{text.areas.legal_intro}</p>
            <ul class="section-list" data-testid="legal-sections">
                <li>
                    <a href="/legal/wrong-case" data-testid="legal-link-wrong-case">"错案倒查"</a>
                    <p class="hint">"录入案件、第五条情形和相关执法人员，得出是否界定为错案、谁应追究、从轻从重情节及处理建议，附理由和条文原文（R1 第二条至第十二条）。"</p>
                </li>
                <li>
                    <a href="/legal/deadlines" data-testid="legal-link-deadlines">"期限计算"</a>
                    <p class="hint">"第十条的期限：受理后2日内转送有权部门（第（一）项），1个月内责令重新组织调查（第（三）项），按节假日安排计算。"</p>
                </li>
                <BundleLinks />
            </ul>
        </section>
    }
}
