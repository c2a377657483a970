//! Guidance, opinions, instructions and forwarded materials: legitimate under Art. 7 or Art. 14(1) when every
//! condition holds; sent to 法治科 for determination when only the form or procedure fails, or when a department
//! without a guiding role acts within its authority and procedure (the text lists neither); otherwise the Art. 10
//! item the conduct falls into (form alone is never enough either way).

use super::article10;
use super::cites::{R2_3, R2_5, R2_6, R2_7, R2_8, R2_14, R2_14_1};
use super::facts::{Conduct, ContactMethod, InterferenceFacts};
use super::finding::{Finding, unrecorded_oral};
use super::interpretation::Interpretation;
use super::scope::Actor;
use super::verdict::{Article10Item, Doubt, LegitimateGround};
use crate::law::Cite;
use crate::rules::Explanation;

/// Classifies one of the guidance-like conducts: instructions, opinions, forwarded materials, supervision.
pub(super) fn classify(
    conduct: Conduct,
    actor: &Actor,
    facts: &InterferenceFacts,
    reading: &Interpretation,
    why: &mut Explanation,
) -> Finding {
    if conduct == Conduct::ForwardCaseMaterials && facts.on_behalf_of_party {
        return article10::forwarding_for_party(why);
    }
    let what = conduct.label();
    let written = facts.method == ContactMethod::Written;
    let for_duty = facts.within_authority && actor.for_duty;
    let mut grounds = Vec::new();

    // 第七条 局机关领导干部和上级机关工作人员因履行领导、监督职责，需要对正在办理的案件提出指导性意见的，应当依照程序
    // 以书面形式提出，口头提出的，由办案人员记录在案。
    let article_7 = actor.can_guide() && for_duty;
    let oral_meets_article_7 =
        article_7 && !written && (facts.through_procedure || !reading.oral_guidance_needs_procedure);
    let oral_form = oral_form_note(facts.method);
    if article_7 && written && facts.through_procedure {
        why.step(
            format!("{}因履行领导、监督职责，在职权范围内依照程序以书面形式{what} → 符合第七条", guide_title(actor)),
            &[R2_7],
        );
        grounds.push(LegitimateGround::GuidanceInWriting);
    } else if oral_meets_article_7 && facts.recorded_by_handler {
        why.step(
            format!(
                "{}因履行领导、监督职责，在职权范围内以{}方式{what}{oral_form}，已由办案人员记录在案 → 符合第七条{}",
                guide_title(actor),
                facts.method.label(),
                oral_procedure_note(facts)
            ),
            &[R2_7],
        );
        grounds.push(LegitimateGround::OralGuidanceRecorded);
    }

    // 第十四条（一）对案件办理具有指导、管理、监督职能的部门，依法依规履行指导、检查、督办等职责，并书面提出指导性或
    // 纠正性意见的不应认定为干预、插手案件办理；
    if actor.supervising_department && for_duty && facts.through_procedure && written {
        why.step(
            format!("对本案具有指导、管理、监督职能的部门依法依规履职，以书面形式{what} → 符合第十四条第（一）项"),
            &[R2_14_1],
        );
        grounds.push(LegitimateGround::SupervisoryOpinionInWriting);
    }

    if !grounds.is_empty() {
        return Finding::Excused(grounds);
    }
    if oral_meets_article_7 {
        why.step(
            format!(
                "{}在职权范围内以{}方式{what}{oral_form} → 第七条：口头提出的，由办案人员记录在案{}",
                guide_title(actor),
                facts.method.label(),
                oral_procedure_note(facts)
            ),
            &[R2_7],
        );
        return unrecorded_oral(LegitimateGround::OralGuidanceRecorded, reading, why);
    }

    // 第八条 其他执法机关的工作人员因履行法定职责需要，向办案人员了解正在办理的案件有关情况的，应当依照法律程序或者工作
    // 程序进行。
    // 第六条 ……对于不依正当程序转递涉案材料或者提出其他要求的，应当告知其依照程序办理。
    if conduct == Conduct::ForwardCaseMaterials && actor.other_agency && actor.for_duty {
        if facts.through_procedure {
            why.step(
                "其他执法机关的工作人员因履行法定职责需要、依照程序移送涉案材料 → 第八条只明文规定了解情况，依程序移送材料同属依照法律程序或者工作程序进行的职务行为 → 按第八条不认定为干预（本工具的解释）",
                &[R2_8],
            );
            return Finding::Excused(vec![LegitimateGround::OtherAgencyThroughProcedure]);
        }
        why.step(
            "其他执法机关的工作人员因履行法定职责需要转递涉案材料，但未依照程序 → 第六条：对于不依正当程序转递涉案材料的，应当告知其依照程序办理",
            &[R2_8, R2_6],
        );
        return Finding::OtherAgencyWithoutProcedure;
    }

    if has_guiding_role(actor) && for_duty {
        return irregular_form(what, actor, facts, reading, why);
    }
    if is_own_work(conduct) && !has_guiding_role(actor) && for_duty && facts.through_procedure {
        return not_listed(what, facts, why);
    }

    falls_into_article_10(conduct, actor, facts, why)
}

