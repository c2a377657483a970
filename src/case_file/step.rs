//! What each stage of a wrong-case file records: one entry type per kind of step, each the value of its own form.
//!
//! Dates are `Option` so that a half-filled form is the same value as the saved step; [`super::validate`] refuses a
//! step whose required dates or texts are missing, so every stored step has them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Stage;
use crate::legal::WrongCaseWorksheet;
use crate::rules::r1::{InquiryConduct, SanctionKind};

/// 受理方式.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceivedVia {
    /// 来信.
    #[default]
    Letter,
    /// 来访.
    Visit,
    /// 来电.
    Phone,
    /// 网络（电子邮件、网站等）.
    Online,
    /// 上级或其他部门转交.
    Referred,
    /// 法治科检查、抽查中发现.
    FoundInCheck,
}

impl ReceivedVia {
    /// Every way, in display order.
    pub const ALL: [ReceivedVia; 6] = [
        ReceivedVia::Letter,
        ReceivedVia::Visit,
        ReceivedVia::Phone,
        ReceivedVia::Online,
        ReceivedVia::Referred,
        ReceivedVia::FoundInCheck,
    ];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            ReceivedVia::Letter => "来信",
            ReceivedVia::Visit => "来访",
            ReceivedVia::Phone => "来电",
            ReceivedVia::Online => "网络（电子邮件、网站等）",
            ReceivedVia::Referred => "上级或其他部门转交",
            ReceivedVia::FoundInCheck => "法治科检查、抽查中发现",
        }
    }
}

/// 立案: the report or complaint as received (Art. 10(1): 任何人均有权举报或投诉执法人员过错行为).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Intake {
    /// 案号, the bureau's own (e.g. 黔江规资错查〔2026〕3号); unique, editable until the decision.
    pub case_number: String,
    /// 受理日期.
    pub received_on: Option<NaiveDate>,
    /// 举报人或投诉人.
    pub reporter: String,
    /// 受理方式.
    pub received_via: ReceivedVia,
    /// 被举报、投诉的执法人员.
    pub against: String,
    /// 涉及的执法案件（案件名称或文号）.
    pub enforcement_case: String,
    /// 举报、投诉的内容.
    pub summary: String,
    /// 是否属于本单位受理: `Some(false)` starts the 2-day transfer clock.
    pub within_remit: Option<bool>,
}

/// 答复: 法治科's reply to whoever reported (Art. 10(1): 并负责答复).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reply {
    /// 答复日期.
    pub replied_on: Option<NaiveDate>,
    /// 答复内容.
    pub content: String,
}

/// 转送: a matter that is not the bureau's, sent to the competent body (Art. 10(1)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Transfer {
    /// 转送日期.
    pub transferred_on: Option<NaiveDate>,
    /// 接收的有权部门.
    pub recipient: String,
    /// 逾期转送的原因 (required only when the transfer is after the deadline).
    pub late_reason: String,
}

/// 报局主要负责人并组成调查组 (Art. 10(2)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvestigationGroup {
    /// 报局主要负责人的日期.
    pub reported_on: Option<NaiveDate>,
    /// 指派调查组的局主要负责人.
    pub principal: String,
    /// 调查组成员（以顿号或逗号分隔）.
    pub members: String,
    /// 调查组组成日期.
    pub formed_on: Option<NaiveDate>,
}

/// 调查方式 named by Art. 10(2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvestigationMethod {
    /// 调阅有关案件材料.
    #[default]
    ReviewFiles,
    /// 询问执法责任人.
    QuestionOfficer,
    /// 了解核实有关情况.
    VerifyFacts,
    /// 询问行政相对人.
    QuestionParty,
}

impl InvestigationMethod {
    /// Every method, in the order of Art. 10(2).
    pub const ALL: [InvestigationMethod; 4] = [
        InvestigationMethod::ReviewFiles,
        InvestigationMethod::QuestionOfficer,
        InvestigationMethod::VerifyFacts,
        InvestigationMethod::QuestionParty,
    ];

