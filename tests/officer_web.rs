//! The officer's record form in headless Chromium (wasm-bindgen-test): a draft slot per tab, the other drafts
//! offered on /officer/new, an unreadable draft reported in plain Chinese, and focus on the error summary after a
//! refused save (a save refused by a full store: e2e/tests/durability.test.mjs).
//! On its own: `cargo test --target wasm32-unknown-unknown --test officer_web`.
#![cfg(target_arch = "wasm32")]

mod support;

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use liuhen::record::drafts::DraftId;
use liuhen::rules::r2::{Conduct, PersonCategory};
use liuhen::settings::{Profile, Role};
use liuhen::web::draft_store::draft_key;
use liuhen::web::profile_store::save_profile;
use support::{
    MountedApp, all_by_test_id, by_test_id, click, document, fresh_storage, mount_app_at, select_all, text, text_of,
    tick, wait_for,
};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

const TAB_DRAFT_KEY: &str = "liuhen/v1/draft-id";

/// A fresh browser with an officer set up, as a new tab whose draft id is `tab`.
async fn officer_in_tab(tab: &DraftId) {
    fresh_storage().await;
    SessionStorage::clear();
    save_profile(&Profile { officer_name: "张三".into(), device_id: "0011223344556677".into(), role: Role::Officer })
        .unwrap();
    switch_tab(tab);
}

/// Makes this page look like the tab whose draft id is `tab` (each tab has its own sessionStorage).
fn switch_tab(tab: &DraftId) {
    SessionStorage::raw().set_item(TAB_DRAFT_KEY, &tab.to_string()).unwrap();
}

/// The app at /officer/new, once the form shows (the journal opens first).
async fn open_new_record() -> MountedApp {
    let mounted = mount_app_at("/officer/new");
    wait_for(&mounted.container, "record-form").await;
    tick().await;
    mounted
}

fn tab(n: u8) -> DraftId {
    DraftId::from_bytes([n; 8])
}

/// Sets a form control's value and fires the event Leptos listens to.
fn set_value(app: &Element, id: &str, value: &str, event: &str) {
    let element = by_test_id(app, id).unwrap_or_else(|| panic!("no {id}"));
    js_sys::Reflect::set(&element, &"value".into(), &value.into()).unwrap();
    element.dispatch_event(&web_sys::Event::new(event).unwrap()).unwrap();
}

fn value_of(app: &Element, id: &str) -> String {
    let element = by_test_id(app, id).unwrap_or_else(|| panic!("no {id}"));
    js_sys::Reflect::get(&element, &"value".into()).unwrap().as_string().unwrap()
}

fn stored(key: &str) -> Option<String> {
    LocalStorage::raw().get_item(key).unwrap()
}

fn focused_test_id() -> Option<String> {
    document().active_element().and_then(|e| e.get_attribute("data-testid"))
}

#[wasm_bindgen_test]
async fn two_tabs_keep_drafts_of_their_own_and_each_offers_the_other() {
    officer_in_tab(&tab(0xa1)).await;
    let first = open_new_record().await;
    assert!(by_test_id(&first.container, "other-drafts").is_none(), "no other draft yet");
    set_value(&first.container, "place", "甲标签页的地点", "input");
    tick().await;
    drop(first);

    switch_tab(&tab(0xb2));
    let second = open_new_record().await;
    let app = &second.container;
    assert_eq!(value_of(app, "place"), "", "another tab starts with a form of its own");
    assert!(by_test_id(app, "draft-restored").is_none());
    assert_eq!(text_of(app, "other-drafts-heading").trim(), "还有 1 份未保存的草稿");
    set_value(app, "place", "乙标签页的地点", "input");
    tick().await;
    let first_draft = stored(&draft_key(&tab(0xa1).slot())).expect("the first tab's draft");
    let second_draft = stored(&draft_key(&tab(0xb2).slot())).expect("the second tab's draft");
    assert!(first_draft.contains("甲标签页的地点"), "{first_draft}");
    assert!(second_draft.contains("乙标签页的地点"), "{second_draft}");
    drop(second);

    switch_tab(&tab(0xa1));
    let again = open_new_record().await;
    let app = &again.container;
    assert_eq!(value_of(app, "place"), "甲标签页的地点", "a reload returns to the tab's own draft");
    assert!(by_test_id(app, "draft-restored").is_some());
    let others = all_by_test_id(app, "other-draft-description");
    assert_eq!(others.len(), 1);
    assert!(text(&others[0]).contains("最后编辑于"), "{}", text(&others[0]));
}

