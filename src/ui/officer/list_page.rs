//! 办案记录: the officer's records with counts, filters, sorting, the storage meter and the integrity check.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::attestation_card::AttestationCard;
use crate::i18n::strings;
use crate::register::{RegisterFilter, RegisterRow, SortOrder, counts, filter_and_sort, rows};
use crate::ui::components::{RegisterCsvButton, RegisterFilters};
use crate::ui::journal_state::{JournalState, JournalStatus};
use crate::ui::state::AppState;

/// The officer's home page.
#[component]
pub fn OfficerPage() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let app = expect_context::<AppState>();
    let all_rows =
        Memo::new(move |_| app.readings.with(|r| journal.folded.with(|folded| rows(folded.records.clone(), r))));
    let filter = RwSignal::new(RegisterFilter::default());
    let oldest_first = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        let order = if oldest_first.get() { SortOrder::OldestFirst } else { SortOrder::NewestFirst };
        all_rows.with(|r| filter_and_sort(r, &filter.get(), order))
    });
    let totals = Memo::new(move |_| all_rows.with(|r| counts(r)));
    let officer = &strings().officer_area;
    let text = &officer.list;
    view! {
        <section data-testid="officer-page">
            <div class="page-head">
                <h1>{strings().nav.officer}</h1>
                <a class="button primary" href="/officer/new" data-testid="new-record-link">{text.new_record}</a>
                <a class="button" href="/officer/export" data-testid="export-link">{text.export}</a>
            </div>
            <p class="lead">{strings().areas.officer_intro}</p>
            <IntegrityStatus />
            <dl class="counts" data-testid="counts">
                <div><dt>{text.count_total}</dt><dd data-testid="count-total">{move || totals.get().total}</dd></div>
                <div><dt>{text.count_prohibited}</dt><dd data-testid="count-prohibited">{move || totals.get().prohibited}</dd></div>
                <div><dt>{text.count_unreported}</dt><dd data-testid="count-unreported">{move || totals.get().unreported}</dd></div>
                <div><dt>{text.count_conflicted}</dt><dd data-testid="count-conflicted">{move || totals.get().conflicted}</dd></div>
                <div><dt>{text.count_flagged}</dt><dd data-testid="count-flagged">{move || totals.get().flagged}</dd></div>
            </dl>
            <StorageMeter />
            <AttestationCard />
            <form class="filters card no-print" on:submit=|ev| ev.prevent_default() aria-label=text.filters_label>
                <RegisterFilters filter=filter ids="f" test_ids="filter" />
                <div class="field">
                    <label for="f-order">{text.sort}</label>
                    <select id="f-order" data-testid="sort-order" on:change=move |ev| oldest_first.set(event_target_value(&ev) == "oldest")>
                        <option value="newest">{text.newest_first}</option>
                        <option value="oldest">{text.oldest_first}</option>
                    </select>
                </div>
            </form>
            <RegisterCsvButton rows=shown test_id="export-csv" />
            <p class="hint" role="status" data-testid="shown-count">{move || (text.shown_count)(shown.with(Vec::len), totals.get().total)}</p>
            <div class="table-wrap">
                <table data-testid="record-table">
                    <thead><tr><th scope="col">{text.col_time}</th><th scope="col">{text.col_case}</th><th scope="col">{text.col_person}</th><th scope="col">{text.col_verdict}</th><th scope="col">{text.col_reported}</th></tr></thead>
                    <tbody>
                        <For each=move || shown.get() key=|row| (row.record.id, row.record.versions.len(), row.reported_on, row.record.flagged()) let:row>
                            <RecordLine row=row />
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// One line of the officer's list: its latest current version.
#[component]
fn RecordLine(row: RegisterRow) -> impl IntoView {
    let officer = &strings().officer_area;
    let text = &officer.list;
    let record = row.current().record.clone();
    let flagged = row.record.flagged();
    view! {
                            <tr data-testid="record-row" class:flagged=flagged>
                                <td>{record.occurred_at.format("%Y-%m-%d %H:%M").to_string()}</td>
                                <td>
                                    <a href=format!("/officer/record/{}", row.record.id) data-testid="record-link">
                                        {if record.case.number.is_empty() { officer.no_case_number.to_string() } else { record.case.number.clone() }}
                                    </a>
                                    <br /><span class="hint">{record.case.cause.clone()}</span>
                                    {row.record.is_conflicted().then_some(view! { <span class="tag">{text.tag_conflicted}</span> })}
                                    {flagged.then_some(view! { <span class="tag tag-alarm">{text.tag_flagged}</span> })}
                                </td>
                                <td>{record.person.name.clone()}<br /><span class="hint">{record.category().label()}</span></td>
                                <td>{row.verdict().label()}</td>
                                <td>{row.reported_on.map_or_else(|| officer.not_reported.to_string(), |d| d.to_string())}</td>
                            </tr>
    }
}

/// The result of verifying every chain, with a button to check again now.
#[component]
fn IntegrityStatus() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let text = &strings().officer_area.list;
    let checked = RwSignal::new(None::<String>);
    let verify = move |_| {
        spawn_local(async move {
            let result = match journal.verify().await {
                Ok(0) => text.verified_ok.to_string(),
                Ok(n) => (text.verified_issues)(n),
                Err(error) => (text.verify_failed)(&error),
            };
            checked.set(Some(result));
        });
    };
    view! {
        {move || match journal.status.get() {
            JournalStatus::Opening => view! { <p role="status" data-testid="integrity-pending">{text.integrity_pending}</p> }.into_any(),
            JournalStatus::Failed(error) => view! { <p class="alarm" role="alert" data-testid="journal-open-failed">{error}</p> }.into_any(),
            JournalStatus::Ready => ().into_any(),
        }}
        {move || journal.summary().map(|s| view! { <p class="hint" data-testid="chain-summary">{s.describe()}</p> })}
        {move || {
            if !journal.ready() {
                return ().into_any();
            }
            let issues = journal.issues();
            if issues.is_empty() {
                view! { <p class="ok" data-testid="integrity-ok">{text.integrity_ok}</p> }.into_any()
            } else {
                view! {
                    <div class="alarm" role="alert" data-testid="integrity-alarm">
                        <p><strong>{(text.integrity_alarm)(issues.len())}</strong>
                            {text.integrity_advice}</p>
                        <ul data-testid="integrity-issues">
                            {issues.into_iter().map(|issue| view! { <li>{issue.describe()}</li> }).collect_view()}
                        </ul>
                    </div>
                }.into_any()
            }
        }}
        <p class="no-print">
            <button type="button" data-testid="verify-now" on:click=verify>{text.verify_now}</button>
            " " <span role="status" data-testid="verify-result">{move || checked.get()}</span>
        </p>
    }
}

/// How much of the storage the browser allows this site is used, with a warning from 80 % on.
#[component]
fn StorageMeter() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let text = &strings().officer_area.list;
    view! {
        {move || journal.storage.get().map(|figures| {
            let percent = figures.percent();
            view! {
                <div class="meter" data-testid="storage-meter">
                    <label for="storage-progress">{text.storage_usage}</label>
                    <progress id="storage-progress" max="100" value=percent.to_string()></progress>
                    <span>{figures.describe()}</span>
                    {figures.nearly_full().then(|| view! { <p class="alarm" role="alert" data-testid="storage-nearly-full">{text.storage_nearly_full}</p> })}
                </div>
            }
        })}
    }
}
