//! A file's open clocks: what each is for, its due date and standing today, and the counted basis on demand.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::calendar::date_with_weekday;
use crate::case_file::FileClock;
use crate::i18n::strings;
use crate::ui::components::ExplanationSteps;

/// The clocks, or "无".
#[component]
pub fn ClockList(clocks: Vec<FileClock>, today: NaiveDate) -> impl IntoView {
    let text = &strings().case_files;
    if clocks.is_empty() {
        return view! { <p data-testid="file-clocks">{text.nothing_due}</p> }.into_any();
    }
    view! {
        <ul class="clock-list" data-testid="file-clocks">
            {clocks.into_iter().map(|clock| {
                let standing = match (&clock.deadline, clock.due) {
                    (Some(deadline), Some(due)) => format!("{}，{}", (text.due_on)(&date_with_weekday(due)), deadline.status(today).label()),
                    _ => text.no_period.to_string(),
                };
                let urgent = clock.due.is_some_and(|due| (due - today).num_days() <= 3);
                view! {
                    <li class:urgent=urgent data-testid=format!("clock-{:?}", clock.kind).to_lowercase()>
                        <strong>{clock.kind.label()}</strong>"（"{clock.kind.cite().short_label()}"）："{standing}
                        {clock.deadline.map(|deadline| view! {
                            <details><summary>{text.basis}</summary><ExplanationSteps explanation=deadline.explanation /></details>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
