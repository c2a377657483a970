//! The storage the journal writes to: a synchronous string key-value store such as the browser's localStorage.

use std::fmt;

use super::keys::NAMESPACE;

/// Why a store operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The write would exceed the storage quota; nothing was written.
    QuotaExceeded,
    /// The store cannot be used at all (e.g. storage disabled in the browser), with the browser's message.
    Unavailable(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::QuotaExceeded => write!(
                f,
                "浏览器存储空间已满，没有写入任何内容。请到“导出”页导出全部记录交法治科备份，\
                 再在浏览器设置中清理其他网站的数据以腾出空间后重试"
            ),
            StoreError::Unavailable(detail) => write!(f, "无法使用浏览器存储：{detail}"),
        }
    }
}

/// A synchronous string key-value store, shaped like `window.localStorage` so that it implements this directly
/// (`getItem`, `setItem`, and `key(i)` for `0..length`).
///
/// There is deliberately no removal: the journal only ever adds keys, so it cannot delete an event even by mistake.
/// Methods take `&self` because a browser storage handle is shared; several journals (tabs) may use one store.
pub trait KeyValueStore {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Stores `value` under `key`, atomically: on error (quota exceeded) the store is left exactly as it was.
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Every key in the store (in any order), including other applications' keys.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// The usual localStorage quota, in UTF-16 code units (keys and values both count): about 5.2 million.
pub const QUOTA_UTF16_UNITS: u64 = 5_200_000;

/// How much of the storage quota the app's keys use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Usage {
    /// UTF-16 code units of every key and value under [`NAMESPACE`].
    pub used: u64,
    /// The quota, [`QUOTA_UTF16_UNITS`].
    pub quota: u64,
}

impl Usage {
    /// Measures the app's keys in `store`.
    pub fn measure(store: &impl KeyValueStore) -> Result<Usage, StoreError> {
        let mut used = 0u64;
        for key in store.keys()?.iter().filter(|k| k.starts_with(NAMESPACE)) {
            let value = store.get(key)?.unwrap_or_default();
            used += utf16_len(key) + utf16_len(&value);
        }
        Ok(Usage { used, quota: QUOTA_UTF16_UNITS })
    }

    /// The share of the quota used, in whole percent (rounded down, capped at 100).
    pub fn percent(&self) -> u64 {
        (self.used.saturating_mul(100) / self.quota.max(1)).min(100)
    }

    /// At least 90 % used: time to export and archive.
    pub fn nearly_full(&self) -> bool {
        self.percent() >= 90
    }

    /// Chinese summary, e.g. `已使用 12.3 万字符（约 2%），上限约 520 万字符`.
    pub fn describe(&self) -> String {
        let wan = |n: u64| format!("{}.{}", n / 10_000, (n % 10_000) / 1_000);
        format!("已使用 {} 万字符（约 {}%），上限约 {} 万字符", wan(self.used), self.percent(), self.quota / 10_000)
    }
}

/// The length of a text in UTF-16 code units, as browsers count storage.
pub fn utf16_len(text: &str) -> u64 {
    text.encode_utf16().count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::MemoryStore;

    #[test]
    fn counts_utf16_units_of_keys_and_values_in_the_namespace_only() {
        let store = MemoryStore::new();
        store.set("liuhen/v1/a", "留痕😀").unwrap(); // 11 + (2 + 2)
        store.set("other/app", "x".repeat(1000).as_str()).unwrap();
        let usage = Usage::measure(&store).unwrap();
        assert_eq!(usage.used, 15);
        assert_eq!(utf16_len("😀"), 2);
    }

    #[test]
    fn describes_the_share_in_chinese() {
        let usage = Usage { used: 123_456, quota: QUOTA_UTF16_UNITS };
        assert_eq!(usage.percent(), 2);
        assert_eq!(usage.describe(), "已使用 12.3 万字符（约 2%），上限约 520 万字符");
        assert!(!usage.nearly_full());
        assert!(Usage { used: 4_700_000, quota: QUOTA_UTF16_UNITS }.nearly_full());
    }

    #[test]
    fn quota_error_says_what_to_do() {
        let said = StoreError::QuotaExceeded.to_string();
        assert!(said.contains("导出全部记录") && said.contains("清理其他网站的数据"), "names actions: {said}");
        assert!(!said.contains("归档"), "there is no archive function to advise: {said}");
    }
}
