//! Labelled form fields with hints and inline errors. Every control has a `<label>`; errors are tied to the
//! control with `aria-describedby` and `aria-invalid`. A required control shows `*` in its label (hidden from
//! screen readers, which announce `aria-required` instead); `required` may follow other inputs.

use leptos::prelude::*;

use super::binding::Binding;
use crate::i18n::strings;
use crate::rules::r2::Answer;

/// A one-line text input (type `text`, `date`, `datetime-local`, `search`).
#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    #[prop(into)] value: Binding<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] hint: &'static str,
    #[prop(into, optional)] error: Signal<Option<&'static str>>,
    #[prop(into, optional)] required: Signal<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = format!("{hint_id} {error_id}");
    view! {
        <div class="field">
            <label for=id>{label} {move || required.get().then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}</label>
            <input
                id=id
                data-testid=id
                type=input_type
                aria-describedby=described_by
                aria-required=move || required.get().to_string()
                aria-invalid=move || error.get().is_some().to_string()
                bind:value=(value.get, value.set)
            />
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <p class="error" id=error_id data-testid=format!("{id}-error")>{move || error.get()}</p>
        </div>
    }
}

/// A multi-line text input.
#[component]
pub fn TextAreaField(
    id: &'static str,
    label: &'static str,
    #[prop(into)] value: Binding<String>,
    #[prop(optional)] hint: &'static str,
    #[prop(into, optional)] error: Signal<Option<&'static str>>,
    #[prop(into, optional)] required: Signal<bool>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = format!("{hint_id} {error_id}");
    view! {
        <div class="field">
            <label for=id>{label} {move || required.get().then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}</label>
            <textarea
                id=id
                data-testid=id
                aria-describedby=described_by
                aria-required=move || required.get().to_string()
                aria-invalid=move || error.get().is_some().to_string()
                bind:value=(value.get, value.set)
            ></textarea>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <p class="error" id=error_id data-testid=format!("{id}-error")>{move || error.get()}</p>
        </div>
    }
}

/// A select box over `(key, label)` choices, with an empty first option (“请选择” unless `placeholder` says otherwise).
#[component]
pub fn ChoiceField(
    id: &'static str,
    label: &'static str,
    choices: Vec<(String, String)>,
    #[prop(into)] value: Binding<String>,
    #[prop(optional)] hint: &'static str,
    #[prop(into, optional)] error: Signal<Option<&'static str>>,
    #[prop(into, optional)] required: Signal<bool>,
    #[prop(default = strings().common.choose)] placeholder: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = format!("{hint_id} {error_id}");
    view! {
        <div class="field">
            <label for=id>{label} {move || required.get().then(|| view! { <span class="required" aria-hidden="true">" *"</span> })}</label>
            <select
                id=id
                data-testid=id
                aria-describedby=described_by
                aria-required=move || required.get().to_string()
                aria-invalid=move || error.get().is_some().to_string()
                on:change=move |ev| value.set.set(event_target_value(&ev))
                prop:value=move || value.get.get()
            >
                <option value="">{placeholder}</option>
                {choices
                    .into_iter()
                    .map(|(key, text)| {
                        let selected_key = key.clone();
                        view! { <option value=key selected=move || value.get.get() == selected_key>{text}</option> }
                    })
                    .collect_view()}
            </select>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <p class="error" id=error_id data-testid=format!("{id}-error")>{move || error.get()}</p>
        </div>
    }
}

/// A labelled checkbox (a yes/no question).
#[component]
pub fn CheckField(
    id: String,
    label: String,
    #[prop(into)] checked: Binding<bool>,
    #[prop(optional)] hint: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="check">
            <input type="checkbox" id=id.clone() data-testid=id.clone() aria-describedby=hint_id.clone() bind:checked=(checked.get, checked.set) />
            <label for=id>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id>{hint}</p> })}
        </div>
    }
}

/// A yes/no question with a third answer, 不清楚, as three radio buttons (`{id}-yes`, `{id}-no`, `{id}-unknown`).
#[component]
pub fn AnswerField(
    id: &'static str,
    label: &'static str,
    #[prop(into)] answer: Binding<Answer>,
    #[prop(optional)] hint: &'static str,
) -> impl IntoView {
    let label_id = format!("{id}-label");
    let hint_id = format!("{id}-hint");
    let options = Answer::ALL
        .into_iter()
        .map(|option| {
            let key = match option {
                Answer::Yes => "yes",
                Answer::No => "no",
                Answer::Unknown => "unknown",
            };
            let option_id = format!("{id}-{key}");
            view! {
                <span class="answer">
                    <input type="radio" id=option_id.clone() data-testid=option_id.clone() name=id value=key
                        prop:checked=move || answer.get.get() == option on:change=move |_| answer.set.set(option) />
                    <label for=option_id>{option.label()}</label>
                </span>
            }
        })
        .collect_view();
    let labelled_by = label_id.clone();
    let described_by = hint_id.clone();
    view! {
        <div class="answer-field" role="radiogroup" aria-labelledby=labelled_by aria-describedby=described_by>
            <p class="group-label" id=label_id>{label}</p>
            <div class="answers">{options}</div>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id>{hint}</p> })}
        </div>
    }
}
