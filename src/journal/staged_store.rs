//! [`StagedStore`]: the journal's view of a store that commits asynchronously (the browser's IndexedDB).
//!
//! [`super::Journal`] is synchronous; IndexedDB is not. So the journal works on an in-memory copy of the stored
//! entries, and every write it makes is also staged. After each change the caller takes the staged writes as one
//! [`Batch`] and commits it in ONE durable transaction; only once that transaction is complete is the change saved.
//! If the commit fails, the caller reloads the copy from the database and opens the journal again, so nothing
//! that was not stored is ever shown as stored.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use super::keys::EVENT_PREFIX;
use super::store::{KeyValueStore, StoreError};

/// The writes of one change, to be committed together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Batch {
    /// Entries that must not exist yet (events: a key already stored, e.g. by another tab, fails the whole batch).
    pub add: Vec<(String, String)>,
    /// Entries written whatever was there (the chain heads, quarantine copies, the device id).
    pub put: Vec<(String, String)>,
}

impl Batch {
    /// Whether there is nothing to commit.
    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.put.is_empty()
    }
}

#[derive(Default)]
struct Inner {
    entries: BTreeMap<String, String>,
    staged: Vec<String>,
}

/// An in-memory copy of the stored entries that records every write for a later commit. Clones share the copy.
#[derive(Clone, Default)]
pub struct StagedStore {
    inner: Rc<RefCell<Inner>>,
}

impl fmt::Debug for StagedStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = self.inner.borrow();
        f.debug_struct("StagedStore").field("entries", &inner.entries.len()).field("staged", &inner.staged).finish()
    }
}

impl StagedStore {
    /// A copy of `entries` as read from the database, with nothing staged.
    pub fn loaded(entries: impl IntoIterator<Item = (String, String)>) -> Self {
        let store = StagedStore::default();
        store.inner.borrow_mut().entries = entries.into_iter().collect();
        store
    }

    /// Replaces the copy with `entries` as read from the database again, dropping anything staged.
    pub fn reload(&self, entries: impl IntoIterator<Item = (String, String)>) {
        let mut inner = self.inner.borrow_mut();
        inner.entries = entries.into_iter().collect();
        inner.staged.clear();
    }

    /// Takes the writes staged since the last call, each key once with its latest value: event keys are to be
    /// added, everything else put.
    pub fn take_batch(&self) -> Batch {
        let mut inner = self.inner.borrow_mut();
        let mut keys = std::mem::take(&mut inner.staged);
        keys.sort();
        keys.dedup();
        let mut batch = Batch::default();
        for key in keys {
            let value = inner.entries.get(&key).cloned().unwrap_or_default();
            if key.starts_with(EVENT_PREFIX) {
                batch.add.push((key, value));
            } else {
                batch.put.push((key, value));
            }
        }
        batch
    }

    /// Every entry of the copy (including staged writes), in key order.
    pub fn entries(&self) -> Vec<(String, String)> {
        self.inner.borrow().entries.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
    }
}

impl KeyValueStore for StagedStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.inner.borrow().entries.get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut inner = self.inner.borrow_mut();
        inner.entries.insert(key.to_string(), value.to_string());
        inner.staged.push(key.to_string());
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.inner.borrow().entries.keys().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reloading_drops_what_was_staged() {
        let store = StagedStore::default();
        store.set("liuhen/v1/event/d1/0000000001", "x").unwrap();
        store.reload([("liuhen/v1/device".to_string(), "d1".to_string())]);
        assert!(store.take_batch().is_empty());
        assert_eq!(store.get("liuhen/v1/event/d1/0000000001").unwrap(), None);
        assert_eq!(store.keys().unwrap(), vec!["liuhen/v1/device".to_string()]);
    }
}
