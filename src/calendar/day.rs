//! What one date is: a working day, a make-up workday, a weekend, or a holiday; and how sure we are of it.

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

/// The kind of a date under the PRC working-day calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum DayKind {
    /// An ordinary Monday to Friday.
    Workday,
    /// A Saturday or Sunday that a notice declares a working day (调休上班).
    MakeUpWorkday {
        /// The year of the notice that declares it.
        notice_year: i32,
    },
    /// An ordinary Saturday or Sunday.
    Weekend,
    /// A day off inside a holiday block declared by a notice (weekend days inside the block included).
    Holiday {
        /// The holiday's name as the notice gives it, e.g. `国庆节`.
        name: String,
        /// The year of the notice that declares it (2023 for 2022-12-31).
        notice_year: i32,
        /// Whether the day had first been declared a make-up workday and that was cancelled (2020-02-01).
        cancelled_make_up_workday: bool,
    },
}

/// Why a date's kind may not be final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum CalendarWarning {
    /// No holiday arrangement for this year has been published (or is in the data): weekends alone were used.
    ArrangementUnpublished {
        /// The year without a published arrangement.
        year: i32,
    },
    /// The date is in the last week of December and the next year's arrangement is not published; that notice may
    /// still move these days (the 2023 notice made 2022-12-31 part of 元旦).
    YearEndPending {
        /// The year whose notice is awaited.
        next_year: i32,
    },
}

/// One date with its kind under the calendar, and a warning if the kind rests on unpublished data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Day {
    /// The date.
    pub date: NaiveDate,
    /// Working day, make-up workday, weekend or holiday.
    pub kind: DayKind,
    /// Set when the kind was computed without the deciding notice.
    pub warning: Option<CalendarWarning>,
}

impl DayKind {
    /// Whether people work on this day (ordinary weekdays and make-up workdays).
    pub fn is_working_day(&self) -> bool {
        matches!(self, DayKind::Workday | DayKind::MakeUpWorkday { .. })
    }

    /// A short Chinese label, e.g. `工作日`, `调休上班日`, `周末`, `国庆节放假`.
    pub fn label(&self) -> String {
        match self {
            DayKind::Workday => "工作日".to_string(),
            DayKind::MakeUpWorkday { .. } => "调休上班日".to_string(),
            DayKind::Weekend => "周末".to_string(),
            DayKind::Holiday { name, .. } => format!("{name}放假"),
        }
    }
}

impl CalendarWarning {
    /// The warning in plain Chinese, for the UI and explanations.
    pub fn message(&self) -> String {
        match self {
            CalendarWarning::ArrangementUnpublished { year } => format!(
                "{year}年节假日安排未公布：该年日期仅按周末判断（周六、周日休息，其余上班），\
                 待国务院办公厅通知公布后须重新核对"
            ),
            CalendarWarning::YearEndPending { next_year } => format!(
                "{next_year}年节假日安排未公布：其通知可能调整{}年12月最后几天（如2023年通知将2022-12-31列入元旦假期），\
                 待通知公布后须重新核对",
                next_year - 1
            ),
        }
    }
}

impl Day {
    /// Whether people work on this day.
    pub fn is_working_day(&self) -> bool {
        self.kind.is_working_day()
    }

    /// The date with its weekday and kind, e.g. `2024-10-01（星期二，国庆节放假）`.
    pub fn describe(&self) -> String {
        format!("{}（{}，{}）", self.date, weekday_name(self.date.weekday()), self.kind.label())
    }
}

/// Whether the date is a Saturday or a Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The Chinese weekday name, e.g. `星期二`.
pub fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "星期一",
        Weekday::Tue => "星期二",
        Weekday::Wed => "星期三",
        Weekday::Thu => "星期四",
        Weekday::Fri => "星期五",
        Weekday::Sat => "星期六",
        Weekday::Sun => "星期日",
    }
}

/// The date with its weekday, e.g. `2024-10-08（星期二）`.
pub fn date_with_weekday(date: NaiveDate) -> String {
    format!("{date}（{}）", weekday_name(date.weekday()))
}
