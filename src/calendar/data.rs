//! The verified holiday data, as published: `cn-holidays.json` beside this file, embedded in the binary.
//!
//! The file is a copy of the project's shared, source-checked data set (2020–2026). Nothing here invents a date: every
//! rest day and make-up workday comes from a State Council General Office notice listed under `sources`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The embedded JSON text, byte for byte the shared data file.
pub const HOLIDAY_JSON: &str = include_str!("cn-holidays.json");

/// The whole data file: the arrangements per year, and where each came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayData {
    /// What the data set covers (English, as written by its compiler).
    pub description: String,
    /// How the dates were read from the notices (e.g. the 2020 extension, the 2023 New Year block).
    pub conventions: BTreeMap<String, String>,
    /// Per year (`"2024"`), the notice texts and data sets the dates were taken from.
    pub sources: BTreeMap<String, Vec<String>>,
    /// Per year, how the dates compare with independent data sets.
    pub cross_check: BTreeMap<String, Vec<String>>,
    /// Per year (`"2024"`), the arrangement the notice about that year declares.
    pub years: BTreeMap<String, YearArrangement>,
    /// Years or details that could not be confirmed (e.g. 2027: no notice found).
    pub unconfirmed: Vec<Unconfirmed>,
}

/// One year's arrangement, as declared by the notice about that year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearArrangement {
    /// The notice's document number and date, as recorded by the data set.
    pub notice: String,
    /// Every day off inside the declared holiday blocks (may include days of the previous year, e.g. 2022-12-31).
    pub off_days: Vec<NaiveDate>,
    /// Weekend days declared working days (调休上班).
    pub make_up_workdays: Vec<NaiveDate>,
    /// The named holiday blocks.
    pub holidays: Vec<HolidayBlock>,
    /// Make-up workdays first declared and later cancelled (2020-02-01, by the Spring Festival extension).
    #[serde(default)]
    pub cancelled_make_up_workdays: Vec<NaiveDate>,
    /// Official gov.cn addresses as cited by the cross-checked data sets.
    #[serde(default)]
    pub official_urls_cited_by_datasets: Vec<String>,
}

/// One named holiday block, e.g. 国庆节 2024-10-01 to 2024-10-07.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayBlock {
    /// The holiday's name as the notice gives it, e.g. `国庆节` or `中秋节、国庆节`.
    pub name: String,
    /// The first day off.
    pub from: NaiveDate,
    /// The last day off.
    pub to: NaiveDate,
    /// A remark on how the block was read from the notice, if any.
    #[serde(default)]
    pub note: Option<String>,
}

/// A year or detail the data set could not confirm.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unconfirmed {
    /// The year concerned, or `all`.
    pub year: String,
    /// `not found`, `minor` or `note`.
    pub status: String,
    /// What is missing and why.
    pub detail: String,
}

impl HolidayData {
    /// Parses a data file in the shared format.
    pub fn parse(json: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The arrangements keyed by year as a number, skipping any key that is not a year.
    pub fn arrangements(&self) -> impl Iterator<Item = (i32, &YearArrangement)> {
        self.years.iter().filter_map(|(key, arrangement)| key.parse::<i32>().ok().map(|year| (year, arrangement)))
    }
}

impl HolidayBlock {
    /// Whether the block includes this date.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::PathBuf;

    use chrono::Datelike;

    use super::*;

    fn embedded() -> HolidayData {
        HolidayData::parse(HOLIDAY_JSON).expect("the embedded data parses")
    }

    fn day_count(block: &HolidayBlock) -> usize {
        block.from.iter_days().take_while(|d| *d <= block.to).count()
    }

    /// (year, off days, make-up workdays, cancelled make-up workdays, holiday blocks), as counted in the shared file
    /// when it was copied. A bad or truncated copy changes at least one of these.
    const EXPECTED_COUNTS: [(i32, usize, usize, usize, usize); 7] = [
        (2020, 30, 6, 1, 6),
        (2021, 31, 7, 0, 7),
        (2022, 31, 7, 0, 7),
        (2023, 27, 7, 0, 6),
        (2024, 28, 8, 0, 7),
        (2025, 28, 5, 0, 6),
        (2026, 33, 6, 0, 7),
    ];

