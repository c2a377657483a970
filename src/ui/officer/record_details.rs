//! A record's fields as a definition list (one version).

use leptos::prelude::*;

use crate::i18n::strings;
use crate::record::{InterferenceRecord, ReportStatus};

/// The fields of one version of a record. For the record as it stands, pass its `reports`
/// ([`crate::journal::RecordState::report_status`]), so the details and the report section say the same; a past
/// version shows what it recorded itself.
#[component]
pub fn RecordDetails(
    record: InterferenceRecord,
    #[prop(optional)] reports: Option<ReportStatus>,
    #[prop(optional)] test_id: &'static str,
) -> impl IntoView {
    let reports = reports.unwrap_or(record.reports);
    let test_id = if test_id.is_empty() { "record-details" } else { test_id };
    let officer = &strings().officer_area;
    let text = &officer.fields;
    let date =
        |d: Option<chrono::NaiveDate>| d.map_or_else(|| officer.not_reported.to_string(), |d| (text.reported_on)(&d));
    let person = [record.person.name.as_str(), record.person.unit.as_str(), record.person.position.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(text.person_separator);
    let conduct: Vec<&str> = record.facts.conduct.iter().map(|c| c.label()).collect();
    let rows: Vec<(&'static str, String)> = vec![
        (text.time, record.occurred_at.format("%Y-%m-%d %H:%M").to_string()),
        (text.place, record.place.clone()),
        (text.person, person),
        (text.category, record.category().label().to_string()),
        (text.method, record.method().label().to_string()),
        (text.content, record.content.clone()),
        (
            text.case_number,
            if record.case.number.is_empty() { officer.no_case_number.to_string() } else { record.case.number.clone() },
        ),
        (text.case_cause, record.case.cause.clone()),
        (text.case_stage, record.case.stage.label().to_string()),
        (text.recorders, record.recorders.join(text.recorders_separator)),
        (text.conduct, conduct.join(text.conduct_separator)),
        (text.reported_legal, date(reports.legal_section)),
        (text.reported_justice, date(reports.justice_bureau)),
    ];
    view! {
        <dl class="record-fields" data-testid=test_id>
            {rows
                .into_iter()
                .map(|(label, value)| view! { <dt>{label}</dt><dd class="preserve">{value}</dd> })
                .collect_view()}
        </dl>
    }
}
