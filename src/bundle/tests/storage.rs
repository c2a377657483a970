//! The merged store's persistence: load equals apply, stale plans, batches, what loading cannot read, the key
//! layout, migration from an officer journal in the same browser, merging a conflict, synthetic data.

use super::synthetic::synthetic_bundles;
use super::*;
use crate::bundle::store_keys::MERGED_PREFIX;
use crate::bundle::{
    LegalAuthor, ResolutionError, StalePlan, Warning, prepare_browser_migration, prepare_imports, prepare_resolution,
};
use crate::journal::keys::{QUARANTINE_PREFIX, event_key};
use crate::journal::{Change, Journal, KeyValueStore, MemoryStore};

/// Two officers, one record each, exported in full.
fn two_exports() -> (Export, Export) {
    let mut a = officer("张三", "d1", 1);
    create(&mut a, record("甲"), 0);
    let mut b = officer("李四", "d2", 2);
    create(&mut b, record("乙"), 0);
    (full(&mut a, 1), full(&mut b, 1))
}

#[test]
fn a_plan_prepared_before_another_was_applied_is_stale_and_changes_nothing() {
    let (a, b) = two_exports();
    let mut legal = Legal::new();
    let first = legal.preview(&a.file_name, a.text.as_bytes());
    let second = legal.preview(&b.file_name, b.text.as_bytes());
    legal.commit(&first.plan);
    let before = snapshot(&legal.store);
    assert_eq!(legal.store.apply(&second.plan), Err(StalePlan));
    assert_eq!(snapshot(&legal.store), before);
    assert_eq!(StalePlan.to_string(), "数据已在预览后发生变化，请重新预览后再导入");
}

#[test]
fn a_batch_is_previewed_file_by_file_as_if_imported_in_order() {
    let (a, b) = two_exports();
    let requests: Vec<ImportRequest> = [&a, &b, &a]
        .iter()
        .map(|e| ImportRequest {
            file_name: &e.file_name,
            bytes: e.text.as_bytes(),
            by: LEGAL_USER,
            now: import_time(),
        })
        .collect();
    let mut legal = Legal::enrolled(&[("d1", 1), ("d2", 2)]);
    let outcomes = prepare_imports(&legal.store, &requests);
    assert_eq!(outcomes.iter().map(|o| o.preview.added.events).collect::<Vec<_>>(), vec![1, 1, 0]);
    assert!(outcomes[2].plan.is_empty(), "the same file again in the batch adds nothing");
    assert!(outcomes[2].preview.warnings.contains(&Warning::AlreadyImported { numbers: vec![1] }));
    assert_eq!(outcomes[1].plan.log().unwrap().number, 2);
    for outcome in &outcomes {
        legal.commit(&outcome.plan);
    }
    assert_eq!(legal.store.event_count(), 2);
    assert_eq!(legal.store.imports().count(), 2);
    legal.assert_reloads_identically();
}

#[test]
fn every_write_is_under_the_documented_keys() {
    let (a, _) = two_exports();
    let mut legal = Legal::new();
    // A device's first file: only the held file is written.
    let held = legal.receive(&a.file_name, a.text.as_bytes());
    let keys: Vec<&str> = held.plan.writes().iter().map(|(k, _)| k.as_str()).collect();
    let id = format!("{}-first_key", a.digest);
    assert_eq!(keys, vec![format!("liuhen/merged/v1/quarantine/{id}")]);
    // Its key confirmed: the decision, the pin, the events and the import log entry.
    let outcome = legal.decide(&id, true);
    let keys: Vec<&str> = outcome.plan.writes().iter().map(|(k, _)| k.as_str()).collect();
    assert!(keys.iter().all(|k| k.starts_with(MERGED_PREFIX)));
    let event = outcome.plan.events()[0];
    assert!(keys.contains(&format!("liuhen/merged/v1/event/{event}").as_str()));
    assert!(keys.contains(&"liuhen/merged/v1/import/0000000001"));
    let pin = &outcome.plan.pins()[0];
    assert!(keys.contains(&format!("liuhen/merged/v1/pin/d1/{}", pin.public_key).as_str()));
    assert!(keys.contains(&format!("liuhen/merged/v1/decision/{id}").as_str()));
    assert_eq!(keys.len(), 4);
}

