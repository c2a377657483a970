//! The filters of every record list: the officer's list and 法治科's register filter the same [`RegisterFilter`]
//! with the same form; only the ids (which the tests and labels use) and the officer choice differ.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::strings;
use crate::register::{RegisterFilter, VerdictFilter};

/// The filter form's fields, bound to `filter`. `ids` prefixes every control's id (`{ids}-case`, …) and
/// `test_ids` every test id (`{test_ids}-case`, …). With `officers`, a select of the officers who wrote records.
#[component]
pub fn RegisterFilters(
    filter: RwSignal<RegisterFilter>,
    ids: &'static str,
    test_ids: &'static str,
    #[prop(optional)] officers: Option<Memo<Vec<String>>>,
) -> impl IntoView {
    let text = &strings().common.register_filters;
    let id = move |name: &str| format!("{ids}-{name}");
    let test_id = move |name: &str| format!("{test_ids}-{name}");
    let date = |value: String| NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok();
    view! {
        <div class="field"><label for=id("case")>{text.case_number}</label>
            <input id=id("case") data-testid=test_id("case") type="search"
                on:input=move |ev| filter.update(|f| f.case_number = event_target_value(&ev)) /></div>
        <div class="field"><label for=id("person")>{text.person}</label>
            <input id=id("person") data-testid=test_id("person") type="search"
                on:input=move |ev| filter.update(|f| f.person = event_target_value(&ev)) /></div>
        <div class="field">
            <label for=id("verdict")>{text.verdict}</label>
            <select id=id("verdict") data-testid=test_id("verdict")
                on:change=move |ev| filter.update(|f| f.verdict = VerdictFilter::from_key(&event_target_value(&ev)).unwrap_or_default())>
                {VerdictFilter::all().into_iter().map(|f| view! { <option value=f.key()>{f.label()}</option> }).collect_view()}
            </select>
        </div>
        <div class="field"><label for=id("from")>{text.from}</label>
            <input id=id("from") data-testid=test_id("from") type="date"
                on:input=move |ev| filter.update(|f| f.from = date(event_target_value(&ev))) /></div>
        <div class="field"><label for=id("to")>{text.to}</label>
            <input id=id("to") data-testid=test_id("to") type="date"
                on:input=move |ev| filter.update(|f| f.to = date(event_target_value(&ev))) /></div>
        <div class="field">
            <label for=id("reported")>{text.reported}</label>
            <select id=id("reported") data-testid=test_id("reported")
                on:change=move |ev| filter.update(|f| f.reported = match event_target_value(&ev).as_str() {
                    "yes" => Some(true),
                    "no" => Some(false),
                    _ => None,
                })>
                <option value="any">{text.reported_any}</option>
                <option value="yes">{text.reported_yes}</option>
                <option value="no">{text.reported_no}</option>
            </select>
        </div>
        {officers.map(|officers| view! {
            <div class="field">
                <label for=id("officer")>{text.officer}</label>
                <select id=id("officer") data-testid=test_id("officer")
                    on:change=move |ev| filter.update(|f| f.officer = event_target_value(&ev))>
                    <option value="">{text.all_officers}</option>
                    {move || officers.get().into_iter().map(|name| view! { <option value=name.clone()>{name.clone()}</option> }).collect_view()}
                </select>
            </div>
        })}
    }
}
