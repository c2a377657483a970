//! 分类练习: practice by topic (a regulation or one article), with full feedback after every answer.

use std::str::FromStr;

use leptos::prelude::*;

use super::drill_view::DrillView;
use super::quiz_state::{PracticeRun, QuizState, fresh_seed, now, today};
use crate::i18n::strings;
use crate::law::{Cite, regulation};
use crate::quiz::{Topic, TopicCount};

/// The practice page: the topic picker, or the session in progress.
#[component]
pub fn PracticePage() -> impl IntoView {
    let text = &strings().quiz_area;
    let state = expect_context::<QuizState>();
    let started = Memo::new(move |_| state.practice.with(Option::is_some));
    view! {
        <section data-testid="quiz-practice-page">
            <h1>{text.nav.practice}</h1>
            <Show when=move || started.get() fallback=TopicPicker>
                <PracticeSession />
            </Show>
        </section>
    }
}

/// A topic's form value: `all`, `R1`, `R2` or an article id such as `R2-10`.
fn topic_key(topic: Topic) -> String {
    match topic {
        Topic::All => "all".to_string(),
        Topic::Regulation(n) => format!("R{n}"),
        Topic::Provision(cite) => cite.to_string(),
    }
}

/// The topic a form value names.
fn topic_from_key(key: &str) -> Option<Topic> {
    match key {
        "all" => Some(Topic::All),
        "R1" => Some(Topic::Regulation(1)),
        "R2" => Some(Topic::Regulation(2)),
        other => Cite::from_str(other).ok().map(Topic::Provision),
    }
}

/// Every topic with its bank question count, grouped by regulation, as radio buttons.
#[component]
fn TopicPicker() -> impl IntoView {
    let text = &strings().quiz_area.practice;
    let state = expect_context::<QuizState>();
    let topics: Vec<TopicCount> = state.with_quiz(|quiz| quiz.topics());
    let total: usize = topics.iter().filter(|t| matches!(t.topic, Topic::Regulation(_))).map(|t| t.questions).sum();
    let chosen = RwSignal::new("all".to_string());
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(topic) = topic_from_key(&chosen.get_untracked()) else { return };
        let practice = state.with_quiz(|quiz| quiz.practice(topic, fresh_seed()));
        state.practice.set(Some(PracticeRun { practice, feedback: None }));
    };
    let groups = [1u8, 2].map(|n| {
        let in_group: Vec<TopicCount> = topics
            .iter()
            .filter(|t| match t.topic {
                Topic::Regulation(r) => r == n,
                Topic::Provision(cite) => cite.regulation == n,
                Topic::All => false,
            })
            .cloned()
            .collect();
        let title =
            regulation(n).map_or_else(|| (text.regulation_fallback)(n), |r| (text.regulation_title)(r.short_title));
        view! {
            <fieldset class="topic-group">
                <legend>{title}</legend>
                {in_group
                    .into_iter()
                    .map(|t| {
                        let label = match t.topic {
                            Topic::Provision(cite) => (text.provision_choice)(&cite.short_label(), t.questions),
                            _ => (text.regulation_choice)(t.questions),
                        };
                        view! { <TopicChoice topic=t.topic text=label chosen=chosen /> }
                    })
                    .collect_view()}
            </fieldset>
        }
    });
    view! {
        <form class="card" on:submit=start data-testid="topic-form" aria-labelledby="topic-heading">
            <h2 id="topic-heading">{text.picker_heading}</h2>
            <p class="hint">{text.picker_hint}</p>
            <fieldset class="topic-group">
                <legend>{text.both_group}</legend>
                <TopicChoice topic=Topic::All text=(text.all_choice)(total) chosen=chosen />
            </fieldset>
            <div class="topic-groups">{groups.into_iter().collect_view()}</div>
            <button type="submit" class="primary" data-testid="start-practice">{text.start}</button>
        </form>
    }
}

/// One radio button of the topic picker.
#[component]
fn TopicChoice(topic: Topic, text: String, chosen: RwSignal<String>) -> impl IntoView {
    let key = topic_key(topic);
    let id = format!("topic-{key}");
    let checked_key = key.clone();
    let value = key.clone();
    view! {
        <div class="check">
            <input
                type="radio"
                name="topic"
                id=id.clone()
                data-testid=id.clone()
                value=value
                prop:checked=move || chosen.with(|c| c == &checked_key)
                on:change=move |_| chosen.set(key.clone())
            />
            <label for=id>{text}</label>
        </div>
    }
}

/// The session: score, the current question, feedback, and a summary at the end.
#[component]
fn PracticeSession() -> impl IntoView {
    let quiz_text = &strings().quiz_area;
    let text = &quiz_text.practice;
    let state = expect_context::<QuizState>();
    let run = state.practice;
    let current = Memo::new(move |_| {
        run.with(|r| r.as_ref().and_then(|r| r.practice.current().map(|q| (r.practice.position(), q.clone()))))
    });
    let total = Memo::new(move |_| run.with(|r| r.as_ref().map_or(0, |r| r.practice.len())));
    let feedback = Memo::new(move |_| run.with(|r| r.as_ref().and_then(|r| r.feedback.clone())));
    let score = Memo::new(move |_| run.with(|r| r.as_ref().map_or((0, 0), |r| r.practice.score())));
    let topic = Memo::new(move |_| run.with(|r| r.as_ref().map(|r| r.practice.topic()).unwrap_or_default()));
    let on_submit = move |keys: Vec<String>| {
        let Some(question) = current.get_untracked().map(|(_, q)| q) else { return };
        let mut graded = false;
        run.update(|r| {
            if let Some(r) = r
                && let Ok(feedback) = r.practice.submit(&keys)
            {
                r.feedback = Some(feedback);
                graded = true;
            }
        });
        if graded {
            state.change_progress(|p| {
                p.record_answer(&question, &keys, now(), today());
            });
        }
    };
    let on_next = move |()| {
        run.update(|r| {
            if let Some(r) = r {
                r.practice.advance();
                r.feedback = None;
            }
        });
    };
    let again = move |_| {
        let practice = state.with_quiz(|quiz| quiz.practice(topic.get_untracked(), fresh_seed()));
        state.practice.set(Some(PracticeRun { practice, feedback: None }));
    };
    view! {
        <div class="session-bar">
            <span data-testid="practice-topic">{move || (text.topic_line)(&topic.get().label())}</span>
            <span role="status" data-testid="practice-score">
                {move || { let (answered, right) = score.get(); (text.score)(answered, right) }}
            </span>
            <button type="button" data-testid="end-practice" on:click=move |_| state.practice.set(None)>{text.end}</button>
        </div>
        <DrillView current=current total=total feedback=feedback on_submit=on_submit on_next=on_next />
        <Show when=move || current.with(Option::is_none)>
            <section class="card" data-testid="practice-done" aria-labelledby="practice-done-heading">
                <h2 id="practice-done-heading">{text.done_heading}</h2>
                <p>{move || { let (answered, right) = score.get(); (text.done_summary)(answered, right) }}</p>
                <p class="toolbar">
                    <button type="button" class="primary" data-testid="practice-again" on:click=again>{text.again}</button>
                    <a class="button" href="/quiz/review">{quiz_text.to_review}</a>
                </p>
            </section>
        </Show>
    }
}
