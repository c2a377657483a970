//! What each interference verdict requires of the handler and the bureau (Art. 3, 4, 6, 10, 11, 13).

use super::actions::{ActionKind, RequiredAction};
use super::basis::Occasion;
use super::cites::{R2_3, R2_4, R2_6, R2_7, R2_8, R2_10, R2_11, R2_13, R2_14_1};
use super::facts::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};
use super::scope::Actor;
use super::verdict::Verdict;
use crate::rules::Explanation;

/// The Art. 3 duty in one sentence: what every record action starts with.
pub(super) const FULL_RECORD: &str =
    "办案人员将本次情况的时间、地点、人物、方式、内容全面、如实记录，做到全程留痕、有据可查";

/// The actions the verdict requires. Every outcome starts with the record: Art. 3 asks for 全程留痕, and the record
/// is also what shows a legitimate contact was legitimate.
pub(super) fn required(
    verdict: &Verdict,
    actor: &Actor,
    facts: &InterferenceFacts,
    conducts: &[Conduct],
    occasion: Occasion,
    why: &mut Explanation,
) -> Vec<RequiredAction> {
    let mut actions = vec![record(verdict, actor, facts, occasion, why)];
    match verdict {
        Verdict::Prohibited { .. } => {
            actions.push(refuse());
            if conducts.contains(&Conduct::ForwardCaseMaterials) {
                actions.push(RequiredAction::new(
                    ActionKind::FollowProcedure,
                    "对其转递的涉案材料不通过此途径接收，告知其依照程序办理（如由当事人依法自行提交）",
                    &[R2_6],
                ));
            }
            if actor.under_personnel_authority() {
                actions.push(report(actor));
                actions.push(notify());
                // 第十一条 机关内部人员有本规定第十条所列行为之一，构成违纪的，依照《中国共产党纪律处分条例》、《行政
                // 机关公务员处分条例》等规定移交纪检部门给予纪律处分；构成犯罪的，依法移交有关部门追究刑事责任。
                actions.push(RequiredAction::new(
                    ActionKind::ReferToDiscipline,
                    "经调查构成违纪的，依照《中国共产党纪律处分条例》《行政机关公务员处分条例》等规定移交纪检部门给予纪律处分",
                    &[R2_11],
                ));
                actions.push(RequiredAction::new(
                    ActionKind::ReferForProsecution,
                    "构成犯罪的，依法移交有关部门追究刑事责任",
                    &[R2_11],
                ));
            } else {
                why.step(
                    format!(
                        "行为人为{}，不在本局人事管理权限内 → 第十条的通报须\"按人事管理权限并报经批准\"，本局不能对其通报，也不由本局移交纪检部门 → 由办案人员报告局机关法治科，法治科调查核实后移交区司法局处理或函告其所在单位（本工具的解释）",
                        actor.category.label()
                    ),
                    &[R2_10, R2_11, R2_3, R2_4],
                );
                actions.push(report_beyond_authority(true));
            }
        }
        Verdict::ForDetermination { .. } => {
            let written = facts.method == ContactMethod::Written;
            if !written || !facts.through_procedure {
                let ask = if written {
                    "依照程序提出"
                } else {
                    "依照程序以书面形式提出，书面意见附卷"
                };
                actions.push(RequiredAction::new(
                    ActionKind::FollowProcedure,
                    format!(
                        "办案人员告知对方{ask}（第七条\"应当依照程序以书面形式提出\"、第十四条第（一）项\"书面提出\"）"
                    ),
                    &[R2_6, R2_7, R2_14_1],
                ));
            }
            actions.push(RequiredAction::new(
                ActionKind::Report,
                "办案人员将记录报局机关法治科，由法治科认定是否属于干预、插手案件办理；本工具不径行认定为干预，认定之前不予通报、不移交纪检部门",
                &[R2_3, R2_4],
            ));
        }
        Verdict::OtherAgencyWithoutProcedure => {
            actions.push(RequiredAction::new(
                ActionKind::FollowProcedure,
                "办案人员告知对方依照法律程序或者工作程序办理（如出具公函、按协作程序调阅或移送）",
                &[R2_6, R2_8],
            ));
            actions.push(if actor.internal {
                RequiredAction::new(
                    ActionKind::Report,
                    "对方拒不依照程序、继续过问的，属于非法过问，办案人员向局机关法治科报告；必要时可以直接向区司法局报告",
                    &[R2_3],
                )
            } else {
                RequiredAction::new(
                    ActionKind::Report,
                    "建议：对方拒不依照程序、继续过问的，向局机关法治科反映，由其依第四条调查处理",
                    &[R2_4],
                )
            });
        }
        Verdict::OutsideScope if !conducts.is_empty() => {
            if actor.category != PersonCategory::Outsider {
                actions.push(refuse());
            }
            actions.push(RequiredAction::new(
                ActionKind::FollowProcedure,
                "办案人员告知对方依照程序办理（如代理人依法提交书面意见、证据材料）",
                &[R2_6],
            ));
            if actor.category != PersonCategory::Outsider {
                actions.push(report_beyond_authority(false));
            }
        }
        // Weighed and acted on in `undetermined`; a completed contact never reaches here undetermined.
        Verdict::Undetermined { .. }
        | Verdict::Legitimate { .. }
        | Verdict::AwaitingRecord { .. }
        | Verdict::OutsideScope
        | Verdict::NoConductGiven => {}
    }
    actions
}

