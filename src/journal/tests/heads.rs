//! The chain head: a cut tail, a replaced newest event, a missing or corrupt head are all reported; an append after
//! a cut keeps the gap visible; staged writes come out as one batch per change.

use super::*;
use crate::journal::keys::event_key;
use crate::journal::{ChainHead, KeyValueStore, StagedStore, head_key};

/// Device d1 with three events: create, note, note.
fn three_events() -> (MemoryStore, EventHash) {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("原稿"), at(0)).unwrap();
    journal.add_note(id, "第一条备注", at(1)).unwrap();
    journal.add_note(id, "第二条备注", at(2)).unwrap();
    assert!(journal.issues().is_empty(), "{:?}", journal.issues());
    (store, id)
}

#[test]
fn every_append_keeps_the_head_on_the_newest_event() {
    let (store, _) = three_events();
    let journal = open(&store, "d1");
    let head = ChainHead::read(&store.get(&head_key(&device("d1"))).unwrap().unwrap()).unwrap();
    let newest = journal.events().into_iter().max_by_key(|e| e.seq).unwrap();
    assert_eq!(head, ChainHead::of(newest));
    assert_eq!(head.seq, 3);
}

#[test]
fn deleting_the_newest_event_is_reported_with_what_is_missing() {
    let (store, _) = three_events();
    store.remove(&event_key(&device("d1"), 3));
    let journal = open(&store, "d1");
    assert_eq!(journal.fold().records.len(), 1, "what is left stays viewable");
    let issues = issue_kinds(&journal);
    assert_eq!(issues.len(), 1, "{issues:?}");
    let (key, kind) = &issues[0];
    assert_eq!(key, &head_key(&device("d1")));
    assert_eq!(kind, &IssueKind::Truncated { recorded: 3, found: Some(2), last_time: at(2) });
    let said = journal.issues()[0].describe();
    assert!(said.contains("第3号至第3号事件已从存储中丢失或被删除"), "{said}");
    assert!(said.contains("2024-05-01 10:02"), "names the last known time: {said}");
    assert!(said.contains("导出现有记录交法治科"), "names an action: {said}");
}

#[test]
fn deleting_every_event_is_reported_too() {
    let (store, _) = three_events();
    for seq in 1..=3 {
        store.remove(&event_key(&device("d1"), seq));
    }
    let journal = open(&store, "d1");
    assert_eq!(
        issue_kinds(&journal),
        vec![(head_key(&device("d1")), IssueKind::Truncated { recorded: 3, found: None, last_time: at(2) })]
    );
}

#[test]
fn an_append_after_a_cut_continues_after_the_head_so_the_gap_stays_visible() {
    let (store, id) = three_events();
    store.remove(&event_key(&device("d1"), 3));
    let mut journal = open(&store, "d1");
    let note = journal.add_note(id, "删除之后的备注", at(5)).unwrap();
    let event = journal.events().into_iter().find(|e| e.hash == note).unwrap();
    assert_eq!(event.seq, 4, "never reuses the cut position");
    let reopened = open(&store, "d1");
    let kinds: Vec<IssueKind> = reopened.issues().iter().map(|i| i.kind.clone()).collect();
    assert_eq!(kinds, vec![IssueKind::SeqGap { from: 3, to: 3 }], "the missing event is still reported");
}

#[test]
fn a_replaced_newest_event_no_longer_matches_the_head() {
    let (store, id) = three_events();
    // A forger who rewrites the newest event with a valid hash and link: the chain alone verifies.
    let key = event_key(&device("d1"), 3);
    let forged = resealed(&store.get(&key).unwrap().unwrap(), |event| {
        event["body"]["text"] = serde_json::Value::String("改写的备注".into());
    });
    store.set(&key, &forged).unwrap();
    let journal = open(&store, "d1");
    let head = ChainHead::read(&store.get(&head_key(&device("d1"))).unwrap().unwrap()).unwrap();
    assert_eq!(
        issue_kinds(&journal),
        vec![(head_key(&device("d1")), IssueKind::HeadMismatch { seq: 3, recorded: head.hash })]
    );
    assert!(journal.fold().record(&id).is_some());
}

#[test]
fn a_missing_or_corrupt_head_is_reported() {
    let (store, _) = three_events();
    store.remove(&head_key(&device("d1")));
    assert_eq!(
        issue_kinds(&open(&store, "d1")),
        vec![(head_key(&device("d1")), IssueKind::HeadMissing { last_seq: 3 })]
    );
    store.set(&head_key(&device("d1")), "{坏").unwrap();
    let kinds = issue_kinds(&open(&store, "d1"));
    assert!(matches!(kinds.as_slice(), [(_, IssueKind::HeadUnreadable { .. })]), "{kinds:?}");
}

#[test]
fn the_summary_says_how_long_the_chain_is_and_how_far_it_was_exported() {
    let (store, _) = three_events();
    let mut journal = open(&store, "d1");
    let summary = journal.summary();
    assert_eq!((summary.events, summary.last_seq, summary.exported_to), (3, Some(3), None));
    assert_eq!(summary.describe(), "本机日志共 3 条事件，最后一条于 2024-05-01 10:02；尚未导出过");
    let span = crate::journal::ChainSpan {
        device: device("d1"),
        first_seq: 1,
        last_seq: 3,
        last_hash: journal.events()[2].hash,
    };
    journal.record_export(EventHash::of_text("bundle"), crate::journal::ExportScope::Full, vec![span], at(3)).unwrap();
    assert_eq!(journal.summary().describe(), "本机日志共 4 条事件，最后一条于 2024-05-01 10:03；最近一次导出至第 3 条");
}

#[test]
fn a_change_over_a_staged_store_stages_its_event_to_add_and_its_head_to_put() {
    let store = StagedStore::default();
    let mut journal = Journal::open(store.clone(), device("d1"), "张三").unwrap();
    assert!(store.take_batch().is_empty(), "opening a clean store writes nothing");
    let id = journal.create_record(record("原稿"), at(0)).unwrap();
    let batch = store.take_batch();
    assert_eq!(batch.add.len(), 1);
    assert_eq!(batch.add[0].0, event_key(&device("d1"), 1));
    assert!(batch.add[0].1.contains(&id.to_string()));
    assert_eq!(batch.put.len(), 1);
    assert_eq!(batch.put[0].0, head_key(&device("d1")));
    assert_eq!(ChainHead::read(&batch.put[0].1).unwrap().hash, id);
    assert!(store.take_batch().is_empty(), "taken once");
}
