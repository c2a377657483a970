//! The other unsaved new-record drafts of this browser (other tabs', earlier sessions'), on the new-record page:
//! “还有 N 份未保存的草稿”, each to continue here or to discard after a confirmation.

use std::time::Duration;

use leptos::prelude::*;

use super::draft_notice::DraftNotice;
use super::editor::focus_element;
use crate::i18n::strings;
use crate::record::drafts::{DraftId, DraftSummary};
use crate::web::draft_store::{DraftProblem, is_draft_key, other_new_drafts, remove_draft, take_over_draft};
use crate::web::json_store::JsonStoreError;

/// The id of the notice shown once another draft was opened here (focused then).
pub const OPENED_NOTICE_ID: &str = "draft-opened";
/// The id of the new-record page's heading (focused after a draft was discarded).
pub const PAGE_HEADING_ID: &str = "new-record-heading";

/// The list of drafts other than `own` (this tab's). Opening one makes it this tab's draft (`own` changes and
/// `opened` is set); the list follows other tabs' drafts through the `storage` event.
#[component]
pub fn OtherDrafts(own: RwSignal<DraftId>, opened: RwSignal<bool>) -> impl IntoView {
    let text = &strings().officer_area.drafts;
    let drafts = RwSignal::new(Vec::<DraftSummary>::new());
    let problems = RwSignal::new(Vec::<DraftProblem>::new());
    let status = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(None::<String>);
    let reload = move || {
        let found = other_new_drafts(&own.get_untracked());
        drafts.set(found.drafts);
        if !found.problems.is_empty() {
            problems.update(|shown| shown.extend(found.problems));
        }
    };
    reload();
    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().is_none_or(|key| is_draft_key(&key)) {
            reload();
        }
    });
    on_cleanup(move || listener.remove());

    let open = move |slot: &str| {
        match take_over_draft(slot) {
            Ok(Some(id)) => {
                status.set(None);
                opened.set(true);
                own.set(id);
                set_timeout(|| focus_element(OPENED_NOTICE_ID), Duration::ZERO);
            }
            Ok(None) => status.set(Some(text.gone.to_string())),
            Err(problem @ DraftProblem { error: JsonStoreError::Corrupt { .. }, .. }) => {
                problems.update(|shown| shown.push(problem));
            }
            Err(problem) => status.set(Some((text.open_failed)(&problem.error))),
        }
        reload();
    };
    let discard = move |slot: &str| match remove_draft(slot) {
        Ok(()) => {
            confirming.set(None);
            status.set(Some(text.discarded.to_string()));
            reload();
            focus_element(PAGE_HEADING_ID);
        }
        Err(error) => status.set(Some((text.discard_failed)(&error))),
    };

    view! {
        {move || problems.get().into_iter().map(|problem| view! { <DraftNotice problem=problem own=false /> }).collect_view()}
        <Show when=move || drafts.with(|d| !d.is_empty())>
            <section class="card other-drafts" aria-labelledby="other-drafts-heading" data-testid="other-drafts">
                <h2 id="other-drafts-heading" data-testid="other-drafts-heading">
                    {move || (text.others_heading)(drafts.with(Vec::len))}
                </h2>
                <p class="hint">{text.others_intro}</p>
                <ul class="other-drafts-list">
                    <For each=move || drafts.get() key=|draft| (draft.slot.clone(), draft.describe()) let:draft>
                        {
                            let slot = StoredValue::new(draft.slot.clone());
                            let description_id = format!("draft-{}", draft.slot.replace('/', "-"));
                            let discard_id = StoredValue::new(format!("{description_id}-discard"));
                            let is_confirming = move || confirming.with(|c| slot.with_value(|s| c.as_ref() == Some(s)));
                            view! {
                                <li data-testid="other-draft">
                                    <span id=description_id.clone() data-testid="other-draft-description">{draft.describe()}</span>
                                    " "
                                    <button type="button" aria-describedby=description_id.clone() data-testid="other-draft-open"
                                        on:click=move |_| slot.with_value(|s| open(s))>
                                        {text.open}
                                    </button>
                                    " "
                                    <button type="button" id=discard_id.get_value() aria-describedby=description_id
                                        aria-expanded=move || is_confirming().to_string()
                                        data-testid="other-draft-discard"
                                        on:click=move |_| {
                                            let next = (!is_confirming()).then(|| slot.get_value());
                                            confirming.set(next);
                                        }>
                                        {text.discard}
                                    </button>
                                    <Show when=is_confirming>
                                        <p class="confirm">
                                            {text.discard_question} " "
                                            <button type="button" class="danger" data-testid="other-draft-discard-confirm"
                                                on:click=move |_| slot.with_value(|s| discard(s))>
                                                {text.discard_confirm}
                                            </button>
                                            " "
                                            <button type="button" data-testid="other-draft-discard-cancel"
                                                on:click=move |_| {
                                                    confirming.set(None);
                                                    discard_id.with_value(|id| focus_element(id));
                                                }>
                                                {text.discard_cancel}
                                            </button>
                                        </p>
                                    </Show>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </section>
        </Show>
        <p role="status" data-testid="other-drafts-status">{move || status.get()}</p>
    }
}
