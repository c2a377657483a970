//! A record's follow-up as folded from 法治科's journal, which records need one, and what may be recorded when.
//!
//! 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理，
//! 必要时可移交同级司法局处理。
//! 第十条 ……属于违反规定干预办案，应按人事管理权限并报经批准后予以通报：
//!
//! - The engine's verdict is never overwritten: 法治科's determination stands beside it, with its reason.
//! - Nothing follows before the determination; a 通报 or a referral follows only a determination that the record
//!   is 违反规定干预 (Art. 10, 11) — never the engine's verdict alone.
//! - Each step once (an amendment, with a reason, changes it); after 办结 nothing new.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::step::{Determination, FollowUpStep};
use crate::case_file::{FieldError, FiledStep, StepVersion};
use crate::journal::{Authorship, Event, EventBody, EventHash, FoldProblem};
use crate::register::RegisterRow;
use crate::rules::r2::{Verdict, completeness};

/// What one `follow_up_step` event of 法治科's journal holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpEntry {
    /// The record followed up (its id in the merged register).
    pub record: EventHash,
    /// The version this entry replaces (an amendment); absent for a new step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<EventHash>,
    /// 修改原因 (amendments only).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// The step.
    pub step: FollowUpStep,
}

/// Where a record's follow-up stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FollowUpState {
    /// Spot-checked without a clue, and nothing else recorded.
    Checked,
    /// The record needs 法治科's determination and has none yet.
    Pending,
    /// Determined; nothing further is recorded yet.
    Determined {
        /// Whether 法治科 found 违反规定干预.
        prohibited: bool,
    },
    /// Under investigation (调查处理 recorded).
    Handling,
    /// 通报 issued after approval.
    Circulated,
    /// Handed over to discipline inspection or another body.
    HandedOver,
    /// 办结.
    Closed,
}

impl FollowUpState {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            FollowUpState::Checked => "已抽查，未发现线索",
            FollowUpState::Pending => "待法治科认定",
            FollowUpState::Determined { prohibited: true } => "已认定违反规定干预",
            FollowUpState::Determined { prohibited: false } => "已认定不属于违反规定干预",
            FollowUpState::Handling => "调查处理中",
            FollowUpState::Circulated => "已通报",
            FollowUpState::HandedOver => "已移交",
            FollowUpState::Closed => "已办结",
        }
    }
}

/// The register's filter on the follow-up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum FollowUpFilter {
    /// Every record.
    #[default]
    Any,
    /// Waiting for 法治科's determination.
    Pending,
    /// Determined, not yet closed.
    InProgress,
    /// 办结.
    Closed,
    /// Needing none and having none (or spot-checked without a clue).
    NotNeeded,
}

impl FollowUpFilter {
    /// Every filter, in display order (as the i18n labels list them).
    pub const ALL: [FollowUpFilter; 5] = [
        FollowUpFilter::Any,
        FollowUpFilter::Pending,
        FollowUpFilter::InProgress,
        FollowUpFilter::Closed,
        FollowUpFilter::NotNeeded,
    ];

    /// Whether a record whose follow-up stands at `state` passes.
    pub fn matches(self, state: Option<FollowUpState>) -> bool {
        match self {
            FollowUpFilter::Any => true,
            FollowUpFilter::Pending => state == Some(FollowUpState::Pending),
            FollowUpFilter::InProgress => state
                .is_some_and(|s| !matches!(s, FollowUpState::Pending | FollowUpState::Closed | FollowUpState::Checked)),
            FollowUpFilter::Closed => state == Some(FollowUpState::Closed),
            FollowUpFilter::NotNeeded => matches!(state, None | Some(FollowUpState::Checked)),
        }
    }
}

/// One record's follow-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowUp {
    /// The record.
    pub record: EventHash,
    /// The steps, in the order they were recorded.
    pub steps: Vec<FiledStep<FollowUpStep>>,
}

impl FollowUp {
    /// 法治科's determination as it stands.
    pub fn determination(&self) -> Option<&Determination> {
        self.steps.iter().find_map(|s| match s.current() {
            FollowUpStep::Determination(d) => Some(d),
            _ => None,
        })
    }

    fn has(&self, pick: fn(&FollowUpStep) -> bool) -> bool {
        self.steps.iter().any(|s| pick(s.current()))
    }

