//! What changed between two versions of a record, field by field, for the record's history.

use super::interference::InterferenceRecord;
use super::{FormField, Recipient};
use crate::rules::r2::ContactFact;

/// One field whose value differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// The field's label, as the form names it.
    pub field: &'static str,
    /// Its value in the earlier version (`（空）` when empty).
    pub before: String,
    /// Its value in the later version.
    pub after: String,
}

/// The fields that differ from `before` to `after`, in the form's order.
pub fn changes(before: &InterferenceRecord, after: &InterferenceRecord) -> Vec<FieldChange> {
    let (a, b) = (fields(before), fields(after));
    a.into_iter()
        .zip(b)
        .filter(|((_, x), (_, y))| x != y)
        .map(|((field, x), (_, y))| FieldChange { field, before: shown(x), after: shown(y) })
        .collect()
}

fn shown(value: String) -> String {
    if value.trim().is_empty() { "（空）".to_string() } else { value }
}

/// Every field of a version as (label, value), in the form's order.
fn fields(record: &InterferenceRecord) -> Vec<(&'static str, String)> {
    let date = |to: Recipient| record.reports.date(to).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
    let conduct: Vec<&str> = record.facts.conduct.iter().map(|c| c.label()).collect();
    let mut fields = vec![
        (FormField::OccurredAt.label(), record.occurred_at.format("%Y-%m-%d %H:%M").to_string()),
        (FormField::Place.label(), record.place.clone()),
        (FormField::PersonName.label(), record.person.name.clone()),
        (FormField::PersonUnit.label(), record.person.unit.clone()),
        ("人物职务", record.person.position.clone()),
        (FormField::Category.label(), record.category().label().to_string()),
        (FormField::Method.label(), record.method().label().to_string()),
        (FormField::Content.label(), record.content.clone()),
        (FormField::CaseNumber.label(), record.case.number.clone()),
        (FormField::CaseCause.label(), record.case.cause.clone()),
        (FormField::CaseStage.label(), record.case.stage.label().to_string()),
        (FormField::Recorders.label(), record.recorders.join("、")),
        (FormField::Conduct.label(), conduct.join("、")),
    ];
    fields.extend(ContactFact::ALL.map(|fact| (fact.question(), record.facts.answer(fact).label().to_string())));
    fields.push((FormField::LegalSectionDate.label(), date(Recipient::LegalSection)));
    fields.push((FormField::JusticeBureauDate.label(), date(Recipient::JusticeBureau)));
    fields
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::record::sample::phoned_plea;
    use crate::rules::r2::Answer;

    #[test]
    fn only_the_fields_that_differ_in_the_forms_order() {
        let before = phoned_plea();
        assert!(changes(&before, &before).is_empty());
        let mut after = before.clone();
        after.place = "执法支队会议室".into();
        after.person.position = "原副局长".into();
        after.facts.set_answer(ContactFact::OnBehalfOfParty, Answer::Unknown);
        after.reports.legal_section = NaiveDate::from_ymd_opt(2024, 5, 7);
        let found = changes(&before, &after);
        let fields: Vec<&str> = found.iter().map(|c| c.field).collect();
        assert_eq!(fields, vec!["地点", "人物职务", ContactFact::OnBehalfOfParty.question(), "向法治科报告的日期"],);
        assert_eq!((found[0].before.as_str(), found[0].after.as_str()), ("执法支队二楼办公室", "执法支队会议室"));
        assert_eq!(found[1].before, "（空）");
        assert_eq!((found[2].before.as_str(), found[2].after.as_str()), ("否", "不清楚"));
        assert_eq!(found[3].after, "2024-05-07");
    }
}
