//! The legal section in headless Chromium (wasm-bindgen-test): the stored readings, the JSON store's quarantine and
//! quota handling, the 错案倒查 worksheet with its autosave and its 建议, the readings form, and the officer's
//! verdicts under the stored reading; a wrong-case file's form (inline errors, autosave) and 法治科's own journal.
//! On its own: `cargo test --target wasm32-unknown-unknown --test legal_web`.
#![cfg(target_arch = "wasm32")]

mod support;

use chrono::DateTime;
use gloo_storage::{LocalStorage, Storage};
use liuhen::case_file::{CaseFileEntry, CaseStep, Intake};
use liuhen::journal::{EventHash, StoreError};
use liuhen::legal::{WrongCaseWorksheet, answer_claim, set_claimed, set_member};
use liuhen::record::{InterferenceRecord, Person};
use liuhen::rules::deadline::DayCounting;
use liuhen::rules::r1::{LiableAct, Mitigation, SanctionKind, Suggestion, Verification, WrongCaseGround};
use liuhen::rules::r2::{InterferenceFacts, PersonCategory};
use liuhen::settings::{Profile, Readings, Role};
use liuhen::web::case_step_drafts::{draft_key, load_draft};
use liuhen::web::journal_db::{JournalDb, OpenJournal};
use liuhen::web::json_store::{self, JsonStoreError};
use liuhen::web::profile_store::save_profile;
use liuhen::web::readings_store::{READINGS_KEY, load_readings, save_readings};
use liuhen::web::worksheet_store::{WRONG_CASE_WORKSHEET_KEY, load_worksheet, save_worksheet};
use support::{by_test_id, fresh_storage, mount_app_at, text, text_of, tick, wait_for};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh store with a 法治科 user set up.
async fn legal_user() {
    fresh_storage().await;
    save_profile(&Profile { officer_name: "王五".into(), device_id: "0011223344556677".into(), role: Role::Legal })
        .unwrap();
}

fn custom_readings() -> Readings {
    let mut readings = Readings { day_counting: DayCounting::WorkingDays, ..Readings::default() };
    readings.r2.unrecorded_oral_is_interference = true;
    readings.r1.effective_first_instance_is_final = false;
    readings.r1.sanction.mitigation_steps = 0;
    readings.r1.sanction.base.insert(LiableAct::WrongLegalBasis, SanctionKind::AdministrativeDiscipline);
    readings
}

/// 复议撤销, verified; one officer with 6(4) and a claim under 8(5) whose facts hold.
fn reconsideration_worksheet() -> WrongCaseWorksheet {
    let mut sheet = WrongCaseWorksheet { case_number: "黔规资罚〔2024〕7号".into(), ..Default::default() };
    let ground = sheet.add_ground(WrongCaseGround::Reconsideration);
    sheet.set_ground_field(ground, 0, 0);
    sheet.set_verification(ground, Verification::Verified);
    let officer = sheet.add_officer();
    sheet.update_officer(officer, |facts| {
        facts.name = "李四".into();
        set_member(&mut facts.acts, LiableAct::WrongLegalBasis, true);
        set_claimed(&mut facts.mitigation_claims, Mitigation::PromptSelfCorrection, true);
        answer_claim(&mut facts.mitigation_claims, Mitigation::PromptSelfCorrection, 0, true);
    });
    sheet
}

#[wasm_bindgen_test]
fn readings_round_trip_through_local_storage() {
    LocalStorage::clear();
    assert_eq!(load_readings(), Ok(None), "nothing stored: the defaults apply");
    save_readings(&custom_readings()).unwrap();
    assert_eq!(load_readings(), Ok(Some(custom_readings())));
    let raw = LocalStorage::raw().get_item(READINGS_KEY).unwrap().unwrap();
    assert!(raw.contains("\"day_counting\":\"WorkingDays\""), "{raw}");
}

#[wasm_bindgen_test]
fn unreadable_readings_are_quarantined_and_the_next_load_starts_clean() {
    LocalStorage::clear();
    let bad = r#"{"day_counting":"Fortnights"}"#;
    LocalStorage::raw().set_item(READINGS_KEY, bad).unwrap();
    let Err(JsonStoreError::Corrupt { quarantined_as, .. }) = load_readings() else { panic!("expected quarantine") };
    assert!(quarantined_as.starts_with("liuhen/v1/quarantine/liuhen/v1/readings#"), "{quarantined_as}");
    assert_eq!(LocalStorage::raw().get_item(&quarantined_as).unwrap().as_deref(), Some(bad), "kept byte for byte");
    assert_eq!(LocalStorage::raw().get_item(READINGS_KEY).unwrap(), None);
    assert_eq!(load_readings(), Ok(None));
}

