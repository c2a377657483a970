//! 《关于内部人员违规干预案件办理情况的通报》, drafted from a record and 法治科's follow-up of it (R2 Art. 3, 10, 11).
//! There is no draft without 法治科's own determination that the record is 违反规定干预: the engine's verdict alone
//! never produces a 通报. Marked 草稿 until the 通报's approval and issue are recorded.

use super::record_follow_up::FollowUp;
use super::step::FollowUpStep;
use crate::case_file::{Document, DocumentSection};
use crate::law::{Cite, quote, regulation};
use crate::record::InterferenceRecord;

fn day(date: Option<chrono::NaiveDate>) -> String {
    date.map(|d| d.format("%Y年%m月%d日").to_string()).unwrap_or_else(|| "（日期待填）".to_string())
}

fn quoted(cite: Cite) -> String {
    format!("{}规定：“{}”", cite.label(), quote(cite).unwrap_or_default())
}

/// The 通报 draft for `record` as 法治科 followed it up; `None` unless 法治科 determined it to be 违反规定干预.
pub fn circulation_document(record: &InterferenceRecord, follow_up: &FollowUp) -> Option<Document> {
    let determination = follow_up.determination()?;
    let item = determination.item?;
    let circulation = follow_up.steps.iter().find_map(|s| match s.current() {
        FollowUpStep::Circulation(c) => Some(c.clone()),
        _ => None,
    });
    let handover = follow_up.steps.iter().find_map(|s| match s.current() {
        FollowUpStep::Handover(h) => Some(h.clone()),
        _ => None,
    });
    let person = &record.person;
    let who = [person.unit.trim(), person.position.trim(), person.name.trim()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("");
    let mut sections = vec![DocumentSection {
        heading: "一、基本情况".into(),
        paragraphs: vec![format!(
            "{}，在{}，{}以{}方式就{}（{}）{}。内容：{}（记录人：{}）",
            record.occurred_at.format("%Y年%m月%d日%H时%M分"),
            record.place.trim(),
            who,
            record.method().label(),
            record.case.number.trim(),
            record.case.cause.trim(),
            "过问案件办理",
            record.content.trim(),
            record.recorders.join("、")
        )],
    }];
    sections.push(DocumentSection {
        heading: "二、认定".into(),
        paragraphs: vec![
            format!(
                "经局机关法治科{}认定，上述行为属于违反规定干预办案。{}",
                day(determination.decided_on),
                quoted(item.cite())
            ),
            format!("认定理由：{}", determination.reason.trim()),
        ],
    });
    let mut handling = vec![match &circulation {
        Some(c) => {
            format!("依据第十条，按人事管理权限报经{}于{}批准，予以通报。", c.approved_by.trim(), day(c.approved_on))
        }
        None => "依据第十条，应按人事管理权限并报经批准后予以通报（尚未报经批准）。".to_string(),
    }];
    if let Some(article) = regulation(2).and_then(|r| r.article(10)) {
        handling.push(format!("{}规定：“{}”", Cite::article(2, 10).label(), article.lead));
    }
    if let Some(h) = handover {
        handling.push(format!("已于{}移交{}。{}", day(h.handed_on), h.body.trim(), quoted(Cite::article(2, 11))));
    }
    sections.push(DocumentSection { heading: "三、处理".into(), paragraphs: handling });
    Some(Document {
        draft: circulation.is_none(),
        title: "关于内部人员违规干预案件办理情况的通报".into(),
        number: circulation.as_ref().map(|c| c.document_number.trim().to_string()).unwrap_or_default(),
        sections,
        dated: circulation.and_then(|c| c.issued_on).map(|d| d.format("%Y年%m月%d日").to_string()).unwrap_or_default(),
    })
}