#[test]
fn loading_reports_what_it_cannot_read_and_loads_the_rest() {
    let (a, b) = two_exports();
    let mut legal = Legal::new();
    legal.import_export(&a);
    legal.import_export(&b);
    let mut entries = legal.stored.clone();
    let event_keys: Vec<String> = entries.keys().filter(|k| k.contains("/event/")).cloned().collect();
    let altered = entries[&event_keys[0]].replace("甲", "丙").replace("乙", "丙");
    entries.insert(event_keys[0].clone(), altered);
    let moved = entries[&event_keys[1]].clone();
    entries.insert(format!("liuhen/merged/v1/event/{}", EventHash::of_text("别处")), moved);
    entries.insert("liuhen/merged/v1/import/0000000009".into(), "{".into());
    entries.insert("liuhen/merged/v0/event/x".into(), "旧数据".into());
    let loaded = MergedStore::load(entries);
    let mut issue_keys: Vec<&str> = loaded.issues().iter().map(|i| i.key.as_str()).collect();
    issue_keys.sort();
    assert_eq!(issue_keys.len(), 4, "{:?}", loaded.issues());
    assert!(issue_keys.contains(&event_keys[0].as_str()));
    assert!(issue_keys.contains(&"liuhen/merged/v1/import/0000000009"));
    assert!(issue_keys.contains(&"liuhen/merged/v0/event/x"));
    assert_eq!(loaded.event_count(), 1, "only the untouched event loads");
    assert_eq!(loaded.imports().count(), 2);
    assert!(loaded.issues().iter().all(|i| !i.reason.is_empty()));
}

#[test]
fn an_officer_journal_in_the_same_browser_migrates_without_losing_anything() {
    let browser = MemoryStore::new();
    let mut old = Journal::open(browser.clone(), device("d0"), "张三").unwrap();
    let r0 = old.create_record(record("旧设备编号下的记录"), at(0)).unwrap();
    old.add_note(r0, "旧备注", at(1)).unwrap();
    let mut j = Journal::open(browser.clone(), device("d1"), "张三").unwrap();
    let r1 = j.create_record(record("来电说情"), at(2)).unwrap();
    j.add_note(r1, "已拒绝", at(3)).unwrap();
    // Damage: d0's second event altered in place; an unreadable slot, which the journal copies to its quarantine.
    let k = event_key(&device("d0"), 2);
    browser.set(&k, &browser.get(&k).unwrap().unwrap().replace("旧备注", "改过的备注")).unwrap();
    browser.set(&event_key(&device("d1"), 9), "{被截断").unwrap();
    j.refresh().unwrap();
    browser.set("liuhen/v1/settings", "{}").unwrap();
    let entries: Vec<(String, String)> = browser.entries().into_iter().collect();
    assert!(entries.iter().any(|(k, _)| k.starts_with(QUARANTINE_PREFIX)));

    let mut legal = Legal::new();
    let outcome = prepare_browser_migration(&legal.store, &entries, LEGAL_USER, import_time());
    assert_eq!(outcome.added.events, 3);
    assert_eq!(outcome.quarantined.len(), 3, "{:?}", outcome.quarantined);
    legal.commit(&outcome.plan);
    // Every event key and quarantine copy of the journal is now either a merged event or a quarantined copy.
    let merged: Vec<String> = legal.events().into_values().collect();
    let quarantined: Vec<String> = legal.store.quarantine().map(|q| q.raw.clone()).collect();
    for (key, text) in &entries {
        if key.starts_with("liuhen/v1/event/") || key.starts_with(QUARANTINE_PREFIX) {
            assert!(merged.contains(text) || quarantined.contains(text), "{key} lost");
        }
    }
    let log = legal.store.imports().next().unwrap();
    assert_eq!(log.source.label(), "本浏览器中的办案人员日志");
    assert_eq!(legal.store.carriers(&device("d1"), 2).len(), 1, "provenance of migrated events");
    assert!(browser.entries().len() == entries.len(), "localStorage is left as it was");

    let again = prepare_browser_migration(&legal.store, &entries, LEGAL_USER, import_time());
    assert!(again.plan.is_empty(), "running it again adds nothing");
    assert_eq!(again.added.duplicates, 3);
    legal.assert_reloads_identically();
}

