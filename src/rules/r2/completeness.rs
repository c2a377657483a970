//! R2 Art. 3: a record must give the time, place, person, method and content of the contact.

use serde::{Deserialize, Serialize};

use super::cites::R2_3;
use crate::law::Cite;
use crate::rules::Explanation;

/// One of the five elements Art. 3 names (时间、地点、人物、方式、内容).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordElement {
    /// 时间.
    Time,
    /// 地点.
    Place,
    /// 人物.
    Person,
    /// 方式.
    Method,
    /// 内容.
    Content,
}

impl RecordElement {
    /// The five elements, in the order Art. 3 lists them.
    pub const ALL: [RecordElement; 5] = [
        RecordElement::Time,
        RecordElement::Place,
        RecordElement::Person,
        RecordElement::Method,
        RecordElement::Content,
    ];

    /// The element's name in Art. 3.
    pub fn label(self) -> &'static str {
        match self {
            RecordElement::Time => "时间",
            RecordElement::Place => "地点",
            RecordElement::Person => "人物",
            RecordElement::Method => "方式",
            RecordElement::Content => "内容",
        }
    }
}

/// The five elements of a record as written by the handler; blank or whitespace-only means missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecordElements {
    /// 时间.
    pub time: String,
    /// 地点.
    pub place: String,
    /// 人物.
    pub person: String,
    /// 方式.
    pub method: String,
    /// 内容.
    pub content: String,
}

impl RecordElements {
    /// The text written for one element.
    pub fn get(&self, element: RecordElement) -> &str {
        match element {
            RecordElement::Time => &self.time,
            RecordElement::Place => &self.place,
            RecordElement::Person => &self.person,
            RecordElement::Method => &self.method,
            RecordElement::Content => &self.content,
        }
    }
}

/// Whether a record has every Art. 3 element, and which are missing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Completeness {
    /// The missing elements, in Art. 3 order; empty when the record is complete.
    pub missing: Vec<RecordElement>,
    /// The reasoning.
    pub explanation: Explanation,
}

impl Completeness {
    /// Whether no element is missing.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }

    /// Every provision cited.
    pub fn cites(&self) -> Vec<Cite> {
        self.explanation.cites()
    }
}

// 第三条 局机关办案机构及办案人员应对干预、插手案件办理的情况将时间、地点、人物、方式、内容等全面、如实记录，做到全程
// 留痕，有据可查。
/// Checks that each of the five elements is filled in. Whether the record is 如实 (truthful) only its author can
/// answer for; the explanation says so.
pub fn completeness(elements: &RecordElements) -> Completeness {
    let missing: Vec<RecordElement> =
        RecordElement::ALL.into_iter().filter(|&e| elements.get(e).trim().is_empty()).collect();
    let mut why = Explanation::new();
    if missing.is_empty() {
        why.step("时间、地点、人物、方式、内容均已填写 → 具备第三条列明的五项要素", &[R2_3]);
    } else {
        let names: Vec<&str> = missing.iter().map(|e| e.label()).collect();
        why.step(
            format!(
                "缺少{} → 第三条要求将时间、地点、人物、方式、内容等全面记录 → 记录不完整，请补全",
                names.join("、")
            ),
            &[R2_3],
        );
    }
    why.step("第三条还要求如实记录：本工具只能检查各项是否填写，内容是否属实由记录人负责", &[R2_3]);
    Completeness { missing, explanation: why }
}
