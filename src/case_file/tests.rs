//! Native tests of wrong-case files: the stage machine through the journal (allowed steps, required reasons, the
//! one stage that may be skipped), the deadlines each stage produces, amendments and the fold.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

use super::*;
use crate::form_fields::FieldInput;
use crate::journal::{AppendError, DeviceId, EventHash, Journal, MemoryStore};
use crate::legal::{OfficerRow, WrongCaseWorksheet};
use crate::rules::Readings;
use crate::rules::deadline::DayCounting;
use crate::rules::r1::{
    GroundEvent, GroundReport, InquiryConduct, LiableAct, OfficerFacts, ReconsiderationOutcome, Verification,
};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// 法治科's desk: its journal over memory, the day, and the bureau's readings.
struct Desk {
    journal: Journal<MemoryStore>,
    store: MemoryStore,
    today: NaiveDate,
    readings: Readings,
    minutes: i64,
}

impl Desk {
    fn new(today: NaiveDate) -> Self {
        let device = DeviceId::new("fz00000000000001").unwrap();
        let store = MemoryStore::new();
        let journal = Journal::open(store.clone(), device, "法治科 刘某").unwrap();
        Desk { journal, store, today, readings: Readings::default(), minutes: 0 }
    }

    fn now(&mut self) -> DateTime<FixedOffset> {
        self.minutes += 1;
        DateTime::parse_from_rfc3339("2024-05-01T10:00:00+08:00").unwrap() + Duration::minutes(self.minutes)
    }

    fn record(&mut self, entry: CaseFileEntry) -> Result<EventHash, AppendError> {
        let now = self.now();
        self.journal.record_case_step(entry, &self.readings, self.today, now)
    }

    fn open(&mut self, intake: Intake) -> EventHash {
        self.record(CaseFileEntry { file: None, amends: None, reason: String::new(), step: CaseStep::Intake(intake) })
            .unwrap()
    }

    fn add(&mut self, file: EventHash, step: CaseStep) -> Result<EventHash, AppendError> {
        self.record(CaseFileEntry { file: Some(file), amends: None, reason: String::new(), step })
    }

    fn amend(
        &mut self,
        file: EventHash,
        version: EventHash,
        reason: &str,
        step: CaseStep,
    ) -> Result<EventHash, AppendError> {
        self.record(CaseFileEntry { file: Some(file), amends: Some(version), reason: reason.into(), step })
    }

    fn file(&self, id: EventHash) -> CaseFile {
        self.journal.case_files().file(&id).unwrap().clone()
    }
}

fn intake(number: &str, received: NaiveDate, within_remit: bool) -> Intake {
    Intake {
        case_number: number.into(),
        received_on: Some(received),
        reporter: "王某（行政相对人）".into(),
        received_via: ReceivedVia::Letter,
        against: "张三".into(),
        enforcement_case: "黔规资罚〔2024〕12号".into(),
        summary: "认为处罚程序违法".into(),
        within_remit: Some(within_remit),
    }
}

fn group(on: NaiveDate) -> CaseStep {
    CaseStep::InvestigationOpened(InvestigationGroup {
        reported_on: Some(on),
        principal: "局长 陈某".into(),
        members: "刘某、赵某".into(),
        formed_on: Some(on),
    })
}

/// Findings of an established wrong case (复议撤销, verified) with 张三 liable for a procedure violation.
fn findings() -> CaseStep {
    let mut worksheet = WrongCaseWorksheet::default();
    worksheet.grounds.push(crate::legal::GroundRow {
        id: 1,
        report: GroundReport {
            event: GroundEvent::Reconsideration { outcome: ReconsiderationOutcome::Revoked },
            verification: Verification::Verified,
        },
    });
    worksheet.officers.push(OfficerRow {
        id: 2,
        facts: OfficerFacts { name: "张三".into(), acts: vec![LiableAct::ProcedureViolation], ..Default::default() },
    });
    CaseStep::Findings(Box::new(Findings { worksheet, evidence: "复议决定书、案卷".into() }))
}

fn decision(on: NaiveDate, outcome: DecidedOutcome, reason: &str) -> CaseStep {
    CaseStep::Decision(Decision {
        decided_on: Some(on),
        participants: "局党组成员".into(),
        officers: vec![OfficerDecision { officer: "张三".into(), outcome, reason: reason.into() }],
        referral: None,
    })
}

