//! The outcomes of the interference assessment: which Art. 10 items apply, or on which ground a contact is
//! legitimate, or why R2 does not reach it.

use serde::{Deserialize, Serialize};

use super::cites::{R2_2, R2_3, R2_4, R2_6, R2_7, R2_8, R2_10, R2_14, R2_14_1, R2_14_2};
use super::contact_fact::ContactFact;
use crate::law::Cite;
use crate::rules::distinct_cites;

/// One item of R2 Art. 10 (违反规定干预办案).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Article10Item {
    /// （一）超越职权下达不符合法律规定的立案、撤销案件、终止调查、变更行政强制措施、降格或者升格行政处罚等指示的.
    InstructionBeyondAuthority,
    /// （二）超越职权私自向办案机构或办案人员提出案件定性处理意见或批转涉案材料的.
    PrivateOpinionOrMaterials,
    /// （三）要求办案机构或办案人员违法登记保存证据或者违法处置涉案财物的.
    UnlawfulEvidenceOrProperty,
    /// （四）向办案机构负责人或办案人员提出私下会见案件当事人、当事人近亲属、代理人及其他与案件有利害关系人员的.
    PrivateMeeting,
    /// （五）本人或者授意身边工作人员、近亲属等关系人为当事人请托、说情或违反规定打探案情、通风报信的.
    PleadingOrPrying,
    /// （六）违反规定为案件当事人或其亲属转递涉案材料及为案件当事人或其亲属打探案情、通风报信的.
    ActingForParty,
    /// （七）其他影响执法人员依法公正处理案件的干预、插手案件办理的行为.
    OtherInterference,
}

impl Article10Item {
    /// All seven items, in order.
    pub const ALL: [Article10Item; 7] = [
        Article10Item::InstructionBeyondAuthority,
        Article10Item::PrivateOpinionOrMaterials,
        Article10Item::UnlawfulEvidenceOrProperty,
        Article10Item::PrivateMeeting,
        Article10Item::PleadingOrPrying,
        Article10Item::ActingForParty,
        Article10Item::OtherInterference,
    ];

    /// The item number, 1 to 7.
    pub fn number(self) -> u8 {
        match self {
            Article10Item::InstructionBeyondAuthority => 1,
            Article10Item::PrivateOpinionOrMaterials => 2,
            Article10Item::UnlawfulEvidenceOrProperty => 3,
            Article10Item::PrivateMeeting => 4,
            Article10Item::PleadingOrPrying => 5,
            Article10Item::ActingForParty => 6,
            Article10Item::OtherInterference => 7,
        }
    }

    /// The citation, e.g. `R2-10-5`.
    pub fn cite(self) -> Cite {
        Cite::item(2, 10, self.number())
    }

    /// A short Chinese summary of the item.
    pub fn label(self) -> &'static str {
        match self {
            Article10Item::InstructionBeyondAuthority => "超越职权下达不符合法律规定的指示",
            Article10Item::PrivateOpinionOrMaterials => "超越职权私自提出定性处理意见或批转涉案材料",
            Article10Item::UnlawfulEvidenceOrProperty => "要求违法登记保存证据或者违法处置涉案财物",
            Article10Item::PrivateMeeting => "提出私下会见当事人等利害关系人",
            Article10Item::PleadingOrPrying => "本人或授意关系人请托说情、违规打探案情、通风报信",
            Article10Item::ActingForParty => "为当事人或其亲属转递涉案材料、打探案情、通风报信",
            Article10Item::OtherInterference => "其他影响依法公正处理案件的干预、插手行为",
        }
    }
}

/// Why a contact is not interference (Art. 7, 8, 14; Art. 10(2) read with Art. 14).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LegitimateGround {
    /// 局机关领导干部或上级机关工作人员依照程序以书面形式提出指导性意见 (Art. 7).
    GuidanceInWriting,
    /// 局机关领导干部或上级机关工作人员口头提出指导性意见，由办案人员记录在案 (Art. 7).
    OralGuidanceRecorded,
    /// 其他执法机关的工作人员因履行法定职责需要，依照法律程序或者工作程序了解情况 (Art. 8).
    OtherAgencyThroughProcedure,
    /// 具有指导、管理、监督职能的部门依法依规履职，书面提出指导性或纠正性意见 (Art. 14(1)).
    SupervisoryOpinionInWriting,
    /// 因履行职责需要口头了解情况，按照正常工作程序进行，且办案人员做好工作记录 (Art. 14(2)).
    RecordedWorkInquiry,
}

impl LegitimateGround {
    /// The provision the ground rests on.
    pub fn cite(self) -> Cite {
        match self {
            LegitimateGround::GuidanceInWriting | LegitimateGround::OralGuidanceRecorded => R2_7,
            LegitimateGround::OtherAgencyThroughProcedure => R2_8,
            LegitimateGround::SupervisoryOpinionInWriting => R2_14_1,
            LegitimateGround::RecordedWorkInquiry => R2_14_2,
        }
    }

