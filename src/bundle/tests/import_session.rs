//! The import session: each file verified once on arrival, then previewed and planned against the store as it is;
//! the same outcome as a one-shot import, and a plan made before another file was committed is refused as stale.

use super::*;
use crate::bundle::{FileCheck, ImportSession, StalePlan};

fn outcome(check: Option<FileCheck>) -> ImportOutcome {
    match check {
        Some(FileCheck::Checked(outcome)) => *outcome,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_session_check_is_the_one_shot_import_s_outcome() {
    let mut a = officer("张三", "d1", 1);
    create(&mut a, record("来电说情"), 0);
    let good = full(&mut a, 1);
    let tampered = good.text.replacen("来电说情", "来电说请", 1);
    let legal = Legal::enrolled(&[("d1", 1)]);
    let files: [(&str, &[u8]); 3] =
        [("good.json", good.text.as_bytes()), ("tampered.json", tampered.as_bytes()), ("notes.txt", b"hello")];
    let mut session = ImportSession::new();
    for (id, (name, bytes)) in files.iter().enumerate() {
        session.add(id as u64, name.to_string(), bytes.len(), Ok(bytes.to_vec()));
    }
    for (id, (name, bytes)) in files.iter().enumerate() {
        let checked = outcome(session.check(id as u64, &legal.store, LEGAL_USER, import_time()));
        assert_eq!(checked, legal.preview(name, bytes), "{name}");
    }
    let tampered = outcome(session.check(1, &legal.store, LEGAL_USER, import_time()));
    assert!(tampered.preview.error.is_some() && tampered.plan.log().is_none(), "a tampered file adds nothing");
    assert!(session.check(99, &legal.store, LEGAL_USER, import_time()).is_none());
}

#[test]
fn files_are_planned_against_the_store_as_it_is_and_a_stale_plan_is_refused() {
    let mut a = officer("张三", "d1", 1);
    create(&mut a, record("来电说情"), 0);
    let first = full(&mut a, 1);
    create(&mut a, record("再次来电"), 2);
    let second = full(&mut a, 3);
    let mut legal = Legal::enrolled(&[("d1", 1)]);
    let mut session = ImportSession::new();
    session.add(1, first.file_name.clone(), first.text.len(), Ok(first.text.clone().into_bytes()));
    session.add(2, "second.json".into(), second.text.len(), Ok(second.text.clone().into_bytes()));
    session.add_unread(3, "huge.json".into(), 30_000_000, "文件过大".into());
    let before = session.checks(&legal.store, LEGAL_USER, import_time());
    assert_eq!(before.len(), 3);
    assert!(matches!(&before[2].1, FileCheck::NotRead(reason) if reason == "文件过大"));
    assert!(!before[2].1.writes());
    let stale_second = outcome(Some(before[1].1.clone()));
    let first_events = outcome(Some(before[0].1.clone())).preview.added.events;
    assert!(stale_second.preview.added.events > first_events, "planned alone, the second adds everything");

    legal.commit(&outcome(Some(before[0].1.clone())).plan);
    session.remove(1);
    assert_eq!(legal.store.clone().apply(&stale_second.plan), Err(StalePlan), "planned before the first was committed");
    let fresh = outcome(session.check(2, &legal.store, LEGAL_USER, import_time()));
    assert_eq!(fresh.preview.added.duplicates, first_events, "the first file's events are known now");
    assert_eq!(fresh.preview.added.events + first_events, stale_second.preview.added.events);
    legal.commit(&fresh.plan);
    legal.assert_reloads_identically();
}
