//! The stages of a wrong-case file (R1 第十条, 第十二条) and the provision each one carries out.

use serde::{Deserialize, Serialize};

use crate::law::Cite;

/// A stage of the R1 procedure, in procedural order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// 立案：受理、答复，或转送有权部门 (Art. 10(1)).
    Intake,
    /// 调查：报局主要负责人、组成调查组、调查措施、被调查人员的表现 (Art. 10(2)).
    Investigation,
    /// 认定：错案情形（第五条）、责任人及其行为（第六条）与情节（第八条、第九条） (Art. 10(3)).
    Findings,
    /// 集体讨论决定：经机关领导集体讨论作出处理决定 (Art. 10(3), 11).
    Decision,
    /// 重新调查：局机关在1个月内责令重新组织调查、处理或直接派员调查 (Art. 10(3)).
    Reinvestigation,
    /// 陈述申辩与申诉 (Art. 12).
    Appeal,
}

impl Stage {
    /// Every stage, in procedural order.
    pub const ALL: [Stage; 6] =
        [Stage::Intake, Stage::Investigation, Stage::Findings, Stage::Decision, Stage::Reinvestigation, Stage::Appeal];

    /// Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Intake => "立案",
            Stage::Investigation => "调查",
            Stage::Findings => "认定",
            Stage::Decision => "集体讨论决定",
            Stage::Reinvestigation => "重新调查",
            Stage::Appeal => "陈述申辩与申诉",
        }
    }

    /// The provision the stage carries out.
    pub const fn cite(self) -> Cite {
        match self {
            Stage::Intake => Cite::item(1, 10, 1),
            Stage::Investigation => Cite::item(1, 10, 2),
            Stage::Findings | Stage::Decision | Stage::Reinvestigation => Cite::item(1, 10, 3),
            Stage::Appeal => Cite::article(1, 12),
        }
    }

    /// The stable part of a page address for the stage, e.g. `intake`.
    pub fn slug(self) -> &'static str {
        match self {
            Stage::Intake => "intake",
            Stage::Investigation => "investigation",
            Stage::Findings => "findings",
            Stage::Decision => "decision",
            Stage::Reinvestigation => "reinvestigation",
            Stage::Appeal => "appeal",
        }
    }
}
