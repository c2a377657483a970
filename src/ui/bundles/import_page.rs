//! 导入数据文件 (法治科): pick or drop several files; each file's size is checked before it is read; each is
//! previewed against the merged store before anything is written; then each commits all or nothing.
//!
//! 第三条 ……遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。
//! 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理……

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::key_decisions::KeyDecisions;
use super::merged_state::MergedState;
use super::migration_section::MigrationSection;
use super::preview_card::PreviewCard;
use super::store_status::{StoreStatus, user_name};
use crate::bundle::{FileCheck, ImportOutcome, ImportSession, MAX_BUNDLE_BYTES, Refusal};
use crate::i18n::strings;
use crate::web::clock::now;
use crate::web::file_read::{files_of, read_bytes};

/// Reads a picked or dropped file into the session: its size is checked first, and a file over the limit is not
/// read at all; a read file is verified once, now.
async fn intake(session: RwSignal<ImportSession>, id: u64, file: web_sys::File) {
    let name = file.name();
    let size = file.size().max(0.0) as usize;
    if size > MAX_BUNDLE_BYTES {
        session.update(|s| s.add_unread(id, name, size, Refusal::TooLarge { bytes: size }.describe()));
        return;
    }
    let read = read_bytes(&file).await.map_err(|error| (strings().bundles.import.unreadable)(&error));
    session.update(|s| s.add(id, name, size, read));
}

/// What committing a file did, in Chinese.
fn committed(name: &str, outcome: &ImportOutcome) -> String {
    let text = &strings().bundles.import;
    let added = &outcome.preview.added;
    match (&outcome.preview.error, outcome.plan.log()) {
        (None, Some(log)) => (text.imported)(name, &log.number, added.events, added.new_records, added.duplicates),
        (None, None) => (text.nothing_new)(name),
        (Some(Refusal::FirstKey { .. }), _) if !outcome.plan.is_empty() => (text.held_first_key)(name),
        (Some(Refusal::KeyMismatch { .. }), _) => (text.held)(name),
        (Some(refusal), _) => (text.not_merged)(name, &refusal.describe()),
    }
}

/// Why a file in a batch wrote nothing, in Chinese: not read, refused with its reason, or nothing new.
fn unwritten(name: &str, check: &FileCheck) -> String {
    let text = &strings().bundles;
    match check {
        FileCheck::NotRead(reason) => (text.named)(&name, reason),
        FileCheck::Checked(outcome) => committed(name, outcome),
    }
}

/// Plans a file against the store as it is now (no second verification) and commits it; the store refuses the plan
/// if another commit came first. The message says what happened.
async fn commit_file(
    merged: MergedState,
    session: RwSignal<ImportSession>,
    id: u64,
    by: &str,
) -> Result<String, String> {
    let text = &strings().bundles;
    let name = session.with_untracked(|s| s.files().iter().find(|f| f.id == id).map(|f| f.name.clone()));
    let name = name.unwrap_or_default();
    let planned = merged.with_untracked(|store| {
        session.with_untracked(|s| s.check(id, store, by, now())).map(|check| (check, store.revision()))
    });
    let Some((FileCheck::Checked(outcome), prepared_at)) = planned else {
        return Err((text.import.not_read)(&name));
    };
    merged.commit(&outcome.plan, prepared_at).await.map_err(|error| (text.named)(&name, &error))?;
    session.update(|s| s.remove(id));
    Ok(committed(&name, &outcome))
}