    /// Where it stands (the furthest step recorded).
    pub fn state(&self) -> FollowUpState {
        if self.has(|s| matches!(s, FollowUpStep::Closure(_))) {
            FollowUpState::Closed
        } else if self.has(|s| matches!(s, FollowUpStep::Handover(_))) {
            FollowUpState::HandedOver
        } else if self.has(|s| matches!(s, FollowUpStep::Circulation(_))) {
            FollowUpState::Circulated
        } else if self.has(|s| matches!(s, FollowUpStep::Handling(_))) {
            FollowUpState::Handling
        } else {
            match self.determination() {
                Some(d) => FollowUpState::Determined { prohibited: d.item.is_some() },
                None if self.has(|s| matches!(s, FollowUpStep::SpotCheck(n) if n.clue == Some(true))) => {
                    FollowUpState::Pending
                }
                None if self.has(|s| matches!(s, FollowUpStep::SpotCheck(_))) => FollowUpState::Checked,
                None => FollowUpState::Pending,
            }
        }
    }
}

/// Every record's follow-up, and what could not be placed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FollowUps {
    /// By record.
    pub by_record: BTreeMap<EventHash, FollowUp>,
    /// Amendments whose version is not in the journal, kept and reported.
    pub problems: Vec<FoldProblem>,
}

impl FollowUps {
    /// Where the row's follow-up stands: `None` if the record needs none and has none.
    pub fn state_of(&self, row: &RegisterRow) -> Option<FollowUpState> {
        match self.by_record.get(&row.record.id) {
            Some(follow_up) if follow_up.state() == FollowUpState::Checked && needs_follow_up(row) => {
                Some(FollowUpState::Pending)
            }
            Some(follow_up) => Some(follow_up.state()),
            None => needs_follow_up(row).then_some(FollowUpState::Pending),
        }
    }
}

/// Whether the engine's verdicts on the record call for 法治科's follow-up: prohibited, undetermined, for 法治科's
/// determination, or an incomplete record (Art. 3).
pub fn needs_follow_up(row: &RegisterRow) -> bool {
    let verdict_calls = row.verdicts.iter().any(|v| {
        matches!(v, Verdict::Prohibited { .. } | Verdict::Undetermined { .. } | Verdict::ForDetermination { .. })
    });
    verdict_calls || !completeness(&row.current().record.elements()).is_complete()
}

/// Folds the journal's `follow_up_step` events by record. The same events in any order give the same result.
pub fn fold_follow_ups<'a>(events: impl IntoIterator<Item = &'a Event>, flagged: &BTreeSet<EventHash>) -> FollowUps {
    let mut entries: Vec<(&Event, &FollowUpEntry)> = events
        .into_iter()
        .filter_map(|e| match &e.body {
            EventBody::FollowUpStep(entry) => Some((e, &**entry)),
            _ => None,
        })
        .collect();
    entries.sort_by_key(|(e, _)| (e.device_time, e.hash));
    entries.dedup_by_key(|(e, _)| e.hash);
    let mut result = FollowUps::default();
    let mut versions: BTreeMap<EventHash, (EventHash, EventHash)> = BTreeMap::new();
    for (event, entry) in entries {
        let version = StepVersion {
            author: Authorship::of(event, flagged),
            step: entry.step.clone(),
            reason: entry.amends.map(|_| entry.reason.clone()),
        };
        let follow_up = result
            .by_record
            .entry(entry.record)
            .or_insert_with(|| FollowUp { record: entry.record, steps: Vec::new() });
        match entry.amends {
            None => {
                follow_up.steps.push(FiledStep { id: event.hash, round: 0, versions: vec![version] });
                versions.insert(event.hash, (entry.record, event.hash));
            }
            Some(amended) => match versions.get(&amended).copied().filter(|(r, _)| *r == entry.record) {
                Some((_, step_id)) => {
                    if let Some(step) = follow_up.steps.iter_mut().find(|s| s.id == step_id) {
                        step.versions.push(version);
                    }
                    versions.insert(event.hash, (entry.record, step_id));
                }
                None => result.problems.push(FoldProblem {
                    event: event.hash,
                    message: "该修改所修改的跟进步骤不在本日志中，已原样保存".into(),
                }),
            },
        }
    }
    result.by_record.retain(|_, f| !f.steps.is_empty());
    result
}

