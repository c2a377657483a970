//! The live result of the 错案倒查 worksheet: the case's status, each ground's finding, each officer's liability with
//! the circumstances and (apart, labelled 建议) the policy's suggestion, the actions, the officer's rights, the
//! reasoning and the quoted law. Laid out to print.

use leptos::prelude::*;

use crate::law::{Cite, quote};
use crate::legal::WrongCaseWorksheet;
use crate::rules::Explanation;
use crate::rules::r1::{
    Action, CaseStatus, Circumstances, GroundStatus, OfficerAssessment, SanctionPolicy, Suggestion, WrongCaseAssessment,
};
use crate::ui::components::{ExplanationSteps, QuotedProvisions};
use crate::ui::state::AppState;

/// R1 Art. 12: the rights of the officer held liable.
const R1_12: Cite = Cite::article(1, 12);

/// The result panel.
#[component]
pub fn WrongCaseResult(sheet: RwSignal<WrongCaseWorksheet>, assessment: Memo<WrongCaseAssessment>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let case_line = move || {
        sheet.with(|s| {
            let number = if s.case_number.trim().is_empty() { "（未填案号）" } else { s.case_number.trim() };
            format!("案号：{number}　案件类型：{}", s.kind.label())
        })
    };
    view! {
        <section class="card result" data-testid="wc-result" aria-labelledby="wc-result-heading">
            <div class="row-head">
                <h2 id="wc-result-heading">"倒查结论"</h2>
                <button type="button" class="no-print" data-testid="wc-print" on:click=move |_| { web_sys::window().map(|w| w.print()); }>"打印结论"</button>
            </div>
            <p class="case-line" data-testid="wc-case-line">{case_line}</p>
            {move || {
                let assessment = assessment.get();
                let policy = state.readings.with(|r| r.r1.sanction.clone());
                view! { <ResultBody assessment=assessment policy=policy /> }
            }}
        </section>
    }
}

