//! The PRC working-day calendar: weekends, plus the holidays and make-up workdays the published notices declare.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use super::data::{HOLIDAY_JSON, HolidayData, YearArrangement};
use super::day::{CalendarWarning, Day, DayKind, is_weekend};

/// The first day of December's last week: from here on, next year's notice may still change a date.
const YEAR_END_PENDING_FROM_DAY: u32 = 25;

/// How far [`Calendar::next_working_day_after`] looks before giving up (no published block is anywhere near this).
const MAX_SEARCH_DAYS: usize = 366;

/// What a notice declares about one date.
#[derive(Debug, Clone)]
enum Declared {
    Off { name: String, notice_year: i32, cancelled_make_up_workday: bool },
    MakeUp { notice_year: i32 },
}

/// The working-day calendar built from holiday data.
#[derive(Debug, Clone)]
pub struct Calendar {
    data: Option<HolidayData>,
    declared: BTreeMap<NaiveDate, Declared>,
    published: BTreeSet<i32>,
}

impl Calendar {
    /// The calendar from the embedded, verified data (2020–2026), built at first use.
    ///
    /// Should the embedded data ever fail to parse (a test proves it does not), the calendar has no published year,
    /// so every date is computed on weekends alone and carries [`CalendarWarning::ArrangementUnpublished`].
    pub fn embedded() -> &'static Calendar {
        static EMBEDDED: OnceLock<Calendar> = OnceLock::new();
        EMBEDDED.get_or_init(|| Calendar::from_json(HOLIDAY_JSON).unwrap_or_else(|_| Calendar::unpublished()))
    }

    /// A calendar from a data file in the shared format.
    pub fn from_json(json: &str) -> Result<Calendar, serde_json::Error> {
        HolidayData::parse(json).map(Calendar::from_data)
    }

    /// A calendar from parsed holiday data.
    pub fn from_data(data: HolidayData) -> Calendar {
        let mut declared = BTreeMap::new();
        let mut published = BTreeSet::new();
        for (year, arrangement) in data.arrangements() {
            published.insert(year);
            for day in &arrangement.make_up_workdays {
                declared.insert(*day, Declared::MakeUp { notice_year: year });
            }
            for day in &arrangement.off_days {
                let name =
                    arrangement.holidays.iter().find(|b| b.contains(*day)).map_or("节假日", |b| b.name.as_str());
                let cancelled_make_up_workday = arrangement.cancelled_make_up_workdays.contains(day);
                declared.insert(
                    *day,
                    Declared::Off { name: name.to_string(), notice_year: year, cancelled_make_up_workday },
                );
            }
        }
        Calendar { data: Some(data), declared, published }
    }

    /// A calendar without any published year: weekends only, every date flagged.
    fn unpublished() -> Calendar {
        Calendar { data: None, declared: BTreeMap::new(), published: BTreeSet::new() }
    }

    /// The holiday data behind the calendar (notices, sources, cross-checks), if it loaded.
    pub fn data(&self) -> Option<&HolidayData> {
        self.data.as_ref()
    }

    /// Whether the arrangement for this year is published (and in the data).
    pub fn is_published(&self, year: i32) -> bool {
        self.published.contains(&year)
    }

    /// The years whose arrangement is published, in order.
    pub fn published_years(&self) -> impl Iterator<Item = i32> + '_ {
        self.published.iter().copied()
    }

    /// The arrangement the notice about this year declares, if published.
    pub fn arrangement(&self, year: i32) -> Option<&YearArrangement> {
        self.data.as_ref()?.years.get(&year.to_string())
    }

    /// The sources (notice texts, cross-checked data sets) for this year's arrangement; empty if unpublished.
    pub fn sources(&self, year: i32) -> &[String] {
        self.data.as_ref().and_then(|d| d.sources.get(&year.to_string())).map_or(&[], Vec::as_slice)
    }

    /// The Chinese title of the notice(s) behind a year's arrangement, for explanations, e.g.
    /// `《国务院办公厅关于2024年部分节假日安排的通知》`. A year whose arrangement was later changed (2020, whose
    /// Spring Festival was extended and a make-up workday cancelled) says so.
    pub fn notice_title(&self, year: i32) -> String {
        let title = format!("《国务院办公厅关于{year}年部分节假日安排的通知》");
        match self.arrangement(year) {
            Some(a) if !a.cancelled_make_up_workdays.is_empty() => format!("{title}及其后的调整通知"),
            _ => title,
        }
    }

    /// What this date is: working day, make-up workday, weekend or holiday, with a warning if not final.
    pub fn day(&self, date: NaiveDate) -> Day {
        match self.declared.get(&date) {
            Some(Declared::Off { name, notice_year, cancelled_make_up_workday }) => Day {
                date,
                kind: DayKind::Holiday {
                    name: name.clone(),
                    notice_year: *notice_year,
                    cancelled_make_up_workday: *cancelled_make_up_workday,
                },
                warning: None,
            },
            Some(Declared::MakeUp { notice_year }) => {
                Day { date, kind: DayKind::MakeUpWorkday { notice_year: *notice_year }, warning: None }
            }
            None => Day {
                date,
                kind: if is_weekend(date) { DayKind::Weekend } else { DayKind::Workday },
                warning: self.warning_for_undeclared(date),
            },
        }
    }

    /// Whether people work on this date.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        self.day(date).is_working_day()
    }

    /// The first working day strictly after `date`, with every rest day passed over on the way;
    /// `None` at the end of the representable dates.
    pub fn next_working_day_after(&self, date: NaiveDate) -> Option<(Day, Vec<Day>)> {
        let mut skipped = Vec::new();
        for candidate in date.iter_days().skip(1).take(MAX_SEARCH_DAYS) {
            let day = self.day(candidate);
            if day.is_working_day() {
                return Some((day, skipped));
            }
            skipped.push(day);
        }
        None
    }

    /// A date no notice mentions: flagged if its own year, or (in December's last week) the next year, is unpublished.
    fn warning_for_undeclared(&self, date: NaiveDate) -> Option<CalendarWarning> {
        let year = date.year();
        if !self.is_published(year) {
            Some(CalendarWarning::ArrangementUnpublished { year })
        } else if date.month() == 12 && date.day() >= YEAR_END_PENDING_FROM_DAY && !self.is_published(year + 1) {
            Some(CalendarWarning::YearEndPending { next_year: year + 1 })
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn cal() -> &'static Calendar {
        Calendar::embedded()
    }

    #[test]
    fn the_embedded_data_loads_with_2020_to_2026_published() {
        assert!(cal().data().is_some());
        assert_eq!(cal().published_years().collect::<Vec<_>>(), (2020..=2026).collect::<Vec<_>>());
        assert!(!cal().is_published(2019));
        assert!(!cal().is_published(2027));
    }

    #[test]
    fn ordinary_days_weekends_holidays_and_make_up_workdays() {
        let tuesday = cal().day(date(2024, 10, 8));
        assert_eq!(tuesday.kind, DayKind::Workday);
        assert_eq!(tuesday.warning, None);

        assert_eq!(cal().day(date(2024, 10, 19)).kind, DayKind::Weekend);

        let national_day = cal().day(date(2024, 10, 1));
        assert_eq!(
            national_day.kind,
            DayKind::Holiday { name: "国庆节".into(), notice_year: 2024, cancelled_make_up_workday: false }
        );
        assert!(!national_day.is_working_day());
        assert_eq!(national_day.describe(), "2024-10-01（星期二，国庆节放假）");

        let sunday_at_work = cal().day(date(2024, 9, 29));
        assert_eq!(sunday_at_work.kind, DayKind::MakeUpWorkday { notice_year: 2024 });
        assert!(sunday_at_work.is_working_day());
    }

    #[test]
    fn weekend_days_inside_a_block_are_holidays() {
        // 2024-10-05 is a Saturday inside the 国庆 block.
        assert!(matches!(cal().day(date(2024, 10, 5)).kind, DayKind::Holiday { ref name, .. } if name == "国庆节"));
    }

    #[test]
    fn the_2024_blocks_list_only_the_named_dates() {
        // 端午 2024: "6月10日放假，与周末连休": the Saturday and Sunday before stay ordinary weekend days.
        assert_eq!(cal().day(date(2024, 6, 8)).kind, DayKind::Weekend);
        assert_eq!(cal().day(date(2024, 6, 9)).kind, DayKind::Weekend);
        assert!(matches!(cal().day(date(2024, 6, 10)).kind, DayKind::Holiday { ref name, .. } if name == "端午节"));
        assert_eq!(cal().day(date(2023, 12, 30)).kind, DayKind::Weekend);
    }

    #[test]
    fn the_2020_extension_cancels_a_make_up_workday() {
        let day = cal().day(date(2020, 2, 1));
        assert_eq!(
            day.kind,
            DayKind::Holiday { name: "春节".into(), notice_year: 2020, cancelled_make_up_workday: true }
        );
        assert!(!day.is_working_day());
        assert!(matches!(cal().day(date(2020, 2, 2)).kind, DayKind::Holiday { ref name, .. } if name == "春节"));
        assert_eq!(cal().day(date(2020, 2, 3)).kind, DayKind::Workday);
        assert!(cal().notice_title(2020).ends_with("及其后的调整通知"));
        assert_eq!(cal().notice_title(2024), "《国务院办公厅关于2024年部分节假日安排的通知》");
    }

    #[test]
    fn the_2023_new_year_block_reaches_back_into_2022() {
        let day = cal().day(date(2022, 12, 31));
        assert_eq!(
            day.kind,
            DayKind::Holiday { name: "元旦".into(), notice_year: 2023, cancelled_make_up_workday: false }
        );
        assert_eq!(day.warning, None);
    }

    #[test]
    fn unpublished_years_use_weekends_and_are_flagged() {
        let friday = cal().day(date(2027, 1, 1));
        assert_eq!(friday.kind, DayKind::Workday);
        assert_eq!(friday.warning, Some(CalendarWarning::ArrangementUnpublished { year: 2027 }));
        let saturday = cal().day(date(2019, 10, 5));
        assert_eq!(saturday.kind, DayKind::Weekend);
        assert_eq!(saturday.warning, Some(CalendarWarning::ArrangementUnpublished { year: 2019 }));
        assert!(friday.warning.unwrap().message().contains("节假日安排未公布"));
    }

    #[test]
    fn the_last_week_of_the_last_published_year_is_flagged() {
        assert_eq!(cal().day(date(2026, 12, 24)).warning, None);
        assert_eq!(cal().day(date(2026, 12, 25)).warning, Some(CalendarWarning::YearEndPending { next_year: 2027 }));
        assert_eq!(cal().day(date(2025, 12, 31)).warning, None, "the 2026 notice is published");
    }

    #[test]
    fn next_working_day_passes_over_the_whole_block() {
        let (day, skipped) = cal().next_working_day_after(date(2024, 9, 30)).unwrap();
        assert_eq!(day.date, date(2024, 10, 8));
        assert_eq!(skipped.len(), 7);
        assert!(cal().next_working_day_after(NaiveDate::MAX).is_none());
    }

    #[test]
    fn bad_data_gives_an_error_not_a_panic() {
        assert!(Calendar::from_json("{").is_err());
        let empty = Calendar::unpublished();
        assert_eq!(empty.day(date(2024, 10, 1)).warning, Some(CalendarWarning::ArrangementUnpublished { year: 2024 }));
        assert!(empty.sources(2024).is_empty());
    }
}
