//! 设置 → 迁移与备份: for an officer, the migration file (迁移到新电脑) and taking one in on the new laptop; for
//! 法治科, the backup and its restore. Both show when the last file was made. The work is `crate::web::journal_move`
//! and `crate::web::legal_backup`; this only wires the fields to it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::state::AppState;
use crate::i18n::strings;
use crate::settings::Role;
use crate::transfer::{
    FileKind, FileMade, MAX_FILE_BYTES, MIN_PASSPHRASE_CHARS, MadeFile, TransferError, check_passphrase,
};
use crate::web::download::download_text;
use crate::web::file_read::{files_of, read_bytes};
use crate::web::journal_move::{import_migration_file, last_migration_file, make_migration_file, note_migration_file};
use crate::web::legal_backup::{last_backup_file, make_backup_file, note_backup_file, restore_backup_file};
use crate::web::profile_store::save_profile;

/// A status line: `Ok` a confirmation, `Err` a refusal.
type Status = RwSignal<Option<Result<String, String>>>;

/// The section, for the officer's or 法治科's role (a trainee has nothing to move).
#[component]
pub fn TransferSection() -> impl IntoView {
    let text = &strings().transfer;
    let state = expect_context::<AppState>();
    // Only a change of role redraws the section (saving the profile after an import must not clear its status).
    let role = Memo::new(move |_| state.profile.with(|p| p.as_ref().map(|p| p.role)));
    move || {
        let kind = match role.get() {
            Some(Role::Officer) => FileKind::OfficerJournal,
            Some(Role::Legal) => FileKind::LegalBackup,
            _ => return None,
        };
        let intro = match kind {
            FileKind::OfficerJournal => text.officer_intro,
            FileKind::LegalBackup => text.legal_intro,
        };
        Some(view! {
            <section class="card narrow" data-testid="transfer-section" aria-labelledby="transfer-heading">
                <h2 id="transfer-heading">{text.heading}</h2>
                <p>{intro}</p>
                <MakeFile kind=kind />
                <TakeFile kind=kind />
            </section>
        })
    }
}

fn last_made(kind: FileKind) -> Option<FileMade> {
    match kind {
        FileKind::OfficerJournal => last_migration_file(),
        FileKind::LegalBackup => last_backup_file(),
    }
}

fn status_line(status: Status, testid: &'static str) -> impl IntoView {
    move || {
        status.get().map(|s| match s {
            Ok(message) => view! { <p class="ok" role="status" data-testid=testid>{message}</p> }.into_any(),
            Err(message) => view! { <p class="error" role="alert" data-testid=testid>{message}</p> }.into_any(),
        })
    }
}

/// Makes the file of `kind`, hands it to the download, and notes it.
async fn make(kind: FileKind, passphrase: String) -> Result<String, String> {
    let text = &strings().transfer;
    let file: MadeFile = match kind {
        FileKind::OfficerJournal => make_migration_file(&passphrase).await,
        FileKind::LegalBackup => make_backup_file(&passphrase).await,
    }
    .map_err(|e| e.to_string())?;
    download_text(&file.file_name, "application/json", &file.text).map_err(|e| (text.download_failed)(&e))?;
    let noted = match kind {
        FileKind::OfficerJournal => note_migration_file(&file.made),
        FileKind::LegalBackup => note_backup_file(&file.made),
    };
    let made = match kind {
        FileKind::OfficerJournal => (text.migration_made)(&file.made),
        FileKind::LegalBackup => (text.backup_made)(&file.made),
    };
    Ok(match noted {
        Ok(()) => made,
        Err(error) => format!("{made} {error}"),
    })
}

