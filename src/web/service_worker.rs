//! Registers the service worker that precaches each build for offline use.

use wasm_bindgen::JsCast;

/// Registers `/sw.js` if the browser supports service workers; failures are logged, never fatal.
pub fn register() {
    let Some(window) = web_sys::window() else { return };
    let navigator = window.navigator();
    let has_service_worker = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if !has_service_worker {
        return;
    }
    let promise = navigator.service_worker().register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = wasm_bindgen_futures::JsFuture::from(promise).await {
            let message = error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message()));
            web_sys::console::warn_1(&format!("离线缓存未能启用：{}", message.unwrap_or_default()).into());
        }
    });
}
