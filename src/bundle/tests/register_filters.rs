//! 法治科's register: one list across officers, with provenance, and each filter.

use super::*;
use crate::bundle::{MergedStore, record_sources};
use crate::journal::EventBody;
use crate::record::Recipient;
use crate::register::{RegisterFilter, RegisterRow, SortOrder, VerdictFilter, filter_and_sort, rows};
use crate::rules::Readings;
use crate::rules::r2::{Article10Item, Interpretation, Verdict};

/// The bureau's readings with this reading of R2.
fn under(reading: &Interpretation) -> Readings {
    Readings { r2: *reading, ..Readings::default() }
}

/// The register's rows of the merged store that pass `filter`, by occurrence time.
fn register(store: &MergedStore, filter: &RegisterFilter, reading: &Interpretation) -> Vec<RegisterRow> {
    filter_and_sort(&rows(store.fold().records, &under(reading)), filter, SortOrder::OldestFirst)
}

struct World {
    legal: Legal,
    r1: EventHash,
    r2: EventHash,
    r3: EventHash,
    b_file: String,
}

/// 张三 (d1): R1 a plea for a party in case 12 (reported in the form), R2 an outsider's call in case 30 (reported
/// later by a `Reported` event). 李四 (d2): R3 a proposed private meeting in case 12, not reported.
fn world() -> World {
    let mut a = officer("张三", "d1", 1);
    let mut r1_record = record_about("渝规资罚〔2024〕12号", "王某", "请求从轻处理");
    r1_record.reports.legal_section = Some(day(2));
    let r1 = create(&mut a, r1_record, 0);
    let mut r2_record = record_about("渝规资罚〔2024〕30号", "李某", "当事人亲属来电");
    r2_record.facts.category = PersonCategory::Outsider;
    r2_record.occurred_at = NaiveDate::from_ymd_opt(2024, 4, 10).unwrap().and_hms_opt(15, 0, 0).unwrap();
    let r2 = create(&mut a, r2_record, 1);
    let reported = EventBody::Reported { record_id: r2, recipient: Recipient::JusticeBureau, date: day(4) };
    a.append(&reported, at(2)).unwrap();
    let mut b = officer("李四", "d2", 2);
    let mut r3_record = record_about("渝规资罚〔2024〕12号", "王某某", "提出私下会见当事人");
    r3_record.facts.conduct = vec![Conduct::ProposePrivateMeeting];
    r3_record.occurred_at = day(3).and_hms_opt(11, 0, 0).unwrap();
    let r3 = create(&mut b, r3_record, 3);
    let (from_a, from_b) = (full(&mut a, 10), full(&mut b, 10));
    let mut legal = Legal::new();
    legal.import_export(&from_a);
    legal.import_export(&from_b);
    World { legal, r1, r2, r3, b_file: from_b.file_name }
}

fn ids(world: &World, filter: &RegisterFilter) -> Vec<EventHash> {
    register(&world.legal.store, filter, &Interpretation::default()).iter().map(|e| e.record.id).collect()
}

#[test]
fn the_register_lists_every_officers_records_by_occurrence_with_their_assessment() {
    let w = world();
    let all = register(&w.legal.store, &RegisterFilter::default(), &Interpretation::default());
    assert_eq!(all.iter().map(|e| e.record.id).collect::<Vec<_>>(), vec![w.r2, w.r1, w.r3]);
    assert_eq!(all[0].verdicts, vec![Verdict::OutsideScope]);
    assert!(
        matches!(&all[1].verdicts[..], [Verdict::Prohibited { items }] if items.contains(&Article10Item::PleadingOrPrying))
    );
    assert!(
        matches!(&all[2].verdicts[..], [Verdict::Prohibited { items }] if items.contains(&Article10Item::PrivateMeeting))
    );
    assert_eq!(all[0].reported_on, Some(day(4)), "a later report to 区司法局 counts");
    assert_eq!(all[1].reported_on, Some(day(2)), "a report noted in the form counts");
    assert_eq!(all[2].reported_on, None);
}

#[test]
fn each_record_names_its_device_officer_and_the_imports_that_brought_it() {
    let w = world();
    let all = register(&w.legal.store, &RegisterFilter::default(), &Interpretation::default());
    let r3 = all.iter().find(|e| e.record.id == w.r3).unwrap();
    let sources = record_sources(&w.legal.store, &r3.record).unwrap();
    assert_eq!((sources.created.device.as_str(), sources.created.officer.as_str()), ("d2", "李四"));
    assert_eq!(sources.created.imports.len(), 1);
    assert_eq!(sources.created.imports[0].number, 2);
    assert_eq!(sources.created.imports[0].source, w.b_file);
    assert_eq!(sources.created.imports[0].imported_by, LEGAL_USER);
    assert_eq!(sources.current, vec![sources.created.clone()]);
    assert_eq!(r3.officers, vec!["李四".to_string()]);
}

