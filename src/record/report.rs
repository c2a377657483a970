//! Whether, when and to whom an interference was reported (R2 Art. 3, second sentence).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Who an interference is reported to.
///
/// 第三条 ……遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。必要时可以直接向区司法局报告。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recipient {
    /// 局机关法治科 (the ordinary channel).
    LegalSection,
    /// 区司法局 ("必要时可以直接向区司法局报告").
    JusticeBureau,
}

impl Recipient {
    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Recipient::LegalSection => "局机关法治科",
            Recipient::JusticeBureau => "区司法局",
        }
    }
}

/// The reports already made when the record was written or amended.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportStatus {
    /// 是否已向法治科报告：the date of the report, `None` if not (yet) reported.
    pub legal_section: Option<NaiveDate>,
    /// 是否已直接向区司法局报告：the date of the report, `None` if not.
    pub justice_bureau: Option<NaiveDate>,
}

impl ReportStatus {
    /// The date of the report to the given recipient, if one was made.
    pub fn date(&self, to: Recipient) -> Option<NaiveDate> {
        match to {
            Recipient::LegalSection => self.legal_section,
            Recipient::JusticeBureau => self.justice_bureau,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_reads_the_field_of_the_recipient() {
        let day = NaiveDate::from_ymd_opt(2024, 5, 2).unwrap();
        let status = ReportStatus { legal_section: Some(day), justice_bureau: None };
        assert_eq!(status.date(Recipient::LegalSection), Some(day));
        assert_eq!(status.date(Recipient::JusticeBureau), None);
        assert_eq!(Recipient::JusticeBureau.label(), "区司法局");
    }
}