#[wasm_bindgen_test]
async fn corrupt_readings_are_reported_in_the_shell_and_the_defaults_apply() {
    legal_user().await;
    LocalStorage::raw().set_item(READINGS_KEY, "{not json").unwrap();
    let mounted = mount_app_at("/legal/deadlines");
    let app = &mounted.container;
    tick().await;
    let notice = text_of(app, "shell-notice");
    assert!(notice.contains("本局口径无法读取"), "{notice}");
    assert!(notice.contains("liuhen/v1/quarantine/liuhen/v1/readings#"), "{notice}");
    assert!(text_of(app, "transfer-basis").contains("按自然日计算"), "the default counting applies");
}

#[wasm_bindgen_test]
fn a_full_quota_refuses_the_save_and_stores_nothing() {
    LocalStorage::clear();
    // Fill the origin's storage with other data until the browser refuses, in shrinking chunks.
    let storage = LocalStorage::raw();
    let mut chunk = 1_000_000usize;
    let mut index = 0;
    while chunk >= 16 {
        if storage.set_item(&format!("filler/{index}"), &"x".repeat(chunk)).is_ok() {
            index += 1;
        } else {
            chunk /= 2;
        }
    }
    let refused = json_store::save(READINGS_KEY, &custom_readings());
    for i in 0..index {
        storage.remove_item(&format!("filler/{i}")).unwrap();
    }
    assert_eq!(refused, Err(StoreError::QuotaExceeded));
    assert_eq!(load_readings(), Ok(None), "nothing half-written");
}

#[wasm_bindgen_test]
async fn the_worksheet_shows_a_suggestion_labelled_as_policy_for_a_verified_reconsideration() {
    legal_user().await;
    save_worksheet(&reconsideration_worksheet()).unwrap();
    let mounted = mount_app_at("/legal/wrong-case");
    let app = &mounted.container;
    tick().await;
    assert!(by_test_id(app, "worksheet-restored").is_some(), "the saved worksheet is restored");
    assert_eq!(text_of(app, "wc-status"), "界定为错案");
    assert_eq!(text_of(app, "wc-liability"), "应追究错案责任");
    let suggestion = text_of(app, "wc-suggestion");
    assert!(suggestion.starts_with(Suggestion::HEADING), "{suggestion}");
    assert!(suggestion.contains("经机关领导集体讨论"), "the collective decision is stated: {suggestion}");
    // 6(4) → 责令作出书面检查; 8(5) holds → one step lighter → 免于追究 (default policy).
    assert_eq!(text_of(app, "wc-suggestion-outcome"), "建议：免于追究责任");
    assert!(text_of(app, "wc-mitigating").contains("第八条第（五）项"));
    for cite in ["R1-5-3", "R1-6-4", "R1-8-5", "R1-11", "R1-12"] {
        let quoted = app.query_selector(&format!("[data-testid='quoted-provisions'] [data-cite='{cite}']")).unwrap();
        let link = quoted.unwrap_or_else(|| panic!("{cite} quoted")).query_selector("a.cite-id").unwrap();
        let href = link.and_then(|a| a.get_attribute("href"));
        assert_eq!(href, Some(format!("/law#{cite}")), "{cite} links to the reader");
    }
    assert!(text_of(app, "wc-rights").contains("陈述和申辩"));
}

#[wasm_bindgen_test]
async fn a_cause_of_the_wrong_case_ticked_in_the_worksheet_is_the_reason_an_officer_without_an_act_is_not_liable() {
    legal_user().await;
    let mut sheet = reconsideration_worksheet();
    let officer = sheet.officers[0].id;
    sheet.update_officer(officer, |facts| facts.acts.clear());
    save_worksheet(&sheet).unwrap();
    let mounted = mount_app_at("/legal/wrong-case");
    let app = &mounted.container;
    tick().await;
    assert_eq!(text_of(app, "wc-liability"), "未认定应追究的行为，不追究");
    assert!(by_test_id(app, "wc-not-liable-because").is_none());
    // 第八条（六）: the party's falsification, and the fact that decides it.
    let causes = by_test_id(app, "wc-causes").unwrap();
    by_test_id(&causes, "cause-6").unwrap().unchecked_into::<HtmlElement>().click();
    tick().await;
    by_test_id(&causes, "cause-6-q0").unwrap().unchecked_into::<HtmlElement>().click();
    tick().await;
    let reason = text_of(app, "wc-not-liable-because");
    assert!(reason.contains("第八条第（六）项"), "{reason}");
    let stored = load_worksheet().unwrap().unwrap();
    assert_eq!(stored.causes.len(), 1, "the cause is autosaved with the worksheet");
}

