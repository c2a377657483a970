//! The interference assessment: from the facts of one contact to a verdict, the required actions, and the
//! step-by-step reasoning, every step citing R2.

use super::article10;
use super::assessment::Assessment;
use super::basis::Basis;
use super::cites::{R2_5, R2_6, R2_10};
use super::facts::{Conduct, InterferenceFacts, PersonCategory};
use super::finding::Finding;
use super::guidance;
use super::inquiry;
use super::interference_actions;
use super::interpretation::Interpretation;
use super::scope::Actor;
use super::undetermined;
use super::verdict::{Article10Item, Doubt, LegitimateGround, Verdict};
use crate::rules::Explanation;

/// Assesses one contact on the officer's own record under the recommended reading ([`Interpretation::default`]).
pub fn assess(facts: &InterferenceFacts) -> Assessment {
    assess_with(facts, &Interpretation::default())
}

/// Assesses one contact under the given reading of R2's ambiguous points (a `&Interpretation`, for the officer's own
/// record) or the given [`Basis`]. Facts answered 不清楚 are weighed under every possible answer
/// ([`undetermined::weigh`]): the verdict stands when all agree, and is [`Verdict::Undetermined`] otherwise.
pub fn assess_with<'a>(facts: &InterferenceFacts, basis: impl Into<Basis<'a>>) -> Assessment {
    let basis = basis.into();
    let unknown = facts.unknown_facts();
    if unknown.is_empty() {
        assess_known(facts, basis)
    } else {
        undetermined::weigh(facts, &unknown, basis.occasion, |completed| assess_known(completed, basis))
    }
}

/// Assesses a contact whose every yes/no fact is answered.
fn assess_known(facts: &InterferenceFacts, basis: Basis<'_>) -> Assessment {
    let Basis { reading, occasion } = basis;
    let mut why = Explanation::new();
    let actor = Actor::identify(facts, reading, &mut why);
    let mut conducts = facts.conduct.clone();
    conducts.sort_unstable();
    conducts.dedup();

    let verdict = if actor.category == PersonCategory::Outsider {
        why.step("第十条只适用于内部人员 → 本次不属于本制度所称干预、插手案件办理", &[R2_10]);
        Verdict::OutsideScope
    } else if conducts.is_empty() {
        why.step("尚未选择对方的要求或行为 → 无法判断是否属于第十条所列行为；请补充后重新评估", &[R2_10]);
        Verdict::NoConductGiven
    } else {
        let findings: Vec<Finding> =
            conducts.iter().map(|&conduct| classify(conduct, &actor, facts, reading, &mut why)).collect();
        combine(&findings, &actor, &mut why)
    };
    let actions = interference_actions::required(&verdict, &actor, facts, &conducts, occasion, &mut why);
    conclude(&verdict, &mut why);
    Assessment { verdict, internal_personnel: actor.internal, actions, explanation: why }
}

/// Routes one conduct to the provisions that decide it.
fn classify(
    conduct: Conduct,
    actor: &Actor,
    facts: &InterferenceFacts,
    reading: &Interpretation,
    why: &mut Explanation,
) -> Finding {
    match conduct {
        Conduct::InstructCaseDecision
        | Conduct::OpinionOnDisposition
        | Conduct::ForwardCaseMaterials
        | Conduct::SupervisoryGuidance => guidance::classify(conduct, actor, facts, reading, why),
        Conduct::InquireAboutCase => inquiry::classify(actor, facts, reading, why),
        Conduct::DemandEvidenceOrPropertyHandling => article10::unlawful_evidence_or_property(why),
        Conduct::ProposePrivateMeeting => article10::private_meeting(why),
        Conduct::PleadForParty => article10::pleading(facts, why),
        Conduct::LeakInformation => article10::prying_or_leaking("通风报信", facts, why),
        Conduct::OtherInfluence => article10::other_influence(why),
    }
}

/// One prohibited conduct makes the contact prohibited; otherwise a doubt sends it to 法治科, then a skipped
/// procedure, then a missing record, decides; only a contact whose every conduct is excused is legitimate.
fn combine(findings: &[Finding], actor: &Actor, why: &mut Explanation) -> Verdict {
    let mut items: Vec<Article10Item> = Vec::new();
    let mut grounds: Vec<LegitimateGround> = Vec::new();
    let mut doubts: Vec<Doubt> = Vec::new();
    let mut awaiting_record = false;
    let mut without_procedure = false;
    for finding in findings {
        match finding {
            Finding::Prohibited(found) => items.extend(found),
            Finding::Excused(found) => grounds.extend(found),
            Finding::AwaitingRecord(ground) => {
                grounds.push(*ground);
                awaiting_record = true;
            }
            Finding::Doubtful(doubt) => doubts.push(*doubt),
            Finding::OtherAgencyWithoutProcedure => without_procedure = true,
        }
    }
    doubts.sort_unstable();
    doubts.dedup();
    items.sort_unstable();
    items.dedup();
    grounds.sort_unstable();
    grounds.dedup();
    if !items.is_empty() {
        if !actor.internal {
            why.step(
                "上述行为如由内部人员所为即属第十条所列行为，但按本局选定的解释口径，行为人不属于内部人员 → 不适用第十条；办案人员仍应记录，并告知其依照程序办理",
                &[R2_10, R2_6],
            );
            return Verdict::OutsideScope;
        }
        // 第五条 局机关执法人员应当依法履行职责，严格遵守纪律，不得违反规定干预、插手其他人员正在办理的案件，不得利用
        // 职权或职务上的影响，以口头、电话、书面等方式向办案人员施加影响或压力，干扰正常执法办案，或为案件当事人转递
        // 涉案材料或者打探案情、为案件当事人说情打招呼。
        if matches!(actor.category, PersonCategory::CurrentStaff | PersonCategory::ContractStaff) {
            why.step(
                "行为人为本局在岗人员 → 第五条：不得违反规定干预、插手其他人员正在办理的案件，不得利用职权或职务上的影响向办案人员施加影响或压力",
                &[R2_5],
            );
        }
        return Verdict::Prohibited { items };
    }
    if !doubts.is_empty() {
        return Verdict::ForDetermination { doubts };
    }
    if without_procedure {
        return Verdict::OtherAgencyWithoutProcedure;
    }
    if awaiting_record {
        return Verdict::AwaitingRecord { grounds };
    }
    Verdict::Legitimate { grounds }
}

/// The last step: the verdict in words, with the provisions it rests on.
fn conclude(verdict: &Verdict, why: &mut Explanation) {
    let mut cites = verdict.rests_on();
    if matches!(verdict, Verdict::Prohibited { .. }) {
        cites.insert(0, R2_10);
    }
    why.step(format!("结论：{}", verdict.label()), &cites);
}
