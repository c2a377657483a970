//! The page frame: skip link, header with navigation, notices, and the main landmark.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::journal_state::JournalState;
use super::state::AppState;
use crate::i18n::strings;

/// Header, navigation and main content area around the routed page.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let text = strings();
    let state = expect_context::<AppState>();
    let journal = expect_context::<JournalState>();
    view! {
        <a class="skip-link" href="#main">{text.nav.skip_to_content}</a>
        <header class="app-header">
            <div class="brand">
                <span class="brand-name">{text.app_name}</span>
                <span class="brand-tagline">{text.app_tagline}</span>
            </div>
            <Show when=move || state.profile.with(Option::is_some)>
                <nav aria-label=text.nav.main_label class="main-nav">
                    <NavLink href="/officer" test_id="nav-officer" label=text.nav.officer />
                    <NavLink href="/legal" test_id="nav-legal" label=text.nav.legal />
                    <NavLink href="/quiz" test_id="nav-quiz" label=text.nav.quiz />
                    <NavLink href="/law" test_id="nav-law" label=text.nav.law />
                    <NavLink href="/help" test_id="nav-help" label=text.nav.help />
                    <NavLink href="/settings" test_id="nav-settings" label=text.nav.settings />
                </nav>
                <span class="who" data-testid="who-am-i">
                    {move || state.profile.with(|p| p.as_ref().map(|p| format!("{}（{}）", p.officer_name, p.role.label())))}
                </span>
            </Show>
        </header>
        {move || {
            state.notice.get().map(|notice| view! { <p class="notice" role="status" data-testid="shell-notice">{notice}</p> })
        }}
        {move || journal.notices.get().into_iter().map(|notice| view! {
            <p class="notice" role="status" data-testid="journal-notice">{notice}</p>
        }).collect_view()}
        <main id="main" tabindex="-1">{children()}</main>
    }
}

/// A navigation link that marks itself as the current page.
#[component]
fn NavLink(href: &'static str, test_id: &'static str, label: &'static str) -> impl IntoView {
    let location = use_location();
    let current = move || location.pathname.with(|path| path.starts_with(href)).then_some("page");
    view! { <a href=href data-testid=test_id aria-current=current>{label}</a> }
}
