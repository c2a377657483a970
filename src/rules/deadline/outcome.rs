//! A computed deadline: which one, from when, its due date, the reasoning, and warnings about the calendar.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::period::{Period, PeriodEnd};
use crate::calendar::{Calendar, CalendarWarning};
use crate::law::Cite;
use crate::rules::Explanation;

/// The deadlines of R1 第十条.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeadlineKind {
    /// R1-10-1: transfer a case the bureau is not competent for within 2 days of intake.
    Transfer,
    /// R1-10-3: the bureau may order a new investigation within 1 month of the team's decision.
    Reinvestigation,
}

impl DeadlineKind {
    /// The item that sets the deadline.
    pub const fn cite(self) -> Cite {
        match self {
            DeadlineKind::Transfer => Cite::item(1, 10, 1),
            DeadlineKind::Reinvestigation => Cite::item(1, 10, 3),
        }
    }

    /// The deadline's Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            DeadlineKind::Transfer => "转送有权部门期限",
            DeadlineKind::Reinvestigation => "责令重新组织调查期限",
        }
    }
}

/// A deadline counted on the working-day calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// Which deadline.
    pub kind: DeadlineKind,
    /// The day the period runs from (not itself counted).
    pub start: NaiveDate,
    /// The period as the provision states it.
    pub period: Period,
    /// The start plus the period in calendar days or months, before moving off a rest day; never after `due`.
    pub unadjusted_end: NaiveDate,
    /// The last day of the period, always a working day under the calendar.
    pub due: NaiveDate,
    /// The reasoning, step by step, citing the provision.
    pub explanation: Explanation,
    /// Calendar warnings for dates the count touched (e.g. a year whose holiday arrangement is unpublished).
    pub warnings: Vec<CalendarWarning>,
}

impl Deadline {
    /// Assembles a deadline, collecting the calendar warnings for every date after `start` up to the due date and
    /// adding one explanation step per warning.
    pub(super) fn assemble(
        calendar: &Calendar,
        kind: DeadlineKind,
        start: NaiveDate,
        period: Period,
        end: PeriodEnd,
        mut explanation: Explanation,
    ) -> Deadline {
        let mut warnings: Vec<CalendarWarning> = Vec::new();
        for date in start.iter_days().skip(1).take_while(|date| *date <= end.due) {
            if let Some(warning) = calendar.day(date).warning
                && !warnings.contains(&warning)
            {
                warnings.push(warning);
            }
        }
        for warning in &warnings {
            explanation.step(format!("注意：{}。", warning.message()), &[]);
        }
        Deadline { kind, start, period, unadjusted_end: end.unadjusted_end, due: end.due, explanation, warnings }
    }
}
