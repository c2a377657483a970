//! The stage machine: which step may be recorded when, and what each step must say given the file so far.
//!
//! 第十条 执法错案责任的追究程序：（一）立案……（二）调查……（三）追究……
//!
//! - A file opens with its 立案; a matter not within the bureau's remit is transferred (the 2-day clock of R1-10-1)
//!   and goes no further.
//! - 调查 comes before 认定, 认定 before 集体讨论决定: a stage cannot be entered before the one it depends on.
//!   Only 调查 may be left out, and only with a recorded reason (e.g. the facts were already established by an
//!   effective judgment); 认定 and the decision can never be skipped, since a decision without findings would
//!   accuse beyond what was established.
//! - A decision that differs from the engine's 建议 for an officer needs a reason.
//! - 重新调查 may follow a decision within 1 month of it (R1-10-3); an order after the window needs a reason. It
//!   opens a new round: 调查, 认定 and 集体讨论决定 again.
//! - 陈述申辩 and 申诉 (R1 Art. 12) follow a decision, by an officer it dealt with.
//! - An amendment keeps the kind of step and needs a reason; the 案号 cannot change once a decision is recorded.

use chrono::NaiveDate;

use super::Stage;
use super::file::{CaseFile, FiledStep};
use super::step::{CaseStep, DecidedOutcome, Decision, Intake};
use super::validate::{FieldError, validate};
use crate::rules::deadline::{reinvestigation_deadline, transfer_deadline};
use crate::rules::r1::{OfficerAssessment, SuggestedOutcome};
use crate::rules::{Readings, run_wrong_case};

/// Where a step goes.
#[derive(Debug, Clone, Copy)]
pub enum Placement<'a> {
    /// A new file (the step must be its 立案).
    NewFile,
    /// A new step of this file.
    NewStep(&'a CaseFile),
    /// A new version of this step of this file, with its reason.
    Amend(&'a CaseFile, &'a FiledStep, &'a str),
}

/// Every reason the step cannot be recorded as placed (empty: it can), judged on `today` under `readings`.
/// `others` are the other files (for the 案号's uniqueness).
pub fn check_step<'a>(
    others: impl IntoIterator<Item = &'a CaseFile>,
    placement: Placement<'_>,
    step: &CaseStep,
    readings: &Readings,
    today: NaiveDate,
) -> Vec<FieldError> {
    let mut errors = validate(step, today);
    let whole = |message: &str| FieldError::new("", message);
    let file = match placement {
        Placement::NewFile => {
            if !matches!(step, CaseStep::Intake(_)) {
                errors.push(whole("新卷宗须从立案开始"));
            }
            None
        }
        Placement::NewStep(file) => {
            if let Some(message) = order_refusal(file, step) {
                errors.push(whole(&message));
            }
            Some(file)
        }
        Placement::Amend(file, target, reason) => {
            if reason.trim().is_empty() {
                errors.push(FieldError::new("amend_reason", "请填写修改原因"));
            }
            if !target.current().same_kind(step) {
                errors.push(whole("修改不能改变步骤的种类；请另行记录新的步骤"));
            }
            if let (CaseStep::Intake(old), CaseStep::Intake(new)) = (target.current(), step) {
                errors.extend(intake_amendment(file, old, new));
            }
            Some(file)
        }
    };
    if let CaseStep::Intake(intake) = step {
        let number = intake.case_number.trim();
        let own = file.map(|f| f.id);
        if !number.is_empty() && others.into_iter().any(|f| Some(f.id) != own && f.case_number() == number) {
            errors.push(FieldError::new("case_number", format!("案号“{number}”已被另一卷宗使用，请核对")));
        }
    }
    if let Some(file) = file {
        errors.extend(context_errors(file, step, readings));
    }
    errors
}

/// The kinds of step that may be recorded next in the file, each as its blank form (立案 is never among them: it
/// opens a file).
pub fn next_steps(file: &CaseFile) -> Vec<CaseStep> {
    CaseStep::blanks().into_iter().filter(|blank| order_refusal(file, blank).is_none()).collect()
}

