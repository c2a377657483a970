//! R1 Art. 11: the six kinds of administrative accountability, ordered from lightest to heaviest.

use serde::{Deserialize, Serialize};

use crate::law::Cite;

// 第十一条 行政责任追究的种类和方式：1.责令作出书面检查；2.通报批评；3.取消当年评先资格和晋升资格；
// 4.暂停执法（暂扣行政执法证）；5.责令调离执法岗位或者调离执法队伍；6.行政处分。
/// One kind of sanction from Art. 11. The derived order is the order of severity (the article's own order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SanctionKind {
    /// 1. 责令作出书面检查.
    WrittenSelfCriticism,
    /// 2. 通报批评.
    CirculatedCriticism,
    /// 3. 取消当年评先资格和晋升资格.
    LoseYearsHonoursAndPromotion,
    /// 4. 暂停执法（暂扣行政执法证）.
    SuspendEnforcement,
    /// 5. 责令调离执法岗位或者调离执法队伍.
    RemoveFromEnforcement,
    /// 6. 行政处分.
    AdministrativeDiscipline,
}

impl SanctionKind {
    /// Every kind, lightest first.
    pub const ALL: [SanctionKind; 6] = [
        SanctionKind::WrittenSelfCriticism,
        SanctionKind::CirculatedCriticism,
        SanctionKind::LoseYearsHonoursAndPromotion,
        SanctionKind::SuspendEnforcement,
        SanctionKind::RemoveFromEnforcement,
        SanctionKind::AdministrativeDiscipline,
    ];

    /// The item number in Art. 11, which is also its severity rank: 1 (lightest) to 6 (heaviest).
    pub fn rank(self) -> u8 {
        match self {
            SanctionKind::WrittenSelfCriticism => 1,
            SanctionKind::CirculatedCriticism => 2,
            SanctionKind::LoseYearsHonoursAndPromotion => 3,
            SanctionKind::SuspendEnforcement => 4,
            SanctionKind::RemoveFromEnforcement => 5,
            SanctionKind::AdministrativeDiscipline => 6,
        }
    }

    /// The kind with this rank; ranks above 6 give the heaviest kind, 0 gives `None`.
    pub fn from_rank(rank: u8) -> Option<SanctionKind> {
        match rank {
            0 => None,
            1 => Some(SanctionKind::WrittenSelfCriticism),
            2 => Some(SanctionKind::CirculatedCriticism),
            3 => Some(SanctionKind::LoseYearsHonoursAndPromotion),
            4 => Some(SanctionKind::SuspendEnforcement),
            5 => Some(SanctionKind::RemoveFromEnforcement),
            _ => Some(SanctionKind::AdministrativeDiscipline),
        }
    }

    /// The citation of this item of Art. 11.
    pub fn cite(self) -> Cite {
        Cite::item(1, 11, self.rank())
    }

    /// Chinese label, as worded in Art. 11.
    pub fn label(self) -> &'static str {
        match self {
            SanctionKind::WrittenSelfCriticism => "责令作出书面检查",
            SanctionKind::CirculatedCriticism => "通报批评",
            SanctionKind::LoseYearsHonoursAndPromotion => "取消当年评先资格和晋升资格",
            SanctionKind::SuspendEnforcement => "暂停执法（暂扣行政执法证）",
            SanctionKind::RemoveFromEnforcement => "责令调离执法岗位或者调离执法队伍",
            SanctionKind::AdministrativeDiscipline => "行政处分",
        }
    }
}

/// What the bureau's policy suggests for one officer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestedOutcome {
    /// 免于追究责任 (Art. 8).
    Exempt,
    /// One kind of Art. 11.
    Sanction(SanctionKind),
}

impl SuggestedOutcome {
    /// 0 for exemption, otherwise the Art. 11 rank (1 lightest … 6 heaviest).
    pub fn severity(self) -> u8 {
        match self {
            SuggestedOutcome::Exempt => 0,
            SuggestedOutcome::Sanction(kind) => kind.rank(),
        }
    }

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            SuggestedOutcome::Exempt => "免于追究责任",
            SuggestedOutcome::Sanction(kind) => kind.label(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_follow_the_article_order_and_round_trip() {
        for (index, kind) in SanctionKind::ALL.iter().enumerate() {
            assert_eq!(usize::from(kind.rank()), index + 1);
            assert_eq!(SanctionKind::from_rank(kind.rank()), Some(*kind));
            assert!(crate::law::quote(kind.cite()).unwrap().contains(kind.label()));
        }
        assert!(SanctionKind::ALL.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(SanctionKind::from_rank(0), None);
        assert_eq!(SanctionKind::from_rank(200), Some(SanctionKind::AdministrativeDiscipline));
    }
}
