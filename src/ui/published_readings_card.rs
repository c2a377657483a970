//! 设置 → 本局口径 → 法治科发布的本局口径: which published reading this laptop uses (version, date, publisher), the
//! import of a newer file (with the key check a person confirms), the records whose verdict it changed, the history
//! of imports, and on 法治科's computer the button that publishes the saved readings as a signed file.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::bundles::{KeyFingerprint, device_key};
use super::journal_state::JournalState;
use super::state::AppState;
use crate::bundle::{Exporter, KeyQuestion};
use crate::i18n::strings;
use crate::journal::DeviceId;
use crate::register::{ChangedVerdict, verdicts_changed};
use crate::rules::Readings;
use crate::settings::{KeyConfirmation, MAX_READINGS_BYTES, ReadingsRefusal, Role, readings_in_force};
use crate::web::clock::{local_now, now};
use crate::web::download::download_text;
use crate::web::file_read::{files_of, read_bytes};
use crate::web::published_readings_store::save_published_readings;

/// A file waiting for a person to confirm its publisher's key.
#[derive(Debug, Clone)]
struct Pending {
    /// The file's bytes.
    bytes: Vec<u8>,
    /// What the person is asked.
    question: KeyQuestion,
}

/// What an import did: the version and date taken in and the verdicts changed, or why not.
type ImportResult = Result<(u64, NaiveDate, Vec<ChangedVerdict>), String>;

/// The card; `unsaved` says whether the form below has changes not yet saved (publishing waits for them).
#[component]
pub fn PublishedReadingsCard(unsaved: Signal<bool>) -> impl IntoView {
    let text = &strings().published_readings;
    let state = expect_context::<AppState>();
    let journal = expect_context::<JournalState>();
    let pending = RwSignal::new(None::<Pending>);
    let result = RwSignal::new(None::<ImportResult>);
    let confirm_name =
        RwSignal::new(state.profile.with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default()));

    // Imports `bytes` (with a person's confirmation of the key, if it needed one), stores it in one write, and
    // shows which of this laptop's records now have another verdict.
    let import = move |bytes: Vec<u8>, confirmation: Option<KeyConfirmation>| {
        let current = state.published.get_untracked();
        let role = state.profile.with_untracked(|p| p.as_ref().map(|p| p.role).unwrap_or_default());
        let old = state.readings.get_untracked();
        let check = match current.check_import(&bytes) {
            Ok(check) => check,
            Err(refusal) => return result.set(Some(Err(refusal.to_string()))),
        };
        let new = readings_in_force(role, Some(&check.file), Some(&old));
        let changes = journal.folded.with_untracked(|f| verdicts_changed(&f.records, &old, &new));
        let by = state.profile.with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default());
        let next = match current.import(&bytes, confirmation.as_ref(), &by, now(), changes.clone()) {
            Ok(next) => next,
            Err(error) => return result.set(Some(Err(error.to_string()))),
        };
        if let Err(error) = save_published_readings(&next) {
            return result.set(Some(Err((text.store_failed)(&error))));
        }
        state.published.set(next);
        state.refresh_readings();
        pending.set(None);
        result.set(Some(Ok((check.file.version, check.file.effective_from, changes))));
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(file) = files_of(input.files()).into_iter().next() else { return };
        input.set_value("");
        pending.set(None);
        let size = file.size().max(0.0) as usize;
        if size > MAX_READINGS_BYTES {
            return result.set(Some(Err(ReadingsRefusal::TooLarge { bytes: size }.to_string())));
        }
        spawn_local(async move {
            let bytes = match read_bytes(&file).await {
                Ok(bytes) => bytes,
                Err(error) => return result.set(Some(Err((text.read_failed)(&error)))),
            };
            match state.published.with_untracked(|s| s.check_import(&bytes)) {
                Err(refusal) => result.set(Some(Err(refusal.to_string()))),
                Ok(check) => match check.key_question {
                    Some(question) => {
                        result.set(None);
                        pending.set(Some(Pending { bytes, question }));
                    }
                    None => import(bytes, None),
                },
            }
        });
    };
    let confirm = move |_| {
        let Some(Pending { bytes, .. }) = pending.get_untracked() else { return };
        import(bytes, Some(KeyConfirmation { by: confirm_name.get_untracked(), at: now() }));
    };
    let is_legal = move || state.profile.with(|p| p.as_ref().is_some_and(|p| p.role == Role::Legal));

    view! {
        <section class="card" data-testid="published-readings" aria-labelledby="published-readings-heading">
            <h2 id="published-readings-heading">{text.heading}</h2>
            {move || match state.in_use.get() {
                Some(published) => view! {
                    <p data-testid="published-readings-in-use">
                        {if is_legal() {
                            (text.legal_latest)(published.version, &published.effective_from)
                        } else {
                            (text.in_use)(published.version, &published.effective_from)
                        }}
                    </p>
                    <p>{(text.published_by)(&published.publisher.officer, published.publisher.device.as_str())}</p>
                    <p class="hint">{text.publisher_fingerprint}</p>
                    <KeyFingerprint public_key=published.publisher.public_key testid="published-readings-fingerprint" />
                    {(!is_legal()).then(|| view! { <p class="notice-inline" data-testid="readings-read-only">{text.read_only}</p> })}
                }.into_any(),
                None => {
                    let defaults = state.readings.with(|r| *r == Readings::default());
                    view! {
                        <p data-testid="published-readings-in-use">{if defaults { text.none_defaults } else { text.none_local }}</p>
                    }.into_any()
                }
            }}
            <div class="field">
                <label for="readings-file">{text.import_label}</label>
                <input id="readings-file" type="file" accept=".json,application/json" data-testid="readings-import-file"
                    aria-describedby="readings-file-hint" on:change=on_pick />
                <p class="hint" id="readings-file-hint">{text.import_hint}</p>
            </div>
            {move || pending.get().map(|p| {
                let publisher = p.question.officer.clone();
                view! {
                    <div class="key-question" data-testid="readings-key-question" role="group" aria-labelledby="readings-key-question-text">
                        <p id="readings-key-question-text" class=if p.question.is_first_key() { "" } else { "alarm" }>
                            {if p.question.is_first_key() { (text.key_question)(&publisher) } else { (text.key_changed)(&publisher) }}
                        </p>
                        <KeyFingerprint public_key=p.question.presented testid="readings-key-fingerprint" />
                        <div class="field">
                            <label for="readings-confirm-name">{text.confirm_name}</label>
                            <input id="readings-confirm-name" type="text" data-testid="readings-confirm-name" bind:value=confirm_name />
                        </div>
                        <button type="button" class="primary" data-testid="readings-confirm-key" on:click=confirm>{text.confirm}</button>
                        " "
                        <button type="button" data-testid="readings-cancel-key" on:click=move |_| pending.set(None)>{text.cancel}</button>
                    </div>
                }
            })}
            {move || result.get().map(|r| match r {
                Ok((version, day, changes)) => view! {
                    <div role="status" data-testid="readings-import-result">
                        <p class="ok">{(text.imported)(version, &day)}</p>
                        <ChangedVerdicts changes=changes />
                    </div>
                }.into_any(),
                Err(message) => view! { <p class="error" role="alert" data-testid="readings-import-result">{message}</p> }.into_any(),
            })}
            <History />
            {move || is_legal().then(|| view! { <PublishReadings unsaved=unsaved /> })}
        </section>
    }
}

