//! The register's filters, sort order and counts: the same for the officer's list and 法治科's register.

use chrono::NaiveDate;

use super::row::RegisterRow;
use crate::rules::r2::{Article10Item, Verdict};

/// Which verdicts to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum VerdictFilter {
    /// Any verdict.
    #[default]
    Any,
    /// Prohibited interference, any Art. 10 item.
    Prohibited,
    /// Prohibited interference under this Art. 10 item.
    Item(Article10Item),
    /// Legitimate, or legitimate once recorded.
    Legitimate,
    /// For 法治科 to determine: the text settles neither, or the verdict turns on facts answered 不清楚.
    ForDetermination,
    /// Every other outcome (other agency without procedure, outside the scope, no conduct given).
    Other,
    /// Anything but prohibited interference.
    NotProhibited,
}

impl VerdictFilter {
    /// Every choice, in display order.
    pub fn all() -> Vec<VerdictFilter> {
        let mut all = vec![VerdictFilter::Any, VerdictFilter::Prohibited];
        all.extend(Article10Item::ALL.into_iter().map(VerdictFilter::Item));
        all.extend([
            VerdictFilter::Legitimate,
            VerdictFilter::ForDetermination,
            VerdictFilter::Other,
            VerdictFilter::NotProhibited,
        ]);
        all
    }

    /// Chinese label for a select box.
    pub fn label(self) -> String {
        match self {
            VerdictFilter::Any => "全部定性".to_string(),
            VerdictFilter::Prohibited => "违反规定干预（任一项）".to_string(),
            VerdictFilter::Item(item) => format!("{}：{}", item.cite().short_label(), item.label()),
            VerdictFilter::Legitimate => "不认定为干预（含待记录）".to_string(),
            VerdictFilter::ForDetermination => "报法治科认定（含结论取决于不清楚的事实）".to_string(),
            VerdictFilter::Other => "其他（其他机关未依程序、不属本制度、未说明行为）".to_string(),
            VerdictFilter::NotProhibited => "违反规定干预以外的全部".to_string(),
        }
    }

    /// A stable key for a select box.
    pub fn key(self) -> String {
        match self {
            VerdictFilter::Any => "any".to_string(),
            VerdictFilter::Prohibited => "prohibited".to_string(),
            VerdictFilter::Item(item) => format!("item-{}", item.number()),
            VerdictFilter::Legitimate => "legitimate".to_string(),
            VerdictFilter::ForDetermination => "for-determination".to_string(),
            VerdictFilter::Other => "other".to_string(),
            VerdictFilter::NotProhibited => "not-prohibited".to_string(),
        }
    }

    /// The choice with this key.
    pub fn from_key(key: &str) -> Option<VerdictFilter> {
        VerdictFilter::all().into_iter().find(|f| f.key() == key)
    }

    /// Whether a verdict is one of those chosen.
    pub fn matches(self, verdict: &Verdict) -> bool {
        match (self, verdict) {
            (VerdictFilter::Any, _) => true,
            (VerdictFilter::Prohibited, Verdict::Prohibited { .. }) => true,
            (VerdictFilter::Item(item), Verdict::Prohibited { items }) => items.contains(&item),
            (VerdictFilter::Legitimate, Verdict::Legitimate { .. } | Verdict::AwaitingRecord { .. }) => true,
            (VerdictFilter::ForDetermination, Verdict::ForDetermination { .. } | Verdict::Undetermined { .. }) => true,
            (
                VerdictFilter::Other,
                Verdict::OtherAgencyWithoutProcedure | Verdict::OutsideScope | Verdict::NoConductGiven,
            ) => true,
            (VerdictFilter::NotProhibited, v) => !matches!(v, Verdict::Prohibited { .. }),
            _ => false,
        }
    }
}

/// The filters; the default shows everything. Text filters match a part, ignoring case and surrounding spaces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterFilter {
    /// Part of the 案号; empty matches all.
    pub case_number: String,
    /// Part of the person's name or unit; empty matches all.
    pub person: String,
    /// The verdict.
    pub verdict: VerdictFilter,
    /// Earliest date of the interference, inclusive.
    pub from: Option<NaiveDate>,
    /// Latest date of the interference, inclusive.
    pub to: Option<NaiveDate>,
    /// Reported to 法治科 or 区司法局 (`Some(true)`), not reported (`Some(false)`), or either.
    pub reported: Option<bool>,
    /// Part of the name of an officer who wrote a version; empty matches all.
    pub officer: String,
}

impl RegisterFilter {
    /// Whether a row passes every filter: the content filters on any one current version (with its verdict).
    pub fn matches(&self, row: &RegisterRow) -> bool {
        let contains = |haystack: &str, needle: &str| haystack.to_lowercase().contains(&needle.trim().to_lowercase());
        let content = row.heads().zip(&row.verdicts).any(|(version, verdict)| {
            let record = &version.record;
            let day = record.occurred_at.date();
            contains(&record.case.number, &self.case_number)
                && (contains(&record.person.name, &self.person) || contains(&record.person.unit, &self.person))
                && self.verdict.matches(verdict)
                && self.from.is_none_or(|from| day >= from)
                && self.to.is_none_or(|to| day <= to)
        });
        content
            && self.reported.is_none_or(|reported| row.reported_on.is_some() == reported)
            && (self.officer.trim().is_empty() || row.officers.iter().any(|o| contains(o, &self.officer)))
    }
}

/// Sort order by the interference time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Latest first.
    #[default]
    NewestFirst,
    /// Earliest first.
    OldestFirst,
}

/// The rows that pass `filter`, sorted by time (the earliest current version's; ties by id, so the order is
/// stable).
pub fn filter_and_sort(rows: &[RegisterRow], filter: &RegisterFilter, order: SortOrder) -> Vec<RegisterRow> {
    let mut shown: Vec<RegisterRow> = rows.iter().filter(|r| filter.matches(r)).cloned().collect();
    shown.sort_by(|a, b| a.occurred_at().cmp(&b.occurred_at()).then_with(|| a.record.id.cmp(&b.record.id)));
    if order == SortOrder::NewestFirst {
        shown.reverse();
    }
    shown
}

/// The counts at the top of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// All records.
    pub total: usize,
    /// Prohibited interference (on any current version).
    pub prohibited: usize,
    /// Not yet reported to 法治科 or 区司法局.
    pub unreported: usize,
    /// Failing verification.
    pub flagged: usize,
    /// With a conflict to merge.
    pub conflicted: usize,
}

/// Counts over some rows.
pub fn counts(rows: &[RegisterRow]) -> Counts {
    Counts {
        total: rows.len(),
        prohibited: rows.iter().filter(|r| r.is_prohibited()).count(),
        unreported: rows.iter().filter(|r| r.reported_on.is_none()).count(),
        flagged: rows.iter().filter(|r| r.record.flagged()).count(),
        conflicted: rows.iter().filter(|r| r.record.is_conflicted()).count(),
    }
}