/// Everything below the heading, for one assessment.
#[component]
fn ResultBody(assessment: WrongCaseAssessment, policy: SanctionPolicy) -> impl IntoView {
    let tone = match assessment.status {
        CaseStatus::WrongCase => "verdict verdict-prohibited",
        CaseStatus::NotWrongCase | CaseStatus::OutsideScope => "verdict verdict-legitimate",
        CaseStatus::Pending => "verdict verdict-other",
    };
    let cites = assessment.cites();
    let grounds = assessment.grounds.clone();
    let officers = assessment.officers.clone();
    view! {
        <p class=tone data-testid="wc-status">{assessment.status.label()}</p>
        <h3>"第五条情形的认定"</h3>
        {if grounds.is_empty() {
            view! { <p class="hint">"未录入第五条情形，或案件不属于本制度调整范围。"</p> }.into_any()
        } else {
            view! {
                <ul class="findings" data-testid="wc-grounds">
                    {grounds.into_iter().map(|finding| {
                        let established = finding.status == GroundStatus::Established;
                        view! {
                            <li data-testid="wc-ground-finding">
                                {finding.ground.cite().short_label()} " " {finding.ground.label()} "："
                                <strong class:established=established>{finding.status.label()}</strong>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h3>"执法人员"</h3>
        {if officers.is_empty() {
            view! { <p class="hint">"未录入执法人员。"</p> }.into_any()
        } else {
            officers.into_iter().map(|officer| view! { <OfficerResult officer=officer policy=policy.clone() /> }).collect_view().into_any()
        }}
        <h3>"应办理的事项"</h3>
        <ActionList actions=assessment.actions.clone() test_id="wc-actions" />
        <h3>"判断理由（案件）"</h3>
        <ExplanationSteps explanation=assessment.explanation.clone() test_id="wc-explanation" />
        <details class="law" open=true>
            <summary>"引用条文原文"</summary>
            <QuotedProvisions cites=cites />
        </details>
    }
}

/// The procedural actions, each with its basis; a report of suspected violations stands out.
#[component]
fn ActionList(actions: Vec<Action>, test_id: &'static str) -> impl IntoView {
    if actions.is_empty() {
        return view! { <p class="hint" data-testid=test_id>"暂无。"</p> }.into_any();
    }
    view! {
        <ol class="actions" data-testid=test_id>
            {actions.into_iter().map(|action| {
                let basis: Vec<String> = action.cites().iter().map(|c| c.short_label()).collect();
                let urgent = action == Action::ReportSuspectedViolation;
                view! {
                    <li class:urgent=urgent data-testid="wc-action">
                        {urgent.then_some(view! { <strong>"须报告："</strong> })}
                        {action.label()}
                        <span class="step-cites">{format!("（依据：{}）", basis.join("、"))}</span>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}

/// One officer: what the law says, then (apart) the 建议.
#[component]
fn OfficerResult(officer: OfficerAssessment, policy: SanctionPolicy) -> impl IntoView {
    let name =
        if officer.name.trim().is_empty() { "（未填姓名）".to_string() } else { officer.name.trim().to_string() };
    let liable = officer.is_liable();
    let tone = if liable { "liability liable" } else { "liability" };
    let acts = officer.acts.clone();
    view! {
        <article class="officer-result" data-testid="wc-officer-result">
            <h4>{name}</h4>
            <p class=tone data-testid="wc-liability">{officer.liability.label()}</p>
            {(!acts.is_empty()).then(|| view! {
                <p class="label">"属于第六条的行为："</p>
                <ul data-testid="wc-liable-items">
                    {acts.into_iter().map(|act| view! { <li>{act.cite().short_label()} " " {act.label()}</li> }).collect_view()}
                </ul>
            })}
            {liable.then(|| view! { <CircumstancesView officer=officer.clone() policy=policy.clone() /> })}
            {officer.suggestion.clone().map(|suggestion| view! { <SuggestionView suggestion=suggestion /> })}
            {(!officer.actions.is_empty()).then(|| view! {
                <p class="label">"就该人员应办理的事项："</p>
                <ActionList actions=officer.actions.clone() test_id="wc-officer-actions" />
            })}
            {liable.then(|| view! {
                <div class="rights" data-testid="wc-rights">
                    <p class="label">"被追究人员的权利（第十二条）："</p>
                    <blockquote>{quote(R1_12).unwrap_or_default()}</blockquote>
                    <p class="hint">"作出处理决定时应告知本人。"</p>
                </div>
            })}
            <details open=true>
                <summary>"该人员的判断理由"</summary>
                <ExplanationSteps explanation=officer.explanation.clone() test_id="wc-officer-explanation" />
            </details>
        </article>
    }
}

/// The Art. 8 and Art. 9 circumstances as the law states them, and how the bureau's policy weighs them.
#[component]
fn CircumstancesView(officer: OfficerAssessment, policy: SanctionPolicy) -> impl IntoView {
    let weighing = match officer.circumstances {
        Circumstances::Ordinary => None,
        Circumstances::Mitigating => {
            Some(format!("第八条为“可以”从轻或免于追究（裁量）。本局政策：建议减轻{}档。", policy.mitigation_steps))
        }
        Circumstances::Aggravating => {
            Some(format!("第九条为“应”从重处理（必须）。本局政策：建议加重{}档。", policy.aggravation_steps))
        }
        Circumstances::MitigatingAndAggravating => Some(format!(
            "本制度未规定两种情节并存时如何权衡，两者均予列明。本局政策：加重{}档、减轻{}档，按“{}”权衡——{}。",
            policy.aggravation_steps,
            policy.mitigation_steps,
            policy.weighing.label(),
            policy.weighing.description()
        )),
    };
    view! {
        <div class="circumstances" data-testid="wc-circumstances">
            <p><span class="label">"情节（本制度的规定）："</span>{officer.circumstances.label()}</p>
            {(!officer.mitigating.is_empty()).then(|| view! {
                <ul data-testid="wc-mitigating">
                    {officer.mitigating.iter().map(|m| view! { <li>"从轻或免于追究：" {m.cite().short_label()} " " {m.label()}</li> }).collect_view()}
                </ul>
            })}
            {(!officer.aggravating.is_empty()).then(|| view! {
                <ul data-testid="wc-aggravating">
                    {officer.aggravating.iter().map(|c| view! { <li>"从重：第九条 " {c.label()}</li> }).collect_view()}
                </ul>
            })}
            {weighing.map(|text| view! { <p data-testid="wc-weighing"><span class="label">"如何权衡："</span>{text}</p> })}
        </div>
    }
}

/// The 建议, set apart from the findings and labelled as the bureau's policy. Its two disclaimers (the law sets no
/// mapping; the leadership decides collectively) are always shown first, whether or not the reasoning states them.
#[component]
fn SuggestionView(suggestion: Suggestion) -> impl IntoView {
    let is_disclaimer = |text: &str| text == Suggestion::NO_LEGAL_MAPPING || text == Suggestion::COLLECTIVE_DECISION;
    let cites_of = |text: &str| {
        let step = suggestion.explanation.steps.iter().find(|step| step.text == text);
        let labels: Vec<String> = step.map(|s| s.cites.iter().map(|c| c.short_label()).collect()).unwrap_or_default();
        (!labels.is_empty()).then(|| format!("（依据：{}）", labels.join("、")))
    };
    let disclaimers =
        [Suggestion::NO_LEGAL_MAPPING, Suggestion::COLLECTIVE_DECISION].map(|text| (text, cites_of(text)));
    let reasoning = Explanation {
        steps: suggestion.explanation.steps.iter().filter(|step| !is_disclaimer(&step.text)).cloned().collect(),
    };
    view! {
        <aside class="suggestion" data-testid="wc-suggestion" aria-label="处理建议（本局政策）">
            <p class="suggestion-heading">{Suggestion::HEADING}</p>
            <p class="suggestion-outcome" data-testid="wc-suggestion-outcome">"建议：" {suggestion.outcome.label()}</p>
            <ul class="disclaimer" data-testid="wc-suggestion-disclaimers">
                {disclaimers.map(|(text, cites)| view! { <li>{text} <span class="step-cites">{cites}</span></li> }).to_vec()}
            </ul>
            <p class="label">"建议的由来："</p>
            <ExplanationSteps explanation=reasoning test_id="wc-suggestion-steps" />
        </aside>
    }
}
