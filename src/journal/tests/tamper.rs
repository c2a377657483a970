//! Tamper detection: every kind of alteration is reported on the event where it shows, nothing is repaired, and
//! the records stay viewable with the failure flagged.

use serde_json::json;

use super::*;
use crate::journal::keys::event_key;
use crate::journal::{Event, KeyValueStore};

struct Fixture {
    store: MemoryStore,
    keys: Vec<String>,
    hashes: Vec<EventHash>,
    record_id: EventHash,
}

/// Device d1: 1 create, 2 note, 3 amend, 4 note.
fn fixture() -> Fixture {
    let store = MemoryStore::new();
    let mut journal = open(&store, "d1");
    let id = journal.create_record(record("原稿"), at(0)).unwrap();
    let h2 = journal.add_note(id, "第一条备注", at(1)).unwrap();
    let h3 = journal.amend_record(id, vec![id], "补充", record("修改稿"), at(2)).unwrap();
    let h4 = journal.add_note(id, "第二条备注", at(3)).unwrap();
    let keys = (1..=4).map(|s| event_key(&device("d1"), s)).collect();
    Fixture { store, keys, hashes: vec![id, h2, h3, h4], record_id: id }
}

impl Fixture {
    fn text(&self, i: usize) -> String {
        self.store.get(&self.keys[i]).unwrap().unwrap()
    }

    fn put(&self, i: usize, text: &str) {
        self.store.set(&self.keys[i], text).unwrap();
    }

    /// Opens, checks nothing was written by opening, and returns the issues as (key, kind).
    fn issues(&self) -> Vec<(String, IssueKind)> {
        let before = self.store.entries();
        let journal = open(&self.store, "d9");
        assert_eq!(self.store.entries(), before, "verification never repairs");
        issue_kinds(&journal)
    }
}

#[test]
fn an_untouched_journal_has_no_issues() {
    assert!(fixture().issues().is_empty());
}

#[test]
fn changing_any_member_without_resealing_is_a_hash_mismatch_on_that_event() {
    let changes: Vec<(&str, Value)> = vec![
        ("officer", json!("王五")),
        ("device_time", json!("2024-05-01T10:01:00.000+09:00")),
        ("prev", Value::Null),
        ("id", json!("d1-9")),
        ("body", json!({"kind": "note_added", "record_id": EventHash::of_text("x").to_string(), "text": "改过的备注"})),
        ("added_later", json!(1)),
    ];
    for (member, new) in changes {
        let f = fixture();
        f.put(1, &edited(&f.text(1), |o| drop(o.insert(member.into(), new))));
        let issues = f.issues();
        let expected =
            IssueKind::HashMismatch { stored: f.hashes[1], computed: Event::read(&f.text(1)).unwrap().computed_hash };
        assert!(issues.contains(&(f.keys[1].clone(), expected)), "{member}: {issues:?}");
        assert!(issues.iter().all(|(k, _)| *k == f.keys[1]), "{member}: {issues:?}");
    }
}

#[test]
fn changing_the_stored_hash_is_a_hash_mismatch_and_breaks_the_next_link() {
    let f = fixture();
    let forged = EventHash::of_text("伪造");
    f.put(1, &edited(&f.text(1), |o| drop(o.insert("hash".into(), json!(forged.to_string())))));
    assert_eq!(
        f.issues(),
        vec![
            (f.keys[1].clone(), IssueKind::HashMismatch { stored: forged, computed: f.hashes[1] }),
            (f.keys[2].clone(), IssueKind::PrevMismatch { expected: Some(forged), found: Some(f.hashes[1]) }),
        ]
    );
}

#[test]
fn a_resealed_change_breaks_the_link_from_the_next_event() {
    let f = fixture();
    let forged = resealed(&f.text(1), |o| drop(o.insert("officer".into(), json!("王五"))));
    f.put(1, &forged);
    let forged_hash = Event::read(&forged).unwrap().event.hash;
    assert_eq!(
        f.issues(),
        vec![(f.keys[2].clone(), IssueKind::PrevMismatch { expected: Some(forged_hash), found: Some(f.hashes[1]) })]
    );
}

