//! Counting a period on the working-day calendar, explaining each step: start day excluded, N days or months counted,
//! a last day on a rest day moved to the next working day.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

use super::counting::DayCounting;
use super::outside_law::{CIVIL_CODE_MONTH_END, CIVIL_CODE_REST_DAY_EXTENSION, CIVIL_CODE_START_DAY_EXCLUDED};
use crate::calendar::{Calendar, Day, DayKind, date_with_weekday};
use crate::rules::Explanation;

/// A period as a provision states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Period {
    /// `count` days, counted as the setting says.
    Days {
        /// The number of days, e.g. 2 for “2日”.
        count: u32,
        /// Calendar days or working days.
        counting: DayCounting,
    },
    /// `count` months (民法典 第二百零二条).
    Months {
        /// The number of months, e.g. 1 for “1个月”.
        count: u32,
    },
}

impl Period {
    /// The period in Chinese, e.g. `2日（按自然日计算）` or `1个月`.
    pub fn label(&self) -> String {
        match self {
            Period::Days { count, counting } => format!("{count}日（按{}计算）", counting.label()),
            Period::Months { count } => format!("{count}个月"),
        }
    }
}

/// Where a counted period ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct PeriodEnd {
    /// The start date plus the period in calendar days or months, before any rest-day adjustment.
    pub unadjusted_end: NaiveDate,
    /// The last day of the period: a working day.
    pub due: NaiveDate,
}

/// Counts `period` from `start` (excluded), appending the reasoning to `explanation`.
pub(super) fn count_period(
    calendar: &Calendar,
    start: NaiveDate,
    period: Period,
    explanation: &mut Explanation,
) -> Result<PeriodEnd, DeadlineError> {
    let out_of_range = || DeadlineError { start };
    // 民法典 第二百零一条第一款：按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。
    match period {
        Period::Days { count, counting: DayCounting::CalendarDays } => {
            let first = start.succ_opt().ok_or_else(out_of_range)?;
            explanation.step(format!("开始的当日（{start}）不计入，自次日{}起算。", date_with_weekday(first)), &[]);
            let last = start.checked_add_days(Days::new(count.into())).ok_or_else(out_of_range)?;
            explanation.step(format!("计满{count}日，期间的最后一日为{}。", date_with_weekday(last)), &[]);
            let due = move_off_rest_day(calendar, last, explanation).ok_or_else(out_of_range)?;
            Ok(PeriodEnd { unadjusted_end: last, due })
        }
        Period::Days { count, counting: DayCounting::WorkingDays } => {
            let unadjusted_end = start.checked_add_days(Days::new(count.into())).ok_or_else(out_of_range)?;
            explanation.step(
                format!("开始的当日（{start}）不计入，自次日起逐日计算工作日（周末和放假日不计，调休上班日计入）。"),
                &[],
            );
            let mut due = start;
            for n in 1..=count {
                let (day, skipped) = calendar.next_working_day_after(due).ok_or_else(out_of_range)?;
                let passed = if skipped.is_empty() {
                    String::new()
                } else {
                    format!("（其间不计：{}）", describe_rest_days(calendar, &skipped))
                };
                explanation.step(format!("第{n}个工作日：{}{passed}。", describe_working_day(calendar, &day)), &[]);
                due = day.date;
            }
            Ok(PeriodEnd { unadjusted_end, due })
        }
        // 民法典 第二百零二条：按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。
        // (chrono's checked_add_months clamps to the month's last day exactly so.)
        Period::Months { count } => {
            explanation.step(format!("开始的当日（{start}）不计入。依{}", CIVIL_CODE_START_DAY_EXCLUDED.quoted()), &[]);
            let last = start.checked_add_months(Months::new(count)).ok_or_else(out_of_range)?;
            let corresponding = if last.day() == start.day() {
                format!("到期月的对应日为{}，即期间的最后一日。", date_with_weekday(last))
            } else {
                format!(
                    "到期月（{}年{}月）没有对应日（{}日），以月末日{}为期间的最后一日。",
                    last.year(),
                    last.month(),
                    start.day(),
                    date_with_weekday(last)
                )
            };
            explanation.step(format!("依{}{corresponding}", CIVIL_CODE_MONTH_END.quoted()), &[]);
            let due = move_off_rest_day(calendar, last, explanation).ok_or_else(out_of_range)?;
            Ok(PeriodEnd { unadjusted_end: last, due })
        }
    }
}

