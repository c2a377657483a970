//! 办案记录: the officer's records with counts, filters, sorting, the storage meter and the integrity check.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::i18n::strings;
use crate::record::listing::{RecordFilter, SortOrder, VerdictFilter, counts, filter_and_sort, rows};
use crate::ui::journal_state::JournalState;
use crate::ui::state::AppState;

/// The officer's home page.
#[component]
pub fn OfficerPage() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let app = expect_context::<AppState>();
    let all_rows = Memo::new(move |_| app.readings.with(|r| journal.folded.with(|folded| rows(folded, &r.r2))));
    let case_number = RwSignal::new(String::new());
    let person = RwSignal::new(String::new());
    let verdict = RwSignal::new("any".to_string());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let reported = RwSignal::new("any".to_string());
    let oldest_first = RwSignal::new(false);
    let date = |text: String| NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok();
    let filter = Memo::new(move |_| RecordFilter {
        case_number: case_number.get(),
        person: person.get(),
        verdict: VerdictFilter::from_key(&verdict.get()).unwrap_or_default(),
        from: date(from.get()),
        to: date(to.get()),
        reported: match reported.get().as_str() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        },
        officer: String::new(),
    });
    let shown = Memo::new(move |_| {
        let order = if oldest_first.get() { SortOrder::OldestFirst } else { SortOrder::NewestFirst };
        all_rows.with(|r| filter_and_sort(r, &filter.get(), order))
    });
    let totals = Memo::new(move |_| all_rows.with(|r| counts(r)));
    view! {
        <section data-testid="officer-page">
            <div class="page-head">
                <h1>"办案记录"</h1>
                <a class="button primary" href="/officer/new" data-testid="new-record-link">"新建记录"</a>
                <a class="button" href="/officer/export" data-testid="export-link">"导出数据文件"</a>
            </div>
            <p class="lead">{strings().areas.officer_intro}</p>
            <IntegrityStatus />
            <dl class="counts" data-testid="counts">
                <div><dt>"记录总数"</dt><dd data-testid="count-total">{move || totals.get().total}</dd></div>
                <div><dt>"违反规定干预"</dt><dd data-testid="count-prohibited">{move || totals.get().prohibited}</dd></div>
                <div><dt>"未向法治科报告"</dt><dd data-testid="count-unreported">{move || totals.get().unreported}</dd></div>
                <div><dt>"待合并版本"</dt><dd data-testid="count-conflicted">{move || totals.get().conflicted}</dd></div>
                <div><dt>"未通过校验"</dt><dd data-testid="count-flagged">{move || totals.get().flagged}</dd></div>
            </dl>
            <StorageMeter />
            <form class="filters card no-print" on:submit=|ev| ev.prevent_default() aria-label="筛选记录">
                <div class="field"><label for="f-case">"案号"</label><input id="f-case" data-testid="filter-case" type="search" bind:value=case_number /></div>
                <div class="field"><label for="f-person">"人物（姓名或单位）"</label><input id="f-person" data-testid="filter-person" type="search" bind:value=person /></div>
                <div class="field">
                    <label for="f-verdict">"定性"</label>
                    <select id="f-verdict" data-testid="filter-verdict" on:change=move |ev| verdict.set(event_target_value(&ev))>
                        {VerdictFilter::all().into_iter().map(|f| view! { <option value=f.key()>{f.label()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field"><label for="f-from">"起始日期"</label><input id="f-from" data-testid="filter-from" type="date" bind:value=from /></div>
                <div class="field"><label for="f-to">"截止日期"</label><input id="f-to" data-testid="filter-to" type="date" bind:value=to /></div>
                <div class="field">
                    <label for="f-reported">"是否已报告法治科"</label>
                    <select id="f-reported" data-testid="filter-reported" on:change=move |ev| reported.set(event_target_value(&ev))>
                        <option value="any">"全部"</option>
                        <option value="yes">"已报告"</option>
                        <option value="no">"未报告"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="f-order">"排序"</label>
                    <select id="f-order" data-testid="sort-order" on:change=move |ev| oldest_first.set(event_target_value(&ev) == "oldest")>
                        <option value="newest">"时间从新到旧"</option>
                        <option value="oldest">"时间从旧到新"</option>
                    </select>
                </div>
            </form>
            <p class="hint" role="status" data-testid="shown-count">{move || format!("显示 {} 条，共 {} 条", shown.with(Vec::len), totals.get().total)}</p>
            <div class="table-wrap">
                <table data-testid="record-table">
                    <thead><tr><th scope="col">"时间"</th><th scope="col">"案号 / 案由"</th><th scope="col">"人物"</th><th scope="col">"定性"</th><th scope="col">"报告法治科"</th></tr></thead>
                    <tbody>
                        <For each=move || shown.get() key=|row| (row.id, row.version_count, row.reported_on, row.flagged) let:row>
                            <tr data-testid="record-row" class:flagged=row.flagged>
                                <td>{row.occurred_at.format("%Y-%m-%d %H:%M").to_string()}</td>
                                <td>
                                    <a href=format!("/officer/record/{}", row.id) data-testid="record-link">
                                        {if row.case_number.is_empty() { "（尚无案号）".to_string() } else { row.case_number.clone() }}
                                    </a>
                                    <br /><span class="hint">{row.case_cause.clone()}</span>
                                    {row.conflicted.then_some(view! { <span class="tag">"待合并"</span> })}
                                    {row.flagged.then_some(view! { <span class="tag tag-alarm">"未通过校验"</span> })}
                                </td>
                                <td>{row.person_name.clone()}<br /><span class="hint">{row.category.label()}</span></td>
                                <td>{row.verdict.label()}</td>
                                <td>{row.reported_on.map_or_else(|| "未报告".to_string(), |d| d.to_string())}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The result of verifying every chain, with a button to check again now.
#[component]
fn IntegrityStatus() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let checked = RwSignal::new(None::<String>);
    let verify = move |_| {
        let text = match journal.verify() {
            Ok(0) => "已重新校验：全部记录完整。".to_string(),
            Ok(n) => format!("已重新校验：发现 {n} 处问题。"),
            Err(error) => format!("校验失败：{error}"),
        };
        checked.set(Some(text));
    };
    view! {
        {move || journal.open_error.get().map(|e| view! { <p class="alarm" role="alert">{e}</p> })}
        {move || {
            let issues = journal.issues();
            if issues.is_empty() {
                view! { <p class="ok" data-testid="integrity-ok">"完整性校验通过：本机全部记录的哈希链完整，未发现改动。"</p> }.into_any()
            } else {
                view! {
                    <div class="alarm" role="alert" data-testid="integrity-alarm">
                        <p><strong>{format!("完整性校验发现 {} 处问题：存储中的记录可能被改动或损坏。", issues.len())}</strong>
                            " 有问题的数据已原样保留（损坏的另存隔离区），未做任何修复。请勿删除浏览器数据，并立即报告法治科。"</p>
                        <ul data-testid="integrity-issues">
                            {issues.into_iter().map(|issue| view! { <li>{issue.describe()}</li> }).collect_view()}
                        </ul>
                    </div>
                }.into_any()
            }
        }}
        <p class="no-print">
            <button type="button" data-testid="verify-now" on:click=verify>"立即校验"</button>
            " " <span role="status" data-testid="verify-result">{move || checked.get()}</span>
        </p>
    }
}

/// How much of the browser's storage quota the records use.
#[component]
fn StorageMeter() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    view! {
        {move || journal.usage().map(|usage| {
            let percent = usage.percent();
            view! {
                <div class="meter" data-testid="storage-meter">
                    <label for="storage-progress">"本机存储用量"</label>
                    <progress id="storage-progress" max="100" value=percent.to_string()></progress>
                    <span>{usage.describe()}</span>
                    {usage.nearly_full().then(|| view! { <p class="alarm" role="alert">"存储空间即将用满：请尽快导出数据交法治科，再归档旧记录。"</p> })}
                </div>
            }
        })}
    }
}
