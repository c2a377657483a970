//! 法治科跟进 on a register record's page: 法治科's determination beside the engine's verdict (which it never
//! replaces), then 调查处理, 通报 after approval, 移交, 办结 — each step journaled in 法治科's own journal, amendments with a
//! reason.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::follow_up::{FollowUpEntry, FollowUpState, FollowUpStep, LegalEntry, check_follow_up};
use crate::i18n::strings;
use crate::journal::EventHash;
use crate::ui::journal_state::LegalJournal;
use crate::ui::legal::{LegalJournalGate, OversightEditing, OversightForm, RecordedStep, ShownStep};
use crate::web::clock::local_now;

impl ShownStep for FollowUpStep {
    fn title(&self) -> String {
        self.label().to_string()
    }
}

/// The follow-up of record `record`; `needed`: whether the engine's verdict calls for one.
#[component]
pub fn FollowUpSection(record: EventHash, needed: bool) -> impl IntoView {
    let text = &strings().follow_up;
    view! {
        <section class="card" aria-labelledby="follow-up-heading" data-testid="follow-up">
            <h2 id="follow-up-heading">{text.heading}</h2>
            <p class="hint">{text.intro}</p>
            <LegalJournalGate>
                <FollowUpBody record=record needed=needed />
            </LegalJournalGate>
        </section>
    }
}

#[component]
fn FollowUpBody(record: EventHash, needed: bool) -> impl IntoView {
    let legal = expect_context::<LegalJournal>().0;
    let text = &strings().follow_up;
    let follow_up = Memo::new(move |_| legal.follow_ups().by_record.get(&record).cloned());
    let form = OversightEditing::<FollowUpStep>::new();
    let (editing, saved, on_amend, done) = (form.editing, form.saved, form.on_amend(), form.on_done());
    let state = move || {
        match follow_up.get() {
            Some(f) => f.state(),
            None if needed => FollowUpState::Pending,
            None => return text.not_needed.to_string(),
        }
        .label()
        .to_string()
    };
    let today = local_now().date();
    let choices = move || {
        let current = follow_up.get();
        FollowUpStep::blanks()
            .into_iter()
            .filter(|blank| check_follow_up(current.as_ref(), None, blank, today).iter().all(|e| !e.field.is_empty()))
            .collect::<Vec<_>>()
    };
    let chosen = RwSignal::new(0usize);
    let query = use_query_map();
    let spot = Memo::new(move |_| query.with(|q| q.get("spot")));
    view! {
        <p data-testid="follow-up-state"><strong>{text.state}</strong>{state}</p>
        {move || follow_up.get().is_some_and(|f| f.determination().is_some_and(|d| d.item.is_some())).then(|| view! {
            <p class="no-print"><a href=format!("/legal/register/{record}/circulation") data-testid="circulation-link">{text.circulation_link}</a></p>
        })}
        <p class="notice-inline" role="status" data-testid="follow-up-saved">{move || saved.get().then_some(text.saved)}</p>
        {move || follow_up.get().map(|f| f.steps.into_iter().map(|step| view! { <RecordedStep step=step on_amend=on_amend /> }).collect_view())}
        <Show when=move || editing.with(Option::is_none)>
            {move || {
                let offered = choices();
                if offered.is_empty() {
                    return view! { <p data-testid="follow-up-next-none">{text.next_none}</p> }.into_any();
                }
                view! {
                    <div class="field no-print">
                        <label for="follow-up-next">{text.next_label}</label>
                        <select id="follow-up-next" data-testid="follow-up-next" on:change=move |ev| chosen.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {offered.iter().enumerate().map(|(i, c)| view! { <option value=i.to_string()>{c.label()}</option> }).collect_view()}
                        </select>
                    </div>
                    <button type="button" class="no-print" data-testid="follow-up-open" on:click=move |_| {
                        if let Some(mut blank) = choices().get(chosen.get_untracked()).cloned() {
                            // From the 抽查 page: the sample's parameters, seed included.
                            if let (FollowUpStep::SpotCheck(note), Some(drawn)) = (&mut blank, spot.get_untracked()) {
                                note.parameters = drawn;
                            }
                            form.open(blank, None);
                        }
                    }>{text.open}</button>
                }.into_any()
            }}
        </Show>
        {move || editing.get().map(|(initial, amends)| {
            let wrap = Callback::new(move |(step, amends, reason)| LegalEntry::FollowUp(FollowUpEntry { record, amends, reason, step }));
            view! { <OversightForm initial=initial amends=amends done=done wrap=wrap /> }
        })}
    }
}
