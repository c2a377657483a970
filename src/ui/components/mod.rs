//! Small components shared by the areas: quoted law, explanations, form fields.

mod explanation;
mod fields;
mod quotes;

pub use explanation::ExplanationSteps;
pub use fields::{CheckField, ChoiceField, TextAreaField, TextField};
pub use quotes::QuotedProvisions;
