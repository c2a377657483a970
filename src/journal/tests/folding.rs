//! Folding: versions with reasons and authors, notes, reports, conflicts and their merge.

use super::*;
use crate::journal::keys::event_key;
use crate::journal::{Change, Event, KeyValueStore, fold};
use crate::record::Recipient;

#[test]
fn every_version_is_kept_with_its_reason_time_and_author() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("第一稿"), at(0)).unwrap();
    journal.set_officer("李四");
    let v2 = journal.amend_record(id, vec![id], "补充通话内容", record("第二稿"), at(5)).unwrap();
    let v3 = journal.amend_record(id, vec![v2], "更正案号", record("第三稿"), at(9)).unwrap();

    let folded = journal.fold();
    let state = folded.record(&id).unwrap();
    let contents: Vec<&str> = state.versions.iter().map(|v| v.record.content.as_str()).collect();
    assert_eq!(contents, vec!["第一稿", "第二稿", "第三稿"]);
    assert_eq!(state.versions[0].change, Change::Created);
    assert_eq!(state.versions[1].change, Change::Amended { reason: "补充通话内容".into(), amends: vec![id] });
    assert_eq!(state.versions[2].change, Change::Amended { reason: "更正案号".into(), amends: vec![v2] });
    assert_eq!(state.versions[0].author.officer, "张三");
    assert_eq!(state.versions[2].author.officer, "李四");
    assert_eq!(state.versions[2].author.device_time, at(9));
    assert_eq!(state.heads, vec![v3]);
    assert_eq!(state.current().unwrap().record.content, "第三稿");
    assert!(!state.is_conflicted() && !state.flagged() && state.problems.is_empty());
}

#[test]
fn notes_and_reports_are_folded_and_the_earliest_report_counts() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let mut first = record("说情");
    first.reports.legal_section = Some(day(4));
    let id = journal.create_record(first, at(0)).unwrap();
    let other = journal.create_record(record("另一条"), at(1)).unwrap();
    journal.add_note(id, "已告知其依程序办理", at(2)).unwrap();
    journal.mark_reported(id, Recipient::LegalSection, day(2), at(3)).unwrap();
    journal.mark_reported(id, Recipient::JusticeBureau, day(3), at(4)).unwrap();

    let folded = journal.fold();
    let state = folded.record(&id).unwrap();
    assert_eq!(state.notes.iter().map(|n| n.text.as_str()).collect::<Vec<_>>(), vec!["已告知其依程序办理"]);
    assert_eq!(state.reports.len(), 2);
    assert_eq!(state.reported_on(Recipient::LegalSection), Some(day(2)), "earlier than the form's 5-04");
    assert_eq!(state.reported_on(Recipient::JusticeBureau), Some(day(3)));
    let untouched = folded.record(&other).unwrap();
    assert!(untouched.notes.is_empty() && untouched.reports.is_empty());
    assert_eq!(untouched.reported_on(Recipient::LegalSection), None);
    assert_eq!(folded.records.iter().map(|r| r.id).collect::<Vec<_>>(), vec![id, other]);
}

#[test]
fn concurrent_amendments_from_two_devices_are_both_kept_as_a_conflict_then_merged() {
    let store = MemoryStore::new();
    let mut a = open(&store, "a");
    let id = a.create_record(record("原稿"), at(0)).unwrap();
    let mut b = open(&store, "b");
    // Both amend the original, neither having seen the other's amendment.
    let va = a.amend_record(id, vec![id], "甲补充", record("甲的版本"), at(10)).unwrap();
    let vb = b.amend_record(id, vec![id], "乙补充", record("乙的版本"), at(11)).unwrap();

    let reader = open(&store, "c");
    let folded = reader.fold();
    let state = folded.record(&id).unwrap();
    assert!(state.is_conflicted());
    assert_eq!(state.heads, vec![va, vb]);
    let competing: Vec<&str> = state.conflicting_versions().iter().map(|v| v.record.content.as_str()).collect();
    assert_eq!(competing, vec!["甲的版本", "乙的版本"]);
    assert_eq!(state.current().unwrap().record.content, "乙的版本", "the latest head is shown meanwhile");
    assert_eq!(state.versions.len(), 3);

    b.refresh().unwrap();
    let merged = b.amend_record(id, vec![va, vb], "合并甲乙两版", record("合并稿"), at(20)).unwrap();
    let folded = b.fold();
    let state = folded.record(&id).unwrap();
    assert!(!state.is_conflicted());
    assert_eq!(state.heads, vec![merged]);
    assert_eq!(
        state.current().unwrap().change,
        Change::Amended { reason: "合并甲乙两版".into(), amends: vec![va, vb] }
    );
    assert_eq!(state.versions.len(), 4);
    assert_eq!(state.versions.last().unwrap().author.hash, merged, "the merge comes after both parents");
    let labels: Vec<&str> = state.versions.iter().map(|v| v.change.label()).collect();
    assert_eq!(labels, vec!["新建", "修改", "修改", "合并冲突版本"]);
    assert!(b.issues().is_empty());
}

#[test]
fn an_amendment_of_an_unknown_version_is_kept_and_reported() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("原稿"), at(0)).unwrap();
    journal.amend_record(id, vec![id], "修改", record("新稿"), at(1)).unwrap();
    // Remove the creation from the input of the fold (as if only the amendment had been imported).
    let events: Vec<&Event> = journal.events().into_iter().filter(|e| e.hash != id).collect();
    let folded = fold(events, &Default::default());
    let state = folded.record(&id).unwrap();
    assert_eq!(state.versions.len(), 1);
    assert_eq!(state.current().unwrap().record.content, "新稿");
    let messages: Vec<&str> = state.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages.len(), 2);
    assert!(messages[0].contains("新建事件不在本日志中"));
    assert!(messages[1].contains("不在本日志中"));
}

#[test]
fn notes_without_their_record_and_unknown_kinds_are_reported_not_dropped() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("原稿"), at(0)).unwrap();
    journal.add_note(id, "备注", at(1)).unwrap();
    let events: Vec<Event> = journal.events().into_iter().cloned().collect();
    let folded = fold(events.iter().skip(1), &Default::default());
    assert!(folded.records.is_empty());
    assert!(folded.problems[0].message.starts_with("备注所属的记录"));

    // An event of a kind from a later version, appended by that version to the same chain.
    let future = crate::journal::EventBody::Unrecognised(serde_json::json!({"kind": "bundle_exported", "count": 2}));
    let (_, text) = Event::seal(&device("d1"), "张三", at(2), 3, Some(events[1].hash), &future).unwrap();
    store.set(&event_key(&device("d1"), 3), &text).unwrap();
    journal.refresh().unwrap();
    assert!(journal.issues().is_empty(), "an unknown kind verifies like any other");
    let folded = journal.fold();
    assert_eq!(folded.problems.len(), 1);
    assert!(folded.problems[0].message.contains("bundle_exported"));
    assert_eq!(folded.record(&id).unwrap().notes.len(), 1);
}
