//! Native tests of 法治科's follow-up: the order of steps, that nothing is circulated without 法治科's own finding of
//! prohibited interference, amendments with reasons, which records need a follow-up, and the fold.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use super::*;
use crate::case_file::FieldError;
use crate::journal::{AppendError, DeviceId, EventHash, Journal, MemoryStore, fold};
use crate::record::sample;
use crate::register::rows;
use crate::rules::Readings;
use crate::rules::r2::Article10Item;

fn date(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 6, d).unwrap()
}

struct Desk {
    journal: Journal<MemoryStore>,
    minutes: i64,
}

impl Desk {
    fn new() -> Self {
        let journal = Journal::open(MemoryStore::new(), DeviceId::new("fz00000000000001").unwrap(), "刘某").unwrap();
        Desk { journal, minutes: 0 }
    }

    fn now(&mut self) -> DateTime<FixedOffset> {
        self.minutes += 1;
        DateTime::parse_from_rfc3339("2024-06-20T10:00:00+08:00").unwrap() + Duration::minutes(self.minutes)
    }

    fn record(
        &mut self,
        record: EventHash,
        amends: Option<EventHash>,
        reason: &str,
        step: FollowUpStep,
    ) -> Result<EventHash, AppendError> {
        let now = self.now();
        let entry = FollowUpEntry { record, amends, reason: reason.into(), step };
        self.journal.record_follow_up(entry, date(20), now)
    }

    fn state(&self, record: EventHash) -> FollowUpState {
        self.journal.follow_ups().by_record[&record].state()
    }
}

