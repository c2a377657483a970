//! The browser's storage manager (`navigator.storage`): asking that this site's data be kept (persistent storage,
//! so the browser does not evict 法治科's merged store under storage pressure) and how much of the quota it uses.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{StorageEstimate, StorageManager};

/// How much the site stores and may store, in bytes, as the browser estimates it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StorageFigures {
    /// Bytes used by this site (all its storage).
    pub usage: f64,
    /// Bytes it may use.
    pub quota: f64,
}

impl StorageFigures {
    /// In Chinese, in megabytes.
    pub fn describe(&self) -> String {
        let mb = |bytes: f64| bytes / (1024.0 * 1024.0);
        format!("已用 {:.1} MB，浏览器允许本站使用约 {:.0} MB（{}%）", mb(self.usage), mb(self.quota), self.percent())
    }

    /// The share of the quota used, in whole percent (rounded down, 0 to 100).
    pub fn percent(&self) -> u32 {
        if self.quota <= 0.0 { 0 } else { ((self.usage / self.quota) * 100.0).clamp(0.0, 100.0) as u32 }
    }

    /// At least 80 % used: time to warn, well before a save is refused.
    pub fn nearly_full(&self) -> bool {
        self.percent() >= 80
    }
}

/// `navigator.storage`, where the browser offers it (secure contexts only).
fn manager() -> Option<StorageManager> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &"storage".into()).ok().is_some_and(|s| !s.is_undefined());
    present.then(|| navigator.storage())
}

async fn boolean(promise: Result<js_sys::Promise, JsValue>) -> Option<bool> {
    JsFuture::from(promise.ok()?).await.ok()?.as_bool()
}

/// Asks once for persistent storage: whether the site's data is (now) persistent, `None` if the browser cannot
/// tell. Already persistent data is not asked for again.
pub async fn request_persistence() -> Option<bool> {
    let manager = manager()?;
    if boolean(manager.persisted()).await == Some(true) {
        return Some(true);
    }
    boolean(manager.persist()).await
}

/// The browser's estimate of the site's usage and quota.
pub async fn estimate() -> Option<StorageFigures> {
    let manager = manager()?;
    // A dictionary, not a class: no `instanceof` check is possible.
    let estimate: StorageEstimate = JsFuture::from(manager.estimate().ok()?).await.ok()?.unchecked_into();
    Some(StorageFigures { usage: estimate.get_usage()?, quota: estimate.get_quota()? })
}
