//! The result of an exam: score, pass or fail against the pass mark, the breakdown per article, and each
//! question's solution with the trainee's answer.

use leptos::prelude::*;

use super::exam_page::clock_text;
use super::exam_run::ExamRun;
use super::feedback_view::FeedbackView;
use super::quiz_state::{QuizState, now};
use super::score_bars::{BarRow, ScoreBars};
use crate::quiz::{ExamResult, Question};

/// The result page of the exam just handed in.
#[component]
pub fn ExamResults() -> impl IntoView {
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
            detail: format!("答对 {} / {} 题", a.correct, a.asked),
        })
        .collect();
    let used = (result.finished_at - result.started_at).num_seconds();
    view! {
        <section class="card" data-testid="exam-result" aria-labelledby="exam-result-heading">
            <h2 id="exam-result-heading">"考试结果"</h2>
            <ExamVerdict result=result.clone() />
            <dl class="counts">
                <div><dt>"得分"</dt><dd data-testid="exam-score">{format!("{}%", result.score_percent)}</dd></div>
                <div><dt>"答对"</dt><dd data-testid="exam-correct">{format!("{} / {}", result.correct, result.total)}</dd></div>
                <div><dt>"及格线"</dt><dd data-testid="exam-pass-mark">{format!("{}%", result.pass_percent)}</dd></div>
                <div>
                    <dt>"用时"</dt>
                    <dd data-testid="exam-time-used">
                        {clock_text(used)}
                        {result.timed_out.then_some("（超时）")}
                    </dd>
                </div>
            </dl>
            <p class="hint">"答错和未答的题已加入错题本，按复习计划（SM-2 间隔重复）再次出现。"</p>
            <p class="toolbar">
                <button type="button" class="primary" data-testid="exam-retake" on:click=retake>"重做本套试卷"</button>
                <button type="button" data-testid="exam-new" on:click=move |_| state.exam.set(None)>"新的考试"</button>
                <a class="button" href="/quiz/review" data-testid="exam-to-review">"去错题复习"</a>
            </p>
            <h3>"分条得分"</h3>
            <ScoreBars caption="本次考试各条文得分" value_heading="得分率" rows=rows test_id="exam-breakdown" />
        </section>
        <section class="card" aria-labelledby="exam-review-heading">
            <h2 id="exam-review-heading">"逐题解析"</h2>
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
    let (class, text) = if result.passed {
        ("result result-right", format!("及格：得分 {}%，达到及格线 {}%。", result.score_percent, result.pass_percent))
    } else {
        (
            "result result-wrong",
            format!("不及格：得分 {}%，未达到及格线 {}%。", result.score_percent, result.pass_percent),
        )
    };
    view! { <p class=class data-testid="exam-verdict">{text}</p> }
}

/// One exam question: the trainee's result, and on opening, the full solution.
#[component]
fn AnsweredQuestion(index: usize, question: Question, chosen: Vec<String>, correct: bool) -> impl IntoView {
    let status = if chosen.is_empty() {
        "未作答"
    } else if correct {
        "答对"
    } else {
        "答错"
    };
    let feedback = question.grade(&chosen).unwrap_or_else(|_| question.solution());
    view! {
        <li data-testid="exam-answer" data-question-id=question.id.to_string()>
            <details>
                <summary data-testid="exam-answer-summary">
                    {format!("第 {} 题 ", index + 1)}
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
