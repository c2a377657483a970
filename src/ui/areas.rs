//! The landing page of the quiz area, and the not-found page.

use leptos::prelude::*;

use crate::i18n::strings;

/// 培训测验: the trainee's area.
#[component]
pub fn QuizPage() -> impl IntoView {
    let text = strings();
    view! {
        <section data-testid="quiz-page">
            <h1>{text.nav.quiz}</h1>
            <p class="lead">{text.areas.quiz_intro}</p>
        </section>
    }
}

/// Shown for an unknown address.
#[component]
pub fn NotFound() -> impl IntoView {
    let text = strings();
    view! {
        <section data-testid="not-found">
            <h1>{text.nav.not_found}</h1>
            <a href="/">{text.nav.back_home}</a>
        </section>
    }
}