// 第六条 ……对于执法机关内部人员的干预、说情或者打探案情，应当予以拒绝；对于不依正当程序转递涉案材料或者提出其他要求
// 的，应当告知其依照程序办理。
fn refuse() -> RequiredAction {
    RequiredAction::new(ActionKind::Refuse, "办案人员对其干预、说情或者打探案情予以拒绝", &[R2_6])
}

// 第三条 局机关办案机构及办案人员应对干预、插手案件办理的情况将时间、地点、人物、方式、内容等全面、如实记录，做到全程
// 留痕，有据可查。……
// 第十三条 办案人员不记录或者不如实记录局机关内部人员干预、插手案件情况的，予以警告、通报批评；……
/// The record. On the officer's own record the record is being made, so the step says the duty is being met and
/// what remains; on a described contact not yet recorded, the handler is reminded of Art. 13.
fn record(
    verdict: &Verdict,
    actor: &Actor,
    facts: &InterferenceFacts,
    occasion: Occasion,
    why: &mut Explanation,
) -> RequiredAction {
    let mut cites = vec![R2_3];
    let own_record = occasion == Occasion::OwnRecord;
    let mut text = match verdict {
        Verdict::AwaitingRecord { grounds } => {
            cites.extend(grounds.iter().map(|g| g.cite()));
            let mut text = "办案人员立即将对方口头提出的意见或了解的情况记录在案（时间、地点、人物、方式、内容），记录是办案人员的义务，记录后本次不认定为干预".to_string();
            if own_record {
                text.push_str("（本记录即是第三条的记录；同时记入案卷或工作记录后，在本记录中注明已记录在案）");
            }
            text
        }
        _ => FULL_RECORD.to_string(),
    };
    if facts.method == ContactMethod::Written {
        text.push_str("，书面材料附卷");
    }
    if matches!(verdict, Verdict::Legitimate { .. } | Verdict::OutsideScope) {
        text.push_str("（即使不认定为内部人员干预，也应记录：第三条要求全程留痕，记录也是本次过问正当的凭据）");
    }
    let unrecorded = actor.internal && !facts.recorded_by_handler;
    if own_record {
        if unrecorded && !matches!(verdict, Verdict::AwaitingRecord { .. }) {
            let remains = if reported(verdict) {
                "尚需：五要素如实填写完整，并向局机关法治科报告"
            } else {
                "尚需：五要素如实填写完整"
            };
            why.step(
                format!(
                    "本记录即是办案人员依第三条所作的记录 → 记录义务正在履行，第十三条针对的是不记录或者不如实记录的办案人员，不适用于本次 → {remains}"
                ),
                &[R2_3],
            );
        }
        if !matches!(verdict, Verdict::AwaitingRecord { .. }) {
            text.push_str("；本记录即是此项记录");
        }
    } else if unrecorded {
        if !matches!(verdict, Verdict::AwaitingRecord { .. }) {
            why.step(
                "办案人员尚未记录 → 记录是办案人员自己的义务 → 不记录或者不如实记录的，予以警告、通报批评；两次以上的，移交纪检部门给予纪律处分",
                &[R2_3, R2_13],
            );
        }
        text.push_str("；不记录或者不如实记录的，办案人员予以警告、通报批评，两次以上的移交纪检部门给予纪律处分");
        cites.push(R2_13);
    }
    cites.dedup();
    RequiredAction::new(ActionKind::Record, text, &cites)
}

/// Whether the verdict requires a report to 法治科 in any case (not only if the person persists).
fn reported(verdict: &Verdict) -> bool {
    matches!(verdict, Verdict::Prohibited { .. } | Verdict::ForDetermination { .. })
}

// 第三条 ……遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。必要时可以直接向区司法局报告。
// 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理，必要时可
// 移交同级司法局处理。
fn report(actor: &Actor) -> RequiredAction {
    let mut text = "办案人员向局机关法治科报告，由法治科调查处理；必要时可以直接向区司法局报告".to_string();
    if actor.can_guide() {
        text.push_str("（建议：行为人为局领导干部或上级机关工作人员，在局内报告可能不便，可直接向区司法局报告）");
    }
    RequiredAction::new(ActionKind::Report, text, &[R2_3, R2_4])
}

// 第三条 ……遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。必要时可以直接向区司法局报告。
// 第四条 ……如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理，必要时可移交同级司法局处理。
/// The report for a person outside the bureau's personnel authority: what the bureau can do instead of a 通报 or a
/// referral of its own. A duty under Art. 3 when the person is internal personnel, a 建议 under Art. 4 otherwise.
fn report_beyond_authority(internal: bool) -> RequiredAction {
    let tail = "法治科调查核实后，必要时移交区司法局处理，或函告其所在单位（有人事管理权限的机关）；涉嫌犯罪的，依法移交有关部门。行为人不在本局人事管理权限内，本局不对其通报，也不移交本局纪检部门";
    if internal {
        RequiredAction::new(
            ActionKind::Report,
            format!("办案人员向局机关法治科报告；必要时可以直接向区司法局报告。{tail}"),
            &[R2_3, R2_4],
        )
    } else {
        RequiredAction::new(
            ActionKind::Report,
            format!("建议：向局机关法治科报告，由其依第四条调查处理。{tail}"),
            &[R2_4],
        )
    }
}

// 第十条 局机关内部人员有下列行为之一的，属于违反规定干预办案，应按人事管理权限并报经批准后予以通报：
fn notify() -> RequiredAction {
    RequiredAction::new(ActionKind::Notify, "局机关按人事管理权限并报经批准后，对行为人予以通报", &[R2_10])
}
