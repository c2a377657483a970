//! 登记册 (法治科): one list of every interference record across all officers, with where each came from (device,
//! officer, import file), the officer list's filters plus one by officer, and counts.
//!
//! 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理，
//! 必要时可移交同级司法局处理。

use chrono::NaiveDate;
use leptos::prelude::*;

use super::merged_state::MergedState;
use super::store_status::StoreStatus;
use crate::bundle::{Provenance, RegisterEntry, RegisterFilter, VerdictFilter, register};
use crate::i18n::strings;
use crate::rules::r2::{Article10Item, Verdict};
use crate::ui::state::AppState;

/// The verdict filter's choices: (key, label, filter).
fn verdict_choices() -> Vec<(String, String, Option<VerdictFilter>)> {
    let common = &strings().bundles;
    let text = &common.register;
    let mut choices = vec![
        ("any".to_string(), text.any_verdict.to_string(), None),
        ("prohibited".to_string(), text.any_prohibited.to_string(), Some(VerdictFilter::AnyProhibited)),
    ];
    choices.extend(Article10Item::ALL.into_iter().map(|item| {
        (
            format!("item-{}", item.number()),
            (common.named)(&item.cite().short_label(), &item.label()),
            Some(VerdictFilter::Item(item)),
        )
    }));
    choices.push(("not-prohibited".to_string(), text.not_prohibited.to_string(), Some(VerdictFilter::NotProhibited)));
    choices
}

/// Where a version came from, in one line: officer, device, and the files that carried it.
pub fn provenance_line(provenance: &Provenance) -> String {
    let common = &strings().bundles;
    let imports: Vec<String> = provenance.imports.iter().map(|i| (common.import_ref)(&i.source, &i.number)).collect();
    (common.register.provenance)(
        &provenance.officer,
        &provenance.device,
        &if imports.is_empty() { common.no_imports.to_string() } else { imports.join(common.list_separator) },
    )
}

