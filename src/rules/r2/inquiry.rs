//! Asking about a case: legitimate under Art. 8 (other agencies) or Art. 14(2) (for duty, through normal
//! procedure, recorded), otherwise 违反规定打探案情 under Art. 10(5) or (6).

use super::article10;
use super::cites::{R2_6, R2_8, R2_14_2};
use super::facts::{ContactMethod, InterferenceFacts};
use super::finding::{Finding, unrecorded_oral};
use super::interpretation::Interpretation;
use super::scope::Actor;
use super::verdict::LegitimateGround;
use crate::rules::Explanation;

/// Classifies an inquiry about the case.
pub(super) fn classify(
    actor: &Actor,
    facts: &InterferenceFacts,
    reading: &Interpretation,
    why: &mut Explanation,
) -> Finding {
    if facts.on_behalf_of_party {
        return article10::prying_or_leaking("打探案情", facts, why);
    }

    // 第八条 其他执法机关的工作人员因履行法定职责需要，向办案人员了解正在办理的案件有关情况的，应当依照法律程序或者工作
    // 程序进行。
    // 第六条 ……对于不依正当程序转递涉案材料或者提出其他要求的，应当告知其依照程序办理。
    if actor.other_agency && actor.for_duty {
        if facts.through_procedure {
            why.step(
                "其他执法机关的工作人员因履行法定职责需要了解案件情况，依照法律程序或者工作程序进行 → 符合第八条",
                &[R2_8],
            );
            return Finding::Excused(vec![LegitimateGround::OtherAgencyThroughProcedure]);
        }
        why.step(
            "其他执法机关的工作人员因履行法定职责需要了解案件情况，但未依照法律程序或者工作程序 → 不符合第八条 → 第八条只要求其依程序进行，本工具不认定为第十条的干预，而依第六条告知其依照程序办理；对方拒不依程序、继续过问的，即属非法过问",
            &[R2_8, R2_6],
        );
        return Finding::OtherAgencyWithoutProcedure;
    }

    // 第十四条（二）因履行职责需要，向办案机构或办案人员口头了解正在办理案件的有关情况，并按照正常工作程序进行，且办案
    // 机构或办案人员做好工作记录的不认定为干预、插手案件办理。
    if actor.for_duty && facts.through_procedure {
        let form = if facts.method == ContactMethod::Written {
            "以书面形式了解情况（第十四条第（二）项规定的是口头了解；书面了解本身留有痕迹，本工具同样适用该项，系本工具的解释）"
        } else {
            "口头了解情况"
        };
        if facts.recorded_by_handler {
            why.step(
                format!("因履行职责需要{form}，按照正常工作程序进行，办案人员已做好工作记录 → 符合第十四条第（二）项"),
                &[R2_14_2],
            );
            return Finding::Excused(vec![LegitimateGround::RecordedWorkInquiry]);
        }
        why.step(
            format!("因履行职责需要{form}，按照正常工作程序进行 → 第十四条第（二）项还要求办案人员做好工作记录"),
            &[R2_14_2],
        );
        return unrecorded_oral(LegitimateGround::RecordedWorkInquiry, reading, why);
    }

    let mut failed = Vec::new();
    if !actor.for_duty {
        failed.push("并非因履行职责需要");
    }
    if !facts.through_procedure {
        failed.push("未按照正常工作程序进行");
    }
    why.step(
        format!("了解案件情况，但{} → 不符合第十四条第（二）项 → 属于违反规定打探案情", failed.join("，且")),
        &[R2_14_2],
    );
    article10::prying_or_leaking("打探案情", facts, why)
}