#[test]
fn filters_by_case_person_verdict_date_report_and_officer() {
    let w = world();
    let filter = |f: fn(&mut RegisterFilter)| {
        let mut filter = RegisterFilter::default();
        f(&mut filter);
        ids(&w, &filter)
    };
    assert_eq!(filter(|f| f.case_number = "〔2024〕12号".into()), vec![w.r1, w.r3]);
    assert_eq!(filter(|f| f.case_number = " 30号 ".into()), vec![w.r2]);
    assert_eq!(filter(|f| f.person = "李".into()), vec![w.r2]);
    assert_eq!(filter(|f| f.person = "王某".into()), vec![w.r1, w.r3]);
    assert_eq!(filter(|f| f.verdict = VerdictFilter::Item(Article10Item::PleadingOrPrying)), vec![w.r1]);
    assert_eq!(filter(|f| f.verdict = VerdictFilter::Item(Article10Item::PrivateMeeting)), vec![w.r3]);
    assert_eq!(filter(|f| f.verdict = VerdictFilter::Item(Article10Item::ActingForParty)), vec![]);
    assert_eq!(filter(|f| f.verdict = VerdictFilter::Prohibited), vec![w.r1, w.r3]);
    assert_eq!(filter(|f| f.verdict = VerdictFilter::NotProhibited), vec![w.r2]);
    assert_eq!(filter(|f| f.from = Some(day(1))), vec![w.r1, w.r3]);
    assert_eq!(filter(|f| f.to = Some(day(1))), vec![w.r2, w.r1]);
    assert_eq!(
        filter(|f| {
            f.from = Some(day(2));
            f.to = Some(day(3));
        }),
        vec![w.r3]
    );
    assert_eq!(filter(|f| f.reported = Some(true)), vec![w.r2, w.r1]);
    assert_eq!(filter(|f| f.reported = Some(false)), vec![w.r3]);
    assert_eq!(filter(|f| f.officer = "李四".into()), vec![w.r3]);
    assert_eq!(filter(|f| f.officer = "张三".into()), vec![w.r2, w.r1]);
    assert_eq!(
        filter(|f| {
            f.case_number = "12号".into();
            f.reported = Some(false);
        }),
        vec![w.r3],
        "filters combine"
    );
}

#[test]
fn a_conflicted_record_matches_on_any_of_its_competing_versions() {
    let mut w = world();
    // 李四 amends R1 to another case number; 张三 amends it concurrently, keeping case 12.
    let mut elsewhere = record_about("渝规资罚〔2024〕99号", "王某", "请求从轻处理");
    elsewhere.reports.legal_section = Some(day(2));
    let mut b2 = officer("李四", "d3", 3);
    let by_b = amend(&mut b2, w.r1, vec![w.r1], elsewhere, 20);
    let mut a = officer("张三", "d4", 4);
    let by_a = amend(&mut a, w.r1, vec![w.r1], record_about("渝规资罚〔2024〕12号", "王某", "补充"), 21);
    w.legal.import_export(&full(&mut b2, 22));
    w.legal.import_export(&full(&mut a, 22));
    let by_case_99 = register(
        &w.legal.store,
        &RegisterFilter { case_number: "99号".into(), ..Default::default() },
        &Interpretation::default(),
    );
    assert_eq!(by_case_99.len(), 1);
    let entry = &by_case_99[0];
    assert_eq!(entry.record.id, w.r1);
    assert!(entry.record.is_conflicted());
    assert_eq!(entry.verdicts.len(), 2);
    let sources = record_sources(&w.legal.store, &entry.record).unwrap();
    let current: Vec<EventHash> = sources.current.iter().map(|p| p.event).collect();
    assert!(current.contains(&by_a) && current.contains(&by_b));
    assert_eq!(entry.officers, vec!["张三".to_string(), "李四".to_string()]);
    assert_eq!(ids(&w, &RegisterFilter { case_number: "12号".into(), ..Default::default() }), vec![w.r1, w.r3]);
}

#[test]
fn the_register_and_its_filters_follow_the_bureaus_reading() {
    let mut a = officer("张三", "d1", 1);
    let mut call = record_about("渝规资罚〔2024〕40号", "赵某", "上级机关工作人员来电说情");
    call.facts.category = PersonCategory::SuperiorAgencyStaff;
    let id = create(&mut a, call, 0);
    let mut legal = Legal::new();
    legal.import_export(&full(&mut a, 10));
    let all = RegisterFilter::default();
    let prohibited = RegisterFilter { verdict: VerdictFilter::Prohibited, ..Default::default() };

    let default = register(&legal.store, &all, &Interpretation::default());
    assert_eq!(default[0].record.id, id);
    assert!(matches!(default[0].verdicts[..], [Verdict::Prohibited { .. }]), "{:?}", default[0].verdicts);
    assert_eq!(register(&legal.store, &prohibited, &Interpretation::default()).len(), 1);

    let strict = Interpretation { outside_officials_are_internal: false, ..Interpretation::default() };
    let under_strict = register(&legal.store, &all, &strict);
    assert!(!matches!(under_strict[0].verdicts[..], [Verdict::Prohibited { .. }]), "{:?}", under_strict[0].verdicts);
    assert!(register(&legal.store, &prohibited, &strict).is_empty(), "the verdict filter follows the reading too");
}
