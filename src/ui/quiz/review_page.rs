//! 错题复习: questions answered wrongly come back on the SM-2 schedule; the page says how many are due today and
//! when the next one is due, and lists the whole deck.

use leptos::prelude::*;

use super::drill_view::DrillView;
use super::quiz_state::{QuizState, now, today};
use super::review_run::ReviewRun;
use crate::quiz::QuestionId;

/// The review page: what is due, a review session, and the deck.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = expect_context::<QuizState>();
    let started = Memo::new(move |_| state.review.with(Option::is_some));
    view! {
        <section data-testid="quiz-review-page">
            <h1>"错题复习"</h1>
            <p class="lead">"答错的题进入错题本，按 SM-2 间隔重复算法安排复习：再次答错的第二天复习，答对后间隔逐步拉长（1 天、6 天、再按易度系数递增）。"</p>
            <Show when=move || started.get() fallback=ReviewSummary>
                <ReviewSession />
            </Show>
            <ReviewDeckList />
        </section>
    }
}

/// How many questions are due, when the next is due, and the button to start.
#[component]
fn ReviewSummary() -> impl IntoView {
    let state = expect_context::<QuizState>();
    let today = today();
    let due = Memo::new(move |_| state.progress.with(|p| p.reviews.due(today).len()));
    let next_due =
        Memo::new(move |_| state.progress.with(|p| p.reviews.states().map(|s| s.due).filter(|d| *d > today).min()));
    let in_deck = Memo::new(move |_| state.progress.with(|p| p.reviews.len()));
    let start = move |_| {
        let questions = state.progress.with_untracked(|p| state.with_quiz(|quiz| quiz.due_reviews(p, today)));
        state.review.set(Some(ReviewRun::new(questions)));
    };
    view! {
        <section class="card" aria-labelledby="review-summary-heading" data-testid="review-summary">
            <h2 id="review-summary-heading">"今日复习"</h2>
            <dl class="counts">
                <div><dt>"今日待复习"</dt><dd data-testid="review-due-count">{move || due.get()}</dd></div>
                <div><dt>"错题本共"</dt><dd data-testid="review-deck-count">{move || in_deck.get()}</dd></div>
                <div>
                    <dt>"下一题到期"</dt>
                    <dd data-testid="review-next-due">
                        {move || next_due.get().map_or_else(|| "—".to_string(), |d| format!("{d}（{} 天后）", (d - today).num_days()))}
                    </dd>
                </div>
            </dl>
            {move || if due.get() > 0 {
                view! { <button type="button" class="primary" data-testid="start-review" on:click=start>{format!("开始复习（{} 题）", due.get())}</button> }.into_any()
            } else if in_deck.get() > 0 {
                view! { <p data-testid="review-none-due">"今天没有到期的错题。"</p> }.into_any()
            } else {
                view! { <p data-testid="review-none-due">"错题本是空的：练习或考试中答错的题会自动加入。"</p> }.into_any()
            }}
        </section>
    }
}

/// The review session: each due question, graded and rescheduled.
#[component]
fn ReviewSession() -> impl IntoView {
    let state = expect_context::<QuizState>();
    let run = state.review;
    let current =
        Memo::new(move |_| run.with(|r| r.as_ref().and_then(|r| r.current().map(|q| (r.position(), q.clone())))));
    let total = Memo::new(move |_| run.with(|r| r.as_ref().map_or(0, ReviewRun::total)));
    let feedback = Memo::new(move |_| run.with(|r| r.as_ref().and_then(|r| r.feedback.clone())));
    let score = Memo::new(move |_| run.with(|r| r.as_ref().map_or((0, 0), ReviewRun::score)));
    let on_submit = move |keys: Vec<String>| {
        let Some((_, question)) = current.get_untracked() else { return };
        let Ok(feedback) = question.grade(&keys) else { return };
        run.update(|r| {
            if let Some(r) = r {
                r.answered_with(feedback);
            }
        });
        state.change_progress(|p| {
            p.record_answer(&question, &keys, now(), today());
        });
    };
    let on_next = move |()| {
        run.update(|r| {
            if let Some(r) = r {
                r.advance();
            }
        });
    };
    view! {
        <div class="session-bar">
            <span role="status" data-testid="review-score">
                {move || { let (answered, right) = score.get(); format!("本轮已复习 {answered} 题，答对 {right} 题") }}
            </span>
            <button type="button" data-testid="end-review" on:click=move |_| state.review.set(None)>"结束复习"</button>
        </div>
        <DrillView current=current total=total feedback=feedback on_submit=on_submit on_next=on_next />
        <Show when=move || current.with(Option::is_none)>
            <section class="card" data-testid="review-done" aria-labelledby="review-done-heading">
                <h2 id="review-done-heading">"本轮复习完成"</h2>
                <p>{move || { let (answered, right) = score.get(); format!("共复习 {answered} 题，答对 {right} 题。答对的题复习间隔拉长，答错的明天再复习。") }}</p>
                <button type="button" class="primary" data-testid="review-back" on:click=move |_| state.review.set(None)>"返回"</button>
            </section>
        </Show>
    }
}

/// Every question in the deck with its schedule.
#[component]
fn ReviewDeckList() -> impl IntoView {
    let state = expect_context::<QuizState>();
    let today = today();
    let rows = Memo::new(move |_| {
        state.progress.with(|p| {
            let mut states: Vec<_> = p.reviews.states().cloned().collect();
            states.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.question_id.cmp(&b.question_id)));
            states
        })
    });
    let title_of =
        move |id: &QuestionId| state.with_quiz(|quiz| quiz.question(id).map_or_else(|| id.to_string(), |q| q.title));
    view! {
        <section class="card" aria-labelledby="deck-heading">
            <h2 id="deck-heading">"错题本"</h2>
            <div class="table-wrap">
                <table data-testid="review-deck">
                    <caption class="visually-hidden">"错题本中的题目及复习计划"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"题目"</th>
                            <th scope="col">"到期日"</th>
                            <th scope="col">"答错次数"</th>
                            <th scope="col">"连续答对"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|s| (s.question_id.clone(), s.due, s.lapses, s.repetitions) let:entry>
                            <tr data-testid="review-deck-row" data-question-id=entry.question_id.to_string()>
                                <td>{title_of(&entry.question_id)}<br /><span class="hint">{entry.question_id.to_string()}</span></td>
                                <td>{if entry.due <= today { format!("{}（今日待复习）", entry.due) } else { entry.due.to_string() }}</td>
                                <td>{entry.lapses}</td>
                                <td>{entry.repetitions}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="hint">"（暂无错题）"</p>
            </Show>
        </section>
    }
}
