//! The PRC working-day calendar (中国大陆法定节假日与调休), from verified, source-cited data for 2020–2026.
//!
//! A date is a working day (Monday–Friday, or a weekend declared a make-up workday 调休上班) or a rest day (a weekend,
//! or a day off in a holiday block). Years without a published arrangement (e.g. 2019, 2027) fall back to weekends
//! alone and every such date carries [`CalendarWarning::ArrangementUnpublished`] (节假日安排未公布): never silently
//! trusted. The data keeps its notices and sources so the UI can show where each date comes from.

mod data;
mod day;
mod working_calendar;

pub use data::{HOLIDAY_JSON, HolidayBlock, HolidayData, Unconfirmed, YearArrangement};
pub use day::{CalendarWarning, Day, DayKind, date_with_weekday, is_weekend, weekday_name};
pub use working_calendar::Calendar;
