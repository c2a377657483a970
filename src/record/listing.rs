//! The record list: one row per record with its R2 verdict, the counts at the top, filters and sorting.
//!
//! Pure, so the officer list and the legal section's register filter the same way.

use chrono::{NaiveDate, NaiveDateTime};

use super::Recipient;
use crate::journal::{EventHash, Folded, RecordState};
use crate::rules::r2::{Article10Item, Interpretation, PersonCategory, Verdict, assess_with};

/// One record as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRow {
    /// The record's id.
    pub id: EventHash,
    /// 时间 of the interference (current version).
    pub occurred_at: NaiveDateTime,
    /// 案号.
    pub case_number: String,
    /// 案由.
    pub case_cause: String,
    /// 人物姓名.
    pub person_name: String,
    /// 人物单位.
    pub person_unit: String,
    /// 人物类别.
    pub category: PersonCategory,
    /// The engine's verdict on the current version.
    pub verdict: Verdict,
    /// When it was first reported to 法治科, if it was.
    pub reported_on: Option<NaiveDate>,
    /// The officers who wrote its versions, in order of first appearance.
    pub officers: Vec<String>,
    /// How many versions it has.
    pub version_count: usize,
    /// Whether any of its events failed verification.
    pub flagged: bool,
    /// Whether concurrent amendments wait to be merged.
    pub conflicted: bool,
}

impl RecordRow {
    /// The row of a folded record, its verdict under the bureau's `reading` of R2 (`None` only for a record without
    /// versions, which the fold never produces).
    pub fn of(state: &RecordState, reading: &Interpretation) -> Option<RecordRow> {
        let current = state.current()?;
        let record = &current.record;
        let mut officers: Vec<String> = Vec::new();
        for version in &state.versions {
            if !officers.contains(&version.author.officer) {
                officers.push(version.author.officer.clone());
            }
        }
        Some(RecordRow {
            id: state.id,
            occurred_at: record.occurred_at,
            case_number: record.case.number.clone(),
            case_cause: record.case.cause.clone(),
            person_name: record.person.name.clone(),
            person_unit: record.person.unit.clone(),
            category: record.category(),
            verdict: assess_with(&record.facts, reading).verdict,
            reported_on: state.reported_on(Recipient::LegalSection),
            officers,
            version_count: state.versions.len(),
            flagged: state.flagged(),
            conflicted: state.is_conflicted(),
        })
    }

    /// Whether the verdict is prohibited interference.
    pub fn is_prohibited(&self) -> bool {
        matches!(self.verdict, Verdict::Prohibited { .. })
    }
}

/// Every record of a fold as rows, with verdicts under the bureau's `reading` of R2.
pub fn rows(folded: &Folded, reading: &Interpretation) -> Vec<RecordRow> {
    folded.records.iter().filter_map(|state| RecordRow::of(state, reading)).collect()
}

/// Which verdicts to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VerdictFilter {
    /// Any verdict.
    #[default]
    Any,
    /// Prohibited interference, any Art. 10 item.
    Prohibited,
    /// Prohibited interference under this Art. 10 item.
    Item(Article10Item),
    /// Legitimate, or legitimate once recorded.
    Legitimate,
    /// Every other outcome (other agency without procedure, outside the scope, no conduct given).
    Other,
}

impl VerdictFilter {
    /// Every choice, in display order.
    pub fn all() -> Vec<VerdictFilter> {
        let mut all = vec![VerdictFilter::Any, VerdictFilter::Prohibited];
        all.extend(Article10Item::ALL.into_iter().map(VerdictFilter::Item));
        all.extend([VerdictFilter::Legitimate, VerdictFilter::Other]);
        all
    }

    /// Chinese label for a select box.
    pub fn label(self) -> String {
        match self {
            VerdictFilter::Any => "全部定性".to_string(),
            VerdictFilter::Prohibited => "违反规定干预（任一项）".to_string(),
            VerdictFilter::Item(item) => format!("{}：{}", item.cite().short_label(), item.label()),
            VerdictFilter::Legitimate => "不认定为干预（含待记录）".to_string(),
            VerdictFilter::Other => "其他（其他机关未依程序、不属本制度、未说明行为）".to_string(),
        }
    }

    /// A stable key for a select box.
    pub fn key(self) -> String {
        match self {
            VerdictFilter::Any => "any".to_string(),
            VerdictFilter::Prohibited => "prohibited".to_string(),
            VerdictFilter::Item(item) => format!("item-{}", item.number()),
            VerdictFilter::Legitimate => "legitimate".to_string(),
            VerdictFilter::Other => "other".to_string(),
        }
    }

    /// The choice with this key.
    pub fn from_key(key: &str) -> Option<VerdictFilter> {
        VerdictFilter::all().into_iter().find(|f| f.key() == key)
    }

