//! Which records' verdicts a change of the bureau's readings changes: shown when a published reading is imported,
//! and kept with that import in the history of published readings.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::row::RegisterRow;
use crate::journal::{EventHash, RecordState};
use crate::rules::Readings;

/// A record whose verdict differs under the new readings, named as people know it (案号, 人物, 时间).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangedVerdict {
    /// The record's id.
    pub record: EventHash,
    /// Its case number (案号), from its latest current version.
    pub case_number: String,
    /// The person who made contact (人物).
    pub person: String,
    /// When it happened (时间).
    pub occurred_at: NaiveDateTime,
    /// The verdict before (each current version's, joined by ` / ` for a conflict).
    pub before: String,
    /// The verdict after.
    pub after: String,
}

/// Every record whose verdict (on any current version) differs between `old` and `new`, in the order given.
pub fn verdicts_changed(records: &[RecordState], old: &Readings, new: &Readings) -> Vec<ChangedVerdict> {
    let label = |row: &RegisterRow| row.verdicts.iter().map(|v| v.label()).collect::<Vec<_>>().join(" / ");
    records
        .iter()
        .filter_map(|record| {
            let before = RegisterRow::of(record.clone(), old)?;
            let after = RegisterRow::of(record.clone(), new)?;
            (before.verdicts != after.verdicts).then(|| {
                let current = &after.current().record;
                ChangedVerdict {
                    record: record.id,
                    case_number: current.case.number.clone(),
                    person: current.person.name.clone(),
                    occurred_at: current.occurred_at,
                    before: label(&before),
                    after: label(&after),
                }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::journal::{DeviceId, Journal, MemoryStore};
    use crate::record::InterferenceRecord;
    use crate::record::sample::phoned_plea;
    use crate::rules::r2::{InterferenceFacts, PersonCategory};

    fn other_agency() -> InterferenceRecord {
        let plea = phoned_plea();
        InterferenceRecord {
            facts: InterferenceFacts { category: PersonCategory::OtherAgencyStaff, ..plea.facts.clone() },
            case: crate::record::CaseRef { number: "黔规资罚〔2024〕20号".into(), ..plea.case.clone() },
            ..plea
        }
    }

    #[test]
    fn only_the_records_whose_verdict_changes_are_listed_with_before_and_after() {
        let mut journal = Journal::open(MemoryStore::new(), DeviceId::new("dev_a").unwrap(), "张三").unwrap();
        let now = DateTime::parse_from_rfc3339("2024-05-10T10:00:00+08:00").unwrap();
        let retired = journal.create_record(phoned_plea(), now).unwrap();
        let outside = journal.create_record(other_agency(), now).unwrap();
        let records = journal.fold().records;
        let old = Readings::default();
        let mut new = Readings::default();
        new.r2.outside_officials_are_internal = false;

        assert!(verdicts_changed(&records, &old, &old).is_empty());
        let changed = verdicts_changed(&records, &old, &new);
        assert_eq!(changed.len(), 1, "{changed:?}");
        let change = &changed[0];
        assert_eq!(change.record, outside);
        assert_ne!(change.record, retired);
        assert_eq!(change.case_number, "黔规资罚〔2024〕20号");
        assert_eq!(change.person, "周某");
        assert_ne!(change.before, change.after);
        let rows = super::super::rows(records.clone(), &new);
        let row = rows.iter().find(|r| r.record.id == outside).unwrap();
        assert_eq!(change.after, row.verdict().label());
        // Back again: the same record, the other way round.
        let back = verdicts_changed(&records, &new, &old);
        assert_eq!((back[0].before.as_str(), back[0].after.as_str()), (change.after.as_str(), change.before.as_str()));
    }
}
