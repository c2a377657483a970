//! The wrong-case files' register (错案卷宗台账) as CSV: one row per file, with where it stands and what is waiting.

use chrono::NaiveDate;

use super::csv;
use crate::case_file::{CaseFiles, clocks};
use crate::rules::{Readings, run_wrong_case};

/// The headers, in order.
const HEADERS: [&str; 11] = [
    "案号",
    "受理日期",
    "受理方式",
    "举报人或投诉人",
    "被举报、投诉的执法人员",
    "涉及的执法案件",
    "是否属于本单位受理",
    "当前阶段",
    "认定结论",
    "处理决定",
    "待办与期限",
];

/// The files as CSV, verdicts under `readings`, clocks counted on `today`.
pub fn case_files_csv(files: &CaseFiles, readings: &Readings, today: NaiveDate) -> String {
    let rows = files.files.iter().map(|file| {
        let intake = file.intake().cloned().unwrap_or_default();
        let remit = match intake.within_remit {
            Some(true) => "是",
            Some(false) => "否",
            None => "",
        };
        let finding = file.facts().map(|facts| run_wrong_case(&facts, readings).status.label().to_string());
        let decision = file.decision().map(|d| {
            let outcomes: Vec<String> =
                d.officers.iter().map(|o| format!("{}：{}", o.officer, o.outcome.label())).collect();
            let on = d.decided_on.map(|d| d.to_string()).unwrap_or_default();
            format!("{on} {}", outcomes.join("；"))
        });
        let waiting: Vec<String> = clocks(file, readings, today)
            .into_iter()
            .map(|c| match c.due {
                Some(due) => format!("{}（{due}）", c.kind.label()),
                None => c.kind.label().to_string(),
            })
            .collect();
        vec![
            file.case_number().to_string(),
            intake.received_on.map(|d| d.to_string()).unwrap_or_default(),
            intake.received_via.label().to_string(),
            intake.reporter,
            intake.against,
            intake.enforcement_case,
            remit.to_string(),
            file.stage_reached().label().to_string(),
            finding.unwrap_or_default(),
            decision.unwrap_or_default(),
            waiting.join("；"),
        ]
    });
    csv(&HEADERS, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case_file::{CaseFileEntry, CaseStep, Intake};
    use crate::journal::{DeviceId, Journal, MemoryStore};
    use chrono::DateTime;

    #[test]
    fn each_file_is_a_row_with_its_stage_and_clocks_and_hostile_text_is_neutralised() {
        let today = NaiveDate::from_ymd_opt(2024, 6, 12).unwrap();
        let mut journal =
            Journal::open(MemoryStore::new(), DeviceId::new("fz00000000000001").unwrap(), "刘某").unwrap();
        let intake = Intake {
            case_number: "黔江规资错查〔2024〕1号".into(),
            received_on: NaiveDate::from_ymd_opt(2024, 6, 7),
            reporter: "=HYPERLINK(\"x\")".into(),
            against: "张三, 李四".into(),
            enforcement_case: "某案\n第二行".into(),
            summary: "x".into(),
            within_remit: Some(false),
            ..Default::default()
        };
        let now = DateTime::parse_from_rfc3339("2024-06-12T10:00:00+08:00").unwrap();
        let entry = CaseFileEntry { file: None, amends: None, reason: String::new(), step: CaseStep::Intake(intake) };
        journal.record_case_step(entry, &Readings::default(), today, now).unwrap();
        let text = case_files_csv(&journal.case_files(), &Readings::default(), today);
        assert!(text.starts_with('\u{feff}'));
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], HEADERS.join(","));
        assert!(lines[1].starts_with("黔江规资错查〔2024〕1号,2024-06-07,来信,\"'=HYPERLINK(\"\"x\"\")\",\"张三, 李四\",\"某案\n第二行\",否,立案,"));
        assert!(lines[1].ends_with(",答复举报人或投诉人；转送有权部门（2024-06-11）"), "{}", lines[1]);
    }
}