fn refusals(result: Result<EventHash, AppendError>) -> Vec<FieldError> {
    match result {
        Err(AppendError::CaseFileRefused(errors)) => errors,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn text(errors: &[FieldError]) -> String {
    errors.iter().map(|e| e.message.clone()).collect::<Vec<_>>().join("|")
}

fn determination(item: Option<Article10Item>) -> FollowUpStep {
    FollowUpStep::Determination(Determination { decided_on: Some(date(10)), item, reason: "经核实，属实".into() })
}

fn circulation() -> FollowUpStep {
    FollowUpStep::Circulation(Circulation {
        approved_by: "局长 陈某".into(),
        approved_on: Some(date(12)),
        document_number: "黔江规资通〔2024〕2号".into(),
        issued_on: Some(date(13)),
    })
}

const RECORD_TEXT: &str = "某记录";

fn record_id() -> EventHash {
    EventHash::of_text(RECORD_TEXT)
}

#[test]
fn nothing_follows_before_the_determination_and_nothing_is_circulated_without_a_finding_of_prohibited_interference() {
    let mut desk = Desk::new();
    assert!(text(&refusals(desk.record(record_id(), None, "", circulation()))).contains("请先作出法治科的认定"));
    desk.record(record_id(), None, "", determination(None)).unwrap();
    assert_eq!(desk.state(record_id()), FollowUpState::Determined { prohibited: false });
    assert!(text(&refusals(desk.record(record_id(), None, "", circulation()))).contains("不予通报或移交"));
    let handover = FollowUpStep::Handover(Handover { handed_on: Some(date(12)), body: "纪检组".into() });
    assert!(text(&refusals(desk.record(record_id(), None, "", handover))).contains("不予通报或移交"));
    assert!(text(&refusals(desk.record(record_id(), None, "", determination(None)))).contains("已有法治科的认定"));
}

#[test]
fn a_prohibited_finding_may_be_circulated_once_then_closed_and_nothing_follows_the_closure() {
    let mut desk = Desk::new();
    desk.record(record_id(), None, "", determination(Some(Article10Item::PleadingOrPrying))).unwrap();
    let handling =
        FollowUpStep::Handling(Handling { by: "刘某".into(), done_on: Some(date(11)), findings: "属实".into() });
    desk.record(record_id(), None, "", handling).unwrap();
    assert_eq!(desk.state(record_id()), FollowUpState::Handling);
    desk.record(record_id(), None, "", circulation()).unwrap();
    assert_eq!(desk.state(record_id()), FollowUpState::Circulated);
    assert!(text(&refusals(desk.record(record_id(), None, "", circulation()))).contains("已记录通报"));
    let closure =
        FollowUpStep::Closure(Closure { closed_on: Some(date(15)), outcome: "已通报，本人作出检查".into() });
    desk.record(record_id(), None, "", closure).unwrap();
    assert_eq!(desk.state(record_id()), FollowUpState::Closed);
    let handover = FollowUpStep::Handover(Handover { handed_on: Some(date(16)), body: "纪检组".into() });
    assert!(text(&refusals(desk.record(record_id(), None, "", handover))).contains("已办结"));
}

#[test]
fn a_circulation_is_issued_after_its_approval_and_every_field_is_asked_for() {
    let mut desk = Desk::new();
    desk.record(record_id(), None, "", determination(Some(Article10Item::PleadingOrPrying))).unwrap();
    let backwards = FollowUpStep::Circulation(Circulation {
        approved_on: Some(date(14)),
        issued_on: Some(date(13)),
        ..Circulation::default()
    });
    let errors = refusals(desk.record(record_id(), None, "", backwards));
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["approved_by", "document_number", "issued_on"]);
    let future =
        FollowUpStep::Determination(Determination { decided_on: Some(date(21)), item: None, reason: "x".into() });
    assert_eq!(check_follow_up(None, None, &future, date(20))[0].message, "认定日期不能晚于今天，请核对");
}

#[test]
fn amendments_need_a_reason_keep_every_version_and_cannot_undo_a_finding_already_circulated() {
    let mut desk = Desk::new();
    let first = desk.record(record_id(), None, "", determination(Some(Article10Item::PleadingOrPrying))).unwrap();
    assert_eq!(refusals(desk.record(record_id(), Some(first), " ", determination(None)))[0].field, "amend_reason");
    let second = desk
        .record(
            record_id(),
            Some(first),
            "补充核实：对方为其本人亲属打探案情",
            determination(Some(Article10Item::ActingForParty)),
        )
        .unwrap();
    let follow_up = &desk.journal.follow_ups().by_record[&record_id()];
    assert_eq!(follow_up.steps.len(), 1);
    assert_eq!(follow_up.steps[0].versions.len(), 2);
    assert_eq!(follow_up.determination().unwrap().item, Some(Article10Item::ActingForParty));
    desk.record(record_id(), None, "", circulation()).unwrap();
    let errors = refusals(desk.record(record_id(), Some(second), "改认定", determination(None)));
    assert_eq!(errors[0].field, "item");
    assert!(text(&refusals(desk.record(record_id(), Some(first), "旧版本", determination(None)))).contains("最新版本"));
}

#[test]
fn records_the_engine_finds_prohibited_need_a_follow_up_until_one_is_recorded() {
    let mut officer = Journal::open(MemoryStore::new(), DeviceId::new("aa00000000000001").unwrap(), "张三").unwrap();
    let now = DateTime::parse_from_rfc3339("2024-06-01T10:00:00+08:00").unwrap();
    let id = officer.create_record(sample::phoned_plea(), now).unwrap();
    let register = rows(fold(officer.events(), &Default::default()).records, &Readings::default());
    assert!(needs_follow_up(&register[0]));
    let mut desk = Desk::new();
    assert_eq!(desk.journal.follow_ups().state_of(&register[0]), Some(FollowUpState::Pending));
    desk.record(id, None, "", determination(Some(Article10Item::PleadingOrPrying))).unwrap();
    assert_eq!(desk.journal.follow_ups().state_of(&register[0]), Some(FollowUpState::Determined { prohibited: true }));
    // The engine's verdict on the row is untouched by 法治科's determination.
    let again = rows(fold(officer.events(), &Default::default()).records, &Readings::default());
    assert_eq!(again[0].verdicts, register[0].verdicts);
}

#[test]
fn every_plain_field_reads_back_what_was_set() {
    use crate::form_fields::{FieldInput, PlainForm};
    for blank in FollowUpStep::blanks() {
        let mut step = blank.clone();
        for field in blank.fields() {
            let value = match &field.input {
                FieldInput::Text | FieldInput::LongText => "某内容".to_string(),
                FieldInput::Date => "2024-06-05".to_string(),
                FieldInput::Choice(labels) => (labels.len() - 1).to_string(),
                FieldInput::YesNo => "yes".to_string(),
            };
            step.set_field(field.name, &value);
            let read = step.fields().into_iter().find(|f| f.name == field.name).unwrap();
            assert_eq!(read.value, value, "{} {}", blank.label(), field.name);
        }
        let stored = serde_json::to_value(&blank).unwrap();
        assert_eq!(stored["step"], blank.kind_key());
    }
}

#[test]
fn the_register_filter_sorts_each_state_into_exactly_one_bucket_besides_any() {
    let states = [
        None,
        Some(FollowUpState::Checked),
        Some(FollowUpState::Pending),
        Some(FollowUpState::Determined { prohibited: false }),
        Some(FollowUpState::Determined { prohibited: true }),
        Some(FollowUpState::Handling),
        Some(FollowUpState::Circulated),
        Some(FollowUpState::HandedOver),
        Some(FollowUpState::Closed),
    ];
    for state in states {
        assert!(FollowUpFilter::Any.matches(state));
        let buckets = FollowUpFilter::ALL[1..].iter().filter(|f| f.matches(state)).count();
        assert_eq!(buckets, 1, "{state:?}");
    }
    assert!(FollowUpFilter::InProgress.matches(Some(FollowUpState::Circulated)));
}

#[test]
fn a_circulation_draft_exists_only_after_a_finding_of_prohibited_interference_and_is_a_draft_until_issued() {
    let record = sample::phoned_plea();
    let mut desk = Desk::new();
    let first = desk.record(record_id(), None, "", determination(None)).unwrap();
    let follow_up = |desk: &Desk| desk.journal.follow_ups().by_record[&record_id()].clone();
    assert_eq!(
        circulation_document(&record, &follow_up(&desk)),
        None,
        "no 通报 without a finding of prohibited interference"
    );
    desk.record(
        record_id(),
        Some(first),
        "复核后认定属于请托说情",
        determination(Some(Article10Item::PleadingOrPrying)),
    )
    .unwrap();
    let draft = circulation_document(&record, &follow_up(&desk)).unwrap();
    assert!(draft.draft);
    let text = |doc: &crate::case_file::Document| {
        doc.sections.iter().flat_map(|s| s.paragraphs.clone()).collect::<Vec<_>>().join("\n")
    };
    assert!(text(&draft).contains(&crate::law::quote(Article10Item::PleadingOrPrying.cite()).unwrap()));
    assert!(
        text(&draft).contains(record.person.name.trim()) && text(&draft).contains("尚未报经批准"),
        "{}",
        text(&draft)
    );
    desk.record(record_id(), None, "", circulation()).unwrap();
    let issued = circulation_document(&record, &follow_up(&desk)).unwrap();
    assert!(!issued.draft);
    assert_eq!(issued.number, "黔江规资通〔2024〕2号");
    assert_eq!(issued.dated, "2024年06月13日");
    assert!(text(&issued).contains("报经局长 陈某于2024年06月12日批准"), "{}", text(&issued));
}

#[test]
fn a_spot_check_with_a_clue_opens_the_follow_up_and_one_without_does_not_close_what_the_engine_calls_for() {
    let mut officer = Journal::open(MemoryStore::new(), DeviceId::new("aa00000000000001").unwrap(), "张三").unwrap();
    let now = DateTime::parse_from_rfc3339("2024-06-01T10:00:00+08:00").unwrap();
    let id = officer.create_record(sample::phoned_plea(), now).unwrap();
    let register = rows(fold(officer.events(), &Default::default()).records, &Readings::default());
    let spot = |clue: bool, note: &str| {
        FollowUpStep::SpotCheck(SpotCheckNote {
            checked_on: Some(date(15)),
            parameters: "2024-06 全部 5 条，种子 42".into(),
            clue: Some(clue),
            note: note.into(),
        })
    };
    let mut desk = Desk::new();
    let errors = refusals(desk.record(id, None, "", spot(true, "")));
    assert_eq!(errors[0].field, "note", "a clue must be described");
    desk.record(id, None, "", spot(false, "")).unwrap();
    // Without a clue the spot check alone leaves the follow-up at 已抽查; the engine's prohibited verdict still
    // calls for 法治科's determination.
    assert_eq!(desk.journal.follow_ups().by_record[&id].state(), FollowUpState::Checked);
    assert_eq!(desk.journal.follow_ups().state_of(&register[0]), Some(FollowUpState::Pending));
    desk.record(id, None, "", spot(true, "办案人员称对方曾多次来电，未全部记录")).unwrap();
    assert_eq!(desk.journal.follow_ups().by_record[&id].state(), FollowUpState::Pending, "a clue opens the follow-up");
    assert!(FollowUpFilter::Pending.matches(desk.journal.follow_ups().state_of(&register[0])));
}

#[test]
fn non_recording_findings_escalate_per_handler_from_the_second_and_an_instructing_supervisor_is_named() {
    use crate::rules::r2::{HandlerSanction, RecordingFailure};
    let mut desk = Desk::new();
    let finding = |handler: &str, day: u32, instructed: bool| NonRecordingFinding {
        found_on: Some(date(day)),
        handler: handler.into(),
        failure: RecordingFailure::NotRecorded,
        supervisor_instructed: Some(instructed),
        supervisor: if instructed { "科长 孙某".into() } else { String::new() },
        concerning: "黔规资罚〔2024〕18号".into(),
        details: "当事人亲属来电说情未记录".into(),
    };
    let record = |desk: &mut Desk, f: NonRecordingFinding| {
        let now = desk.now();
        desk.journal.record_non_recording(
            NonRecordingEntry { amends: None, reason: String::new(), finding: f },
            date(20),
            now,
        )
    };
    let blank = refusals(record(&mut desk, NonRecordingFinding::default()));
    let fields: Vec<&str> = blank.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["handler", "concerning", "details", "found_on", "supervisor_instructed"]);
    record(&mut desk, finding("张三", 12, false)).unwrap();
    record(&mut desk, finding("李四", 13, true)).unwrap();
    // Recorded later but found earlier: 张三's first finding is the one of 06-05.
    record(&mut desk, finding(" 张三 ", 5, false)).unwrap();
    let groups = by_handler(&desk.journal.non_recording_findings(), &Readings::default());
    let zhang = groups.iter().find(|g| g.handler == "张三").unwrap();
    let sanctions: Vec<Option<HandlerSanction>> = zhang.findings.iter().map(|(_, o)| o.handler_sanction).collect();
    assert_eq!(sanctions, [Some(HandlerSanction::WarningAndCriticism), Some(HandlerSanction::DisciplinaryReferral)]);
    assert_eq!(zhang.findings[0].0.current().found_on, Some(date(5)));
    let li = groups.iter().find(|g| g.handler == "李四").unwrap();
    assert!(li.findings[0].1.supervisor_liable);
}

