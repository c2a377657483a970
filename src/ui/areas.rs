//! The not-found page.

use leptos::prelude::*;

use crate::i18n::strings;

/// Shown for an unknown address.
#[component]
pub fn NotFound() -> impl IntoView {
    let text = strings();
    view! {
        <section data-testid="not-found">
            <h1>{text.nav.not_found}</h1>
            <a href="/">{text.nav.back_home}</a>
        </section>
    }
}
