//! An in-memory [`KeyValueStore`] for tests and previews, able to simulate a quota, failures and a second writer.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use super::store::{KeyValueStore, StoreError, utf16_len};

/// A moment at which another writer can be made to act (see [`MemoryStore::interrupt`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// Just before a `get` of the key.
    BeforeGet,
    /// Just before a `set` of the key is applied.
    BeforeSet,
    /// Just after a `set` of the key is applied.
    AfterSet,
}

type Hook = Box<dyn FnOnce()>;

#[derive(Default)]
struct Inner {
    entries: BTreeMap<String, String>,
    quota: Option<u64>,
    failure: Option<StoreError>,
    hooks: Vec<(Moment, String, Hook)>,
}

/// An in-memory store. Clones share the same contents, like two tabs sharing one localStorage.
#[derive(Clone, Default)]
pub struct MemoryStore {
    inner: Rc<RefCell<Inner>>,
}

impl fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryStore").field("entries", &self.inner.borrow().entries.len()).finish()
    }
}

impl MemoryStore {
    /// An empty store without a quota.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store holding at most `units` UTF-16 code units of keys and values in total.
    pub fn with_quota(units: u64) -> Self {
        let store = Self::default();
        store.inner.borrow_mut().quota = Some(units);
        store
    }

    /// Makes every `set` fail with `failure` (or succeed again with `None`), writing nothing.
    pub fn fail_writes(&self, failure: Option<StoreError>) {
        self.inner.borrow_mut().failure = failure;
    }

    /// Runs `hook` once, at `moment` of the next operation on `key`: plays another tab acting at exactly that
    /// point of a write.
    pub fn interrupt(&self, moment: Moment, key: &str, hook: impl FnOnce() + 'static) {
        self.inner.borrow_mut().hooks.push((moment, key.to_string(), Box::new(hook)));
    }

    /// Runs (and forgets) the first hook waiting for `moment` on `key`, with the store unborrowed.
    fn run_hook(&self, moment: Moment, key: &str) {
        let hook = {
            let mut inner = self.inner.borrow_mut();
            let found = inner.hooks.iter().position(|(m, k, _)| *m == moment && k == key);
            found.map(|i| inner.hooks.remove(i).2)
        };
        if let Some(hook) = hook {
            hook();
        }
    }

    /// Removes a key (the journal never does; tests use it to tamper).
    pub fn remove(&self, key: &str) {
        self.inner.borrow_mut().entries.remove(key);
    }

    /// A copy of every key and value.
    pub fn entries(&self) -> BTreeMap<String, String> {
        self.inner.borrow().entries.clone()
    }

    /// UTF-16 code units of every key and value.
    pub fn used_units(&self) -> u64 {
        self.inner.borrow().entries.iter().map(|(k, v)| utf16_len(k) + utf16_len(v)).sum()
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.run_hook(Moment::BeforeGet, key);
        Ok(self.inner.borrow().entries.get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.run_hook(Moment::BeforeSet, key);
        {
            let mut inner = self.inner.borrow_mut();
            if let Some(failure) = &inner.failure {
                return Err(failure.clone());
            }
            if let Some(quota) = inner.quota {
                let old = inner.entries.get(key).map_or(0, |v| utf16_len(key) + utf16_len(v));
                let used: u64 = inner.entries.iter().map(|(k, v)| utf16_len(k) + utf16_len(v)).sum();
                if used - old + utf16_len(key) + utf16_len(value) > quota {
                    return Err(StoreError::QuotaExceeded);
                }
            }
            inner.entries.insert(key.to_string(), value.to_string());
        }
        self.run_hook(Moment::AfterSet, key);
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
    fn clones_share_contents() {
        let a = MemoryStore::new();
        let b = a.clone();
        a.set("k", "v").unwrap();
        assert_eq!(b.get("k").unwrap().as_deref(), Some("v"));
        assert_eq!(b.keys().unwrap(), vec!["k".to_string()]);
    }

    #[test]
    fn a_write_over_quota_fails_and_changes_nothing() {
        let store = MemoryStore::with_quota(10);
        store.set("ab", "cdef").unwrap(); // 6 units
        let before = store.entries();
        assert_eq!(store.set("gh", "ijk"), Err(StoreError::QuotaExceeded)); // would be 11
        assert_eq!(store.entries(), before);
        store.set("ab", "cdefghij").unwrap(); // replacing counts the new value only: 10
        assert_eq!(store.used_units(), 10);
    }

    #[test]
    fn simulated_failures_write_nothing() {
        let store = MemoryStore::new();
        store.fail_writes(Some(StoreError::Unavailable("测试".into())));
        assert!(store.set("k", "v").is_err());
        assert!(store.entries().is_empty());
        store.fail_writes(None);
        assert!(store.set("k", "v").is_ok());
    }

    #[test]
    fn hooks_run_once_at_their_moment_on_their_key() {
        let store = MemoryStore::new();
        let log = Rc::new(RefCell::new(Vec::new()));
        for moment in [Moment::BeforeGet, Moment::BeforeSet, Moment::AfterSet] {
            let (seen, log) = (store.clone(), log.clone());
            store.interrupt(moment, "k", move || log.borrow_mut().push((moment, seen.entries().get("k").cloned())));
        }
        store.set("other", "x").unwrap();
        assert!(log.borrow().is_empty());
        store.set("k", "1").unwrap();
        store.get("k").unwrap();
        store.set("k", "2").unwrap();
        assert_eq!(
            *log.borrow(),
            vec![
                (Moment::BeforeSet, None),
                (Moment::AfterSet, Some("1".into())),
                (Moment::BeforeGet, Some("1".into()))
            ]
        );
    }
}