/// The records whose verdict a new reading changed: 案号, 人物, 时间, before → after.
#[component]
fn ChangedVerdicts(changes: Vec<ChangedVerdict>) -> impl IntoView {
    let text = &strings().published_readings;
    if changes.is_empty() {
        return view! { <p data-testid="readings-changed-verdicts">{text.nothing_changed}</p> }.into_any();
    }
    view! {
        <h3>{text.changed_heading}</h3>
        <ul data-testid="readings-changed-verdicts">
            {changes.into_iter().map(|c| {
                let time = c.occurred_at.format("%Y-%m-%d %H:%M");
                view! { <li>{(text.changed_line)(&c.case_number, &c.person, &time, &c.before, &c.after)}</li> }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The publications taken in on this laptop, newest first, each with the verdicts it changed.
#[component]
fn History() -> impl IntoView {
    let text = &strings().published_readings;
    let state = expect_context::<AppState>();
    move || {
        let history = state.published.with(|p| p.history.clone());
        (!history.is_empty()).then(|| view! {
            <h3>{text.history_heading}</h3>
            <ol class="readings-history" data-testid="readings-history" reversed=true>
                {history.into_iter().rev().map(|h| {
                    let at = h.imported_at.format("%Y-%m-%d %H:%M");
                    let line = if h.published_here {
                        (text.history_published_line)(h.version, &h.effective_from, &at, &h.imported_by)
                    } else {
                        (text.history_line)(h.version, &h.effective_from, &at, &h.imported_by, h.changed_verdicts.len())
                    };
                    view! {
                        <li>
                            {line}
                            {(!h.changed_verdicts.is_empty()).then(|| view! {
                                <details><summary>{text.changed_heading}</summary><ChangedVerdicts changes=h.changed_verdicts /></details>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        })
    }
}

/// 法治科: publishes the saved readings as the next version, effective from the chosen date, and downloads the file.
#[component]
fn PublishReadings(unsaved: Signal<bool>) -> impl IntoView {
    let text = &strings().published_readings;
    let state = expect_context::<AppState>();
    let day = RwSignal::new(local_now().date().to_string());
    let status = RwSignal::new(None::<Result<String, String>>);
    let publish = move |_| {
        let outcome = (|| {
            let effective_from: NaiveDate =
                day.get_untracked().parse().map_err(|_| text.effective_invalid.to_string())?;
            let profile = state.profile.get_untracked().ok_or_else(|| text.no_profile.to_string())?;
            let key = device_key()?;
            let device = DeviceId::new(profile.device_id).map_err(|e| e.to_string())?;
            let publisher = Exporter { device, officer: profile.officer_name, public_key: key.public_key() };
            let readings = state.readings.get_untracked();
            let (file, next) =
                state.published.get_untracked().publish(&readings, effective_from, publisher, &key, now());
            save_published_readings(&next).map_err(|e| (text.store_failed)(&e))?;
            state.published.set(next);
            download_text(&file.file_name, "application/json", &file.text)?;
            Ok((text.published)(file.published.version, &file.file_name))
        })();
        status.set(Some(outcome.map_err(|reason: String| (text.publish_failed)(&reason))));
    };
    view! {
        <h3>{text.publish_heading}</h3>
        <p class="hint">{text.publish_intro}</p>
        <div class="field">
            <label for="readings-effective">{text.effective_label}</label>
            <input id="readings-effective" type="date" required=true data-testid="readings-effective" bind:value=day />
        </div>
        <button type="button" class="primary" data-testid="readings-publish" disabled=move || unsaved.get() on:click=publish>
            {text.publish}
        </button>
        {move || unsaved.get().then(|| view! { <p class="hint">{text.save_first}</p> })}
        {move || status.get().map(|s| match s {
            Ok(message) => view! { <p class="ok" role="status" data-testid="readings-publish-status">{message}</p> }.into_any(),
            Err(message) => view! { <p class="error" role="alert" data-testid="readings-publish-status">{message}</p> }.into_any(),
        })}
    }
}