    /// Chinese label, as Art. 10(2) words it.
    pub fn label(self) -> &'static str {
        match self {
            InvestigationMethod::ReviewFiles => "调阅有关案件材料",
            InvestigationMethod::QuestionOfficer => "询问执法责任人",
            InvestigationMethod::VerifyFacts => "了解核实有关情况",
            InvestigationMethod::QuestionParty => "询问行政相对人",
        }
    }
}

/// One investigation action, with its date and what it found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InvestigationAction {
    /// 调查方式.
    pub method: InvestigationMethod,
    /// 日期.
    pub done_on: Option<NaiveDate>,
    /// 情况摘要.
    pub summary: String,
}

/// How a responsible officer behaved during the investigation (Art. 10(2): 应当积极配合支持调查工作……不得提供伪证或
/// 利用其它手段阻碍调查工作). Obstruction and false evidence count under Art. 9 in the findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConductNote {
    /// 执法人员姓名.
    pub officer: String,
    /// 表现.
    pub conduct: InquiryConduct,
    /// 日期.
    pub noted_on: Option<NaiveDate>,
    /// 具体情况.
    pub details: String,
}

impl Default for ConductNote {
    fn default() -> Self {
        ConductNote {
            officer: String::new(),
            conduct: InquiryConduct::Cooperates,
            noted_on: None,
            details: String::new(),
        }
    }
}

impl ConductNote {
    /// The conducts the investigation records (the others are found in the findings).
    pub const CONDUCTS: [InquiryConduct; 3] =
        [InquiryConduct::Cooperates, InquiryConduct::ObstructsInvestigation, InquiryConduct::FalseEvidence];
}

/// A stage left out, with the recorded reason (only 调查 may be: see [`super::machine`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skip {
    /// The stage left out.
    pub stage: Stage,
    /// 原因.
    pub reason: String,
}

/// 认定: the 错案倒查 worksheet (Art. 5, 6, 8, 9) with the evidence behind it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Findings {
    /// The worksheet: grounds with their verification, officers with their acts and circumstances, causes.
    pub worksheet: WrongCaseWorksheet,
    /// 证据及核实情况.
    pub evidence: String,
}

/// What the collective decision decided for one officer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome", content = "kind")]
pub enum DecidedOutcome {
    /// 不予追究.
    #[default]
    NotPursued,
    /// 免于追究责任 (Art. 8).
    Exempt,
    /// One kind of Art. 11.
    Sanction(SanctionKind),
}

impl DecidedOutcome {
    /// Every choice, the Art. 11 kinds lightest first.
    pub fn all() -> Vec<DecidedOutcome> {
        let mut all = vec![DecidedOutcome::NotPursued, DecidedOutcome::Exempt];
        all.extend(SanctionKind::ALL.map(DecidedOutcome::Sanction));
        all
    }

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            DecidedOutcome::NotPursued => "不予追究",
            DecidedOutcome::Exempt => "免于追究责任",
            DecidedOutcome::Sanction(kind) => kind.label(),
        }
    }
}

/// The decision for one responsible officer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OfficerDecision {
    /// 执法人员姓名 (as in the findings).
    pub officer: String,
    /// 处理决定.
    pub outcome: DecidedOutcome,
    /// 与建议不同的理由 (required when the decision differs from the 建议).
    pub reason: String,
}

/// 移送: a suspected breach of discipline or law reported to the competent body (Art. 10(3)).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Referral {
    /// 移送日期.
    pub referred_on: Option<NaiveDate>,
    /// 接收部门.
    pub body: String,
}

/// 集体讨论决定 (Art. 10(3), 11).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decision {
    /// 决定日期.
    pub decided_on: Option<NaiveDate>,
    /// 参加集体讨论的领导.
    pub participants: String,
    /// 对每名执法人员的处理决定.
    pub officers: Vec<OfficerDecision>,
    /// 涉嫌违纪违法的移送.
    pub referral: Option<Referral>,
}

