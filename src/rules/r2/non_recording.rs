//! R2 Art. 13: what follows when a handler does not record, or does not record truthfully, an internal person's
//! interference.

use serde::{Deserialize, Serialize};

use super::actions::{ActionKind, RequiredAction, action_cites};
use super::cites::{R2_3, R2_9, R2_13};
use super::interpretation::Interpretation;
use crate::law::Cite;
use crate::rules::{Explanation, distinct_cites};

/// The two failures Art. 13 names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordingFailure {
    /// 不记录.
    #[default]
    NotRecorded,
    /// 不如实记录.
    NotTruthful,
}

impl RecordingFailure {
    /// The Chinese label, in Art. 13's words.
    pub fn label(self) -> &'static str {
        match self {
            RecordingFailure::NotRecorded => "不记录",
            RecordingFailure::NotTruthful => "不如实记录",
        }
    }
}

/// A confirmed finding that a handler did not record, or did not record truthfully.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct NonRecordingFacts {
    /// Which failure was found this time.
    pub failure: RecordingFailure,
    /// How many earlier confirmed findings (不记录或者不如实记录) the handler already has.
    pub prior_findings: u32,
    /// Whether the handler's 主管领导 instructed (授意) the failure.
    pub supervisor_instructed: bool,
}

/// The sanction Art. 13 attaches to the handler.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HandlerSanction {
    /// 予以警告、通报批评 (first finding).
    WarningAndCriticism,
    /// 移交纪检部门给予纪律处分 (两次以上).
    DisciplinaryReferral,
}

impl HandlerSanction {
    /// The Chinese label, in Art. 13's words.
    pub fn label(self) -> &'static str {
        match self {
            HandlerSanction::WarningAndCriticism => "警告、通报批评",
            HandlerSanction::DisciplinaryReferral => "移交纪检部门给予纪律处分",
        }
    }
}

/// The consequences of one non-recording finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NonRecordingOutcome {
    /// The handler's sanction; `None` only when the bureau's reading lifts it for an instructed handler.
    pub handler_sanction: Option<HandlerSanction>,
    /// Whether the 主管领导 who instructed it is liable.
    pub supervisor_liable: bool,
    /// What must be done.
    pub actions: Vec<RequiredAction>,
    /// The reasoning.
    pub explanation: Explanation,
}

impl NonRecordingOutcome {
    /// Every provision the outcome rests on, without repeats.
    pub fn cites(&self) -> Vec<Cite> {
        distinct_cites(self.explanation.cites().into_iter().chain(action_cites(&self.actions)))
    }
}

/// The consequences of a non-recording finding under the recommended reading.
pub fn non_recording(facts: &NonRecordingFacts) -> NonRecordingOutcome {
    non_recording_with(facts, &Interpretation::default())
}

// 第十三条 办案人员不记录或者不如实记录局机关内部人员干预、插手案件情况的，予以警告、通报批评；两次以上不记录或者不如实
// 记录的，依照《中国共产党纪律处分条例》等规定移交纪检部门给予纪律处分。主管领导授意不记录或者不如实记录的，依法依纪追究
// 主管领导责任。
/// The consequences of a non-recording finding under the given reading of "两次以上" and of the instructed handler.
pub fn non_recording_with(facts: &NonRecordingFacts, reading: &Interpretation) -> NonRecordingOutcome {
    let mut why = Explanation::new();
    let failure = facts.failure.label();
    let this_finding = facts.prior_findings.saturating_add(1);
    let repeat_from = if reading.repeat_includes_second_finding { 2 } else { 3 };
    why.step(
        format!(
            "办案人员{failure}内部人员干预、插手案件的情况，此前已认定{}次 → 本次为第{this_finding}次",
            facts.prior_findings
        ),
        &[R2_13],
    );
    why.step(
        if reading.repeat_includes_second_finding {
            "\"两次以上\"：法律文件中\"以上\"包括本数 → 第二次即属两次以上（本工具的解释；本局可在设置中改为第三次起）"
        } else {
            "\"两次以上\"：按本局选定的解释口径不包括本数 → 第三次起才属两次以上"
        },
        &[R2_13],
    );
    let sanction = if this_finding >= repeat_from {
        why.step(format!("第{this_finding}次{failure} → 属于两次以上 → 依照《中国共产党纪律处分条例》等规定移交纪检部门给予纪律处分"), &[R2_13]);
        HandlerSanction::DisciplinaryReferral
    } else {
        why.step(format!("第{this_finding}次{failure} → 尚不属两次以上 → 予以警告、通报批评"), &[R2_13]);
        HandlerSanction::WarningAndCriticism
    };

    let handler_liable = if facts.supervisor_instructed {
        why.step("主管领导授意不记录或者不如实记录 → 依法依纪追究主管领导责任", &[R2_13]);
        if reading.instructed_handler_also_liable {
            why.step(
                "授意不免除办案人员自身责任：第十三条对主管领导的追究是另加的，第一句对办案人员的追究不以未受授意为条件；办案人员如实记录受第九条保护，本可拒绝授意 → 办案人员仍依前述处理（本工具的解释；本局可在设置中改为受授意时只追究主管领导）",
                &[R2_13, R2_9],
            );
            true
        } else {
            why.step("按本局选定的解释口径，受主管领导授意的，只追究主管领导责任 → 办案人员不予追究", &[R2_13]);
            false
        }
    } else {
        true
    };
    let handler_sanction = handler_liable.then_some(sanction);

    let mut actions = vec![RequiredAction::new(
        ActionKind::Record,
        "办案人员立即补记或更正记录，将干预、插手的时间、地点、人物、方式、内容全面、如实记录",
        &[R2_3],
    )];
    match handler_sanction {
        Some(HandlerSanction::WarningAndCriticism) => actions.push(RequiredAction::new(
            ActionKind::WarnAndCriticise,
            format!("对{failure}的办案人员予以警告、通报批评"),
            &[R2_13],
        )),
        Some(HandlerSanction::DisciplinaryReferral) => actions.push(RequiredAction::new(
            ActionKind::ReferToDiscipline,
            format!("办案人员两次以上{failure}，依照《中国共产党纪律处分条例》等规定移交纪检部门给予纪律处分"),
            &[R2_13],
        )),
        None => {}
    }
    if facts.supervisor_instructed {
        actions.push(RequiredAction::new(
            ActionKind::HoldSupervisorLiable,
            "依法依纪追究授意不记录或者不如实记录的主管领导的责任",
            &[R2_13],
        ));
    }
    NonRecordingOutcome { handler_sanction, supervisor_liable: facts.supervisor_instructed, actions, explanation: why }
}