/// Whether the person guides, manages or supervises the case: Art. 7 (bureau leader, superior agency) or Art. 14(1)
/// (a supervising department).
fn has_guiding_role(actor: &Actor) -> bool {
    actor.can_guide() || actor.supervising_department
}

/// The conducts Art. 10(2) names: 提出案件定性处理意见, 批转涉案材料. A department may do these as its own work (信访
/// 转办, 移交线索, 会商意见) without any role in the case.
fn is_own_work(conduct: Conduct) -> bool {
    matches!(conduct, Conduct::OpinionOnDisposition | Conduct::ForwardCaseMaterials)
}

/// Oral guidance that did not go through a procedure: what Art. 7 asks of it under the reading taken.
fn oral_procedure_note(facts: &InterferenceFacts) -> &'static str {
    if facts.through_procedure {
        ""
    } else {
        "（第七条的\"依照程序\"连同\"以书面形式提出\"一并规定，对口头提出只规定\"由办案人员记录在案\"，本次未依程序不影响适用——本工具的解释；本局可在设置中改为口头提出也须依照程序）"
    }
}

// 第七条 ……应当依照程序以书面形式提出，口头提出的，由办案人员记录在案。
// 第十四条（一）……依法依规履行指导、检查、督办等职责，并书面提出指导性或纠正性意见的不应认定为干预、插手案件办理；
// 第十条（七）其他影响执法人员依法公正处理案件的干预、插手案件办理的行为。
/// Guidance or a corrective opinion within authority and for duty, from someone Art. 7 or 14(1) lets give it, that
/// misses only the written form or the procedure. The provision that would clear it does not apply, but nothing in
/// the text makes the form alone conduct that 影响执法人员依法公正处理案件: 法治科 determines it (the safe path).
fn irregular_form(
    what: &str,
    actor: &Actor,
    facts: &InterferenceFacts,
    reading: &Interpretation,
    why: &mut Explanation,
) -> Finding {
    let item = Article10Item::OtherInterference;
    let mut missing: Vec<String> = Vec::new();
    // Art. 7 allows oral guidance, so only Art. 14(1) fails on the form itself.
    if facts.method != ContactMethod::Written && actor.supervising_department {
        missing.push(format!("未以书面形式提出（本次为{}）", facts.method.label()));
    }
    if !facts.through_procedure {
        missing.push("未依照程序提出".to_string());
    }
    let mut cites: Vec<Cite> = Vec::new();
    let mut provisions: Vec<&str> = Vec::new();
    if actor.can_guide() {
        cites.push(R2_7);
        provisions.push(if reading.oral_guidance_needs_procedure && facts.method != ContactMethod::Written {
            "第七条（按本局选定的口径，口头提出也须依照程序）"
        } else {
            "第七条\"依照程序以书面形式提出\""
        });
    }
    if actor.supervising_department {
        cites.push(R2_14_1);
        provisions.push("第十四条第（一）项\"依法依规履行指导、检查、督办等职责，并书面提出\"");
    }
    cites.extend([item.cite(), R2_3]);
    let who =
        if actor.can_guide() { guide_title(actor) } else { "对本案具有指导、管理、监督职能的部门" };
    why.step(
        format!(
            "{who}在职权范围内、因履行职责{what}，但{} → 不符合{}的形式要求，不能据此不认定为干预；{}是\"其他影响执法人员依法公正处理案件\"的行为，条文并未把形式或程序不合规定本身列为此类行为 → 不径行认定为违反规定干预，也不认定为正当：形式不合规定，办案人员全面、如实记录，要求其依照程序以书面形式提出，并报局机关法治科认定（本工具的解释）",
            missing.join("，且"),
            provisions.join("、"),
            item.cite().short_label()
        ),
        &cites,
    );
    Finding::Doubtful(Doubt::IrregularForm)
}

