//! Writing a carried store into this browser's: only into a store that holds nothing but what the file holds (a
//! fresh browser's own device id aside), so that no data of this browser is mixed with the file's, and a restore cut
//! short by a failure can be made again.

use std::collections::BTreeMap;

use super::error::TransferError;
use super::journal_move::JOURNAL_STORE;
use super::legal_backup::{LEGAL_JOURNAL_STORE, MERGED_STORE};
use crate::bundle::store_keys::MERGED_EVENT_PREFIX;
use crate::journal::Batch;
use crate::journal::keys::{DEVICE_KEY, EVENT_PREFIX};

/// What to write into the store `store` (e.g. [`JOURNAL_STORE`]), whose entries are `existing`, so that it holds
/// `entries`: every missing entry added (a key stored meanwhile fails the whole write), and the device id put in
/// place of the one a fresh browser made on its first start. Refused if the store holds any other entry, or an entry
/// of the file with another value.
pub fn plan_restore(
    existing: &[(String, String)],
    entries: &[(String, String)],
    store: &str,
) -> Result<Batch, TransferError> {
    let carried: BTreeMap<&str, &str> = entries.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let foreign: Vec<&str> = existing
        .iter()
        .filter(|(k, v)| k != DEVICE_KEY && carried.get(k.as_str()) != Some(&v.as_str()))
        .map(|(k, _)| k.as_str())
        .collect();
    if !foreign.is_empty() {
        let events =
            foreign.iter().filter(|k| k.starts_with(EVENT_PREFIX) || k.starts_with(MERGED_EVENT_PREFIX)).count();
        return Err(TransferError::TargetInUse {
            what: format!("{}（{} 项，其中 {events} 条事件）", label(store), foreign.len()),
        });
    }
    let here: BTreeMap<&str, &str> = existing.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut batch = Batch::default();
    for (key, value) in entries {
        if key == DEVICE_KEY {
            if here.get(key.as_str()) != Some(&value.as_str()) {
                batch.put.push((key.clone(), value.clone()));
            }
        } else if !here.contains_key(key.as_str()) {
            batch.add.push((key.clone(), value.clone()));
        }
    }
    Ok(batch)
}

/// Checks what was read back after writing: every carried entry is there with its value.
pub fn check_restored(after: &[(String, String)], entries: &[(String, String)]) -> Result<(), TransferError> {
    let stored: BTreeMap<&str, &str> = after.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let differing = entries.iter().filter(|(k, v)| stored.get(k.as_str()) != Some(&v.as_str())).count();
    if differing == 0 { Ok(()) } else { Err(TransferError::ReadBackMismatch { entries: differing }) }
}

/// What a store holds, in Chinese.
fn label(store: &str) -> &'static str {
    match store {
        JOURNAL_STORE => "办案记录日志",
        MERGED_STORE => "法治科的合并数据",
        LEGAL_JOURNAL_STORE => "法治科的错案卷宗日志",
        _ => "数据",
    }
}
