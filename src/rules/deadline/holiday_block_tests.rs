//! Deadlines across every 2020–2026 holiday block and make-up workday, generated from the raw data and checked
//! against an oracle that reads the date lists directly (not through [`crate::calendar::Calendar`]).

use std::collections::BTreeSet;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::{DayCounting, reinvestigation_deadline, transfer_deadline};
use crate::calendar::{Calendar, CalendarWarning, DayKind, HOLIDAY_JSON, HolidayBlock, HolidayData};

/// The raw date lists, and the naive reading of them.
struct Oracle {
    data: HolidayData,
    off: BTreeSet<NaiveDate>,
    make_up: BTreeSet<NaiveDate>,
}

impl Oracle {
    fn new() -> Oracle {
        let data = HolidayData::parse(HOLIDAY_JSON).unwrap();
        let off = data.years.values().flat_map(|a| a.off_days.iter().copied()).collect();
        let make_up = data.years.values().flat_map(|a| a.make_up_workdays.iter().copied()).collect();
        Oracle { data, off, make_up }
    }

    fn blocks(&self) -> impl Iterator<Item = &HolidayBlock> {
        self.data.years.values().flat_map(|a| a.holidays.iter())
    }

    fn is_working(&self, date: NaiveDate) -> bool {
        self.make_up.contains(&date)
            || (!self.off.contains(&date) && !matches!(date.weekday(), Weekday::Sat | Weekday::Sun))
    }

    fn first_working_after(&self, date: NaiveDate) -> NaiveDate {
        date.iter_days().skip(1).find(|d| self.is_working(*d)).unwrap()
    }

    fn nth_working_after(&self, date: NaiveDate, n: usize) -> NaiveDate {
        date.iter_days().skip(1).filter(|d| self.is_working(*d)).nth(n - 1).unwrap()
    }
}

fn block_days(block: &HolidayBlock) -> impl Iterator<Item = NaiveDate> + '_ {
    block.from.iter_days().take_while(|d| *d <= block.to)
}

#[test]
fn every_day_of_every_block_moves_a_calendar_day_deadline_past_the_block() {
    let oracle = Oracle::new();
    let mut blocks = 0;
    for block in oracle.blocks() {
        blocks += 1;
        let expected = oracle.first_working_after(block.to);
        for landing in block_days(block) {
            let intake = landing - Days::new(2);
            let deadline = transfer_deadline(intake, DayCounting::CalendarDays).unwrap();
            assert_eq!(deadline.unadjusted_end, landing, "{} intake {intake}", block.name);
            assert_eq!(deadline.due, expected, "{} intake {intake}", block.name);
            assert!(deadline.due > block.to);
            // Only a count starting in unpublished 2019 (for 元旦 2020) touches a year without data.
            let expected_warnings = if (intake + Days::new(1)).year() == 2019 {
                vec![CalendarWarning::ArrangementUnpublished { year: 2019 }]
            } else {
                vec![]
            };
            assert_eq!(deadline.warnings, expected_warnings, "intake {intake}");
            assert!(
                deadline.explanation.steps.iter().any(|s| s.text.contains(&format!("{}放假", block.name))),
                "{} intake {intake}: the explanation names the holiday",
                block.name
            );
        }
    }
    assert_eq!(blocks, 6 + 7 + 7 + 6 + 7 + 6 + 7, "every block of 2020–2026");
}

#[test]
fn a_month_landing_in_any_block_moves_past_the_block() {
    let oracle = Oracle::new();
    for block in oracle.blocks() {
        let expected = oracle.first_working_after(block.to);
        let mut cases = 0;
        for landing in block_days(block) {
            // Only days that are the corresponding date of a month before (not a month-end clamp) can be reached so.
            let Some(decision) = landing.checked_sub_months(Months::new(1)) else { continue };
            if decision.checked_add_months(Months::new(1)) != Some(landing) {
                continue;
            }
            let deadline = reinvestigation_deadline(decision).unwrap();
            assert_eq!(deadline.unadjusted_end, landing, "{} decision {decision}", block.name);
            assert_eq!(deadline.due, expected, "{} decision {decision}", block.name);
            cases += 1;
        }
        assert!(cases > 0, "{} {}: no month case", block.name, block.from);
    }
}

#[test]
fn working_days_counted_from_just_before_a_block_resume_after_it() {
    let oracle = Oracle::new();
    for block in oracle.blocks() {
        // The last working day before the block: the next working day is after the block.
        let intake = block.from.iter_days().rev().skip(1).find(|d| oracle.is_working(*d)).unwrap();
        let deadline = transfer_deadline(intake, DayCounting::WorkingDays).unwrap();
        assert_eq!(deadline.due, oracle.nth_working_after(intake, 2), "{} intake {intake}", block.name);
        assert!(deadline.due > block.to, "{} intake {intake}", block.name);
        // Intake on the block's first day off: the count starts after the block as well.
        let deadline = transfer_deadline(block.from, DayCounting::WorkingDays).unwrap();
        assert_eq!(deadline.due, oracle.nth_working_after(block.to, 2), "{} intake {}", block.name, block.from);
    }
}

#[test]
fn every_make_up_workday_is_a_working_day_that_counts_and_stops_a_deadline() {
    let oracle = Oracle::new();
    let calendar = Calendar::embedded();
    assert_eq!(oracle.make_up.len(), 6 + 7 + 7 + 7 + 8 + 5 + 6);
    for &workday in &oracle.make_up {
        assert!(matches!(workday.weekday(), Weekday::Sat | Weekday::Sun), "{workday}");
        let day = calendar.day(workday);
        assert!(matches!(day.kind, DayKind::MakeUpWorkday { .. }), "{workday}: {:?}", day.kind);
        assert!(calendar.is_working_day(workday));

        // A calendar-day deadline landing on it is not moved.
        let deadline = transfer_deadline(workday - Days::new(2), DayCounting::CalendarDays).unwrap();
        assert_eq!(deadline.due, workday, "landing on {workday}");

        // Counted in working days from the day before, it is the first working day.
        let intake = workday - Days::new(1);
        assert_eq!(oracle.nth_working_after(intake, 1), workday);
        let deadline = transfer_deadline(intake, DayCounting::WorkingDays).unwrap();
        assert_eq!(deadline.due, oracle.nth_working_after(intake, 2), "counting from {intake}");
        assert!(
            deadline.explanation.steps.iter().any(|s| s.text.starts_with(&format!("第1个工作日：{workday}"))),
            "{workday} counted first"
        );
    }
}

#[test]
fn the_calendar_agrees_with_the_oracle_on_every_day_2019_to_2027() {
    let oracle = Oracle::new();
    let calendar = Calendar::embedded();
    let from = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap();
    for date in from.iter_days().take_while(|d| *d <= to) {
        assert_eq!(calendar.is_working_day(date), oracle.is_working(date), "{date}");
    }
}