fn refusals(result: Result<EventHash, AppendError>) -> Vec<FieldError> {
    match result {
        Err(AppendError::CaseFileRefused(errors)) => errors,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

fn messages(errors: &[FieldError]) -> String {
    errors.iter().map(|e| format!("[{}] {}", e.field, e.message)).collect::<Vec<_>>().join("\n")
}

/// The suggested outcome for 张三 on the standard findings, from the engine.
fn suggested(desk: &Desk, file: EventHash) -> DecidedOutcome {
    let facts = desk.file(file).facts().unwrap();
    let assessment = crate::rules::run_wrong_case(&facts, &desk.readings);
    suggested_outcome(&assessment.officers[0]).unwrap()
}

#[test]
fn a_file_walks_from_intake_to_appeal_and_keeps_who_recorded_each_step() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = desk.open(intake("黔江规资错查〔2024〕1号", date(2024, 5, 6), true));
    desk.add(file, CaseStep::Reply(Reply { replied_on: Some(date(2024, 5, 7)), content: "已受理".into() })).unwrap();
    desk.add(file, group(date(2024, 5, 8))).unwrap();
    desk.add(
        file,
        CaseStep::InvestigationAction(InvestigationAction {
            method: InvestigationMethod::ReviewFiles,
            done_on: Some(date(2024, 5, 9)),
            summary: "调阅案卷".into(),
        }),
    )
    .unwrap();
    desk.add(file, findings()).unwrap();
    let outcome = suggested(&desk, file);
    desk.add(file, decision(date(2024, 6, 3), outcome, "")).unwrap();
    desk.add(
        file,
        CaseStep::Statement(Statement {
            officer: "张三".into(),
            made_on: Some(date(2024, 6, 5)),
            content: "程序瑕疵系系统原因".into(),
        }),
    )
    .unwrap();
    desk.add(
        file,
        CaseStep::Appeal(Appeal {
            officer: "张三".into(),
            filed_on: Some(date(2024, 6, 10)),
            body: AppealBody::EnforcementSupervision,
            content: "不服处理决定".into(),
            ..Default::default()
        }),
    )
    .unwrap();
    let file = desk.file(file);
    let stages: Vec<Stage> = file.steps.iter().map(|s| s.current().stage()).collect();
    assert_eq!(
        stages,
        [
            Stage::Intake,
            Stage::Intake,
            Stage::Investigation,
            Stage::Investigation,
            Stage::Findings,
            Stage::Decision,
            Stage::Appeal,
            Stage::Appeal
        ]
    );
    assert!(file.steps.iter().all(|s| s.recorded().officer == "法治科 刘某" && s.round == 0));
    assert_eq!(file.case_number(), "黔江规资错查〔2024〕1号");
    assert!(desk.journal.issues().is_empty());
}

#[test]
fn a_stage_cannot_be_entered_before_the_one_it_depends_on() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = desk.open(intake("A1", date(2024, 5, 6), true));
    let early = refusals(desk.add(file, findings()));
    assert!(messages(&early).contains("请先记录调查"), "{}", messages(&early));
    let early = refusals(desk.add(file, decision(date(2024, 6, 3), DecidedOutcome::NotPursued, "")));
    assert!(messages(&early).contains("请先完成认定"));
    let action = CaseStep::InvestigationAction(InvestigationAction {
        done_on: Some(date(2024, 5, 9)),
        summary: "询问".into(),
        ..Default::default()
    });
    assert!(messages(&refusals(desk.add(file, action.clone()))).contains("请先记录报局主要负责人并组成调查组"));
    let reinvestigate = CaseStep::Reinvestigation(ReinvestigationOrder {
        ordered_on: Some(date(2024, 6, 5)),
        reason: "事实不清".into(),
        ..Default::default()
    });
    assert!(messages(&refusals(desk.add(file, reinvestigate))).contains("处理决定作出之后"));
    let statement = CaseStep::Statement(Statement {
        officer: "张三".into(),
        made_on: Some(date(2024, 6, 5)),
        content: "申辩".into(),
    });
    assert!(messages(&refusals(desk.add(file, statement))).contains("请先记录集体讨论决定"));
    // Nothing refused was written.
    assert_eq!(desk.file(file).steps.len(), 1);
    desk.add(file, group(date(2024, 5, 8))).unwrap();
    desk.add(file, action).unwrap();
    assert!(messages(&refusals(desk.add(file, group(date(2024, 5, 9))))).contains("本轮已记录调查组"));
}

