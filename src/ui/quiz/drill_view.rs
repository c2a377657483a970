//! One question at a time with feedback after each answer, for practice and for mistake review.

use leptos::prelude::*;

use super::feedback_view::FeedbackView;
use super::question_card::QuestionCard;
use crate::i18n::strings;
use crate::quiz::{Feedback, Question};

/// The current question (with its position, so a repeated question is still a new one), then its feedback and
/// a 下一题 button once it is answered.
#[component]
pub fn DrillView(
    /// The current question and its position in the session, or `None` when the session is over.
    #[prop(into)]
    current: Signal<Option<(usize, Question)>>,
    /// How many questions the session has.
    #[prop(into)]
    total: Signal<usize>,
    /// The feedback on the current question, once it is answered.
    #[prop(into)]
    feedback: Signal<Option<Feedback>>,
    /// Grades a valid selection.
    #[prop(into)]
    on_submit: Callback<Vec<String>>,
    /// Moves to the next question.
    #[prop(into)]
    on_next: Callback<()>,
) -> impl IntoView {
    let text = &strings().quiz_area;
    let answered = Memo::new(move |_| feedback.with(Option::is_some));
    let shown = Memo::new(move |_| feedback.get());
    view! {
        {move || current.get().map(|(position, question)| {
            let counter = (text.counter)(position + 1, total.get_untracked());
            view! { <QuestionCard question=question counter=counter locked=answered on_submit=on_submit /> }
        })}
        {move || shown.get().map(|feedback| view! {
            <section class="card feedback-panel" aria-labelledby="feedback-heading" data-testid="feedback-panel">
                <h2 id="feedback-heading">{text.feedback.heading}</h2>
                <FeedbackView feedback=feedback take_focus=true />
                <p class="form-actions">
                    <button type="button" class="primary" data-testid="next-question" on:click=move |_| on_next.run(())>{text.next_question}</button>
                </p>
            </section>
        })}
    }
}