#[test]
fn migrated_events_that_would_fork_an_imported_chain_are_quarantined() {
    let mut bundle_side = officer("张三", "d1", 1);
    create(&mut bundle_side, record("文件里的记录"), 0);
    let mut legal = Legal::new();
    legal.import_export(&full(&mut bundle_side, 1));
    let browser = MemoryStore::new();
    let mut j = Journal::open(browser.clone(), device("d1"), "张三").unwrap();
    j.create_record(record("浏览器里的另一条记录"), at(5)).unwrap();
    let entries: Vec<(String, String)> = browser.entries().into_iter().collect();
    let outcome = prepare_browser_migration(&legal.store, &entries, LEGAL_USER, import_time());
    assert_eq!(outcome.added.events, 0);
    assert_eq!(outcome.quarantined.len(), 1);
    assert!(outcome.quarantined[0].1.contains("事件链出现分叉"), "{:?}", outcome.quarantined);
    assert_eq!(outcome.plan.quarantine()[0].code, "browser_storage");
}

#[test]
fn a_conflict_is_merged_by_an_amendment_naming_every_competing_version() {
    let mut a = officer("张三", "d1", 1);
    let id = create(&mut a, record("原稿"), 0);
    let first = full(&mut a, 1);
    let by_a = amend(&mut a, id, vec![id], record("张三的修改"), 2);
    let mut b = officer("李四", "d2", 2);
    let by_b = amend(&mut b, id, vec![id], record("李四的修改"), 2);
    let mut legal = Legal::new();
    for export in [first, incremental(&mut a, 3), full(&mut b, 3)] {
        legal.import_export(&export);
    }
    let fzk = device("fzk");
    let author = LegalAuthor { device: &fzk, officer: LEGAL_USER, now: import_time() };
    assert_eq!(prepare_resolution(&legal.store, &author, id, record("合并"), " "), Err(ResolutionError::MissingReason));
    let stranger = EventHash::of_text("无此记录");
    assert_eq!(
        prepare_resolution(&legal.store, &author, stranger, record("合并"), "合并"),
        Err(ResolutionError::UnknownRecord(stranger))
    );
    let d1 = device("d1");
    let as_officer = LegalAuthor { device: &d1, ..author };
    assert_eq!(
        prepare_resolution(&legal.store, &as_officer, id, record("合并"), "合并"),
        Err(ResolutionError::DeviceInUse(d1.clone()))
    );

    let plan = prepare_resolution(&legal.store, &author, id, record("合并后的内容"), "两处修改均属实，合并").unwrap();
    assert_eq!(plan.events().len(), 1);
    legal.commit(&plan);
    let folded = legal.store.fold();
    let state = folded.record(&id).unwrap();
    assert!(!state.is_conflicted());
    assert_eq!(state.versions.len(), 4, "both competing versions are kept");
    let merge = state.current().unwrap();
    assert_eq!(merge.record.content, "合并后的内容");
    assert_eq!(merge.author.device, fzk);
    match &merge.change {
        Change::Amended { amends, reason } => {
            let mut named = amends.clone();
            named.sort();
            let mut expected = vec![by_a, by_b];
            expected.sort();
            assert_eq!(named, expected);
            assert_eq!(reason, "两处修改均属实，合并");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(merge.change.label(), "合并冲突版本");
    assert_eq!(
        prepare_resolution(&legal.store, &author, id, record("再合并"), "无"),
        Err(ResolutionError::NotConflicted(id))
    );
    assert_eq!(legal.store.head(&fzk).map(|(seq, _)| seq), Some(1));
    legal.assert_reloads_identically();
}

#[test]
fn synthetic_bundles_are_deterministic_valid_and_import_cleanly() {
    let bundles = synthetic_bundles(42, 3, 25);
    assert_eq!(bundles, synthetic_bundles(42, 3, 25));
    assert_ne!(bundles, synthetic_bundles(43, 3, 25));
    assert_eq!(bundles.len(), 3);
    assert!(synthetic_bundles(1, 2, 0).is_empty());
    let mut legal = Legal::new();
    for bundle in &bundles {
        assert_eq!(bundle.events, 25);
        let outcome = legal.import(&bundle.file_name, bundle.text.as_bytes());
        assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
        assert_eq!(outcome.preview.added.events, 25);
    }
    assert_eq!(legal.store.event_count(), 75);
    assert!(legal.store.fold().problems.is_empty());
    legal.assert_reloads_identically();
}
