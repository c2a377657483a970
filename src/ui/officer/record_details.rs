//! A record's fields as a definition list (one version).

use leptos::prelude::*;

use crate::record::InterferenceRecord;

/// The fields of one version of a record.
#[component]
pub fn RecordDetails(record: InterferenceRecord, #[prop(optional)] test_id: &'static str) -> impl IntoView {
    let test_id = if test_id.is_empty() { "record-details" } else { test_id };
    let date = |d: Option<chrono::NaiveDate>| d.map_or_else(|| "未报告".to_string(), |d| format!("已报告（{d}）"));
    let person = [record.person.name.as_str(), record.person.unit.as_str(), record.person.position.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("，");
    let conduct: Vec<&str> = record.facts.conduct.iter().map(|c| c.label()).collect();
    let rows: Vec<(&'static str, String)> = vec![
        ("时间", record.occurred_at.format("%Y-%m-%d %H:%M").to_string()),
        ("地点", record.place.clone()),
        ("人物", person),
        ("人物类别", record.category().label().to_string()),
        ("方式", record.method().label().to_string()),
        ("内容", record.content.clone()),
        ("案号", if record.case.number.is_empty() { "（尚无案号）".to_string() } else { record.case.number.clone() }),
        ("案由", record.case.cause.clone()),
        ("办理阶段", record.case.stage.label().to_string()),
        ("记录人", record.recorders.join("、")),
        ("对方的要求或行为", conduct.join("；")),
        ("向法治科报告", date(record.reports.legal_section)),
        ("向区司法局报告", date(record.reports.justice_bureau)),
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
