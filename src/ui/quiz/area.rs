//! 培训测验: the frame of the quiz area (its state, sub-navigation and storage messages) and its overview page.

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_location;

use super::quiz_state::{QuizState, today};
use crate::i18n::strings;

/// The quiz area around its pages: provides [`QuizState`], shows the sub-navigation and any storage message.
#[component]
pub fn QuizArea() -> impl IntoView {
    let text = strings();
    let nav = &text.quiz_area.nav;
    let state = QuizState::load();
    provide_context(state);
    view! {
        <div class="quiz-area" data-testid="quiz-area">
            <nav class="sub-nav" aria-label=text.nav.quiz data-testid="quiz-nav">
                <SubNavLink href="/quiz" test_id="quiz-nav-home" label=nav.home />
                <SubNavLink href="/quiz/practice" test_id="quiz-nav-practice" label=nav.practice />
                <SubNavLink href="/quiz/exam" test_id="quiz-nav-exam" label=nav.exam />
                <SubNavLink href="/quiz/review" test_id="quiz-nav-review" label=nav.review />
                <SubNavLink href="/quiz/progress" test_id="quiz-nav-progress" label=nav.progress />
            </nav>
            {move || state.load_notice.get().map(|notice| view! {
                <p class="alarm" role="alert" data-testid="quiz-load-notice">{notice}</p>
            })}
            {move || state.save_error.get().map(|error| view! {
                <p class="alarm" role="alert" data-testid="quiz-save-error">{error}</p>
            })}
            <Outlet />
        </div>
    }
}

/// A sub-navigation link, marked as the current page on its own address only.
#[component]
fn SubNavLink(href: &'static str, test_id: &'static str, label: &'static str) -> impl IntoView {
    let location = use_location();
    let current = move || location.pathname.with(|path| path.trim_end_matches('/') == href).then_some("page");
    view! { <a href=href data-testid=test_id aria-current=current>{label}</a> }
}

/// The quiz overview: what each mode does, with today's figures.
#[component]
pub fn QuizHome() -> impl IntoView {
    let text = strings();
    let quiz = &text.quiz_area;
    let home = &quiz.home;
    let state = expect_context::<QuizState>();
    let today = today();
    let due = Memo::new(move |_| state.progress.with(|p| p.reviews.due(today).len()));
    let answered = Memo::new(move |_| state.progress.with(|p| p.history.len()));
    let last_exam = Memo::new(move |_| {
        state.progress.with(|p| {
            p.exams.last().map(|e| (home.last_exam)(&e.score_percent, if e.passed { quiz.passed } else { quiz.failed }))
        })
    });
    view! {
        <section data-testid="quiz-page">
            <h1>{text.nav.quiz}</h1>
            <p class="lead">{text.areas.quiz_intro}</p>
            <p class="hint">{home.answer_key_hint}</p>
            <div class="mode-cards">
                <a class="card mode-card" href="/quiz/practice" data-testid="mode-practice">
                    <strong>{quiz.nav.practice}</strong>
                    <span>{home.practice_blurb}</span>
                    <span class="hint">{move || (home.answered_total)(answered.get())}</span>
                </a>
                <a class="card mode-card" href="/quiz/exam" data-testid="mode-exam">
                    <strong>{quiz.nav.exam}</strong>
                    <span>{home.exam_blurb}</span>
                    <span class="hint">{move || last_exam.get().unwrap_or_else(|| home.no_exam_yet.to_string())}</span>
                </a>
                <a class="card mode-card" href="/quiz/review" data-testid="mode-review">
                    <strong>{quiz.nav.review}</strong>
                    <span>{home.review_blurb}</span>
                    <span class="hint" data-testid="home-due">{move || (home.due_today)(due.get())}</span>
                </a>
                <a class="card mode-card" href="/quiz/progress" data-testid="mode-progress">
                    <strong>{quiz.nav.progress}</strong>
                    <span>{home.progress_blurb}</span>
                </a>
            </div>
        </section>
    }
}
