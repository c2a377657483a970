//! 模拟考试: the trainee chooses how many questions, the exam runs against a countdown, and the result shows the
//! score, pass or fail, a per-article breakdown and every question's solution.

use std::time::Duration;

use leptos::prelude::*;

use super::exam_results::ExamResults;
use super::exam_run::{ExamRun, clock_text};
use super::question_card::QuestionCard;
use super::quiz_state::{QuizState, fresh_seed, now, today};
use crate::i18n::strings;
use crate::quiz::{ExamConfig, ExamError, MAX_EXAM_QUESTIONS, Topic};

/// Questions in an exam unless the trainee chooses otherwise.
pub const DEFAULT_QUESTIONS: usize = 10;
/// Time allowed per question, in seconds: the limit grows with the number of questions.
pub const SECONDS_PER_QUESTION: u32 = 90;

/// Where the exam stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// No exam yet: choose the number of questions.
    Setup,
    /// Questions being answered against the clock.
    Running,
    /// Handed in: the result.
    Finished,
}

/// The exam page: setup, the running exam, or the result.
#[component]
pub fn ExamPage() -> impl IntoView {
    let text = &strings().quiz_area;
    let state = expect_context::<QuizState>();
    let stage = Memo::new(move |_| {
        state.exam.with(|run| match run {
            None => Stage::Setup,
            Some(run) if run.result.is_none() => Stage::Running,
            Some(_) => Stage::Finished,
        })
    });
    view! {
        <section data-testid="quiz-exam-page">
            <h1>{text.nav.exam}</h1>
            {move || match stage.get() {
                Stage::Setup => view! { <ExamSetup /> }.into_any(),
                Stage::Running => view! { <ExamRunning /> }.into_any(),
                Stage::Finished => view! { <ExamResults /> }.into_any(),
            }}
        </section>
    }
}

/// The exam's configuration for `count` questions on `topic`: the default pass mark and variant share, and
/// [`SECONDS_PER_QUESTION`] per question.
pub fn exam_config(count: usize, topic: Topic) -> ExamConfig {
    let seconds = u32::try_from(count).unwrap_or(u32::MAX).saturating_mul(SECONDS_PER_QUESTION);
    ExamConfig { topic, question_count: count, time_limit_seconds: seconds, ..ExamConfig::default() }
}

/// The number of questions, the topic, and what they imply (time limit, pass mark).
#[component]
fn ExamSetup() -> impl IntoView {
    let text = &strings().quiz_area.exam;
    let state = expect_context::<QuizState>();
    let count_text = RwSignal::new(DEFAULT_QUESTIONS.to_string());
    let topic = RwSignal::new("all".to_string());
    let error = RwSignal::new(None::<String>);
    let count = Memo::new(move |_| {
        count_text.with(|t| t.trim().parse::<usize>().ok().filter(|n| (1..=MAX_EXAM_QUESTIONS).contains(n)))
    });
    let pass_percent = ExamConfig::default().pass_percent;
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(count) = count.get_untracked() else {
            error.set(Some((text.count_invalid)(MAX_EXAM_QUESTIONS)));
            return;
        };
        let topic = match topic.get_untracked().as_str() {
            "R1" => Topic::Regulation(1),
            "R2" => Topic::Regulation(2),
            _ => Topic::All,
        };
        let run = state.with_quiz(|quiz| ExamRun::start(quiz, exam_config(count, topic), fresh_seed(), now()));
        if run.exam().questions().is_empty() {
            error.set(Some(text.nothing_to_ask.to_string()));
            return;
        }
        error.set(None);
        state.exam.set(Some(run));
    };
    view! {
        <form class="card narrow" on:submit=start novalidate data-testid="exam-setup" aria-labelledby="exam-setup-heading">
            <h2 id="exam-setup-heading">{text.setup_heading}</h2>
            <div class="field">
                <label for="exam-count">{text.count_label}</label>
                <input
                    id="exam-count"
                    data-testid="exam-count"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max=MAX_EXAM_QUESTIONS.to_string()
                    step="1"
                    aria-describedby="exam-count-hint exam-setup-error"
                    aria-invalid=move || error.get().is_some().to_string()
                    bind:value=count_text
                />
                <p class="hint" id="exam-count-hint">{(text.count_hint)(MAX_EXAM_QUESTIONS, DEFAULT_QUESTIONS, SECONDS_PER_QUESTION)}</p>
            </div>
            <div class="field">
                <label for="exam-topic">{text.topic_label}</label>
                <select id="exam-topic" data-testid="exam-topic" on:change=move |ev| topic.set(event_target_value(&ev))>
                    <option value="all">{text.topic_all}</option>
                    <option value="R1">{text.topic_r1}</option>
                    <option value="R2">{text.topic_r2}</option>
                </select>
            </div>
            <p data-testid="exam-rules">
                {move || match count.get() {
                    Some(n) => (text.rules)(
                        n,
                        &clock_text(i64::from(exam_config(n, Topic::All).time_limit_seconds)),
                        &pass_percent,
                    ),
                    None => (text.rules_pass_mark)(&pass_percent),
                }}
            </p>
            <p class="error" id="exam-setup-error" role="alert" data-testid="exam-setup-error">{move || error.get()}</p>
            <button type="submit" class="primary" data-testid="start-exam">{text.start}</button>
        </form>
    }
}