    fn matches(self, verdict: &Verdict) -> bool {
        match (self, verdict) {
            (VerdictFilter::Any, _) => true,
            (VerdictFilter::Prohibited, Verdict::Prohibited { .. }) => true,
            (VerdictFilter::Item(item), Verdict::Prohibited { items }) => items.contains(&item),
            (VerdictFilter::Legitimate, Verdict::Legitimate { .. } | Verdict::AwaitingRecord { .. }) => true,
            (
                VerdictFilter::Other,
                Verdict::OtherAgencyWithoutProcedure | Verdict::OutsideScope | Verdict::NoConductGiven,
            ) => true,
            _ => false,
        }
    }
}

/// The list's filters; the default shows everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordFilter {
    /// Part of the 案号 (case-insensitive); empty matches all.
    pub case_number: String,
    /// Part of the person's name or unit; empty matches all.
    pub person: String,
    /// The verdict.
    pub verdict: VerdictFilter,
    /// Earliest date of the interference, inclusive.
    pub from: Option<NaiveDate>,
    /// Latest date of the interference, inclusive.
    pub to: Option<NaiveDate>,
    /// Reported to 法治科 (`Some(true)`), not reported (`Some(false)`), or either.
    pub reported: Option<bool>,
    /// Part of the name of an officer who wrote a version; empty matches all.
    pub officer: String,
}

impl RecordFilter {
    /// Whether a row passes every filter.
    pub fn matches(&self, row: &RecordRow) -> bool {
        let contains = |haystack: &str, needle: &str| haystack.to_lowercase().contains(&needle.trim().to_lowercase());
        let day = row.occurred_at.date();
        contains(&row.case_number, &self.case_number)
            && (contains(&row.person_name, &self.person) || contains(&row.person_unit, &self.person))
            && self.verdict.matches(&row.verdict)
            && self.from.is_none_or(|from| day >= from)
            && self.to.is_none_or(|to| day <= to)
            && self.reported.is_none_or(|reported| row.reported_on.is_some() == reported)
            && (self.officer.trim().is_empty() || row.officers.iter().any(|o| contains(o, &self.officer)))
    }
}

/// Sort order by the interference time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Latest first.
    #[default]
    NewestFirst,
    /// Earliest first.
    OldestFirst,
}

/// The rows that pass `filter`, sorted by time (ties by id, so the order is stable).
pub fn filter_and_sort(rows: &[RecordRow], filter: &RecordFilter, order: SortOrder) -> Vec<RecordRow> {
    let mut shown: Vec<RecordRow> = rows.iter().filter(|r| filter.matches(r)).cloned().collect();
    shown.sort_by(|a, b| a.occurred_at.cmp(&b.occurred_at).then_with(|| a.id.cmp(&b.id)));
    if order == SortOrder::NewestFirst {
        shown.reverse();
    }
    shown
}

/// The counts at the top of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// All records.
    pub total: usize,
    /// Prohibited interference.
    pub prohibited: usize,
    /// Not yet reported to 法治科.
    pub unreported: usize,
    /// Failing verification.
    pub flagged: usize,
    /// With a conflict to merge.
    pub conflicted: usize,
}