/// The passphrase twice and the button that makes the file.
#[component]
fn MakeFile(kind: FileKind) -> impl IntoView {
    let text = &strings().transfer;
    let passphrase = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let status: Status = RwSignal::new(None);
    let last = RwSignal::new(last_made(kind));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if working.get_untracked() {
            return;
        }
        let chosen = passphrase.get_untracked();
        if let Err(error) = check_passphrase(&chosen, &again.get_untracked()) {
            status.set(Some(Err(error.to_string())));
            return;
        }
        working.set(true);
        status.set(None);
        spawn_local(async move {
            let outcome = make(kind, chosen).await;
            if outcome.is_ok() {
                passphrase.try_set(String::new());
                again.try_set(String::new());
                last.try_set(last_made(kind));
            }
            status.try_set(Some(outcome));
            working.try_set(false);
        });
    };
    let (label, last_text) = match kind {
        FileKind::OfficerJournal => (text.make_migration, text.last_migration),
        FileKind::LegalBackup => (text.make_backup, text.last_backup),
    };
    view! {
        <h3>{text.make_heading}</h3>
        <p data-testid="transfer-last-made">{move || last_text(last.get().as_ref())}</p>
        <form on:submit=submit novalidate data-testid="transfer-make-form">
            <div class="field">
                <label for="transfer-passphrase">{text.passphrase}</label>
                <input id="transfer-passphrase" data-testid="transfer-passphrase" type="password"
                    autocomplete="new-password" aria-describedby="transfer-passphrase-hint" bind:value=passphrase />
                <p class="hint" id="transfer-passphrase-hint">{(text.passphrase_hint)(MIN_PASSPHRASE_CHARS)}</p>
            </div>
            <div class="field">
                <label for="transfer-passphrase-again">{text.passphrase_again}</label>
                <input id="transfer-passphrase-again" data-testid="transfer-passphrase-again" type="password"
                    autocomplete="new-password" bind:value=again />
            </div>
            <button type="submit" class="primary" data-testid="transfer-make" disabled=move || working.get()>{label}</button>
            <p class="hint" role="status">{move || working.get().then_some(text.working)}</p>
        </form>
        {status_line(status, "transfer-make-status")}
    }
}

/// Reads the picked file (its size checked before reading) and takes it in. `Ok` names what was written.
async fn take(kind: FileKind, state: AppState, file: web_sys::File, passphrase: String) -> Result<String, String> {
    let text = &strings().transfer;
    let size = file.size().max(0.0) as usize;
    if size > MAX_FILE_BYTES {
        return Err(TransferError::TooLarge { bytes: size }.to_string());
    }
    let bytes = read_bytes(&file).await.map_err(|e| (text.unreadable)(&e))?;
    match kind {
        FileKind::OfficerJournal => {
            let journal = import_migration_file(&bytes, &passphrase).await.map_err(|e| e.to_string())?;
            let mut message = (text.migration_taken)(&journal);
            if let Some(mut profile) = state.profile.get_untracked() {
                profile.device_id = journal.device.to_string();
                if let Err(error) = save_profile(&profile) {
                    message = format!("{message} {error}");
                }
                state.profile.set(Some(profile));
            }
            Ok(message)
        }
        FileKind::LegalBackup => {
            restore_backup_file(&bytes, &passphrase).await.map(|b| (text.backup_taken)(&b)).map_err(|e| e.to_string())
        }
    }
}

/// The file, its passphrase and the button that takes it in; then the button that reloads the page onto it.
#[component]
fn TakeFile(kind: FileKind) -> impl IntoView {
    let text = &strings().transfer;
    let state = expect_context::<AppState>();
    let picked = StoredValue::new_local(None::<web_sys::File>);
    let passphrase = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let taken = RwSignal::new(false);
    let status: Status = RwSignal::new(None);
    let on_pick = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        picked.set_value(files_of(input.files()).into_iter().next());
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if working.get_untracked() {
            return;
        }
        let Some(file) = picked.get_value() else {
            status.set(Some(Err(text.no_file.to_string())));
            return;
        };
        working.set(true);
        status.set(None);
        let chosen = passphrase.get_untracked();
        spawn_local(async move {
            let outcome = take(kind, state, file, chosen).await;
            taken.try_set(outcome.is_ok());
            status.try_set(Some(outcome));
            working.try_set(false);
        });
    };
    let reload = move |_| {
        if let Some(window) = web_sys::window() {
            window.location().reload().ok();
        }
    };
    let (intro, label) = match kind {
        FileKind::OfficerJournal => (text.take_migration_intro, text.take_migration),
        FileKind::LegalBackup => (text.take_backup_intro, text.take_backup),
    };
    view! {
        <h3>{text.take_heading}</h3>
        <p>{intro}</p>
        <form on:submit=submit novalidate data-testid="transfer-take-form">
            <div class="field">
                <label for="transfer-file">{text.file}</label>
                <input id="transfer-file" data-testid="transfer-file" type="file" accept=".json,application/json"
                    on:change=on_pick />
            </div>
            <div class="field">
                <label for="transfer-file-passphrase">{text.file_passphrase}</label>
                <input id="transfer-file-passphrase" data-testid="transfer-file-passphrase" type="password"
                    autocomplete="off" bind:value=passphrase />
            </div>
            <button type="submit" data-testid="transfer-take" disabled=move || working.get() || taken.get()>{label}</button>
        </form>
        {status_line(status, "transfer-take-status")}
        {move || taken.get().then(|| view! {
            <button type="button" class="primary" data-testid="transfer-open-taken" on:click=reload>{text.open_taken}</button>
        })}
    }
}
