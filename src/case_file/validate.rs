//! The checks each step's form makes on its own, before the file is looked at: required texts and dates, no date
//! after today. Every error names its field and says, in Chinese, what to fill in.

use chrono::NaiveDate;

use super::step::{
    Appeal, CaseStep, ConductNote, Decision, Findings, Intake, InvestigationAction, InvestigationGroup,
    ReinvestigationOrder, Reply, Skip, Statement, Transfer,
};

/// A problem with one field of a step's form (`field` is empty for the step as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's name in the entry type, e.g. `case_number`; `officers.1.reason` for a row.
    pub field: String,
    /// What is wrong and what to do, in Chinese.
    pub message: String,
}

impl FieldError {
    /// An error on `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        FieldError { field: field.into(), message: message.into() }
    }
}

/// Collects the errors of one form.
struct Errors<'a> {
    today: NaiveDate,
    list: &'a mut Vec<FieldError>,
}

impl Errors<'_> {
    fn text(&mut self, field: &str, value: &str, label: &str) {
        if value.trim().is_empty() {
            self.list.push(FieldError::new(field, format!("请填写{label}")));
        }
    }

    fn date(&mut self, field: &str, value: Option<NaiveDate>, label: &str) {
        match value {
            None => self.list.push(FieldError::new(field, format!("请填写{label}"))),
            Some(date) => self.not_future(field, date, label),
        }
    }

    fn not_future(&mut self, field: &str, date: NaiveDate, label: &str) {
        if date > self.today {
            self.list.push(FieldError::new(field, format!("{label}不能晚于今天，请核对")));
        }
    }
}

/// The step's own errors (empty: the form is complete), judged on `today`.
pub fn validate(step: &CaseStep, today: NaiveDate) -> Vec<FieldError> {
    let mut list = Vec::new();
    let mut e = Errors { today, list: &mut list };
    match step {
        CaseStep::Intake(s) => intake(&mut e, s),
        CaseStep::Reply(s) => reply(&mut e, s),
        CaseStep::Transfer(s) => transfer(&mut e, s),
        CaseStep::InvestigationOpened(s) => group(&mut e, s),
        CaseStep::InvestigationAction(s) => action(&mut e, s),
        CaseStep::Conduct(s) => conduct(&mut e, s),
        CaseStep::Skipped(s) => skip(&mut e, s),
        CaseStep::Findings(s) => findings(&mut e, s),
        CaseStep::Decision(s) => decision(&mut e, s),
        CaseStep::Reinvestigation(s) => reinvestigation(&mut e, s),
        CaseStep::Statement(s) => statement(&mut e, s),
        CaseStep::Appeal(s) => appeal(&mut e, s),
    }
    list
}

fn intake(e: &mut Errors, s: &Intake) {
    e.text("case_number", &s.case_number, "案号");
    e.date("received_on", s.received_on, "受理日期");
    e.text("reporter", &s.reporter, "举报人或投诉人（匿名的写“匿名”）");
    e.text("against", &s.against, "被举报、投诉的执法人员");
    e.text("enforcement_case", &s.enforcement_case, "涉及的执法案件");
    e.text("summary", &s.summary, "举报、投诉的内容");
    if s.within_remit.is_none() {
        e.list.push(FieldError::new("within_remit", "请选择是否属于本单位受理"));
    }
}

fn reply(e: &mut Errors, s: &Reply) {
    e.date("replied_on", s.replied_on, "答复日期");
    e.text("content", &s.content, "答复内容");
}

fn transfer(e: &mut Errors, s: &Transfer) {
    e.date("transferred_on", s.transferred_on, "转送日期");
    e.text("recipient", &s.recipient, "接收的有权部门");
}

