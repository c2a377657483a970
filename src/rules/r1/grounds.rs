//! R1 Art. 5: the six grounds on which a case, "经调查属实", is defined as a wrong case (错案).
//!
//! Each ground is reported with the facts that decide it (who found what, how final it is) and whether the bureau's
//! investigation has confirmed it. An unconfirmed report is a lead to investigate, never a wrong case.

use serde::{Deserialize, Serialize};

use super::cites::{R1_4_2, R1_5};
use super::scope::CaseKind;
use crate::law::Cite;
use crate::rules::Explanation;

/// Whether the bureau's investigation has confirmed the reported ground (Art. 5 "经调查属实").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// 尚未调查核实：only a report or suspicion.
    #[default]
    Unverified,
    /// 经调查属实.
    Verified,
    /// 经调查不属实.
    Disproved,
}

impl Verification {
    /// Every value, in display order.
    pub const ALL: [Verification; 3] = [Verification::Unverified, Verification::Verified, Verification::Disproved];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Verification::Unverified => "尚未调查核实",
            Verification::Verified => "经调查属实",
            Verification::Disproved => "经调查不属实",
        }
    }
}

/// The six grounds of Art. 5, by item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WrongCaseGround {
    /// 1. 在法规部门行政执法例行或专项执法监督中发现的错误案件.
    SupervisionFinding,
    /// 2. 上报的重大行政处罚经上级部门审查认定存在错误的案件.
    MajorPenaltyReview,
    /// 3. 行政复议决定予以撤销或者变更的行政执法案件.
    Reconsideration,
    /// 4. 人民法院终审判决撤销、部分撤销、变更或者责令重新作出具体行政行为的行政执法案件.
    CourtJudgment,
    /// 5. 给予行政赔偿的案件.
    StateCompensation,
    /// 6. 经上级行政执法机关调查认定存在错误的案件.
    SuperiorInvestigation,
}

impl WrongCaseGround {
    /// Every ground, in the article's order.
    pub const ALL: [WrongCaseGround; 6] = [
        WrongCaseGround::SupervisionFinding,
        WrongCaseGround::MajorPenaltyReview,
        WrongCaseGround::Reconsideration,
        WrongCaseGround::CourtJudgment,
        WrongCaseGround::StateCompensation,
        WrongCaseGround::SuperiorInvestigation,
    ];

    /// The item number in Art. 5.
    pub fn item(self) -> u8 {
        match self {
            WrongCaseGround::SupervisionFinding => 1,
            WrongCaseGround::MajorPenaltyReview => 2,
            WrongCaseGround::Reconsideration => 3,
            WrongCaseGround::CourtJudgment => 4,
            WrongCaseGround::StateCompensation => 5,
            WrongCaseGround::SuperiorInvestigation => 6,
        }
    }

    /// The citation of this item of Art. 5.
    pub fn cite(self) -> Cite {
        Cite::item(1, 5, self.item())
    }

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            WrongCaseGround::SupervisionFinding => "法规部门执法监督中发现错误",
            WrongCaseGround::MajorPenaltyReview => "上报的重大行政处罚经上级审查认定错误",
            WrongCaseGround::Reconsideration => "行政复议决定撤销或者变更",
            WrongCaseGround::CourtJudgment => "人民法院终审判决撤销、部分撤销、变更或者责令重作",
            WrongCaseGround::StateCompensation => "给予行政赔偿",
            WrongCaseGround::SuperiorInvestigation => "上级行政执法机关调查认定错误",
        }
    }
}

/// How the error came to light, for ground 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SupervisionChannel {
    /// 法规部门（如局法治科、区司法局）的例行执法监督.
    #[default]
    RoutineSupervision,
    /// 法规部门的专项执法监督.
    SpecialSupervision,
    /// 其他途径（如群众举报、媒体报道、内部自查）.
    OtherChannel,
}

impl SupervisionChannel {
    /// Every value, in display order.
    pub const ALL: [SupervisionChannel; 3] = [
        SupervisionChannel::RoutineSupervision,
        SupervisionChannel::SpecialSupervision,
        SupervisionChannel::OtherChannel,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            SupervisionChannel::RoutineSupervision => "法规部门例行执法监督",
            SupervisionChannel::SpecialSupervision => "法规部门专项执法监督",
            SupervisionChannel::OtherChannel => "其他途径（群众举报、媒体报道、内部自查等）",
        }
    }
}