/// The register, for `/legal/register`.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let all_text = strings();
    let page_text = &all_text.bundles.register;
    let merged = expect_context::<MergedState>();
    let case_number = RwSignal::new(String::new());
    let person = RwSignal::new(String::new());
    let verdict = RwSignal::new("any".to_string());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let reported = RwSignal::new("any".to_string());
    let officer = RwSignal::new(String::new());
    let text = |value: String| (!value.trim().is_empty()).then_some(value);
    let date = |value: String| NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok();
    let filter = Memo::new(move |_| RegisterFilter {
        case_number: text(case_number.get()),
        person: text(person.get()),
        verdict: verdict_choices().into_iter().find(|(key, _, _)| *key == verdict.get()).and_then(|(_, _, f)| f),
        occurred_from: date(from.get()),
        occurred_to: date(to.get()),
        reported: match reported.get().as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        },
        officer: text(officer.get()),
    });
    let app = expect_context::<AppState>();
    let all =
        Memo::new(move |_| app.readings.with(|r| merged.with(|s| register(s, &RegisterFilter::default(), &r.r2))));
    let shown = Memo::new(move |_| {
        let filter = filter.get();
        if filter == RegisterFilter::default() {
            all.get()
        } else {
            app.readings.with(|r| merged.with(|s| register(s, &filter, &r.r2)))
        }
    });
    let officers = Memo::new(move |_| {
        let mut names: Vec<String> = all.with(|entries| entries.iter().flat_map(|e| e.officers.clone()).collect());
        names.sort();
        names.dedup();
        names
    });
    let count = move |keep: fn(&RegisterEntry) -> bool| all.with(|entries| entries.iter().filter(|e| keep(e)).count());
    view! {
        <section data-testid="register-page">
            <p class="breadcrumb"><a href="/legal">{all_text.nav.legal}</a>" / "{all_text.bundles.pages.register}</p>
            <h1>{page_text.heading}</h1>
            <p class="lead">{page_text.lead}</p>
            <StoreStatus />
            <dl class="counts" data-testid="register-counts">
                <div><dt>{page_text.total}</dt><dd data-testid="register-count-total">{move || all.with(Vec::len)}</dd></div>
                <div><dt>{page_text.prohibited}</dt><dd data-testid="register-count-prohibited">{move || count(|e| e.verdicts.iter().any(|v| matches!(v, Verdict::Prohibited { .. })))}</dd></div>
                <div><dt>{page_text.unreported}</dt><dd data-testid="register-count-unreported">{move || count(|e| e.reported_on.is_none())}</dd></div>
                <div><dt>{page_text.conflicted}</dt><dd data-testid="register-count-conflicted">{move || count(|e| e.record.is_conflicted())}</dd></div>
            </dl>
            <form class="filters card" on:submit=|ev| ev.prevent_default() aria-label=page_text.filters_label>
                <div class="field"><label for="r-case">{page_text.case_number}</label><input id="r-case" data-testid="register-filter-case" type="search" bind:value=case_number /></div>
                <div class="field"><label for="r-person">{page_text.person}</label><input id="r-person" data-testid="register-filter-person" type="search" bind:value=person /></div>
                <div class="field">
                    <label for="r-verdict">{page_text.verdict}</label>
                    <select id="r-verdict" data-testid="register-filter-verdict" on:change=move |ev| verdict.set(event_target_value(&ev))>
                        {verdict_choices().into_iter().map(|(key, label, _)| view! { <option value=key>{label}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field"><label for="r-from">{page_text.from}</label><input id="r-from" data-testid="register-filter-from" type="date" bind:value=from /></div>
                <div class="field"><label for="r-to">{page_text.to}</label><input id="r-to" data-testid="register-filter-to" type="date" bind:value=to /></div>
                <div class="field">
                    <label for="r-reported">{page_text.reported}</label>
                    <select id="r-reported" data-testid="register-filter-reported" on:change=move |ev| reported.set(event_target_value(&ev))>
                        <option value="any">{page_text.any}</option>
                        <option value="yes">{page_text.reported_yes}</option>
                        <option value="no">{page_text.unreported}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="r-officer">{page_text.officer}</label>
                    <select id="r-officer" data-testid="register-filter-officer" on:change=move |ev| officer.set(event_target_value(&ev))>
                        <option value="">{page_text.all_officers}</option>
                        {move || officers.get().into_iter().map(|name| view! { <option value=name.clone()>{name.clone()}</option> }).collect_view()}
                    </select>
                </div>
            </form>
            <p class="hint" role="status" data-testid="register-shown">{move || (page_text.shown)(shown.with(Vec::len), all.with(Vec::len))}</p>
            <div class="table-wrap">
                <table data-testid="register-table">
                    <thead><tr>
                        <th scope="col">{page_text.col_time}</th><th scope="col">{page_text.col_case}</th><th scope="col">{page_text.col_person}</th>
                        <th scope="col">{page_text.verdict}</th><th scope="col">{page_text.col_report}</th><th scope="col">{page_text.col_source}</th>
                    </tr></thead>
                    <tbody>
                        {move || shown.get().into_iter().map(|entry| view! { <RegisterRow entry=entry /> }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// One line of the register (its current version; with a conflict, every current version's verdict).
#[component]
fn RegisterRow(entry: RegisterEntry) -> impl IntoView {
    let common = &strings().bundles;
    let text = &common.register;
    let id = entry.record.id;
    let conflicted = entry.record.is_conflicted();
    let current = entry.record.current().cloned();
    let (occurred, case_number, cause, person) = current.map_or_else(Default::default, |v| {
        let r = v.record;
        (r.occurred_at.format("%Y-%m-%d %H:%M").to_string(), r.case.number, r.case.cause, r.person.name)
    });
    let verdicts: Vec<String> = entry.verdicts.iter().map(Verdict::label).collect();
    view! {
        <tr data-testid="register-row">
            <td>{occurred}</td>
            <td>
                <a href=format!("/legal/register/{id}") data-testid="register-link">
                    {if case_number.is_empty() { common.no_case_number.to_string() } else { case_number }}
                </a>
                <br /><span class="hint">{cause}</span>
                {conflicted.then_some(view! { <span class="tag">{text.pending_merge}</span> })}
            </td>
            <td data-testid="register-person">{person}</td>
            <td>{verdicts.join(" / ")}</td>
            <td>{entry.reported_on.map_or_else(|| text.unreported.to_string(), |d| d.to_string())}</td>
            <td class="provenance" data-testid="register-provenance">{provenance_line(&entry.created)}</td>
        </tr>
    }
}
