//! Helpers shared by the browser tests: waiting for the browser, finding elements by `data-testid`, mounting the
//! whole app at a path, and the one record builder. Each test file uses a different subset, hence the `dead_code`
//! allowance.
#![allow(dead_code)]

use chrono::NaiveDate;
use liuhen::record::{CaseRef, CaseStage, InterferenceRecord, Person, ReportStatus};
use liuhen::rules::r2::{Conduct, ContactMethod, InterferenceFacts, PersonCategory};
use liuhen::ui::App;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// Lets the browser run pending tasks (Leptos effects, router navigation).
pub async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The page's document.
pub fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The first element under `root` with this `data-testid`.
pub fn by_test_id(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("[data-testid='{id}']")).unwrap()
}

/// The text of the element with this `data-testid`; panics naming the id when it is missing.
pub fn text_of(root: &Element, id: &str) -> String {
    by_test_id(root, id).unwrap_or_else(|| panic!("no {id}")).text_content().unwrap_or_default()
}

/// Every element under `root` matching `selector` (`querySelectorAll`, called through JS reflection).
pub fn select_all(root: &Element, selector: &str) -> Vec<Element> {
    let method: js_sys::Function = js_sys::Reflect::get(root, &"querySelectorAll".into()).unwrap().unchecked_into();
    let list = method.call1(root, &selector.into()).unwrap();
    js_sys::Array::from(&list).iter().map(|node| node.unchecked_into()).collect()
}

/// Every element under `root` with this `data-testid`.
pub fn all_by_test_id(root: &Element, id: &str) -> Vec<Element> {
    select_all(root, &format!("[data-testid='{id}']"))
}

/// An element's text content.
pub fn text(element: &Element) -> String {
    element.text_content().unwrap_or_default()
}

/// Clicks an element as a user would.
pub fn click(element: &Element) {
    element.unchecked_ref::<HtmlElement>().click();
}

/// The whole app, mounted at an in-app path into a fresh container. Dropping it unmounts the app.
pub struct MountedApp {
    /// The element the app is mounted into.
    pub container: HtmlElement,
    _handle: Box<dyn std::any::Any>,
}

impl Drop for MountedApp {
    fn drop(&mut self) {
        self.container.remove();
    }
}

/// Mounts the whole app at `path` (pushed onto the history first, as the router reads it).
pub fn mount_app_at(path: &str) -> MountedApp {
    web_sys::window()
        .unwrap()
        .history()
        .unwrap()
        .push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
        .unwrap();
    let container: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    MountedApp { container, _handle: Box::new(handle) }
}

/// The element with this `data-testid` under `root`, once it appears (the journal opens asynchronously); panics
/// naming the id after about five seconds.
pub async fn wait_for(root: &Element, id: &str) -> Element {
    for _ in 0..250 {
        if let Some(element) = by_test_id(root, id) {
            return element;
        }
        tick().await;
    }
    panic!("{id} did not appear");
}

/// Waits until `condition` holds; panics with `what` after about five seconds.
pub async fn wait_until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..250 {
        if condition() {
            return;
        }
        tick().await;
    }
    panic!("timed out waiting until {what}");
}

/// Empties localStorage and deletes the officer's and 法治科's journal databases: a browser as on first use.
pub async fn fresh_storage() {
    <gloo_storage::LocalStorage as gloo_storage::Storage>::clear();
    liuhen::web::indexed_db::delete_database(liuhen::web::journal_db::JOURNAL_DB_NAME).await.unwrap();
    liuhen::web::indexed_db::delete_database(liuhen::web::journal_db::LEGAL_JOURNAL_DB_NAME).await.unwrap();
}

/// A record as the browser tests make them: on `day` May 2024 at 09:30, 王某 of 某科室 (retired) phones the 执法支队
/// and pleads for the party in case 黔规资罚〔2024〕`day`号 (未批先建, under investigation), saying `content`; recorded
/// by 张三, not yet reported. Tests change what else they need by struct update:
/// `InterferenceRecord { person: …, ..record(6, "来电说情") }`.
pub fn record(day: u32, content: &str) -> InterferenceRecord {
    InterferenceRecord {
        occurred_at: NaiveDate::from_ymd_opt(2024, 5, day).unwrap().and_hms_opt(9, 30, 0).unwrap(),
        place: "执法支队办公室".into(),
        person: Person { name: "王某".into(), unit: "某科室".into(), position: String::new() },
        content: content.into(),
        case: CaseRef {
            number: format!("黔规资罚〔2024〕{day}号"),
            cause: "未批先建".into(),
            stage: CaseStage::Investigation,
        },
        recorders: vec!["张三".into()],
        facts: InterferenceFacts {
            category: PersonCategory::Retired,
            method: ContactMethod::Phone,
            conduct: vec![Conduct::PleadForParty],
            ..Default::default()
        },
        reports: ReportStatus::default(),
    }
}
