//! One question as the trainee answers it: the situation, the prompt, and the options as radio buttons (single
//! choice) or checkboxes (multiple choice), each with its own label.

use leptos::html::H2;
use leptos::prelude::*;

use crate::i18n::strings;
use crate::quiz::{AnswerFormat, Question};

/// The question with its options. With `on_submit`, a submit button grades the selection (practice, review);
/// with `on_change`, every change of selection is reported (exam).
#[component]
pub fn QuestionCard(
    question: Question,
    /// Where the question stands, e.g. `第 3 / 10 题`.
    #[prop(into)]
    counter: String,
    /// The selection to start with (an exam question returned to).
    #[prop(optional)]
    initial: Vec<String>,
    /// Whether the options are locked (the answer has been graded).
    #[prop(into, optional)]
    locked: Signal<bool>,
    /// Called with a valid selection when the trainee submits.
    #[prop(into, optional)]
    on_submit: Option<Callback<Vec<String>>>,
    /// Called with the selection whenever it changes.
    #[prop(into, optional)]
    on_change: Option<Callback<Vec<String>>>,
) -> impl IntoView {
    let text = &strings().quiz_area.question;
    let selected = RwSignal::new(initial);
    let error = RwSignal::new(None::<String>);
    let title_ref = NodeRef::<H2>::new();
    // A new question takes the keyboard focus, so keyboard and screen-reader users start reading it.
    Effect::new(move |_| {
        if let Some(title) = title_ref.get() {
            title.focus().ok();
        }
    });
    let multiple = question.format == AnswerFormat::Multiple;
    let input_type = if multiple { "checkbox" } else { "radio" };
    let validator = question.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if locked.get_untracked() {
            return;
        }
        match validator.validate(&selected.get_untracked()) {
            Ok(keys) => {
                error.set(None);
                if let Some(on_submit) = on_submit {
                    on_submit.run(keys);
                }
            }
            Err(problem) => error.set(Some(problem.to_string())),
        }
    };
    let kind = match question.regulation {
        1 => text.kind_r1,
        _ => text.kind_r2,
    };
    let meta = format!("{counter} · {} · {kind}", question.format.label());
    view! {
        <article class="card question" data-testid="question" data-question-id=question.id.to_string() aria-labelledby="question-title">
            <p class="question-meta" data-testid="question-counter">{meta}</p>
            <h2 id="question-title" tabindex="-1" node_ref=title_ref data-testid="question-title">{question.title.clone()}</h2>
            <p class="situation preserve" data-testid="question-situation">{question.situation.clone()}</p>
            <form on:submit=submit novalidate data-testid="answer-form">
                <fieldset class="options" aria-describedby="answer-error">
                    <legend data-testid="question-prompt">{question.prompt.clone()}</legend>
                    <ul class="option-list">
                        {question
                            .options
                            .iter()
                            .enumerate()
                            .map(|(index, option)| {
                                let id = format!("answer-{index}");
                                let key = option.key.clone();
                                let checked_key = key.clone();
                                let change = move |ev: leptos::ev::Event| {
                                    let on = event_target_checked(&ev);
                                    selected.update(|keys| {
                                        if !multiple {
                                            keys.clear();
                                        }
                                        keys.retain(|k| k != &key);
                                        if on {
                                            keys.push(key.clone());
                                        }
                                    });
                                    error.set(None);
                                    if let Some(on_change) = on_change {
                                        on_change.run(selected.get_untracked());
                                    }
                                };
                                view! {
                                    <li class="check" data-testid="option" data-key=option.key.clone()>
                                        <input
                                            type=input_type
                                            id=id.clone()
                                            name="answer"
                                            value=option.key.clone()
                                            data-testid="option-input"
                                            prop:checked=move || selected.with(|keys| keys.contains(&checked_key))
                                            disabled=move || locked.get()
                                            on:change=change
                                        />
                                        <label for=id data-testid="option-label">{option.label.clone()}</label>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </fieldset>
                <p class="error" id="answer-error" role="alert" data-testid="answer-error">{move || error.get()}</p>
                {on_submit.map(|_| view! {
                    <button type="submit" class="primary" data-testid="submit-answer" disabled=move || locked.get()>{text.submit}</button>
                })}
            </form>
        </article>
    }
}
