//! Properties of both deadlines over wide date ranges: no panic, deterministic, never before the unadjusted end,
//! always on a working day, and calendar days never later than working days.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

use super::{DayCounting, reinvestigation_deadline, transfer_deadline};
use crate::calendar::Calendar;

/// Any date chrono can represent.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(NaiveDate::MIN))
}

/// A date from 1900 to 2200, around the published years.
fn plausible_date() -> impl Strategy<Value = NaiveDate> {
    let from = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap().num_days_from_ce();
    let to = NaiveDate::from_ymd_opt(2200, 12, 31).unwrap().num_days_from_ce();
    (from..=to).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(NaiveDate::MIN))
}

/// A date in or next to the published years 2020–2026.
fn published_era_date() -> impl Strategy<Value = NaiveDate> {
    let from = NaiveDate::from_ymd_opt(2019, 10, 1).unwrap().num_days_from_ce();
    let to = NaiveDate::from_ymd_opt(2027, 3, 31).unwrap().num_days_from_ce();
    (from..=to).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(NaiveDate::MIN))
}

fn counting() -> impl Strategy<Value = DayCounting> {
    prop_oneof![Just(DayCounting::CalendarDays), Just(DayCounting::WorkingDays)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn never_panics_on_any_date(start in any_date(), today in any_date(), counting in counting()) {
        if let Ok(deadline) = transfer_deadline(start, counting) {
            let _ = deadline.status(today).label();
        }
        if let Ok(deadline) = reinvestigation_deadline(start) {
            let _ = deadline.status(today).label();
        }
    }

    #[test]
    fn is_deterministic(start in plausible_date(), counting in counting()) {
        prop_assert_eq!(transfer_deadline(start, counting), transfer_deadline(start, counting));
        prop_assert_eq!(reinvestigation_deadline(start), reinvestigation_deadline(start));
    }

    #[test]
    fn transfer_is_after_the_start_never_before_the_unadjusted_end_and_on_a_working_day(
        start in plausible_date(),
        counting in counting(),
    ) {
        let deadline = transfer_deadline(start, counting).unwrap();
        prop_assert!(deadline.unadjusted_end > start);
        prop_assert!(deadline.due >= deadline.unadjusted_end);
        prop_assert!(Calendar::embedded().is_working_day(deadline.due));
    }

    #[test]
    fn reinvestigation_is_never_before_the_unadjusted_end_and_on_a_working_day(start in plausible_date()) {
        let deadline = reinvestigation_deadline(start).unwrap();
        prop_assert!(deadline.unadjusted_end > start);
        prop_assert!(deadline.due >= deadline.unadjusted_end);
        prop_assert!(Calendar::embedded().is_working_day(deadline.due));
    }

    #[test]
    fn calendar_days_are_never_later_than_working_days(start in published_era_date()) {
        let calendar_days = transfer_deadline(start, DayCounting::CalendarDays).unwrap();
        let working_days = transfer_deadline(start, DayCounting::WorkingDays).unwrap();
        prop_assert!(calendar_days.due <= working_days.due);
    }

    #[test]
    fn a_calendar_day_deadline_moves_only_off_rest_days(start in published_era_date()) {
        let deadline = transfer_deadline(start, DayCounting::CalendarDays).unwrap();
        let calendar = Calendar::embedded();
        if calendar.is_working_day(deadline.unadjusted_end) {
            prop_assert_eq!(deadline.due, deadline.unadjusted_end);
        } else {
            // Every day from the unadjusted end up to the due date is a rest day.
            for date in deadline.unadjusted_end.iter_days().take_while(|d| *d < deadline.due) {
                prop_assert!(!calendar.is_working_day(date), "{}", date);
            }
        }
    }

    #[test]
    fn flags_exactly_the_unpublished_years_touched(start in plausible_date(), counting in counting()) {
        let deadline = transfer_deadline(start, counting).unwrap();
        let calendar = Calendar::embedded();
        let touched_unpublished = start
            .iter_days()
            .skip(1)
            .take_while(|d| *d <= deadline.due)
            .any(|d| !calendar.is_published(d.year()));
        let flagged = deadline
            .warnings
            .iter()
            .any(|w| matches!(w, crate::calendar::CalendarWarning::ArrangementUnpublished { .. }));
        prop_assert_eq!(touched_unpublished, flagged);
    }
}