    #[test]
    fn embedded_counts_per_year_are_the_copied_ones() {
        let data = embedded();
        let counts: Vec<_> = data
            .arrangements()
            .map(|(year, a)| {
                (year, a.off_days.len(), a.make_up_workdays.len(), a.cancelled_make_up_workdays.len(), a.holidays.len())
            })
            .collect();
        assert_eq!(counts, EXPECTED_COUNTS);
    }

    /// The shared data file, looked up from the crate root of the main checkout (`../shared`) or of a worktree
    /// (`../../shared`), or at `LIUHEN_SHARED_HOLIDAYS`.
    fn shared_file() -> Option<PathBuf> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        std::env::var_os("LIUHEN_SHARED_HOLIDAYS")
            .map(PathBuf::from)
            .into_iter()
            .chain([root.join("../shared/data/cn-holidays.json"), root.join("../../shared/data/cn-holidays.json")])
            .find(|path| path.is_file())
    }

    /// Where the shared data set is present (development machines), the copy must match it exactly. A clean clone
    /// without `../shared` relies on `embedded_counts_per_year_are_the_copied_ones` above.
    #[test]
    fn embedded_dates_match_the_shared_file() {
        let Some(path) = shared_file() else {
            eprintln!("shared cn-holidays.json not found; comparison skipped (set LIUHEN_SHARED_HOLIDAYS to run it)");
            return;
        };
        let text = std::fs::read_to_string(&path).expect("the shared file is readable");
        let shared = HolidayData::parse(&text).expect("the shared file parses");
        let ours = embedded();
        let years = |d: &HolidayData| d.arrangements().map(|(y, _)| y).collect::<Vec<_>>();
        assert_eq!(years(&ours), years(&shared), "years covered");
        for ((year, mine), (_, theirs)) in ours.arrangements().zip(shared.arrangements()) {
            assert_eq!(mine.off_days.len(), theirs.off_days.len(), "{year} off-day count");
            assert_eq!(mine.make_up_workdays.len(), theirs.make_up_workdays.len(), "{year} make-up count");
            assert_eq!(mine, theirs, "{year} arrangement");
        }
        assert_eq!(ours.sources, shared.sources, "sources");
    }

    #[test]
    fn blocks_cover_exactly_the_off_days_of_each_year() {
        for (year, a) in embedded().arrangements() {
            let from_blocks: BTreeSet<NaiveDate> =
                a.holidays.iter().flat_map(|b| b.from.iter_days().take_while(move |d| *d <= b.to)).collect();
            let listed: BTreeSet<NaiveDate> = a.off_days.iter().copied().collect();
            assert_eq!(from_blocks, listed, "{year}");
            assert_eq!(a.holidays.iter().map(day_count).sum::<usize>(), a.off_days.len(), "{year}: blocks overlap");
        }
    }

    #[test]
    fn make_up_workdays_are_weekends_and_never_days_off() {
        let data = embedded();
        let all_off: BTreeSet<NaiveDate> = data.arrangements().flat_map(|(_, a)| a.off_days.iter().copied()).collect();
        for (year, a) in data.arrangements() {
            assert!(!a.make_up_workdays.is_empty(), "{year}");
            for day in &a.make_up_workdays {
                assert!(day.weekday().number_from_monday() >= 6, "{day} is not a weekend day");
                assert!(!all_off.contains(day), "{day} is both a day off and a workday");
            }
            for day in &a.cancelled_make_up_workdays {
                assert!(all_off.contains(day), "cancelled make-up workday {day} must be a day off");
            }
        }
    }

    #[test]
    fn dates_belong_to_their_notice_year_except_the_documented_2023_new_year_block() {
        for (year, a) in embedded().arrangements() {
            for day in a.off_days.iter().chain(&a.make_up_workdays) {
                if day.year() != year {
                    assert_eq!((year, *day), (2023, NaiveDate::from_ymd_opt(2022, 12, 31).unwrap()));
                }
            }
        }
    }

    #[test]
    fn every_published_year_has_sources_and_a_notice() {
        let data = embedded();
        for (year, a) in data.arrangements() {
            assert!(!a.notice.is_empty(), "{year}");
            assert!(data.sources.get(&year.to_string()).is_some_and(|s| !s.is_empty()), "{year} sources");
        }
    }
}
