//! Counts over the register for 法治科's statistics: prohibited interference by R2 Art. 10 item, records by month,
//! by the actor's unit, and the actors met more than once. Only what a verdict rests on is counted (an item the
//! engine considered and set aside is not), and each record counts once, on its latest current version.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use super::row::RegisterRow;
use crate::rules::r2::{Article10Item, Verdict};

/// One bar of a chart: what it counts and how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// The label, e.g. `第十条第（五）项`, `2024-05`, `原局办公室`.
    pub label: String,
    /// How many records.
    pub count: usize,
}

/// The statistics of the records in a date range.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Statistics {
    /// Records in the range.
    pub records: usize,
    /// Records whose verdict is prohibited interference.
    pub prohibited: usize,
    /// Prohibited interference by Art. 10 item (a record found under two items counts under each), in item order,
    /// every item listed.
    pub by_item: Vec<Count>,
    /// Records by month of the interference (`YYYY-MM`), in order, months without records left out.
    pub by_month: Vec<Count>,
    /// Records by the actor's unit, most first (ties by name); a blank unit is `（未填单位）`.
    pub by_unit: Vec<Count>,
    /// Actors (name and unit) with two or more records, most first: repeat actors.
    pub repeat_actors: Vec<Count>,
}

/// The statistics of the rows whose interference happened between `from` and `to` (inclusive; `None`: open).
pub fn statistics(rows: &[RegisterRow], from: Option<NaiveDate>, to: Option<NaiveDate>) -> Statistics {
    let in_range: Vec<&RegisterRow> = rows
        .iter()
        .filter(|row| {
            let day = row.current().record.occurred_at.date();
            from.is_none_or(|from| day >= from) && to.is_none_or(|to| day <= to)
        })
        .collect();
    let mut items: BTreeMap<Article10Item, usize> = Article10Item::ALL.into_iter().map(|item| (item, 0)).collect();
    let mut months: BTreeMap<(i32, u32), usize> = BTreeMap::new();
    let mut units: BTreeMap<String, usize> = BTreeMap::new();
    let mut actors: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut prohibited = 0;
    for row in &in_range {
        let record = &row.current().record;
        if let Verdict::Prohibited { items: found } = row.verdict() {
            prohibited += 1;
            for item in found {
                *items.entry(*item).or_default() += 1;
            }
        }
        let day = record.occurred_at.date();
        *months.entry((day.year(), day.month())).or_default() += 1;
        let unit = record.person.unit.trim();
        let unit = if unit.is_empty() { "（未填单位）".to_string() } else { unit.to_string() };
        *units.entry(unit.clone()).or_default() += 1;
        *actors.entry((record.person.name.trim().to_string(), unit)).or_default() += 1;
    }
    Statistics {
        records: in_range.len(),
        prohibited,
        by_item: items.into_iter().map(|(item, count)| Count { label: item.cite().short_label(), count }).collect(),
        by_month: months.into_iter().map(|((y, m), count)| Count { label: format!("{y}-{m:02}"), count }).collect(),
        by_unit: most_first(units.into_iter().map(|(label, count)| Count { label, count })),
        repeat_actors: most_first(
            actors
                .into_iter()
                .filter(|(_, count)| *count >= 2)
                .map(|((name, unit), count)| Count { label: format!("{name}（{unit}）"), count }),
        ),
    }
}

fn most_first(counts: impl Iterator<Item = Count>) -> Vec<Count> {
    let mut counts: Vec<Count> = counts.collect();
    counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    counts
}
