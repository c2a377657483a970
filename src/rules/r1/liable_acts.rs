//! R1 Art. 6: the acts for which an enforcement officer is held liable.

use serde::{Deserialize, Serialize};

use super::cites::R1_2;
use super::scope::CaseKind;
use crate::law::Cite;
use crate::rules::Explanation;

// 第六条 行政执法人员在履行行政执法职责过程中有下列行为之一的，应追究其责任：
/// One act listed in Art. 6, as found by the investigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LiableAct {
    /// （一）超越本部门职权进行行政处罚.
    ExceedingAuthority,
    /// （二）无《行政执法证》实施行政处罚.
    NoEnforcementCertificate,
    /// （三）违反法定的行政处罚程序或者擅自改变行政处罚种类、幅度实施处罚.
    ProcedureViolation,
    /// （四）适用法律、法规、规章依据错误.
    WrongLegalBasis,
    /// （五）未取得证据、证据不足或因证据材料保管不善、灭失导致错案.
    EvidenceFailure,
    /// （六）违法实施强制措施，造成行政处罚相对人人身或财产损害.
    UnlawfulCoercion,
    /// （七）私自占用、使用行政执法暂扣、扣留物品.
    MisuseOfSeizedGoods,
    /// （八）不按照规定使用罚没财物票据，截留、私分、挪用罚没款物或未在法定时限内足额上缴罚款.
    MishandlingOfFines,
    /// （九）索贿受贿、玩忽职守、徇私枉法等.
    CorruptionOrDereliction,
    /// （十）实施行政处罚显失公正.
    GrosslyUnfairPenalty,
    /// （十一）其它应追究责任的行为.
    OtherLiableConduct,
}

impl LiableAct {
    /// Every act, in the article's order.
    pub const ALL: [LiableAct; 11] = [
        LiableAct::ExceedingAuthority,
        LiableAct::NoEnforcementCertificate,
        LiableAct::ProcedureViolation,
        LiableAct::WrongLegalBasis,
        LiableAct::EvidenceFailure,
        LiableAct::UnlawfulCoercion,
        LiableAct::MisuseOfSeizedGoods,
        LiableAct::MishandlingOfFines,
        LiableAct::CorruptionOrDereliction,
        LiableAct::GrosslyUnfairPenalty,
        LiableAct::OtherLiableConduct,
    ];

    /// The item number in Art. 6.
    pub fn item(self) -> u8 {
        match self {
            LiableAct::ExceedingAuthority => 1,
            LiableAct::NoEnforcementCertificate => 2,
            LiableAct::ProcedureViolation => 3,
            LiableAct::WrongLegalBasis => 4,
            LiableAct::EvidenceFailure => 5,
            LiableAct::UnlawfulCoercion => 6,
            LiableAct::MisuseOfSeizedGoods => 7,
            LiableAct::MishandlingOfFines => 8,
            LiableAct::CorruptionOrDereliction => 9,
            LiableAct::GrosslyUnfairPenalty => 10,
            LiableAct::OtherLiableConduct => 11,
        }
    }

    /// The citation of this item of Art. 6.
    pub fn cite(self) -> Cite {
        Cite::item(1, 6, self.item())
    }