/// The import page, for `/legal/import`.
#[component]
pub fn ImportPage() -> impl IntoView {
    let all = strings();
    let text = &all.bundles.import;
    let merged = expect_context::<MergedState>();
    let by = user_name();
    let session = RwSignal::new(ImportSession::new());
    let next_id = StoredValue::new(0u64);
    let reading = RwSignal::new(0usize);
    let results = RwSignal::new(Vec::<Result<String, String>>::new());
    let dragging = RwSignal::new(false);

    let add_files = move |files: Vec<web_sys::File>| {
        for file in files {
            let id = next_id.get_value();
            next_id.set_value(id + 1);
            reading.update(|n| *n += 1);
            spawn_local(async move {
                intake(session, id, file).await;
                reading.update(|n| *n = n.saturating_sub(1));
            });
        }
    };
    // Planned again whenever the store or the files change; verified only once, on arrival.
    let checks = {
        let by = by.clone();
        Memo::new(move |_| {
            session.with(|s| {
                let checks = merged.with(|store| s.checks(store, &by, now()));
                s.files()
                    .iter()
                    .zip(checks)
                    .map(|(f, (id, check))| (id, f.name.clone(), f.size, check))
                    .collect::<Vec<_>>()
            })
        })
    };
    let commit = {
        let by = by.clone();
        move |id: u64| {
            let by = by.clone();
            spawn_local(async move {
                let outcome = commit_file(merged, session, id, &by).await;
                results.update(|r| r.push(outcome));
            });
        }
    };
    let commit_all = move |_| {
        let by = by.clone();
        spawn_local(async move {
            let ids: Vec<u64> = session.with_untracked(|s| s.files().iter().map(|f| f.id).collect());
            for id in ids {
                let name = session.with_untracked(|s| s.files().iter().find(|f| f.id == id).map(|f| f.name.clone()));
                let check = merged.with_untracked(|store| session.with_untracked(|s| s.check(id, store, &by, now())));
                let (Some(name), Some(check)) = (name, check) else { continue };
                if !check.writes() {
                    // A file that writes nothing still gets its own line, saying why.
                    results.update(|r| r.push(Err(unwritten(&name, &check))));
                    continue;
                }
                let outcome = commit_file(merged, session, id, &by).await;
                let failed = outcome.is_err();
                results.update(|r| r.push(outcome));
                if failed {
                    break;
                }
            }
        });
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        add_files(files_of(input.files()));
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        add_files(files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let writable = move || checks.with(|c| c.iter().any(|(_, _, _, check)| check.writes()));
    view! {
        <section data-testid="import-page">
            <p class="breadcrumb"><a href="/legal">{all.nav.legal}</a>" / "{all.bundles.pages.import}</p>
            <h1>{all.bundles.pages.import}</h1>
            <p class="lead">{text.lead}</p>
            <StoreStatus />
            <div class="drop-zone" class:dragging=move || dragging.get() data-testid="drop-zone"
                on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <label for="bundle-files">{text.pick}</label>
                <input id="bundle-files" type="file" multiple accept=".json,application/json" data-testid="import-file-input"
                    aria-describedby="bundle-files-hint" on:change=on_pick />
                <p class="hint" id="bundle-files-hint">
                    {(text.pick_hint)(MAX_BUNDLE_BYTES / (1024 * 1024))}
                </p>
            </div>
            <p role="status" data-testid="import-reading">{move || (reading.get() > 0).then(|| (text.reading)(reading.get()))}</p>
            <div data-testid="previews">
                {move || checks.get().into_iter().map(|(id, name, size, check)| {
                    let commit = commit.clone();
                    view! {
                        <PreviewCard name=name size=size check=check writing=merged.writing.into()
                            on_commit=Callback::new(move |()| commit(id))
                            on_remove=Callback::new(move |()| session.update(|s| s.remove(id))) />
                    }
                }).collect_view()}
            </div>
            <Show when=writable>
                <p><button type="button" class="primary" data-testid="import-all" disabled=move || merged.writing.get() on:click=commit_all.clone()>{text.import_all}</button></p>
            </Show>
            // The live region wraps the list: a role on the list itself would hide its items from being a list.
            <div role="status">
                <ul class="results" data-testid="import-results">
                    {move || results.get().into_iter().map(|r| match r {
                        Ok(text) => view! { <li class="ok" data-testid="import-result">{text}</li> }.into_any(),
                        Err(text) => view! { <li class="error" data-testid="import-result">{text}</li> }.into_any(),
                    }).collect_view()}
                </ul>
            </div>
            <KeyDecisions />
            <MigrationSection />
        </section>
    }
}
