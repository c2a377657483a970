//! The autosaved 错案倒查 worksheet, so nothing typed is lost: one small localStorage value.

use crate::journal::StoreError;
use crate::legal::WrongCaseWorksheet;
use crate::web::json_store::{self, JsonStoreError};

/// The storage key of the wrong-case worksheet.
pub const WRONG_CASE_WORKSHEET_KEY: &str = "liuhen/v1/worksheet/wrong-case";

/// The saved worksheet, if any. Unparseable: quarantined and reported.
pub fn load_worksheet() -> Result<Option<WrongCaseWorksheet>, JsonStoreError> {
    json_store::load(WRONG_CASE_WORKSHEET_KEY)
}

/// Saves the worksheet in one write.
pub fn save_worksheet(worksheet: &WrongCaseWorksheet) -> Result<(), StoreError> {
    json_store::save(WRONG_CASE_WORKSHEET_KEY, worksheet)
}

/// Discards the saved worksheet (清空).
pub fn clear_worksheet() -> Result<(), StoreError> {
    json_store::remove(WRONG_CASE_WORKSHEET_KEY)
}