/// Every reason the step cannot be recorded (empty: it can), on `today`. `amending`: the step amended, with the
/// amendment's reason.
pub fn check_follow_up(
    current: Option<&FollowUp>,
    amending: Option<(&FiledStep<FollowUpStep>, &str)>,
    step: &FollowUpStep,
    today: NaiveDate,
) -> Vec<FieldError> {
    let mut errors = required(step, today);
    let whole = |m: &str| FieldError::new("", m);
    let determination = current.and_then(FollowUp::determination);
    if let Some((target, reason)) = amending {
        if reason.trim().is_empty() {
            errors.push(FieldError::new("amend_reason", "请填写修改原因"));
        }
        if !target.current().same_kind(step) {
            errors.push(whole("修改不能改变步骤的种类；请另行记录新的步骤"));
        }
        let escalated = current.is_some_and(|f| {
            f.has(|s| matches!(s, FollowUpStep::Circulation(_)) || matches!(s, FollowUpStep::Handover(_)))
        });
        if let FollowUpStep::Determination(d) = step
            && d.item.is_none()
            && escalated
        {
            errors.push(FieldError::new(
                "item",
                "已据此认定通报或移交，不能改为不属于违反规定干预；请先核实通报、移交的处理",
            ));
        }
        return errors;
    }
    let has = |pick: fn(&FollowUpStep) -> bool| current.is_some_and(|f| f.has(pick));
    let refusal = if has(|s| matches!(s, FollowUpStep::Closure(_))) {
        Some("本记录的跟进已办结；如需补充，请修改办结情况并写明原因")
    } else {
        match step {
            FollowUpStep::SpotCheck(_) => None,
            FollowUpStep::Determination(_) if determination.is_some() => {
                Some("已有法治科的认定；如需更正，请修改认定并写明原因")
            }
            FollowUpStep::Determination(_) => None,
            _ if determination.is_none() => Some("请先作出法治科的认定"),
            FollowUpStep::Circulation(_) | FollowUpStep::Handover(_)
                if determination.is_some_and(|d| d.item.is_none()) =>
            {
                Some("法治科认定不属于违反规定干预，不予通报或移交（第十条、第十一条）")
            }
            FollowUpStep::Circulation(_) if has(|s| matches!(s, FollowUpStep::Circulation(_))) => {
                Some("已记录通报；如需更正，请修改该通报并写明原因")
            }
            _ => None,
        }
    };
    errors.extend(refusal.map(whole));
    errors
}

/// The form's own checks: required texts and dates, no date after today.
fn required(step: &FollowUpStep, today: NaiveDate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut text = |name: &str, value: &str, label: &str| {
        if value.trim().is_empty() {
            errors.push(FieldError::new(name, format!("请填写{label}")));
        }
    };
    let mut dates: Vec<(&str, Option<NaiveDate>, &str)> = Vec::new();
    match step {
        FollowUpStep::SpotCheck(s) => {
            text("parameters", &s.parameters, "抽查参数");
            if s.clue == Some(true) {
                text("note", &s.note, "发现的线索");
            }
            dates.push(("checked_on", s.checked_on, "抽查日期"));
        }
        FollowUpStep::Determination(s) => {
            text("reason", &s.reason, "认定理由");
            dates.push(("decided_on", s.decided_on, "认定日期"));
        }
        FollowUpStep::Handling(s) => {
            text("by", &s.by, "调查人");
            text("findings", &s.findings, "查明的情况");
            dates.push(("done_on", s.done_on, "日期"));
        }
        FollowUpStep::Circulation(s) => {
            text("approved_by", &s.approved_by, "批准人");
            text("document_number", &s.document_number, "通报文号");
            dates.push(("approved_on", s.approved_on, "批准日期"));
            dates.push(("issued_on", s.issued_on, "印发日期"));
        }
        FollowUpStep::Handover(s) => {
            text("body", &s.body, "接收部门");
            dates.push(("handed_on", s.handed_on, "移交日期"));
        }
        FollowUpStep::Closure(s) => {
            text("outcome", &s.outcome, "处理结果");
            dates.push(("closed_on", s.closed_on, "办结日期"));
        }
    }
    if let FollowUpStep::SpotCheck(s) = step
        && s.clue.is_none()
    {
        errors.push(FieldError::new("clue", "请选择是否发现线索"));
    }
    for (name, value, label) in dates {
        match value {
            None => errors.push(FieldError::new(name, format!("请填写{label}"))),
            Some(d) if d > today => errors.push(FieldError::new(name, format!("{label}不能晚于今天，请核对"))),
            Some(_) => {}
        }
    }
    if let FollowUpStep::Circulation(c) = step
        && let (Some(approved), Some(issued)) = (c.approved_on, c.issued_on)
        && issued < approved
    {
        errors.push(FieldError::new("issued_on", "通报须在批准之后印发，请核对日期"));
    }
    errors
}