fn group(e: &mut Errors, s: &InvestigationGroup) {
    e.date("reported_on", s.reported_on, "报局主要负责人的日期");
    e.text("principal", &s.principal, "局主要负责人");
    e.text("members", &s.members, "调查组成员");
    e.date("formed_on", s.formed_on, "调查组组成日期");
    if let (Some(reported), Some(formed)) = (s.reported_on, s.formed_on)
        && formed < reported
    {
        e.list.push(FieldError::new("formed_on", "调查组应在报局主要负责人之后组成，请核对日期"));
    }
}

fn action(e: &mut Errors, s: &InvestigationAction) {
    e.date("done_on", s.done_on, "调查日期");
    e.text("summary", &s.summary, "情况摘要");
}

fn conduct(e: &mut Errors, s: &ConductNote) {
    e.text("officer", &s.officer, "执法人员姓名");
    e.date("noted_on", s.noted_on, "日期");
    if !ConductNote::CONDUCTS.contains(&s.conduct) {
        e.list.push(FieldError::new("conduct", "调查阶段只记录配合、阻碍调查或提供伪证；其他情节请在认定阶段填写"));
    }
    if s.conduct.is_aggravating() {
        e.text("details", &s.details, "具体情况（阻碍调查或提供伪证的事实）");
    }
}

fn skip(e: &mut Errors, s: &Skip) {
    e.text("reason", &s.reason, "未经该阶段的原因");
}

fn findings(e: &mut Errors, s: &Findings) {
    if s.worksheet.grounds.is_empty() {
        e.list.push(FieldError::new("grounds", "请至少填写一项报告的第五条情形"));
    }
    if s.worksheet.officers.is_empty() {
        e.list.push(FieldError::new("officers", "请至少填写一名承办或相关执法人员"));
    }
    for (i, row) in s.worksheet.officers.iter().enumerate() {
        e.text(&format!("officers.{i}.name"), &row.facts.name, "执法人员姓名");
    }
    e.text("evidence", &s.evidence, "证据及核实情况");
}

fn decision(e: &mut Errors, s: &Decision) {
    e.date("decided_on", s.decided_on, "决定日期");
    e.text("participants", &s.participants, "参加集体讨论的领导");
    if s.officers.is_empty() {
        e.list.push(FieldError::new("officers", "请对认定中的每名执法人员作出决定"));
    }
    if let Some(referral) = &s.referral {
        e.date("referral.referred_on", referral.referred_on, "移送日期");
        e.text("referral.body", &referral.body, "接收部门");
        if let (Some(referred), Some(decided)) = (referral.referred_on, s.decided_on)
            && referred < decided
        {
            e.list.push(FieldError::new("referral.referred_on", "移送日期早于决定日期，请核对"));
        }
    }
}

fn reinvestigation(e: &mut Errors, s: &ReinvestigationOrder) {
    e.date("ordered_on", s.ordered_on, "作出责令的日期");
    e.text("reason", &s.reason, "事实不清或处理不当的理由");
}

fn statement(e: &mut Errors, s: &Statement) {
    e.text("officer", &s.officer, "执法人员姓名");
    e.date("made_on", s.made_on, "日期");
    e.text("content", &s.content, "陈述、申辩的内容");
}

fn appeal(e: &mut Errors, s: &Appeal) {
    e.text("officer", &s.officer, "执法人员姓名");
    e.date("filed_on", s.filed_on, "提出日期");
    e.text("content", &s.content, "申诉内容");
    match (s.outcome.trim().is_empty(), s.outcome_on) {
        (false, None) => e.list.push(FieldError::new("outcome_on", "已填写申诉结果，请填写结果日期")),
        (true, Some(_)) => e.list.push(FieldError::new("outcome", "已填写结果日期，请填写申诉结果")),
        (false, Some(date)) => {
            e.not_future("outcome_on", date, "结果日期");
            if s.filed_on.is_some_and(|filed| date < filed) {
                e.list.push(FieldError::new("outcome_on", "结果日期早于提出日期，请核对"));
            }
        }
        (true, None) => {}
    }
}
