//! R1 第十条第（三）项: the 1-month window in which the bureau may order a new investigation.

use chrono::NaiveDate;

use super::outcome::{Deadline, DeadlineKind};
use super::period::DeadlineError;
use super::period::{Period, count_period};
use crate::calendar::{Calendar, date_with_weekday};
use crate::rules::Explanation;

// R1 第十条 执法错案责任的追究程序：
// （三）追究。根据调查结果，认定错案性质、责任人后，经机关领导集体讨论后及时做出处理决定，如涉嫌违纪违法及时向
//       有关部门报告。局机关认为调查组的处理决定事实不清或处理不当的，可以在1个月内责令重新组织调查、处理或者直接
//       派员调查并作出处理决定。
/// The “1个月” of R1-10-3.
const REINVESTIGATION_MONTHS: u32 = 1;

/// The R1-10-3 window: the bureau may order a new investigation (or investigate and decide itself) within 1 month,
/// counted from `decision`, the date of the investigation team's decision, on the embedded working-day calendar.
pub fn reinvestigation_deadline(decision: NaiveDate) -> Result<Deadline, DeadlineError> {
    let calendar = Calendar::embedded();
    let kind = DeadlineKind::Reinvestigation;
    let cite = kind.cite();
    let period = Period::Months { count: REINVESTIGATION_MONTHS };
    let mut explanation = Explanation::new();
    explanation.step(
        format!(
            "第十条第（三）项规定：局机关认为调查组的处理决定事实不清或处理不当的，可以在{REINVESTIGATION_MONTHS}个月内\
             责令重新组织调查、处理或者直接派员调查并作出处理决定。处理决定日期为{}。",
            date_with_weekday(decision)
        ),
        &[cite],
    );
    explanation.step(
        format!(
            "条文未写明“{REINVESTIGATION_MONTHS}个月”从何时起算；本系统自所录入的调查组处理决定日期起算（此为本系统的\
             选择；如本局以收到处理决定之日起算，请录入收到日期）。“{REINVESTIGATION_MONTHS}个月”按月计算，\
             不受自然日或工作日设置的影响。"
        ),
        &[cite],
    );
    let end = count_period(calendar, decision, period, &mut explanation)?;
    explanation.step(
        format!(
            "结论：局机关可以在{}（含当日）之前责令重新组织调查、处理或者直接派员调查并作出处理决定。",
            date_with_weekday(end.due)
        ),
        &[cite],
    );
    Ok(Deadline::assemble(calendar, kind, decision, period, end, explanation))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarWarning;
    use crate::law::Cite;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ends(decision: NaiveDate) -> (NaiveDate, NaiveDate) {
        let deadline = reinvestigation_deadline(decision).unwrap();
        (deadline.unadjusted_end, deadline.due)
    }

    #[test]
    fn a_month_ends_on_the_corresponding_date() {
        assert_eq!(ends(date(2024, 2, 29)), (date(2024, 3, 29), date(2024, 3, 29)));
        assert_eq!(ends(date(2025, 6, 10)), (date(2025, 7, 10), date(2025, 7, 10)));
        let deadline = reinvestigation_deadline(date(2025, 6, 10)).unwrap();
        assert!(deadline.explanation.steps.iter().any(|s| s.text.contains("到期月的对应日为2025-07-10（星期四）")));
        assert_eq!(deadline.explanation.cites(), vec![Cite::item(1, 10, 3)]);
        assert!(deadline.explanation.steps.last().unwrap().text.contains("2025-07-10（星期四）（含当日）之前"));
    }

    #[test]
    fn a_month_without_the_corresponding_date_ends_on_its_last_day() {
        // Leap year 2024 against 2023.
        assert_eq!(ends(date(2024, 1, 31)), (date(2024, 2, 29), date(2024, 2, 29)));
        assert_eq!(ends(date(2023, 1, 31)), (date(2023, 2, 28), date(2023, 2, 28)));
        assert_eq!(ends(date(2023, 1, 29)), (date(2023, 2, 28), date(2023, 2, 28)));
        assert_eq!(ends(date(2024, 1, 29)), (date(2024, 2, 29), date(2024, 2, 29)));
        // 03-31 → 04-30.
        assert_eq!(ends(date(2024, 3, 31)), (date(2024, 4, 30), date(2024, 4, 30)));
        assert_eq!(ends(date(2024, 8, 31)), (date(2024, 9, 30), date(2024, 9, 30)));
        let deadline = reinvestigation_deadline(date(2024, 1, 31)).unwrap();
        assert!(deadline.explanation.steps.iter().any(|s| {
            s.text.contains("到期月（2024年2月）没有对应日（31日），以月末日2024-02-29（星期四）为期间的最后一日")
        }));
    }

    #[test]
    fn december_runs_into_the_next_year_and_moves_off_rest_days() {
        // 2025-01-31 (Friday) is inside 春节 2025-01-28..02-04.
        assert_eq!(ends(date(2024, 12, 31)), (date(2025, 1, 31), date(2025, 2, 5)));
        // 2026-01-31 is a Saturday.
        assert_eq!(ends(date(2025, 12, 31)), (date(2026, 1, 31), date(2026, 2, 2)));
        let deadline = reinvestigation_deadline(date(2025, 12, 31)).unwrap();
        assert!(deadline.explanation.steps.iter().any(|s| s.text.contains("2026-01-31至2026-02-01 周末")));
    }

    #[test]
    fn a_month_landing_in_national_day() {
        let deadline = reinvestigation_deadline(date(2024, 9, 1)).unwrap();
        assert_eq!((deadline.unadjusted_end, deadline.due), (date(2024, 10, 1), date(2024, 10, 8)));
        assert!(deadline.warnings.is_empty());
    }

    #[test]
    fn a_window_reaching_an_unpublished_year_is_flagged() {
        let deadline = reinvestigation_deadline(date(2026, 12, 15)).unwrap();
        assert_eq!(deadline.due, date(2027, 1, 15));
        assert_eq!(
            deadline.warnings,
            vec![
                CalendarWarning::YearEndPending { next_year: 2027 },
                CalendarWarning::ArrangementUnpublished { year: 2027 }
            ]
        );
        let deadline = reinvestigation_deadline(date(2019, 3, 1)).unwrap();
        assert_eq!(deadline.warnings, vec![CalendarWarning::ArrangementUnpublished { year: 2019 }]);
    }

    #[test]
    fn the_last_representable_month_is_an_error_not_a_panic() {
        assert!(reinvestigation_deadline(NaiveDate::MAX).is_err());
        assert!(reinvestigation_deadline(NaiveDate::MIN).is_ok());
    }
}
