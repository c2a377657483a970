//! The passphrase file's cryptography through WebCrypto (`crypto.subtle`): the key derived from the passphrase with
//! PBKDF2-SHA256 ([`ITERATIONS`] iterations, a random 16-byte salt), the payload encrypted with AES-256-GCM (a random
//! 12-byte nonce, the envelope's header as additional data). The format itself is `crate::transfer`.

use chrono::{DateTime, FixedOffset};
use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use super::local_store::js_message;
use super::random::random_bytes;
use crate::transfer::{Envelope, FileKind, ITERATIONS, Payload, TransferError};

fn browser(error: &JsValue) -> TransferError {
    TransferError::Browser { detail: js_message(error) }
}

fn subtle() -> Result<SubtleCrypto, TransferError> {
    let window = web_sys::window().ok_or_else(|| TransferError::Browser { detail: "没有浏览器窗口".into() })?;
    Ok(window.crypto().map_err(|e| browser(&e))?.subtle())
}

async fn resolve(promise: Result<Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// The AES-GCM key PBKDF2-SHA256 derives from `passphrase` (its UTF-8 bytes) with `salt` and `iterations`.
async fn derive_key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, TransferError> {
    let secret = Uint8Array::from(passphrase.as_bytes());
    let base = resolve(subtle.import_key_with_str("raw", &secret, "PBKDF2", false, &Array::of1(&"deriveKey".into())))
        .await
        .map_err(|e| browser(&e))?;
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let usages = Array::of2(&"encrypt".into(), &"decrypt".into());
    let key = resolve(subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &AesDerivedKeyParams::new("AES-GCM", 256),
        false,
        &usages,
    ))
    .await
    .map_err(|e| browser(&e))?;
    Ok(key.unchecked_into())
}

fn gcm_params(envelope: &Envelope) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(&envelope.iv[..]));
    params.set_additional_data(&Uint8Array::from(envelope.associated_data().as_slice()));
    params
}

/// Encrypts `payload` under `passphrase` into a file of `kind` made at `made_at`, with a fresh salt and nonce.
pub async fn seal(
    kind: FileKind,
    made_at: DateTime<FixedOffset>,
    passphrase: &str,
    payload: &Payload,
) -> Result<Envelope, TransferError> {
    let no_random = || TransferError::Browser { detail: "浏览器无法提供安全随机数".into() };
    let mut envelope = Envelope {
        kind,
        made_at,
        iterations: ITERATIONS,
        salt: random_bytes().ok_or_else(no_random)?,
        iv: random_bytes().ok_or_else(no_random)?,
        ciphertext: Vec::new(),
    };
    let subtle = subtle()?;
    let key = derive_key(&subtle, passphrase, &envelope.salt, envelope.iterations).await?;
    let plaintext = Uint8Array::from(payload.to_bytes().as_slice());
    let sealed = resolve(subtle.encrypt_with_object_and_buffer_source(&gcm_params(&envelope), &key, &plaintext))
        .await
        .map_err(|e| browser(&e))?;
    envelope.ciphertext = Uint8Array::new(&sealed).to_vec();
    Ok(envelope)
}

/// Decrypts a file with `passphrase` and reads its payload. A wrong passphrase and a changed file look the same to
/// AES-GCM: both are [`TransferError::WrongPassphraseOrTampered`].
pub async fn unseal(envelope: &Envelope, passphrase: &str) -> Result<Payload, TransferError> {
    let subtle = subtle()?;
    let key = derive_key(&subtle, passphrase, &envelope.salt, envelope.iterations).await?;
    let ciphertext = Uint8Array::from(envelope.ciphertext.as_slice());
    let opened = resolve(subtle.decrypt_with_object_and_buffer_source(&gcm_params(envelope), &key, &ciphertext))
        .await
        .map_err(|error| {
            let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string());
            if name.as_deref() == Some("OperationError") {
                TransferError::WrongPassphraseOrTampered
            } else {
                browser(&error)
            }
        })?;
    Payload::parse(&Uint8Array::new(&opened).to_vec(), envelope.kind)
}
