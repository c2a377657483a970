//! [`Month`]: a calendar month, as a 月度零报告 (the `MonthAttested` event) names it and as 法治科's month-by-month
//! overview counts.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A calendar month, stored as `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Month {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u32,
}

impl Month {
    /// The month a day falls in.
    pub fn of(day: NaiveDate) -> Month {
        Month { year: day.year(), month: day.month() }
    }

    /// `YYYY-MM` (as a `<input type="month">` gives it), if it is a real month.
    pub fn parse(text: &str) -> Option<Month> {
        let (year, month) = text.trim().split_once('-')?;
        let (year, month) = (year.parse::<i32>().ok()?, month.parse::<u32>().ok()?);
        NaiveDate::from_ymd_opt(year, month, 1).map(Month::of)
    }

    /// The month before.
    pub fn previous(self) -> Month {
        if self.month == 1 { Month { year: self.year - 1, month: 12 } } else { Month { month: self.month - 1, ..self } }
    }

    /// The month after.
    pub fn next(self) -> Month {
        if self.month == 12 { Month { year: self.year + 1, month: 1 } } else { Month { month: self.month + 1, ..self } }
    }

    /// Every month from `self` to `last`, both included (empty if `last` is earlier); at most 120.
    pub fn through(self, last: Month) -> Vec<Month> {
        let mut months = Vec::new();
        let mut month = self;
        while month <= last && months.len() < 120 {
            months.push(month);
            month = month.next();
        }
        months
    }

    /// In Chinese, e.g. `2026年11月`.
    pub fn label(self) -> String {
        format!("{}年{}月", self.year, self.month)
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl From<Month> for String {
    fn from(month: Month) -> String {
        month.to_string()
    }
}

impl TryFrom<String> for Month {
    type Error = String;

    fn try_from(text: String) -> Result<Month, String> {
        Month::parse(&text).ok_or_else(|| format!("不是有效的月份：{text}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_print_and_step() {
        let nov = Month::parse("2026-11").unwrap();
        assert_eq!(nov.to_string(), "2026-11");
        assert_eq!(nov.label(), "2026年11月");
        assert_eq!(nov.next().next().to_string(), "2027-01");
        assert_eq!(Month::parse("2027-01").unwrap().previous(), Month::parse("2026-12").unwrap());
        assert_eq!(Month::parse("2026-13"), None);
        assert_eq!(Month::parse("十一月"), None);
        assert_eq!(nov.through(nov.next().next()).len(), 3);
        assert!(nov.next().through(nov).is_empty());
        assert_eq!(serde_json::to_string(&nov).unwrap(), "\"2026-11\"");
        assert!(serde_json::from_str::<Month>("\"2026-00\"").is_err());
    }
}
