//! 登记册 (法治科): one list of every interference record across all officers, with where each came from (device,
//! officer, import file), the officer list's filters plus one by officer, and counts.
//!
//! 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理，
//! 必要时可移交同级司法局处理。

use leptos::prelude::*;

use super::merged_state::MergedState;
use super::store_status::StoreStatus;
use crate::bundle::{Provenance, record_sources};
use crate::follow_up::{FollowUpFilter, FollowUpState};
use crate::i18n::strings;
use crate::register::{RegisterFilter, RegisterRow, SortOrder, counts, filter_and_sort, rows};
use crate::rules::r2::Verdict;
use crate::ui::components::{RegisterCsvButton, RegisterFilters};
use crate::ui::journal_state::LegalJournal;
use crate::ui::state::AppState;

/// Where a version came from, in one line: officer, device, and the files that carried it.
pub fn provenance_line(provenance: &Provenance) -> String {
    let common = &strings().bundles;
    let imports: Vec<String> = provenance.imports.iter().map(|i| (common.import_ref)(&i.source, &i.number)).collect();
    (common.register.provenance)(
        &provenance.officer,
        &provenance.device,
        &if imports.is_empty() { common.no_imports.to_string() } else { imports.join(common.list_separator) },
    )
}

/// The register, for `/legal/register`.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let all_text = strings();
    let page_text = &all_text.bundles.register;
    let merged = expect_context::<MergedState>();
    let filter = RwSignal::new(RegisterFilter::default());
    let app = expect_context::<AppState>();
    let all = Memo::new(move |_| {
        let all = app.readings.with(|r| merged.with(|s| rows(s.fold().records, r)));
        filter_and_sort(&all, &RegisterFilter::default(), SortOrder::OldestFirst)
    });
    let legal = LegalJournal::opened();
    let follow_up_filter = RwSignal::new(FollowUpFilter::Any);
    let follow_ups = Memo::new(move |_| legal.follow_ups());
    let shown = Memo::new(move |_| {
        let wanted = follow_up_filter.get();
        let mut shown = all.with(|rows| filter_and_sort(rows, &filter.get(), SortOrder::OldestFirst));
        follow_ups.with(|f| shown.retain(|row| wanted.matches(f.state_of(row))));
        shown
    });
    let officers = Memo::new(move |_| {
        let mut names: Vec<String> = all.with(|rows| rows.iter().flat_map(|r| r.officers.clone()).collect());
        names.sort();
        names.dedup();
        names
    });
    let totals = Memo::new(move |_| all.with(|rows| counts(rows)));
    let show_provenance = RwSignal::new(false);
    view! {
        <section data-testid="register-page">
            <p class="breadcrumb"><a href="/legal">{all_text.nav.legal}</a>" / "{all_text.bundles.pages.register}</p>
            <h1>{page_text.heading}</h1>
            <p class="lead">{page_text.lead}</p>
            <StoreStatus />
            <dl class="counts" data-testid="register-counts">
                <div><dt>{page_text.total}</dt><dd data-testid="register-count-total">{move || totals.get().total}</dd></div>
                <div><dt>{page_text.prohibited}</dt><dd data-testid="register-count-prohibited">{move || totals.get().prohibited}</dd></div>
                <div><dt>{page_text.unreported}</dt><dd data-testid="register-count-unreported">{move || totals.get().unreported}</dd></div>
                <div><dt>{page_text.conflicted}</dt><dd data-testid="register-count-conflicted">{move || totals.get().conflicted}</dd></div>
            </dl>
            <form class="filters card" on:submit=|ev| ev.prevent_default() aria-label=page_text.filters_label>
                <RegisterFilters filter=filter ids="r" test_ids="register-filter" officers=officers />
                <div class="field">
                    <label for="r-follow-up">{all_text.follow_up.filter.0}</label>
                    <select id="r-follow-up" data-testid="register-filter-follow-up" on:change=move |ev| {
                        let chosen = event_target_value(&ev).parse::<usize>().ok().and_then(|i| FollowUpFilter::ALL.get(i).copied());
                        follow_up_filter.set(chosen.unwrap_or_default());
                    }>
                        {all_text.follow_up.filter.1.iter().enumerate().map(|(i, label)| view! { <option value=i.to_string()>{*label}</option> }).collect_view()}
                    </select>
                </div>
            </form>
            <RegisterCsvButton rows=shown test_id="register-export-csv" />
            <p class="check no-print">
                <input type="checkbox" id="r-show-provenance" data-testid="register-show-provenance" bind:checked=show_provenance />
                <label for="r-show-provenance">{page_text.show_provenance}</label>
            </p>
            <p class="hint" role="status" data-testid="register-shown">{move || (page_text.shown)(shown.with(Vec::len), all.with(Vec::len))}</p>
            <div class="table-wrap">
                <table data-testid="register-table" class="register-table" class:show-provenance=move || show_provenance.get()>
                    <thead><tr>
                        <th scope="col">{page_text.col_time}</th><th scope="col">{page_text.col_case}</th><th scope="col" class="col-person">{page_text.col_person}</th>
                        <th scope="col">{page_text.verdict}</th><th scope="col" class="col-report">{page_text.col_report}</th><th scope="col">{all_text.follow_up.heading}</th><th scope="col" class="provenance">{page_text.col_source}</th>
                    </tr></thead>
                    <tbody>
                        {move || shown.get().into_iter().map(|row| {
                            let follow_up = follow_ups.with(|f| f.state_of(&row)).map_or("", FollowUpState::label);
                            view! { <RegisterLine row=row follow_up=follow_up /> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// One line of the register (its current version; with a conflict, every current version's verdict).
#[component]
fn RegisterLine(row: RegisterRow, follow_up: &'static str) -> impl IntoView {
    let common = &strings().bundles;
    let text = &common.register;
    let merged = expect_context::<MergedState>();
    let id = row.record.id;
    let conflicted = row.record.is_conflicted();
    let r = row.current().record.clone();
    let (occurred, case_number, cause, person) =
        (r.occurred_at.format("%Y-%m-%d %H:%M").to_string(), r.case.number, r.case.cause, r.person.name);
    let verdicts: Vec<String> = row.verdicts.iter().map(Verdict::label).collect();
    let created = merged.with_untracked(|s| record_sources(s, &row.record)).map(|s| provenance_line(&s.created));
    view! {
        <tr data-testid="register-row">
            <td>{occurred}</td>
            <td>
                <a href=format!("/legal/register/{id}") data-testid="register-link">
                    {if case_number.is_empty() { common.no_case_number.to_string() } else { case_number }}
                </a>
                <br /><span class="hint">{cause}</span>
                {conflicted.then_some(view! { <span class="tag">{text.pending_merge}</span> })}
            </td>
            <td class="col-person" data-testid="register-person">{person}</td>
            <td>{verdicts.join(" / ")}</td>
            <td>{row.reported_on.map_or_else(|| text.unreported.to_string(), |d| d.to_string())}</td>
            <td data-testid="register-follow-up">{follow_up}</td>
            <td class="provenance" data-testid="register-provenance">{created}</td>
        </tr>
    }
}
