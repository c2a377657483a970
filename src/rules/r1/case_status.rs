//! [`CaseStatus`]: where a reported case stands under R1, shared by the case and each officer's assessment.

use serde::{Deserialize, Serialize};

/// The case's standing under R1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// 不属于本制度调整范围 (Art. 2).
    OutsideScope,
    /// 界定为错案 (Art. 5).
    WrongCase,
    /// 待调查核实或待终局结论.
    Pending,
    /// 不界定为错案.
    NotWrongCase,
}

impl CaseStatus {
    /// Every value, in display order.
    pub const ALL: [CaseStatus; 4] =
        [CaseStatus::OutsideScope, CaseStatus::WrongCase, CaseStatus::Pending, CaseStatus::NotWrongCase];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            CaseStatus::OutsideScope => "不属于本制度调整范围",
            CaseStatus::WrongCase => "界定为错案",
            CaseStatus::Pending => "待调查核实或待终局结论",
            CaseStatus::NotWrongCase => "不界定为错案",
        }
    }
}