#[test]
fn a_retaliation_report_is_found_only_once_every_fact_is_established_and_amendments_keep_the_history() {
    use crate::rules::r2::{MeasureAgainstRecorder, RetaliationVerdict};
    let mut desk = Desk::new();
    let report = RetaliationReport {
        reported_on: Some(date(18)),
        recorder: "张三".into(),
        concerning: "黔规资罚〔2024〕18号的干预记录".into(),
        by: "某副局长".into(),
        measure: MeasureAgainstRecorder::Transfer,
        ..Default::default()
    };
    let record = |desk: &mut Desk, amends: Option<EventHash>, reason: &str, report: RetaliationReport| {
        let now = desk.now();
        desk.journal.record_legal_entry(
            LegalEntry::Retaliation(RetaliationEntry { amends, reason: reason.into(), report }),
            date(20),
            now,
        )
    };
    let blank = refusals(record(&mut desk, None, "", RetaliationReport::default()));
    let fields: Vec<&str> = blank.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["recorder", "concerning", "by", "reported_on"]);
    let first = record(&mut desk, None, "", report.clone()).unwrap();
    assert_eq!(desk.journal.retaliation_reports()[0].current().outcome(), None, "nothing is presumed");
    let partly = RetaliationReport { legal_ground: Some(false), legal_procedure: Some(false), ..report.clone() };
    let second = record(&mut desk, Some(first), "查明无法定事由和程序", partly).unwrap();
    assert_eq!(desk.journal.retaliation_reports()[0].current().outcome(), None, "the motive is not yet established");
    let found = RetaliationReport {
        legal_ground: Some(false),
        legal_procedure: Some(false),
        because_of_truthful_record: Some(true),
        ..report
    };
    assert_eq!(refusals(record(&mut desk, Some(second), " ", found.clone()))[0].field, "amend_reason");
    record(&mut desk, Some(second), "查明系因其如实记录", found).unwrap();
    let reports = desk.journal.retaliation_reports();
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0].versions.len(), 3);
    assert_eq!(reports[0].current().outcome().unwrap().verdict, RetaliationVerdict::Retaliation);
    assert!(
        text(&refusals(record(&mut desk, Some(first), "旧版本", RetaliationReport::default()))).contains("最新版本")
    );
}
