//! The interference register (登记台账) as CSV: one line per record, its latest current version, the verdict under
//! the bureau's readings and the provisions it rests on.

use super::csv;
use crate::register::RegisterRow;

/// The columns, in order.
const HEADERS: [&str; 15] = [
    "时间",
    "地点",
    "案号",
    "案由",
    "办理阶段",
    "人物",
    "人物单位",
    "人物类别",
    "方式",
    "内容",
    "定性",
    "依据",
    "报告日期",
    "记录人",
    "版本数",
];

/// The rows as a CSV file (see [`super`] for the format).
pub fn register_csv(rows: &[RegisterRow]) -> String {
    csv(
        &HEADERS,
        rows.iter().map(|row| {
            let record = &row.current().record;
            let verdicts: Vec<String> = row.verdicts.iter().map(|v| v.label()).collect();
            let mut rests_on: Vec<String> = Vec::new();
            for cite in row.verdicts.iter().flat_map(|v| v.rests_on()) {
                let id = cite.to_string();
                if !rests_on.contains(&id) {
                    rests_on.push(id);
                }
            }
            vec![
                record.occurred_at.format("%Y-%m-%d %H:%M").to_string(),
                record.place.clone(),
                record.case.number.clone(),
                record.case.cause.clone(),
                record.case.stage.label().to_string(),
                record.person.name.clone(),
                record.person.unit.clone(),
                record.category().label().to_string(),
                record.method().label().to_string(),
                record.content.clone(),
                verdicts.join(" / "),
                rests_on.join(" "),
                row.reported_on.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default(),
                row.officers.join("、"),
                row.record.versions.len().to_string(),
            ]
        }),
    )
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDate};

    use super::*;
    use crate::csv_export::tests::parse;
    use crate::journal::{DeviceId, Journal, MemoryStore};
    use crate::record::sample::phoned_plea;
    use crate::record::{CaseRef, InterferenceRecord, Person, Recipient};
    use crate::register::rows;
    use crate::rules::Readings;

    #[test]
    fn the_register_exports_with_chinese_intact_and_hostile_text_neutralised() {
        let mut journal = Journal::open(MemoryStore::new(), DeviceId::new("dev_a").unwrap(), "张三").unwrap();
        let now = DateTime::parse_from_rfc3339("2024-05-10T10:00:00+08:00").unwrap();
        let plea = phoned_plea();
        let record = InterferenceRecord {
            occurred_at: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap().and_hms_opt(9, 30, 0).unwrap(),
            place: "执法支队，二楼".into(),
            person: Person { name: "=王某".into(), unit: "原局办公室".into(), position: String::new() },
            content: "来电说情，\n称\"从轻处理\"".into(),
            case: CaseRef { number: "黔规资罚〔2024〕12号".into(), ..plea.case.clone() },
            ..plea
        };
        let id = journal.create_record(record, now).unwrap();
        journal.mark_reported(id, Recipient::LegalSection, NaiveDate::from_ymd_opt(2024, 5, 2).unwrap(), now).unwrap();
        let text = register_csv(&rows(journal.fold().records, &Readings::default()));
        let table = parse(&text);
        assert_eq!(table[0], HEADERS.map(String::from).to_vec());
        let line = &table[1];
        assert_eq!(line[0], "2024-05-01 09:30");
        assert_eq!(line[1], "执法支队，二楼");
        assert_eq!(line[2], "黔规资罚〔2024〕12号");
        assert_eq!(line[5], "'=王某", "a leading = is neutralised");
        assert_eq!(line[9], "来电说情，\n称\"从轻处理\"", "line breaks and quotes survive");
        assert!(line[10].starts_with("违反规定干预办案"), "{}", line[10]);
        assert!(line[11].contains("R2-10-5"), "{}", line[11]);
        assert_eq!(line[12], "2024-05-02");
        assert_eq!(line[13], "张三");
        assert_eq!(table.len(), 2);
    }
}
