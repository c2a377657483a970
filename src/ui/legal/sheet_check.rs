//! A checkbox bound to one yes/no fact of the 错案倒查 worksheet, for every checkbox of the worksheet's form.

use leptos::prelude::*;

use crate::legal::WrongCaseWorksheet;

/// A checkbox bound to one yes/no fact of the worksheet.
#[component]
pub fn SheetCheck(
    sheet: RwSignal<WrongCaseWorksheet>,
    input_id: String,
    test_id: String,
    label: String,
    get: impl Fn(&WrongCaseWorksheet) -> bool + Copy + Send + Sync + 'static,
    set: impl Fn(&mut WrongCaseWorksheet, bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="check">
            <input
                type="checkbox"
                id=input_id.clone()
                data-testid=test_id
                prop:checked=move || sheet.with(get)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    sheet.update(|s| set(s, on));
                }
            />
            <label for=input_id>{label}</label>
        </div>
    }
}
