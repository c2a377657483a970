//! A form's plain fields (texts, dates, choices, 是/否), rendered from their description ([`PlainForm`]): one
//! control per field, bound to the form's value, with its inline error.

use leptos::prelude::*;

use crate::case_file::FieldError;
use crate::form_fields::{FieldInput, PlainForm, StepField};
use crate::i18n::strings;

/// The current text of field `name` of `form`.
fn value_of(form: &impl PlainForm, name: &str) -> String {
    form.fields().into_iter().find(|f| f.name == name).map(|f| f.value).unwrap_or_default()
}

/// The first error on field `name`.
pub fn error_on(errors: &[FieldError], name: &str) -> Option<String> {
    errors.iter().find(|e| e.field == name).map(|e| e.message.clone())
}

/// The summary of a refused save: every error, above the form's fields.
#[component]
pub fn StepErrors(errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let heading = strings().case_files.errors_heading;
    view! {
        <Show when=move || errors.with(|e| !e.is_empty())>
            <div class="error-summary" role="alert" data-testid="step-errors">
                <p><strong>{heading}</strong></p>
                <ul>{move || errors.get().into_iter().map(|e| view! { <li>{e.message}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

/// Every plain field of the form (its fields do not change while the form is open).
#[component]
pub fn PlainFields<T>(step: RwSignal<T>, errors: RwSignal<Vec<FieldError>>) -> impl IntoView
where
    T: PlainForm + Send + Sync + 'static,
{
    step.with_untracked(PlainForm::fields)
        .into_iter()
        .map(|field| view! { <PlainField step=step errors=errors field=field /> })
        .collect_view()
}

/// One field.
#[component]
fn PlainField<T>(step: RwSignal<T>, errors: RwSignal<Vec<FieldError>>, field: StepField) -> impl IntoView
where
    T: PlainForm + Send + Sync + 'static,
{
    let name = field.name;
    let id = format!("cf-{}", name.replace('.', "-"));
    let error_id = format!("{id}-error");
    let error = move || errors.with(|e| error_on(e, name));
    let value = move || step.with(|s| value_of(s, name));
    let set = move |text: String| step.update(|s| s.set_field(name, &text));
    let label_for = (!matches!(field.input, FieldInput::YesNo)).then(|| id.clone());
    let control = match field.input {
        FieldInput::Text | FieldInput::Date => {
            let kind = if field.input == FieldInput::Date { "date" } else { "text" };
            view! {
                <input id=id.clone() data-testid=id.clone() type=kind aria-describedby=error_id.clone()
                    aria-invalid=move || error().is_some().to_string()
                    prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
            }
            .into_any()
        }
        FieldInput::LongText => view! {
            <textarea id=id.clone() data-testid=id.clone() aria-describedby=error_id.clone()
                aria-invalid=move || error().is_some().to_string()
                prop:value=value on:input=move |ev| set(event_target_value(&ev))></textarea>
        }
        .into_any(),
        FieldInput::Choice(labels) => view! {
            <select id=id.clone() data-testid=id.clone() aria-describedby=error_id.clone()
                prop:value=value on:change=move |ev| set(event_target_value(&ev))>
                {labels.into_iter().enumerate().map(|(i, label)| {
                    let key = i.to_string();
                    view! { <option value=key.clone() selected=move || value() == key>{label}</option> }
                }).collect_view()}
            </select>
        }
        .into_any(),
        FieldInput::YesNo => {
            let [yes, no] = strings().case_files.yes_no;
            let group = id.clone();
            let radio = move |key: &'static str, label: &'static str| {
                let radio_id = format!("{group}-{key}");
                view! {
                    <label class="inline" for=radio_id.clone()>
                        <input type="radio" id=radio_id.clone() data-testid=radio_id.clone() name=group.clone() value=key
                            prop:checked=move || value() == key on:change=move |_| set(key.to_string()) />
                        {label}
                    </label>
                }
            };
            view! { <div role="radiogroup" aria-describedby=error_id.clone()>{radio("yes", yes)}" "{radio("no", no)}</div> }.into_any()
        }
    };
    view! {
        <div class="field">
            <label for=label_for>{field.label}</label>
            {control}
            <p class="error" id=error_id data-testid=format!("{id}-error")>{error}</p>
        </div>
    }
}
