//! The result of an exam: score, pass or fail against the pass mark, the breakdown per article, and each
//! question's solution with the trainee's answer.

use leptos::prelude::*;

use super::exam_run::{ExamRun, clock_text};
use super::feedback_view::FeedbackView;
use super::quiz_state::{QuizState, now};
use super::score_bars::{BarRow, ScoreBars};
use crate::i18n::strings;
use crate::quiz::{ExamResult, Question};

/// The result page of the exam just handed in.
#[component]
pub fn ExamResults() -> impl IntoView {
    let quiz_text = &strings().quiz_area;
    let text = &quiz_text.result;
    let state = expect_context::<QuizState>();
    let Some((result, questions)) = state
        .exam
        .with_untracked(|r| r.as_ref().and_then(|r| Some((r.result.clone()?, r.exam().questions().to_vec()))))
    else {
        return ().into_any();
    };
    let retake = move |_| {
        let again = state.exam.with_untracked(|r| {
            r.as_ref().map(|r| state.with_quiz(|quiz| ExamRun::start(quiz, *r.exam().config(), r.seed(), now())))
        });
        state.exam.set(again);
    };
    let rows: Vec<BarRow> = result
        .per_article
        .iter()
        .map(|a| BarRow {
            label: a.label.clone(),
            percent: a.percent,
            detail: (quiz_text.right_of)(&a.correct, &a.asked),
        })
        .collect();
    let used = (result.finished_at - result.started_at).num_seconds();
    view! {
        <section class="card" data-testid="exam-result" aria-labelledby="exam-result-heading">
            <h2 id="exam-result-heading">{text.heading}</h2>
            <ExamVerdict result=result.clone() />
            <dl class="counts">
                <div><dt>{quiz_text.score}</dt><dd data-testid="exam-score">{format!("{}%", result.score_percent)}</dd></div>
                <div><dt>{quiz_text.right}</dt><dd data-testid="exam-correct">{format!("{} / {}", result.correct, result.total)}</dd></div>
                <div><dt>{quiz_text.pass_mark}</dt><dd data-testid="exam-pass-mark">{format!("{}%", result.pass_percent)}</dd></div>
                <div>
                    <dt>{quiz_text.time_used}</dt>
                    <dd data-testid="exam-time-used">
                        {clock_text(used)}
                        {result.timed_out.then_some(quiz_text.timed_out)}
                    </dd>
                </div>
            </dl>
            <p class="hint">{text.review_hint}</p>
            <p class="toolbar">
                <button type="button" class="primary" data-testid="exam-retake" on:click=retake>{text.retake}</button>
                <button type="button" data-testid="exam-new" on:click=move |_| state.exam.set(None)>{text.new_exam}</button>
                <a class="button" href="/quiz/review" data-testid="exam-to-review">{quiz_text.to_review}</a>
            </p>
            <h3>{text.breakdown_heading}</h3>
            <ScoreBars caption=text.breakdown_caption value_heading=text.breakdown_value rows=rows test_id="exam-breakdown" />
        </section>
        <section class="card" aria-labelledby="exam-review-heading">
            <h2 id="exam-review-heading">{text.answers_heading}</h2>
            <ol class="exam-answers" data-testid="exam-answers">
                {questions.into_iter().zip(result.answers).enumerate().map(|(index, (question, answer))| {
                    view! { <AnsweredQuestion index=index question=question chosen=answer.chosen correct=answer.correct /> }
                }).collect_view()}
            </ol>
        </section>
    }
    .into_any()
}

/// Pass or fail, in words.
#[component]
fn ExamVerdict(result: ExamResult) -> impl IntoView {
    let text = &strings().quiz_area.result;
    let (class, verdict) = if result.passed {
        ("result result-right", (text.verdict_passed)(&result.score_percent, &result.pass_percent))
    } else {
        ("result result-wrong", (text.verdict_failed)(&result.score_percent, &result.pass_percent))
    };
    view! { <p class=class data-testid="exam-verdict">{verdict}</p> }
}

/// One exam question: the trainee's result, and on opening, the full solution.
#[component]
fn AnsweredQuestion(index: usize, question: Question, chosen: Vec<String>, correct: bool) -> impl IntoView {
    let text = &strings().quiz_area;
    let status = if chosen.is_empty() {
        text.result.unanswered
    } else if correct {
        text.right
    } else {
        text.wrong
    };
    let feedback = question.grade(&chosen).unwrap_or_else(|_| question.solution());
    view! {
        <li data-testid="exam-answer" data-question-id=question.id.to_string()>
            <details>
                <summary data-testid="exam-answer-summary">
                    {(text.result.question_number)(index + 1)}
                    <span class=if correct { "tag tag-right" } else { "tag tag-wrong" } data-testid="exam-answer-status">{status}</span>
                    " " {question.title.clone()}
                </summary>
                <p class="situation preserve">{question.situation.clone()}</p>
                <p><strong>{question.prompt.clone()}</strong></p>
                <FeedbackView feedback=feedback />
            </details>
        </li>
    }
}
