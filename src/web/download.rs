//! Saving a file to the user's downloads: a Blob behind a temporary `<a download>` link.

use wasm_bindgen::JsCast;

use crate::web::local_store::js_message;

/// Offers `text` as a file named `file_name` of type `mime`; returns the browser's error message on failure.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("没有浏览器窗口")?;
    let document = window.document().ok_or("没有页面文档")?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|e| js_message(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| js_message(&e))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|e| js_message(&e))?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or("没有页面主体")?;
    body.append_child(&link).map_err(|e| js_message(&e))?;
    link.click();
    link.remove();
    // Revoked a moment later: some browsers read the Blob only after the click handler returns.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        web_sys::Url::revoke_object_url(&url).ok();
    });
    window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)
        .map(|_| ())
        .map_err(|e| js_message(&e))
}
