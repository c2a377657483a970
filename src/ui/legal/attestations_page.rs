//! 月度报告情况 (法治科): for each officer and month, the records filed, a 月度零报告, or neither (缺), from the merged
//! store. The dashboard of who has reported.

use leptos::prelude::*;

use crate::i18n::strings;
use crate::journal::Month;
use crate::register::{MonthStatus, monthly_overview, rows};
use crate::ui::bundles::{MergedState, StoreStatus};
use crate::ui::state::AppState;
use crate::web::clock::local_now;

/// The page, for `/legal/attestations`.
#[component]
pub fn AttestationsPage() -> impl IntoView {
    let all = strings();
    let text = &all.legal_area.attestations;
    let merged = expect_context::<MergedState>();
    let app = expect_context::<AppState>();
    let this_month = Month::of(local_now().date());
    let mut first = this_month;
    for _ in 0..5 {
        first = first.previous();
    }
    let from = RwSignal::new(first.to_string());
    let to = RwSignal::new(this_month.to_string());
    let months = Memo::new(move |_| match (Month::parse(&from.get()), Month::parse(&to.get())) {
        (Some(a), Some(b)) => a.through(b),
        _ => Vec::new(),
    });
    let overview = Memo::new(move |_| {
        let months = months.get();
        app.readings.with(|r| {
            merged.with(|s| {
                let folded = s.fold();
                let register = rows(folded.records, r);
                monthly_overview(&register, &folded.attestations, &months)
            })
        })
    });
    view! {
        <section data-testid="attestations-page">
            <p class="breadcrumb no-print"><a href="/legal">{all.nav.legal}</a>" / "{text.title}</p>
            <h1>{text.title}</h1>
            <p class="lead">{text.intro}</p>
            <StoreStatus />
            <form class="filters card no-print" on:submit=|ev| ev.prevent_default() aria-label=text.range_label>
                <div class="field"><label for="a-from">{text.from}</label>
                    <input id="a-from" data-testid="attestations-from" type="month" bind:value=from /></div>
                <div class="field"><label for="a-to">{text.to}</label>
                    <input id="a-to" data-testid="attestations-to" type="month" bind:value=to /></div>
            </form>
            {move || {
                let overview = overview.get();
                if overview.is_empty() {
                    return view! { <p class="hint" data-testid="attestations-empty">{text.empty}</p> }.into_any();
                }
                let months = months.get();
                view! {
                    <div class="table-wrap">
                        <table data-testid="attestations-table">
                            <thead><tr>
                                <th scope="col">{text.col_officer}</th>
                                {months.iter().map(|m| view! { <th scope="col">{m.label()}</th> }).collect_view()}
                                <th scope="col">{text.col_missing}</th>
                            </tr></thead>
                            <tbody>
                                {overview.into_iter().map(|officer| {
                                    let missing = officer.missing();
                                    view! {
                                        <tr data-testid="attestations-row">
                                            <th scope="row">{officer.officer.clone()}</th>
                                            {officer.months.into_iter().map(|(_, status)| match status {
                                                MonthStatus::Recorded(n) => view! { <td>{(text.recorded)(n)}</td> }.into_any(),
                                                MonthStatus::Attested => view! { <td>{text.attested}</td> }.into_any(),
                                                MonthStatus::Missing => view! { <td class="missing">{text.missing}</td> }.into_any(),
                                            }).collect_view()}
                                            <td>{missing}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
        </section>
    }
}
