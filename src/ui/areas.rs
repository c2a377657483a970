//! The landing page of the legal area, and the not-found page.

use leptos::prelude::*;

use crate::i18n::strings;

/// 法治科: the legal section's area.
#[component]
pub fn LegalPage() -> impl IntoView {
    let text = strings();
    view! {
        <section data-testid="legal-page">
            <h1>{text.nav.legal}</h1>
            <p class="lead">{text.areas.legal_intro}</p>
        </section>
    }
}

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
