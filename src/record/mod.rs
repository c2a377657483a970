//! The interference record: what a handler writes down when someone interferes with a case (R2 Art. 3).
//!
//! 第三条 局机关办案机构及办案人员应对干预、插手案件办理的情况将时间、地点、人物、方式、内容等全面、如实记录，
//! 做到全程留痕，有据可查。遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。
//! 必要时可以直接向区司法局报告。
//!
//! [`InterferenceRecord`] is the validated record kept in the journal; [`RecordForm`] is the half-filled form the
//! officer edits, and [`RecordForm::validate`] turns it into a record or into per-field Chinese errors.

mod case;
mod changes;
pub mod drafts;
mod form;
mod interference;
mod report;
#[cfg(test)]
pub(crate) mod sample;

pub use case::{CaseRef, CaseStage};
pub use changes::{FieldChange, changes};
pub use form::{FieldError, FormErrors, FormField, RecordForm};
pub use interference::{InterferenceRecord, Person};
pub use report::{Recipient, ReportStatus};
