//! 错案倒查: the worksheet (case, reported grounds, officers) with the live result beside it. Everything typed is
//! autosaved in this browser.

use leptos::prelude::*;

use super::cause_fields::CauseFields;
use super::ground_rows::GroundRows;
use super::officer_rows::OfficerRows;
use super::wrong_case_result::WrongCaseResult;
use crate::i18n::strings;
use crate::legal::WrongCaseWorksheet;
use crate::rules::r1::CaseKind;
use crate::rules::run_wrong_case;
use crate::ui::components::{choice_key, choice_of};
use crate::ui::state::AppState;
use crate::web::worksheet_store::{clear_worksheet, load_worksheet, save_worksheet};

/// The wrong-case worksheet page, for `/legal/wrong-case`.
#[component]
pub fn WrongCasePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = &strings().legal_area.wrong_case;
    let (initial, restored) = match load_worksheet() {
        Ok(Some(sheet)) => (sheet, Some(Ok(text.restored))),
        Ok(None) => (WrongCaseWorksheet::default(), None),
        Err(error) => (WrongCaseWorksheet::default(), Some(Err((text.restart)(&error)))),
    };
    let sheet = RwSignal::new(initial);
    let save_error = RwSignal::new(None::<String>);
    Effect::new(move |previous: Option<WrongCaseWorksheet>| {
        let current = sheet.get();
        // The first run only records the starting point; later runs save what changed.
        if previous.is_some_and(|p| p != current) {
            let saved = if current.is_blank() { clear_worksheet() } else { save_worksheet(&current) };
            save_error.set(saved.err().map(|error| (text.not_saved)(&error)));
        }
        current
    });
    let assessment = Memo::new(move |_| {
        let facts = sheet.with(WrongCaseWorksheet::facts);
        state.readings.with(|readings| run_wrong_case(&facts, readings))
    });
    view! {
        <section data-testid="wrong-case-page">
            <p class="breadcrumb no-print"><a href="/legal">{strings().nav.legal}</a>" / "{text.title_short}</p>
            <h1>{text.title}</h1>
            <p class="lead no-print">{text.intro}</p>
            {restored.map(|message| match message {
                Ok(message) => view! { <p class="notice-inline no-print" role="status" data-testid="worksheet-restored">{message}</p> }.into_any(),
                Err(message) => view! { <p class="alarm no-print" role="alert" data-testid="worksheet-restored">{message}</p> }.into_any(),
            })}
            <p class="error no-print" role="alert" data-testid="worksheet-save-error">{move || save_error.get()}</p>
            <div class="worksheet-layout">
                <form class="worksheet-inputs no-print" on:submit=|ev| ev.prevent_default() novalidate data-testid="worksheet-form">
                    <CaseFields sheet=sheet />
                    <GroundRows sheet=sheet />
                    <OfficerRows sheet=sheet />
                    <CauseFields sheet=sheet />
                    <ClearWorksheet sheet=sheet />
                </form>
                <WrongCaseResult sheet=sheet assessment=assessment />
            </div>
        </section>
    }
}

/// 案号 and 案件类型 (R1 Art. 2).
#[component]
fn CaseFields(sheet: RwSignal<WrongCaseWorksheet>) -> impl IntoView {
    let text = &strings().legal_area.wrong_case;
    view! {
        <fieldset class="card">
            <legend>{text.case_legend}</legend>
            <div class="field">
                <label for="wc-case-number">{text.case_number}</label>
                <input
                    id="wc-case-number"
                    data-testid="wc-case-number"
                    type="text"
                    prop:value=move || sheet.with(|s| s.case_number.clone())
                    on:input=move |ev| sheet.update(|s| s.case_number = event_target_value(&ev))
                />
            </div>
            <CaseKindField sheet=sheet />
        </fieldset>
    }
}

/// 案件类型 (R1 Art. 2): which Art. 6 acts and Art. 8 wordings apply.
#[component]
pub(super) fn CaseKindField(sheet: RwSignal<WrongCaseWorksheet>) -> impl IntoView {
    let text = &strings().legal_area.wrong_case;
    view! {
            <div class="field">
            <label for="wc-case-kind">{text.case_kind}</label>
            <select
                id="wc-case-kind"
                data-testid="wc-case-kind"
                aria-describedby="wc-case-kind-hint"
                prop:value=move || sheet.with(|s| choice_key(&CaseKind::ALL, Some(s.kind)))
                on:change=move |ev| {
                    if let Some(kind) = choice_of(&CaseKind::ALL, &event_target_value(&ev)) {
                        sheet.update(|s| s.kind = kind);
                    }
                }
            >
                {CaseKind::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(i, kind)| view! { <option value=i.to_string() selected=move || sheet.with(|s| s.kind == kind)>{kind.label()}</option> })
                    .collect_view()}
            </select>
            <p class="hint" id="wc-case-kind-hint">{text.case_kind_hint}</p>
        </div>
    }
}

/// 清空, after an in-page confirmation.
#[component]
fn ClearWorksheet(sheet: RwSignal<WrongCaseWorksheet>) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let text = &strings().legal_area.wrong_case;
    view! {
        <div class="form-actions">
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" data-testid="worksheet-clear" on:click=move |_| confirming.set(true)>{text.clear}</button>
                }
            >
                <div class="confirm" role="group" aria-labelledby="clear-question">
                    <p id="clear-question"><strong>{text.clear_question}</strong>{text.clear_warning}</p>
                    <button type="button" class="danger" data-testid="worksheet-clear-confirm" on:click=move |_| {
                        sheet.set(WrongCaseWorksheet::default());
                        confirming.set(false);
                    }>{text.clear_confirm}</button>
                    " "
                    <button type="button" data-testid="worksheet-clear-cancel" on:click=move |_| confirming.set(false)>{text.clear_cancel}</button>
                </div>
            </Show>
        </div>
    }
}
