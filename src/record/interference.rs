//! The validated interference record (R2 Art. 3: 时间、地点、人物、方式、内容).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::{CaseRef, RecordForm, ReportStatus};
use crate::rules::r2::{ContactMethod, InterferenceFacts, PersonCategory, RecordElements};

/// 人物: the person who interfered. Their R2 Art. 2 category is `facts.category` of the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// 姓名（不详时为"不详"）.
    pub name: String,
    /// 单位或部门（离退休、调离人员为原单位）. May be empty only for a person outside the bureau.
    pub unit: String,
    /// 职务. May be empty.
    pub position: String,
}

/// One recorded interference, complete and validated.
///
/// 第三条 局机关办案机构及办案人员应对干预、插手案件办理的情况将时间、地点、人物、方式、内容等全面、如实记录，
/// 做到全程留痕，有据可查。
///
/// 方式 and the person's category live in [`InterferenceFacts`] (`facts.method`, `facts.category`) so the record and
/// the R2 assessment can never disagree; [`InterferenceRecord::method`] and [`InterferenceRecord::category`] read them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InterferenceRecord {
    /// 时间: when the interference happened (device-local time, minute precision).
    pub occurred_at: NaiveDateTime,
    /// 地点.
    pub place: String,
    /// 人物.
    pub person: Person,
    /// 内容: what was said, asked or done, in the handler's words.
    pub content: String,
    /// 所涉案件.
    pub case: CaseRef,
    /// 记录人: the handler(s) who wrote the record, at least one.
    pub recorders: Vec<String>,
    /// The structured facts the R2 assessment reads, including 方式 and 人物类别.
    pub facts: InterferenceFacts,
    /// 报告情况: whether it was reported to 法治科 (or 区司法局), and when.
    pub reports: ReportStatus,
}

impl InterferenceRecord {
    /// 方式: how the contact was made.
    pub fn method(&self) -> ContactMethod {
        self.facts.method
    }

    /// 人物类别 (R2 Art. 2, 7, 8).
    pub fn category(&self) -> PersonCategory {
        self.facts.category
    }

    /// The five elements of Art. 3 as written in the record, for the completeness check.
    pub fn elements(&self) -> RecordElements {
        RecordElements {
            time: self.occurred_at.format("%Y-%m-%d %H:%M").to_string(),
            place: self.place.clone(),
            person: self.person.name.clone(),
            method: self.method().label().to_string(),
            content: self.content.clone(),
        }
    }

    /// The form pre-filled with this record, for an amendment.
    pub fn to_form(&self) -> RecordForm {
        RecordForm::from_record(self)
    }
}
