//! 设置: the officer's name and role, the device id, 迁移与备份, and the bureau's readings (本局口径).

use leptos::prelude::*;

use super::bundles::DeviceKeyFacts;
use super::readings_section::ReadingsSection;
use super::state::AppState;
use super::transfer_section::TransferSection;
use crate::i18n::strings;
use crate::journal::StoreError;
use crate::settings::{NameError, Profile, Role, validate_officer_name};
use crate::web::profile_store::save_profile;

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let text = &strings().settings;
    let state = expect_context::<AppState>();
    let status = RwSignal::new(None::<Result<&'static str, String>>);
    let initial = state.profile.get_untracked();
    let device_id = initial.as_ref().map(|p| p.device_id.clone()).unwrap_or_default();
    let on_submit = move |officer_name: String, role: Role| {
        let Some(current) = state.profile.get_untracked() else { return };
        let profile = Profile { officer_name, role, ..current };
        match save_or_explain(&profile) {
            Ok(()) => {
                state.profile.set(Some(profile));
                state.refresh_readings();
                status.set(Some(Ok(text.saved)));
            }
            Err(message) => status.set(Some(Err(message))),
        }
    };
    view! {
        <section class="card narrow" data-testid="settings-page">
            <h1>{text.title}</h1>
            <ProfileForm initial=initial submit_label=text.save on_submit=on_submit />
            <dl class="facts">
                <dt>{text.device_id}</dt>
                <dd data-testid="device-id">{device_id}</dd>
            </dl>
            <p class="hint">{text.device_id_hint}</p>
            <DeviceKeyFacts />
            {move || {
                status.get().map(|s| match s {
                    Ok(message) => view! { <p class="ok" role="status" data-testid="settings-status">{message}</p> }.into_any(),
                    Err(message) => view! { <p class="error" role="alert" data-testid="settings-status">{message}</p> }.into_any(),
                })
            }}
        </section>
        <TransferSection />
        <ReadingsSection />
    }
}

/// Saves the profile, or returns the Chinese message to show.
pub fn save_or_explain(profile: &Profile) -> Result<(), String> {
    let errors = &strings().errors;
    save_profile(profile).map_err(|error| match error {
        StoreError::QuotaExceeded => errors.storage_full.to_string(),
        StoreError::Unavailable(_) => errors.storage_write_failed.to_string(),
    })
}

/// The name and role fields, with inline validation. Calls `on_submit` only with a valid name.
#[component]
pub fn ProfileForm(
    initial: Option<Profile>,
    submit_label: &'static str,
    on_submit: impl Fn(String, Role) + 'static,
) -> impl IntoView {
    let text = &strings().settings;
    let name = RwSignal::new(initial.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default());
    let role = RwSignal::new(initial.map(|p| p.role).unwrap_or_default());
    let name_error = RwSignal::new(None::<&'static str>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match validate_officer_name(&name.get_untracked()) {
            Ok(valid) => {
                name_error.set(None);
                on_submit(valid, role.get_untracked());
            }
            Err(NameError::Empty) => name_error.set(Some(text.officer_name_required)),
            Err(NameError::TooLong) => name_error.set(Some(text.officer_name_too_long)),
        }
    };
    view! {
        <form on:submit=submit novalidate data-testid="profile-form">
            <div class="field">
                <label for="officer-name">{text.officer_name}</label>
                <input
                    id="officer-name"
                    data-testid="officer-name"
                    type="text"
                    autocomplete="name"
                    aria-describedby="officer-name-hint officer-name-error"
                    aria-invalid=move || name_error.get().is_some().to_string()
                    bind:value=name
                />
                <p class="hint" id="officer-name-hint">{text.officer_name_hint}</p>
                <p class="error" id="officer-name-error" data-testid="officer-name-error">{move || name_error.get()}</p>
            </div>
            <div class="field">
                <label for="role">{text.role}</label>
                <select
                    id="role"
                    data-testid="role"
                    aria-describedby="role-hint"
                    on:change=move |ev| {
                        if let Some(r) = Role::from_key(&event_target_value(&ev)) {
                            role.set(r);
                        }
                    }
                    prop:value=move || role.get().key()
                >
                    {Role::ALL.into_iter().map(|r| view! { <option value=r.key()>{r.label()}</option> }).collect_view()}
                </select>
                <p class="hint" id="role-hint">{text.role_hint}</p>
            </div>
            <button type="submit" class="primary" data-testid="profile-submit">{submit_label}</button>
        </form>
    }
}