// 第十条（二）超越职权私自向办案机构或办案人员提出案件定性处理意见或批转涉案材料的；
// 第十四条 行政执法机关具体办案机构及办案人员应当区分执法公开、合法咨询、监督指导行为同非法干预、插手案件办理行为的
// 区别：……
// 第三条 局机关办案机构及办案人员应对干预、插手案件办理的情况将时间、地点、人物、方式、内容等全面、如实记录……
/// A department without a guiding role giving an opinion or forwarding materials within its authority, for its duty
/// and through procedure: neither 超越职权 nor 私自, so not Art. 10(2); but Art. 7, 8 and 14 list no ground that
/// clears it either. Recorded and sent to 法治科 for determination.
fn not_listed(what: &str, facts: &InterferenceFacts, why: &mut Explanation) -> Finding {
    let item = Article10Item::PrivateOpinionOrMaterials;
    let form = if facts.method == ContactMethod::Written {
        "以书面形式".to_string()
    } else {
        format!("以{}方式", facts.method.label())
    };
    why.step(
        format!(
            "所在部门对本案无指导、管理、监督职能，不适用第七条、第十四条第（一）项；系在其职权范围内、因履行本部门职责、按工作程序{form}{what}（如信访办按转办程序转交信访件） → {}针对的是\"超越职权私自\"提出意见或批转材料，本次既未超越职权，也非私自所为，不属该项；第七条、第八条、第十四条所列不认定为干预的情形也不包括此类情况 → 本制度未列明，不径行认定为干预，也不认定为正当：办案人员依第三条全面、如实记录，书面材料附卷，报局机关法治科认定（本工具的解释）",
            item.cite().short_label()
        ),
        &[R2_7, R2_14_1, item.cite(), R2_14, R2_3],
    );
    Finding::Doubtful(Doubt::NotListed)
}