/// The conclusion of a supervision, review or investigation (grounds 1, 2 and 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ReviewOutcome {
    /// 认定存在错误.
    ErrorFound,
    /// 认定不存在错误.
    NoError,
    /// 尚未作出结论.
    #[default]
    Ongoing,
}

impl ReviewOutcome {
    /// Every value, in display order.
    pub const ALL: [ReviewOutcome; 3] = [ReviewOutcome::ErrorFound, ReviewOutcome::NoError, ReviewOutcome::Ongoing];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            ReviewOutcome::ErrorFound => "认定存在错误",
            ReviewOutcome::NoError => "认定不存在错误",
            ReviewOutcome::Ongoing => "尚未作出结论",
        }
    }
}

/// The administrative reconsideration decision (ground 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ReconsiderationOutcome {
    /// 撤销原行政行为.
    Revoked,
    /// 变更原行政行为.
    Varied,
    /// 确认原行政行为违法（未撤销、未变更）.
    ConfirmedUnlawful,
    /// 维持原行政行为.
    Upheld,
    /// 驳回行政复议申请或请求.
    Dismissed,
    /// 尚未作出复议决定.
    #[default]
    Pending,
}

impl ReconsiderationOutcome {
    /// Every value, in display order.
    pub const ALL: [ReconsiderationOutcome; 6] = [
        ReconsiderationOutcome::Revoked,
        ReconsiderationOutcome::Varied,
        ReconsiderationOutcome::ConfirmedUnlawful,
        ReconsiderationOutcome::Upheld,
        ReconsiderationOutcome::Dismissed,
        ReconsiderationOutcome::Pending,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            ReconsiderationOutcome::Revoked => "复议决定撤销原行政行为",
            ReconsiderationOutcome::Varied => "复议决定变更原行政行为",
            ReconsiderationOutcome::ConfirmedUnlawful => "复议决定确认原行政行为违法（未撤销、未变更）",
            ReconsiderationOutcome::Upheld => "复议决定维持原行政行为",
            ReconsiderationOutcome::Dismissed => "复议决定驳回复议申请或请求",
            ReconsiderationOutcome::Pending => "尚未作出复议决定",
        }
    }
}

/// How far the court proceedings have gone (ground 4 requires a 终审判决).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CourtInstance {
    /// 一审判决，尚在上诉期内或已提起上诉，未发生法律效力.
    #[default]
    FirstInstanceNotEffective,
    /// 一审判决，上诉期满无人上诉，已发生法律效力.
    FirstInstanceEffective,
    /// 二审（终审）判决，或按二审程序作出的再审判决.
    FinalInstance,
}

impl CourtInstance {
    /// Every value, in display order.
    pub const ALL: [CourtInstance; 3] =
        [CourtInstance::FirstInstanceNotEffective, CourtInstance::FirstInstanceEffective, CourtInstance::FinalInstance];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            CourtInstance::FirstInstanceNotEffective => "一审判决（尚在上诉期内或已上诉，未生效）",
            CourtInstance::FirstInstanceEffective => "一审判决（未上诉，已生效）",
            CourtInstance::FinalInstance => "二审终审判决（或按二审程序作出的再审判决）",
        }
    }
}

/// What the judgment decided about the administrative act (ground 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum JudgmentOutcome {
    /// 撤销.
    #[default]
    Revoked,
    /// 部分撤销.
    PartiallyRevoked,
    /// 变更.
    Varied,
    /// 责令重新作出具体行政行为.
    OrderedToRedo,
    /// 确认违法（未撤销、未变更、未责令重作）.
    ConfirmedUnlawful,
    /// 维持或驳回原告诉讼请求.
    Upheld,
}

