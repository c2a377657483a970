//! This device's signing key on the settings page: the public key's fingerprint, which 法治科 compares with the one
//! a held file shows before it confirms this device's key (at the first import, or after a key change). A corrupt key
//! is reported, and replaced only on the user's explicit request.

use leptos::prelude::*;

use super::export_page::device_key;
use crate::i18n::strings;
use crate::web::device_key_store::replace_corrupt_device_key;
use crate::web::local_store::LocalStore;
use crate::web::random::random_bytes;

/// The fingerprint (or the error), with the replacement button when the key is corrupt.
#[component]
pub fn DeviceKeyFacts() -> impl IntoView {
    let text = &strings().bundles.device_key;
    let key = RwSignal::new(device_key().map(|k| k.public_key()));
    let confirm = RwSignal::new(false);
    let replace = move |_| {
        let replaced = LocalStore::open()
            .map_err(|e| e.to_string())
            .and_then(|store| replace_corrupt_device_key(&store, random_bytes::<32>).map_err(|e| e.to_string()));
        key.set(replaced.map(|k| k.public_key()));
        confirm.set(false);
    };
    view! {
        {move || match key.get() {
            Ok(public_key) => view! {
                <dl class="facts">
                    <dt>{text.fingerprint}</dt>
                    <dd data-testid="device-key-fingerprint">{public_key.fingerprint()}</dd>
                </dl>
                <p class="hint">{text.hint}</p>
            }.into_any(),
            Err(error) => view! {
                <p class="alarm" role="alert" data-testid="device-key-error">{error}</p>
                <div class="check">
                    <input type="checkbox" id="replace-key-confirm" data-testid="replace-key-confirm" bind:checked=confirm />
                    <label for="replace-key-confirm">{text.replace_ack}</label>
                </div>
                <button type="button" data-testid="replace-key" disabled=move || !confirm.get() on:click=replace>{text.replace}</button>
            }.into_any(),
        }}
    }
}