#[wasm_bindgen_test]
async fn the_worksheet_follows_the_stored_sanction_policy() {
    legal_user().await;
    save_readings(&custom_readings()).unwrap();
    save_worksheet(&reconsideration_worksheet()).unwrap();
    let mounted = mount_app_at("/legal/wrong-case");
    let app = &mounted.container;
    tick().await;
    // The policy table now maps 6(4) to 行政处分 and mitigation moves nothing.
    assert_eq!(text_of(app, "wc-suggestion-outcome"), "建议：行政处分");
}

#[wasm_bindgen_test]
async fn what_is_typed_in_the_worksheet_is_autosaved_and_clearing_needs_a_confirmation() {
    legal_user().await;
    let mounted = mount_app_at("/legal/wrong-case");
    let app = &mounted.container;
    tick().await;
    assert_eq!(load_worksheet(), Ok(None));
    by_test_id(app, "add-officer").unwrap().unchecked_into::<HtmlElement>().click();
    tick().await;
    let name: HtmlInputElement = by_test_id(app, "wc-officer-name").unwrap().unchecked_into();
    name.set_value("赵六");
    name.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
    let saved = load_worksheet().unwrap().expect("autosaved");
    assert_eq!(saved.officers.len(), 1);
    assert_eq!(saved.officers[0].facts.name, "赵六");
    assert!(text_of(app, "wc-officer-result").contains("赵六"), "the result is live");

    by_test_id(app, "worksheet-clear").unwrap().unchecked_into::<HtmlElement>().click();
    tick().await;
    assert!(load_worksheet().unwrap().is_some(), "nothing cleared before the confirmation");
    by_test_id(app, "worksheet-clear-confirm").unwrap().unchecked_into::<HtmlElement>().click();
    tick().await;
    assert_eq!(LocalStorage::raw().get_item(WRONG_CASE_WORKSHEET_KEY).unwrap(), None);
    assert!(by_test_id(app, "officer-row").is_none());
}

/// A record of a superior agency's official pleading for a party: 第十条第（五）项 under the default reading, outside
/// Art. 10 when the bureau reads “内部人员” as this bureau's staff only.
fn superior_agency_pleading() -> InterferenceRecord {
    let plea = support::record(6, "来电为当事人说情。");
    InterferenceRecord {
        person: Person { name: "钱某".into(), unit: "市规划和自然资源局".into(), position: String::new() },
        facts: InterferenceFacts { category: PersonCategory::SuperiorAgencyStaff, ..plea.facts },
        ..plea
    }
}

/// Saves `record` in this browser's officer journal, as the officer workspace would; returns its id.
async fn officer_record(record: InterferenceRecord) -> EventHash {
    let mut open = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open;
    let now = DateTime::parse_from_rfc3339("2024-05-06T10:00:00+08:00").unwrap();
    let id = open.journal.create_record(record, now).unwrap();
    open.commit().await.unwrap();
    id
}

#[wasm_bindgen_test]
async fn officer_verdicts_follow_the_stored_r2_reading() {
    legal_user().await;
    let id = officer_record(superior_agency_pleading()).await;

    let mounted = mount_app_at(&format!("/officer/record/{id}"));
    let verdict = text(&wait_for(&mounted.container, "verdict").await);
    assert!(verdict.contains("第十条第（五）项"), "default reading: {verdict}");
    drop(mounted);
    let mounted = mount_app_at("/officer");
    assert_eq!(text(&wait_for(&mounted.container, "count-prohibited").await), "1");
    drop(mounted);

    let mut strict = Readings::default();
    strict.r2.outside_officials_are_internal = false;
    save_readings(&strict).unwrap();
    let mounted = mount_app_at(&format!("/officer/record/{id}"));
    let verdict = text(&wait_for(&mounted.container, "verdict").await);
    assert!(!verdict.contains("第十条"), "only Art. 7, 8 and 14 apply under the strict reading: {verdict}");
    drop(mounted);
    let mounted = mount_app_at("/officer");
    assert_eq!(text(&wait_for(&mounted.container, "count-prohibited").await), "0");
}

#[wasm_bindgen_test]
async fn readings_saved_in_another_tab_reach_an_open_page_through_the_storage_event() {
    legal_user().await;
    let id = officer_record(superior_agency_pleading()).await;

    let mounted = mount_app_at(&format!("/officer/record/{id}"));
    assert!(text(&wait_for(&mounted.container, "verdict").await).contains("第十条第（五）项"), "default reading first");

    // What another tab's save looks like here: the value changes under the page, then a `storage` event arrives.
    let mut strict = Readings::default();
    strict.r2.outside_officials_are_internal = false;
    save_readings(&strict).unwrap();
    assert!(text_of(&mounted.container, "verdict").contains("第十条第（五）项"), "nothing changes before the event");
    let event = web_sys::StorageEvent::new("storage").unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    tick().await;
    let verdict = text_of(&mounted.container, "verdict");
    assert!(!verdict.contains("第十条"), "the open page now follows the stricter reading: {verdict}");
}

