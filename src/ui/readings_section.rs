//! 设置 → 本局口径: the bureau's readings of the rules' open points and the policy behind every 建议, set by 法治科.
//!
//! Each reading shows both choices with what they mean; the choice the engine argues for is marked 系统默认.

use leptos::prelude::*;

use super::published_readings_card::PublishedReadingsCard;
use super::state::AppState;
use crate::i18n::{ReadingsText, TwoWayText, strings};
use crate::journal::StoreError;
use crate::rules::deadline::DayCounting;
use crate::rules::r1::{LiableAct, SanctionKind, SanctionPolicy, WeighingRule};
use crate::settings::{Readings, readings_editable};
use crate::web::readings_store::save_readings;

/// The most steps a circumstance may move a suggestion (six kinds in Art. 11, so more changes nothing).
const MAX_STEPS: u8 = 6;

/// A reading with two choices: what is asked, the provisions, and what each answer means.
struct TwoWayReading {
    /// The id of the radio group (also its `data-testid`).
    id: &'static str,
    /// The question, the provisions and what each answer means.
    text: fn(&ReadingsText) -> &TwoWayText,
    /// The engine's default answer.
    default: bool,
    /// Reads the answer.
    get: fn(&Readings) -> bool,
    /// Sets the answer.
    set: fn(&mut Readings, bool),
}

/// The five R2 readings ([`crate::rules::r2::Interpretation`]).
static R2_READINGS: [TwoWayReading; 5] = [
    TwoWayReading {
        id: "reading-outside-officials",
        text: |t| &t.outside_officials,
        default: true,
        get: |r| r.r2.outside_officials_are_internal,
        set: |r, v| r.r2.outside_officials_are_internal = v,
    },
    TwoWayReading {
        id: "reading-oral-guidance-procedure",
        text: |t| &t.oral_guidance_procedure,
        default: false,
        get: |r| r.r2.oral_guidance_needs_procedure,
        set: |r, v| r.r2.oral_guidance_needs_procedure = v,
    },
    TwoWayReading {
        id: "reading-unrecorded-oral",
        text: |t| &t.unrecorded_oral,
        default: false,
        get: |r| r.r2.unrecorded_oral_is_interference,
        set: |r, v| r.r2.unrecorded_oral_is_interference = v,
    },
    TwoWayReading {
        id: "reading-repeat-second",
        text: |t| &t.repeat_second,
        default: true,
        get: |r| r.r2.repeat_includes_second_finding,
        set: |r, v| r.r2.repeat_includes_second_finding = v,
    },
    TwoWayReading {
        id: "reading-instructed-handler",
        text: |t| &t.instructed_handler,
        default: true,
        get: |r| r.r2.instructed_handler_also_liable,
        set: |r, v| r.r2.instructed_handler_also_liable = v,
    },
];

/// The R1 reading of “终审判决” ([`crate::rules::r1::BureauPolicy::effective_first_instance_is_final`]).
static FINAL_JUDGMENT_READING: TwoWayReading = TwoWayReading {
    id: "reading-first-instance-final",
    text: |t| &t.first_instance_final,
    default: true,
    get: |r| r.r1.effective_first_instance_is_final,
    set: |r, v| r.r1.effective_first_instance_is_final = v,
};