#[test]
fn only_the_investigation_may_be_skipped_and_only_with_a_reason() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = desk.open(intake("A2", date(2024, 5, 6), true));
    let skip = |stage, reason: &str| CaseStep::Skipped(Skip { stage, reason: reason.into() });
    let errors = refusals(desk.add(file, skip(Stage::Investigation, "  ")));
    assert_eq!(errors[0].field, "reason");
    let errors = refusals(desk.add(file, skip(Stage::Findings, "无需认定")));
    assert!(messages(&errors).contains("认定和集体讨论决定不能略过"));
    desk.add(file, skip(Stage::Investigation, "事实已由生效判决认定")).unwrap();
    desk.add(file, findings()).unwrap();
    assert!(messages(&refusals(desk.add(file, findings()))).contains("本轮已有认定"));
}

#[test]
fn a_matter_outside_the_remit_is_transferred_within_two_days_and_goes_no_further() {
    // Received Friday 2024-06-07: 2 calendar days end Sunday 06-09; Monday 06-10 is 端午节, so 06-11.
    let mut desk = Desk::new(date(2024, 7, 31));
    let file = desk.open(intake("A3", date(2024, 6, 7), false));
    let transfer = clocks_of(&desk, file, ClockKind::Transfer);
    assert_eq!(transfer.due, Some(date(2024, 6, 11)));
    assert!(transfer.deadline.as_ref().unwrap().explanation.cites().contains(&crate::law::Cite::item(1, 10, 1)));
    // Under the working-day reading: 06-11 and 06-12 are the two working days.
    desk.readings.day_counting = DayCounting::WorkingDays;
    assert_eq!(clocks_of(&desk, file, ClockKind::Transfer).due, Some(date(2024, 6, 12)));
    desk.readings.day_counting = DayCounting::CalendarDays;

    assert!(messages(&refusals(desk.add(file, group(date(2024, 6, 8))))).contains("不属于本单位受理"));
    let late =
        Transfer {
            transferred_on: Some(date(2024, 6, 12)), recipient: "区市场监管局".into(), ..Default::default()
        };
    let errors = refusals(desk.add(file, CaseStep::Transfer(late.clone())));
    assert_eq!(errors[0].field, "late_reason");
    assert!(errors[0].message.contains("2024-06-11"));
    desk.add(file, CaseStep::Transfer(Transfer { late_reason: "接收部门节后才确认管辖".into(), ..late })).unwrap();
    assert!(clocks(&desk.file(file), &desk.readings, desk.today).iter().all(|c| c.kind != ClockKind::Transfer));
    // A matter within the remit needs no transfer.
    let other = desk.open(intake("A4", date(2024, 6, 7), true));
    let transfer =
        Transfer { transferred_on: Some(date(2024, 6, 8)), recipient: "某局".into(), ..Default::default() };
    assert!(messages(&refusals(desk.add(other, CaseStep::Transfer(transfer)))).contains("无需转送"));
}

fn clocks_of(desk: &Desk, file: EventHash, kind: ClockKind) -> FileClock {
    clocks(&desk.file(file), &desk.readings, desk.today).into_iter().find(|c| c.kind == kind).unwrap()
}

#[test]
fn a_reply_is_owed_until_recorded() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = desk.open(intake("A5", date(2024, 5, 6), true));
    let owed = clocks_of(&desk, file, ClockKind::Reply);
    assert_eq!((owed.due, owed.since), (None, Some(date(2024, 5, 6))));
    let early = Reply { replied_on: Some(date(2024, 5, 1)), content: "答复".into() };
    assert!(messages(&refusals(desk.add(file, CaseStep::Reply(early)))).contains("早于受理日期"));
    desk.add(file, CaseStep::Reply(Reply { replied_on: Some(date(2024, 5, 8)), content: "答复".into() })).unwrap();
    assert!(clocks(&desk.file(file), &desk.readings, desk.today).is_empty());
    let again = Reply { replied_on: Some(date(2024, 5, 9)), content: "再次答复".into() };
    assert!(messages(&refusals(desk.add(file, CaseStep::Reply(again)))).contains("已记录答复"));
}

/// A file decided on `decided`, ready for a re-investigation order.
fn decided_file(desk: &mut Desk, number: &str, decided: NaiveDate) -> EventHash {
    let file = desk.open(intake(number, decided - Duration::days(20), true));
    desk.add(file, group(decided - Duration::days(19))).unwrap();
    desk.add(file, findings()).unwrap();
    let outcome = suggested(desk, file);
    desk.add(file, decision(decided, outcome, "")).unwrap();
    file
}

