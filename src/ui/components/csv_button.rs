//! The buttons that download a register as CSV: the interference register (登记台账) as a list shows it, or any other
//! register through [`CsvDownload`].

use leptos::prelude::*;

use crate::csv_export::register_csv;
use crate::i18n::strings;
use crate::register::RegisterRow;
use crate::web::clock::local_now;
use crate::web::download::download_text;

/// Downloads what `make` gives as `liuhen-<file_stem>-<date>.csv`; a failure is said next to the button.
#[component]
pub fn CsvDownload(file_stem: &'static str, make: Callback<(), String>, test_id: &'static str) -> impl IntoView {
    let text = &strings().common;
    let failed = RwSignal::new(None::<String>);
    let download = move |_| {
        let file_name = format!("liuhen-{file_stem}-{}.csv", local_now().format("%Y-%m-%d"));
        let csv = make.run(());
        failed.set(download_text(&file_name, "text/csv;charset=utf-8", &csv).err().map(|e| (text.csv_failed)(&e)));
    };
    view! {
        <p class="no-print">
            <button type="button" data-testid=test_id on:click=download>{text.csv_download}</button>
            " "<span class="hint">{text.csv_hint}</span>
        </p>
        <p class="error" role="alert" data-testid=format!("{test_id}-error")>{move || failed.get()}</p>
    }
}

/// Downloads `rows` (what the list shows, filters applied) as `liuhen-登记台账-<date>.csv`.
#[component]
pub fn RegisterCsvButton(rows: Memo<Vec<RegisterRow>>, test_id: &'static str) -> impl IntoView {
    let make = Callback::new(move |()| rows.with_untracked(|rows| register_csv(rows)));
    view! { <CsvDownload file_stem="登记台账" make=make test_id=test_id /> }
}
