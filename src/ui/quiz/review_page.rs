//! 错题复习: questions answered wrongly come back on the SM-2 schedule; the page says how many are due today and
//! when the next one is due, and lists the whole deck.

use leptos::prelude::*;

use super::drill_view::DrillView;
use super::quiz_state::{QuizState, now, today};
use super::review_run::ReviewRun;
use crate::i18n::strings;
use crate::quiz::QuestionId;

/// The review page: what is due, a review session, and the deck.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let quiz_text = &strings().quiz_area;
    let state = expect_context::<QuizState>();
    let started = Memo::new(move |_| state.review.with(Option::is_some));
    view! {
        <section data-testid="quiz-review-page">
            <h1>{quiz_text.nav.review}</h1>
            <p class="lead">{quiz_text.review.lead}</p>
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
    let text = &strings().quiz_area.review;
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
            <h2 id="review-summary-heading">{text.summary_heading}</h2>
            <dl class="counts">
                <div><dt>{text.due}</dt><dd data-testid="review-due-count">{move || due.get()}</dd></div>
                <div><dt>{text.deck_count}</dt><dd data-testid="review-deck-count">{move || in_deck.get()}</dd></div>
                <div>
                    <dt>{text.next_due}</dt>
                    <dd data-testid="review-next-due">
                        {move || next_due.get().map_or_else(|| "—".to_string(), |d| (text.next_due_in)(&d, (d - today).num_days()))}
                    </dd>
                </div>
            </dl>
            {move || if due.get() > 0 {
                view! { <button type="button" class="primary" data-testid="start-review" on:click=start>{(text.start)(due.get())}</button> }.into_any()
            } else if in_deck.get() > 0 {
                view! { <p data-testid="review-none-due">{text.none_due}</p> }.into_any()
            } else {
                view! { <p data-testid="review-none-due">{text.deck_empty_hint}</p> }.into_any()
            }}
        </section>
    }
}

/// The review session: each due question, graded and rescheduled.
#[component]
fn ReviewSession() -> impl IntoView {
    let text = &strings().quiz_area.review;
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
                {move || { let (answered, right) = score.get(); (text.score)(answered, right) }}
            </span>
            <button type="button" data-testid="end-review" on:click=move |_| state.review.set(None)>{text.end}</button>
        </div>
        <DrillView current=current total=total feedback=feedback on_submit=on_submit on_next=on_next />
        <Show when=move || current.with(Option::is_none)>
            <section class="card" data-testid="review-done" aria-labelledby="review-done-heading">
                <h2 id="review-done-heading">{text.done_heading}</h2>
                <p>{move || { let (answered, right) = score.get(); (text.done_summary)(answered, right) }}</p>
                <button type="button" class="primary" data-testid="review-back" on:click=move |_| state.review.set(None)>{text.back}</button>
            </section>
        </Show>
    }
}

/// Every question in the deck with its schedule.
#[component]
fn ReviewDeckList() -> impl IntoView {
    let text = &strings().quiz_area.review;
    let state = expect_context::<QuizState>();
    let today = today();
    let rows = Memo::new(move |_| {
        state.progress.with(|p| {
            let mut states: Vec<_> = p.reviews.states().cloned().collect();
            states.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.question_id.cmp(&b.question_id)));
            states
        })
    });
    let title_of = move |id: &QuestionId| {
        state.with_quiz(|quiz| {
            quiz.question(id).map_or_else(|| strings().quiz_area.missing_question.to_string(), |q| q.title)
        })
    };
    view! {
        <section class="card" aria-labelledby="deck-heading">
            <h2 id="deck-heading">{text.deck_heading}</h2>
            <div class="table-wrap">
                <table data-testid="review-deck">
                    <caption class="visually-hidden">{text.deck_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{text.col_question}</th>
                            <th scope="col">{text.col_due}</th>
                            <th scope="col">{text.col_lapses}</th>
                            <th scope="col">{text.col_streak}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || rows.get() key=|s| (s.question_id.clone(), s.due, s.lapses, s.repetitions) let:entry>
                            <tr data-testid="review-deck-row" data-question-id=entry.question_id.to_string()>
                                <td>{title_of(&entry.question_id)}</td>
                                <td>{if entry.due <= today { (text.due_now)(&entry.due) } else { entry.due.to_string() }}</td>
                                <td>{entry.lapses}</td>
                                <td>{entry.repetitions}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="hint">{text.deck_empty}</p>
            </Show>
        </section>
    }
}
