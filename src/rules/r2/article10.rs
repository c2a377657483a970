//! R2 Art. 10: the conduct no exception can make legitimate, and the split between items (5) and (6).

use super::facts::{ContactMethod, InterferenceFacts};
use super::finding::Finding;
use super::verdict::Article10Item;
use crate::rules::Explanation;

// 第十条（三）要求办案机构或办案人员违法登记保存证据或者违法处置涉案财物的；
/// Demanding unlawful evidence preservation or property disposal: item (3), whatever the person's authority.
pub(super) fn unlawful_evidence_or_property(why: &mut Explanation) -> Finding {
    let item = Article10Item::UnlawfulEvidenceOrProperty;
    why.step(
        format!(
            "要求违法登记保存证据或者违法处置涉案财物 → 任何职权、程序都不能使违法处置正当 → {}",
            item.cite().short_label()
        ),
        &[item.cite()],
    );
    Finding::Prohibited(vec![item])
}

// 第十条（四）向办案机构负责人或办案人员提出私下会见案件当事人、当事人近亲属、代理人及其他与案件有利害关系人员的；
/// Proposing a private meeting with the party or anyone with an interest in the case: item (4).
pub(super) fn private_meeting(why: &mut Explanation) -> Finding {
    let item = Article10Item::PrivateMeeting;
    why.step(
        format!("提出私下会见当事人、近亲属、代理人或其他利害关系人 → {}", item.cite().short_label()),
        &[item.cite()],
    );
    Finding::Prohibited(vec![item])
}

// 第十条（五）本人或者授意身边工作人员、近亲属等关系人为当事人请托、说情或违反规定打探案情、通风报信的；
/// Pleading for the party, in person or through a 关系人: item (5).
pub(super) fn pleading(facts: &InterferenceFacts, why: &mut Explanation) -> Finding {
    let item = Article10Item::PleadingOrPrying;
    let how = if facts.method == ContactMethod::Intermediary {
        "授意身边工作人员、近亲属等关系人"
    } else {
        "本人"
    };
    why.step(format!("{how}为当事人请托、说情、打招呼 → {}", item.cite().short_label()), &[item.cite()]);
    Finding::Prohibited(vec![item])
}

// 第十条（五）本人或者授意身边工作人员、近亲属等关系人为当事人请托、说情或违反规定打探案情、通风报信的；
// 第十条（六）违反规定为案件当事人或其亲属转递涉案材料及为案件当事人或其亲属打探案情、通风报信的；
/// How the engine tells items (5) and (6) apart, stated once per explanation.
const SPLIT_OF_ITEMS_5_AND_6: &str = "第十条第（五）项、第（六）项都列有打探案情、通风报信 → 本工具以是否受当事人或其亲属之托、为其所为来区分：是，适用第（六）项；本人或授意关系人自行所为，适用第（五）项（本工具的解释）";

/// Prying or leaking against the rules: item (6) when done for the party or their relatives, item (5) when done
/// by the person themself or through a 关系人, both when done for the party through a 关系人.
///
/// Both items name 打探案情、通风报信; the engine splits them on `on_behalf_of_party`, and says so.
pub(super) fn prying_or_leaking(what: &str, facts: &InterferenceFacts, why: &mut Explanation) -> Finding {
    let own = Article10Item::PleadingOrPrying;
    let for_party = Article10Item::ActingForParty;
    let through_intermediary = facts.method == ContactMethod::Intermediary;
    if !why.steps.iter().any(|step| step.text == SPLIT_OF_ITEMS_5_AND_6) {
        why.step(SPLIT_OF_ITEMS_5_AND_6, &[own.cite(), for_party.cite()]);
    }
    let items = match (facts.on_behalf_of_party, through_intermediary) {
        (true, true) => {
            why.step(
                format!(
                    "违反规定{what}，系为当事人或其亲属所为，且通过身边工作人员、近亲属等关系人进行 → {}，同时属{}（授意关系人）",
                    for_party.cite().short_label(),
                    own.cite().short_label()
                ),
                &[for_party.cite(), own.cite()],
            );
            vec![own, for_party]
        }
        (true, false) => {
            why.step(
                format!("违反规定{what}，系为当事人或其亲属所为 → {}", for_party.cite().short_label()),
                &[for_party.cite()],
            );
            vec![for_party]
        }
        (false, true) => {
            why.step(
                format!("授意身边工作人员、近亲属等关系人违反规定{what} → {}", own.cite().short_label()),
                &[own.cite()],
            );
            vec![own]
        }
        (false, false) => {
            why.step(format!("本人违反规定{what} → {}", own.cite().short_label()), &[own.cite()]);
            vec![own]
        }
    };
    Finding::Prohibited(items)
}

// 第十条（六）违反规定为案件当事人或其亲属转递涉案材料……的；
/// Forwarding case materials for the party or their relatives: item (6), whatever the person's role.
pub(super) fn forwarding_for_party(why: &mut Explanation) -> Finding {
    let item = Article10Item::ActingForParty;
    why.step(
        format!(
            "为当事人或其亲属转递涉案材料 → 当事人可以依法自行提交，内部人员代为转递即属违反规定 → {}",
            item.cite().short_label()
        ),
        &[item.cite()],
    );
    Finding::Prohibited(vec![item])
}

// 第十条（七）其他影响执法人员依法公正处理案件的干预、插手案件办理的行为。
/// Any other influence on fair handling: item (7).
pub(super) fn other_influence(why: &mut Explanation) -> Finding {
    let item = Article10Item::OtherInterference;
    why.step(format!("其他影响依法公正办案的行为 → {}", item.cite().short_label()), &[item.cite()]);
    Finding::Prohibited(vec![item])
}
