//! R1 Art. 2: the regulation governs wrong-case liability in administrative penalty and licensing cases only.

use serde::{Deserialize, Serialize};

use super::cites::R1_2;
use crate::rules::Explanation;

/// The kind of administrative case, as far as R1 Art. 2 needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CaseKind {
    /// 行政处罚案件.
    #[default]
    AdministrativePenalty,
    /// 行政许可案件.
    AdministrativeLicensing,
    /// 单独的行政强制（强制措施或强制执行，不属于某一行政处罚案件）.
    AdministrativeCompulsion,
    /// 行政征收.
    AdministrativeLevy,
    /// 信访事项.
    Petition,
    /// 其他行政行为（行政检查、行政确认等）.
    Other,
}

impl CaseKind {
    /// Every kind, in display order.
    pub const ALL: [CaseKind; 6] = [
        CaseKind::AdministrativePenalty,
        CaseKind::AdministrativeLicensing,
        CaseKind::AdministrativeCompulsion,
        CaseKind::AdministrativeLevy,
        CaseKind::Petition,
        CaseKind::Other,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            CaseKind::AdministrativePenalty => "行政处罚案件",
            CaseKind::AdministrativeLicensing => "行政许可案件",
            CaseKind::AdministrativeCompulsion => "单独的行政强制（不属于行政处罚案件的强制措施或强制执行）",
            CaseKind::AdministrativeLevy => "行政征收",
            CaseKind::Petition => "信访事项",
            CaseKind::Other => "其他行政行为（行政检查、行政确认等）",
        }
    }

    // 第二条 本制度所称的行政执法错案责任，是指行政处罚、行政许可案件被认定为错案后，应由相关行政执法人员承担的责任。
    /// Whether R1 governs this kind of case (Art. 2).
    pub fn is_covered(self) -> bool {
        matches!(self, CaseKind::AdministrativePenalty | CaseKind::AdministrativeLicensing)
    }
}

/// Explains whether the case is within R1 (Art. 2) and returns the answer.
pub(super) fn explain_scope(kind: CaseKind, explanation: &mut Explanation) -> bool {
    let covered = kind.is_covered();
    let conclusion = if covered {
        "属于本制度所称行政处罚、行政许可案件 → 适用本制度"
    } else {
        "本制度只调整行政处罚、行政许可案件被认定为错案后的责任 → 不属于本制度调整范围，不依本制度认定错案或追究错案责任"
    };
    explanation.step(format!("案件类型为{} → {}", kind.label(), conclusion), &[R1_2]);
    covered
}
