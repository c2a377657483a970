//! Chinese display labels for the R2 input enums, and the full list of each enum's values in display order.

use super::facts::{Conduct, ContactMethod, PersonCategory};

impl PersonCategory {
    /// Every category, in the order a form lists them.
    pub const ALL: [PersonCategory; 7] = [
        PersonCategory::CurrentStaff,
        PersonCategory::ContractStaff,
        PersonCategory::Retired,
        PersonCategory::FormerStaff,
        PersonCategory::SuperiorAgencyStaff,
        PersonCategory::OtherAgencyStaff,
        PersonCategory::Outsider,
    ];

    /// The Chinese label, in the words of Art. 2, 7 and 8 where they have words for it.
    pub fn label(self) -> &'static str {
        match self {
            PersonCategory::CurrentStaff => "正式在编在岗的工作人员",
            PersonCategory::ContractStaff => "无正式编制的聘用人员",
            PersonCategory::Retired => "已经离退休的人员",
            PersonCategory::FormerStaff => "曾在本局工作的人员（已调离或离职）",
            PersonCategory::SuperiorAgencyStaff => "上级机关工作人员",
            PersonCategory::OtherAgencyStaff => "其他执法机关的工作人员",
            PersonCategory::Outsider => "非内部人员（当事人、代理律师、近亲属、群众等）",
        }
    }

    /// Whether the person currently holds a post anywhere in the administration, and so can have duties
    /// (职责) or authority (职权) over a case. Retired and departed staff cannot.
    pub fn in_post(self) -> bool {
        matches!(
            self,
            PersonCategory::CurrentStaff
                | PersonCategory::ContractStaff
                | PersonCategory::SuperiorAgencyStaff
                | PersonCategory::OtherAgencyStaff
        )
    }
}

impl ContactMethod {
    /// Every method, in the order a form lists them.
    pub const ALL: [ContactMethod; 6] = [
        ContactMethod::InPerson,
        ContactMethod::Phone,
        ContactMethod::Written,
        ContactMethod::Message,
        ContactMethod::Intermediary,
        ContactMethod::Other,
    ];

    /// The Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            ContactMethod::InPerson => "当面",
            ContactMethod::Phone => "电话",
            ContactMethod::Written => "书面（公函、批示、意见书等）",
            ContactMethod::Message => "短信、微信等即时消息",
            ContactMethod::Intermediary => "通过他人转达（身边工作人员、近亲属等）",
            ContactMethod::Other => "其他方式",
        }
    }
}

impl Conduct {
    /// Every conduct, in the order a form lists them.
    pub const ALL: [Conduct; 10] = [
        Conduct::InstructCaseDecision,
        Conduct::OpinionOnDisposition,
        Conduct::ForwardCaseMaterials,
        Conduct::DemandEvidenceOrPropertyHandling,
        Conduct::ProposePrivateMeeting,
        Conduct::PleadForParty,
        Conduct::InquireAboutCase,
        Conduct::LeakInformation,
        Conduct::SupervisoryGuidance,
        Conduct::OtherInfluence,
    ];

    /// The Chinese label, close to the words of Art. 10 and 14.
    pub fn label(self) -> &'static str {
        match self {
            Conduct::InstructCaseDecision => "下达立案、撤销案件、终止调查、变更行政强制措施、降格或升格行政处罚等指示",
            Conduct::OpinionOnDisposition => "提出案件定性、处理意见",
            Conduct::ForwardCaseMaterials => "批转或转递涉案材料",
            Conduct::DemandEvidenceOrPropertyHandling => "要求违法登记保存证据或者违法处置涉案财物",
            Conduct::ProposePrivateMeeting => "提出私下会见当事人、近亲属、代理人或其他利害关系人",
            Conduct::PleadForParty => "为当事人请托、说情、打招呼",
            Conduct::InquireAboutCase => "打探案情、了解案件情况",
            Conduct::LeakInformation => "通风报信（向当事人透露案情或执法安排）",
            Conduct::SupervisoryGuidance => "提出指导性或纠正性意见、检查、督办",
            Conduct::OtherInfluence => "其他影响依法公正办案的行为",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_is_listed_once_with_a_distinct_chinese_label() {
        let categories: Vec<&str> = PersonCategory::ALL.iter().map(|c| c.label()).collect();
        let methods: Vec<&str> = ContactMethod::ALL.iter().map(|m| m.label()).collect();
        let conducts: Vec<&str> = Conduct::ALL.iter().map(|c| c.label()).collect();
        for labels in [categories, methods, conducts] {
            let mut unique = labels.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), labels.len(), "{labels:?}");
            assert!(labels.iter().all(|l| !l.is_empty() && !l.is_ascii()));
        }
    }

    #[test]
    fn only_people_in_post_can_have_duties() {
        let in_post: Vec<PersonCategory> = PersonCategory::ALL.into_iter().filter(|c| c.in_post()).collect();
        assert_eq!(
            in_post,
            [
                PersonCategory::CurrentStaff,
                PersonCategory::ContractStaff,
                PersonCategory::SuperiorAgencyStaff,
                PersonCategory::OtherAgencyStaff
            ]
        );
    }
}
