//! Two tabs (two journals of the same device over one store) never lose or overwrite each other's events.

use std::cell::RefCell;
use std::rc::Rc;

use super::*;
use crate::journal::keys::event_key;
use crate::journal::{Event, EventBody, KeyValueStore, Moment};

fn note_texts(store: &MemoryStore) -> Vec<String> {
    let mut texts: Vec<String> = event_entries(store)
        .values()
        .filter_map(|t| match Event::read(t).unwrap().event.body {
            EventBody::NoteAdded { text, .. } => Some(text),
            _ => None,
        })
        .collect();
    texts.sort();
    texts
}

/// A store with one record in device d1's chain, and its id.
fn with_record() -> (MemoryStore, EventHash) {
    let store = MemoryStore::new();
    let id = open(&store, "d1").create_record(record("x"), at(0)).unwrap();
    (store, id)
}

#[test]
fn two_tabs_appending_in_turn_with_stale_views_never_lose_an_event() {
    let (store, id) = with_record();
    let mut a = open(&store, "d1");
    let mut b = open(&store, "d1");
    let mut expected = Vec::new();
    for i in 0..6 {
        let text = format!("甲{i}");
        a.add_note(id, &text, at(i)).unwrap();
        expected.push(text);
        for j in 0..(i % 3) {
            let text = format!("乙{i}-{j}");
            b.add_note(id, &text, at(i)).unwrap();
            expected.push(text);
        }
    }
    expected.sort();
    assert_eq!(note_texts(&store), expected);
    let reader = open(&store, "d1");
    assert!(reader.issues().is_empty());
    let seqs: Vec<u64> = reader.events().iter().map(|e| e.seq).collect();
    assert_eq!(seqs, (1..=expected.len() as u64 + 1).collect::<Vec<_>>());
    a.refresh().unwrap();
    b.refresh().unwrap();
    assert_eq!(a.fold(), b.fold());
    assert!(a.recoveries().is_empty() && b.recoveries().is_empty());
}

#[test]
fn a_tab_that_finds_its_position_taken_at_the_check_rebases_on_the_new_head() {
    let (store, id) = with_record();
    let mut a = open(&store, "d1");
    let b = Rc::new(RefCell::new(open(&store, "d1")));
    let other = b.clone();
    store.interrupt(Moment::BeforeGet, &event_key(&device("d1"), 2), move || {
        other.borrow_mut().add_note(id, "乙", at(1)).unwrap();
    });
    let mine = a.add_note(id, "甲", at(2)).unwrap();
    let events = open(&store, "d1").events().into_iter().cloned().collect::<Vec<_>>();
    assert_eq!(events.len(), 3);
    assert_eq!(events[2].hash, mine);
    assert_eq!(events[2].prev, Some(events[1].hash), "rebased on the other tab's event");
    assert_eq!(note_texts(&store), vec!["乙", "甲"]);
    assert!(a.issues().is_empty());
}

#[test]
fn a_write_overwritten_before_the_read_back_is_retried_on_the_new_head() {
    let (store, id) = with_record();
    let mut a = open(&store, "d1");
    // A tab that checked the key earlier writes its own event right after ours.
    let rival_store = store.clone();
    let key = event_key(&device("d1"), 2);
    let rival_key = key.clone();
    store.interrupt(Moment::AfterSet, &key, move || {
        let body = EventBody::NoteAdded { record_id: id, text: "乙".into() };
        let (_, text) = Event::seal(&device("d1"), "李四", at(1), 2, Some(id), &body).unwrap();
        rival_store.set(&rival_key, &text).unwrap();
    });
    let mine = a.add_note(id, "甲", at(2)).unwrap();
    let reader = open(&store, "d1");
    let events = reader.events();
    assert_eq!(events[1].officer, "李四");
    assert_eq!((events[2].hash, events[2].seq, events[2].prev), (mine, 3, Some(events[1].hash)));
    assert!(reader.issues().is_empty());
    assert_eq!(note_texts(&store), vec!["乙", "甲"]);
}