#[test]
fn the_reinvestigation_window_is_one_month_counted_at_month_ends() {
    // Decided 2024-01-31: the window ends on 2024-02-29 (leap year, the month's last day), a Thursday.
    let mut desk = Desk::new(date(2024, 2, 10));
    let file = decided_file(&mut desk, "A6", date(2024, 1, 31));
    assert_eq!(clocks_of(&desk, file, ClockKind::ReinvestigationWindow).due, Some(date(2024, 2, 29)));
    // Decided 2024-12-31: 2025-01-31 falls in 春节 (01-28..02-04), so the window runs to 2025-02-05.
    let mut desk = Desk::new(date(2025, 2, 5));
    let file = decided_file(&mut desk, "A7", date(2024, 12, 31));
    assert_eq!(clocks_of(&desk, file, ClockKind::ReinvestigationWindow).due, Some(date(2025, 2, 5)));
    // After the window the clock is gone and an order needs a reason.
    desk.today = date(2025, 2, 6);
    assert!(
        clocks(&desk.file(file), &desk.readings, desk.today).iter().all(|c| c.kind != ClockKind::ReinvestigationWindow)
    );
    let order =
        ReinvestigationOrder {
            ordered_on: Some(date(2025, 2, 6)), reason: "处理不当".into(), ..Default::default()
        };
    let errors = refusals(desk.add(file, CaseStep::Reinvestigation(order.clone())));
    assert_eq!(errors[0].field, "late_reason");
    assert!(errors[0].message.contains("2025-02-05"));
    desk.add(file, CaseStep::Reinvestigation(ReinvestigationOrder { late_reason: "新证据刚出现".into(), ..order }))
        .unwrap();
}

#[test]
fn a_reinvestigation_opens_a_new_round_of_investigation_findings_and_decision() {
    let mut desk = Desk::new(date(2024, 6, 10));
    let file = decided_file(&mut desk, "A8", date(2024, 6, 3));
    let order = ReinvestigationOrder {
        ordered_on: Some(date(2024, 6, 5)),
        mode: ReinvestigationMode::Direct,
        reason: "事实不清".into(),
        late_reason: String::new(),
    };
    desk.add(file, CaseStep::Reinvestigation(order)).unwrap();
    let current = desk.file(file);
    assert_eq!(current.round(), 1);
    assert!(current.findings().is_none() && current.decision().is_none());
    assert!(current.last_decision().is_some(), "the first decision stays on file");
    assert!(messages(&refusals(desk.add(file, findings()))).contains("请先记录调查"));
    desk.add(file, group(date(2024, 6, 6))).unwrap();
    desk.add(file, findings()).unwrap();
    let outcome = suggested(&desk, file);
    desk.add(file, decision(date(2024, 6, 9), outcome, "")).unwrap();
    let rounds: Vec<usize> = desk.file(file).steps.iter().map(|s| s.round).collect();
    assert_eq!(rounds, [0, 0, 0, 0, 0, 1, 1, 1]);
}

#[test]
fn a_decision_covers_every_officer_and_departs_from_the_suggestion_only_with_a_reason() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = desk.open(intake("A9", date(2024, 5, 6), true));
    desk.add(file, group(date(2024, 5, 8))).unwrap();
    desk.add(file, findings()).unwrap();
    let suggested = suggested(&desk, file);
    assert!(matches!(suggested, DecidedOutcome::Sanction(_)), "the findings make 张三 liable: {suggested:?}");
    let differs = if suggested == DecidedOutcome::Exempt { DecidedOutcome::NotPursued } else { DecidedOutcome::Exempt };
    let errors = refusals(desk.add(file, decision(date(2024, 6, 3), differs, "")));
    assert_eq!(errors[0].field, "officers.0.reason");
    assert!(errors[0].message.contains(suggested.label()), "{}", errors[0].message);
    let nobody = CaseStep::Decision(Decision {
        decided_on: Some(date(2024, 6, 3)),
        participants: "局党组".into(),
        officers: vec![OfficerDecision { officer: "李四".into(), ..Default::default() }],
        referral: None,
    });
    let text = messages(&refusals(desk.add(file, nobody)));
    assert!(text.contains("请对“张三”作出决定") && text.contains("认定中没有“李四”"), "{text}");
    desk.add(file, decision(date(2024, 6, 3), differs, "已主动纠正，集体讨论决定免予追究")).unwrap();
    let decided = desk.file(file);
    assert_eq!(decided.decision().unwrap().officers[0].reason, "已主动纠正，集体讨论决定免予追究");
}

