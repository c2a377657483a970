//! Never a blank page: a panic shows a Chinese banner that says what to do.

use crate::i18n::strings;

/// Installs a panic hook that logs the panic and shows the banner. Text only; nothing is parsed as HTML.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&(strings().common.panic_log)(info).into());
        show_banner();
    }));
}

fn show_banner() -> Option<()> {
    let text = &strings().errors;
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let banner = document.create_element("div").ok()?;
    banner.set_attribute("role", "alert").ok()?;
    banner.set_attribute("class", "crash-banner").ok()?;
    banner.set_attribute("data-testid", "crash-banner").ok()?;
    let title = document.create_element("strong").ok()?;
    title.set_text_content(Some(text.crash_title));
    let advice = document.create_element("p").ok()?;
    advice.set_text_content(Some(text.crash_advice));
    // A plain link back to this page: after a panic the wasm module is gone, so no Rust click handler would run.
    let reload = document.create_element("a").ok()?;
    reload.set_text_content(Some(text.reload));
    reload.set_attribute("href", &web_sys::window()?.location().href().ok()?).ok()?;
    reload.set_attribute("class", "button").ok()?;
    banner.append_child(&title).ok()?;
    banner.append_child(&advice).ok()?;
    banner.append_child(&reload).ok()?;
    body.prepend_with_node_1(&banner).ok()
}
