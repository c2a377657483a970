//! Small components shared by the areas: quoted law, explanations, form fields.

mod binding;
mod choices;
mod csv_button;
mod explanation;
mod fields;
mod plain_fields;
mod quotes;
mod register_filters;

pub use binding::Binding;
pub use choices::{choice_key, choice_of};
pub use csv_button::{CsvDownload, RegisterCsvButton};
pub use explanation::ExplanationSteps;
pub use fields::{AnswerField, CheckField, ChoiceField, TextAreaField, TextField};
pub use plain_fields::{PlainFields, StepErrors, error_on};
pub use quotes::QuotedProvisions;
pub use register_filters::RegisterFilters;
