//! The storage the journal writes to: a synchronous string key-value store such as the browser's localStorage.

use std::fmt;

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

/// The length of a text in UTF-16 code units, as browsers count storage.
pub fn utf16_len(text: &str) -> u64 {
    text.encode_utf16().count() as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_utf16_units_as_browsers_do() {
        assert_eq!(utf16_len("留痕😀"), 4);
        assert_eq!(utf16_len("😀"), 2);
    }

    #[test]
    fn quota_error_says_what_to_do() {
        let said = StoreError::QuotaExceeded.to_string();
        assert!(said.contains("导出全部记录") && said.contains("清理其他网站的数据"), "names actions: {said}");
        assert!(!said.contains("归档"), "there is no archive function to advise: {said}");
    }
}
