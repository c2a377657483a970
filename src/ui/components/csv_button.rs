//! The button that downloads the rows a list shows as the interference register (登记台账) in CSV.

use leptos::prelude::*;

use crate::csv_export::register_csv;
use crate::i18n::strings;
use crate::register::RegisterRow;
use crate::web::clock::local_now;
use crate::web::download::download_text;

/// Downloads `rows` (what the list shows, filters applied) as `liuhen-登记台账-<date>.csv`; a failure is said next to
/// the button.
#[component]
pub fn RegisterCsvButton(rows: Memo<Vec<RegisterRow>>, test_id: &'static str) -> impl IntoView {
    let text = &strings().common;
    let failed = RwSignal::new(None::<String>);
    let download = move |_| {
        let file_name = format!("liuhen-登记台账-{}.csv", local_now().format("%Y-%m-%d"));
        let csv = rows.with_untracked(|rows| register_csv(rows));
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