/// The running exam: countdown, question navigation, the current question, and handing in.
#[component]
fn ExamRunning() -> impl IntoView {
    let quiz_text = &strings().quiz_area;
    let text = &quiz_text.exam;
    let state = expect_context::<QuizState>();
    let run = state.exam;
    let clock = RwSignal::new(now());
    if let Ok(handle) = set_interval_with_handle(move || clock.set(now()), Duration::from_millis(500)) {
        on_cleanup(move || handle.clear());
    }
    let message = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let remaining = Memo::new(move |_| {
        let at = clock.get();
        run.with_untracked(|r| r.as_ref().map_or(0, |r| r.exam().remaining_seconds(at)))
    });
    let total = Memo::new(move |_| run.with(|r| r.as_ref().map_or(0, |r| r.exam().questions().len())));
    let answered = Memo::new(move |_| run.with(|r| r.as_ref().map_or(0, ExamRun::answered)));
    let position = Memo::new(move |_| run.with(|r| r.as_ref().map_or(0, |r| r.position)));
    let pass_percent = run.with_untracked(|r| r.as_ref().map_or(0, |r| r.exam().config().pass_percent));
    let finish = move || {
        let at = now();
        let mut result = None;
        run.update(|r| {
            if let Some(r) = r
                && r.result.is_none()
            {
                result = Some(r.finish(at));
            }
        });
        if let Some(result) = result {
            state.change_progress(|p| p.record_exam(result, today()));
        }
    };
    // Time up: hand in what was answered before the deadline.
    Effect::new(move |_| {
        let at = clock.get();
        if run.with_untracked(|r| r.as_ref().is_some_and(|r| r.exam().is_over(at))) {
            finish();
        }
    });
    let go_to = move |index: usize| {
        run.update(|r| {
            if let Some(r) = r {
                r.position = index.min(r.exam().questions().len().saturating_sub(1));
            }
        });
        confirming.set(false);
    };
    let on_change = move |keys: Vec<String>| {
        let at = now();
        let mut outcome = Ok(());
        run.update(|r| {
            if let Some(r) = r {
                let index = r.position;
                outcome = state.with_quiz(|quiz| r.select(quiz, index, keys, at));
            }
        });
        match outcome {
            Ok(()) => message.set(None),
            Err(ExamError::TimeUp) => finish(),
            Err(error) => message.set(Some(error.to_string())),
        }
    };
    let current =
        Memo::new(move |_| run.with(|r| r.as_ref().and_then(|r| r.current().map(|q| (r.position, q.clone())))));
    view! {
        <div class="exam-bar" data-testid="exam-bar">
            <p class="countdown" role="timer" aria-live="off" data-testid="exam-countdown">
                {text.time_left} <strong>{move || clock_text(remaining.get())}</strong>
            </p>
            <p data-testid="exam-progress">{move || (text.progress)(answered.get(), total.get(), &pass_percent)}</p>
            <p class="time-warning" role="status" data-testid="exam-time-warning">
                {move || (remaining.get() <= 60).then_some(text.time_warning)}
            </p>
        </div>
        <nav class="exam-palette" aria-label=text.palette_label data-testid="exam-palette">
            <ol>
                {move || (0..total.get()).map(|index| view! { <PaletteButton index=index position=position go_to=go_to /> }).collect_view()}
            </ol>
        </nav>
        {move || current.get().map(|(index, question)| {
            let initial = run.with_untracked(|r| r.as_ref().map(|r| r.selection(index)).unwrap_or_default());
            let counter = (quiz_text.counter)(index + 1, total.get_untracked());
            view! { <QuestionCard question=question counter=counter initial=initial on_change=on_change /> }
        })}
        <p class="error" role="alert" data-testid="exam-message">{move || message.get()}</p>
        <p class="toolbar">
            <button type="button" data-testid="exam-prev" disabled=move || { position.get() == 0 } on:click=move |_| go_to(position.get_untracked().saturating_sub(1))>{text.prev}</button>
            <button type="button" data-testid="exam-next" disabled=move || { position.get() + 1 >= total.get() } on:click=move |_| go_to(position.get_untracked() + 1)>{quiz_text.next_question}</button>
            <button type="button" class="primary" data-testid="exam-submit" on:click=move |_| confirming.set(true)>{text.submit}</button>
        </p>
        <Show when=move || confirming.get()>
            <div class="confirm card" role="group" aria-labelledby="exam-confirm-text" data-testid="exam-confirm">
                <p id="exam-confirm-text">
                    {move || {
                        let left = total.get().saturating_sub(answered.get());
                        if left > 0 {
                            (text.confirm_unanswered)(left)
                        } else {
                            text.confirm.to_string()
                        }
                    }}
                </p>
                <button type="button" class="primary" data-testid="exam-confirm-submit" on:click=move |_| finish()>{text.confirm_submit}</button>
                " "
                <button type="button" data-testid="exam-cancel-submit" on:click=move |_| confirming.set(false)>{text.keep_going}</button>
            </div>
        </Show>
    }
}

/// One question's button in the navigation, saying whether it is answered (in words, not only by its look).
#[component]
fn PaletteButton(index: usize, position: Memo<usize>, go_to: impl Fn(usize) + Copy + 'static) -> impl IntoView {
    let text = &strings().quiz_area.exam;
    let state = expect_context::<QuizState>();
    let done = Memo::new(move |_| state.exam.with(|r| r.as_ref().is_some_and(|r| !r.selection(index).is_empty())));
    view! {
        <li>
            <button
                type="button"
                class:answered=move || done.get()
                aria-label=move || (text.palette_item)(index + 1, if done.get() { text.answered } else { text.unanswered })
                aria-current=move || (position.get() == index).then_some("step")
                data-testid="exam-goto"
                on:click=move |_| go_to(index)
            >{index + 1}</button>
        </li>
    }
}
