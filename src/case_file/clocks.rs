//! The clocks a wrong-case file runs: the 2-day transfer (R1-10-1), the reply owed to whoever reported (R1-10-1, no
//! period set), and the 1-month window for ordering a new investigation (R1-10-3).

use chrono::NaiveDate;

use super::file::CaseFile;
use super::step::CaseStep;
use crate::law::Cite;
use crate::rules::Readings;
use crate::rules::deadline::{Deadline, reinvestigation_deadline, transfer_deadline};

/// What a clock is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockKind {
    /// 应在受理后2日内转送有权部门.
    Transfer,
    /// 应负责答复举报人或投诉人（制度未规定期限）.
    Reply,
    /// 可在处理决定后1个月内责令重新调查（期限届满后须写明原因）.
    ReinvestigationWindow,
}

impl ClockKind {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            ClockKind::Transfer => "转送有权部门",
            ClockKind::Reply => "答复举报人或投诉人",
            ClockKind::ReinvestigationWindow => "可责令重新调查的期限",
        }
    }

    /// The provision that sets it.
    pub const fn cite(self) -> Cite {
        match self {
            ClockKind::Transfer | ClockKind::Reply => Cite::item(1, 10, 1),
            ClockKind::ReinvestigationWindow => Cite::item(1, 10, 3),
        }
    }
}

/// One open clock of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileClock {
    /// What it is for.
    pub kind: ClockKind,
    /// The due date, where the rules set one (the reply has none).
    pub due: Option<NaiveDate>,
    /// From when it runs.
    pub since: Option<NaiveDate>,
    /// The counted deadline with its basis, step by step.
    pub deadline: Option<Deadline>,
}

/// The file's open clocks: what is still owed, and the re-investigation window while it is open. A clock stops once
/// the step it waits for is recorded (a window also once it has passed: an order after it needs a reason).
pub fn clocks(file: &CaseFile, readings: &Readings, today: NaiveDate) -> Vec<FileClock> {
    let mut clocks = Vec::new();
    let Some(intake) = file.intake() else { return clocks };
    let recorded = |pick: fn(&CaseStep) -> bool| file.steps.iter().any(|s| pick(s.current()));
    if !recorded(|s| matches!(s, CaseStep::Reply(_))) {
        clocks.push(FileClock { kind: ClockKind::Reply, due: None, since: intake.received_on, deadline: None });
    }
    if intake.within_remit == Some(false)
        && !recorded(|s| matches!(s, CaseStep::Transfer(_)))
        && let Some(received) = intake.received_on
    {
        let deadline = transfer_deadline(received, readings.day_counting).ok();
        clocks.push(FileClock {
            kind: ClockKind::Transfer,
            due: deadline.as_ref().map(|d| d.due),
            since: Some(received),
            deadline,
        });
    }
    let ordered = file.in_round(|s| matches!(s, CaseStep::Reinvestigation(_)).then_some(())).next().is_some();
    if let Some(decided) = file.decision().and_then(|d| d.decided_on)
        && !ordered
        && let Ok(deadline) = reinvestigation_deadline(decided)
        && deadline.due >= today
    {
        clocks.push(FileClock {
            kind: ClockKind::ReinvestigationWindow,
            due: Some(deadline.due),
            since: Some(decided),
            deadline: Some(deadline),
        });
    }
    clocks
}