impl JudgmentOutcome {
    /// Every value, in display order.
    pub const ALL: [JudgmentOutcome; 6] = [
        JudgmentOutcome::Revoked,
        JudgmentOutcome::PartiallyRevoked,
        JudgmentOutcome::Varied,
        JudgmentOutcome::OrderedToRedo,
        JudgmentOutcome::ConfirmedUnlawful,
        JudgmentOutcome::Upheld,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            JudgmentOutcome::Revoked => "撤销原行政行为",
            JudgmentOutcome::PartiallyRevoked => "部分撤销原行政行为",
            JudgmentOutcome::Varied => "变更原行政行为",
            JudgmentOutcome::OrderedToRedo => "责令重新作出具体行政行为",
            JudgmentOutcome::ConfirmedUnlawful => "确认原行政行为违法（未撤销、变更或责令重作）",
            JudgmentOutcome::Upheld => "维持原行政行为或驳回诉讼请求",
        }
    }

    /// Whether Art. 5 item 4 lists this outcome (撤销、部分撤销、变更、责令重新作出).
    fn is_listed(self) -> bool {
        matches!(
            self,
            JudgmentOutcome::Revoked
                | JudgmentOutcome::PartiallyRevoked
                | JudgmentOutcome::Varied
                | JudgmentOutcome::OrderedToRedo
        )
    }
}

/// Whether state compensation has been given (ground 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CompensationStatus {
    /// 已决定或判决给予行政赔偿.
    Awarded,
    /// 已申请行政赔偿，尚未决定.
    #[default]
    Claimed,
    /// 决定或判决不予赔偿.
    Refused,
}

impl CompensationStatus {
    /// Every value, in display order.
    pub const ALL: [CompensationStatus; 3] =
        [CompensationStatus::Awarded, CompensationStatus::Claimed, CompensationStatus::Refused];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            CompensationStatus::Awarded => "已决定或判决给予行政赔偿",
            CompensationStatus::Claimed => "已申请行政赔偿，尚未决定",
            CompensationStatus::Refused => "决定或判决不予赔偿",
        }
    }
}

/// The reported event behind one ground, with the facts that decide whether it is that ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "ground", rename_all = "snake_case")]
pub enum GroundEvent {
    /// Ground 1: an error found in supervision.
    SupervisionFinding {
        /// 发现途径.
        channel: SupervisionChannel,
        /// 监督结论.
        outcome: ReviewOutcome,
    },
    /// Ground 2: a major penalty reported to and reviewed by the superior department.
    MajorPenaltyReview {
        /// 上级部门审查结论.
        outcome: ReviewOutcome,
    },
    /// Ground 3: an administrative reconsideration decision.
    Reconsideration {
        /// 复议决定.
        outcome: ReconsiderationOutcome,
    },
    /// Ground 4: a court judgment.
    CourtJudgment {
        /// 审级及是否生效.
        instance: CourtInstance,
        /// 判决结果.
        outcome: JudgmentOutcome,
    },
    /// Ground 5: state compensation.
    StateCompensation {
        /// 赔偿情况.
        status: CompensationStatus,
    },
    /// Ground 6: an investigation by a superior enforcement agency.
    SuperiorInvestigation {
        /// 上级行政执法机关调查结论.
        outcome: ReviewOutcome,
    },
}

impl GroundEvent {
    /// The Art. 5 ground this event is reported under.
    pub fn ground(&self) -> WrongCaseGround {
        match self {
            GroundEvent::SupervisionFinding { .. } => WrongCaseGround::SupervisionFinding,
            GroundEvent::MajorPenaltyReview { .. } => WrongCaseGround::MajorPenaltyReview,
            GroundEvent::Reconsideration { .. } => WrongCaseGround::Reconsideration,
            GroundEvent::CourtJudgment { .. } => WrongCaseGround::CourtJudgment,
            GroundEvent::StateCompensation { .. } => WrongCaseGround::StateCompensation,
            GroundEvent::SuperiorInvestigation { .. } => WrongCaseGround::SuperiorInvestigation,
        }
    }
}

/// One reported ground: the event and whether the investigation confirmed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct GroundReport {
    /// 报告的情形.
    pub event: GroundEvent,
    /// 调查核实情况.
    pub verification: Verification,
}

/// What the engine concluded about one reported ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroundStatus {
    /// 属于本项情形且经调查属实 → 界定为错案.
    Established,
    /// 属于本项情形，但尚未调查核实 → 待调查核实.
    PendingVerification,
    /// 尚无终局结论（如一审判决未生效、复议或审查尚未结束）→ 待终局结论.
    PendingOutcome,
    /// 属于本项情形，但经调查不属实.
    Disproved,
    /// 不构成本项情形.
    NotThisGround,
}

