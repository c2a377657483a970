//! 记录详情: the current version with its verdict, every version with its reason, notes and reports.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::record_details::RecordDetails;
use super::verdict_panel::VerdictPanel;
use crate::journal::{EventHash, RecordState};
use crate::record::Recipient;
use crate::ui::journal_state::JournalState;
use crate::web::clock::local_now;

/// The record detail page, for `/officer/record/:id`.
#[component]
pub fn RecordPage() -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").and_then(|id| id.parse::<EventHash>().ok())));
    let state = Memo::new(move |_| id.get().and_then(|id| journal.folded.with(|f| f.record(&id).cloned())));
    let just_saved = move || query.with(|q| q.get("saved").is_some());
    view! {
        <section data-testid="record-page">
            <p class="breadcrumb no-print"><a href="/officer">"办案记录"</a>" / 记录详情"</p>
            {move || match state.get() {
                None => view! { <p class="error" role="alert" data-testid="record-missing">"找不到这条记录。"</p> }.into_any(),
                Some(record) => view! {
                    <Show when=just_saved>
                        <p class="ok" role="status" data-testid="saved-status">"已保存。本条记录已写入本机留痕日志，不可删除，修改将保留全部历史版本。"</p>
                    </Show>
                    <RecordView state=record />
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn RecordView(state: RecordState) -> impl IntoView {
    let id = state.id;
    let Some(current) = state.current().cloned() else {
        return view! { <p class="error">"这条记录没有可显示的版本。"</p> }.into_any();
    };
    let title = format!(
        "{} · {}",
        if current.record.case.number.is_empty() { "（尚无案号）" } else { current.record.case.number.as_str() },
        current.record.person.name
    );
    let conflicted = state.is_conflicted();
    let flagged = state.flagged();
    let reported_on = state.reported_on(Recipient::LegalSection);
    view! {
        <h1 data-testid="record-title">{title}</h1>
        {flagged.then(|| view! {
            <p class="alarm" role="alert" data-testid="record-flagged">
                "警告：本记录有事件未通过完整性校验，可能被改动。请勿据此作出处理，并立即报告法治科。详见“办案记录”页的校验结果。"
            </p>
        })}
        {conflicted.then(|| view! {
            <p class="notice-inline" role="status" data-testid="record-conflict">
                "本记录在不同电脑上被同时修改，存在多个并行版本（均已保留）。请点击“修改”，核对后合并为一个版本。"
            </p>
        })}
        <div class="toolbar no-print">
            <a class="button primary" href=format!("/officer/record/{id}/amend") data-testid="amend-link">
                {if conflicted { "合并并修改" } else { "修改（需说明原因）" }}
            </a>
            <button type="button" on:click=move |_| { web_sys::window().map(|w| w.print()); }>"打印"</button>
        </div>
        <div class="columns">
            <section class="card" aria-labelledby="current-heading">
                <h2 id="current-heading">"当前版本"</h2>
                <RecordDetails record=current.record.clone() />
                <p class="hint">{format!("由 {} 于 {} 记录（设备 {}）", current.author.officer, current.author.device_time.format("%Y-%m-%d %H:%M"), current.author.device)}</p>
            </section>
            <VerdictPanel record=current.record.clone() />
        </div>
        <ReportSection id=id reported_on=reported_on />
        <NotesSection state=state.clone() />
        <HistorySection state=state />
    }
    .into_any()
}

#[component]
fn ReportSection(id: EventHash, reported_on: Option<NaiveDate>) -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let recipient = RwSignal::new("legal".to_string());
    let date = RwSignal::new(local_now().date().format("%Y-%m-%d").to_string());
    let message = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(day) = NaiveDate::parse_from_str(&date.get_untracked(), "%Y-%m-%d") else {
            message.set(Some("请填写报告日期。".into()));
            return;
        };
        if day > local_now().date() {
            message.set(Some("报告日期不能晚于今天。".into()));
            return;
        }
        let to =
            if recipient.get_untracked() == "justice" { Recipient::JusticeBureau } else { Recipient::LegalSection };
        match journal.mark_reported(id, to, day) {
            Ok(_) => message.set(Some(format!("已记录：{day} 向{}报告。", to.label()))),
            Err(error) => message.set(Some(format!("未保存：{error}"))),
        }
    };
    view! {
        <section class="card" aria-labelledby="report-heading">
            <h2 id="report-heading">"报告情况"</h2>
            <p data-testid="report-status">
                {match reported_on {
                    Some(day) => format!("已于 {day} 向局机关法治科报告。"),
                    None => "尚未向局机关法治科报告（第三条：遇有内部人员非法过问案件的，应向局机关法治科报告）。".to_string(),
                }}
            </p>
            <form class="inline-form no-print" on:submit=submit novalidate data-testid="report-form">
                <div class="field">
                    <label for="report-recipient">"报告对象"</label>
                    <select id="report-recipient" data-testid="report-recipient" on:change=move |ev| recipient.set(event_target_value(&ev))>
                        <option value="legal">"局机关法治科"</option>
                        <option value="justice">"区司法局（必要时）"</option>
                    </select>
                </div>
                <div class="field">
                    <label for="report-date">"报告日期"</label>
                    <input id="report-date" data-testid="report-date" type="date" bind:value=date />
                </div>
                <button type="submit" data-testid="report-submit">"记录报告"</button>
            </form>
            <p role="status" data-testid="report-message">{move || message.get()}</p>
        </section>
    }
}

#[component]
fn NotesSection(state: RecordState) -> impl IntoView {
    let journal = expect_context::<JournalState>();
    let id = state.id;
    let text = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match journal.add_note(id, &text.get_untracked()) {
            Ok(_) => {
                text.set(String::new());
                message.set(None);
            }
            Err(error) => message.set(Some(format!("未保存：{error}"))),
        }
    };
    view! {
        <section class="card" aria-labelledby="notes-heading">
            <h2 id="notes-heading">"备注"</h2>
            <ul class="notes" data-testid="notes">
                {state.notes.into_iter().map(|note| view! {
                    <li>
                        <span class="preserve">{note.text}</span>
                        <span class="hint">{format!("（{}，{}）", note.author.officer, note.author.device_time.format("%Y-%m-%d %H:%M"))}</span>
                    </li>
                }).collect_view()}
            </ul>
            <form class="no-print" on:submit=submit novalidate>
                <div class="field">
                    <label for="note-text">"添加备注"</label>
                    <textarea id="note-text" data-testid="note-text" bind:value=text></textarea>
                </div>
                <button type="submit" data-testid="note-submit">"添加备注"</button>
                <p class="error" role="alert">{move || message.get()}</p>
            </form>
        </section>
    }
}

#[component]
fn HistorySection(state: RecordState) -> impl IntoView {
    let heads = state.heads.clone();
    view! {
        <section class="card" aria-labelledby="history-heading">
            <h2 id="history-heading">{format!("全部版本（{}）", state.versions.len())}</h2>
            <ol class="history" data-testid="history">
                {state.versions.into_iter().enumerate().map(|(index, version)| {
                    let reason = match &version.change {
                        crate::journal::Change::Created => None,
                        crate::journal::Change::Amended { reason, .. } => Some(format!("修改原因：{reason}")),
                    };
                    let is_head = heads.contains(&version.author.hash);
                    view! {
                        <li data-testid="history-version" class:flagged=version.author.flagged>
                            <p>
                                <strong>{format!("第 {} 版 · {}", index + 1, version.change.label())}</strong>
                                {is_head.then_some("（当前）")}
                                {version.author.flagged.then_some(" ⚠ 未通过校验")}
                                <span class="hint">{format!(" {} · {} · 事件 {}", version.author.device_time.format("%Y-%m-%d %H:%M"), version.author.officer, version.author.event_id)}</span>
                            </p>
                            {reason.map(|r| view! { <p class="preserve" data-testid="history-reason">{r}</p> })}
                            <details>
                                <summary>"查看该版本内容"</summary>
                                <RecordDetails record=version.record test_id="history-details" />
                            </details>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
