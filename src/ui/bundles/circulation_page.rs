//! 通报（草稿）: the 通报 of one register record, drafted from the record and 法治科's follow-up; there is none until
//! 法治科 has determined the record to be 违反规定干预.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::merged_state::MergedState;
use super::store_status::StoreStatus;
use crate::follow_up::circulation_document;
use crate::i18n::strings;
use crate::journal::EventHash;
use crate::ui::journal_state::LegalJournal;
use crate::ui::legal::{DocumentView, LegalJournalGate};

/// The page, for `/legal/register/:id/circulation`.
#[component]
pub fn CirculationPage() -> impl IntoView {
    let all = strings();
    let params = use_params_map();
    let merged = expect_context::<MergedState>();
    let legal = expect_context::<LegalJournal>().0;
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<EventHash>().ok())));
    let document = Memo::new(move |_| {
        let id = id.get()?;
        let record = merged.with(|s| s.fold().record(&id).and_then(|r| r.current().map(|v| v.record.clone())))?;
        let follow_up = legal.follow_ups().by_record.get(&id).cloned()?;
        circulation_document(&record, &follow_up)
    });
    view! {
        <section data-testid="circulation-page">
            <p class="breadcrumb no-print">
                <a href="/legal">{all.nav.legal}</a>" / "<a href="/legal/register">{all.bundles.pages.register}</a>" / "
                {move || id.get().map(|id| view! { <a href=format!("/legal/register/{id}")>{all.bundles.pages.record}</a> })}
            </p>
            <div class="no-print"><StoreStatus /></div>
            <LegalJournalGate>
                {move || match document.get() {
                    Some(document) => view! { <DocumentView document=document /> }.into_any(),
                    None => view! { <p class="hint" data-testid="circulation-none">{all.follow_up.no_circulation}</p> }.into_any(),
                }}
            </LegalJournalGate>
        </section>
    }
}
