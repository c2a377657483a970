//! The merged store's status line on every 法治科 bundle page: loading, load errors, whether the browser keeps the
//! data persistently, how much space it uses, and stored entries that could not be read.

use leptos::prelude::*;

use super::merged_state::{LoadState, MergedState};
use crate::ui::state::AppState;

/// The legal-section user's name (who imports, decides, merges).
pub fn user_name() -> String {
    expect_context::<AppState>()
        .profile
        .with_untracked(|p| p.as_ref().map(|p| p.officer_name.clone()).unwrap_or_default())
}

/// Starts loading the merged store if needed and shows its status.
#[component]
pub fn StoreStatus() -> impl IntoView {
    let merged = expect_context::<MergedState>();
    merged.ensure_loaded();
    let issues = Memo::new(move |_| merged.with(|store| store.issues().len()));
    view! {
        <div class="store-status" data-testid="merged-status">
            {move || match merged.load.get() {
                LoadState::Idle | LoadState::Loading => {
                    view! { <p role="status" data-testid="merged-loading">"正在读取合并数据……"</p> }.into_any()
                }
                LoadState::Failed(error) => view! { <p class="alarm" role="alert" data-testid="merged-error">{error}</p> }.into_any(),
                LoadState::Ready => view! { <p class="hint" data-testid="merged-ready">{move || merged.with(|s| format!("合并数据：{} 个事件，{} 次导入。", s.event_count(), s.imports().count()))}</p> }.into_any(),
            }}
            <p class="hint" data-testid="persistence-status">
                {move || match merged.persisted.get() {
                    Some(true) => "浏览器已同意持久保存本站数据（不会因存储空间紧张而自动清除）。",
                    Some(false) => "浏览器未同意持久保存本站数据：存储空间紧张或清理浏览器数据时，合并数据可能被清除。请妥善保留导入过的原始文件。",
                    None => "正在询问浏览器能否持久保存本站数据……",
                }}
                {move || merged.storage.get().map(|s| format!(" {}。", s.describe()))}
            </p>
            {move || (issues.get() > 0).then(|| view! {
                <p class="alarm" role="alert" data-testid="merged-issues">
                    {format!("有 {} 项存储内容无法读取（可能被改动或损坏），已原样保留，未作任何修复；详见“隔离区”页面。", issues.get())}
                </p>
            })}
        </div>
    }
}
