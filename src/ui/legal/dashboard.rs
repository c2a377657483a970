//! 法治科's landing: everything with a clock (see [`crate::legal::due_items`]), overdue and due within 3 days
//! highlighted, each row linking to where it is dealt with.

use leptos::prelude::*;

use super::case_files::LegalJournalGate;
use crate::calendar::date_with_weekday;
use crate::i18n::strings;
use crate::legal::{Urgency, due_items};
use crate::register::rows;
use crate::ui::bundles::{MergedState, StoreStatus};
use crate::ui::journal_state::LegalJournal;
use crate::ui::state::AppState;
use crate::web::clock::local_now;

/// The dashboard table.
#[component]
pub fn Dashboard() -> impl IntoView {
    let app = expect_context::<AppState>();
    let merged = expect_context::<MergedState>();
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().legal_area.dashboard;
    let today = local_now().date();
    let items = Memo::new(move |_| {
        let files = legal.case_files();
        let follow_ups = legal.follow_ups();
        app.readings.with(|r| {
            merged.with(|s| {
                let folded = s.fold();
                let register = rows(folded.records, r);
                due_items(&files, &follow_ups, &register, &folded.attestations, r, today)
            })
        })
    });
    view! {
        <section class="card" aria-labelledby="dashboard-heading" data-testid="dashboard">
            <h2 id="dashboard-heading">{text.heading}</h2>
            <p class="hint">{(text.today)(&date_with_weekday(today))}</p>
            <StoreStatus />
            <LegalJournalGate>
                {move || {
                    let items = items.get();
                    if items.is_empty() {
                        return view! { <p data-testid="dashboard-empty">{text.empty}</p> }.into_any();
                    }
                    let [c_due, c_what, c_subject, c_basis] = text.columns;
                    view! {
                        <table class="register" data-testid="dashboard-table">
                            <thead><tr><th scope="col">{c_due}</th><th scope="col">{c_what}</th><th scope="col">{c_subject}</th><th scope="col">{c_basis}</th></tr></thead>
                            <tbody>
                                {items.into_iter().map(|item| {
                                    let urgency = item.urgency(today);
                                    let due = match item.due {
                                        Some(due) => date_with_weekday(due),
                                        None => text.no_period.to_string(),
                                    };
                                    let standing = match urgency {
                                        Urgency::Overdue => Some(text.overdue),
                                        Urgency::Soon => Some(text.soon),
                                        _ => None,
                                    };
                                    view! {
                                        <tr class:overdue=urgency == Urgency::Overdue class:soon=urgency == Urgency::Soon data-testid="dashboard-row">
                                            <td>{due}{standing.map(|s| view! { " "<strong>{s}</strong> })}
                                                {item.unpublished_calendar.then(|| view! { <p class="hint">{text.unpublished_calendar}</p> })}</td>
                                            <td>{item.kind.label()}</td>
                                            <td><a href=item.link>{item.subject}</a></td>
                                            <td>{item.kind.cite().short_label()}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
            </LegalJournalGate>
        </section>
    }
}
