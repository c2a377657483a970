//! The published readings (本局口径文件) in the browser: the stored file verified again on load (a tampered copy is
//! quarantined, not used), and 设置 → 本局口径 read-only on an officer's laptop once one is imported, editable on
//! 法治科's. Run on its own: `cargo test --target wasm32-unknown-unknown --test readings_web`.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::{DateTime, NaiveDate};
use gloo_storage::{LocalStorage, Storage};
use liuhen::bundle::{DeviceKey, Exporter};
use liuhen::journal::DeviceId;
use liuhen::settings::{Profile, PublishedReadingsState, Readings, Role};
use liuhen::web::json_store::JsonStoreError;
use liuhen::web::profile_store::save_profile;
use liuhen::web::published_readings_store::{PUBLISHED_READINGS_KEY, load_published_readings, save_published_readings};
use support::{by_test_id, fresh_storage, mount_app_at, text_of, wait_for};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// The state of a laptop that took in 法治科's version 3, which reads outside officials as not internal.
fn imported_version_3() -> PublishedReadingsState {
    let key = DeviceKey::from_seed([5; 32]);
    let publisher =
        Exporter { device: DeviceId::new("fzk0001").unwrap(), officer: "李四".into(), public_key: key.public_key() };
    let mut readings = Readings::default();
    readings.r2.outside_officials_are_internal = false;
    let now = DateTime::parse_from_rfc3339("2026-12-01T09:00:00+08:00").unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let empty = PublishedReadingsState { last_published: Some(2), ..PublishedReadingsState::default() };
    empty.publish(&readings, day, publisher, &key, now).1
}

fn profile(role: Role) -> Profile {
    Profile { officer_name: "张三".into(), device_id: "0011223344556677".into(), role }
}

#[wasm_bindgen_test]
fn a_tampered_stored_file_is_quarantined_not_used() {
    LocalStorage::clear();
    let state = imported_version_3();
    save_published_readings(&state).unwrap();
    assert_eq!(load_published_readings(), Ok(state.clone()));

    let stored = LocalStorage::raw().get_item(PUBLISHED_READINGS_KEY).unwrap().unwrap();
    let tampered =
        stored.replacen("outside_officials_are_internal\\\": false", "outside_officials_are_internal\\\": true", 1);
    assert_ne!(tampered, stored, "the stored file holds the reading");
    LocalStorage::raw().set_item(PUBLISHED_READINGS_KEY, &tampered).unwrap();
    let Err(JsonStoreError::Corrupt { quarantined_as, reason }) = load_published_readings() else {
        panic!("a tampered file must not load")
    };
    assert!(reason.contains("改动"), "{reason}");
    assert_eq!(LocalStorage::raw().get_item(&quarantined_as).unwrap(), Some(tampered));
    assert_eq!(load_published_readings(), Ok(PublishedReadingsState::default()), "the defaults apply meanwhile");
}

#[wasm_bindgen_test]
async fn an_officer_sees_the_published_version_read_only_and_legal_can_edit() {
    fresh_storage().await;
    save_profile(&profile(Role::Officer)).unwrap();
    save_published_readings(&imported_version_3()).unwrap();
    let mounted = mount_app_at("/settings");
    let app = &mounted.container;
    wait_for(app, "published-readings").await;
    assert_eq!(text_of(app, "published-readings-in-use"), "本机正在使用法治科发布的第3版本局口径，2026-12-01起施行。");
    assert!(by_test_id(app, "readings-read-only").is_some());
    let no: HtmlInputElement = by_test_id(app, "reading-outside-officials-no").unwrap().unchecked_into();
    assert!(no.checked(), "the form shows the published reading");
    assert!(no.matches(":disabled").unwrap(), "and cannot change it (its fieldset is disabled)");
    let actions: HtmlElement = by_test_id(app, "readings-save").unwrap().parent_element().unwrap().unchecked_into();
    assert!(actions.hidden(), "no save button on an officer's laptop");
    assert!(by_test_id(app, "readings-publish").is_none(), "only 法治科 publishes");
    drop(mounted);

    save_profile(&profile(Role::Legal)).unwrap();
    let mounted = mount_app_at("/settings");
    let app = &mounted.container;
    wait_for(app, "readings-publish").await;
    assert!(by_test_id(app, "readings-read-only").is_none());
    let yes: HtmlInputElement = by_test_id(app, "reading-outside-officials-yes").unwrap().unchecked_into();
    assert!(!yes.matches(":disabled").unwrap(), "法治科 keeps editing");
    assert!(yes.checked(), "法治科's own readings (the defaults here) are in force on its computer");
}
