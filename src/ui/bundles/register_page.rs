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
use crate::rules::r2::{Article10Item, Verdict};

/// The verdict filter's choices: (key, label, filter).
fn verdict_choices() -> Vec<(String, String, Option<VerdictFilter>)> {
    let mut choices = vec![
        ("any".to_string(), "全部定性".to_string(), None),
        ("prohibited".to_string(), "违反规定干预（任一项）".to_string(), Some(VerdictFilter::AnyProhibited)),
    ];
    choices.extend(Article10Item::ALL.into_iter().map(|item| {
        (
            format!("item-{}", item.number()),
            format!("{}：{}", item.cite().short_label(), item.label()),
            Some(VerdictFilter::Item(item)),
        )
    }));
    choices.push((
        "not-prohibited".to_string(),
        "不属于违反规定干预（含正当履职、待记录、不属本制度）".to_string(),
        Some(VerdictFilter::NotProhibited),
    ));
    choices
}

/// Where a version came from, in one line: officer, device, and the files that carried it.
pub fn provenance_line(provenance: &Provenance) -> String {
    let imports: Vec<String> =
        provenance.imports.iter().map(|i| format!("{}（第{}号导入）", i.source, i.number)).collect();
    format!(
        "{}（设备 {}）；来自：{}",
        provenance.officer,
        provenance.device,
        if imports.is_empty() { "（无导入记录）".to_string() } else { imports.join("、") }
    )
}

/// The register, for `/legal/register`.
#[component]
pub fn RegisterPage() -> impl IntoView {
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
    let all = Memo::new(move |_| merged.with(|s| register(s, &RegisterFilter::default())));
    let shown = Memo::new(move |_| {
        let filter = filter.get();
        if filter == RegisterFilter::default() { all.get() } else { merged.with(|s| register(s, &filter)) }
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
            <p class="breadcrumb"><a href="/legal">"法治科"</a>" / 登记册"</p>
            <h1>"干预、插手案件登记册"</h1>
            <p class="lead">"汇总全部已导入的记录（各办案人员、各设备），每条注明来源。筛选条件与办案记录页相同，另可按记录人筛选。"</p>
            <StoreStatus />
            <dl class="counts" data-testid="register-counts">
                <div><dt>"记录总数"</dt><dd data-testid="register-count-total">{move || all.with(Vec::len)}</dd></div>
                <div><dt>"违反规定干预"</dt><dd data-testid="register-count-prohibited">{move || count(|e| e.verdicts.iter().any(|v| matches!(v, Verdict::Prohibited { .. })))}</dd></div>
                <div><dt>"未报告"</dt><dd data-testid="register-count-unreported">{move || count(|e| e.reported_on.is_none())}</dd></div>
                <div><dt>"待合并版本"</dt><dd data-testid="register-count-conflicted">{move || count(|e| e.record.is_conflicted())}</dd></div>
            </dl>
            <form class="filters card" on:submit=|ev| ev.prevent_default() aria-label="筛选登记册">
                <div class="field"><label for="r-case">"案号"</label><input id="r-case" data-testid="register-filter-case" type="search" bind:value=case_number /></div>
                <div class="field"><label for="r-person">"人物姓名"</label><input id="r-person" data-testid="register-filter-person" type="search" bind:value=person /></div>
                <div class="field">
                    <label for="r-verdict">"定性"</label>
                    <select id="r-verdict" data-testid="register-filter-verdict" on:change=move |ev| verdict.set(event_target_value(&ev))>
                        {verdict_choices().into_iter().map(|(key, label, _)| view! { <option value=key>{label}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field"><label for="r-from">"起始日期"</label><input id="r-from" data-testid="register-filter-from" type="date" bind:value=from /></div>
                <div class="field"><label for="r-to">"截止日期"</label><input id="r-to" data-testid="register-filter-to" type="date" bind:value=to /></div>
                <div class="field">
                    <label for="r-reported">"是否已报告"</label>
                    <select id="r-reported" data-testid="register-filter-reported" on:change=move |ev| reported.set(event_target_value(&ev))>
                        <option value="any">"全部"</option>
                        <option value="yes">"已报告（法治科或区司法局）"</option>
                        <option value="no">"未报告"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="r-officer">"记录人"</label>
                    <select id="r-officer" data-testid="register-filter-officer" on:change=move |ev| officer.set(event_target_value(&ev))>
                        <option value="">"全部记录人"</option>
                        {move || officers.get().into_iter().map(|name| view! { <option value=name.clone()>{name.clone()}</option> }).collect_view()}
                    </select>
                </div>
            </form>
            <p class="hint" role="status" data-testid="register-shown">{move || format!("显示 {} 条，共 {} 条", shown.with(Vec::len), all.with(Vec::len))}</p>
            <div class="table-wrap">
                <table data-testid="register-table">
                    <thead><tr>
                        <th scope="col">"时间"</th><th scope="col">"案号 / 案由"</th><th scope="col">"人物"</th>
                        <th scope="col">"定性"</th><th scope="col">"报告"</th><th scope="col">"来源"</th>
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
                    {if case_number.is_empty() { "（尚无案号）".to_string() } else { case_number }}
                </a>
                <br /><span class="hint">{cause}</span>
                {conflicted.then_some(view! { <span class="tag">"待合并"</span> })}
            </td>
            <td data-testid="register-person">{person}</td>
            <td>{verdicts.join(" / ")}</td>
            <td>{entry.reported_on.map_or_else(|| "未报告".to_string(), |d| d.to_string())}</td>
            <td class="provenance" data-testid="register-provenance">{provenance_line(&entry.created)}</td>
        </tr>
    }
}
