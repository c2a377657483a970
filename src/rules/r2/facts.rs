//! The structured facts an officer can answer about one contact, the input to the R2 assessment.
//!
//! These are plain questions (who, what, in what form, through procedure or not), never free-text guessing.

use serde::{Deserialize, Serialize};

use super::contact_fact::{Answer, ContactFact};

/// Who the person is, in the terms of R2 Art. 2, 7 and 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PersonCategory {
    /// 正式在编在岗的工作人员 (Art. 2).
    #[default]
    CurrentStaff,
    /// 无正式编制的聘用人员 (Art. 2).
    ContractStaff,
    /// 已经离退休的人员 (Art. 2).
    Retired,
    /// 曾经在本局工作、已调离或离职的人员 (Art. 2 "曾经工作的人员").
    FormerStaff,
    /// 上级机关工作人员 (Art. 7).
    SuperiorAgencyStaff,
    /// 其他执法机关的工作人员 (Art. 8).
    OtherAgencyStaff,
    /// 不属于上述人员：当事人、代理律师、近亲属、群众等.
    Outsider,
}

/// How the contact was made (方式, Art. 3 and Art. 5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ContactMethod {
    /// 当面.
    #[default]
    InPerson,
    /// 电话.
    Phone,
    /// 书面（公函、批示、意见书等）.
    Written,
    /// 短信、微信等即时消息.
    Message,
    /// 通过他人转达（身边工作人员、近亲属等）.
    Intermediary,
    /// 其他方式.
    Other,
}

/// What the person asked for or did. One contact may involve several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Conduct {
    /// 下达立案、撤销案件、终止调查、变更行政强制措施、降格或升格行政处罚等指示.
    InstructCaseDecision,
    /// 提出案件定性、处理意见.
    OpinionOnDisposition,
    /// 批转或转递涉案材料.
    ForwardCaseMaterials,
    /// 要求登记保存证据或处置涉案财物（方式不合法）.
    DemandEvidenceOrPropertyHandling,
    /// 提出私下会见当事人、近亲属、代理人或其他利害关系人.
    ProposePrivateMeeting,
    /// 为当事人请托、说情、打招呼.
    PleadForParty,
    /// 打探案情、了解案件情况.
    InquireAboutCase,
    /// 通风报信（向当事人透露案情或执法安排）.
    LeakInformation,
    /// 履行领导、监督、指导职责提出指导性或纠正性意见、检查、督办.
    SupervisoryGuidance,
    /// 其他影响依法公正办案的行为.
    OtherInfluence,
}

/// The facts of one contact, as answered by the handler.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct InterferenceFacts {
    /// 人物类别.
    pub category: PersonCategory,
    /// 是否为局机关领导干部 (Art. 7). Only counts for staff in post: a retired or departed leader no longer
    /// exercises 领导职责.
    pub is_bureau_leader: bool,
    /// 对方所在部门对本案是否有指导、管理、监督职能 (Art. 14(1)). Only counts for people in post.
    pub department_supervises_case: bool,
    /// 对方的要求是否在其职权范围内. Art. 10(1)(2) turn on 超越职权; an instruction beyond the
    /// person's authority is treated as 不符合法律规定 as well.
    pub within_authority: bool,
    /// 对方要求或所做的事（可多选）.
    pub conduct: Vec<Conduct>,
    /// 方式.
    pub method: ContactMethod,
    /// 是否为履行职责需要 (Art. 7 领导、监督职责, Art. 8 法定职责, Art. 14 履行职责). Only counts for people in post.
    pub for_official_duty: bool,
    /// 是否依照法律程序或正常工作程序进行 (Art. 7, 8, 14).
    pub through_procedure: bool,
    /// 是否受当事人或其亲属之托、为其转递材料或打探案情、通风报信 (Art. 10(6)); if not, prying and leaking fall
    /// under Art. 10(5) (本人或者授意关系人).
    pub on_behalf_of_party: bool,
    /// 办案人员是否已将口头意见或了解情况记录在案 (Art. 7, Art. 14(2)).
    pub recorded_by_handler: bool,
    /// The yes/no facts the officer answered 不清楚, in [`ContactFact::ALL`] order; their stored values are `false`
    /// and no verdict reads them: the engine weighs every possible answer instead. Kept as answered, so an
    /// amendment that settles one is an ordinary amendment. Absent in records written before 不清楚 existed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown: Vec<ContactFact>,
}

