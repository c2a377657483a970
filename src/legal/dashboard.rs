//! 法治科's landing page as data: everything with a clock, soonest first — transfers owed (R1-10-1), replies owed,
//! re-investigation windows (R1-10-3), records awaiting 法治科's determination (R2 Art. 4), prohibited interference not yet recorded as reported to 法治科 (R2 Art. 3),
//! and last month's missing 月度零报告. Overdue and due within 3 days stand out; a date counted through a year without
//! a published holiday calendar is flagged.

use chrono::NaiveDate;

use crate::case_file::{CaseFiles, ClockKind, clocks};
use crate::follow_up::{FollowUpState, FollowUps};
use crate::journal::{Attestation, Month};
use crate::law::Cite;
use crate::register::{MonthStatus, RegisterRow, monthly_overview};
use crate::rules::Readings;
use crate::rules::r2::Verdict;

/// What is waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DueKind {
    /// A clock of a wrong-case file.
    CaseFile(ClockKind),
    /// 违反规定干预 that the register shows no report to 法治科 (or 区司法局) for.
    UnreportedInterference,
    /// A record the engine finds prohibited, undetermined or incomplete, without 法治科's determination.
    FollowUpPending,
    /// An officer who filed neither records nor a 零报告 for last month.
    MissingAttestation,
}

impl DueKind {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            DueKind::CaseFile(clock) => clock.label(),
            DueKind::UnreportedInterference => "违反规定干预，尚无向法治科报告的记录",
            DueKind::FollowUpPending => "待法治科认定",
            DueKind::MissingAttestation => "上月既无记录也无零报告",
        }
    }

    /// The provision behind it (the 零报告 is bureau practice under Art. 3 and 4).
    pub fn cite(self) -> Cite {
        match self {
            DueKind::CaseFile(clock) => clock.cite(),
            DueKind::UnreportedInterference => Cite::article(2, 3),
            DueKind::FollowUpPending | DueKind::MissingAttestation => Cite::article(2, 4),
        }
    }
}

/// How pressing an item is on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    /// The due date has passed.
    Overdue,
    /// Due today or within 3 days.
    Soon,
    /// Due later.
    Later,
    /// No period is set by the rules.
    NoPeriod,
}

/// One row of the dashboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    /// What is waiting.
    pub kind: DueKind,
    /// The due date, where the rules set one.
    pub due: Option<NaiveDate>,
    /// Since when it has been waiting.
    pub since: Option<NaiveDate>,
    /// Which file, record or officer (案号, 人物 and time, or the officer's name).
    pub subject: String,
    /// The page to act on it.
    pub link: String,
    /// Whether the count ran through a year without a published holiday calendar.
    pub unpublished_calendar: bool,
}

impl DueItem {
    /// How pressing it is on `today`.
    pub fn urgency(&self, today: NaiveDate) -> Urgency {
        match self.due {
            None => Urgency::NoPeriod,
            Some(due) if due < today => Urgency::Overdue,
            Some(due) if (due - today).num_days() <= 3 => Urgency::Soon,
            Some(_) => Urgency::Later,
        }
    }
}