#[wasm_bindgen_test]
async fn another_draft_opens_in_this_tab_under_a_new_slot_and_is_discarded_only_after_confirming() {
    officer_in_tab(&tab(0xc3)).await;
    let other = draft_key(&tab(0xd4).slot());
    LocalStorage::raw()
        .set_item(&other, r#"{"form":{"place":"另一份的地点","case_number":"黔规资罚〔2024〕5号"}}"#)
        .unwrap();
    LocalStorage::raw().set_item(&draft_key("new"), r#"{"form":{"person_name":"旧版草稿中的人"}}"#).unwrap();
    let mounted = open_new_record().await;
    let app = &mounted.container;
    assert_eq!(text_of(app, "other-drafts-heading").trim(), "还有 2 份未保存的草稿");
    let descriptions: Vec<String> = all_by_test_id(app, "other-draft-description").iter().map(text).collect();
    assert!(descriptions.contains(&"黔规资罚〔2024〕5号 · 未填人物 · 编辑时间不详".to_string()), "{descriptions:?}");

    // Discarding asks first; keeping it changes nothing.
    let index = descriptions.iter().position(|d| d.contains("旧版草稿中的人")).unwrap();
    click(&all_by_test_id(app, "other-draft-discard")[index]);
    tick().await;
    click(&by_test_id(app, "other-draft-discard-cancel").expect("a confirmation"));
    tick().await;
    assert!(stored(&draft_key("new")).is_some(), "kept after 保留");
    click(&all_by_test_id(app, "other-draft-discard")[index]);
    tick().await;
    click(&by_test_id(app, "other-draft-discard-confirm").unwrap());
    tick().await;
    assert_eq!(stored(&draft_key("new")), None);
    assert_eq!(text_of(app, "other-drafts-status"), "已删除这份草稿。");
    assert_eq!(all_by_test_id(app, "other-draft").len(), 1);

    click(&by_test_id(app, "other-draft-open").unwrap());
    tick().await;
    assert_eq!(value_of(app, "place"), "另一份的地点");
    assert_eq!(focused_test_id().as_deref(), Some("draft-opened"));
    assert!(by_test_id(app, "other-drafts").is_none(), "nothing else to offer");
    assert_eq!(stored(&other), None, "moved away from the slot another tab may still show");
    let own = DraftId::parse(&SessionStorage::raw().get_item(TAB_DRAFT_KEY).unwrap().unwrap()).unwrap();
    assert_ne!(own, tab(0xd4));
    assert!(stored(&draft_key(&own.slot())).unwrap().contains("另一份的地点"), "this tab's draft now");
}

#[wasm_bindgen_test]
async fn an_unreadable_draft_is_reported_with_where_its_text_is_kept() {
    officer_in_tab(&tab(0xe5)).await;
    let key = draft_key(&tab(0xe5).slot());
    LocalStorage::raw().set_item(&key, "{\"form\": {\"place\": 半截").unwrap();
    let mounted = open_new_record().await;
    let app = &mounted.container;
    let notice = by_test_id(app, "draft-problem").expect("a notice");
    let headline = text(&notice.query_selector("p").unwrap().unwrap());
    assert!(headline.contains("上次自动保存的草稿已损坏，无法读取"), "{headline}");
    assert!(headline.contains("原样保留在本浏览器中"), "{headline}");
    assert!(headline.contains("法治科"), "{headline}");
    assert!(!headline.contains("liuhen/"), "no storage key in the message: {headline}");
    let details = text_of(app, "draft-problem-details");
    assert!(details.contains(&key), "{details}");
    let storage = LocalStorage::raw();
    let prefix = format!("liuhen/v1/quarantine/{key}#");
    let quarantined = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .find(|k| k.starts_with(&prefix))
        .and_then(|k| storage.get_item(&k).unwrap());
    assert_eq!(quarantined.as_deref(), Some("{\"form\": {\"place\": 半截"), "kept byte for byte");
    assert!(details.contains("liuhen/v1/quarantine/"), "{details}");
    assert_eq!(value_of(app, "place"), "");
}

#[wasm_bindgen_test]
async fn a_refused_save_moves_focus_to_the_summary_above_the_save_button() {
    officer_in_tab(&tab(0xf6)).await;
    let mounted = open_new_record().await;
    let app = &mounted.container;
    assert!(by_test_id(app, "form-message").is_none(), "no summary before a save");
    click(&by_test_id(app, "record-submit").unwrap());
    tick().await;
    assert_eq!(focused_test_id().as_deref(), Some("error-summary"));
    let summary = by_test_id(app, "error-summary").unwrap();
    assert_eq!(summary.get_attribute("tabindex").as_deref(), Some("-1"));
    let submit = by_test_id(app, "record-submit").unwrap();
    let following = summary.compare_document_position(&submit) & web_sys::Node::DOCUMENT_POSITION_FOLLOWING;
    assert_ne!(following, 0, "the summary comes before the save button");
    assert!(text_of(app, "form-message").starts_with("还有 "));
    let items: Vec<String> = all_by_test_id(app, "error-summary-item").iter().map(text).collect();
    assert!(items.contains(&"案号：请填写案号（尚未立案、没有案号的，办理阶段请选“立案”）".to_string()), "{items:?}");
    click(&all_by_test_id(app, "error-summary-item")[1]);
    assert_eq!(focused_test_id().as_deref(), Some("place"), "each item leads to its field");
}

#[wasm_bindgen_test]
async fn every_required_field_is_marked_and_the_conditional_ones_follow_their_condition() {
    officer_in_tab(&tab(0x17)).await;
    let mounted = open_new_record().await;
    let app = &mounted.container;
    let label = |id: &str| text(&app.query_selector(&format!("label[for='{id}']")).unwrap().unwrap());
    let required = |id: &str| by_test_id(app, id).unwrap().get_attribute("aria-required").unwrap();
    for id in [
        "occurred-at",
        "place",
        "person-name",
        "person-unit",
        "category",
        "method",
        "content",
        "case-number",
        "case-cause",
    ] {
        assert!(label(id).contains('*'), "{id}: {}", label(id));
        assert_eq!(required(id), "true", "{id}");
    }
    assert!(!label("person-position").contains('*'));
    let hint = text(&app.query_selector("#case-number-hint").unwrap().unwrap());
    assert!(!hint.contains("可不填"), "{hint}");
    assert!(text(&app.query_selector("#conduct-heading").unwrap().unwrap()).contains("必填"));

    // 立案: a case may have no number yet; a person outside the bureau may have no unit.
    set_value(app, "case-stage", "0", "change");
    let outsider = PersonCategory::ALL.iter().position(|c| *c == PersonCategory::Outsider).unwrap();
    set_value(app, "category", &outsider.to_string(), "change");
    tick().await;
    assert_eq!(required("case-number"), "false");
    assert!(!label("case-number").contains('*'));
    assert_eq!(required("person-unit"), "false");
}

#[wasm_bindgen_test]
async fn an_unknown_answer_is_kept_and_the_verdict_says_what_it_turns_on_and_what_would_change_it() {
    officer_in_tab(&tab(0x2a)).await;
    let mounted = open_new_record().await;
    let app = &mounted.container;
    let in_post = PersonCategory::ALL.iter().position(|c| *c == PersonCategory::CurrentStaff).unwrap();
    let guidance = Conduct::ALL.iter().position(|c| *c == Conduct::SupervisoryGuidance).unwrap();
    set_value(app, "occurred-at", "2026-11-30T10:00", "input");
    set_value(app, "place", "局三楼会议室（案审会）", "input");
    set_value(app, "person-name", "王副局长", "input");
    set_value(app, "person-unit", "局领导班子", "input");
    set_value(app, "category", &in_post.to_string(), "change");
    set_value(app, "method", "0", "change");
    set_value(app, "content", "要求在作出决定前补充测绘报告", "input");
    set_value(app, "case-number", "黔规资罚〔2026〕7号", "input");
    set_value(app, "case-cause", "未批先建", "input");
    set_value(app, "case-stage", "1", "change");
    set_value(app, "recorders", "张三", "input");
    click(&by_test_id(app, &format!("conduct-{guidance}")).unwrap());
    for yes in ["is-bureau-leader", "for-official-duty", "through-procedure", "recorded-by-handler"] {
        click(&by_test_id(app, &format!("{yes}-yes")).unwrap());
    }
    click(&by_test_id(app, "within-authority-unknown").unwrap());
    tick().await;
    let preview = text_of(app, "verdict-preview");
    assert!(preview.contains("结论取决于：对方的要求是否在其职权范围内"), "{preview}");
    let while_recording: Vec<String> = select_all(app, "[data-testid='preview-changes'] li").iter().map(text).collect();
    assert!(while_recording.iter().any(|c| c.starts_with("如并非因履行职责需要")), "{while_recording:?}");

    click(&by_test_id(app, "record-submit").unwrap());
    wait_for(app, "verdict-panel").await;
    let verdict = text_of(app, "verdict");
    assert!(verdict.starts_with("结论取决于"), "{verdict}");
    let possibilities: Vec<String> =
        select_all(app, "[data-testid='verdict-possibilities'] li").iter().map(text).collect();
    assert_eq!(possibilities.len(), 2, "{possibilities:?}");
    assert!(possibilities[0].starts_with("如所提要求在其职权范围内：不认定为干预"), "{possibilities:?}");
    assert!(possibilities[1].starts_with("如所提要求超出其职权范围：违反规定干预办案"), "{possibilities:?}");
    let actions = text_of(app, "required-actions");
    assert!(!actions.contains("予以通报") && actions.contains("报局机关法治科"), "{actions}");
    let changes: Vec<String> = select_all(app, "[data-testid='what-would-change'] li").iter().map(text).collect();
    assert!(
        changes.iter().any(|c| c.starts_with("如并非因履行职责需要（现填：系因履行职责需要）→ 违反规定干预办案")),
        "{changes:?}"
    );

    // The record keeps 不清楚 as answered: the amendment form opens with it.
    let record_path = current_path();
    drop(mounted);
    let amend = mount_app_at(&format!("{record_path}/amend"));
    wait_for(&amend.container, "record-form").await;
    tick().await;
    let unknown = by_test_id(&amend.container, "within-authority-unknown").unwrap();
    assert!(js_sys::Reflect::get(&unknown, &"checked".into()).unwrap().as_bool().unwrap());
}

fn current_path() -> String {
    web_sys::window().unwrap().location().pathname().unwrap()
}
