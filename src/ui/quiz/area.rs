//! 培训测验: the frame of the quiz area (its state, sub-navigation and storage messages) and its overview page.

use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_location;

use super::quiz_state::{QuizState, today};
use crate::i18n::strings;

/// The quiz area around its pages: provides [`QuizState`], shows the sub-navigation and any storage message.
#[component]
pub fn QuizArea() -> impl IntoView {
    let state = QuizState::load();
    provide_context(state);
    view! {
        <div class="quiz-area" data-testid="quiz-area">
            <nav class="sub-nav" aria-label="培训测验" data-testid="quiz-nav">
                <SubNavLink href="/quiz" test_id="quiz-nav-home" label="概览" />
                <SubNavLink href="/quiz/practice" test_id="quiz-nav-practice" label="分类练习" />
                <SubNavLink href="/quiz/exam" test_id="quiz-nav-exam" label="模拟考试" />
                <SubNavLink href="/quiz/review" test_id="quiz-nav-review" label="错题复习" />
                <SubNavLink href="/quiz/progress" test_id="quiz-nav-progress" label="学习进度" />
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
    let state = expect_context::<QuizState>();
    let today = today();
    let due = Memo::new(move |_| state.progress.with(|p| p.reviews.due(today).len()));
    let answered = Memo::new(move |_| state.progress.with(|p| p.history.len()));
    let last_exam = Memo::new(move |_| {
        state.progress.with(|p| {
            p.exams
                .last()
                .map(|e| format!("最近一次考试：{}%，{}", e.score_percent, if e.passed { "及格" } else { "不及格" }))
        })
    });
    view! {
        <section data-testid="quiz-page">
            <h1>{text.nav.quiz}</h1>
            <p class="lead">{text.areas.quiz_intro}</p>
            <p class="hint">"每道题的标准答案都由本系统的规则引擎按两项制度的条文计算得出，反馈中附有条文原文和逐步推理。"</p>
            <div class="mode-cards">
                <a class="card mode-card" href="/quiz/practice" data-testid="mode-practice">
                    <strong>"分类练习"</strong>
                    <span>"按制度或按条文选题，每题作答后立即显示对错、条文原文和推理过程。"</span>
                    <span class="hint">{move || format!("已累计作答 {} 题", answered.get())}</span>
                </a>
                <a class="card mode-card" href="/quiz/exam" data-testid="mode-exam">
                    <strong>"模拟考试"</strong>
                    <span>"自选题数、限时作答，交卷后显示得分、是否及格和分条得分。"</span>
                    <span class="hint">{move || last_exam.get().unwrap_or_else(|| "尚未参加考试".to_string())}</span>
                </a>
                <a class="card mode-card" href="/quiz/review" data-testid="mode-review">
                    <strong>"错题复习"</strong>
                    <span>"答错的题按间隔重复计划再次出现，直到掌握。"</span>
                    <span class="hint" data-testid="home-due">{move || format!("今日待复习 {} 题", due.get())}</span>
                </a>
                <a class="card mode-card" href="/quiz/progress" data-testid="mode-progress">
                    <strong>"学习进度"</strong>
                    <span>"各条文掌握情况、考试记录；可导出或清空。"</span>
                </a>
            </div>
        </section>
    }
}
