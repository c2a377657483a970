//! R1 Art. 9: conduct for which the responsible officer SHALL (应) be dealt with more severely.

use serde::{Deserialize, Serialize};

use super::cites::{R1_9, R1_10_2, R1_12};
use crate::law::Cite;
use crate::rules::Explanation;

/// How the officer behaved once the error came to light and during the inquiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InquiryConduct {
    /// 坚持错误（明知错误仍不纠正）.
    PersistsInError,
    /// 放任危害后果发生.
    AllowsHarm,
    /// 阻碍调查人员履行职责.
    ObstructsInvestigation,
    /// 提供伪证.
    FalseEvidence,
    /// 依第十二条进行陈述和申辩.
    StatesAndDefends,
    /// 积极配合调查.
    Cooperates,
}

impl InquiryConduct {
    /// Every value, in display order.
    pub const ALL: [InquiryConduct; 6] = [
        InquiryConduct::PersistsInError,
        InquiryConduct::AllowsHarm,
        InquiryConduct::ObstructsInvestigation,
        InquiryConduct::FalseEvidence,
        InquiryConduct::StatesAndDefends,
        InquiryConduct::Cooperates,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            InquiryConduct::PersistsInError => "坚持错误",
            InquiryConduct::AllowsHarm => "放任危害后果发生",
            InquiryConduct::ObstructsInvestigation => "阻碍调查人员履行职责",
            InquiryConduct::FalseEvidence => "提供伪证",
            InquiryConduct::StatesAndDefends => "进行陈述和申辩",
            InquiryConduct::Cooperates => "积极配合调查",
        }
    }

    // 第九条 执法人员坚持错误、放任危害后果发生或者阻碍调查人员履行职责的，应从重处理。
    // 第十条（二）……不得提供伪证或利用其它手段阻碍调查工作。
    /// Whether this conduct calls for 从重处理 under Art. 9 (伪证 being a means of obstructing, Art. 10(2)).
    pub fn is_aggravating(self) -> bool {
        matches!(
            self,
            InquiryConduct::PersistsInError
                | InquiryConduct::AllowsHarm
                | InquiryConduct::ObstructsInvestigation
                | InquiryConduct::FalseEvidence
        )
    }

    /// The provisions that decide how this conduct counts.
    fn cites(self) -> &'static [Cite] {
        match self {
            InquiryConduct::PersistsInError | InquiryConduct::AllowsHarm | InquiryConduct::ObstructsInvestigation => {
                &[R1_9]
            }
            InquiryConduct::FalseEvidence => &[R1_9, R1_10_2],
            InquiryConduct::StatesAndDefends => &[R1_9, R1_12],
            InquiryConduct::Cooperates => &[R1_9, R1_10_2],
        }
    }
}

/// Explains each conduct; returns the aggravating ones, sorted and without repeats.
pub(super) fn aggravating_conduct(conduct: &[InquiryConduct], explanation: &mut Explanation) -> Vec<InquiryConduct> {
    let mut found = conduct.to_vec();
    found.sort();
    found.dedup();
    let mut aggravating = Vec::new();
    for item in found {
        let text = match item {
            InquiryConduct::PersistsInError | InquiryConduct::AllowsHarm | InquiryConduct::ObstructsInvestigation => {
                format!("执法人员{} → 属于第九条所列情形", item.label())
            }
            InquiryConduct::FalseEvidence => {
                "执法人员提供伪证 → 第十条第（二）项将其列为阻碍调查的手段，属于第九条“阻碍调查人员履行职责”"
                    .to_string()
            }
            InquiryConduct::StatesAndDefends => {
                "执法人员进行陈述和申辩 → 这是第十二条赋予的权利，不属于第九条“坚持错误”或“阻碍调查”，不得因此从重"
                    .to_string()
            }
            InquiryConduct::Cooperates => {
                "执法人员积极配合调查 → 这是第十条第（二）项规定的义务，不属于第九条情形，也不属于第八条所列从轻情形"
                    .to_string()
            }
        };
        explanation.step(text, item.cites());
        if item.is_aggravating() {
            aggravating.push(item);
        }
    }
    aggravating
}
