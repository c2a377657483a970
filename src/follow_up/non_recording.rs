//! R2 Art. 13 findings per handler, in 法治科's journal: each confirmed finding that a handler did not record, or did
//! not record truthfully, and what the engine says follows — counted across every finding of that handler.
//!
//! 第十三条 办案人员不记录或者不如实记录局机关内部人员干预、插手案件情况的，予以警告、通报批评；两次以上不记录或者
//! 不如实记录的，依照《中国共产党纪律处分条例》等规定移交纪检部门给予纪律处分。主管领导授意不记录或者不如实记录的，
//! 依法依纪追究主管领导责任。

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::standalone::fold_standalone;
use crate::case_file::{FieldError, FiledStep};
use crate::form_fields::{FieldInput, PlainForm, StepField, choice, date, field, long, parse_date, pick, text};
use crate::journal::{Event, EventBody, EventHash};
use crate::rules::r2::{NonRecordingFacts, NonRecordingOutcome, RecordingFailure};
use crate::rules::{Readings, run_non_recording};

/// One confirmed finding about a handler.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NonRecordingFinding {
    /// 认定日期.
    pub found_on: Option<NaiveDate>,
    /// 办案人员.
    pub handler: String,
    /// 不记录 or 不如实记录.
    pub failure: RecordingFailure,
    /// 是否由主管领导授意.
    pub supervisor_instructed: Option<bool>,
    /// 授意的主管领导 (when instructed).
    pub supervisor: String,
    /// 所涉案件或干预情况.
    pub concerning: String,
    /// 查明的事实与证据.
    pub details: String,
}

const FAILURES: [RecordingFailure; 2] = [RecordingFailure::NotRecorded, RecordingFailure::NotTruthful];

impl PlainForm for NonRecordingFinding {
    fn fields(&self) -> Vec<StepField> {
        let instructed = self.supervisor_instructed.map(|b| if b { "yes" } else { "no" }.to_string());
        vec![
            date("found_on", "认定日期", self.found_on),
            text("handler", "办案人员", &self.handler),
            choice("failure", "情形（第十三条）", &FAILURES, RecordingFailure::label, self.failure),
            field("supervisor_instructed", "是否由主管领导授意", FieldInput::YesNo, instructed.unwrap_or_default()),
            text("supervisor", "授意的主管领导（授意时填写）", &self.supervisor),
            text("concerning", "所涉案件或干预情况", &self.concerning),
            long("details", "查明的事实与证据", &self.details),
        ]
    }

    fn set_field(&mut self, name: &str, value: &str) {
        let owned = value.to_string();
        match name {
            "found_on" => self.found_on = parse_date(value),
            "handler" => self.handler = owned,
            "failure" => self.failure = pick(&FAILURES, value, self.failure),
            "supervisor_instructed" => {
                self.supervisor_instructed = ["no", "yes"].iter().position(|v| *v == value).map(|i| i == 1)
            }
            "supervisor" => self.supervisor = owned,
            "concerning" => self.concerning = owned,
            "details" => self.details = owned,
            _ => {}
        }
    }
}

/// What one `non_recording_found` event of 法治科's journal holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NonRecordingEntry {
    /// The version this entry replaces (an amendment); absent for a new finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<EventHash>,
    /// 修改原因 (amendments only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// The finding.
    pub finding: NonRecordingFinding,
}

/// One handler's findings, oldest first, each with the engine's outcome counting the earlier ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandlerFindings {
    /// 办案人员.
    pub handler: String,
    /// The findings with their outcomes.
    pub findings: Vec<(FiledStep<NonRecordingFinding>, NonRecordingOutcome)>,
}

/// Folds the journal's `non_recording_found` events into findings with every version.
pub fn fold_non_recording<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    flagged: &BTreeSet<EventHash>,
) -> Vec<FiledStep<NonRecordingFinding>> {
    fold_standalone(events, flagged, |body| match body {
        EventBody::NonRecordingFound(entry) => Some((entry.amends, entry.reason.as_str(), &entry.finding)),
        _ => None,
    })
}

/// The findings grouped by handler (by name, trimmed), each counted as the n-th of that handler in the order found.
pub fn by_handler(findings: &[FiledStep<NonRecordingFinding>], readings: &Readings) -> Vec<HandlerFindings> {
    let mut groups: BTreeMap<String, Vec<FiledStep<NonRecordingFinding>>> = BTreeMap::new();
    for step in findings {
        groups.entry(step.current().handler.trim().to_string()).or_default().push(step.clone());
    }
    groups
        .into_iter()
        .map(|(handler, mut steps)| {
            steps.sort_by_key(|s| (s.current().found_on, s.recorded().device_time, s.id));
            let findings = steps
                .into_iter()
                .enumerate()
                .map(|(prior, step)| {
                    let f = step.current();
                    let facts = NonRecordingFacts {
                        failure: f.failure,
                        prior_findings: u32::try_from(prior).unwrap_or(u32::MAX),
                        supervisor_instructed: f.supervisor_instructed == Some(true),
                    };
                    let outcome = run_non_recording(&facts, readings);
                    (step, outcome)
                })
                .collect();
            HandlerFindings { handler, findings }
        })
        .collect()
}

/// Every reason the finding cannot be recorded (empty: it can), on `today`; `amending` gives the amendment's reason.
pub fn check_finding(finding: &NonRecordingFinding, amending: Option<&str>, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut need = |name: &str, value: &str, label: &str| {
        if value.trim().is_empty() {
            errors.push(FieldError::new(name, format!("请填写{label}")));
        }
    };
    need("handler", &finding.handler, "办案人员");
    need("concerning", &finding.concerning, "所涉案件或干预情况");
    need("details", &finding.details, "查明的事实与证据");
    if finding.supervisor_instructed == Some(true) {
        need("supervisor", &finding.supervisor, "授意的主管领导");
    }
    if amending.is_some_and(|r| r.trim().is_empty()) {
        errors.push(FieldError::new("amend_reason", "请填写修改原因"));
    }
    match finding.found_on {
        None => errors.push(FieldError::new("found_on", "请填写认定日期")),
        Some(d) if d > today => errors.push(FieldError::new("found_on", "认定日期不能晚于今天，请核对")),
        Some(_) => {}
    }
    if finding.supervisor_instructed.is_none() {
        errors.push(FieldError::new("supervisor_instructed", "请选择是否由主管领导授意"));
    }
    errors
}
