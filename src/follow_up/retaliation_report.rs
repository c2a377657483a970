//! R2 Art. 9 and 12: reports that a handler who recorded interference was retaliated against, with 法治科's
//! findings on them, in 法治科's journal. The engine finds 打击报复 only when every fact it needs has been found; a
//! fact not yet established (left blank) means no finding yet — never a presumed one.
//!
//! 第十二条 局机关内部人员对如实记录过问案件情况的办案人员进行打击报复的，依照《中国共产党纪律处分条例》、《行政机关
//! 公务员处分条例》等规定移交纪检部门给予纪律处分；构成犯罪的，依法移交有关部门追究刑事责任。

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::standalone::fold_standalone;
use crate::case_file::{FieldError, FiledStep};
use crate::form_fields::{FieldInput, PlainForm, StepField, choice, date, field, long, parse_date, pick, text};
use crate::journal::{Event, EventBody, EventHash};
use crate::rules::r2::{MeasureAgainstRecorder, RetaliationFacts, RetaliationOutcome, retaliation};

/// One report of a measure taken against a handler who recorded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RetaliationReport {
    /// 收到报告的日期.
    pub reported_on: Option<NaiveDate>,
    /// 受到处理的办案人员（记录人）.
    pub recorder: String,
    /// 所涉记录或案件.
    pub concerning: String,
    /// 采取措施的人员.
    pub by: String,
    /// 措施.
    pub measure: MeasureAgainstRecorder,
    /// 是否有法定事由 (`None`: not yet established).
    pub legal_ground: Option<bool>,
    /// 是否经法定程序 (`None`: not yet established).
    pub legal_procedure: Option<bool>,
    /// 是否因如实记录过问案件情况而采取 (`None`: not yet established).
    pub because_of_truthful_record: Option<bool>,
    /// 保护措施及调查情况（第九条）.
    pub notes: String,
}

impl RetaliationReport {
    /// The facts the engine needs, once every one of them is established.
    pub fn facts(&self) -> Option<RetaliationFacts> {
        Some(RetaliationFacts {
            measure: self.measure,
            legal_ground: self.legal_ground?,
            legal_procedure: self.legal_procedure?,
            because_of_truthful_record: self.because_of_truthful_record?,
        })
    }

    /// The engine's finding, if every fact is established.
    pub fn outcome(&self) -> Option<RetaliationOutcome> {
        self.facts().map(|facts| retaliation(&facts))
    }
}

fn yes_no(value: Option<bool>) -> String {
    value.map(|b| if b { "yes" } else { "no" }.to_string()).unwrap_or_default()
}

fn parse_yes_no(value: &str) -> Option<bool> {
    ["no", "yes"].iter().position(|v| *v == value).map(|i| i == 1)
}

impl PlainForm for RetaliationReport {
    fn fields(&self) -> Vec<StepField> {
        vec![
            date("reported_on", "收到报告的日期", self.reported_on),
            text("recorder", "受到处理的办案人员（记录人）", &self.recorder),
            text("concerning", "所涉记录或案件", &self.concerning),
            text("by", "采取措施的人员", &self.by),
            choice("measure", "措施", &MeasureAgainstRecorder::ALL, MeasureAgainstRecorder::label, self.measure),
            field("legal_ground", "是否有法定事由（未查明的不选）", FieldInput::YesNo, yes_no(self.legal_ground)),
            field("legal_procedure", "是否经法定程序（未查明的不选）", FieldInput::YesNo, yes_no(self.legal_procedure)),
            field(
                "because_of_truthful_record",
                "是否因如实记录过问案件情况而采取（未查明的不选）",
                FieldInput::YesNo,
                yes_no(self.because_of_truthful_record),
            ),
            long("notes", "保护措施及调查情况（第九条）", &self.notes),
        ]
    }

    fn set_field(&mut self, name: &str, value: &str) {
        let owned = value.to_string();
        match name {
            "reported_on" => self.reported_on = parse_date(value),
            "recorder" => self.recorder = owned,
            "concerning" => self.concerning = owned,
            "by" => self.by = owned,
            "measure" => self.measure = pick(&MeasureAgainstRecorder::ALL, value, self.measure),
            "legal_ground" => self.legal_ground = parse_yes_no(value),
            "legal_procedure" => self.legal_procedure = parse_yes_no(value),
            "because_of_truthful_record" => self.because_of_truthful_record = parse_yes_no(value),
            "notes" => self.notes = owned,
            _ => {}
        }
    }
}

/// What one `retaliation_reported` event of 法治科's journal holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetaliationEntry {
    /// The version this entry replaces (an amendment, e.g. once a fact is established); absent for a new report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<EventHash>,
    /// 修改原因 (amendments only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// The report.
    pub report: RetaliationReport,
}

/// Folds the journal's `retaliation_reported` events into reports with every version.
pub fn fold_retaliation<'a>(
    events: impl IntoIterator<Item = &'a Event>,
    flagged: &BTreeSet<EventHash>,
) -> Vec<FiledStep<RetaliationReport>> {
    fold_standalone(events, flagged, |body| match body {
        EventBody::RetaliationReported(entry) => Some((entry.amends, entry.reason.as_str(), &entry.report)),
        _ => None,
    })
}

/// Every reason the report cannot be recorded (empty: it can), on `today`.
pub fn check_report(report: &RetaliationReport, amending: Option<&str>, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (name, value, label) in [
        ("recorder", &report.recorder, "受到处理的办案人员"),
        ("concerning", &report.concerning, "所涉记录或案件"),
        ("by", &report.by, "采取措施的人员"),
    ] {
        if value.trim().is_empty() {
            errors.push(FieldError::new(name, format!("请填写{label}")));
        }
    }
    match report.reported_on {
        None => errors.push(FieldError::new("reported_on", "请填写收到报告的日期")),
        Some(d) if d > today => errors.push(FieldError::new("reported_on", "日期不能晚于今天，请核对")),
        Some(_) => {}
    }
    if amending.is_some_and(|r| r.trim().is_empty()) {
        errors.push(FieldError::new("amend_reason", "请填写修改原因"));
    }
    errors
}
