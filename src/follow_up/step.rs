//! What 法治科 records in following up one interference record (R2 Art. 3, 4, 10, 11): its determination beside the
//! engine's verdict (never replacing it), the investigation, the 通报 after approval, the referral, the outcome.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::form_fields::{FieldInput, PlainForm, StepField, date, field, long, parse_date, text};
use crate::rules::r2::Article10Item;

/// 法治科's determination (认定) of a record.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Determination {
    /// 认定日期.
    pub decided_on: Option<NaiveDate>,
    /// The Art. 10 item found (`None`: not 违反规定干预).
    pub item: Option<Article10Item>,
    /// 认定理由 (always required: whether it confirms the engine's verdict or departs from it).
    pub reason: String,
}

/// 调查处理 (Art. 4: 开展调查处理).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Handling {
    /// 调查人.
    pub by: String,
    /// 日期.
    pub done_on: Option<NaiveDate>,
    /// 查明的情况.
    pub findings: String,
}

/// 报经批准后通报 (Art. 10: 应按人事管理权限并报经批准后予以通报).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Circulation {
    /// 批准人（按人事管理权限）.
    pub approved_by: String,
    /// 批准日期.
    pub approved_on: Option<NaiveDate>,
    /// 通报文号.
    pub document_number: String,
    /// 印发日期.
    pub issued_on: Option<NaiveDate>,
}

/// 移交纪检部门或有关部门 (Art. 11), or the 同级司法局 (Art. 4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Handover {
    /// 移交日期.
    pub handed_on: Option<NaiveDate>,
    /// 接收部门.
    pub body: String,
}

/// 办结.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Closure {
    /// 办结日期.
    pub closed_on: Option<NaiveDate>,
    /// 处理结果.
    pub outcome: String,
}

/// 抽查情况 (Art. 4: 局法治科应加强检查、抽查): one inspection of the record, and whether it found a clue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpotCheckNote {
    /// 抽查日期.
    pub checked_on: Option<NaiveDate>,
    /// 抽查参数（期间、部门、人员、数量和种子，可据此重新抽取同一样本）.
    pub parameters: String,
    /// 是否发现干预、插手案件办理的线索: a clue opens the follow-up (法治科's determination is then awaited).
    pub clue: Option<bool>,
    /// 抽查情况.
    pub note: String,
}

/// One step of 法治科's follow-up of a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum FollowUpStep {
    /// 抽查情况.
    SpotCheck(SpotCheckNote),
    /// 认定.
    Determination(Determination),
    /// 调查处理.
    Handling(Handling),
    /// 报经批准后通报.
    Circulation(Circulation),
    /// 移交.
    Handover(Handover),
    /// 办结.
    Closure(Closure),
}

impl FollowUpStep {
    /// A blank form of every kind, in procedural order.
    pub fn blanks() -> Vec<FollowUpStep> {
        vec![
            FollowUpStep::SpotCheck(SpotCheckNote::default()),
            FollowUpStep::Determination(Determination::default()),
            FollowUpStep::Handling(Handling::default()),
            FollowUpStep::Circulation(Circulation::default()),
            FollowUpStep::Handover(Handover::default()),
            FollowUpStep::Closure(Closure::default()),
        ]
    }

    /// Chinese name.
    pub fn label(&self) -> &'static str {
        match self {
            FollowUpStep::SpotCheck(_) => "抽查情况",
            FollowUpStep::Determination(_) => "法治科认定",
            FollowUpStep::Handling(_) => "调查处理",
            FollowUpStep::Circulation(_) => "报经批准后通报",
            FollowUpStep::Handover(_) => "移交纪检部门或有关部门",
            FollowUpStep::Closure(_) => "办结",
        }
    }

    /// The kind's stable key, as stored in the `step` member.
    pub fn kind_key(&self) -> &'static str {
        match self {
            FollowUpStep::SpotCheck(_) => "spot_check",
            FollowUpStep::Determination(_) => "determination",
            FollowUpStep::Handling(_) => "handling",
            FollowUpStep::Circulation(_) => "circulation",
            FollowUpStep::Handover(_) => "handover",
            FollowUpStep::Closure(_) => "closure",
        }
    }

    /// Whether two steps are of the same kind.
    pub fn same_kind(&self, other: &FollowUpStep) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// The choices of the determination's item: 不属于, then the seven items of Art. 10.
