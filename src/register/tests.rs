//! The register model over an officer's own journal: rows, verdicts under the reading, filters, sorting, counts.

use super::*;
use crate::journal::EventHash;
use crate::journal::{DeviceId, Journal, MemoryStore};
use crate::record::Recipient;
use crate::record::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
use crate::rules::Readings;
use crate::rules::r2::{Article10Item, Interpretation, PersonCategory, Verdict, assess_with};

/// The bureau's readings with this reading of R2.
fn under(reading: &Interpretation) -> Readings {
    Readings { r2: *reading, ..Readings::default() }
}
use crate::rules::r2::{Conduct, ContactMethod, InterferenceFacts};
use chrono::DateTime;
use chrono::NaiveDate;

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
        journal.create_record(record(3, "黔规资罚〔2024〕2号", "李某", Conduct::ProposePrivateMeeting), now).unwrap(),
        journal.create_record(record(2, "黔规资罚〔2024〕3号", "王某", Conduct::OtherInfluence), now).unwrap(),
    ];
    journal.mark_reported(ids[1], Recipient::LegalSection, NaiveDate::from_ymd_opt(2024, 5, 4).unwrap(), now).unwrap();
    (journal, ids)
}

#[test]
fn rows_carry_the_engine_verdict_and_report_state() {
    let (journal, ids) = journal_with_three();
    let all = rows(journal.fold().records, &Readings::default());
    assert_eq!(all.len(), 3);
    let meeting = all.iter().find(|r| r.record.id == ids[1]).unwrap();
    assert_eq!(*meeting.verdict(), Verdict::Prohibited { items: vec![Article10Item::PrivateMeeting] });
    assert_eq!(meeting.reported_on, NaiveDate::from_ymd_opt(2024, 5, 4));
    assert_eq!(meeting.officers, vec!["张三".to_string()]);
    assert_eq!(counts(&all), Counts { total: 3, prohibited: 3, unreported: 2, flagged: 0, conflicted: 0 });
}

#[test]
fn filters_narrow_and_sorting_orders_by_time() {
    let (journal, ids) = journal_with_three();
    let all = rows(journal.fold().records, &Readings::default());
    let ids_of = |shown: Vec<RegisterRow>| shown.into_iter().map(|r| r.record.id).collect::<Vec<_>>();

    assert_eq!(
        ids_of(filter_and_sort(&all, &RegisterFilter::default(), SortOrder::NewestFirst)),
        vec![ids[1], ids[2], ids[0]]
    );
    assert_eq!(
        ids_of(filter_and_sort(&all, &RegisterFilter::default(), SortOrder::OldestFirst)),
        vec![ids[0], ids[2], ids[1]]
    );

    let by_person = RegisterFilter { person: "王".into(), ..Default::default() };
    assert_eq!(filter_and_sort(&all, &by_person, SortOrder::OldestFirst).len(), 2);

    let by_case = RegisterFilter { case_number: "2号".into(), ..Default::default() };
    assert_eq!(ids_of(filter_and_sort(&all, &by_case, SortOrder::OldestFirst)), vec![ids[1]]);

    let by_item =
        RegisterFilter { verdict: VerdictFilter::Item(Article10Item::PleadingOrPrying), ..Default::default() };
    assert_eq!(ids_of(filter_and_sort(&all, &by_item, SortOrder::OldestFirst)), vec![ids[0]]);

    let legitimate = RegisterFilter { verdict: VerdictFilter::Legitimate, ..Default::default() };
    assert!(filter_and_sort(&all, &legitimate, SortOrder::OldestFirst).is_empty());

    let in_range = RegisterFilter {
        from: NaiveDate::from_ymd_opt(2024, 5, 2),
        to: NaiveDate::from_ymd_opt(2024, 5, 2),
        ..Default::default()
    };
    assert_eq!(ids_of(filter_and_sort(&all, &in_range, SortOrder::OldestFirst)), vec![ids[2]]);

    let unreported = RegisterFilter { reported: Some(false), ..Default::default() };
    assert_eq!(filter_and_sort(&all, &unreported, SortOrder::OldestFirst).len(), 2);

    let other_officer = RegisterFilter { officer: "李四".into(), ..Default::default() };
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
        let row = RegisterRow::of(folded.record(&id).unwrap().clone(), &under(&reading)).unwrap();
        assert_eq!(*row.verdict(), assess_with(&superior.facts, &reading).verdict);
        assert_eq!(rows(folded.records.clone(), &under(&reading)), vec![row]);
    }
    let default_verdict = rows(folded.records.clone(), &Readings::default())[0].verdict().clone();
    assert_eq!(default_verdict, Verdict::Prohibited { items: vec![Article10Item::PleadingOrPrying] });
    assert_ne!(
        *rows(folded.records.clone(), &under(&strict))[0].verdict(),
        default_verdict,
        "the reading decides the verdict"
    );
}

