//! 错案卷宗: every wrong-case file with its stage and what is waiting, and the way to open a new one.

use leptos::prelude::*;

use super::gate::LegalJournalGate;
use crate::case_file::clocks;
use crate::csv_export::case_files_csv;
use crate::i18n::strings;
use crate::ui::components::CsvDownload;
use crate::ui::journal_state::LegalJournal;
use crate::ui::state::AppState;
use crate::web::clock::local_now;

/// The list page, for `/legal/cases`.
#[component]
pub fn CaseFilesPage() -> impl IntoView {
    let text = &strings().case_files;
    view! {
        <section data-testid="case-files-page">
            <p class="breadcrumb no-print"><a href="/legal">{strings().nav.legal}</a>" / "{text.title}</p>
            <h1>{text.title}</h1>
            <p class="lead">{text.intro}</p>
            <LegalJournalGate>
                <p><a class="button primary" href="/legal/cases/new" data-testid="case-file-new">{text.new_file}</a></p>
                <CaseFilesCsv />
                <CaseFileTable />
            </LegalJournalGate>
        </section>
    }
}

/// Downloads the files as the 错案卷宗台账 in CSV.
#[component]
fn CaseFilesCsv() -> impl IntoView {
    let state = expect_context::<AppState>();
    let legal = expect_context::<LegalJournal>().0;
    let make = Callback::new(move |()| {
        let today = local_now().date();
        state.readings.with_untracked(|r| case_files_csv(&legal.case_files(), r, today))
    });
    view! { <CsvDownload file_stem="错案卷宗台账" make=make test_id="case-files-csv" /> }
}

/// The table of files.
#[component]
fn CaseFileTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().case_files;
    let today = local_now().date();
    let files = move || legal.case_files().files;
    let [c_number, c_against, c_received, c_stage, c_due] = text.columns;
    view! {
        <Show when=move || !files().is_empty() fallback=move || view! { <p data-testid="case-files-empty">{text.empty}</p> }>
            <table class="register" data-testid="case-files">
                <thead><tr><th scope="col">{c_number}</th><th scope="col">{c_against}</th><th scope="col">{c_received}</th><th scope="col">{c_stage}</th><th scope="col">{c_due}</th></tr></thead>
                <tbody>
                    {move || files().into_iter().map(|file| {
                        let intake = file.intake().cloned().unwrap_or_default();
                        let waiting: Vec<String> = state.readings.with(|r| clocks(&file, r, today))
                            .into_iter()
                            .map(|c| match c.due {
                                Some(due) => format!("{}（{}）", c.kind.label(), due),
                                None => c.kind.label().to_string(),
                            })
                            .collect();
                        let waiting = if waiting.is_empty() { text.nothing_due.to_string() } else { waiting.join("；") };
                        view! {
                            <tr>
                                <th scope="row"><a href=format!("/legal/cases/{}", file.id) data-testid="case-file-link">{file.case_number().to_string()}</a></th>
                                <td>{intake.against}</td>
                                <td>{intake.received_on.map(|d| d.to_string()).unwrap_or_default()}</td>
                                <td data-testid="case-file-stage">{file.stage_reached().label()}</td>
                                <td data-testid="case-file-waiting">{waiting}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </Show>
    }
}