#[wasm_bindgen_test]
async fn the_readings_form_restores_the_defaults_and_saves_them() {
    legal_user().await;
    save_readings(&custom_readings()).unwrap();
    let mounted = mount_app_at("/settings");
    let app = &mounted.container;
    tick().await;
    let checked = |id: &str| by_test_id(app, id).unwrap().unchecked_into::<HtmlInputElement>().checked();
    assert!(checked("day-counting-working"), "the stored reading is shown");
    assert!(text_of(app, "day-counting-basis").starts_with("“2日”按工作日计算"));
    assert!(checked("reading-first-instance-final-no"));

    by_test_id(app, "readings-reset").unwrap().unchecked_into::<HtmlElement>().click();
    tick().await;
    assert!(checked("day-counting-calendar"));
    assert!(checked("reading-first-instance-final-yes"));
    assert!(text_of(app, "day-counting-basis").starts_with("“2日”按自然日计算"));
    assert_eq!(text_of(app, "readings-unsaved"), "有尚未保存的更改。");
    assert_eq!(load_readings(), Ok(Some(custom_readings())), "nothing saved before 保存");

    by_test_id(app, "readings-save").unwrap().unchecked_into::<HtmlElement>().click();
    tick().await;
    assert_eq!(load_readings(), Ok(Some(Readings::default())));
    assert!(text_of(app, "readings-status").contains("已保存"));
    assert_eq!(text_of(app, "readings-unsaved"), "");
}

#[wasm_bindgen_test]
async fn a_case_file_form_shows_its_errors_inline_and_keeps_what_was_typed_across_a_remount() {
    legal_user().await;
    let mounted = mount_app_at("/legal/cases/new");
    let app = &mounted.container;
    wait_for(app, "step-form").await;
    by_test_id(app, "step-save").unwrap().unchecked_into::<HtmlElement>().click();
    wait_for(app, "step-errors").await;
    assert_eq!(text_of(app, "cf-case_number-error"), "请填写案号");
    assert!(text_of(app, "step-errors").contains("请选择是否属于本单位受理"));
    let number: HtmlInputElement = by_test_id(app, "cf-case_number").unwrap().unchecked_into();
    number.set_value("黔江规资错查〔2026〕1号");
    number.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
    let draft = load_draft(&draft_key("new")).unwrap().expect("autosaved");
    let CaseStep::Intake(intake) = draft.step else { panic!("an intake draft") };
    assert_eq!(intake.case_number, "黔江规资错查〔2026〕1号");
    drop(mounted);

    let again = mount_app_at("/legal/cases/new");
    let app = &again.container;
    wait_for(app, "step-draft-restored").await;
    let number: HtmlInputElement = by_test_id(app, "cf-case_number").unwrap().unchecked_into();
    assert_eq!(number.value(), "黔江规资错查〔2026〕1号");
}

#[wasm_bindgen_test]
async fn a_saved_case_file_is_in_the_legal_journal_after_a_reload_and_not_in_the_officers() {
    legal_user().await;
    let mut open = OpenJournal::open(JournalDb::Legal, "王五").await.unwrap().open;
    let intake = Intake {
        case_number: "黔江规资错查〔2024〕8号".into(),
        received_on: chrono::NaiveDate::from_ymd_opt(2024, 5, 6),
        reporter: "王某".into(),
        against: "李四".into(),
        enforcement_case: "黔规资罚〔2024〕7号".into(),
        summary: "程序违法".into(),
        within_remit: Some(true),
        ..Default::default()
    };
    let entry = CaseFileEntry { file: None, amends: None, reason: String::new(), step: CaseStep::Intake(intake) };
    let today = chrono::NaiveDate::from_ymd_opt(2024, 5, 7).unwrap();
    let now = DateTime::parse_from_rfc3339("2024-05-07T10:00:00+08:00").unwrap();
    open.journal.record_case_step(entry, &Readings::default(), today, now).unwrap();
    open.commit().await.unwrap();
    drop(open);

    let reopened = OpenJournal::open(JournalDb::Legal, "王五").await.unwrap().open;
    assert_eq!(reopened.journal.case_files().files.len(), 1);
    assert!(reopened.journal.issues().is_empty());
    let officer = OpenJournal::open(JournalDb::Officer, "张三").await.unwrap().open;
    assert!(officer.journal.case_files().files.is_empty(), "the officer's journal holds no case file");
    assert_ne!(officer.journal.device(), reopened.journal.device(), "each journal has its own chain");

    let mounted = mount_app_at("/legal/cases");
    let app = &mounted.container;
    let link = wait_for(app, "case-file-link").await;
    assert_eq!(text(&link), "黔江规资错查〔2024〕8号");
    assert!(text_of(app, "legal-journal-integrity").contains("共 1 个步骤"));
}