#[test]
fn verdict_filter_keys_round_trip() {
    for filter in VerdictFilter::all() {
        assert_eq!(VerdictFilter::from_key(&filter.key()), Some(filter));
        assert!(!filter.label().is_empty());
    }
    assert_eq!(VerdictFilter::all().len(), 13);
}

#[test]
fn a_later_report_is_the_records_report_status_while_the_version_keeps_what_it_recorded() {
    let (journal, ids) = journal_with_three();
    let folded = journal.fold();
    let reported = folded.record(&ids[1]).unwrap();
    let version = &reported.current().unwrap().record;
    assert_eq!(version.reports.legal_section, None, "the version itself recorded no report");
    let status = reported.report_status();
    assert_eq!(status.legal_section, NaiveDate::from_ymd_opt(2024, 5, 4), "the later 记录报告 counts");
    assert_eq!(status.justice_bureau, None);
    let row = RegisterRow::of(reported.clone(), &Readings::default()).unwrap();
    assert_eq!(row.reported_on, status.legal_section, "the list says the same");
}

#[test]
fn statistics_count_what_verdicts_rest_on_by_item_month_unit_and_repeat_actor() {
    let mut journal = Journal::open(MemoryStore::new(), DeviceId::new("dev_a").unwrap(), "张三").unwrap();
    let now = DateTime::parse_from_rfc3339("2024-06-10T10:00:00+08:00").unwrap();
    let mut june = record(3, "黔规资罚〔2024〕4号", "王某", Conduct::PleadForParty);
    june.occurred_at = NaiveDate::from_ymd_opt(2024, 6, 3).unwrap().and_hms_opt(9, 0, 0).unwrap();
    let mut outsider = record(4, "黔规资罚〔2024〕5号", "律师甲", Conduct::PleadForParty);
    outsider.facts.category = PersonCategory::Outsider;
    outsider.person.unit = String::new();
    for r in [
        record(1, "黔规资罚〔2024〕1号", "王某", Conduct::PleadForParty),
        record(2, "黔规资罚〔2024〕2号", "李某", Conduct::ProposePrivateMeeting),
        june,
        outsider,
    ] {
        journal.create_record(r, now).unwrap();
    }
    let all = rows(journal.fold().records, &Readings::default());
    let stats = statistics(&all, None, None);
    assert_eq!((stats.records, stats.prohibited), (4, 3), "the outsider's plea is not prohibited interference");
    let item = |n: usize| stats.by_item[n - 1].count;
    assert_eq!((item(4), item(5)), (1, 2), "private meeting once, pleading twice (the outsider's not counted)");
    assert_eq!(stats.by_item.len(), 7, "every item listed");
    assert_eq!(stats.by_item[4].label, "第十条第（五）项");
    assert_eq!(
        stats.by_month.iter().map(|c| (c.label.as_str(), c.count)).collect::<Vec<_>>(),
        vec![("2024-05", 3), ("2024-06", 1)]
    );
    assert_eq!(stats.by_unit[0], Count { label: "某科室".into(), count: 3 });
    assert_eq!(stats.by_unit[1], Count { label: "（未填单位）".into(), count: 1 });
    assert_eq!(stats.repeat_actors, vec![Count { label: "王某（某科室）".into(), count: 2 }]);

    let may = statistics(&all, NaiveDate::from_ymd_opt(2024, 5, 1), NaiveDate::from_ymd_opt(2024, 5, 31));
    assert_eq!((may.records, may.prohibited), (3, 2), "the range filters by the interference date");
    assert!(may.repeat_actors.is_empty());
}