fn item_labels() -> Vec<&'static str> {
    let mut labels = vec!["不属于违反规定干预办案"];
    labels.extend(Article10Item::ALL.iter().map(|i| i.label()));
    labels
}

impl PlainForm for FollowUpStep {
    fn fields(&self) -> Vec<StepField> {
        match self {
            FollowUpStep::SpotCheck(s) => vec![
                date("checked_on", "抽查日期", s.checked_on),
                text("parameters", "抽查参数（含种子，可据此重新抽取同一样本）", &s.parameters),
                field(
                    "clue",
                    "是否发现干预、插手案件办理的线索",
                    FieldInput::YesNo,
                    s.clue.map(|b| if b { "yes" } else { "no" }.to_string()).unwrap_or_default(),
                ),
                long("note", "抽查情况", &s.note),
            ],
            FollowUpStep::Determination(s) => {
                let index = s.item.and_then(|i| Article10Item::ALL.iter().position(|x| *x == i)).map_or(0, |i| i + 1);
                vec![
                    date("decided_on", "认定日期", s.decided_on),
                    field("item", "法治科的认定（第十条）", FieldInput::Choice(item_labels()), index.to_string()),
                    long("reason", "认定理由（与系统结论一致或不一致，均须写明）", &s.reason),
                ]
            }
            FollowUpStep::Handling(s) => vec![
                text("by", "调查人", &s.by),
                date("done_on", "日期", s.done_on),
                long("findings", "查明的情况", &s.findings),
            ],
            FollowUpStep::Circulation(s) => vec![
                text("approved_by", "批准人（按人事管理权限）", &s.approved_by),
                date("approved_on", "批准日期", s.approved_on),
                text("document_number", "通报文号", &s.document_number),
                date("issued_on", "印发日期", s.issued_on),
            ],
            FollowUpStep::Handover(s) => {
                vec![date("handed_on", "移交日期", s.handed_on), text("body", "接收部门", &s.body)]
            }
            FollowUpStep::Closure(s) => {
                vec![date("closed_on", "办结日期", s.closed_on), long("outcome", "处理结果", &s.outcome)]
            }
        }
    }

    fn set_field(&mut self, name: &str, value: &str) {
        let owned = value.to_string();
        match self {
            FollowUpStep::SpotCheck(s) => match name {
                "checked_on" => s.checked_on = parse_date(value),
                "parameters" => s.parameters = owned,
                "clue" => s.clue = ["no", "yes"].iter().position(|v| *v == value).map(|i| i == 1),
                "note" => s.note = owned,
                _ => {}
            },
            FollowUpStep::Determination(s) => match name {
                "decided_on" => s.decided_on = parse_date(value),
                "item" => {
                    s.item = value
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| i.checked_sub(1))
                        .and_then(|i| Article10Item::ALL.get(i).copied())
                }
                "reason" => s.reason = owned,
                _ => {}
            },
            FollowUpStep::Handling(s) => match name {
                "by" => s.by = owned,
                "done_on" => s.done_on = parse_date(value),
                "findings" => s.findings = owned,
                _ => {}
            },
            FollowUpStep::Circulation(s) => match name {
                "approved_by" => s.approved_by = owned,
                "approved_on" => s.approved_on = parse_date(value),
                "document_number" => s.document_number = owned,
                "issued_on" => s.issued_on = parse_date(value),
                _ => {}
            },
            FollowUpStep::Handover(s) => match name {
                "handed_on" => s.handed_on = parse_date(value),
                "body" => s.body = owned,
                _ => {}
            },
            FollowUpStep::Closure(s) => match name {
                "closed_on" => s.closed_on = parse_date(value),
                "outcome" => s.outcome = owned,
                _ => {}
            },
        }
    }
}
