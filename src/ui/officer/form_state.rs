//! The record form's state: the pure [`RecordForm`] in one signal, with a [`Binding`] per control onto its part.

use leptos::prelude::*;

use crate::record::{CaseStage, FormErrors, FormField, RecordForm};
use crate::rules::r2::{Answer, Conduct, ContactFact, ContactMethod, PersonCategory};
use crate::ui::components::{Binding, choice_key, choice_of};
use crate::web::draft_store::DraftProblem;

/// The record form as it is being filled in, and what its last validation found.
#[derive(Clone, Copy)]
pub struct FormState {
    /// The whole form, one value.
    pub form: RwSignal<RecordForm>,
    /// The problems found by the last validation.
    pub errors: RwSignal<FormErrors>,
    /// Why the autosaved draft could not be used when the form opened, if it could not (shown above the form).
    pub draft_problem: StoredValue<Option<DraftProblem>>,
}

impl FormState {
    /// The state holding `form`.
    pub fn new(form: &RecordForm) -> Self {
        FormState {
            form: RwSignal::new(form.clone()),
            errors: RwSignal::new(FormErrors::default()),
            draft_problem: StoredValue::new(None),
        }
    }

    /// The form as currently filled in (tracks every input).
    pub fn form(&self) -> RecordForm {
        self.form.get()
    }

    /// A text input bound to one text of the form.
    pub fn text(&self, read: fn(&RecordForm) -> &String, write: fn(&mut RecordForm) -> &mut String) -> Binding<String> {
        Binding::slice(self.form, move |f| read(f).clone(), move |f, value| *write(f) = value)
    }

    /// A checkbox bound to one yes/no of the form.
    pub fn flag(&self, read: fn(&RecordForm) -> bool, write: fn(&mut RecordForm) -> &mut bool) -> Binding<bool> {
        Binding::slice(self.form, read, move |f, value| *write(f) = value)
    }

    /// The 人物类别 select (its key); the facts the engine reads follow it.
    pub fn category(&self) -> Binding<String> {
        Binding::slice(
            self.form,
            |f| choice_key(&PersonCategory::ALL, f.category),
            |f, key| {
                f.category = choice_of(&PersonCategory::ALL, &key);
                f.facts.category = f.category.unwrap_or_default();
            },
        )
    }

    /// The 方式 select (its key); the facts the engine reads follow it.
    pub fn method(&self) -> Binding<String> {
        Binding::slice(
            self.form,
            |f| choice_key(&ContactMethod::ALL, f.method),
            |f, key| {
                f.method = choice_of(&ContactMethod::ALL, &key);
                f.facts.method = f.method.unwrap_or_default();
            },
        )
    }

    /// The 办理阶段 select (its key).
    pub fn case_stage(&self) -> Binding<String> {
        Binding::slice(
            self.form,
            |f| choice_key(&CaseStage::ALL, f.case_stage),
            |f, key| f.case_stage = choice_of(&CaseStage::ALL, &key),
        )
    }

    /// The checkbox of one conduct; the list keeps the form's order.
    pub fn conduct(&self, conduct: Conduct) -> Binding<bool> {
        Binding::slice(
            self.form,
            move |f| f.facts.conduct.contains(&conduct),
            move |f, on| {
                let chosen: Vec<Conduct> = Conduct::ALL
                    .into_iter()
                    .filter(|c| if *c == conduct { on } else { f.facts.conduct.contains(c) })
                    .collect();
                f.facts.conduct = chosen;
            },
        )
    }

    /// The 是/否/不清楚 answer to one yes/no fact.
    pub fn answer(&self, fact: ContactFact) -> Binding<Answer> {
        Binding::slice(self.form, move |f| f.facts.answer(fact), move |f, answer| f.facts.set_answer(fact, answer))
    }

    /// Whether 人物单位 is required now (not for a person outside the bureau), as its label shows.
    pub fn person_unit_required(&self) -> Signal<bool> {
        let form = self.form;
        Signal::derive(move || form.with(|f| RecordForm::person_unit_required(f.category)))
    }

    /// Whether 案号 is required now (not at the 立案 stage), as its label shows.
    pub fn case_number_required(&self) -> Signal<bool> {
        let form = self.form;
        Signal::derive(move || form.with(|f| RecordForm::case_number_required(f.case_stage)))
    }

    /// The error message of one field, as a signal for its input.
    pub fn error(&self, field: FormField) -> Signal<Option<&'static str>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| e.message(field)))
    }
}