/// Counts over some rows.
pub fn counts(rows: &[RecordRow]) -> Counts {
    Counts {
        total: rows.len(),
        prohibited: rows.iter().filter(|r| r.is_prohibited()).count(),
        unreported: rows.iter().filter(|r| r.reported_on.is_none()).count(),
        flagged: rows.iter().filter(|r| r.flagged).count(),
        conflicted: rows.iter().filter(|r| r.conflicted).count(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::journal::{DeviceId, Journal, MemoryStore};
    use crate::record::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
    use crate::rules::r2::{Conduct, ContactMethod, InterferenceFacts};

    fn record(day: u32, case_number: &str, person: &str, conduct: Conduct) -> InterferenceRecord {
        InterferenceRecord {
            occurred_at: NaiveDate::from_ymd_opt(2024, 5, day).unwrap().and_hms_opt(9, 0, 0).unwrap(),
            place: "执法支队".into(),
            person: Person { name: person.into(), unit: "某科室".into(), position: String::new() },
            content: "内容".into(),
            case: CaseRef { number: case_number.into(), cause: "未批先建".into(), stage: CaseStage::Investigation },
            recorders: vec!["张三".into()],
            facts: InterferenceFacts {
                category: PersonCategory::Retired,
                method: ContactMethod::Phone,
                conduct: vec![conduct],
                ..Default::default()
            },
            reports: ReportStatus::default(),
        }
    }

    fn journal_with_three() -> (Journal<MemoryStore>, Vec<EventHash>) {
        let mut journal = Journal::open(MemoryStore::new(), DeviceId::new("dev_a").unwrap(), "张三").unwrap();
        let now = DateTime::parse_from_rfc3339("2024-05-10T10:00:00+08:00").unwrap();
        let ids = vec![
            journal.create_record(record(1, "黔规资罚〔2024〕1号", "王某", Conduct::PleadForParty), now).unwrap(),
            journal
                .create_record(record(3, "黔规资罚〔2024〕2号", "李某", Conduct::ProposePrivateMeeting), now)
                .unwrap(),
            journal.create_record(record(2, "黔规资罚〔2024〕3号", "王某", Conduct::OtherInfluence), now).unwrap(),
        ];
        journal
            .mark_reported(ids[1], Recipient::LegalSection, NaiveDate::from_ymd_opt(2024, 5, 4).unwrap(), now)
            .unwrap();
        (journal, ids)
    }

    #[test]
    fn rows_carry_the_engine_verdict_and_report_state() {
        let (journal, ids) = journal_with_three();
        let all = rows(&journal.fold(), &Interpretation::default());
        assert_eq!(all.len(), 3);
        let meeting = all.iter().find(|r| r.id == ids[1]).unwrap();
        assert_eq!(meeting.verdict, Verdict::Prohibited { items: vec![Article10Item::PrivateMeeting] });
        assert_eq!(meeting.reported_on, NaiveDate::from_ymd_opt(2024, 5, 4));
        assert_eq!(meeting.officers, vec!["张三".to_string()]);
        assert_eq!(counts(&all), Counts { total: 3, prohibited: 3, unreported: 2, flagged: 0, conflicted: 0 });
    }

    #[test]
    fn filters_narrow_and_sorting_orders_by_time() {
        let (journal, ids) = journal_with_three();
        let all = rows(&journal.fold(), &Interpretation::default());
        let ids_of = |shown: Vec<RecordRow>| shown.into_iter().map(|r| r.id).collect::<Vec<_>>();

        assert_eq!(
            ids_of(filter_and_sort(&all, &RecordFilter::default(), SortOrder::NewestFirst)),
            vec![ids[1], ids[2], ids[0]]
        );
        assert_eq!(
            ids_of(filter_and_sort(&all, &RecordFilter::default(), SortOrder::OldestFirst)),
            vec![ids[0], ids[2], ids[1]]
        );

        let by_person = RecordFilter { person: "王".into(), ..Default::default() };
        assert_eq!(filter_and_sort(&all, &by_person, SortOrder::OldestFirst).len(), 2);

        let by_case = RecordFilter { case_number: "2号".into(), ..Default::default() };
        assert_eq!(ids_of(filter_and_sort(&all, &by_case, SortOrder::OldestFirst)), vec![ids[1]]);

        let by_item =
            RecordFilter { verdict: VerdictFilter::Item(Article10Item::PleadingOrPrying), ..Default::default() };
        assert_eq!(ids_of(filter_and_sort(&all, &by_item, SortOrder::OldestFirst)), vec![ids[0]]);

        let legitimate = RecordFilter { verdict: VerdictFilter::Legitimate, ..Default::default() };
        assert!(filter_and_sort(&all, &legitimate, SortOrder::OldestFirst).is_empty());

        let in_range = RecordFilter {
            from: NaiveDate::from_ymd_opt(2024, 5, 2),
            to: NaiveDate::from_ymd_opt(2024, 5, 2),
            ..Default::default()
        };
        assert_eq!(ids_of(filter_and_sort(&all, &in_range, SortOrder::OldestFirst)), vec![ids[2]]);

        let unreported = RecordFilter { reported: Some(false), ..Default::default() };
        assert_eq!(filter_and_sort(&all, &unreported, SortOrder::OldestFirst).len(), 2);

        let other_officer = RecordFilter { officer: "李四".into(), ..Default::default() };
        assert!(filter_and_sort(&all, &other_officer, SortOrder::OldestFirst).is_empty());
    }

    #[test]
    fn rows_follow_the_bureaus_reading_of_r2() {
        let mut journal = Journal::open(MemoryStore::new(), DeviceId::new("dev_a").unwrap(), "张三").unwrap();
        let now = DateTime::parse_from_rfc3339("2024-05-10T10:00:00+08:00").unwrap();
        let mut superior = record(1, "黔规资罚〔2024〕9号", "赵某", Conduct::PleadForParty);
        superior.facts.category = PersonCategory::SuperiorAgencyStaff;
        let id = journal.create_record(superior.clone(), now).unwrap();
        let folded = journal.fold();
        let strict = Interpretation { outside_officials_are_internal: false, ..Interpretation::default() };
        for reading in [Interpretation::default(), strict] {
            let row = RecordRow::of(folded.record(&id).unwrap(), &reading).unwrap();
            assert_eq!(row.verdict, assess_with(&superior.facts, &reading).verdict);
            assert_eq!(rows(&folded, &reading), vec![row]);
        }
        let default_verdict = rows(&folded, &Interpretation::default())[0].verdict.clone();
        assert_eq!(default_verdict, Verdict::Prohibited { items: vec![Article10Item::PleadingOrPrying] });
        assert_ne!(rows(&folded, &strict)[0].verdict, default_verdict, "the reading decides the verdict");
    }

    #[test]
    fn verdict_filter_keys_round_trip() {
        for filter in VerdictFilter::all() {
            assert_eq!(VerdictFilter::from_key(&filter.key()), Some(filter));
            assert!(!filter.label().is_empty());
        }
        assert_eq!(VerdictFilter::all().len(), 11);
    }
}