/// The section on the settings page.
#[component]
pub fn ReadingsSection() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = RwSignal::new(state.readings.get_untracked());
    let status = RwSignal::new(None::<Result<&'static str, String>>);
    let unsaved = move || draft.with(|d| state.readings.with(|saved| d != saved));
    let editable = move || {
        let role = state.profile.with(|p| p.as_ref().map(|p| p.role).unwrap_or_default());
        state.in_use.with(|published| readings_editable(role, published.as_ref()))
    };
    // Where the readings cannot be edited, the form shows the ones in force (e.g. a published reading just imported).
    Effect::new(move |_| {
        let in_force = state.readings.get();
        if !editable() {
            draft.set(in_force);
        }
    });
    let text = &strings().readings;
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let readings = draft.get_untracked();
        match save_readings(&readings) {
            Ok(()) => {
                state.readings.set(readings);
                status.set(Some(Ok(text.saved)));
            }
            Err(StoreError::QuotaExceeded) => status.set(Some(Err(text.quota_exceeded.to_string()))),
            Err(StoreError::Unavailable(detail)) => status.set(Some(Err((text.unavailable)(&detail)))),
        }
    };
    let reset = move |_| {
        draft.set(Readings::default());
        status.set(Some(Ok(text.reset_done)));
    };
    view! {
        <PublishedReadingsCard unsaved=Signal::derive(unsaved) />
        <section class="card readings" data-testid="readings-section" aria-labelledby="readings-heading">
            <h2 id="readings-heading">{text.heading}</h2>
            <p>
                {text.intro_before} <strong>{text.intro_owner}</strong> {text.intro_after}
            </p>
            <p class="notice-inline">{text.policy_notice}</p>
            <form on:submit=save novalidate data-testid="readings-form">
                <fieldset class="reading-fields" disabled=move || !editable()>
                <fieldset class="reading-group">
                    <legend>{text.r2_legend}</legend>
                    {R2_READINGS.iter().map(|reading| view! { <TwoWay reading=reading draft=draft /> }).collect_view()}
                </fieldset>
                <fieldset class="reading-group">
                    <legend>{text.r1_legend}</legend>
                    <TwoWay reading=&FINAL_JUDGMENT_READING draft=draft />
                    <DayCountingChoice draft=draft />
                </fieldset>
                <SanctionPolicyFields draft=draft />
                </fieldset>
                <div class="form-actions" hidden=move || !editable()>
                    <button type="submit" class="primary" data-testid="readings-save">{text.save}</button>
                    " "
                    <button type="button" data-testid="readings-reset" on:click=reset>{text.reset}</button>
                    " "
                    <span class="hint" data-testid="readings-unsaved">{move || unsaved().then_some(text.unsaved)}</span>
                </div>
                {move || status.get().map(|s| match s {
                    Ok(message) => view! { <p class="ok" role="status" data-testid="readings-status">{message}</p> }.into_any(),
                    Err(message) => view! { <p class="error" role="alert" data-testid="readings-status">{message}</p> }.into_any(),
                })}
            </form>
        </section>
    }
}

/// `（系统默认）` after the engine's default choice.
fn default_mark(is_default: bool) -> Option<&'static str> {
    is_default.then_some(strings().readings.default_mark)
}

/// One two-way reading as a radio group.
#[component]
fn TwoWay(reading: &'static TwoWayReading, draft: RwSignal<Readings>) -> impl IntoView {
    let get = reading.get;
    let set = reading.set;
    let readings = &strings().readings;
    let text = (reading.text)(readings);
    let option = move |answer: bool, meaning: &'static str| {
        let id = format!("{}-{}", reading.id, if answer { "yes" } else { "no" });
        view! {
            <div class="choice">
                <input
                    type="radio"
                    id=id.clone()
                    data-testid=id.clone()
                    name=reading.id
                    prop:checked=move || draft.with(|r| get(r) == answer)
                    on:change=move |_| draft.update(|r| set(r, answer))
                />
                <label for=id>
                    <strong>{if answer { readings.yes } else { readings.no }} {default_mark(reading.default == answer)}{strings().common.colon}</strong>
                    {meaning}
                </label>
            </div>
        }
    };
    view! {
        <fieldset class="reading" data-testid=reading.id>
            <legend>{text.question} <span class="cite-id">{text.provisions}</span></legend>
            {option(true, text.yes)}
            {option(false, text.no)}
        </fieldset>
    }
}

/// R1-10-1 “2日”: calendar days or working days, with the reasoning for the choice.
#[component]
fn DayCountingChoice(draft: RwSignal<Readings>) -> impl IntoView {
    let text = &strings().readings;
    view! {
        <fieldset class="reading" data-testid="reading-day-counting">
            <legend>{text.day_counting_question} <span class="cite-id">{text.day_counting_provisions}</span></legend>
            {DayCounting::ALL
                .into_iter()
                .map(|counting| {
                    let id = format!("day-counting-{}", counting.label());
                    view! {
                        <div class="choice">
                            <input
                                type="radio"
                                id=id.clone()
                                data-testid=format!("day-counting-{}", if counting == DayCounting::CalendarDays { "calendar" } else { "working" })
                                name="day-counting"
                                prop:checked=move || draft.with(|r| r.day_counting == counting)
                                on:change=move |_| draft.update(|r| r.day_counting = counting)
                            />
                            <label for=id>
                                <strong>{(text.count_by)(counting.label())} {default_mark(counting == DayCounting::default())}</strong>
                            </label>
                        </div>
                    }
                })
                .collect_view()}
            <p class="basis" data-testid="day-counting-basis">{move || draft.with(|r| r.day_counting.basis(2))}</p>
        </fieldset>
    }
}

