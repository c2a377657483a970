//! The causes of the wrong case found for the whole case (R1 Art. 8 items 2, 3, 6): the reason no officer is liable
//! where no Art. 6 act is found, and a circumstance of every liable officer where the item allows.

use leptos::prelude::*;

use super::claim_fields::ClaimFields;
use crate::i18n::strings;
use crate::legal::{ClaimsOwner, WrongCaseWorksheet};
use crate::rules::r1::Mitigation;

/// The case-level causes, each with the facts that decide it.
#[component]
pub fn CauseFields(sheet: RwSignal<WrongCaseWorksheet>) -> impl IntoView {
    let text = &strings().legal_area.wrong_case;
    view! {
        <fieldset class="card" data-testid="wc-causes">
            <legend>{text.causes_legend}</legend>
            <p class="hint">{text.causes_hint}</p>
            {Mitigation::CASE_CAUSES
                .into_iter()
                .map(|item| view! { <ClaimFields sheet=sheet owner=ClaimsOwner::Case item=item /> })
                .collect_view()}
        </fieldset>
    }
}
