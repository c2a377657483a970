//! The yes/no questions of an interference record that a verdict can turn on, each of which the officer may also
//! answer 不清楚 ([`Answer::Unknown`]), with the Chinese the engine uses to speak of them.

use serde::{Deserialize, Serialize};

/// One yes/no fact of [`InterferenceFacts`](super::InterferenceFacts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactFact {
    /// 是否为局机关领导干部.
    IsBureauLeader,
    /// 对方所在部门对本案是否有指导、管理、监督职能.
    DepartmentSupervisesCase,
    /// 对方的要求是否在其职权范围内.
    WithinAuthority,
    /// 是否为履行职责需要.
    ForOfficialDuty,
    /// 是否依照法律程序或正常工作程序进行.
    ThroughProcedure,
    /// 是否受当事人或其亲属之托.
    OnBehalfOfParty,
    /// 办案人员是否已记录在案.
    RecordedByHandler,
}

/// An officer's answer to one [`ContactFact`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Answer {
    /// 是.
    Yes,
    /// 否.
    #[default]
    No,
    /// 不清楚: the engine weighs both answers and says what the verdict turns on.
    Unknown,
}

impl Answer {
    /// The three answers, in the order a form offers them.
    pub const ALL: [Answer; 3] = [Answer::Yes, Answer::No, Answer::Unknown];

    /// 是 / 否 / 不清楚.
    pub fn label(self) -> &'static str {
        match self {
            Answer::Yes => "是",
            Answer::No => "否",
            Answer::Unknown => "不清楚",
        }
    }
}

impl ContactFact {
    /// Every fact, in the order the record form asks them.
    pub const ALL: [ContactFact; 7] = [
        ContactFact::IsBureauLeader,
        ContactFact::DepartmentSupervisesCase,
        ContactFact::WithinAuthority,
        ContactFact::ForOfficialDuty,
        ContactFact::ThroughProcedure,
        ContactFact::OnBehalfOfParty,
        ContactFact::RecordedByHandler,
    ];

    /// Every fact, the most instructive change first: the conditions of Art. 7, 8 and 14 (record, procedure, duty,
    /// authority) before who the person is. Counterfactuals are listed in this order.
    pub const BY_INSTRUCTIVENESS: [ContactFact; 7] = [
        ContactFact::RecordedByHandler,
        ContactFact::ThroughProcedure,
        ContactFact::ForOfficialDuty,
        ContactFact::WithinAuthority,
        ContactFact::OnBehalfOfParty,
        ContactFact::IsBureauLeader,
        ContactFact::DepartmentSupervisesCase,
    ];

    /// The fact stated as true or as false, e.g. `所提要求在其职权范围内` / `所提要求超出其职权范围`.
    pub fn phrase(self, value: bool) -> &'static str {
        let (when_true, when_false) = match self {
            ContactFact::RecordedByHandler => ("办案人员已记录在案", "办案人员尚未记录"),
            ContactFact::ThroughProcedure => ("依照程序进行", "未依照程序进行"),
            ContactFact::ForOfficialDuty => ("系因履行职责需要", "并非因履行职责需要"),
            ContactFact::WithinAuthority => ("所提要求在其职权范围内", "所提要求超出其职权范围"),
            ContactFact::OnBehalfOfParty => ("系受当事人或其亲属之托", "并非受当事人或其亲属之托"),
            ContactFact::IsBureauLeader => ("行为人是局机关领导干部", "行为人不是局机关领导干部"),
            ContactFact::DepartmentSupervisesCase => {
                ("其所在部门对本案有指导、管理、监督职能", "其所在部门对本案没有指导、管理、监督职能")
            }
        };
        if value { when_true } else { when_false }
    }

    /// The fact as an open question, e.g. `对方的要求是否在其职权范围内`: the record form's label and the words a
    /// verdict that turns on the fact uses.
    pub fn question(self) -> &'static str {
        match self {
            ContactFact::IsBureauLeader => "对方是否为局机关领导干部",
            ContactFact::DepartmentSupervisesCase => "对方所在部门对本案是否有指导、管理、监督职能",
            ContactFact::WithinAuthority => "对方的要求是否在其职权范围内",
            ContactFact::ForOfficialDuty => "对方是否因履行职责需要",
            ContactFact::ThroughProcedure => "是否经过法律程序或正常工作程序（如公函、审批、会议）",
            ContactFact::OnBehalfOfParty => "对方是否受当事人或其亲属之托，或为其转递材料、打探案情",
            ContactFact::RecordedByHandler => "口头意见或了解的情况是否已由办案人员记录在案",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_orders_hold_every_fact_once() {
        let mut instructive = ContactFact::BY_INSTRUCTIVENESS.to_vec();
        instructive.sort_unstable();
        assert_eq!(instructive, ContactFact::ALL.to_vec());
    }
}