#[test]
fn dropping_an_event_leaves_a_reported_gap() {
    let f = fixture();
    f.store.remove(&f.keys[1]);
    assert_eq!(f.issues(), vec![(f.keys[2].clone(), IssueKind::SeqGap { from: 2, to: 2 })]);
    f.store.remove(&f.keys[2]);
    assert_eq!(f.issues(), vec![(f.keys[3].clone(), IssueKind::SeqGap { from: 2, to: 3 })]);
    f.store.remove(&f.keys[0]);
    assert_eq!(f.issues(), vec![(f.keys[3].clone(), IssueKind::SeqGap { from: 1, to: 3 })]);
}

#[test]
fn reordering_stored_events_is_detected() {
    let f = fixture();
    let (two, three) = (f.text(1), f.text(2));
    f.put(1, &three);
    f.put(2, &two);
    let misplaced = |seq| IssueKind::Misplaced { device: device("d1"), seq };
    assert_eq!(f.issues(), vec![(f.keys[1].clone(), misplaced(3)), (f.keys[2].clone(), misplaced(2))]);
}

#[test]
fn reordering_with_resealed_positions_breaks_a_link() {
    let f = fixture();
    let first = f.hashes[0].to_string();
    let three_as_two = resealed(&f.text(2), |o| {
        o.insert("seq".into(), json!(2));
        o.insert("id".into(), json!("d1-2"));
        o.insert("prev".into(), json!(first));
    });
    let new_two = Event::read(&three_as_two).unwrap().event.hash;
    let two_as_three = resealed(&f.text(1), |o| {
        o.insert("seq".into(), json!(3));
        o.insert("id".into(), json!("d1-3"));
        o.insert("prev".into(), json!(new_two.to_string()));
    });
    let new_three = Event::read(&two_as_three).unwrap().event.hash;
    f.put(1, &three_as_two);
    f.put(2, &two_as_three);
    assert_eq!(
        f.issues(),
        vec![(f.keys[3].clone(), IssueKind::PrevMismatch { expected: Some(new_three), found: Some(f.hashes[2]) })]
    );
}

#[test]
fn swapping_a_prev_link_is_detected_with_or_without_resealing() {
    let f = fixture();
    let original = f.text(2);
    let hash_of_first = f.hashes[0].to_string();
    f.put(2, &edited(&original, |o| drop(o.insert("prev".into(), json!(hash_of_first)))));
    let issues = f.issues();
    assert!(matches!(issues[0].1, IssueKind::HashMismatch { .. }), "{issues:?}");
    assert_eq!(
        issues[1],
        (f.keys[2].clone(), IssueKind::PrevMismatch { expected: Some(f.hashes[1]), found: Some(f.hashes[0]) })
    );

    let forged = resealed(&original, |o| drop(o.insert("prev".into(), json!(hash_of_first))));
    f.put(2, &forged);
    let forged_hash = Event::read(&forged).unwrap().event.hash;
    assert_eq!(
        f.issues(),
        vec![
            (f.keys[2].clone(), IssueKind::PrevMismatch { expected: Some(f.hashes[1]), found: Some(f.hashes[0]) }),
            (f.keys[3].clone(), IssueKind::PrevMismatch { expected: Some(forged_hash), found: Some(f.hashes[2]) }),
        ]
    );
}

#[test]
fn a_first_event_naming_a_predecessor_is_detected() {
    let f = fixture();
    let forged = resealed(&f.text(0), |o| drop(o.insert("prev".into(), json!(EventHash::of_text("x").to_string()))));
    f.put(0, &forged);
    let issues = f.issues();
    assert_eq!(
        issues[0],
        (f.keys[0].clone(), IssueKind::PrevMismatch { expected: None, found: Some(EventHash::of_text("x")) })
    );
}