// 第十条（一）超越职权下达不符合法律规定的立案、撤销案件、终止调查、变更行政强制措施、降格或者升格行政处罚等指示的；
// 第十条（二）超越职权私自向办案机构或办案人员提出案件定性处理意见或批转涉案材料的；
// 第十条（七）其他影响执法人员依法公正处理案件的干预、插手案件办理的行为。
// 第五条 ……不得利用职权或职务上的影响，以口头、电话、书面等方式向办案人员施加影响或压力，干扰正常执法办案……
/// Guidance, opinions and materials that are neither within authority and for duty nor the department's own work
/// through procedure. Someone without a guiding role is beyond authority: item (1) for instructions, item (2) for
/// opinions and materials (超越职权 or, off duty or procedure, 私自), item (7) for bare supervision, which neither
/// names. Someone with a guiding role is beyond authority only when the request exceeds it (item (1) or (2)); within
/// authority but not for their duty it is item (7).
fn falls_into_article_10(conduct: Conduct, actor: &Actor, facts: &InterferenceFacts, why: &mut Explanation) -> Finding {
    let has_role = has_guiding_role(actor);
    let own_work = is_own_work(conduct) && !has_role;
    let beyond_authority = !has_role || !facts.within_authority;
    let mut failed: Vec<String> = Vec::new();
    if !has_role {
        failed.push(
            "行为人既非在岗的局机关领导干部或上级机关工作人员，所在部门对本案也无指导、管理、监督职能".to_string(),
        );
    }
    if !facts.within_authority {
        failed.push("所提要求超出其职权范围".to_string());
    }
    if !actor.for_duty {
        failed.push("并非因履行职责所需".to_string());
    }
    if !facts.through_procedure {
        failed.push("未依照程序提出".to_string());
    }
    let item = if beyond_authority {
        match conduct {
            Conduct::InstructCaseDecision => Article10Item::InstructionBeyondAuthority,
            Conduct::OpinionOnDisposition | Conduct::ForwardCaseMaterials => Article10Item::PrivateOpinionOrMaterials,
            _ => Article10Item::OtherInterference,
        }
    } else {
        Article10Item::OtherInterference
    };
    let why_item = match item {
        Article10Item::InstructionBeyondAuthority if !has_role && facts.within_authority => {
            "对本案没有领导、指导、监督职能的人员无权就本案下达此类指示，所答\"在职权范围内\"不能成立（本工具的解释），超越职权下达的指示本身即不符合法律规定"
        }
        Article10Item::InstructionBeyondAuthority => "超越职权下达的指示本身即不符合法律规定",
        Article10Item::PrivateOpinionOrMaterials if own_work && facts.within_authority => {
            "对本案无指导、管理、监督职能的部门，其职权只能通过本部门的正常工作程序及于本案；并非因履行职责或脱离工作程序而提出意见、批转材料，即属超越职权私自所为（本工具的解释）"
        }
        Article10Item::PrivateOpinionOrMaterials => "超出职权向办案人员提出意见或批转材料，即属超越职权私自所为",
        _ if beyond_authority => "第（一）至（六）项均不对应，属其他干预、插手行为",
        _ => {
            "虽未超越职权，但并非因履行职责所需，属第五条所禁止的利用职权或职务上的影响向办案人员施加影响，为其他影响依法公正处理案件的行为"
        }
    };
    let form_or_rank_present = facts.method == ContactMethod::Written || actor.can_guide();
    let not_enough = if form_or_rank_present { "（仅有书面形式或领导身份并不足够）" } else { "" };
    let (also_not, mut cites) = if own_work {
        ("，也不属依职权、按工作程序提出意见或转交材料", vec![R2_7, R2_14_1, R2_14])
    } else if beyond_authority {
        ("", vec![R2_7, R2_14_1])
    } else {
        ("", vec![R2_7, R2_14_1, R2_5])
    };
    cites.push(item.cite());
    why.step(
        format!(
            "{}：{} → 不符合第七条、第十四条第（一）项{also_not}{not_enough} → {why_item} → {}",
            conduct.label(),
            failed.join("；"),
            item.cite().short_label()
        ),
        &cites,
    );
    Finding::Prohibited(vec![item])
}

/// Art. 7 knows two forms, 书面 and 口头; everything but a written document counts as 口头, and for instant
/// messages the engine says so because they look written.
fn oral_form_note(method: ContactMethod) -> &'static str {
    match method {
        ContactMethod::Message => {
            "（短信、微信等即时消息不是依照程序提出的书面形式，本工具按口头提出处理，截图可作为记录的附件——本工具的解释）"
        }
        _ => "（口头提出）",
    }
}

fn guide_title(actor: &Actor) -> &'static str {
    if actor.superior_agency { "上级机关工作人员" } else { "局机关领导干部" }
}