#[test]
fn obstruction_recorded_in_the_investigation_counts_under_article_nine_in_the_findings() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = desk.open(intake("A10", date(2024, 5, 6), true));
    desk.add(file, group(date(2024, 5, 8))).unwrap();
    let note = ConductNote {
        officer: "张三".into(),
        conduct: InquiryConduct::FalseEvidence,
        noted_on: Some(date(2024, 5, 10)),
        details: String::new(),
    };
    assert_eq!(refusals(desk.add(file, CaseStep::Conduct(note.clone())))[0].field, "details");
    desk.add(file, CaseStep::Conduct(ConductNote { details: "提供了事后补写的询问笔录".into(), ..note })).unwrap();
    desk.add(file, findings()).unwrap();
    let facts = desk.file(file).facts().unwrap();
    assert_eq!(facts.officers[0].inquiry_conduct, vec![InquiryConduct::FalseEvidence]);
    let assessment = crate::rules::run_wrong_case(&facts, &desk.readings);
    assert_eq!(assessment.officers[0].aggravating, vec![InquiryConduct::FalseEvidence]);
}

#[test]
fn amendments_need_a_reason_keep_every_version_and_freeze_the_case_number_after_the_decision() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = desk.open(intake("A11", date(2024, 5, 6), true));
    let first = desk.file(file).steps[0].latest().author.hash;
    let renamed = CaseStep::Intake(intake("黔江规资错查〔2024〕11号", date(2024, 5, 6), true));
    assert_eq!(refusals(desk.amend(file, first, " ", renamed.clone()))[0].field, "amend_reason");
    let second = desk.amend(file, first, "案号按局统一编号更正", renamed).unwrap();
    // Only the latest version may be amended.
    let stale = CaseStep::Intake(intake("X", date(2024, 5, 6), true));
    assert!(messages(&refusals(desk.amend(file, first, "再改", stale))).contains("最新版本"));
    let intake_step = &desk.file(file).steps[0];
    assert_eq!(intake_step.versions.len(), 2);
    assert_eq!(intake_step.versions[1].reason.as_deref(), Some("案号按局统一编号更正"));
    assert_eq!(desk.file(file).case_number(), "黔江规资错查〔2024〕11号");
    // A kind cannot change by amendment.
    let reply = CaseStep::Reply(Reply { replied_on: Some(date(2024, 5, 7)), content: "x".into() });
    assert!(messages(&refusals(desk.amend(file, second, "改", reply))).contains("不能改变步骤的种类"));

    desk.add(file, group(date(2024, 5, 8))).unwrap();
    desk.add(file, findings()).unwrap();
    let outcome = suggested(&desk, file);
    desk.add(file, decision(date(2024, 6, 3), outcome, "")).unwrap();
    let frozen = CaseStep::Intake(intake("黔江规资错查〔2024〕99号", date(2024, 5, 6), true));
    let errors = refusals(desk.amend(file, second, "再次更正案号", frozen));
    assert!(messages(&errors).contains("案号不能再修改"));
    // Other intake details may still be corrected.
    let mut corrected = intake("黔江规资错查〔2024〕11号", date(2024, 5, 6), true);
    corrected.reporter = "王某某（行政相对人）".into();
    desk.amend(file, second, "举报人姓名笔误", CaseStep::Intake(corrected)).unwrap();
}

#[test]
fn case_numbers_are_unique_across_files() {
    let mut desk = Desk::new(date(2024, 7, 1));
    desk.open(intake("黔江规资错查〔2024〕5号", date(2024, 5, 6), true));
    let again = CaseFileEntry {
        file: None,
        amends: None,
        reason: String::new(),
        step: CaseStep::Intake(intake(" 黔江规资错查〔2024〕5号 ", date(2024, 5, 7), true)),
    };
    let errors = refusals(desk.record(again));
    assert_eq!(errors[0].field, "case_number");
    assert_eq!(desk.journal.case_files().files.len(), 1);
}

