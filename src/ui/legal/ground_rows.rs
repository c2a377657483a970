//! The reported R1 Art. 5 grounds: add and remove rows; each row asks which ground, its type-specific facts, and
//! whether the investigation confirmed it (“经调查属实”).

use leptos::prelude::*;

use crate::i18n::strings;
use crate::legal::{WrongCaseWorksheet, event_fields};
use crate::rules::r1::{Verification, WrongCaseGround};
use crate::ui::components::{choice_key, choice_of};

/// `第五条第3项：行政复议决定撤销或者变更`.
fn ground_label(ground: WrongCaseGround) -> String {
    (strings().legal_area.grounds.ground_label)(&ground.cite().short_label(), ground.label())
}

/// Every reported ground, and the control to add one.
#[component]
pub fn GroundRows(sheet: RwSignal<WrongCaseWorksheet>) -> impl IntoView {
    let new_ground = RwSignal::new(WrongCaseGround::Reconsideration);
    let add = move |_| {
        let ground = new_ground.get_untracked();
        sheet.update(|s| {
            s.add_ground(ground);
        });
    };
    let text = &strings().legal_area.grounds;
    view! {
        <fieldset class="card">
            <legend>{text.legend}</legend>
            <p class="hint">{text.hint}</p>
            <For each=move || sheet.with(|s| s.grounds.iter().map(|g| g.id).collect::<Vec<_>>()) key=|id| *id let:id>
                <GroundRowFields sheet=sheet id=id />
            </For>
            <div class="inline-form add-row">
                <div class="field">
                    <label for="new-ground-kind">{text.new_ground}</label>
                    <select
                        id="new-ground-kind"
                        data-testid="new-ground-kind"
                        prop:value=move || choice_key(&WrongCaseGround::ALL, Some(new_ground.get()))
                        on:change=move |ev| {
                            if let Some(ground) = choice_of(&WrongCaseGround::ALL, &event_target_value(&ev)) {
                                new_ground.set(ground);
                            }
                        }
                    >
                        {WrongCaseGround::ALL
                            .into_iter()
                            .enumerate()
                            .map(|(i, ground)| view! { <option value=i.to_string() selected=move || new_ground.get() == ground>{ground_label(ground)}</option> })
                            .collect_view()}
                    </select>
                </div>
                <button type="button" data-testid="add-ground" on:click=add>{text.add}</button>
            </div>
        </fieldset>
    }
}

/// One reported ground.
#[component]
fn GroundRowFields(sheet: RwSignal<WrongCaseWorksheet>, id: u32) -> impl IntoView {
    let number = move || sheet.with(|s| s.grounds.iter().position(|g| g.id == id).map_or(0, |p| p + 1));
    // Re-render the type-specific fields only when the ground itself changes, so a select keeps its focus.
    let kind = Memo::new(move |_| sheet.with(|s| s.ground(id).map(|r| r.event.ground())));
    let heading_id = format!("ground-{id}-heading");
    let kind_id = format!("ground-{id}-kind");
    let verification_id = format!("ground-{id}-verification");
    let text = &strings().legal_area.grounds;
    view! {
        <section class="row-card" data-testid="ground-row" aria-labelledby=heading_id>
            <div class="row-head">
                <h3 id=heading_id.clone()>{move || (text.row_heading)(number())}</h3>
                <button type="button" class="link-button" data-testid="remove-ground"
                    aria-label=move || (text.remove_label)(number())
                    on:click=move |_| sheet.update(|s| s.remove_ground(id))>{text.remove}</button>
            </div>
            <div class="field">
                <label for=kind_id.clone()>{text.kind}</label>
                <select
                    id=kind_id
                    data-testid="ground-kind"
                    prop:value=move || choice_key(&WrongCaseGround::ALL, kind.get())
                    on:change=move |ev| {
                        if let Some(ground) = choice_of(&WrongCaseGround::ALL, &event_target_value(&ev)) {
                            sheet.update(|s| s.set_ground_kind(id, ground));
                        }
                    }
                >
                    {WrongCaseGround::ALL
                        .into_iter()
                        .enumerate()
                        .map(|(i, ground)| view! { <option value=i.to_string() selected=move || kind.get() == Some(ground)>{ground_label(ground)}</option> })
                        .collect_view()}
                </select>
            </div>
            {move || kind.get().map(|_| view! { <EventFields sheet=sheet id=id /> })}
            <div class="field">
                <label for=verification_id.clone()>{text.verification}</label>
                <select
                    id=verification_id
                    data-testid="ground-verification"
                    prop:value=move || sheet.with(|s| choice_key(&Verification::ALL, s.ground(id).map(|r| r.verification)))
                    on:change=move |ev| {
                        if let Some(verification) = choice_of(&Verification::ALL, &event_target_value(&ev)) {
                            sheet.update(|s| s.set_verification(id, verification));
                        }
                    }
                >
                    {Verification::ALL
                        .into_iter()
                        .enumerate()
                        .map(|(i, v)| {
                            let selected = move || sheet.with(|s| s.ground(id).map(|r| r.verification)) == Some(v);
                            view! { <option value=i.to_string() selected=selected>{v.label()}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
        </section>
    }
}

/// The facts that decide one ground (who concluded what, how final it is).
#[component]
fn EventFields(sheet: RwSignal<WrongCaseWorksheet>, id: u32) -> impl IntoView {
    let fields = sheet.with_untracked(|s| s.ground(id).map(|r| event_fields(&r.event)).unwrap_or_default());
    let selected = move |index: usize| {
        sheet.with(|s| s.ground(id).and_then(|r| event_fields(&r.event).get(index).map(|f| f.selected)))
    };
    fields
        .into_iter()
        .enumerate()
        .map(|(index, field)| {
            let field_id = format!("ground-{id}-field-{index}");
            view! {
                <div class="field">
                    <label for=field_id.clone()>{field.label}</label>
                    <select
                        id=field_id
                        data-testid=format!("ground-field-{index}")
                        prop:value=move || selected(index).map(|i| i.to_string()).unwrap_or_default()
                        on:change=move |ev| {
                            if let Ok(choice) = event_target_value(&ev).parse::<usize>() {
                                sheet.update(|s| s.set_ground_field(id, index, choice));
                            }
                        }
                    >
                        {field
                            .choices
                            .into_iter()
                            .enumerate()
                            .map(|(choice, text)| view! { <option value=choice.to_string() selected=move || selected(index) == Some(choice)>{text}</option> })
                            .collect_view()}
                    </select>
                </div>
            }
        })
        .collect_view()
}
