//! The case an interference touched: 案号, 案由 and the stage of handling it was in.

use serde::{Deserialize, Serialize};

/// The stage of case handling at which the interference happened (办理阶段).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStage {
    /// 立案（含立案前的核查）.
    Filing,
    /// 调查取证.
    Investigation,
    /// 审查（含法制审核）.
    Review,
    /// 告知（事先告知、陈述申辩）.
    Notification,
    /// 听证.
    Hearing,
    /// 决定.
    Decision,
    /// 执行.
    Enforcement,
    /// 结案.
    Closed,
}

impl CaseStage {
    /// Every stage, in procedural order (for a select box).
    pub const ALL: [CaseStage; 8] = [
        CaseStage::Filing,
        CaseStage::Investigation,
        CaseStage::Review,
        CaseStage::Notification,
        CaseStage::Hearing,
        CaseStage::Decision,
        CaseStage::Enforcement,
        CaseStage::Closed,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            CaseStage::Filing => "立案",
            CaseStage::Investigation => "调查取证",
            CaseStage::Review => "审查",
            CaseStage::Notification => "告知",
            CaseStage::Hearing => "听证",
            CaseStage::Decision => "决定",
            CaseStage::Enforcement => "执行",
            CaseStage::Closed => "结案",
        }
    }
}

/// The case affected by the interference.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseRef {
    /// 案号. Empty only while the case is at the 立案 stage and has no number yet.
    pub number: String,
    /// 案由.
    pub cause: String,
    /// 办理阶段.
    pub stage: CaseStage,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_has_a_distinct_label_and_appears_once() {
        let labels: std::collections::BTreeSet<_> = CaseStage::ALL.iter().map(|s| s.label()).collect();
        assert_eq!(labels.len(), 8);
        assert_eq!(CaseStage::Review.label(), "审查");
    }

    #[test]
    fn stages_serialise_as_snake_case_ids() {
        assert_eq!(serde_json::to_string(&CaseStage::Investigation).unwrap(), "\"investigation\"");
        let back: CaseStage = serde_json::from_str("\"closed\"").unwrap();
        assert_eq!(back, CaseStage::Closed);
    }
}