#[test]
fn half_filled_forms_name_each_missing_field_and_future_dates_are_refused() {
    let today = date(2024, 7, 1);
    let errors = validate(&CaseStep::Intake(Intake::default()), today);
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        ["case_number", "received_on", "reporter", "against", "enforcement_case", "summary", "within_remit"]
    );
    assert!(errors.iter().all(|e| e.message.starts_with("请")));
    let future = Reply { replied_on: Some(date(2024, 7, 2)), content: "x".into() };
    assert_eq!(validate(&CaseStep::Reply(future), today)[0].message, "答复日期不能晚于今天，请核对");
    let appeal = Appeal { outcome: "维持".into(), ..Default::default() };
    let fields: Vec<String> = validate(&CaseStep::Appeal(appeal), today).into_iter().map(|e| e.field).collect();
    assert!(fields.contains(&"outcome_on".to_string()));
}

#[test]
fn the_fold_is_the_same_in_any_event_order_and_reports_orphans() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = decided_file(&mut desk, "A12", date(2024, 6, 3));
    let events: Vec<crate::journal::Event> = desk.journal.events().into_iter().cloned().collect();
    let flagged = Default::default();
    let forward = fold_case_files(events.iter(), &flagged);
    let backward = fold_case_files(events.iter().rev(), &flagged);
    assert_eq!(forward, backward);
    assert_eq!(forward.file(&file).unwrap().steps.len(), 4);
    // Without its 立案 the later steps are reported, not dropped silently.
    let orphans = fold_case_files(events.iter().skip(1), &flagged);
    assert!(orphans.files.is_empty());
    assert_eq!(orphans.problems.len(), 3);
}

#[test]
fn entries_round_trip_through_stored_json() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = decided_file(&mut desk, "A13", date(2024, 6, 3));
    let stored = desk.journal.stored_events();
    let (_, text) = stored.last().unwrap();
    assert!(text.contains("\"kind\":\"case_file_step\"") && text.contains("\"step\":\"decision\""), "{text}");
    let reopened = Journal::open(desk.store.clone(), DeviceId::new("fz00000000000001").unwrap(), "刘某").unwrap();
    assert_eq!(reopened.case_files().file(&file), desk.journal.case_files().file(&file));
    assert!(reopened.issues().is_empty());
}

#[test]
fn every_plain_field_reads_back_what_was_set_and_every_reported_field_is_on_its_form() {
    let today = date(2024, 7, 1);
    for blank in CaseStep::blanks() {
        let mut step = blank.clone();
        for field in step_fields(&blank) {
            let value = match &field.input {
                FieldInput::Text | FieldInput::LongText => "某内容".to_string(),
                FieldInput::Date => "2024-05-06".to_string(),
                FieldInput::Choice(labels) => (labels.len() - 1).to_string(),
                FieldInput::YesNo => "no".to_string(),
            };
            set_step_field(&mut step, field.name, &value);
            let read = step_fields(&step).into_iter().find(|f| f.name == field.name).unwrap();
            assert_eq!(read.value, value, "{} {}", blank.label(), field.name);
        }
        // Every error of a blank form names a field its form shows (or the findings' and decision's own parts).
        let names: Vec<&str> = step_fields(&blank).iter().map(|f| f.name).collect();
        for error in validate(&blank, today) {
            let own_part = ["grounds", "officers", "reason"].contains(&error.field.as_str());
            assert!(names.contains(&error.field.as_str()) || own_part, "{}: {}", blank.label(), error.field);
        }
    }
}

#[test]
fn the_next_steps_offered_follow_the_stage_machine() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let labels =
        |desk: &Desk, file| -> Vec<String> { next_steps(&desk.file(file)).iter().map(CaseStep::label).collect() };
    let file = desk.open(intake("N1", date(2024, 5, 6), true));
    assert_eq!(labels(&desk, file), ["答复", "报局主要负责人并组成调查组", "未经调查阶段"]);
    desk.add(file, group(date(2024, 5, 8))).unwrap();
    let offered = labels(&desk, file);
    assert!(offered.contains(&"认定".to_string()) && !offered.contains(&"集体讨论决定".to_string()), "{offered:?}");
    let outside = desk.open(intake("N2", date(2024, 5, 6), false));
    assert_eq!(labels(&desk, outside), ["答复", "转送有权部门"]);
}