#[test]
fn an_event_overwritten_after_its_read_back_is_written_again_by_its_tab() {
    let (store, id) = with_record();
    let mut a = open(&store, "d1");
    let b = Rc::new(RefCell::new(open(&store, "d1")));
    // Tab A has checked that position 2 is free; before its write lands, tab B appends there completely.
    let other = b.clone();
    store.interrupt(Moment::BeforeSet, &event_key(&device("d1"), 2), move || {
        other.borrow_mut().add_note(id, "乙", at(1)).unwrap();
    });
    a.add_note(id, "甲", at(2)).unwrap();
    assert_eq!(note_texts(&store), vec!["甲"], "A's write landed over B's");

    let mut b = b.borrow_mut();
    b.refresh().unwrap();
    assert_eq!(note_texts(&store), vec!["乙", "甲"], "B noticed and wrote its event again");
    assert_eq!(b.recoveries().len(), 1);
    assert_eq!(b.recoveries()[0].rewritten_id, "d1-3");
    assert!(b.recoveries()[0].describe().contains("已重新保存为事件 d1-3"));
    assert!(b.issues().is_empty(), "a recovered race is not an integrity failure");
    let reader = open(&store, "d1");
    assert!(reader.issues().is_empty());
    let rewritten = reader.events()[2].clone();
    assert_eq!((rewritten.officer.as_str(), rewritten.device_time), ("张三", at(1)), "original author and time");
    a.refresh().unwrap();
    assert!(a.issues().is_empty() && a.recoveries().is_empty());
}

#[test]
fn an_overwritten_event_is_also_written_again_before_the_tab_appends_anything_else() {
    let (store, id) = with_record();
    let mut a = open(&store, "d1");
    let b = Rc::new(RefCell::new(open(&store, "d1")));
    let other = b.clone();
    store.interrupt(Moment::BeforeSet, &event_key(&device("d1"), 2), move || {
        other.borrow_mut().add_note(id, "乙1", at(1)).unwrap();
    });
    a.add_note(id, "甲", at(2)).unwrap();
    b.borrow_mut().add_note(id, "乙2", at(3)).unwrap();
    assert_eq!(note_texts(&store), vec!["乙1", "乙2", "甲"]);
    let seqs: Vec<(u64, String)> = open(&store, "d1")
        .events()
        .iter()
        .map(|e| {
            (
                e.seq,
                match &e.body {
                    EventBody::NoteAdded { text, .. } => text.clone(),
                    _ => String::new(),
                },
            )
        })
        .collect();
    assert_eq!(seqs, vec![(1, String::new()), (2, "甲".into()), (3, "乙1".into()), (4, "乙2".into())]);
}

#[test]
fn an_overwritten_event_already_chained_onto_is_written_again_and_the_broken_link_reported() {
    let (store, id) = with_record();
    let a = Rc::new(RefCell::new(open(&store, "d1")));
    let mut b = open(&store, "d1");
    // Tab B has checked position 2; before its write lands, tab A writes positions 2 and 3 and reads the store.
    let other = a.clone();
    store.interrupt(Moment::BeforeSet, &event_key(&device("d1"), 2), move || {
        let mut a = other.borrow_mut();
        a.add_note(id, "甲1", at(1)).unwrap();
        a.add_note(id, "甲2", at(2)).unwrap();
        a.refresh().unwrap();
    });
    b.add_note(id, "乙", at(3)).unwrap();
    assert_eq!(note_texts(&store), vec!["乙", "甲2"]);

    let mut a = a.borrow_mut();
    a.refresh().unwrap();
    assert_eq!(note_texts(&store), vec!["乙", "甲1", "甲2"], "nothing lost");
    assert_eq!(a.recoveries().len(), 1);
    let kinds = issue_kinds(&a);
    assert_eq!(kinds.len(), 1);
    assert_eq!(kinds[0].0, event_key(&device("d1"), 3));
    assert!(matches!(kinds[0].1, IssueKind::PrevMismatch { .. }), "the broken link is reported, not hidden");
}