impl GroundStatus {
    /// Every value, in display order.
    pub const ALL: [GroundStatus; 5] = [
        GroundStatus::Established,
        GroundStatus::PendingVerification,
        GroundStatus::PendingOutcome,
        GroundStatus::Disproved,
        GroundStatus::NotThisGround,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            GroundStatus::Established => "界定为错案",
            GroundStatus::PendingVerification => "待调查核实",
            GroundStatus::PendingOutcome => "待终局结论",
            GroundStatus::Disproved => "经调查不属实",
            GroundStatus::NotThisGround => "不构成本项情形",
        }
    }

    /// Whether the ground may still become established (待调查核实 or 待终局结论).
    pub fn is_pending(self) -> bool {
        matches!(self, GroundStatus::PendingVerification | GroundStatus::PendingOutcome)
    }
}

/// The finding on one reported ground, with its reasoning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroundFinding {
    /// The Art. 5 ground.
    pub ground: WrongCaseGround,
    /// The conclusion.
    pub status: GroundStatus,
    /// How the conclusion was reached.
    pub explanation: Explanation,
}

/// Whether the reported event, as reported, is the kind of event the ground describes.
enum EventTest {
    /// It is; the text describes the event.
    Qualifies(String),
    /// Not yet: the decisive conclusion has not been reached.
    NotYet(String),
    /// It is not; the text says why.
    Fails(String),
}

/// Assesses one reported ground of a case of the given kind.
///
/// `effective_first_instance_is_final` is the bureau's reading of "终审判决" for an unappealed first-instance judgment.
pub(super) fn assess_ground(
    report: &GroundReport,
    kind: CaseKind,
    effective_first_instance_is_final: bool,
) -> GroundFinding {
    let ground = report.event.ground();
    let item = ground.cite();
    let label = item.short_label();
    let mut explanation = Explanation::new();
    let status = match test_event(&report.event, kind, effective_first_instance_is_final) {
        EventTest::Fails(reason) => {
            explanation.step(format!("{reason} → 不构成{label}所列情形"), &[item]);
            GroundStatus::NotThisGround
        }
        EventTest::NotYet(reason) => {
            explanation.step(
                format!("{reason} → 尚不构成{label}所列情形，待终局结论作出后重新评估，目前不得界定为错案"),
                &[item],
            );
            GroundStatus::PendingOutcome
        }
        EventTest::Qualifies(fact) => {
            explanation.step(format!("{fact} → 属于{label}所列情形"), &[item]);
            // 第五条 以下案件，经调查属实的，界定为错案：
            match report.verification {
                Verification::Verified => {
                    explanation.step("经调查属实 → 界定为错案", &[R1_5, item]);
                    GroundStatus::Established
                }
                Verification::Unverified => {
                    explanation.step(
                        "尚未经调查核实 → 第五条要求“经调查属实”，现仅为错案线索，待调查核实，不得界定为错案",
                        &[R1_5, R1_4_2],
                    );
                    GroundStatus::PendingVerification
                }
                Verification::Disproved => {
                    explanation.step("经调查不属实 → 不界定为错案", &[R1_5]);
                    GroundStatus::Disproved
                }
            }
        }
    };
    GroundFinding { ground, status, explanation }
}

