//! The record form's signals: one per input, converted to and from the pure [`RecordForm`].

use leptos::prelude::*;

use crate::record::{CaseStage, FormErrors, FormField, RecordForm};
use crate::rules::r2::{Answer, Conduct, ContactFact, ContactMethod, InterferenceFacts, PersonCategory};
use crate::ui::components::{choice_key, choice_of};
use crate::web::draft_store::DraftProblem;

/// Every input of the record form as a signal.
#[derive(Clone, Copy)]
pub struct FormState {
    pub occurred_at: RwSignal<String>,
    pub place: RwSignal<String>,
    pub person_name: RwSignal<String>,
    pub person_unit: RwSignal<String>,
    pub person_position: RwSignal<String>,
    pub category: RwSignal<String>,
    pub method: RwSignal<String>,
    pub content: RwSignal<String>,
    pub case_number: RwSignal<String>,
    pub case_cause: RwSignal<String>,
    pub case_stage: RwSignal<String>,
    pub recorders: RwSignal<String>,
    pub conduct: [RwSignal<bool>; 10],
    /// The answers to the yes/no facts, in [`ContactFact::ALL`] order.
    pub answers: [RwSignal<Answer>; 7],
    pub reported_to_legal_section: RwSignal<bool>,
    pub legal_section_date: RwSignal<String>,
    pub reported_to_justice_bureau: RwSignal<bool>,
    pub justice_bureau_date: RwSignal<String>,
    /// The problems found by the last validation.
    pub errors: RwSignal<FormErrors>,
    /// Why the autosaved draft could not be used when the form opened, if it could not (shown above the form).
    pub draft_problem: StoredValue<Option<DraftProblem>>,
}

impl FormState {
    /// Signals holding `form`.
    pub fn new(form: &RecordForm) -> Self {
        let text = |s: &str| RwSignal::new(s.to_string());
        let facts = &form.facts;
        FormState {
            occurred_at: text(&form.occurred_at),
            place: text(&form.place),
            person_name: text(&form.person_name),
            person_unit: text(&form.person_unit),
            person_position: text(&form.person_position),
            category: RwSignal::new(choice_key(&PersonCategory::ALL, form.category)),
            method: RwSignal::new(choice_key(&ContactMethod::ALL, form.method)),
            content: text(&form.content),
            case_number: text(&form.case_number),
            case_cause: text(&form.case_cause),
            case_stage: RwSignal::new(choice_key(&CaseStage::ALL, form.case_stage)),
            recorders: text(&form.recorders),
            conduct: Conduct::ALL.map(|c| RwSignal::new(facts.conduct.contains(&c))),
            answers: ContactFact::ALL.map(|fact| RwSignal::new(facts.answer(fact))),
            reported_to_legal_section: RwSignal::new(form.reported_to_legal_section),
            legal_section_date: text(&form.legal_section_date),
            reported_to_justice_bureau: RwSignal::new(form.reported_to_justice_bureau),
            justice_bureau_date: text(&form.justice_bureau_date),
            errors: RwSignal::new(FormErrors::default()),
            draft_problem: StoredValue::new(None),
        }
    }

    /// The form as currently filled in (tracks every input).
    pub fn form(&self) -> RecordForm {
        let category = choice_of(&PersonCategory::ALL, &self.category.get());
        let method = choice_of(&ContactMethod::ALL, &self.method.get());
        let mut facts = InterferenceFacts {
            category: category.unwrap_or_default(),
            method: method.unwrap_or_default(),
            conduct: Conduct::ALL.into_iter().zip(self.conduct).filter(|(_, on)| on.get()).map(|(c, _)| c).collect(),
            ..InterferenceFacts::default()
        };
        for (fact, answer) in ContactFact::ALL.into_iter().zip(self.answers) {
            facts.set_answer(fact, answer.get());
        }
        RecordForm {
            occurred_at: self.occurred_at.get(),
            place: self.place.get(),
            person_name: self.person_name.get(),
            person_unit: self.person_unit.get(),
            person_position: self.person_position.get(),
            category,
            method,
            content: self.content.get(),
            case_number: self.case_number.get(),
            case_cause: self.case_cause.get(),
            case_stage: choice_of(&CaseStage::ALL, &self.case_stage.get()),
            recorders: self.recorders.get(),
            facts,
            reported_to_legal_section: self.reported_to_legal_section.get(),
            legal_section_date: self.legal_section_date.get(),
            reported_to_justice_bureau: self.reported_to_justice_bureau.get(),
            justice_bureau_date: self.justice_bureau_date.get(),
        }
    }

    /// Whether 人物单位 is required now (not for a person outside the bureau), as its label shows.
    pub fn person_unit_required(&self) -> Signal<bool> {
        let category = self.category;
        Signal::derive(move || RecordForm::person_unit_required(choice_of(&PersonCategory::ALL, &category.get())))
    }

    /// Whether 案号 is required now (not at the 立案 stage), as its label shows.
    pub fn case_number_required(&self) -> Signal<bool> {
        let stage = self.case_stage;
        Signal::derive(move || RecordForm::case_number_required(choice_of(&CaseStage::ALL, &stage.get())))
    }

    /// The error message of one field, as a signal for its input.
    pub fn error(&self, field: FormField) -> Signal<Option<&'static str>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| e.message(field)))
    }
}