#[test]
fn a_spot_check_is_redrawn_exactly_from_its_parameters_whatever_the_row_order() {
    let mut journal = Journal::open(MemoryStore::new(), DeviceId::new("dev_a").unwrap(), "张三").unwrap();
    let now = DateTime::parse_from_rfc3339("2024-06-10T10:00:00+08:00").unwrap();
    for day in 1..=20 {
        let mut r = record(day, &format!("黔规资罚〔2024〕{day}号"), "王某", Conduct::PleadForParty);
        if day > 15 {
            r.person.unit = "执法支队".into();
        }
        journal.create_record(r, now).unwrap();
    }
    let all = rows(journal.fold().records, &Readings::default());
    let check = SpotCheck { size: 5, seed: 20_240_601, ..SpotCheck::default() };
    let (sample, passed) = check.draw(&all);
    assert_eq!((sample.len(), passed), (5, 20));
    let mut unique = sample.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 5, "no record drawn twice");
    let mut reversed = all.clone();
    reversed.reverse();
    assert_eq!(check.draw(&reversed).0, sample, "the same parameters draw the same records");
    let other = SpotCheck { seed: 7, ..check.clone() };
    assert_ne!(other.draw(&all).0, sample, "another seed, another sample");

    let squad = SpotCheck { department: "执法支队".into(), size: 10, ..check.clone() };
    let (drawn, passed) = squad.draw(&all);
    assert_eq!((drawn.len(), passed), (5, 5), "fewer than asked pass the filters: all of them");
    let may = SpotCheck {
        from: NaiveDate::from_ymd_opt(2024, 5, 1),
        to: NaiveDate::from_ymd_opt(2024, 5, 3),
        ..check.clone()
    };
    assert_eq!(may.draw(&all).1, 3);
    assert_eq!(SpotCheck { officer: "李四".into(), ..check.clone() }.draw(&all).1, 0);
    assert_eq!(check.describe(), "期间 不限 至 不限；行为人单位 不限；记录人 不限；抽取 5 条；种子 20240601");
}

#[test]
fn each_officer_month_shows_records_an_attestation_or_that_it_is_missing() {
    use crate::journal::{AppendError, Month};
    let store = MemoryStore::new();
    let mut journal = Journal::open(store.clone(), DeviceId::new("dev_a").unwrap(), "张三").unwrap();
    let now = DateTime::parse_from_rfc3339("2024-07-10T10:00:00+08:00").unwrap();
    let today = NaiveDate::from_ymd_opt(2024, 7, 10).unwrap();
    let (may, june, july) =
        (Month::parse("2024-05").unwrap(), Month::parse("2024-06").unwrap(), Month::parse("2024-07").unwrap());
    journal.create_record(record(6, "黔规资罚〔2024〕6号", "王某", Conduct::PleadForParty), now).unwrap();
    // May has a record: a 零报告 for it would contradict the journal.
    assert_eq!(journal.attest_month(may, today, now), Err(AppendError::MonthHasRecords(may, 1)));
    journal.attest_month(june, today, now).unwrap();
    assert_eq!(journal.attest_month(june, today, now), Err(AppendError::AlreadyAttested(june)));
    assert_eq!(journal.attest_month(july.next(), today, now), Err(AppendError::FutureMonth(july.next())));
    let folded = journal.fold();
    assert_eq!(folded.attestations.len(), 1);
    assert_eq!((folded.attestations[0].month, folded.attestations[0].author.officer.as_str()), (june, "张三"));
    // The event reads back from the store: it is a journal event like the others.
    let reopened = Journal::open(store, DeviceId::new("dev_a").unwrap(), "张三").unwrap();
    assert_eq!(reopened.fold().attestations, folded.attestations);

    let all = rows(folded.records.clone(), &Readings::default());
    let overview = monthly_overview(&all, &folded.attestations, &may.through(july));
    assert_eq!(overview.len(), 1);
    assert_eq!(overview[0].officer, "张三");
    assert_eq!(
        overview[0].months,
        vec![(may, MonthStatus::Recorded(1)), (june, MonthStatus::Attested), (july, MonthStatus::Missing)]
    );
    assert_eq!(overview[0].missing(), 1);
}
