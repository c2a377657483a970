//! The plain fields of each step's form (see [`crate::form_fields`]): a field's name is the one its
//! [`super::FieldError`]s carry. The findings' worksheet and the decision's rows per officer have their own
//! components.

use crate::form_fields::{FieldInput, PlainForm, StepField, choice, date, field, long, parse_date, pick, text};

use super::step::{AppealBody, CaseStep, ConductNote, InvestigationMethod, ReceivedVia, ReinvestigationMode};

impl PlainForm for CaseStep {
    fn fields(&self) -> Vec<StepField> {
        step_fields(self)
    }

    fn set_field(&mut self, name: &str, value: &str) {
        set_step_field(self, name, value);
    }
}

/// The plain fields of the step's form, in display order.
pub fn step_fields(step: &CaseStep) -> Vec<StepField> {
    match step {
        CaseStep::Intake(s) => vec![
            text("case_number", "案号", &s.case_number),
            date("received_on", "受理日期", s.received_on),
            text("reporter", "举报人或投诉人", &s.reporter),
            choice("received_via", "受理方式", &ReceivedVia::ALL, ReceivedVia::label, s.received_via),
            text("against", "被举报、投诉的执法人员", &s.against),
            text("enforcement_case", "涉及的执法案件（名称或文号）", &s.enforcement_case),
            long("summary", "举报、投诉的内容", &s.summary),
            field(
                "within_remit",
                "是否属于本单位受理",
                FieldInput::YesNo,
                s.within_remit.map(|b| if b { "yes" } else { "no" }.to_string()).unwrap_or_default(),
            ),
        ],
        CaseStep::Reply(s) => {
            vec![date("replied_on", "答复日期", s.replied_on), long("content", "答复内容", &s.content)]
        }
        CaseStep::Transfer(s) => vec![
            date("transferred_on", "转送日期", s.transferred_on),
            text("recipient", "接收的有权部门", &s.recipient),
            long("late_reason", "逾期转送的原因（超过期限时填写）", &s.late_reason),
        ],
        CaseStep::InvestigationOpened(s) => vec![
            date("reported_on", "报局主要负责人的日期", s.reported_on),
            text("principal", "指派调查组的局主要负责人", &s.principal),
            text("members", "调查组成员（以顿号分隔）", &s.members),
            date("formed_on", "调查组组成日期", s.formed_on),
        ],
        CaseStep::InvestigationAction(s) => vec![
            choice("method", "调查方式", &InvestigationMethod::ALL, InvestigationMethod::label, s.method),
            date("done_on", "日期", s.done_on),
            long("summary", "情况摘要", &s.summary),
        ],
        CaseStep::Conduct(s) => vec![
            text("officer", "执法人员姓名", &s.officer),
            choice("conduct", "表现", &ConductNote::CONDUCTS, |c| c.label(), s.conduct),
            date("noted_on", "日期", s.noted_on),
            long("details", "具体情况", &s.details),
        ],
        CaseStep::Skipped(s) => vec![long("reason", "未经调查的原因", &s.reason)],
        CaseStep::Findings(s) => vec![long("evidence", "证据及核实情况", &s.evidence)],
        CaseStep::Decision(s) => vec![
            date("decided_on", "决定日期", s.decided_on),
            text("participants", "参加集体讨论的领导", &s.participants),
        ],
        CaseStep::Reinvestigation(s) => vec![
            date("ordered_on", "作出责令的日期", s.ordered_on),
            choice("mode", "方式", &ReinvestigationMode::ALL, ReinvestigationMode::label, s.mode),
            long("reason", "事实不清或处理不当的理由", &s.reason),
            long("late_reason", "超过1个月仍责令的原因（超过期限时填写）", &s.late_reason),
        ],
        CaseStep::Statement(s) => vec![
            text("officer", "执法人员姓名", &s.officer),
            date("made_on", "日期", s.made_on),
            long("content", "陈述、申辩的内容", &s.content),
        ],
        CaseStep::Appeal(s) => vec![
            text("officer", "执法人员姓名", &s.officer),
            date("filed_on", "提出日期", s.filed_on),
            choice("body", "受理部门", &AppealBody::ALL, AppealBody::label, s.body),
            long("content", "申诉内容", &s.content),
            long("outcome", "申诉结果（尚无结果时留空）", &s.outcome),
            date("outcome_on", "结果日期", s.outcome_on),
        ],
    }
}

/// Sets field `name` of the step's form from its text `value` (as [`StepField::value`] encodes it). An unknown
/// name changes nothing; an unreadable date clears the date (the form's check then asks for it).
pub fn set_step_field(step: &mut CaseStep, name: &str, value: &str) {
    let text = value.to_string();
    match step {
        CaseStep::Intake(s) => match name {
            "case_number" => s.case_number = text,
            "received_on" => s.received_on = parse_date(value),
            "reporter" => s.reporter = text,
            "received_via" => s.received_via = pick(&ReceivedVia::ALL, value, s.received_via),
            "against" => s.against = text,
            "enforcement_case" => s.enforcement_case = text,
            "summary" => s.summary = text,
            "within_remit" => s.within_remit = ["no", "yes"].iter().position(|v| *v == value).map(|i| i == 1),
            _ => {}
        },
        CaseStep::Reply(s) => match name {
            "replied_on" => s.replied_on = parse_date(value),
            "content" => s.content = text,
            _ => {}
        },
        CaseStep::Transfer(s) => match name {
            "transferred_on" => s.transferred_on = parse_date(value),
            "recipient" => s.recipient = text,
            "late_reason" => s.late_reason = text,
            _ => {}
        },
        CaseStep::InvestigationOpened(s) => match name {
            "reported_on" => s.reported_on = parse_date(value),
            "principal" => s.principal = text,
            "members" => s.members = text,
            "formed_on" => s.formed_on = parse_date(value),
            _ => {}
        },
        CaseStep::InvestigationAction(s) => match name {
            "method" => s.method = pick(&InvestigationMethod::ALL, value, s.method),
            "done_on" => s.done_on = parse_date(value),
            "summary" => s.summary = text,
            _ => {}
        },
        CaseStep::Conduct(s) => match name {
            "officer" => s.officer = text,
            "conduct" => s.conduct = pick(&ConductNote::CONDUCTS, value, s.conduct),
            "noted_on" => s.noted_on = parse_date(value),
            "details" => s.details = text,
            _ => {}
        },
        CaseStep::Skipped(s) => {
            if name == "reason" {
                s.reason = text;
            }
        }
        CaseStep::Findings(s) => {
            if name == "evidence" {
                s.evidence = text;
            }
        }
        CaseStep::Decision(s) => match name {
            "decided_on" => s.decided_on = parse_date(value),
            "participants" => s.participants = text,
            _ => {}
        },
        CaseStep::Reinvestigation(s) => match name {
            "ordered_on" => s.ordered_on = parse_date(value),
            "mode" => s.mode = pick(&ReinvestigationMode::ALL, value, s.mode),
            "reason" => s.reason = text,
            "late_reason" => s.late_reason = text,
            _ => {}
        },
        CaseStep::Statement(s) => match name {
            "officer" => s.officer = text,
            "made_on" => s.made_on = parse_date(value),
            "content" => s.content = text,
            _ => {}
        },
        CaseStep::Appeal(s) => match name {
            "officer" => s.officer = text,
            "filed_on" => s.filed_on = parse_date(value),
            "body" => s.body = pick(&AppealBody::ALL, value, s.body),
            "content" => s.content = text,
            "outcome" => s.outcome = text,
            "outcome_on" => s.outcome_on = parse_date(value),
            _ => {}
        },
    }
}
