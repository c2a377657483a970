//! One typical record for the crate's native tests (a retired official pleads for a party by phone, R2 Art. 10(5)),
//! changed by struct update where a test needs other values.

use chrono::NaiveDate;

use super::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
use crate::rules::r2::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};

/// The record: 2024-05-06 09:30, 执法支队二楼办公室, 周某 of 原区规划和自然资源局, case 黔规资罚〔2024〕18号.
pub(crate) fn phoned_plea() -> InterferenceRecord {
    InterferenceRecord {
        occurred_at: NaiveDate::from_ymd_opt(2024, 5, 6).unwrap().and_hms_opt(9, 30, 0).unwrap(),
        place: "执法支队二楼办公室".into(),
        person: Person {
            name: "周某".into(), unit: "原区规划和自然资源局".into(), position: String::new()
        },
        content: "来电说情".into(),
        case: CaseRef {
            number: "黔规资罚〔2024〕18号".into(),
            cause: "未批先建".into(),
            stage: CaseStage::Investigation,
        },
        recorders: vec!["张三".into()],
        facts: InterferenceFacts {
            category: PersonCategory::Retired,
            method: ContactMethod::Phone,
            conduct: vec![Conduct::PleadForParty],
            ..Default::default()
        },
        reports: ReportStatus::default(),
    }
}
