//! 月度零报告 on the officer's list: for a month without any record, the officer states "本月无内部人员过问案件情况";
//! the statement is a journal event and travels to 法治科 with the next export.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::strings;
use crate::journal::Month;
use crate::ui::journal_state::JournalState;
use crate::web::clock::local_now;

/// The month picker, the button, what happened, and the statements already filed on this device.
#[component]
pub fn AttestationCard() -> impl IntoView {
    let text = &strings().officer_area.attestation;
    let journal = expect_context::<JournalState>();
    let this_month = Month::of(local_now().date());
    let month = RwSignal::new(this_month.previous().to_string());
    let message = RwSignal::new(None::<Result<String, String>>);
    let filed = Memo::new(move |_| {
        journal.folded.with(|f| {
            f.attestations
                .iter()
                .map(|a| (text.filed_item)(&a.month.label(), &a.author.device_time.format("%Y-%m-%d")))
                .collect::<Vec<_>>()
        })
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(chosen) = Month::parse(&month.get_untracked()) else {
            message.set(Some(Err(text.month_needed.to_string())));
            return;
        };
        spawn_local(async move {
            let outcome = journal.attest_month(chosen).await;
            message.set(Some(outcome.map(|_| (text.filed)(&chosen.label())).map_err(|e| e.to_string())));
        });
    };
    view! {
        <section class="card no-print" aria-labelledby="attestation-heading" data-testid="attestation-card">
            <h2 id="attestation-heading">{text.heading}</h2>
            <p class="hint">{text.hint}</p>
            <form class="inline-form" on:submit=submit novalidate>
                <div class="field">
                    <label for="attestation-month">{text.month}</label>
                    <input id="attestation-month" data-testid="attestation-month" type="month" max=this_month.to_string() bind:value=month />
                </div>
                <button type="submit" data-testid="attestation-submit">{text.submit}</button>
            </form>
            {move || message.get().map(|m| match m {
                Ok(text) => view! { <p class="ok" role="status" data-testid="attestation-message">{text}</p> }.into_any(),
                Err(text) => view! { <p class="error" role="alert" data-testid="attestation-message">{text}</p> }.into_any(),
            })}
            {move || (!filed.with(Vec::is_empty)).then(|| view! {
                <ul class="hint" data-testid="attestation-filed">
                    {filed.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            })}
        </section>
    }
}
