//! 统计: counts over the merged register in a date range, each drawn as an inline SVG bar chart with its numbers in
//! a table beside it (the table is what screen readers and print read): prohibited interference by R2 Art. 10
//! item, records by month, by the actor's unit, and repeat actors; and 法治科's wrong-case files by Art. 5 ground,
//! Art. 6 act and Art. 11 decision. Verdicts are under the bureau's readings.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::case_file::case_file_statistics;
use crate::i18n::strings;
use crate::register::{Count, rows, statistics};
use crate::ui::bundles::{MergedState, StoreStatus};
use crate::ui::journal_state::LegalJournal;
use crate::ui::state::AppState;

/// The statistics page, for `/legal/statistics`.
#[component]
pub fn StatisticsPage() -> impl IntoView {
    let all = strings();
    let text = &all.legal_area.statistics;
    let merged = expect_context::<MergedState>();
    let app = expect_context::<AppState>();
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let date = |value: String| NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok();
    let register = Memo::new(move |_| app.readings.with(|r| merged.with(|s| rows(s.fold().records, r))));
    let stats = Memo::new(move |_| register.with(|rows| statistics(rows, date(from.get()), date(to.get()))));
    let legal = LegalJournal::opened();
    let files = Memo::new(move |_| {
        let files = legal.case_files();
        app.readings.with(|r| case_file_statistics(&files, r, date(from.get()), date(to.get())))
    });
    view! {
        <section data-testid="statistics-page">
            <p class="breadcrumb no-print"><a href="/legal">{all.nav.legal}</a>" / "{text.title}</p>
            <h1>{text.title}</h1>
            <p class="lead">{text.intro}</p>
            <StoreStatus />
            <form class="filters card no-print" on:submit=|ev| ev.prevent_default() aria-label=text.range_label>
                <div class="field"><label for="s-from">{all.common.register_filters.from}</label>
                    <input id="s-from" data-testid="statistics-from" type="date" bind:value=from /></div>
                <div class="field"><label for="s-to">{all.common.register_filters.to}</label>
                    <input id="s-to" data-testid="statistics-to" type="date" bind:value=to /></div>
            </form>
            <p data-testid="statistics-summary">{move || stats.with(|s| (text.summary)(s.records, s.prohibited))}</p>
            {move || {
                let s = stats.get();
                view! {
                    <BarChart id="by-item" title=text.by_item counts=s.by_item />
                    <BarChart id="by-month" title=text.by_month counts=s.by_month />
                    <BarChart id="by-unit" title=text.by_unit counts=s.by_unit />
                    <BarChart id="repeat-actors" title=text.repeat_actors counts=s.repeat_actors />
                }
            }}
            <h2>{text.case_files_heading}</h2>
            <p data-testid="statistics-case-files">{move || files.with(|f| (text.case_files_summary)(f.files))}</p>
            {move || {
                let f = files.get();
                view! {
                    <BarChart id="by-ground" title=text.by_ground counts=f.by_ground />
                    <BarChart id="by-act" title=text.by_act counts=f.by_act />
                    <BarChart id="by-decision" title=text.by_decision counts=f.by_decision />
                }
            }}
        </section>
    }
}

/// One chart: horizontal bars drawn in SVG (decorative for assistive technology), and the same counts as a table.
#[component]
fn BarChart(id: &'static str, title: &'static str, counts: Vec<Count>) -> impl IntoView {
    let text = &strings().legal_area.statistics;
    let heading = format!("chart-{id}-title");
    let max = counts.iter().map(|c| c.count).max().unwrap_or(0).max(1);
    const ROW: usize = 26;
    const LABEL: usize = 190;
    const WIDTH: usize = 560;
    let height = (counts.len() * ROW).max(ROW);
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let y = i * ROW;
            let width = c.count * (WIDTH - LABEL - 40) / max;
            view! {
                <text x=LABEL - 6 y=y + 17 text-anchor="end" class="chart-label">{c.label.clone()}</text>
                <rect x=LABEL y=y + 4 width=width height=ROW - 8 class="chart-bar" />
                <text x=LABEL + width + 4 y=y + 17 class="chart-value">{c.count}</text>
            }
        })
        .collect_view();
    let rows = counts
        .iter()
        .map(|c| view! { <tr><th scope="row">{c.label.clone()}</th><td>{c.count}</td></tr> })
        .collect_view();
    let empty = counts.is_empty();
    let labelled_by = heading.clone();
    view! {
        <section class="card chart" aria-labelledby=labelled_by data-testid=format!("chart-{id}")>
            <h2 id=heading>{title}</h2>
            {if empty {
                view! { <p class="hint">{text.no_records}</p> }.into_any()
            } else {
                view! {
                    <div class="chart-body">
                        <svg viewBox=format!("0 0 {WIDTH} {height}") width="100%" aria-hidden="true" class="chart-svg">{bars}</svg>
                        <table class="chart-table" data-testid=format!("chart-{id}-table")>
                            <thead><tr><th scope="col">{text.col_what}</th><th scope="col">{text.col_count}</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }}
        </section>
    }
}
