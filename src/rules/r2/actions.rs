//! What must be done after an assessment: who does what, in a Chinese sentence, on which provisions.

use serde::Serialize;

use crate::law::Cite;
use crate::rules::distinct_cites;

/// The kind of a required action, for grouping and icons in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// 记录: time, place, person, method, content (Art. 3).
    Record,
    /// 拒绝: refuse the interference, pleading or prying (Art. 6).
    Refuse,
    /// 告知依照程序办理 (Art. 6, 8).
    FollowProcedure,
    /// 报告: to 局机关法治科, or directly to 区司法局 when necessary (Art. 3).
    Report,
    /// 通报: after approval, within 人事管理权限 (Art. 10).
    Notify,
    /// 移交纪检部门给予纪律处分 (Art. 11, 12, 13).
    ReferToDiscipline,
    /// 移交有关部门追究刑事责任 (Art. 11, 12).
    ReferForProsecution,
    /// 警告、通报批评 the handler (Art. 13).
    WarnAndCriticise,
    /// 追究主管领导责任 (Art. 13).
    HoldSupervisorLiable,
    /// 保护如实记录的办案人员 (Art. 9).
    ProtectRecorder,
}

impl ActionKind {
    /// A short Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            ActionKind::Record => "记录",
            ActionKind::Refuse => "拒绝",
            ActionKind::FollowProcedure => "告知依照程序办理",
            ActionKind::Report => "报告",
            ActionKind::Notify => "通报",
            ActionKind::ReferToDiscipline => "移交纪检部门",
            ActionKind::ReferForProsecution => "移交追究刑事责任",
            ActionKind::WarnAndCriticise => "警告、通报批评",
            ActionKind::HoldSupervisorLiable => "追究主管领导责任",
            ActionKind::ProtectRecorder => "保护记录人",
        }
    }
}

/// One thing that must be done, with the provisions requiring it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RequiredAction {
    /// What kind of action.
    pub kind: ActionKind,
    /// The action in one Chinese sentence, naming who does it. Bureau policy, where it appears, is marked 建议.
    pub text: String,
    /// The provisions requiring it.
    pub cites: Vec<Cite>,
}

impl RequiredAction {
    /// An action of this kind.
    pub fn new(kind: ActionKind, text: impl Into<String>, cites: &[Cite]) -> Self {
        RequiredAction { kind, text: text.into(), cites: cites.to_vec() }
    }
}

/// Every provision cited by any of the actions, without repeats, in first-cited order.
pub fn action_cites(actions: &[RequiredAction]) -> Vec<Cite> {
    distinct_cites(actions.iter().flat_map(|a| a.cites.iter().copied()))
}
