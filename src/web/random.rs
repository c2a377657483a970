//! Cryptographically secure random bytes from the browser (`crypto.getRandomValues`).

/// `N` random bytes, or `None` if the browser offers no `crypto` (never the case in supported browsers).
pub fn random_bytes<const N: usize>() -> Option<[u8; N]> {
    let mut bytes = [0u8; N];
    let crypto = web_sys::window()?.crypto().ok()?;
    crypto.get_random_values_with_u8_array(&mut bytes).ok()?;
    Some(bytes)
}