/// 重新调查的方式 (Art. 10(3)).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReinvestigationMode {
    /// 责令重新组织调查、处理.
    #[default]
    Reorganise,
    /// 直接派员调查并作出处理决定.
    Direct,
}

impl ReinvestigationMode {
    /// Both modes.
    pub const ALL: [ReinvestigationMode; 2] = [ReinvestigationMode::Reorganise, ReinvestigationMode::Direct];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            ReinvestigationMode::Reorganise => "责令重新组织调查、处理",
            ReinvestigationMode::Direct => "直接派员调查并作出处理决定",
        }
    }
}

/// 局机关责令重新调查 (Art. 10(3): 认为调查组的处理决定事实不清或处理不当的，可以在1个月内……).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReinvestigationOrder {
    /// 作出责令的日期.
    pub ordered_on: Option<NaiveDate>,
    /// 方式.
    pub mode: ReinvestigationMode,
    /// 事实不清或处理不当的理由.
    pub reason: String,
    /// 超过1个月作出的原因 (required only after the window).
    pub late_reason: String,
}

/// 申诉的受理部门 (Art. 12).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppealBody {
    /// 区行政执法监督部门.
    #[default]
    EnforcementSupervision,
    /// 区纪检监察部门.
    DisciplineInspection,
}

impl AppealBody {
    /// Both bodies.
    pub const ALL: [AppealBody; 2] = [AppealBody::EnforcementSupervision, AppealBody::DisciplineInspection];

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            AppealBody::EnforcementSupervision => "区行政执法监督部门",
            AppealBody::DisciplineInspection => "区纪检监察部门",
        }
    }
}

/// 陈述和申辩 by an officer dealt with (Art. 12).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Statement {
    /// 执法人员姓名.
    pub officer: String,
    /// 日期.
    pub made_on: Option<NaiveDate>,
    /// 陈述、申辩的内容.
    pub content: String,
}

/// 申诉 by an officer dealt with, and its outcome (Art. 12).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Appeal {
    /// 执法人员姓名.
    pub officer: String,
    /// 提出日期.
    pub filed_on: Option<NaiveDate>,
    /// 受理部门.
    pub body: AppealBody,
    /// 申诉内容.
    pub content: String,
    /// 申诉结果（尚无结果时留空）.
    pub outcome: String,
    /// 结果日期.
    pub outcome_on: Option<NaiveDate>,
}

/// One step of a wrong-case file, as stored in 法治科's journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum CaseStep {
    /// 立案 (opens the file).
    Intake(Intake),
    /// 答复.
    Reply(Reply),
    /// 转送有权部门.
    Transfer(Transfer),
    /// 报局主要负责人、组成调查组.
    InvestigationOpened(InvestigationGroup),
    /// 一项调查措施.
    InvestigationAction(InvestigationAction),
    /// 被调查人员的表现.
    Conduct(ConductNote),
    /// 未经某阶段及其原因.
    Skipped(Skip),
    /// 认定.
    Findings(Box<Findings>),
    /// 集体讨论决定.
    Decision(Decision),
    /// 责令重新调查.
    Reinvestigation(ReinvestigationOrder),
    /// 陈述和申辩.
    Statement(Statement),
    /// 申诉.
    Appeal(Appeal),
}

impl CaseStep {
    /// The stage the step belongs to.
    pub fn stage(&self) -> Stage {
        match self {
            CaseStep::Intake(_) | CaseStep::Reply(_) | CaseStep::Transfer(_) => Stage::Intake,
            CaseStep::InvestigationOpened(_) | CaseStep::InvestigationAction(_) | CaseStep::Conduct(_) => {
                Stage::Investigation
            }
            CaseStep::Skipped(skip) => skip.stage,
            CaseStep::Findings(_) => Stage::Findings,
            CaseStep::Decision(_) => Stage::Decision,
            CaseStep::Reinvestigation(_) => Stage::Reinvestigation,
            CaseStep::Statement(_) | CaseStep::Appeal(_) => Stage::Appeal,
        }
    }