// 民法典 第二百零三条第一款：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。
// (Our reading, said in the explanation: weekends and declared days off are 法定休假日; make-up workdays are not.)
/// Keeps a last day that is a working day; moves one on a rest day to the next working day (民法典 第二百零三条).
fn move_off_rest_day(calendar: &Calendar, last: NaiveDate, explanation: &mut Explanation) -> Option<NaiveDate> {
    let day = calendar.day(last);
    if day.is_working_day() {
        explanation.step(format!("{}，不顺延。", describe_working_day(calendar, &day)), &[]);
        return Some(last);
    }
    let (next, skipped) = calendar.next_working_day_after(last)?;
    let mut rest = vec![day];
    rest.extend(skipped);
    explanation.step(
        format!(
            "期间的最后一日是休息日：{}。依{}本系统将周末和国务院办公厅通知的放假日视为法定休假日（调休上班日视为工作日），\
             顺延至其后第一个工作日：{}。",
            describe_rest_days(calendar, &rest),
            CIVIL_CODE_REST_DAY_EXTENSION.quoted(),
            describe_working_day(calendar, &next)
        ),
        &[],
    );
    Some(next.date)
}

/// A working day in words, naming the notice for a make-up workday: `2024-09-29（星期日）为调休上班日（依《…》）`.
fn describe_working_day(calendar: &Calendar, day: &Day) -> String {
    match day.kind {
        DayKind::MakeUpWorkday { notice_year } => format!(
            "{}虽为周末，但为调休上班日（依{}），属工作日",
            date_with_weekday(day.date),
            calendar.notice_title(notice_year)
        ),
        _ => format!("{}为工作日", date_with_weekday(day.date)),
    }
}

/// Rest days in words, consecutive days of the same kind grouped:
/// `2024-10-01至2024-10-07 国庆节放假（依《…》）；2024-10-12 周末`.
fn describe_rest_days(calendar: &Calendar, days: &[Day]) -> String {
    let mut runs: Vec<RestRun> = Vec::new();
    for day in days {
        let label = rest_label(calendar, &day.kind);
        let cancelled = matches!(day.kind, DayKind::Holiday { cancelled_make_up_workday: true, .. });
        match runs.last_mut() {
            Some(run) if run.label == label && run.to.succ_opt() == Some(day.date) => run.to = day.date,
            _ => runs.push(RestRun { from: day.date, to: day.date, label, cancelled_make_up_workdays: Vec::new() }),
        }
        if let Some(run) = runs.last_mut()
            && cancelled
        {
            run.cancelled_make_up_workdays.push(day.date);
        }
    }
    let parts: Vec<String> = runs.iter().map(RestRun::describe).collect();
    parts.join("；")
}

/// Consecutive rest days of the same kind.
struct RestRun {
    from: NaiveDate,
    to: NaiveDate,
    label: String,
    cancelled_make_up_workdays: Vec<NaiveDate>,
}

impl RestRun {
    fn describe(&self) -> String {
        let dates = if self.from == self.to { self.from.to_string() } else { format!("{}至{}", self.from, self.to) };
        let cancelled: Vec<String> = self.cancelled_make_up_workdays.iter().map(NaiveDate::to_string).collect();
        if cancelled.is_empty() {
            format!("{dates} {}", self.label)
        } else {
            format!("{dates} {}（其中{}原定调休上班，已取消）", self.label, cancelled.join("、"))
        }
    }
}

/// A rest day's kind with the notice that declares it, e.g. `国庆节放假（依《…》）` or `周末`.
fn rest_label(calendar: &Calendar, kind: &DayKind) -> String {
    match kind {
        DayKind::Holiday { notice_year, .. } => {
            format!("{}（依{}）", kind.label(), calendar.notice_title(*notice_year))
        }
        other => other.label(),
    }
}

/// The deadline cannot be computed: it would fall outside the representable dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DeadlineError {
    /// The start date given.
    pub start: NaiveDate,
}

impl fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "自{}起算的期限超出可计算的日期范围", self.start)
    }
}

impl std::error::Error for DeadlineError {}