#[test]
fn a_respelled_event_is_not_canonical() {
    let f = fixture();
    f.put(1, &f.text(1).replace("第一条", "\\u7b2c一条"));
    assert_eq!(f.issues(), vec![(f.keys[1].clone(), IssueKind::NonCanonical)]);
}

#[test]
fn a_second_event_for_the_same_position_is_a_fork() {
    let f = fixture();
    let rival = resealed(&f.text(1), |o| drop(o.insert("officer".into(), json!("王五"))));
    let elsewhere = event_key(&device("d2"), 1);
    f.store.set(&elsewhere, &rival).unwrap();
    let issues = f.issues();
    assert!(issues.contains(&(elsewhere.clone(), IssueKind::Misplaced { device: device("d1"), seq: 2 })));
    assert!(issues.contains(&(elsewhere.clone(), IssueKind::DuplicateSeq { others: vec![f.keys[1].clone()] })));
    assert!(issues.contains(&(f.keys[1].clone(), IssueKind::DuplicateSeq { others: vec![elsewhere] })));
}

#[test]
fn records_stay_viewable_with_the_failing_version_flagged() {
    let f = fixture();
    f.put(2, &edited(&f.text(2), |o| drop(o.insert("officer".into(), json!("王五")))));
    let journal = open(&f.store, "d1");
    assert_eq!(journal.issues().len(), 1);
    assert_eq!(journal.issues()[0].event_id.as_deref(), Some("d1-3"));
    assert!(journal.issues()[0].describe().starts_with("事件 d1-3：内容与哈希值不符"));
    let folded = journal.fold();
    let state = folded.record(&f.record_id).unwrap();
    assert!(state.flagged());
    assert_eq!(state.versions.iter().map(|v| v.author.flagged).collect::<Vec<_>>(), vec![false, true]);
    assert_eq!(state.current().unwrap().record.content, "修改稿");
    assert_eq!(state.notes.len(), 2);
}

#[test]
fn events_vanishing_or_replaced_during_the_session_are_reported() {
    let f = fixture();
    let mut journal = open(&f.store, "d1");
    // The newest event cannot be missed by the chain alone; the session and the chain head notice.
    f.store.remove(&f.keys[3]);
    journal.refresh().unwrap();
    let cut = IssueKind::Truncated { recorded: 4, found: Some(3), last_time: at(3) };
    assert_eq!(
        issue_kinds(&journal),
        vec![
            (f.keys[3].clone(), IssueKind::Vanished { last_hash: Some(f.hashes[3]) }),
            (crate::journal::head_key(&device("d1")), cut),
        ]
    );
    let forged = resealed(&f.text(2), |o| drop(o.insert("officer".into(), json!("王五"))));
    f.put(2, &forged);
    journal.refresh().unwrap();
    assert!(issue_kinds(&journal).contains(&(f.keys[2].clone(), IssueKind::Replaced { previous: Some(f.hashes[2]) })));
    assert!(journal.verify().unwrap().len() >= 2, "still reported on demand");
}

#[test]
fn events_outside_a_store_are_verified_like_stored_ones() {
    use crate::journal::verify_events;
    let f = fixture();
    let read = |i: usize| Event::read(&f.text(i)).unwrap();
    assert!(verify_events(&[read(0), read(1), read(2), read(3)]).is_empty());
    // A run starting after position 1 reports the missing positions on its first event, and nothing else.
    let tail = verify_events(&[read(2), read(3)]);
    assert_eq!(
        tail.iter().map(|i| (i.key.clone(), i.kind.clone())).collect::<Vec<_>>(),
        vec![(f.keys[2].clone(), IssueKind::SeqGap { from: 1, to: 2 })]
    );
    // An altered event and the link after it are reported, as in a store.
    let altered = Event::read(&edited(&f.text(1), |o| drop(o.insert("officer".into(), json!("李四"))))).unwrap();
    let kinds: Vec<IssueKind> = verify_events(&[read(0), altered, read(2)]).into_iter().map(|i| i.kind).collect();
    assert!(matches!(kinds.as_slice(), [IssueKind::HashMismatch { .. }]), "{kinds:?}");
}
