//! 期限计算: the deadlines of R1 Art. 10 — transfer within 2 days of intake (item 1, counted as the bureau's
//! [`crate::rules::deadline::DayCounting`] setting says) and the 1-month window to order a new investigation (item 3).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::calendar::date_with_weekday;
use crate::i18n::strings;
use crate::rules::deadline::{
    Deadline, DeadlineError, DeadlineKind, DeadlineStatus, reinvestigation_deadline, transfer_deadline,
};
use crate::ui::components::{ExplanationSteps, QuotedProvisions};
use crate::ui::state::AppState;
use crate::web::clock::local_now;

/// The “2日” of R1-10-1, for the basis text.
const TRANSFER_DAYS: u32 = 2;

/// The deadlines page, for `/legal/deadlines`.
#[component]
pub fn DeadlinesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = local_now().date();
    let intake = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let counting = Memo::new(move |_| state.readings.with(|r| r.day_counting));
    let transfer = Memo::new(move |_| parse(&intake.get()).map(|date| transfer_deadline(date, counting.get())));
    let reinvestigation = Memo::new(move |_| parse(&decision.get()).map(reinvestigation_deadline));
    let text = &strings().legal_area.deadlines;
    view! {
        <section data-testid="deadlines-page">
            <p class="breadcrumb no-print"><a href="/legal">{strings().nav.legal}</a>" / "{text.title_short}</p>
            <h1>{text.title}</h1>
            <p class="lead">
                {(text.intro)(&date_with_weekday(today))}
            </p>
            <div class="columns">
                <section class="card" aria-labelledby="transfer-heading" data-testid="transfer-card">
                    <h2 id="transfer-heading">{DeadlineKind::Transfer.label()}</h2>
                    <p class="hint">{text.transfer_hint}</p>
                    <DateInput id="intake-date" label=text.intake_date value=intake />
                    <div class="basis" data-testid="transfer-basis">
                        <p class="label">{move || (text.counting_method)(counting.get().label())}</p>
                        // Once a date is entered the reasoning below states the basis as one of its steps.
                        <Show
                            when=move || transfer.with(Option::is_none)
                            fallback=|| view! { <p>{strings().legal_area.deadlines.basis_below}</p> }
                        >
                            <p data-testid="transfer-basis-text">{move || counting.get().basis(TRANSFER_DAYS)}</p>
                        </Show>
                        <p class="no-print"><a href="/settings#readings-heading" data-testid="change-day-counting">{text.change_counting}</a></p>
                    </div>
                    {move || transfer.get().map(|result| view! { <DeadlineResult result=result today=today test_id="transfer" explanation_test_id="transfer-explanation" /> })}
                </section>
                <section class="card" aria-labelledby="reinvestigation-heading" data-testid="reinvestigation-card">
                    <h2 id="reinvestigation-heading">{DeadlineKind::Reinvestigation.label()}</h2>
                    <p class="hint">{text.reinvestigation_hint}</p>
                    <DateInput id="decision-date" label=text.decision_date value=decision />
                    {move || reinvestigation.get().map(|result| view! { <DeadlineResult result=result today=today test_id="reinvestigation" explanation_test_id="reinvestigation-explanation" /> })}
                </section>
            </div>
        </section>
    }
}

/// A date typed in a date input (`YYYY-MM-DD`), if complete.
fn parse(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// A labelled date input.
#[component]
fn DateInput(id: &'static str, label: &'static str, value: RwSignal<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id data-testid=id type="date" bind:value=value />
        </div>
    }
}

/// A computed deadline: due date, standing today, warnings, reasoning, quoted provision.
#[component]
fn DeadlineResult(
    result: Result<Deadline, DeadlineError>,
    today: NaiveDate,
    test_id: &'static str,
    explanation_test_id: &'static str,
) -> impl IntoView {
    let deadline = match result {
        Ok(deadline) => deadline,
        Err(error) => {
            return view! { <p class="error" role="alert" data-testid=format!("{test_id}-error")>{error.to_string()}</p> }
                .into_any();
        }
    };
    let status = deadline.status(today);
    let status_class = match status {
        DeadlineStatus::Remaining { .. } => "deadline-status",
        DeadlineStatus::DueToday => "deadline-status due-today",
        DeadlineStatus::Passed { .. } => "deadline-status passed",
    };
    let warnings = deadline.warnings.clone();
    let text = &strings().legal_area.deadlines;
    view! {
        <div class="deadline" data-testid=format!("{test_id}-result")>
            {(!warnings.is_empty()).then(|| view! {
                <div class="alarm" role="alert" data-testid=format!("{test_id}-warnings")>
                    <p><strong>{text.calendar_warning}</strong></p>
                    <ul>{warnings.iter().map(|w| view! { <li>{w.message()}</li> }).collect_view()}</ul>
                </div>
            })}
            <p class="due">
                <span class="label">{(text.due_label)(&deadline.period.label())}</span>
                <strong data-testid=format!("{test_id}-due")>{date_with_weekday(deadline.due)}</strong>
            </p>
            <p class=status_class data-testid=format!("{test_id}-status")>{status.label()}</p>
            <h3>{text.steps_heading}</h3>
            <ExplanationSteps explanation=deadline.explanation.clone() test_id=explanation_test_id />
            <details class="law" open=true>
                <summary>{strings().common.quoted_law}</summary>
                <QuotedProvisions cites=vec![deadline.kind.cite()] />
            </details>
        </div>
    }
    .into_any()
}
