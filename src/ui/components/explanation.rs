//! The engine's step-by-step reasoning, each step with the provisions it rests on.

use leptos::prelude::*;

use crate::i18n::strings;
use crate::rules::Explanation;

/// An ordered list of reasoning steps.
#[component]
pub fn ExplanationSteps(explanation: Explanation, #[prop(optional)] test_id: &'static str) -> impl IntoView {
    let test_id = if test_id.is_empty() { "explanation" } else { test_id };
    view! {
        <ol class="steps" data-testid=test_id>
            {explanation
                .steps
                .into_iter()
                .map(|step| {
                    let cites: Vec<String> = step.cites.iter().map(|c| c.short_label()).collect();
                    let basis = (!cites.is_empty()).then(|| (strings().common.basis)(&cites));
                    view! {
                        <li>
                            {step.text} <span class="step-cites">{basis}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
