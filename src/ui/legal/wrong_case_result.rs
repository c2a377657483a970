//! The live result of the 错案倒查 worksheet: the case's status, each ground's finding, each officer's liability with
//! the circumstances and (apart, labelled 建议) the policy's suggestion, the actions, the officer's rights, the
//! reasoning and the quoted law. Laid out to print.

use leptos::prelude::*;

use crate::i18n::strings;
use crate::law::quote;
use crate::legal::WrongCaseWorksheet;
use crate::rules::Explanation;
use crate::rules::r1::cites::R1_12;
use crate::rules::r1::{
    Action, CaseStatus, Circumstances, GroundStatus, OfficerAssessment, SanctionPolicy, Suggestion, WrongCaseAssessment,
};
use crate::ui::components::{ExplanationSteps, QuotedProvisions};
use crate::ui::state::AppState;

/// The result panel.
#[component]
pub fn WrongCaseResult(sheet: RwSignal<WrongCaseWorksheet>, assessment: Memo<WrongCaseAssessment>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = &strings().legal_area.result;
    let case_line = move || {
        sheet.with(|s| {
            let number = if s.case_number.trim().is_empty() { text.no_case_number } else { s.case_number.trim() };
            (text.case_line)(number, s.kind.label())
        })
    };
    view! {
        <section class="card result" data-testid="wc-result" aria-labelledby="wc-result-heading">
            <div class="row-head">
                <h2 id="wc-result-heading">{text.heading}</h2>
                <button type="button" class="no-print" data-testid="wc-print" on:click=move |_| { web_sys::window().map(|w| w.print()); }>{text.print}</button>
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
    let cites = assessment.rests_on();
    let grounds = assessment.grounds.clone();
    let officers = assessment.officers.clone();
    let common = &strings().common;
    let text = &strings().legal_area.result;
    view! {
        <p class=tone data-testid="wc-status">{assessment.status.label()}</p>
        <h3>{text.grounds_heading}</h3>
        {if grounds.is_empty() {
            view! { <p class="hint">{text.no_grounds}</p> }.into_any()
        } else {
            view! {
                <ul class="findings" data-testid="wc-grounds">
                    {grounds.into_iter().map(|finding| {
                        let established = finding.status == GroundStatus::Established;
                        view! {
                            <li data-testid="wc-ground-finding">
                                {finding.ground.cite().short_label()} " " {finding.ground.label()} {common.colon}
                                <strong class:established=established>{finding.status.label()}</strong>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        <h3>{text.officers_heading}</h3>
        {if officers.is_empty() {
            view! { <p class="hint">{text.no_officers}</p> }.into_any()
        } else {
            officers.into_iter().map(|officer| view! { <OfficerResult officer=officer policy=policy.clone() /> }).collect_view().into_any()
        }}
        <h3>{text.actions_heading}</h3>
        <ActionList actions=assessment.actions.clone() test_id="wc-actions" />
        <h3>{text.reasoning_heading}</h3>
        <ExplanationSteps explanation=assessment.explanation.clone() test_id="wc-explanation" />
        <details class="law" open=true>
            <summary>{common.quoted_law}</summary>
            <QuotedProvisions cites=cites />
        </details>
    }
}

/// The procedural actions, each with its basis; a report of suspected violations stands out.
#[component]
fn ActionList(actions: Vec<Action>, test_id: &'static str) -> impl IntoView {
    let common = &strings().common;
    let text = &strings().legal_area.result;
    if actions.is_empty() {
        return view! { <p class="hint" data-testid=test_id>{text.no_actions}</p> }.into_any();
    }
    view! {
        <ol class="actions" data-testid=test_id>
            {actions.into_iter().map(|action| {
                let basis: Vec<String> = action.cites().iter().map(|c| c.short_label()).collect();
                let urgent = action == Action::ReportSuspectedViolation;
                view! {
                    <li class:urgent=urgent data-testid="wc-action">
                        {urgent.then_some(view! { <strong>{text.must_report}</strong> })}
                        {action.label()}
                        <span class="step-cites">{(common.basis)(&basis)}</span>
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
    let text = &strings().legal_area.result;
    let name = if officer.name.trim().is_empty() { text.no_name.to_string() } else { officer.name.trim().to_string() };
    let liable = officer.is_liable();
    let tone = if liable { "liability liable" } else { "liability" };
    let acts = officer.acts.clone();
    view! {
        <article class="officer-result" data-testid="wc-officer-result">
            <h4>{name}</h4>
            <p class=tone data-testid="wc-liability">{officer.liability.label()}</p>
            {(!acts.is_empty()).then(|| view! {
                <p class="label">{text.acts_label}</p>
                <ul data-testid="wc-liable-items">
                    {acts.into_iter().map(|act| view! { <li>{act.cite().short_label()} " " {act.label()}</li> }).collect_view()}
                </ul>
            })}
            {(!officer.not_liable_because.is_empty()).then(|| view! {
                <p class="label">{text.not_liable_because_label}</p>
                <ul data-testid="wc-not-liable-because">
                    {officer.not_liable_because.iter().map(|m| view! { <li>{m.cite().short_label()} " " {m.label()}</li> }).collect_view()}
                </ul>
            })}
            {liable.then(|| view! { <CircumstancesView officer=officer.clone() policy=policy.clone() /> })}
            {officer.suggestion.clone().map(|suggestion| view! { <SuggestionView suggestion=suggestion /> })}
            {(!officer.actions.is_empty()).then(|| view! {
                <p class="label">{text.officer_actions_label}</p>
                <ActionList actions=officer.actions.clone() test_id="wc-officer-actions" />
            })}
            {liable.then(|| view! {
                <div class="rights" data-testid="wc-rights">
                    <p class="label">{text.rights_label}</p>
                    <blockquote>{quote(R1_12).unwrap_or_default()}</blockquote>
                    <p class="hint">{text.rights_hint}</p>
                </div>
            })}
            <details open=true>
                <summary>{text.officer_reasoning}</summary>
                <ExplanationSteps explanation=officer.explanation.clone() test_id="wc-officer-explanation" />
            </details>
        </article>
    }
}

/// The Art. 8 and Art. 9 circumstances as the law states them, and how the bureau's policy weighs them.
#[component]
fn CircumstancesView(officer: OfficerAssessment, policy: SanctionPolicy) -> impl IntoView {
    let text = &strings().legal_area.result;
    let weighing = match officer.circumstances {
        Circumstances::Ordinary => None,
        Circumstances::Mitigating => Some((text.weighing_mitigating)(policy.mitigation_steps)),
        Circumstances::Aggravating => Some((text.weighing_aggravating)(policy.aggravation_steps)),
        Circumstances::MitigatingAndAggravating => Some((text.weighing_both)(
            policy.aggravation_steps,
            policy.mitigation_steps,
            policy.weighing.label(),
            policy.weighing.description(),
        )),
    };
    view! {
        <div class="circumstances" data-testid="wc-circumstances">
            <p><span class="label">{text.circumstances_label}</span>{officer.circumstances.label()}</p>
            {(!officer.mitigating.is_empty()).then(|| view! {
                <ul data-testid="wc-mitigating">
                    {officer.mitigating.iter().map(|m| view! { <li>{text.mitigating_item} {m.cite().short_label()} " " {m.label()}</li> }).collect_view()}
                </ul>
            })}
            {(!officer.aggravating.is_empty()).then(|| view! {
                <ul data-testid="wc-aggravating">
                    {officer.aggravating.iter().map(|c| view! { <li>{text.aggravating_item} {c.label()}</li> }).collect_view()}
                </ul>
            })}
            {weighing.map(|weighing| view! { <p data-testid="wc-weighing"><span class="label">{text.weighing_label}</span>{weighing}</p> })}
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
        (!labels.is_empty()).then(|| (strings().common.basis)(&labels))
    };
    let disclaimers =
        [Suggestion::NO_LEGAL_MAPPING, Suggestion::COLLECTIVE_DECISION].map(|text| (text, cites_of(text)));
    let reasoning = Explanation {
        steps: suggestion.explanation.steps.iter().filter(|step| !is_disclaimer(&step.text)).cloned().collect(),
    };
    let text = &strings().legal_area.result;
    view! {
        <aside class="suggestion" data-testid="wc-suggestion" aria-label=text.suggestion_label>
            <p class="suggestion-heading">{Suggestion::HEADING}</p>
            <p class="suggestion-outcome" data-testid="wc-suggestion-outcome">{text.suggestion_outcome} {suggestion.outcome.label()}</p>
            <ul class="disclaimer" data-testid="wc-suggestion-disclaimers">
                {disclaimers.into_iter().map(|(text, cites)| view! { <li>{text} <span class="step-cites">{cites}</span></li> }).collect_view()}
            </ul>
            <p class="label">{text.suggestion_origin}</p>
            <ExplanationSteps explanation=reasoning test_id="wc-suggestion-steps" />
        </aside>
    }
}
