//! The decision's rows, one per officer of the findings: the 建议 (bureau policy, labelled as such) beside the
//! decision, and the reason a different decision needs; and the referral of a suspected breach of discipline or law.

use leptos::prelude::*;

use crate::case_file::{CaseFile, CaseStep, DecidedOutcome, Decision, FieldError, Referral, suggested_outcome};
use crate::i18n::strings;
use crate::rules::r1::Action;
use crate::rules::run_wrong_case;
use crate::ui::components::error_on;
use crate::ui::state::AppState;

/// The rows and the referral of the decision being filled in.
#[component]
pub fn DecisionRows(step: RwSignal<CaseStep>, errors: RwSignal<Vec<FieldError>>, file: CaseFile) -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = &strings().case_files;
    let assessment = file.facts().map(|facts| state.readings.with_untracked(|r| run_wrong_case(&facts, r)));
    let refer_hint = assessment.as_ref().is_some_and(|a| a.actions.contains(&Action::ReportSuspectedViolation));
    let rows = step.with_untracked(|s| match s {
        CaseStep::Decision(d) => d.officers.len(),
        _ => 0,
    });
    let read =
        move |i: usize| step.with(|s| if let CaseStep::Decision(d) = s { d.officers.get(i).cloned() } else { None });
    let all = DecidedOutcome::all();
    let [c_officer, c_suggestion, c_decision, c_reason] = text.decision_columns;
    view! {
        <table class="register" data-testid="decision-rows">
            <thead><tr><th scope="col">{c_officer}</th><th scope="col">{c_suggestion}</th><th scope="col">{c_decision}</th><th scope="col">{c_reason}</th></tr></thead>
            <tbody>
                {(0..rows).map(|i| {
                    let name = read(i).map(|r| r.officer).unwrap_or_default();
                    let suggested = assessment.as_ref()
                        .and_then(|a| a.officers.iter().find(|o| o.name.trim() == name))
                        .and_then(suggested_outcome);
                    let all = all.clone();
                    let select_id = format!("decision-{i}-outcome");
                    let reason_id = format!("decision-{i}-reason");
                    let reason_field = format!("officers.{i}.reason");
                    let reason_error = move || errors.with(|e| error_on(e, &reason_field));
                    view! {
                        <tr>
                            <th scope="row">{name.clone()}</th>
                            <td data-testid=format!("decision-{i}-suggestion")>{suggested.map_or(text.no_suggestion, DecidedOutcome::label)}</td>
                            <td>
                                <label class="visually-hidden" for=select_id.clone()>{format!("{name}{c_decision}")}</label>
                                <select id=select_id.clone() data-testid=select_id
                                    on:change=move |ev| {
                                        let chosen = event_target_value(&ev).parse::<usize>().ok().and_then(|k| DecidedOutcome::all().get(k).copied());
                                        if let Some(outcome) = chosen {
                                            update_decision(step, |d| if let Some(row) = d.officers.get_mut(i) { row.outcome = outcome; });
                                        }
                                    }>
                                    {all.into_iter().enumerate().map(|(k, outcome)| view! {
                                        <option value=k.to_string() selected=move || read(i).is_some_and(|r| r.outcome == outcome)>{outcome.label()}</option>
                                    }).collect_view()}
                                </select>
                            </td>
                            <td>
                                <label class="visually-hidden" for=reason_id.clone()>{format!("{name}{c_reason}")}</label>
                                <textarea id=reason_id.clone() data-testid=reason_id.clone()
                                    aria-describedby=format!("{reason_id}-error")
                                    prop:value=move || read(i).map(|r| r.reason).unwrap_or_default()
                                    on:input=move |ev| {
                                        let value = event_target_value(&ev);
                                        update_decision(step, |d| if let Some(row) = d.officers.get_mut(i) { row.reason = value; });
                                    }></textarea>
                                <p class="error" id=format!("{reason_id}-error") data-testid=format!("{reason_id}-error")>{reason_error}</p>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        <p class="hint">{text.suggestion_note}</p>
        {refer_hint.then(|| view! { <p class="notice-inline" data-testid="referral-hint">{text.referral_hint}</p> })}
        <ReferralFields step=step errors=errors />
    }
}

/// The referral: a checkbox, then its date and receiving body.
#[component]
fn ReferralFields(step: RwSignal<CaseStep>, errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let text = &strings().case_files;
    let referral = move || step.with(|s| if let CaseStep::Decision(d) = s { d.referral.clone() } else { None });
    let set = move |change: &dyn Fn(&mut Option<Referral>)| update_decision(step, |d| change(&mut d.referral));
    view! {
        <div class="field">
            <label class="inline" for="decision-referral">
                <input type="checkbox" id="decision-referral" data-testid="decision-referral"
                    prop:checked=move || referral().is_some()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        set(&|r| *r = on.then(|| r.clone().unwrap_or_default()));
                    } />
                {text.referral_toggle}
            </label>
        </div>
        <Show when=move || referral().is_some()>
            <div class="field">
                <label for="referral-date">{text.referral_date}</label>
                <input id="referral-date" data-testid="referral-date" type="date"
                    prop:value=move || referral().and_then(|r| r.referred_on).map(|d| d.to_string()).unwrap_or_default()
                    on:input=move |ev| {
                        let date = chrono::NaiveDate::parse_from_str(&event_target_value(&ev), "%Y-%m-%d").ok();
                        set(&|r| if let Some(r) = r { r.referred_on = date; });
                    } />
                <p class="error">{move || errors.with(|e| error_on(e, "referral.referred_on"))}</p>
            </div>
            <div class="field">
                <label for="referral-body">{text.referral_body}</label>
                <input id="referral-body" data-testid="referral-body" type="text"
                    prop:value=move || referral().map(|r| r.body).unwrap_or_default()
                    on:input=move |ev| {
                        let body = event_target_value(&ev);
                        set(&|r| if let Some(r) = r { r.body = body.clone(); });
                    } />
                <p class="error">{move || errors.with(|e| error_on(e, "referral.body"))}</p>
            </div>
        </Show>
    }
}

/// Changes the decision being filled in.
fn update_decision(step: RwSignal<CaseStep>, change: impl FnOnce(&mut Decision)) {
    step.update(|s| {
        if let CaseStep::Decision(d) = s {
            change(d);
        }
    });
}
