//! Components and browser storage, in headless Chromium (wasm-bindgen-test).
//! Run by `./scripts/test`; on its own: `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

mod support;

use gloo_storage::{LocalStorage, Storage};
use liuhen::settings::{Profile, Role};
use liuhen::web::json_store::JsonStoreError;
use liuhen::web::profile_store::{PROFILE_KEY, load_profile, save_profile};
use support::{by_test_id, fresh_storage, mount_app_at, tick, wait_until};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn sample_profile() -> Profile {
    Profile { officer_name: "张三".into(), device_id: "0011223344556677".into(), role: Role::Legal }
}

#[wasm_bindgen_test]
fn profile_round_trips_through_local_storage() {
    LocalStorage::clear();
    assert_eq!(load_profile(), Ok(None));
    save_profile(&sample_profile()).unwrap();
    assert_eq!(load_profile(), Ok(Some(sample_profile())));
}

#[wasm_bindgen_test]
fn corrupt_profile_is_quarantined_not_thrown_away() {
    LocalStorage::clear();
    LocalStorage::raw().set_item(PROFILE_KEY, "{not json").unwrap();
    let Err(JsonStoreError::Corrupt { quarantined_as, .. }) = load_profile() else { panic!("expected quarantine") };
    assert_eq!(LocalStorage::raw().get_item(&quarantined_as).unwrap().as_deref(), Some("{not json"));
    assert_eq!(load_profile(), Ok(None));
}

#[wasm_bindgen_test]
async fn first_run_refuses_an_empty_name_then_stores_the_profile() {
    fresh_storage().await;
    let mounted = mount_app_at("/");
    let app = &mounted.container;
    tick().await;
    assert!(by_test_id(app, "first-run").is_some(), "first run shows the setup form");
    assert!(by_test_id(app, "nav-officer").is_none(), "no navigation before setup");

    let submit: HtmlElement = by_test_id(app, "profile-submit").unwrap().unchecked_into();
    submit.click();
    tick().await;
    let error = by_test_id(app, "officer-name-error").unwrap().text_content().unwrap();
    assert_eq!(error, "请填写使用人姓名。");
    assert_eq!(load_profile(), Ok(None), "nothing stored for an invalid form");

    let name: HtmlInputElement = by_test_id(app, "officer-name").unwrap().unchecked_into();
    name.set_value("  李四 ");
    name.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    submit.click();
    wait_until("the profile is stored", || load_profile().ok().flatten().is_some()).await;
    tick().await;

    let stored = load_profile().unwrap().expect("profile stored");
    assert_eq!(stored.officer_name, "李四");
    assert_eq!(stored.device_id.len(), 16, "the journal's device id: 16 hex digits");
    assert_eq!(stored.role, Role::Officer);
    assert!(by_test_id(app, "nav-officer").is_some(), "navigation appears after setup");
    assert!(by_test_id(app, "officer-page").is_some(), "officer role opens on 办案记录");
}

#[wasm_bindgen_test]
async fn stored_role_decides_the_home_page() {
    LocalStorage::clear();
    save_profile(&sample_profile()).unwrap();
    let mounted = mount_app_at("/");
    let app = &mounted.container;
    tick().await;
    assert!(by_test_id(app, "legal-page").is_some(), "legal role opens on 法治科");
    assert_eq!(by_test_id(app, "who-am-i").unwrap().text_content().unwrap(), "张三（法治科）");
}

#[wasm_bindgen_test]
async fn switching_role_in_the_header_stores_it_and_changes_the_navigation() {
    LocalStorage::clear();
    save_profile(&Profile { role: Role::Officer, ..sample_profile() }).unwrap();
    let mounted = mount_app_at("/legal/statistics");
    let app = &mounted.container;
    tick().await;
    assert!(by_test_id(app, "statistics-page").is_some(), "a 法治科 page opens on an officer's profile");
    assert!(by_test_id(app, "nav-statistics").is_none() && by_test_id(app, "nav-legal").is_none());
    let note = by_test_id(app, "other-role-page").expect("a note on whose page it is").text_content().unwrap();
    assert!(note.contains("本页是法治科使用的页面") && note.contains("切换身份"), "{note}");

    let switch: HtmlElement = by_test_id(app, "switch-role-legal").unwrap().unchecked_into();
    switch.click();
    wait_until("the role is stored", || load_profile().ok().flatten().is_some_and(|p| p.role == Role::Legal)).await;
    tick().await;
    assert!(by_test_id(app, "statistics-page").is_some(), "the page stays");
    assert!(by_test_id(app, "nav-statistics").is_some() && by_test_id(app, "nav-officer").is_none());
    assert!(by_test_id(app, "other-role-page").is_none());
    assert!(by_test_id(app, "switch-role-legal").is_none() && by_test_id(app, "switch-role-officer").is_some());
    assert_eq!(load_profile().unwrap().unwrap().officer_name, "张三", "only the role changes");
}
