//! 切换身份: the header's buttons that change this machine's role in one click (a shared machine), and the note on
//! a page that another role's navigation holds.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};

use super::settings_page::save_or_explain;
use super::state::AppState;
use crate::i18n::strings;
use crate::navigation::{after_switch, page_owner};
use crate::settings::{Profile, Role};

/// One button per other role: saves the profile with that role and opens its page ([`after_switch`]).
#[component]
pub fn RoleSwitch() -> impl IntoView {
    let text = strings();
    let state = expect_context::<AppState>();
    let location = use_location();
    let navigate = use_navigate();
    let switch = move |to: Role| {
        let Some(current) = state.profile.get_untracked() else { return };
        let path = location.pathname.get_untracked();
        let profile = Profile { role: to, ..current.clone() };
        match save_or_explain(&profile) {
            Ok(()) => {
                state.profile.set(Some(profile));
                navigate(&after_switch(current.role, to, &path), NavigateOptions::default());
            }
            Err(message) => state.notice.set(Some(message)),
        }
    };
    let role = move || state.profile.with(|p| p.as_ref().map(|p| p.role).unwrap_or_default());
    view! {
        <div class="role-switch" role="group" aria-labelledby="role-switch-label" data-testid="role-switch">
            <span id="role-switch-label">{text.nav.switch_role}</span>
            {move || {
                let current = role();
                Role::ALL
                    .into_iter()
                    .filter(|&r| r != current)
                    .map(|r| {
                        let switch = switch.clone();
                        view! {
                            <button type="button" data-testid=format!("switch-role-{}", r.key()) on:click=move |_| switch(r)>
                                {r.label()}
                            </button>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// On a page outside the current role's navigation (an address opened directly): whose page it is, and that
/// 切换身份 changes the role. The page itself still shows.
#[component]
pub fn OtherRoleNote() -> impl IntoView {
    let text = strings();
    let state = expect_context::<AppState>();
    let location = use_location();
    move || {
        let role = state.profile.with(|p| p.as_ref().map(|p| p.role))?;
        let owner = location.pathname.with(|path| page_owner(role, path))?;
        Some(view! {
            <p class="notice" role="status" data-testid="other-role-page">
                {(text.nav.other_role_page)(owner.label(), role.label())}
            </p>
        })
    }
}