/// The sanction policy (本局政策): the weighing rule, the step sizes and the table behind every 建议.
#[component]
fn SanctionPolicyFields(draft: RwSignal<Readings>) -> impl IntoView {
    let text = &strings().readings;
    let steps = move |id: &'static str,
                      label: &'static str,
                      hint: &'static str,
                      get: fn(&Readings) -> u8,
                      set: fn(&mut Readings, u8)| {
        let hint_id = format!("{id}-hint");
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select
                    id=id
                    data-testid=id
                    aria-describedby=hint_id.clone()
                    prop:value=move || draft.with(|r| get(r).to_string())
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse::<u8>() {
                            draft.update(|r| set(r, n.min(MAX_STEPS)));
                        }
                    }
                >
                    {(0..=MAX_STEPS)
                        .map(|n| view! { <option value=n.to_string() selected=move || draft.with(|r| get(r) == n)>{(text.steps_option)(n)}</option> })
                        .collect_view()}
                </select>
                <p class="hint" id=hint_id>{hint}</p>
            </div>
        }
    };
    view! {
        <fieldset class="reading-group policy">
            <legend>{text.policy_legend}</legend>
            <fieldset class="reading" data-testid="reading-weighing">
                <legend>{text.weighing_question} <span class="cite-id">{text.weighing_provisions}</span></legend>
                {WeighingRule::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(index, rule)| {
                        let id = format!("weighing-{index}");
                        view! {
                            <div class="choice">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    data-testid=id.clone()
                                    name="weighing"
                                    prop:checked=move || draft.with(|r| r.r1.sanction.weighing == rule)
                                    on:change=move |_| draft.update(|r| r.r1.sanction.weighing = rule)
                                />
                                <label for=id>
                                    <strong>{rule.label()} {default_mark(rule == WeighingRule::default())}{strings().common.colon}</strong>
                                    {rule.description()}
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="grid-2">
                {steps(
                    "mitigation-steps",
                    text.mitigation_steps,
                    text.mitigation_steps_hint,
                    |r| r.r1.sanction.mitigation_steps,
                    |r, n| r.r1.sanction.mitigation_steps = n,
                )}
                {steps(
                    "aggravation-steps",
                    text.aggravation_steps,
                    text.aggravation_steps_hint,
                    |r| r.r1.sanction.aggravation_steps,
                    |r, n| r.r1.sanction.aggravation_steps = n,
                )}
            </div>
            <h3 id="sanction-table-heading">{text.sanction_table_heading}</h3>
            <p class="hint">{text.sanction_table_hint}</p>
            <div class="table-wrap">
                <table data-testid="sanction-table" aria-labelledby="sanction-table-heading">
                    <thead><tr><th scope="col">{text.col_act}</th><th scope="col">{text.col_sanction}</th></tr></thead>
                    <tbody>
                        {LiableAct::ALL.into_iter().map(|act| view! { <SanctionRow act=act draft=draft /> }).collect_view()}
                    </tbody>
                </table>
            </div>
        </fieldset>
    }
}

/// One row of the sanction table: an Art. 6 act and the Art. 11 kind suggested for it.
#[component]
fn SanctionRow(act: LiableAct, draft: RwSignal<Readings>) -> impl IntoView {
    let id = format!("sanction-{}", act.item());
    let default = SanctionPolicy::default_base(act);
    let current = move || draft.with(|r| r.r1.sanction.base_for(act));
    view! {
        <tr>
            <th scope="row">
                <label for=id.clone()>{act.cite().short_label()} " " {act.label()}</label>
            </th>
            <td>
                <select
                    id=id.clone()
                    data-testid=id
                    prop:value=move || current().rank().to_string()
                    on:change=move |ev| {
                        let chosen = event_target_value(&ev).parse::<u8>().ok().and_then(SanctionKind::from_rank);
                        if let Some(kind) = chosen {
                            draft.update(|r| {
                                r.r1.sanction.base.insert(act, kind);
                            });
                        }
                    }
                >
                    {SanctionKind::ALL
                        .into_iter()
                        .map(|kind| {
                            let text = format!("{}. {}{}", kind.rank(), kind.label(), default_mark(kind == default).unwrap_or_default());
                            view! { <option value=kind.rank().to_string() selected=move || current() == kind>{text}</option> }
                        })
                        .collect_view()}
                </select>
            </td>
        </tr>
    }
}
