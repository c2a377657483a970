//! Appended events form one hash chain per device, stored one per key.

use super::*;
use crate::journal::keys::event_key;
use crate::journal::{AppendError, Event, EventBody};

#[test]
fn appends_form_a_hash_chain_one_event_per_key() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("来电说情"), at(0)).unwrap();
    let note = journal.add_note(id, "已当场拒绝", at(1)).unwrap();
    let amended = journal.amend_record(id, vec![id], "补记地点", record("来电说情，要求从轻"), at(2)).unwrap();

    let entries = event_entries(&store);
    assert_eq!(
        entries.keys().cloned().collect::<Vec<_>>(),
        (1..=3).map(|s| event_key(&device("d1"), s)).collect::<Vec<_>>()
    );
    let events: Vec<Event> = entries.values().map(|t| Event::read(t).unwrap().event).collect();
    assert_eq!(events.iter().map(|e| e.hash).collect::<Vec<_>>(), vec![id, note, amended]);
    assert_eq!(events.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![1, 2, 3]);
    assert_eq!(events.iter().map(|e| e.prev).collect::<Vec<_>>(), vec![None, Some(id), Some(note)]);
    assert_eq!(events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), vec!["d1-1", "d1-2", "d1-3"]);
    assert!(events.iter().all(|e| e.officer == "张三" && e.device == device("d1")));
    for text in entries.values() {
        let read = Event::read(text).unwrap();
        assert!(read.canonical);
        assert_eq!(read.computed_hash, read.event.hash);
    }
    assert!(journal.issues().is_empty());
    assert!(open(&store, "d1").issues().is_empty(), "verified again on load");
}

#[test]
fn each_device_keeps_its_own_chain_in_a_shared_store() {
    let store = MemoryStore::new();
    let mut a = open(&store, "a");
    let mut b = open(&store, "b");
    let ra = a.create_record(record("甲"), at(0)).unwrap();
    let rb = b.create_record(record("乙"), at(1)).unwrap();
    a.add_note(ra, "甲的备注", at(2)).unwrap();
    b.refresh().unwrap();
    b.add_note(ra, "乙对甲记录的备注", at(3)).unwrap();
    let reopened = open(&store, "c");
    assert!(reopened.issues().is_empty());
    let chains: Vec<(String, u64, Option<EventHash>)> =
        reopened.events().iter().map(|e| (e.device.to_string(), e.seq, e.prev)).collect();
    assert_eq!(chains[0], ("a".into(), 1, None));
    assert_eq!(chains[2], ("b".into(), 1, None), "b's chain starts afresh");
    assert_eq!(chains[3].2, Some(rb));
    assert_eq!(reopened.fold().record(&ra).unwrap().notes.len(), 2);
}

#[test]
fn the_journal_refuses_incomplete_changes_and_writes_nothing() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("x"), at(0)).unwrap();
    let before = store.entries();
    let stranger = EventHash::of_text("不存在");
    assert_eq!(journal.amend_record(id, vec![id], "  ", record("y"), at(1)), Err(AppendError::MissingReason));
    assert_eq!(journal.amend_record(id, vec![], "原因", record("y"), at(1)), Err(AppendError::NothingAmended));
    assert_eq!(
        journal.amend_record(stranger, vec![id], "原因", record("y"), at(1)),
        Err(AppendError::UnknownRecord(stranger))
    );
    assert_eq!(
        journal.amend_record(id, vec![stranger], "原因", record("y"), at(1)),
        Err(AppendError::NotAVersion(stranger))
    );
    assert_eq!(journal.add_note(id, " \n", at(1)), Err(AppendError::EmptyNote));
    assert_eq!(journal.add_note(stranger, "备注", at(1)), Err(AppendError::UnknownRecord(stranger)));
    journal.set_officer(" ");
    assert_eq!(journal.add_note(id, "备注", at(1)), Err(AppendError::MissingOfficer));
    assert_eq!(store.entries(), before);
    assert_eq!(AppendError::MissingReason.to_string(), "请填写修改原因");
}

#[test]
fn events_keep_the_device_time_and_body_as_given() {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("内容\n第二行\u{1}"), at(90)).unwrap();
    let event = journal.events()[0].clone();
    assert_eq!(event.device_time, at(90));
    assert_eq!(event.hash, id);
    match &event.body {
        EventBody::RecordCreated { record: r } => assert_eq!(r.content, "内容\n第二行\u{1}"),
        other => panic!("unexpected body {other:?}"),
    }
    assert_eq!(journal.stored_events()[0].1, event_entries(&store).values().next().unwrap());
}

#[test]
fn an_export_is_appended_to_the_chain_and_folds_into_no_record_and_no_problem() {
    use crate::journal::{ChainSpan, ExportScope};
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("来电说情"), at(0)).unwrap();
    let span = ChainSpan { device: device("d1"), first_seq: 1, last_seq: 1, last_hash: id };
    let digest = EventHash::of_text("文件内容");
    let export = journal.record_export(digest, ExportScope::Full, vec![span.clone()], at(1)).unwrap();
    let events = journal.events();
    assert_eq!(events.len(), 2);
    assert_eq!(events[1].hash, export);
    assert_eq!(events[1].prev, Some(id));
    assert_eq!(events[1].body, EventBody::BundleExported { digest, scope: ExportScope::Full, chains: vec![span] });
    let folded = journal.fold();
    assert_eq!(folded.records.len(), 1);
    assert!(folded.problems.is_empty(), "{:?}", folded.problems);
    assert!(open(&store, "d1").issues().is_empty());
}