/// Why a new step cannot be entered yet (or at all), if it cannot.
fn order_refusal(file: &CaseFile, step: &CaseStep) -> Option<String> {
    let intake = file.intake()?;
    let has = |pick: fn(&CaseStep) -> bool| file.in_round(move |s| pick(s).then_some(())).next().is_some();
    let any = |pick: fn(&CaseStep) -> bool| file.steps.iter().any(|s| pick(s.current()));
    let investigated = has(|s| {
        matches!(s, CaseStep::InvestigationOpened(_))
            || matches!(s, CaseStep::Skipped(skip) if skip.stage == Stage::Investigation)
    });
    if step.stage() != Stage::Intake && intake.within_remit != Some(true) {
        return Some(
            "本案登记为不属于本单位受理，应转送有权部门，不进入调查等阶段；如判断有误，请先修改立案信息并写明原因"
                .into(),
        );
    }
    let refusal = match step {
        CaseStep::Intake(_) => Some("本卷宗已立案；如需更正立案信息，请修改立案并写明原因"),
        CaseStep::Reply(_) if any(|s| matches!(s, CaseStep::Reply(_))) => {
            Some("已记录答复；如需更正，请修改该答复并写明原因")
        }
        CaseStep::Transfer(_) if intake.within_remit != Some(false) => Some("本案属于本单位受理，无需转送"),
        CaseStep::Transfer(_) if any(|s| matches!(s, CaseStep::Transfer(_))) => {
            Some("已记录转送；如需更正，请修改该转送并写明原因")
        }
        CaseStep::InvestigationOpened(_) | CaseStep::Skipped(_) if investigated => {
            Some("本轮已记录调查组（或已写明未经调查的原因）；如需更正，请修改该步骤")
        }
        CaseStep::Skipped(skip) if skip.stage != Stage::Investigation => {
            Some("只有调查阶段可以在写明原因后略过；认定和集体讨论决定不能略过")
        }
        CaseStep::InvestigationAction(_) | CaseStep::Conduct(_)
            if !has(|s| matches!(s, CaseStep::InvestigationOpened(_))) =>
        {
            Some("请先记录报局主要负责人并组成调查组，再记录调查情况")
        }
        CaseStep::Findings(_) if !investigated => Some("请先记录调查（调查组的组成），或写明未经调查的原因"),
        CaseStep::Findings(_) if has(|s| matches!(s, CaseStep::Findings(_))) => {
            Some("本轮已有认定；如需更正，请修改认定并写明原因")
        }
        CaseStep::Decision(_) if !has(|s| matches!(s, CaseStep::Findings(_))) => {
            Some("请先完成认定（错案情形、责任人及情节），再记录集体讨论决定")
        }
        CaseStep::Decision(_) if has(|s| matches!(s, CaseStep::Decision(_))) => {
            Some("本轮已有处理决定；如需更正，请修改该决定并写明原因；如认为事实不清或处理不当，请记录责令重新调查")
        }
        CaseStep::Reinvestigation(_) if !has(|s| matches!(s, CaseStep::Decision(_))) => {
            Some("重新调查须在处理决定作出之后责令")
        }
        CaseStep::Statement(_) | CaseStep::Appeal(_) if file.last_decision().is_none() => {
            Some("陈述申辩和申诉针对处理决定，请先记录集体讨论决定")
        }
        _ => None,
    };
    refusal.map(str::to_string)
}

/// What an amended 立案 may not change.
fn intake_amendment(file: &CaseFile, old: &Intake, new: &Intake) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if file.last_decision().is_some() && old.case_number.trim() != new.case_number.trim() {
        errors.push(FieldError::new("case_number", "已作出处理决定，案号不能再修改"));
    }
    let later = file.steps.iter().any(|s| s.current().stage() != Stage::Intake);
    if later && old.within_remit != new.within_remit {
        errors.push(FieldError::new("within_remit", "调查已经开始，不能再改为不属于本单位受理"));
    }
    let transferred = file.steps.iter().any(|s| matches!(s.current(), CaseStep::Transfer(_)));
    if transferred && old.within_remit != new.within_remit {
        errors.push(FieldError::new("within_remit", "已记录转送有权部门，不能再改为属于本单位受理"));
    }
    errors
}

