//! The feedback on an answer: right or wrong, the engine's conclusion, a note on every option (why each wrong
//! option is wrong), the engine's reasoning and the quoted article text.

use leptos::html::P;
use leptos::prelude::*;

use crate::i18n::strings;
use crate::quiz::Feedback;
use crate::rules::Explanation;
use crate::ui::components::{ExplanationSteps, QuotedProvisions};

/// The whole feedback. With `take_focus`, the headline takes the keyboard focus when shown, so the result is read
/// out at once.
#[component]
pub fn FeedbackView(feedback: Feedback, #[prop(optional)] take_focus: bool) -> impl IntoView {
    let text = &strings().quiz_area.feedback;
    let headline_ref = NodeRef::<P>::new();
    if take_focus {
        Effect::new(move |_| {
            if let Some(headline) = headline_ref.get() {
                headline.focus().ok();
            }
        });
    }
    let (tone, mark) = if feedback.correct { ("result result-right", "✓ ") } else { ("result result-wrong", "✗ ") };
    let cites = feedback.quotes.iter().map(|q| q.cite).collect::<Vec<_>>();
    view! {
        <div class="feedback" data-testid="feedback">
            <p class=tone tabindex="-1" node_ref=headline_ref data-testid="feedback-headline">
                <span aria-hidden="true">{mark}</span>{feedback.headline}
            </p>
            <p data-testid="feedback-conclusion"><strong>{text.conclusion}</strong>{feedback.conclusion}</p>
            <h3>{text.options_heading}</h3>
            <ul class="option-notes" data-testid="feedback-options">
                {feedback
                    .options
                    .into_iter()
                    .map(|option| {
                        let (verdict, verdict_class) =
                            if option.right { (text.right_option, "tag tag-right") } else { (text.wrong_option, "tag tag-wrong") };
                        view! {
                            <li data-testid="feedback-option" data-key=option.key>
                                <span class=verdict_class data-testid="feedback-option-verdict">{verdict}</span>
                                {option.chosen.then_some(view! { <span class="tag" data-testid="feedback-option-chosen">{text.your_choice}</span> })}
                                " "
                                <strong data-testid="feedback-option-label">{option.label}</strong>
                                <p class="option-note" data-testid="feedback-option-note">{option.note}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h3>{text.reasoning_heading}</h3>
            <ExplanationSteps explanation=Explanation { steps: feedback.steps } test_id="feedback-steps" />
            <h3>{text.quotes_heading}</h3>
            <QuotedProvisions cites=cites test_id="feedback-quotes" />
        </div>
    }
}