    /// A short Chinese summary of the ground.
    pub fn label(self) -> &'static str {
        match self {
            LegitimateGround::GuidanceInWriting => "领导干部或上级机关依程序书面提出指导性意见",
            LegitimateGround::OralGuidanceRecorded => "领导干部或上级机关口头提出指导性意见并由办案人员记录在案",
            LegitimateGround::OtherAgencyThroughProcedure => "其他执法机关因履行法定职责依程序了解情况",
            LegitimateGround::SupervisoryOpinionInWriting => "具有监督职能的部门书面提出指导性或纠正性意见",
            LegitimateGround::RecordedWorkInquiry => "因履行职责需要按正常工作程序口头了解情况并做好工作记录",
        }
    }
}

/// Why a contact goes to 局机关法治科 for determination instead of being found prohibited or legitimate: the text
/// settles neither, so the engine takes the safe path (record completely, report, let 法治科 decide).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Doubt {
    /// 形式不合规定: guidance or a corrective opinion within the person's authority and for their duty, from someone
    /// Art. 7 or 14(1) lets give it, that misses only the written form or the procedure those provisions ask for.
    /// Nothing in the text makes a failed form alone conduct that 影响执法人员依法公正处理案件 (Art. 10(7)).
    IrregularForm,
    /// 本制度未列明: an opinion or forwarded materials from a department without a guiding role in the case,
    /// within its authority, for its duty and through procedure. Not 超越职权私自 (Art. 10(2)), and no ground of
    /// Art. 7, 8 or 14 clears it.
    NotListed,
}

impl Doubt {
    /// The provisions the doubt arises under.
    pub fn cites(self) -> Vec<Cite> {
        match self {
            Doubt::IrregularForm => vec![R2_7, R2_14_1],
            Doubt::NotListed => vec![Cite::item(2, 10, 2), R2_14],
        }
    }

    /// A short Chinese summary of the doubt.
    pub fn label(self) -> &'static str {
        match self {
            Doubt::IrregularForm => "意见未依第七条、第十四条第（一）项的形式或程序提出",
            Doubt::NotListed => "无指导、监督职能的部门依职权、按程序提出意见或转交材料，本制度未列明",
        }
    }
}

/// One way the facts answered 不清楚 could turn out, and the verdict the engine would then give.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Possibility {
    /// The answers that lead to the verdict: each fact once, in [`ContactFact::ALL`] order, only as many as it takes
    /// (a fact whose answer does not matter under the others is left out).
    pub answers: Vec<(ContactFact, bool)>,
    /// The verdict under those answers (never itself undetermined).
    pub verdict: Verdict,
}

impl Possibility {
    /// The answers as one phrase, e.g. `所提要求在其职权范围内且依照程序进行`.
    pub fn condition(&self) -> String {
        let phrases: Vec<&str> = self.answers.iter().map(|&(fact, value)| fact.phrase(value)).collect();
        phrases.join("且")
    }
}

/// The outcome of assessing one contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Verdict {
    /// 违反规定干预办案: every Art. 10 item that applies, in item order (never empty).
    Prohibited {
        /// The items.
        items: Vec<Article10Item>,
    },
    /// 不认定为干预: every ground that applies, in order (never empty).
    Legitimate {
        /// The grounds.
        grounds: Vec<LegitimateGround>,
    },
    /// 待记录: the person did their part under Art. 7 or 14(2); the contact is legitimate on these grounds once the
    /// handler records it, which is the handler's duty (Art. 3, 13). Only under the default reading.
    AwaitingRecord {
        /// The grounds that hold once recorded.
        grounds: Vec<LegitimateGround>,
    },
    /// 报法治科认定: the text neither names the contact in Art. 10 nor clears it; record it completely (Art. 3),
    /// ask for what is missing, and report it to 局机关法治科 for determination. No 通报, no referral.
    ForDetermination {
        /// Why, in order (never empty).
        doubts: Vec<Doubt>,
    },
    /// 结论取决于尚不清楚的事实: under the possible answers of the facts answered 不清楚 the engine reaches
    /// different verdicts. Record completely (Art. 3), find out, and report to 局机关法治科 for determination; no
    /// 通报 and no referral until it is determined.
    Undetermined {
        /// The facts answered 不清楚 that the verdict turns on, in [`ContactFact::ALL`] order (never empty).
        turns_on: Vec<ContactFact>,
        /// Every way they could turn out, with its verdict (at least two different verdicts).
        possibilities: Vec<Possibility>,
    },
    /// 其他执法机关未依照程序了解情况或转递材料: tell them to follow procedure (Art. 6, 8).
    OtherAgencyWithoutProcedure,
    /// 不属于本制度所称内部人员干预: the person is not internal personnel (Art. 2), or, under the narrow reading,
    /// an outside official whose conduct Art. 7, 8 and 14 do not cover.
    OutsideScope,
    /// 未说明对方的要求或行为: nothing to classify yet.
    NoConductGiven,
}