#[test]
fn new_forms_start_from_what_the_file_says() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let mut reported = intake("P1", date(2024, 5, 6), true);
    reported.against = "张三、李四".into();
    let file = desk.open(reported);
    desk.add(file, group(date(2024, 5, 8))).unwrap();
    let blank_findings = CaseStep::Findings(Box::default());
    let CaseStep::Findings(started) = prefill(&desk.file(file), blank_findings.clone(), &desk.readings) else {
        panic!()
    };
    let names: Vec<&str> = started.worksheet.officers.iter().map(|o| o.facts.name.as_str()).collect();
    assert_eq!(names, ["张三", "李四"]);
    desk.add(file, findings()).unwrap();
    let CaseStep::Decision(decision) =
        prefill(&desk.file(file), CaseStep::Decision(Decision::default()), &desk.readings)
    else {
        panic!()
    };
    assert_eq!(decision.officers.len(), 1);
    assert_eq!(decision.officers[0].officer, "张三");
    assert_eq!(decision.officers[0].outcome, suggested(&desk, file));
    // The pre-filled decision is accepted as it stands (it follows the 建议).
    desk.add(
        file,
        CaseStep::Decision(Decision {
            decided_on: Some(date(2024, 6, 3)), participants: "局党组".into(), ..decision
        }),
    )
    .unwrap();
    let CaseStep::Appeal(appeal) = prefill(&desk.file(file), CaseStep::Appeal(Appeal::default()), &desk.readings)
    else {
        panic!()
    };
    assert_eq!(appeal.officer, "张三");
}

#[test]
fn each_kind_key_is_the_stored_tag() {
    for blank in CaseStep::blanks() {
        let stored = serde_json::to_value(&blank).unwrap();
        assert_eq!(stored["step"], blank.kind_key());
    }
}

#[test]
fn the_decision_document_is_a_draft_with_the_suggestion_until_the_decision_and_quotes_article_twelve() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let file = desk.open(intake("黔江规资错查〔2024〕20号", date(2024, 5, 6), true));
    desk.add(file, group(date(2024, 5, 8))).unwrap();
    desk.add(file, findings()).unwrap();
    let draft = decision_document(&desk.file(file), &desk.readings);
    assert!(draft.draft);
    assert_eq!(draft.number, "黔江规资错查〔2024〕20号");
    let text = |doc: &Document| doc.sections.iter().flat_map(|s| s.paragraphs.clone()).collect::<Vec<_>>().join("\n");
    let suggested = suggested(&desk, file);
    assert!(text(&draft).contains(&format!("对张三：建议{}", suggested.label())), "{}", text(&draft));
    assert!(text(&draft).contains(&crate::law::quote(crate::law::Cite::item(1, 6, 3)).unwrap()));
    assert!(text(&draft).contains(&crate::law::quote(crate::law::Cite::article(1, 12)).unwrap()));
    desk.add(file, decision(date(2024, 6, 3), DecidedOutcome::Exempt, "主动纠正")).unwrap();
    let decided = decision_document(&desk.file(file), &desk.readings);
    assert!(!decided.draft);
    assert_eq!(decided.dated, "2024年06月03日");
    assert!(
        text(&decided).contains("对张三：免于追究责任。") && !text(&decided).contains("建议"),
        "{}",
        text(&decided)
    );
}

#[test]
fn statistics_count_established_grounds_liable_acts_and_decisions_of_files_in_range() {
    let mut desk = Desk::new(date(2024, 7, 1));
    let decided = decided_file(&mut desk, "S1", date(2024, 6, 3));
    desk.open(intake("S2", date(2024, 6, 20), true));
    let all = case_file_statistics(&desk.journal.case_files(), &desk.readings, None, None);
    assert_eq!(all.files, 2);
    let count = |list: &[crate::register::Count], label: &str| list.iter().find(|c| c.label == label).unwrap().count;
    assert_eq!(count(&all.by_ground, crate::rules::r1::WrongCaseGround::Reconsideration.label()), 1);
    assert_eq!(count(&all.by_act, "第六条第（三）项"), 1);
    let outcome = desk.file(decided).decision().unwrap().officers[0].outcome;
    assert_eq!(count(&all.by_decision, outcome.label()), 1);
    assert_eq!(all.by_decision.iter().map(|c| c.count).sum::<usize>(), 1);
    // Only files received in the range: S1 was received on 2024-05-14.
    let june = case_file_statistics(&desk.journal.case_files(), &desk.readings, Some(date(2024, 6, 1)), None);
    assert_eq!(june.files, 1);
    assert!(june.by_decision.iter().all(|c| c.count == 0));
}
