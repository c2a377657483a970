//! The classification of one conduct, before the findings for all conducts of a contact become one verdict.

use super::cites::{R2_3, R2_13};
use super::interpretation::Interpretation;
use super::verdict::{Article10Item, Doubt, LegitimateGround};
use crate::rules::Explanation;

/// How one conduct is classified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Finding {
    /// Legitimate on these grounds (Art. 7, 8, 14).
    Excused(Vec<LegitimateGround>),
    /// Legitimate on this ground once the handler records it.
    AwaitingRecord(LegitimateGround),
    /// Neither named in Art. 10 nor cleared: record, report to 法治科 for determination.
    Doubtful(Doubt),
    /// Another agency skipped procedure: tell them to follow it (Art. 6, 8).
    OtherAgencyWithoutProcedure,
    /// Prohibited under these Art. 10 items.
    Prohibited(Vec<Article10Item>),
}

/// Oral guidance (Art. 7) or an oral inquiry (Art. 14(2)) that meets every condition except the handler's record.
///
/// The record is the handler's own duty (Art. 3; Art. 7 由办案人员记录在案), so by default the person is not
/// blamed for the handler's omission: the contact awaits the record, and the handler answers under Art. 13 if it
/// never comes. The strict reading treats it as interference under Art. 10(7) until recorded.
pub(super) fn unrecorded_oral(ground: LegitimateGround, reading: &Interpretation, why: &mut Explanation) -> Finding {
    let provision = ground.cite();
    let other = Article10Item::OtherInterference;
    if reading.unrecorded_oral_is_interference {
        why.step(
            format!(
                "办案人员尚未记录 → 不满足{}\"记录在案\"的条件 → 按本局选定的从严口径，记录前认定为{}",
                provision.short_label(),
                other.cite().short_label()
            ),
            &[provision, other.cite()],
        );
        Finding::Prohibited(vec![other])
    } else {
        why.step(
            format!(
                "对方已按{}履职，但办案人员尚未记录 → {}的记录由办案人员完成，是办案人员的义务，不是对方的过错 → 本工具认定为\"待记录\"：记录后即属\"{}\"；如不记录，该条不能适用，办案人员本人依第十三条予以警告、通报批评（本工具的解释；本局可在设置中改为记录前即认定为干预）",
                provision.short_label(),
                provision.short_label(),
                ground.label()
            ),
            &[provision, R2_3, R2_13],
        );
        Finding::AwaitingRecord(ground)
    }
}