impl Verdict {
    /// The provisions the verdict itself rests on: the Art. 10 items found, the grounds that clear the contact, the
    /// provisions a doubt arises under, or the article that decides the other outcomes. Never a provision the
    /// engine only considered and set aside.
    pub fn rests_on(&self) -> Vec<Cite> {
        let cites: Vec<Cite> = match self {
            Verdict::Prohibited { items } => items.iter().map(|i| i.cite()).collect(),
            Verdict::Legitimate { grounds } | Verdict::AwaitingRecord { grounds } => {
                grounds.iter().map(|g| g.cite()).collect()
            }
            Verdict::ForDetermination { doubts } => doubts.iter().flat_map(|d| d.cites()).collect(),
            Verdict::Undetermined { .. } => vec![R2_3, R2_4],
            Verdict::OtherAgencyWithoutProcedure => vec![R2_8, R2_6],
            Verdict::OutsideScope => vec![R2_2],
            Verdict::NoConductGiven => vec![R2_10],
        };
        distinct_cites(cites)
    }

    /// Whether the verdict is settled (not [`Verdict::Undetermined`]).
    pub fn is_determined(&self) -> bool {
        !matches!(self, Verdict::Undetermined { .. })
    }

    /// A one-line Chinese summary, e.g. `违反规定干预办案（第十条第（五）项）`.
    pub fn label(&self) -> String {
        match self {
            Verdict::Prohibited { items } => {
                let list: Vec<String> = items.iter().map(|i| i.cite().short_label()).collect();
                format!("违反规定干预办案（{}）", list.join("、"))
            }
            Verdict::Legitimate { grounds } => format!("不认定为干预（{}）", ground_list(grounds)),
            Verdict::AwaitingRecord { grounds } => {
                format!("待办案人员记录：记录后不认定为干预（{}）", ground_list(grounds))
            }
            Verdict::ForDetermination { doubts } => {
                let list: Vec<&str> = doubts.iter().map(|d| d.label()).collect();
                format!("不径行认定为干预，报法治科认定（{}）", list.join("；"))
            }
            Verdict::Undetermined { turns_on, possibilities } => {
                let questions: Vec<&str> = turns_on.iter().map(|f| f.question()).collect();
                let branches: Vec<String> =
                    possibilities.iter().map(|p| format!("如{}：{}", p.condition(), p.verdict.label())).collect();
                format!("结论取决于：{} — {}", questions.join("；"), branches.join("；"))
            }
            Verdict::OtherAgencyWithoutProcedure => "其他执法机关未依程序进行，应告知其依照程序办理".to_string(),
            Verdict::OutsideScope => "不属于本制度所称内部人员干预".to_string(),
            Verdict::NoConductGiven => "尚未说明对方的要求或行为，无法定性".to_string(),
        }
    }
}

fn ground_list(grounds: &[LegitimateGround]) -> String {
    let mut cites: Vec<String> = Vec::new();
    for ground in grounds {
        let label = ground.cite().short_label();
        if !cites.contains(&label) {
            cites.push(label);
        }
    }
    cites.join("、")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::law::quote;

    #[test]
    fn article_10_items_cite_and_quote_their_own_item() {
        for (index, item) in Article10Item::ALL.into_iter().enumerate() {
            assert_eq!(usize::from(item.number()), index + 1);
            assert_eq!(item.cite().to_string(), format!("R2-10-{}", index + 1));
            assert!(quote(item.cite()).is_some());
        }
    }

    #[test]
    fn labels_name_the_provisions() {
        let prohibited =
            Verdict::Prohibited { items: vec![Article10Item::PleadingOrPrying, Article10Item::ActingForParty] };
        assert_eq!(prohibited.label(), "违反规定干预办案（第十条第（五）项、第十条第（六）项）");
        let legitimate = Verdict::Legitimate {
            grounds: vec![LegitimateGround::GuidanceInWriting, LegitimateGround::OralGuidanceRecorded],
        };
        assert_eq!(legitimate.label(), "不认定为干预（第七条）");
        let doubtful = Verdict::ForDetermination { doubts: vec![Doubt::IrregularForm] };
        assert_eq!(
            doubtful.label(),
            "不径行认定为干预，报法治科认定（意见未依第七条、第十四条第（一）项的形式或程序提出）"
        );
    }
}
