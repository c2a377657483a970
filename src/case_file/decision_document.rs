//! 《行政执法错案责任追究处理决定书》, drafted from the file: the source of the case, the investigation, the findings
//! with the provisions quoted, the decision per officer (the 建议 while no decision is recorded, marked as such),
//! the referral, and the officer's rights under R1 Art. 12. Marked 草稿 until the decision is recorded.

use super::file::CaseFile;
use super::machine::suggested_outcome;
use super::step::{CaseStep, DecidedOutcome};
use crate::law::{Cite, quote};
use crate::rules::r1::{CaseStatus, GroundStatus};
use crate::rules::{Readings, run_wrong_case};

/// One section of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSection {
    /// 标题.
    pub heading: String,
    /// 段落.
    pub paragraphs: Vec<String>,
}

/// A document ready to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// 草稿: the step the document records is not yet on file.
    pub draft: bool,
    /// 标题.
    pub title: String,
    /// 文号 (the file's 案号).
    pub number: String,
    /// The sections, in order.
    pub sections: Vec<DocumentSection>,
    /// 落款日期 (the decision's date, or empty).
    pub dated: String,
}

fn section(heading: &str, paragraphs: Vec<String>) -> DocumentSection {
    DocumentSection { heading: heading.to_string(), paragraphs }
}

/// `《…》第X条第（Y）项规定：“…”`.
fn quoted(cite: Cite) -> String {
    format!("{}规定：“{}”", cite.label(), quote(cite).unwrap_or_default())
}

/// The decision document of the file, under `readings`.
pub fn decision_document(file: &CaseFile, readings: &Readings) -> Document {
    let intake = file.intake().cloned().unwrap_or_default();
    let decision = file.decision().cloned();
    let mut sections = Vec::new();

    let received = intake.received_on.map(|d| d.format("%Y年%m月%d日").to_string()).unwrap_or_default();
    sections.push(section(
        "一、案件来源",
        vec![format!(
            "{received}，局法治科经{}受理{}对{}在{}中执法过错行为的举报（投诉），内容为：{}",
            intake.received_via.label(),
            intake.reporter.trim(),
            intake.against.trim(),
            intake.enforcement_case.trim(),
            intake.summary.trim()
        )],
    ));

    let mut investigation = Vec::new();
    for step in file.steps.iter().filter(|s| s.round == file.round()) {
        match step.current() {
            CaseStep::InvestigationOpened(g) => investigation.push(format!(
                "经报局主要负责人{}，由{}组成调查组{}开展调查。",
                g.principal.trim(),
                g.members.trim(),
                g.formed_on.map(|d| d.format("于%Y年%m月%d日").to_string()).unwrap_or_default()
            )),
            CaseStep::InvestigationAction(a) => investigation.push(format!(
                "{}，{}：{}",
                a.done_on.map(|d| d.format("%Y年%m月%d日").to_string()).unwrap_or_default(),
                a.method.label(),
                a.summary.trim()
            )),
            CaseStep::Skipped(s) => investigation.push(format!("未另行组成调查组，原因：{}", s.reason.trim())),
            _ => {}
        }
    }
    sections.push(section("二、调查情况", investigation));

    let mut findings = Vec::new();
    let mut outcomes = Vec::new();
    if let Some(facts) = file.facts() {
        let assessment = run_wrong_case(&facts, readings);
        if let Some(evidence) = file.findings().map(|f| f.evidence.trim().to_string()).filter(|e| !e.is_empty()) {
            findings.push(format!("证据及核实情况：{evidence}"));
        }
        for ground in assessment.grounds.iter().filter(|g| g.status == GroundStatus::Established) {
            findings.push(format!("经调查属实，本案属于{}。{}", ground.ground.label(), quoted(ground.ground.cite())));
        }
        if assessment.status != CaseStatus::WrongCase {
            findings.push(format!("按现有认定，本案结论为：{}。", assessment.status.label()));
        }
        for officer in &assessment.officers {
            let mut line = format!("{}：{}。", officer.name.trim(), officer.liability.label());
            for act in &officer.acts {
                line.push_str(&quoted(act.cite()));
                line.push('。');
            }
            if !officer.mitigating.is_empty() || !officer.aggravating.is_empty() {
                line.push_str(officer.circumstances.label());
                line.push('。');
            }
            findings.push(line);
            let decided =
                decision.as_ref().and_then(|d| d.officers.iter().find(|o| o.officer.trim() == officer.name.trim()));
            outcomes.push(match decided {
                Some(row) => format!("对{}：{}。", officer.name.trim(), row.outcome.label()),
                None => format!(
                    "对{}：建议{}（本局政策，须经机关领导集体讨论决定）。",
                    officer.name.trim(),
                    suggested_outcome(officer).map_or("（无建议）", DecidedOutcome::label)
                ),
            });
        }
    }
    sections.push(section("三、认定", findings));
    if outcomes.iter().any(|o| !o.contains("不予追究")) {
        outcomes.push(quoted(Cite::article(1, 11)));
    }
    if let Some(referral) = decision.as_ref().and_then(|d| d.referral.as_ref()) {
        outcomes.push(format!(
            "因涉嫌违纪违法，已于{}向{}报告。",
            referral.referred_on.map(|d| d.format("%Y年%m月%d日").to_string()).unwrap_or_default(),
            referral.body.trim()
        ));
    }
    let heading = if decision.is_some() {
        "四、处理决定（经机关领导集体讨论）"
    } else {
        "四、处理建议（尚未集体讨论决定）"
    };
    sections.push(section(heading, outcomes));
    sections.push(section(
        "五、权利告知",
        vec![format!(
            "被追究人员对处理事实、决定不服的，可以依法进行陈述和申辩，或者提出申诉。{}",
            quoted(Cite::article(1, 12))
        )],
    ));
    Document {
        draft: decision.is_none(),
        title: "行政执法错案责任追究处理决定书".to_string(),
        number: file.case_number().to_string(),
        sections,
        dated: decision.and_then(|d| d.decided_on).map(|d| d.format("%Y年%m月%d日").to_string()).unwrap_or_default(),
    }
}