/// The checks that need the file: dates against earlier steps, deadlines, the decision against the 建议.
fn context_errors(file: &CaseFile, step: &CaseStep, readings: &Readings) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let received = file.intake().and_then(|i| i.received_on);
    if let (Some(received), Some(date)) = (received, step.date())
        && date < received
        && !matches!(step, CaseStep::Intake(_))
    {
        errors.push(FieldError::new("", format!("日期早于受理日期（{received}），请核对")));
    }
    match step {
        CaseStep::Transfer(t) => {
            if let (Some(received), Some(on)) = (received, t.transferred_on)
                && let Ok(deadline) = transfer_deadline(received, readings.day_counting)
                && on > deadline.due
                && t.late_reason.trim().is_empty()
            {
                errors.push(FieldError::new(
                    "late_reason",
                    format!("转送日期晚于期限届满日（{}，第十条第（一）项），请填写逾期原因", deadline.due),
                ));
            }
        }
        CaseStep::Decision(decision) => errors.extend(decision_errors(file, decision, readings)),
        CaseStep::Reinvestigation(order) => {
            let decided = file.decision().and_then(|d| d.decided_on);
            if let (Some(decided), Some(on)) = (decided, order.ordered_on) {
                if on < decided {
                    errors.push(FieldError::new("ordered_on", "责令日期早于处理决定日期，请核对"));
                } else if let Ok(window) = reinvestigation_deadline(decided)
                    && on > window.due
                    && order.late_reason.trim().is_empty()
                {
                    errors.push(FieldError::new(
                        "late_reason",
                        format!(
                            "已超过处理决定后1个月（届满日{}，第十条第（三）项），请写明仍然责令重新调查的原因",
                            window.due
                        ),
                    ));
                }
            }
        }
        CaseStep::Statement(s) => errors.extend(decided_officer(file, "officer", &s.officer)),
        CaseStep::Appeal(a) => errors.extend(decided_officer(file, "officer", &a.officer)),
        _ => {}
    }
    errors
}

/// The officer must be one the last decision dealt with.
fn decided_officer(file: &CaseFile, field: &str, name: &str) -> Option<FieldError> {
    let decision = file.last_decision()?;
    let name = name.trim();
    (!name.is_empty() && !decision.officers.iter().any(|o| o.officer.trim() == name))
        .then(|| FieldError::new(field, format!("处理决定中没有“{name}”，请选择被处理的执法人员")))
}

/// The decision covers exactly the officers of the findings, and gives a reason wherever it departs from the 建议.
fn decision_errors(file: &CaseFile, decision: &Decision, readings: &Readings) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let Some(facts) = file.facts() else { return errors };
    let assessment = run_wrong_case(&facts, readings);
    for officer in &facts.officers {
        let name = officer.name.trim();
        if !decision.officers.iter().any(|d| d.officer.trim() == name) {
            errors.push(FieldError::new("officers", format!("请对“{name}”作出决定（认定中列有该执法人员）")));
        }
    }
    for (i, row) in decision.officers.iter().enumerate() {
        let name = row.officer.trim();
        let Some(found) = assessment.officers.iter().find(|o| o.name.trim() == name) else {
            errors.push(FieldError::new(format!("officers.{i}.officer"), format!("认定中没有“{name}”，请核对姓名")));
            continue;
        };
        if let Some(suggested) = suggested_outcome(found)
            && suggested != row.outcome
            && row.reason.trim().is_empty()
        {
            errors.push(FieldError::new(
                format!("officers.{i}.reason"),
                format!("“{name}”的决定（{}）与建议（{}）不同，请写明理由", row.outcome.label(), suggested.label()),
            ));
        }
    }
    errors
}

/// The outcome the engine's findings point to for an officer, in the decision's terms: 不予追究 when not liable,
/// otherwise the 建议 (`None` when the policy gives none).
pub fn suggested_outcome(assessment: &OfficerAssessment) -> Option<DecidedOutcome> {
    if !assessment.is_liable() {
        return Some(DecidedOutcome::NotPursued);
    }
    assessment.suggestion.as_ref().map(|s| match s.outcome {
        SuggestedOutcome::Exempt => DecidedOutcome::Exempt,
        SuggestedOutcome::Sanction(kind) => DecidedOutcome::Sanction(kind),
    })
}
