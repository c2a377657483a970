//! R1 第十条第（一）项: the 2-day deadline to transfer a case the bureau is not competent for.

use chrono::NaiveDate;

use super::counting::DayCounting;
use super::outcome::{Deadline, DeadlineKind};
use super::period::DeadlineError;
use super::period::{Period, count_period};
use crate::calendar::{Calendar, date_with_weekday};
use crate::rules::Explanation;

// R1 第十条 执法错案责任的追究程序：
// （一）立案。任何人均有权举报或投诉执法人员过错行为，局机关法治科应当及时受理，并负责答复。
//       不属于本单位受理的案件，应在受理后2日内转送有权部门处理。
/// The “2日” of R1-10-1.
const TRANSFER_DAYS: u32 = 2;

/// The R1-10-1 deadline: a case the bureau is not competent for must be transferred within 2 days of `intake`,
/// counted as `counting` says, on the embedded working-day calendar.
pub fn transfer_deadline(intake: NaiveDate, counting: DayCounting) -> Result<Deadline, DeadlineError> {
    let calendar = Calendar::embedded();
    let kind = DeadlineKind::Transfer;
    let cite = kind.cite();
    let period = Period::Days { count: TRANSFER_DAYS, counting };
    let mut explanation = Explanation::new();
    explanation.step(
        format!(
            "第十条第（一）项规定：不属于本单位受理的案件，应在受理后{TRANSFER_DAYS}日内转送有权部门处理。受理日期为{}。",
            date_with_weekday(intake)
        ),
        &[cite],
    );
    explanation.step(counting.basis(TRANSFER_DAYS), &[cite]);
    let end = count_period(calendar, intake, period, &mut explanation)?;
    explanation.step(
        format!("结论：转送有权部门的期限届满日为{}，应在该日（含当日）之前转送。", date_with_weekday(end.due)),
        &[cite],
    );
    Ok(Deadline::assemble(calendar, kind, intake, period, end, explanation))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarWarning;
    use crate::law::Cite;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn due(intake: NaiveDate, counting: DayCounting) -> NaiveDate {
        transfer_deadline(intake, counting).unwrap().due
    }

    #[test]
    fn intake_before_national_day_moves_past_the_whole_holiday() {
        let deadline = transfer_deadline(date(2024, 9, 29), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.unadjusted_end, date(2024, 10, 1));
        assert_eq!(deadline.due, date(2024, 10, 8));
        assert!(deadline.warnings.is_empty());
        let text: Vec<&str> = deadline.explanation.steps.iter().map(|s| s.text.as_str()).collect();
        assert!(text[0].contains("受理日期为2024-09-29（星期日）"));
        assert!(text.iter().any(|t| t.contains("开始的当日（2024-09-29）不计入，自次日2024-09-30（星期一）起算")));
        assert!(text.iter().any(|t| t.contains("期间的最后一日为2024-10-01（星期二）")));
        assert!(text.iter().any(|t| t.contains("2024-10-01至2024-10-07 国庆节放假（依《国务院办公厅关于2024年")
            && t.contains("顺延至其后第一个工作日：2024-10-08（星期二）为工作日")));
        assert!(text.last().unwrap().contains("期限届满日为2024-10-08"));
        assert_eq!(deadline.explanation.cites(), vec![Cite::item(1, 10, 1)]);
    }

    #[test]
    fn the_same_intake_counted_in_working_days() {
        // 2024-09-30 (Mon) is the 1st working day; 国庆 2024-10-01..07 does not count; 10-08 is the 2nd.
        let deadline = transfer_deadline(date(2024, 9, 29), DayCounting::WorkingDays).unwrap();
        assert_eq!(deadline.due, date(2024, 10, 8));
        let text: Vec<&str> = deadline.explanation.steps.iter().map(|s| s.text.as_str()).collect();
        assert!(text.iter().any(|t| t.starts_with("第1个工作日：2024-09-30（星期一）")));
        assert!(text.iter().any(|t| t.starts_with("第2个工作日：2024-10-08（星期二）") && t.contains("国庆节放假")));
        // Intake on Friday 2024-09-27: Sunday 09-29 is a make-up workday and counts.
        let deadline = transfer_deadline(date(2024, 9, 27), DayCounting::WorkingDays).unwrap();
        assert_eq!(deadline.due, date(2024, 9, 30));
        assert!(
            deadline.explanation.steps.iter().any(|s| s.text.starts_with("第1个工作日：2024-09-29（星期日）虽为周末"))
        );
    }

    #[test]
    fn calendar_days_and_working_days_differ_over_a_weekend() {
        // Intake Thursday 2025-03-13: +2 calendar days = Saturday 03-15 → Monday 03-17; working days: Fri, Mon.
        assert_eq!(due(date(2025, 3, 13), DayCounting::CalendarDays), date(2025, 3, 17));
        assert_eq!(due(date(2025, 3, 13), DayCounting::WorkingDays), date(2025, 3, 17));
        // Intake Friday 2025-03-14: Sunday 03-16 → Monday 03-17 in calendar days; Mon, Tue in working days.
        assert_eq!(due(date(2025, 3, 14), DayCounting::CalendarDays), date(2025, 3, 17));
        assert_eq!(due(date(2025, 3, 14), DayCounting::WorkingDays), date(2025, 3, 18));
        // Intake Monday: Wednesday either way.
        assert_eq!(due(date(2025, 3, 10), DayCounting::CalendarDays), date(2025, 3, 12));
        assert_eq!(due(date(2025, 3, 10), DayCounting::WorkingDays), date(2025, 3, 12));
    }

    #[test]
    fn the_extended_2020_spring_festival() {
        // +2 calendar days = Saturday 2020-02-01: first declared a make-up workday, then cancelled by the extension.
        let deadline = transfer_deadline(date(2020, 1, 30), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.unadjusted_end, date(2020, 2, 1));
        assert_eq!(deadline.due, date(2020, 2, 3));
        assert!(deadline.explanation.steps.iter().any(|s| s
            .text
            .contains("2020-02-01至2020-02-02 春节放假（依《国务院办公厅关于2020年部分节假日安排的通知》及其后的调整通知）（其中2020-02-01原定调休上班，已取消）")));
        // Intake before the holiday: 2020-01-23 (Thu) + 2 = 01-25, inside the block that now runs to 02-02.
        assert_eq!(due(date(2020, 1, 23), DayCounting::CalendarDays), date(2020, 2, 3));
        // Working days: Sunday 2020-01-19 was a make-up workday.
        assert_eq!(due(date(2020, 1, 17), DayCounting::WorkingDays), date(2020, 1, 20));
        assert_eq!(due(date(2020, 1, 22), DayCounting::WorkingDays), date(2020, 2, 3));
        assert_eq!(due(date(2020, 1, 23), DayCounting::WorkingDays), date(2020, 2, 4));
    }

    #[test]
    fn a_weekend_make_up_workday_is_not_moved() {
        // 2024-10-10 + 2 = Saturday 2024-10-12, a make-up workday.
        let deadline = transfer_deadline(date(2024, 10, 10), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.due, date(2024, 10, 12));
        assert!(
            deadline
                .explanation
                .steps
                .iter()
                .any(|s| s.text.contains("虽为周末，但为调休上班日") && s.text.contains("不顺延"))
        );
    }

    #[test]
    fn the_2023_new_year_block_starting_in_2022() {
        // 2022-12-29 (Thu) + 2 = Saturday 12-31, the first day of 元旦 2023; back to work Tuesday 2023-01-03.
        let deadline = transfer_deadline(date(2022, 12, 29), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.due, date(2023, 1, 3));
        assert!(deadline.warnings.is_empty());
        assert!(deadline.explanation.steps.iter().any(|s| s.text.contains("2022-12-31至2023-01-02 元旦放假")));
    }

    #[test]
    fn unpublished_years_are_flagged() {
        let deadline = transfer_deadline(date(2027, 3, 1), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.due, date(2027, 3, 3));
        assert_eq!(deadline.warnings, vec![CalendarWarning::ArrangementUnpublished { year: 2027 }]);
        assert!(deadline.explanation.steps.last().unwrap().text.contains("2027年节假日安排未公布"));

        let deadline = transfer_deadline(date(2019, 6, 5), DayCounting::WorkingDays).unwrap();
        assert_eq!(deadline.warnings, vec![CalendarWarning::ArrangementUnpublished { year: 2019 }]);

        // Counting from the last day of 2026 runs into 2027.
        let deadline = transfer_deadline(date(2026, 12, 30), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.due, date(2027, 1, 1));
        assert_eq!(
            deadline.warnings,
            vec![
                CalendarWarning::YearEndPending { next_year: 2027 },
                CalendarWarning::ArrangementUnpublished { year: 2027 }
            ]
        );
        // The start day itself is not counted, so a 2019 start with a count inside 2020 is not flagged.
        let deadline = transfer_deadline(date(2019, 12, 31), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.due, date(2020, 1, 2));
        assert!(deadline.warnings.is_empty());
        let deadline = transfer_deadline(date(2019, 12, 30), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.warnings, vec![CalendarWarning::ArrangementUnpublished { year: 2019 }]);
    }

    #[test]
    fn the_last_representable_date_is_an_error_not_a_panic() {
        let error = transfer_deadline(NaiveDate::MAX, DayCounting::CalendarDays).unwrap_err();
        assert_eq!(error.start, NaiveDate::MAX);
        assert!(error.to_string().contains("超出可计算的日期范围"));
        assert!(transfer_deadline(NaiveDate::MAX, DayCounting::WorkingDays).is_err());
    }
}