    /// Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            LiableAct::ExceedingAuthority => "超越本部门职权进行行政处罚",
            LiableAct::NoEnforcementCertificate => "无《行政执法证》实施行政处罚",
            LiableAct::ProcedureViolation => "违反法定行政处罚程序或擅自改变处罚种类、幅度",
            LiableAct::WrongLegalBasis => "适用法律、法规、规章依据错误",
            LiableAct::EvidenceFailure => "未取得证据、证据不足或证据保管不善、灭失导致错案",
            LiableAct::UnlawfulCoercion => "违法实施强制措施，造成相对人人身或财产损害",
            LiableAct::MisuseOfSeizedGoods => "私自占用、使用暂扣、扣留物品",
            LiableAct::MishandlingOfFines => "违规使用罚没票据，截留、私分、挪用罚没款物或未按时足额上缴罚款",
            LiableAct::CorruptionOrDereliction => "索贿受贿、玩忽职守、徇私枉法等",
            LiableAct::GrosslyUnfairPenalty => "实施行政处罚显失公正",
            LiableAct::OtherLiableConduct => "其它应追究责任的行为",
        }
    }

    // （一）超越本部门职权进行行政处罚的；（二）行政执法人员无《行政执法证》实施行政处罚的；
    // （三）违反法定的行政处罚程序或者擅自改变行政处罚种类、幅度实施处罚的；
    // （六）违法实施强制措施，造成行政处罚相对人人身或财产损害的；
    // （八）不按照规定使用罚没财物票据，截留、私分、挪用罚没款物或未在法定时限内足额上缴罚款的；
    // （十）实施行政处罚显失公正的；
    /// The words that tie items （一）（二）（三）（六）（八）（十） to 行政处罚; `None` for the items worded for any
    /// enforcement. A licensing case has no penalty, no 处罚相对人 and no 罚没款物, so these items do not apply to it.
    pub fn penalty_wording(self) -> Option<&'static str> {
        match self {
            LiableAct::ExceedingAuthority => Some("进行行政处罚"),
            LiableAct::NoEnforcementCertificate | LiableAct::GrosslyUnfairPenalty => Some("实施行政处罚"),
            LiableAct::ProcedureViolation => Some("行政处罚程序、种类、幅度"),
            LiableAct::UnlawfulCoercion => Some("行政处罚相对人"),
            LiableAct::MishandlingOfFines => Some("罚没财物票据、罚没款物、罚款"),
            LiableAct::WrongLegalBasis
            | LiableAct::EvidenceFailure
            | LiableAct::MisuseOfSeizedGoods
            | LiableAct::CorruptionOrDereliction
            | LiableAct::OtherLiableConduct => None,
        }
    }

    /// Items （一）（二）（三）（六）（八）（十） are worded for 行政处罚 only, so they do not apply to a licensing case.
    pub fn is_penalty_only(self) -> bool {
        self.penalty_wording().is_some()
    }

    // （七）私自占用、使用行政执法暂扣、扣留物品的；
    // （八）不按照规定使用罚没财物票据，截留、私分、挪用罚没款物或未在法定时限内足额上缴罚款的；
    // （九）有索贿受贿、玩忽职守、徇私枉法等行为的；
    /// Items （七）（八）（九）: integrity violations, which may also breach discipline or the law (R1-10-3).
    pub fn is_integrity_violation(self) -> bool {
        matches!(
            self,
            LiableAct::MisuseOfSeizedGoods | LiableAct::MishandlingOfFines | LiableAct::CorruptionOrDereliction
        )
    }
}

/// Sorts out which of the found acts fall under Art. 6 in a case of this kind, explaining each; returns them sorted.
pub(super) fn applicable_acts(acts: &[LiableAct], kind: CaseKind, explanation: &mut Explanation) -> Vec<LiableAct> {
    let mut found = acts.to_vec();
    found.sort();
    found.dedup();
    let mut applicable = Vec::new();
    for act in found {
        let item = act.cite();
        let label = item.short_label();
        if let Some(wording) = act.penalty_wording().filter(|_| kind == CaseKind::AdministrativeLicensing) {
            let still_reported =
                if act.is_integrity_violation() { "；涉嫌违纪违法的仍应及时报告" } else { "" };
            explanation.step(
                format!(
                    "经调查认定：{} → {label}所称“{wording}”针对行政处罚，本案为行政许可案件 → 不适用本项（追究责任的条款不作不利于执法人员的扩张或类推，本工具的解释）；如确属应追究的行为，可由集体讨论按第六条第（十一）项认定{still_reported}",
                    act.label()
                ),
                &[item, LiableAct::OtherLiableConduct.cite(), R1_2],
            );
        } else {
            explanation.step(format!("经调查认定：{} → 属于{label}所列行为", act.label()), &[item]);
            applicable.push(act);
        }
    }
    applicable
}
