//! First run: the officer's name and role are set, and a device id is generated and stored.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::journal_state::JournalState;
use super::settings_page::{ProfileForm, save_or_explain};
use super::state::AppState;
use crate::i18n::strings;
use crate::settings::Profile;

/// The first-run setup form.
#[component]
pub fn FirstRun() -> impl IntoView {
    let text = &strings().settings;
    let state = expect_context::<AppState>();
    let journal = expect_context::<JournalState>();
    let error = RwSignal::new(None::<String>);
    // The device id is the journal's: wait until the journal has been opened (normally a fraction of a second).
    let on_submit = move |officer_name: String, role| {
        spawn_local(async move {
            journal.opened().await;
            let Some(device_id) = journal.device().map(|d| d.to_string()) else {
                error.set(Some(strings().common.journal_not_open.to_string()));
                return;
            };
            let profile = Profile { officer_name, device_id, role };
            match save_or_explain(&profile) {
                Ok(()) => state.profile.set(Some(profile)),
                Err(message) => error.set(Some(message)),
            }
        });
    };
    view! {
        <section class="card narrow" data-testid="first-run">
            <h1>{text.first_run_title}</h1>
            <p>{text.first_run_intro}</p>
            <ProfileForm initial=None submit_label=text.start on_submit=on_submit />
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}
