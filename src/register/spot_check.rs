//! R2 Art. 4 spot checks (抽查): a reproducible random sample of the merged register. The sample depends only on the
//! records that pass the filters, the size and the seed, never on the order rows arrive in, so anyone holding the
//! same register can redraw exactly the same sample from the parameters the page shows.
//!
//! 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理，
//! 必要时可移交同级司法局处理。

use chrono::NaiveDate;

use super::row::RegisterRow;
use crate::journal::EventHash;
use crate::quiz::Rng;

/// What to draw from, and how many.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SpotCheck {
    /// Earliest date of the interference, inclusive.
    pub from: Option<NaiveDate>,
    /// Latest date of the interference, inclusive.
    pub to: Option<NaiveDate>,
    /// Part of the department (the recording officers' unit is not recorded, so: the actor's unit); empty: all.
    pub department: String,
    /// Part of the name of an officer who wrote a version; empty: all.
    pub officer: String,
    /// How many records to draw (all, if fewer pass the filters).
    pub size: usize,
    /// The seed: the same seed, filters and size draw the same records from the same register.
    pub seed: u64,
}

impl SpotCheck {
    /// The parameters in one line, for the record of the check and for anyone who wants to redraw it.
    pub fn describe(&self) -> String {
        let day = |d: Option<NaiveDate>| d.map_or_else(|| "不限".to_string(), |d| d.format("%Y-%m-%d").to_string());
        let text = |t: &str| if t.trim().is_empty() { "不限".to_string() } else { t.trim().to_string() };
        format!(
            "期间 {} 至 {}；行为人单位 {}；记录人 {}；抽取 {} 条；种子 {}",
            day(self.from),
            day(self.to),
            text(&self.department),
            text(&self.officer),
            self.size,
            self.seed
        )
    }

    /// Whether a row passes the filters.
    fn admits(&self, row: &RegisterRow) -> bool {
        let contains = |haystack: &str, needle: &str| haystack.to_lowercase().contains(&needle.trim().to_lowercase());
        let record = &row.current().record;
        let day = record.occurred_at.date();
        self.from.is_none_or(|from| day >= from)
            && self.to.is_none_or(|to| day <= to)
            && contains(&record.person.unit, &self.department)
            && (self.officer.trim().is_empty() || row.officers.iter().any(|o| contains(o, &self.officer)))
    }

    /// The records drawn, in the order drawn, and how many passed the filters.
    pub fn draw(&self, rows: &[RegisterRow]) -> (Vec<EventHash>, usize) {
        let mut candidates: Vec<EventHash> =
            rows.iter().filter(|row| self.admits(row)).map(|row| row.record.id).collect();
        candidates.sort_unstable();
        let passed = candidates.len();
        Rng::new(self.seed).shuffle(&mut candidates);
        candidates.truncate(self.size);
        (candidates, passed)
    }
}
