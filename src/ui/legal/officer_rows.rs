//! The responsible officers: add and remove rows; each row asks the name, the Art. 6 acts found, the Art. 8
//! circumstances claimed with the facts that decide them, and the officer's conduct once the error came to light
//! (Art. 9).

use leptos::prelude::*;

use super::claim_fields::ClaimFields;
use super::sheet_check::SheetCheck;
use crate::i18n::strings;
use crate::legal::{ClaimsOwner, WrongCaseWorksheet, set_member};
use crate::rules::r1::{InquiryConduct, LiableAct, Mitigation, OfficerFacts};

/// Every officer, and the button to add one.
#[component]
pub fn OfficerRows(sheet: RwSignal<WrongCaseWorksheet>) -> impl IntoView {
    let text = &strings().legal_area.officers;
    view! {
        <fieldset class="card">
            <legend>{text.legend}</legend>
            <p class="hint">{text.hint}</p>
            <For each=move || sheet.with(|s| s.officers.iter().map(|o| o.id).collect::<Vec<_>>()) key=|id| *id let:id>
                <OfficerRowFields sheet=sheet id=id />
            </For>
            <button type="button" data-testid="add-officer" on:click=move |_| sheet.update(|s| { s.add_officer(); })>
                {text.add}
            </button>
        </fieldset>
    }
}

/// A checkbox bound to one yes/no fact of officer row `id`.
#[component]
fn FactCheck(
    sheet: RwSignal<WrongCaseWorksheet>,
    id: u32,
    input_id: String,
    test_id: String,
    label: String,
    get: impl Fn(&OfficerFacts) -> bool + Copy + Send + Sync + 'static,
    set: impl Fn(&mut OfficerFacts, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <SheetCheck sheet=sheet input_id=input_id test_id=test_id label=label
            get=move |s: &WrongCaseWorksheet| s.officer(id).is_some_and(get)
            set=move |s: &mut WrongCaseWorksheet, on| s.update_officer(id, |facts| set(facts, on)) />
    }
}

/// One officer.
#[component]
fn OfficerRowFields(sheet: RwSignal<WrongCaseWorksheet>, id: u32) -> impl IntoView {
    let number = move || sheet.with(|s| s.officers.iter().position(|o| o.id == id).map_or(0, |p| p + 1));
    let name = move || sheet.with(|s| s.officer(id).map(|o| o.name.clone()).unwrap_or_default());
    let heading_id = format!("officer-{id}-heading");
    let name_id = format!("officer-{id}-name");
    let text = &strings().legal_area.officers;
    let heading = move || {
        let name = name();
        if name.trim().is_empty() { (text.row_heading)(number()) } else { (text.row_heading_named)(number(), &name) }
    };
    view! {
        <section class="row-card" data-testid="officer-row" aria-labelledby=heading_id>
            <div class="row-head">
                <h3 id=heading_id.clone()>{heading}</h3>
                <button type="button" class="link-button" data-testid="remove-officer"
                    aria-label=move || (text.remove_label)(&heading())
                    on:click=move |_| sheet.update(|s| s.remove_officer(id))>{text.remove}</button>
            </div>
            <div class="field">
                <label for=name_id.clone()>{text.name}</label>
                <input
                    id=name_id
                    data-testid="wc-officer-name"
                    type="text"
                    autocomplete="off"
                    prop:value=name
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        sheet.update(|s| s.update_officer(id, |facts| facts.name = value));
                    }
                />
            </div>
            <fieldset class="subgroup">
                <legend>{text.acts_legend}</legend>
                {LiableAct::ALL
                    .into_iter()
                    .map(|act| view! {
                        <FactCheck
                            sheet=sheet
                            id=id
                            input_id=format!("officer-{id}-act-{}", act.item())
                            test_id=format!("act-{}", act.item())
                            label=format!("{} {}", act.cite().short_label(), act.label())
                            get=move |facts: &OfficerFacts| facts.acts.contains(&act)
                            set=move |facts: &mut OfficerFacts, on| set_member(&mut facts.acts, act, on)
                        />
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="subgroup">
                <legend>{text.claims_legend}</legend>
                {Mitigation::ALL
                    .into_iter()
                    .map(|item| view! { <ClaimFields sheet=sheet owner=ClaimsOwner::Officer(id) item=item /> })
                    .collect_view()}
            </fieldset>
            <fieldset class="subgroup">
                <legend>{text.conduct_legend}</legend>
                {InquiryConduct::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(index, conduct)| view! {
                        <FactCheck
                            sheet=sheet
                            id=id
                            input_id=format!("officer-{id}-conduct-{index}")
                            test_id=format!("conduct-{index}")
                            label=conduct.label().to_string()
                            get=move |facts: &OfficerFacts| facts.inquiry_conduct.contains(&conduct)
                            set=move |facts: &mut OfficerFacts, on| set_member(&mut facts.inquiry_conduct, conduct, on)
                        />
                    })
                    .collect_view()}
            </fieldset>
        </section>
    }
}