/// Every waiting item, soonest due first (items without a period last, oldest first).
pub fn due_items(
    files: &CaseFiles,
    follow_ups: &FollowUps,
    rows: &[RegisterRow],
    attestations: &[Attestation],
    readings: &Readings,
    today: NaiveDate,
) -> Vec<DueItem> {
    let mut items = Vec::new();
    for file in &files.files {
        for clock in clocks(file, readings, today) {
            items.push(DueItem {
                kind: DueKind::CaseFile(clock.kind),
                due: clock.due,
                since: clock.since,
                subject: file.case_number().to_string(),
                link: format!("/legal/cases/{}", file.id),
                unpublished_calendar: clock.deadline.is_some_and(|d| !d.warnings.is_empty()),
            });
        }
    }
    for row in rows {
        let record = &row.current().record;
        // A record waits without a period: named by its 人物 and time, dealt with on its register page.
        let waiting = |kind| DueItem {
            kind,
            due: None,
            since: Some(record.occurred_at.date()),
            subject: format!("{} {}", record.person.name, record.occurred_at.format("%Y-%m-%d %H:%M")),
            link: format!("/legal/register/{}", row.record.id),
            unpublished_calendar: false,
        };
        if follow_ups.state_of(row) == Some(FollowUpState::Pending) {
            items.push(waiting(DueKind::FollowUpPending));
        }
        let prohibited = row.verdicts.iter().any(|v| matches!(v, Verdict::Prohibited { .. }));
        if prohibited && row.reported_on.is_none() {
            items.push(waiting(DueKind::UnreportedInterference));
        }
    }
    let last_month = Month::of(today).previous();
    for officer in monthly_overview(rows, attestations, &[last_month]) {
        if officer.months.iter().any(|(_, status)| *status == MonthStatus::Missing) {
            items.push(DueItem {
                kind: DueKind::MissingAttestation,
                due: None,
                since: NaiveDate::from_ymd_opt(last_month.year, last_month.month, 1),
                subject: format!("{}（{}）", officer.officer, last_month.label()),
                link: "/legal/attestations".to_string(),
                unpublished_calendar: false,
            });
        }
    }
    items.sort_by_key(|item| (item.due.is_none(), item.due, item.since));
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case_file::{CaseFileEntry, CaseStep, Intake};
    use crate::journal::{DeviceId, Journal, MemoryStore, fold};
    use crate::record::sample;
    use crate::register::rows;
    use chrono::DateTime;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn every_clock_is_listed_soonest_first_with_its_urgency() {
        let today = date(2024, 6, 12);
        let readings = Readings::default();
        let mut journal =
            Journal::open(MemoryStore::new(), DeviceId::new("fz00000000000001").unwrap(), "刘某").unwrap();
        let now = DateTime::parse_from_rfc3339("2024-06-12T10:00:00+08:00").unwrap();
        for (number, received, within) in
            [("甲", date(2024, 6, 7), false), ("乙", date(2024, 6, 11), false), ("丙", date(2024, 6, 1), true)]
        {
            let intake = Intake {
                case_number: number.into(),
                received_on: Some(received),
                reporter: "某".into(),
                against: "张三".into(),
                enforcement_case: "某案".into(),
                summary: "某".into(),
                within_remit: Some(within),
                ..Default::default()
            };
            let entry =
                CaseFileEntry { file: None, amends: None, reason: String::new(), step: CaseStep::Intake(intake) };
            journal.record_case_step(entry, &readings, today, now).unwrap();
        }
        // A prohibited interference (a plea for the party) the officer did not record as reported.
        let mut officer =
            Journal::open(MemoryStore::new(), DeviceId::new("aa00000000000001").unwrap(), "张三").unwrap();
        officer.create_record(sample::phoned_plea(), now).unwrap();
        let folded = fold(officer.events(), &Default::default());
        let register = rows(folded.records, &readings);
        assert!(
            register[0].verdicts.iter().any(|v| matches!(v, Verdict::Prohibited { .. })),
            "the sample is prohibited"
        );

        let items =
            due_items(&journal.case_files(), &journal.follow_ups(), &register, &folded.attestations, &readings, today);
        let summary: Vec<(DueKind, &str, Urgency)> =
            items.iter().map(|i| (i.kind, i.subject.as_str(), i.urgency(today))).collect();
        // 甲: received 06-07, due 06-11 (端午 06-10 moves 06-09's end): overdue. 乙: received 06-11, due 06-13: soon.
        assert_eq!(summary[0], (DueKind::CaseFile(ClockKind::Transfer), "甲", Urgency::Overdue));
        assert_eq!(summary[1], (DueKind::CaseFile(ClockKind::Transfer), "乙", Urgency::Soon));
        assert!(summary[2..].iter().all(|(_, _, u)| *u == Urgency::NoPeriod), "{summary:?}");
        let replies = summary.iter().filter(|(k, _, _)| *k == DueKind::CaseFile(ClockKind::Reply)).count();
        assert_eq!(replies, 3);
        assert!(summary.iter().any(|(k, _, _)| *k == DueKind::UnreportedInterference));
        assert!(summary.iter().any(|(k, _, _)| *k == DueKind::FollowUpPending));
        // The officer recorded interference in May: nothing missing for May.
        assert!(summary.iter().all(|(k, _, _)| *k != DueKind::MissingAttestation), "{summary:?}");
        let first = journal.case_files().files.into_iter().find(|f| f.case_number() == "甲").unwrap();
        assert_eq!(items[0].link, format!("/legal/cases/{}", first.id));
        // In July, June has neither a record nor a 零报告 from him.
        let july = due_items(
            &journal.case_files(),
            &journal.follow_ups(),
            &register,
            &folded.attestations,
            &readings,
            date(2024, 7, 2),
        );
        let missing: Vec<&str> =
            july.iter().filter(|i| i.kind == DueKind::MissingAttestation).map(|i| i.subject.as_str()).collect();
        assert_eq!(missing, ["张三（2024年6月）"]);
    }
}