    /// Chinese name of the kind of step.
    pub fn label(&self) -> String {
        match self {
            CaseStep::Intake(_) => "立案受理".into(),
            CaseStep::Reply(_) => "答复".into(),
            CaseStep::Transfer(_) => "转送有权部门".into(),
            CaseStep::InvestigationOpened(_) => "报局主要负责人并组成调查组".into(),
            CaseStep::InvestigationAction(action) => format!("调查：{}", action.method.label()),
            CaseStep::Conduct(note) => format!("被调查人员表现：{}", note.conduct.label()),
            CaseStep::Skipped(skip) => format!("未经{}阶段", skip.stage.label()),
            CaseStep::Findings(_) => "认定".into(),
            CaseStep::Decision(_) => "集体讨论决定".into(),
            CaseStep::Reinvestigation(_) => "责令重新调查".into(),
            CaseStep::Statement(_) => "陈述和申辩".into(),
            CaseStep::Appeal(_) => "申诉".into(),
        }
    }

    /// A blank form of every kind of step, in procedural order.
    pub fn blanks() -> Vec<CaseStep> {
        vec![
            CaseStep::Intake(Intake::default()),
            CaseStep::Reply(Reply::default()),
            CaseStep::Transfer(Transfer::default()),
            CaseStep::InvestigationOpened(InvestigationGroup::default()),
            CaseStep::InvestigationAction(InvestigationAction::default()),
            CaseStep::Conduct(ConductNote::default()),
            CaseStep::Skipped(Skip { stage: Stage::Investigation, reason: String::new() }),
            CaseStep::Findings(Box::default()),
            CaseStep::Decision(Decision::default()),
            CaseStep::Reinvestigation(ReinvestigationOrder::default()),
            CaseStep::Statement(Statement::default()),
            CaseStep::Appeal(Appeal::default()),
        ]
    }

    /// The kind's stable key, as stored in the `step` member (e.g. `investigation_opened`).
    pub fn kind_key(&self) -> &'static str {
        match self {
            CaseStep::Intake(_) => "intake",
            CaseStep::Reply(_) => "reply",
            CaseStep::Transfer(_) => "transfer",
            CaseStep::InvestigationOpened(_) => "investigation_opened",
            CaseStep::InvestigationAction(_) => "investigation_action",
            CaseStep::Conduct(_) => "conduct",
            CaseStep::Skipped(_) => "skipped",
            CaseStep::Findings(_) => "findings",
            CaseStep::Decision(_) => "decision",
            CaseStep::Reinvestigation(_) => "reinvestigation",
            CaseStep::Statement(_) => "statement",
            CaseStep::Appeal(_) => "appeal",
        }
    }

    /// Whether two steps are of the same kind (an amendment must keep the kind).
    pub fn same_kind(&self, other: &CaseStep) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }

    /// The day the step happened on, where it has one (the order of the file's history).
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            CaseStep::Intake(s) => s.received_on,
            CaseStep::Reply(s) => s.replied_on,
            CaseStep::Transfer(s) => s.transferred_on,
            CaseStep::InvestigationOpened(s) => s.formed_on.or(s.reported_on),
            CaseStep::InvestigationAction(s) => s.done_on,
            CaseStep::Conduct(s) => s.noted_on,
            CaseStep::Skipped(_) | CaseStep::Findings(_) => None,
            CaseStep::Decision(s) => s.decided_on,
            CaseStep::Reinvestigation(s) => s.ordered_on,
            CaseStep::Statement(s) => s.made_on,
            CaseStep::Appeal(s) => s.filed_on,
        }
    }
}
