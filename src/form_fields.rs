//! Forms described as data: a form value lists its plain fields (texts, dates, choices, 是/否) with their current
//! values and sets them from text, so one component shows any such form. A field's name is the one its errors carry.

use chrono::NaiveDate;

/// How a field is entered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldInput {
    /// One line of text.
    Text,
    /// Several lines of text.
    LongText,
    /// A date (`YYYY-MM-DD`).
    Date,
    /// One of these labels (the value is the index).
    Choice(Vec<&'static str>),
    /// 是 / 否 (the value is `yes`, `no` or empty).
    YesNo,
}

/// One field of a step's form with its current value as the form shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepField {
    /// The field's name (as in the entry type and its errors).
    pub name: &'static str,
    /// 标签.
    pub label: &'static str,
    /// How it is entered.
    pub input: FieldInput,
    /// The value as text: a date as `YYYY-MM-DD`, a choice as its index, 是/否 as `yes`/`no`; empty when unset.
    pub value: String,
}

/// A form value whose plain fields are described as data, so one component can show it.
pub trait PlainForm {
    /// The plain fields, in display order.
    fn fields(&self) -> Vec<StepField>;
    /// Sets field `name` from its text (as [`StepField::value`] encodes it).
    fn set_field(&mut self, name: &str, value: &str);
}

/// A field of `input` named `name`, labelled `label`, whose value reads as `value`.
pub fn field(name: &'static str, label: &'static str, input: FieldInput, value: String) -> StepField {
    StepField { name, label, input, value }
}

/// A one-line text field.
pub fn text(name: &'static str, label: &'static str, value: &str) -> StepField {
    field(name, label, FieldInput::Text, value.to_string())
}

/// A multi-line text field.
pub fn long(name: &'static str, label: &'static str, value: &str) -> StepField {
    field(name, label, FieldInput::LongText, value.to_string())
}

/// A date field.
pub fn date(name: &'static str, label: &'static str, value: Option<NaiveDate>) -> StepField {
    field(name, label, FieldInput::Date, value.map(|d| d.to_string()).unwrap_or_default())
}

/// A choice among `all`, labelled by `labels`, set to `value`.
pub fn choice<T: PartialEq + Copy>(
    name: &'static str,
    label: &'static str,
    all: &[T],
    labels: fn(T) -> &'static str,
    value: T,
) -> StepField {
    let index = all.iter().position(|x| *x == value).map(|i| i.to_string()).unwrap_or_default();
    field(name, label, FieldInput::Choice(all.iter().map(|x| labels(*x)).collect()), index)
}

/// A date as a date field's text gives it.
pub fn parse_date(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").ok()
}

/// The choice whose index `value` names, else `current`.
pub fn pick<T: Copy>(all: &[T], value: &str, current: T) -> T {
    value.parse::<usize>().ok().and_then(|i| all.get(i).copied()).unwrap_or(current)
}
