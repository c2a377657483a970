//! One R1 Art. 8 item of the worksheet: whether it is claimed, and if so the facts that decide it; for an officer
//! row (the circumstances claimed for them) or for the whole case (the causes of the wrong case).

use leptos::prelude::*;

use super::sheet_check::SheetCheck;
use crate::i18n::strings;
use crate::legal::{ClaimsOwner, WrongCaseWorksheet, answer_claim, claim_of, claim_questions, set_claimed};
use crate::rules::r1::Mitigation;

/// The claim under `item` held by `owner`, and its deciding facts once claimed.
#[component]
pub fn ClaimFields(sheet: RwSignal<WrongCaseWorksheet>, owner: ClaimsOwner, item: Mitigation) -> impl IntoView {
    let claimed = Memo::new(move |_| sheet.with(|s| claim_of(s.claims(owner), item).is_some()));
    let text = &strings().legal_area.officers;
    let (input_prefix, test_prefix) = match owner {
        ClaimsOwner::Case => ("case-cause".to_string(), "cause"),
        ClaimsOwner::Officer(id) => (format!("officer-{id}-claim"), "claim"),
    };
    let n = item.item();
    let questions =
        move || sheet.with_untracked(|s| claim_of(s.claims(owner), item).map(claim_questions)).unwrap_or_default();
    let question_prefix = input_prefix.clone();
    view! {
        <div class="claim">
            <SheetCheck
                sheet=sheet
                input_id=format!("{input_prefix}-{n}")
                test_id=format!("{test_prefix}-{n}")
                label=(text.claim)(&item.cite().short_label(), item.label())
                get=move |s: &WrongCaseWorksheet| claim_of(s.claims(owner), item).is_some()
                set=move |s: &mut WrongCaseWorksheet, on| s.update_claims(owner, |claims| set_claimed(claims, item, on))
            />
            <Show when=move || claimed.get()>
                <div class="claim-facts" role="group" aria-label=(text.claim_facts_label)(&item.cite().short_label())>
                    {questions()
                        .into_iter()
                        .enumerate()
                        .map(|(question, asked)| view! {
                            <SheetCheck
                                sheet=sheet
                                input_id=format!("{question_prefix}-{n}-q{question}")
                                test_id=format!("{test_prefix}-{n}-q{question}")
                                label=asked.label.to_string()
                                get=move |s: &WrongCaseWorksheet| claim_of(s.claims(owner), item)
                                    .is_some_and(|claim| claim_questions(claim).get(question).is_some_and(|q| q.answer))
                                set=move |s: &mut WrongCaseWorksheet, on| {
                                    s.update_claims(owner, |claims| answer_claim(claims, item, question, on))
                                }
                            />
                        })
                        .collect_view()}
                </div>
            </Show>
        </div>
    }
}
