//! Reading a file the user picked or dropped, as bytes (the size is checked by the caller before reading).

use wasm_bindgen_futures::JsFuture;

use super::local_store::js_message;

/// The file's content.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(|e| js_message(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The files of a file list (from a file input or a drop), in order.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}
