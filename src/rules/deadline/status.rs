//! Where a deadline stands on a given day: days remaining, due today, or passed.

use chrono::NaiveDate;
use serde::Serialize;

use super::outcome::Deadline;

/// A deadline's standing on a given day, in calendar days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DeadlineStatus {
    /// The due date is still ahead.
    Remaining {
        /// Calendar days from today to the due date (1 = due tomorrow).
        days: i64,
    },
    /// Today is the last day.
    DueToday,
    /// The due date has passed.
    Passed {
        /// Calendar days since the due date (1 = it was yesterday).
        days: i64,
    },
}

impl DeadlineStatus {
    /// The standing in Chinese, e.g. `还剩3天`, `今日为最后一日`, `已超过期限2天`.
    pub fn label(&self) -> String {
        match self {
            DeadlineStatus::Remaining { days } => format!("还剩{days}天"),
            DeadlineStatus::DueToday => "今日为最后一日".to_string(),
            DeadlineStatus::Passed { days } => format!("已超过期限{days}天"),
        }
    }
}

impl Deadline {
    /// The deadline's standing on `today`.
    pub fn status(&self, today: NaiveDate) -> DeadlineStatus {
        let days = self.due.signed_duration_since(today).num_days();
        match days {
            0 => DeadlineStatus::DueToday,
            d if d > 0 => DeadlineStatus::Remaining { days: d },
            d => DeadlineStatus::Passed { days: -d },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::deadline::{DayCounting, transfer_deadline};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn counts_days_remaining_and_passed() {
        let deadline = transfer_deadline(date(2024, 9, 29), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.status(date(2024, 9, 29)), DeadlineStatus::Remaining { days: 9 });
        assert_eq!(deadline.status(date(2024, 10, 7)), DeadlineStatus::Remaining { days: 1 });
        assert_eq!(deadline.status(date(2024, 10, 8)), DeadlineStatus::DueToday);
        assert_eq!(deadline.status(date(2024, 10, 10)), DeadlineStatus::Passed { days: 2 });
        assert_eq!(deadline.status(date(2024, 10, 10)).label(), "已超过期限2天");
        assert_eq!(deadline.status(date(2024, 10, 5)).label(), "还剩3天");
        assert_eq!(deadline.status(date(2024, 10, 8)).label(), "今日为最后一日");
    }

    #[test]
    fn extreme_todays_do_not_panic() {
        let deadline = transfer_deadline(date(2024, 9, 29), DayCounting::CalendarDays).unwrap();
        assert!(matches!(deadline.status(NaiveDate::MIN), DeadlineStatus::Remaining { .. }));
        assert!(matches!(deadline.status(NaiveDate::MAX), DeadlineStatus::Passed { .. }));
    }
}