/// Tests the reported event against the wording of its Art. 5 item.
fn test_event(event: &GroundEvent, kind: CaseKind, effective_first_instance_is_final: bool) -> EventTest {
    match *event {
        // 1.在法规部门行政执法例行或专项执法监督中发现的错误案件；
        GroundEvent::SupervisionFinding { channel, outcome } => match (channel, outcome) {
            (SupervisionChannel::OtherChannel, _) => EventTest::Fails(format!(
                "错误经{}发现，并非在法规部门例行或专项执法监督中发现（如经查确有错误，可看是否符合第五条其他各项）",
                channel.label()
            )),
            (_, ReviewOutcome::ErrorFound) => EventTest::Qualifies(format!("{}中发现案件错误", channel.label())),
            (_, ReviewOutcome::NoError) => EventTest::Fails(format!("{}认定案件不存在错误", channel.label())),
            (_, ReviewOutcome::Ongoing) => EventTest::NotYet(format!("{}尚未作出结论", channel.label())),
        },
        // 2.上报的重大行政处罚经上级部门审查认定存在错误的案件；
        GroundEvent::MajorPenaltyReview { outcome } => match (kind, outcome) {
            (CaseKind::AdministrativeLicensing, _) => {
                EventTest::Fails("本案为行政许可案件，而本项仅指上报的重大行政处罚".to_string())
            }
            (_, ReviewOutcome::ErrorFound) => {
                EventTest::Qualifies("上报的重大行政处罚经上级部门审查认定存在错误".to_string())
            }
            (_, ReviewOutcome::NoError) => EventTest::Fails("上级部门审查认定重大行政处罚不存在错误".to_string()),
            (_, ReviewOutcome::Ongoing) => EventTest::NotYet("上级部门尚未作出审查结论".to_string()),
        },
        // 3.行政复议决定予以撤销或者变更的行政执法案件；
        GroundEvent::Reconsideration { outcome } => match outcome {
            ReconsiderationOutcome::Revoked | ReconsiderationOutcome::Varied => {
                EventTest::Qualifies(outcome.label().to_string())
            }
            ReconsiderationOutcome::ConfirmedUnlawful => EventTest::Fails(format!(
                "{}，本项只列撤销或者变更（如同时给予行政赔偿，可看是否符合第5项）",
                outcome.label()
            )),
            ReconsiderationOutcome::Upheld | ReconsiderationOutcome::Dismissed => {
                EventTest::Fails(format!("{}，并未撤销或者变更", outcome.label()))
            }
            ReconsiderationOutcome::Pending => EventTest::NotYet(outcome.label().to_string()),
        },
        // 4.人民法院终审判决撤销、部分撤销、变更或者责令重新作出具体行政行为的行政执法案件；
        GroundEvent::CourtJudgment { instance, outcome } => {
            if !outcome.is_listed() {
                return EventTest::Fails(format!(
                    "{}{}，本项只列撤销、部分撤销、变更或者责令重新作出具体行政行为",
                    instance.label(),
                    outcome.label()
                ));
            }
            match instance {
                CourtInstance::FinalInstance => {
                    EventTest::Qualifies(format!("{}{}", instance.label(), outcome.label()))
                }
                CourtInstance::FirstInstanceNotEffective => EventTest::NotYet(format!(
                    "{}{}，但判决尚未发生法律效力；本项只认可人民法院终审判决，二审可能改判",
                    instance.label(),
                    outcome.label()
                )),
                CourtInstance::FirstInstanceEffective if effective_first_instance_is_final => {
                    EventTest::Qualifies(format!(
                        "{}{}；“终审判决”的理解：一审判决上诉期满无人上诉即发生法律效力、终结诉讼，本局政策将其视同终审判决（可在设置中更改）",
                        instance.label(),
                        outcome.label()
                    ))
                }
                CourtInstance::FirstInstanceEffective => EventTest::Fails(format!(
                    "{}{}；“终审判决”的理解：本局政策只认可二审终审判决，未上诉而生效的一审判决不视同终审判决（可在设置中更改）",
                    instance.label(),
                    outcome.label()
                )),
            }
        }
        // 5.给予行政赔偿的案件；
        GroundEvent::StateCompensation { status } => match status {
            CompensationStatus::Awarded => EventTest::Qualifies(status.label().to_string()),
            CompensationStatus::Claimed => EventTest::NotYet(status.label().to_string()),
            CompensationStatus::Refused => EventTest::Fails(status.label().to_string()),
        },
        // 6.经上级行政执法机关调查认定存在错误的案件。
        GroundEvent::SuperiorInvestigation { outcome } => match outcome {
            ReviewOutcome::ErrorFound => EventTest::Qualifies("上级行政执法机关调查认定案件存在错误".to_string()),
            ReviewOutcome::NoError => EventTest::Fails("上级行政执法机关调查认定案件不存在错误".to_string()),
            ReviewOutcome::Ongoing => EventTest::NotYet("上级行政执法机关尚未作出调查结论".to_string()),
        },
    }
}
