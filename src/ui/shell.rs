//! The page frame: skip link, header with the role's navigation and 切换身份, notices, and the main landmark.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::journal_state::JournalState;
use super::role_switch::{OtherRoleNote, RoleSwitch};
use super::state::AppState;
use crate::i18n::strings;
use crate::navigation::{NavItem, current_item, nav_items};

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
                <nav aria-label=text.nav.main_label class="main-nav" data-testid="main-nav">
                    {move || {
                        let items = nav_items(state.profile.with(|p| p.as_ref().map(|p| p.role).unwrap_or_default()));
                        items.iter().map(|&item| view! { <NavLink item=item items=items.clone() /> }).collect_view()
                    }}
                </nav>
                <span class="who" data-testid="who-am-i">
                    {move || state.profile.with(|p| p.as_ref().map(|p| format!("{}（{}）", p.officer_name, p.role.label())))}
                </span>
                <RoleSwitch />
            </Show>
        </header>
        {move || {
            state.notice.get().map(|notice| view! { <p class="notice" role="status" data-testid="shell-notice">{notice}</p> })
        }}
        <OtherRoleNote />
        {move || journal.notices.get().into_iter().map(|notice| view! {
            <p class="notice" role="status" data-testid="journal-notice">{notice}</p>
        }).collect_view()}
        <main id="main" tabindex="-1">{children()}</main>
    }
}

/// A navigation link that marks itself as the current page when it is the most specific of `items` covering it.
#[component]
fn NavLink(item: NavItem, items: Vec<NavItem>) -> impl IntoView {
    let location = use_location();
    let current = move || location.pathname.with(|path| current_item(&items, path) == Some(item)).then_some("page");
    view! {
        <a href=item.href() data-testid=format!("nav-{}", item.key()) aria-current=current>{item.label(strings())}</a>
    }
}