impl InterferenceFacts {
    /// One yes/no fact's stored value (`false` for a fact answered 不清楚; see [`InterferenceFacts::answer`]).
    pub fn value(&self, fact: ContactFact) -> bool {
        match fact {
            ContactFact::IsBureauLeader => self.is_bureau_leader,
            ContactFact::DepartmentSupervisesCase => self.department_supervises_case,
            ContactFact::WithinAuthority => self.within_authority,
            ContactFact::ForOfficialDuty => self.for_official_duty,
            ContactFact::ThroughProcedure => self.through_procedure,
            ContactFact::OnBehalfOfParty => self.on_behalf_of_party,
            ContactFact::RecordedByHandler => self.recorded_by_handler,
        }
    }

    /// Sets one yes/no fact's value (whether it is answered 不清楚 stays as it is).
    pub fn set_value(&mut self, fact: ContactFact, value: bool) {
        let field = match fact {
            ContactFact::IsBureauLeader => &mut self.is_bureau_leader,
            ContactFact::DepartmentSupervisesCase => &mut self.department_supervises_case,
            ContactFact::WithinAuthority => &mut self.within_authority,
            ContactFact::ForOfficialDuty => &mut self.for_official_duty,
            ContactFact::ThroughProcedure => &mut self.through_procedure,
            ContactFact::OnBehalfOfParty => &mut self.on_behalf_of_party,
            ContactFact::RecordedByHandler => &mut self.recorded_by_handler,
        };
        *field = value;
    }

    /// The officer's answer to one fact: 不清楚 if it is listed in [`InterferenceFacts::unknown`].
    pub fn answer(&self, fact: ContactFact) -> Answer {
        if self.unknown.contains(&fact) {
            Answer::Unknown
        } else if self.value(fact) {
            Answer::Yes
        } else {
            Answer::No
        }
    }

    /// Records the officer's answer to one fact. 不清楚 keeps the stored value `false`, which no verdict reads.
    pub fn set_answer(&mut self, fact: ContactFact, answer: Answer) {
        self.unknown.retain(|&f| f != fact);
        match answer {
            Answer::Yes => self.set_value(fact, true),
            Answer::No => self.set_value(fact, false),
            Answer::Unknown => {
                self.set_value(fact, false);
                self.unknown.push(fact);
                self.unknown.sort_unstable();
            }
        }
    }

    /// The facts answered 不清楚, each once, in [`ContactFact::ALL`] order.
    pub fn unknown_facts(&self) -> Vec<ContactFact> {
        ContactFact::ALL.into_iter().filter(|f| self.unknown.contains(f)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_through_the_facts() {
        for fact in ContactFact::ALL {
            for answer in Answer::ALL {
                let mut facts = InterferenceFacts::default();
                facts.set_answer(fact, answer);
                assert_eq!(facts.answer(fact), answer, "{fact:?}");
                for other in ContactFact::ALL.into_iter().filter(|&f| f != fact) {
                    assert_eq!(facts.answer(other), Answer::No, "{other:?} untouched");
                }
            }
        }
    }

    #[test]
    fn a_settled_answer_leaves_the_unknown_list() {
        let mut facts = InterferenceFacts::default();
        facts.set_answer(ContactFact::WithinAuthority, Answer::Unknown);
        facts.set_answer(ContactFact::WithinAuthority, Answer::Unknown);
        assert_eq!(facts.unknown_facts(), vec![ContactFact::WithinAuthority]);
        facts.set_answer(ContactFact::WithinAuthority, Answer::Yes);
        assert!(facts.unknown.is_empty());
        assert!(facts.within_authority);
    }
}
