//! The register: one model of "the records, each with its verdict under the bureau's readings", used by the
//! officer's list, 法治科's merged register, the record pages and the counts. There is no other way to get a
//! verdict for a row, so every list and page shows the verdict of the same reading.
//!
//! 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理，
//! 必要时可移交同级司法局处理。
//!
//! A record with concurrent amendments has several current versions (heads); a filter on the record's content
//! matches if any of them matches, so the list never depends on which device clock was ahead.

mod attestations;
mod filter;
mod reading_change;
mod row;
mod spot_check;
mod statistics;

pub use attestations::{MonthStatus, OfficerMonths, monthly_overview};
pub use filter::{Counts, RegisterFilter, SortOrder, VerdictFilter, counts, filter_and_sort};
pub use reading_change::{ChangedVerdict, verdicts_changed};
pub use row::{RegisterRow, rows};
pub use spot_check::SpotCheck;
pub use statistics::{Count, Statistics, statistics};

#[cfg(test)]
mod tests;
