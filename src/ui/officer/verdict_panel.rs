//! The engine's verdict on a record: the outcome, the quoted provisions, the reasoning and the required actions.

use leptos::prelude::*;

use super::verdict_changes::VerdictChanges;
use crate::i18n::strings;
use crate::record::InterferenceRecord;
use crate::rules::r2::{Occasion, Verdict, completeness, what_would_change};
use crate::rules::{Readings, run_contact};
use crate::settings::ReadingsSource;
use crate::ui::components::{ExplanationSteps, QuotedProvisions};
use crate::ui::state::AppState;

/// Verdict, completeness, reasoning, actions and quoted law for one version of a record, under the bureau's
/// current reading of R2 (a change saved in 设置, here or in another tab, re-renders it), naming that reading: a
/// published version and its date, the defaults, or this laptop's own.
#[component]
pub fn VerdictPanel(record: InterferenceRecord) -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.readings.with(|readings| {
            let source = state.in_use.with(|published| ReadingsSource::of(published.as_ref(), readings));
            verdict_view(&record, readings, &source)
        })
    }
}

/// The sentence naming the readings a verdict was made under.
fn source_line(source: &ReadingsSource) -> String {
    let text = &strings().published_readings;
    match source {
        ReadingsSource::Published { version, effective_from } => (text.verdict_published)(*version, effective_from),
        ReadingsSource::Defaults => text.verdict_defaults.to_string(),
        ReadingsSource::Local => text.verdict_local.to_string(),
    }
}

fn verdict_view(record: &InterferenceRecord, readings: &Readings, source: &ReadingsSource) -> AnyView {
    let assessment = run_contact(&record.facts, Occasion::OwnRecord, readings);
    let changes = what_would_change(&record.facts, &readings.r2);
    let complete = completeness(&record.elements());
    let tone = match assessment.verdict {
        Verdict::Prohibited { .. } => "verdict verdict-prohibited",
        Verdict::Legitimate { .. } => "verdict verdict-legitimate",
        _ => "verdict verdict-other",
    };
    let common = &strings().common;
    let text = &strings().officer_area.verdict;
    let mut cites = assessment.rests_on();
    for cite in complete.cites() {
        if !cites.contains(&cite) {
            cites.push(cite);
        }
    }
    view! {
        <section class="card" data-testid="verdict-panel" aria-labelledby="verdict-heading">
            <h2 id="verdict-heading">{text.heading}</h2>
            <p class=tone data-testid="verdict">{assessment.verdict.label()}</p>
            <p class="hint" data-testid="verdict-readings">{source_line(source)}</p>
            <p data-testid="completeness" class=if complete.is_complete() { "ok" } else { "error" }>
                {if complete.is_complete() {
                    text.complete.to_string()
                } else {
                    let missing: Vec<&str> = complete.missing.iter().map(|m| m.label()).collect();
                    (text.incomplete)(&missing)
                }}
            </p>
            {match &assessment.verdict {
                Verdict::Undetermined { possibilities, .. } => {
                    let items = possibilities
                        .iter()
                        .map(|p| view! { <li>{(text.possibility)(&p.condition(), &p.verdict.label())}</li> })
                        .collect_view();
                    Some(view! {
                        <h3>{text.possibilities_heading}</h3>
                        <ul data-testid="verdict-possibilities">{items}</ul>
                    })
                }
                _ => None,
            }}
            <h3>{text.changes_heading}</h3>
            <VerdictChanges changes=changes test_id="what-would-change" />
            <h3>{text.actions_heading}</h3>
            <ol class="actions" data-testid="required-actions">
                {assessment
                    .actions
                    .into_iter()
                    .map(|action| {
                        let basis: Vec<String> = action.cites.iter().map(|c| c.short_label()).collect();
                        view! {
                            <li>
                                <strong>{action.kind.label()}</strong>{common.colon} {action.text}
                                <span class="step-cites">{(common.basis)(&basis)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h3>{text.reasoning_heading}</h3>
            <ExplanationSteps explanation=assessment.explanation />
            <details class="law" open=true>
                <summary>{common.quoted_law}</summary>
                <QuotedProvisions cites=cites />
            </details>
        </section>
    }
    .into_any()
}
