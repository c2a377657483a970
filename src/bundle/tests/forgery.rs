//! Key pinning: no key is trusted on first use. A device's first file is held until a person compares its key's
//! fingerprint with the officer's and confirms it (then it is pinned and the file imported) or rejects it (nothing
//! merged, nothing pinned); a bundle for the same device with another key is held in the same way as a possible
//! forgery, merged only once a person accepts it, and kept as evidence if they reject it.

use super::*;
use crate::bundle::{DecisionError, KeyDecision, PinSource, Refusal, Warning, key_question, prepare_key_decision};

fn decision(id: &str, accept: bool, note: &str) -> KeyDecision {
    KeyDecision {
        quarantine_id: id.to_string(),
        accept,
        decided_by: LEGAL_USER.into(),
        decided_at: import_time() + Duration::hours(2),
        note: note.into(),
    }
}

/// 张三's device d1 (key seed 1), one record, imported in full: held, then its key confirmed by a person.
fn pinned() -> (ChainWriter, Legal) {
    let mut w = officer("张三", "d1", 1);
    create(&mut w, record("来电说情"), 0);
    let export = full(&mut w, 1);
    let mut legal = Legal::new();
    let outcome = legal.import_export(&export);
    assert!(outcome.preview.accepted());
    (w, legal)
}

/// The one held file awaiting a decision.
fn held_id(legal: &Legal) -> String {
    let held = legal.store.awaiting_decision();
    assert_eq!(held.len(), 1, "{held:?}");
    held[0].id.clone()
}

#[test]
fn a_first_file_from_a_device_is_held_until_a_person_confirms_its_key() {
    let mut w = officer("张三", "d1", 1);
    create(&mut w, record("来电说情"), 0);
    let export = full(&mut w, 1);
    let mut legal = Legal::new();

    // The preview: the file verifies against its own key, but the key is not confirmed: held, not merged.
    let outcome = legal.receive(&export.file_name, export.text.as_bytes());
    let presented = w.key.public_key();
    assert_eq!(
        outcome.preview.error,
        Some(Refusal::FirstKey { device: device("d1"), officer: "张三".into(), presented })
    );
    let reason = outcome.preview.error.as_ref().unwrap().describe();
    assert!(reason.starts_with("首次导入此设备的密钥，需要人工核对"), "{reason}");
    assert!(reason.contains(&presented.fingerprint()) && reason.contains("“设置”页"), "{reason}");
    assert!(outcome.preview.bundle.is_some(), "digest, signature and chains verified");
    assert_eq!(outcome.preview.added.events, 1, "the preview still shows what it would add");
    assert!(outcome.plan.events().is_empty() && outcome.plan.pins().is_empty() && outcome.plan.log().is_none());
    assert_eq!(outcome.plan.writes().len(), 1, "only the held file");
    assert_eq!(legal.store.event_count(), 0);
    assert!(legal.store.pinned_keys(&device("d1")).is_empty(), "nothing pinned before a person confirms");
    let id = held_id(&legal);
    assert_eq!(id, format!("{}-first_key", export.digest));
    let question = key_question(&legal.store, legal.store.quarantine_entry(&id).unwrap()).unwrap();
    assert!(question.is_first_key() && question.confirmed().is_none());
    assert_eq!((question.device, question.officer.as_str(), question.presented), (device("d1"), "张三", presented));

    // The name of the person and a note are required.
    let nameless = KeyDecision { decided_by: " ".into(), ..decision(&id, true, "核对一致") };
    assert_eq!(prepare_key_decision(&legal.store, &nameless), Err(DecisionError::MissingName));
    assert_eq!(prepare_key_decision(&legal.store, &decision(&id, true, "")), Err(DecisionError::MissingNote));

    // Confirmed: the key is pinned with the decision as its source (who, when), and the file imported.
    let confirmed = prepare_key_decision(&legal.store, &decision(&id, true, "与张三设置页指纹核对一致")).unwrap();
    assert!(confirmed.preview.accepted(), "{:?}", confirmed.preview.error);
    let decided_at = import_time() + Duration::hours(2);
    let pin = &confirmed.plan.pins()[0];
    assert_eq!((pin.public_key, pin.pinned_by.as_str(), pin.pinned_at), (presented, LEGAL_USER, decided_at));
    assert!(matches!(&pin.source, PinSource::Decision { quarantine_id } if *quarantine_id == id));
    let accepted = Warning::KeyAccepted {
        device: device("d1"),
        public_key: presented,
        first: true,
        by: LEGAL_USER.into(),
        at: decided_at,
    };
    assert!(confirmed.preview.warnings.contains(&accepted), "{:?}", confirmed.preview.warnings);
    assert_eq!(confirmed.plan.events().len(), 1);
    legal.commit(&confirmed.plan);
    assert!(legal.store.awaiting_decision().is_empty());
    assert_eq!(legal.store.event_count(), 1);
    let log = legal.store.imports().next().unwrap();
    assert_eq!((log.number, log.imported_by.as_str(), log.imported_at), (1, LEGAL_USER, decided_at));
    let said = format!(
        "设备 d1 首次导入的公钥（指纹 {}）已由法治科赵六于2024-05-02 12:00人工核对并确认",
        presented.fingerprint()
    );
    assert!(log.warnings.contains(&said), "the import log says who confirmed the key and when: {:?}", log.warnings);
    let decisions = legal.store.decisions();
    assert_eq!(decisions.len(), 1);
    assert!(decisions[0].1.accept && decisions[0].0.id == id);
    legal.assert_reloads_identically();

    // A second file from the confirmed device imports directly.
    let record_id = w.events[0].0.hash;
    note(&mut w, record_id, "补充", 5);
    let next = incremental(&mut w, 6);
    let outcome = legal.receive(&next.file_name, next.text.as_bytes());
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    assert!(outcome.plan.pins().is_empty() && outcome.plan.quarantine().is_empty());
    assert_eq!(legal.store.event_count(), 3);
}

#[test]
fn a_rejected_first_key_merges_nothing_and_pins_nothing() {
    let mut w = officer("张三", "d1", 1);
    create(&mut w, record("来电说情"), 0);
    let export = full(&mut w, 1);
    let mut legal = Legal::new();
    legal.receive(&export.file_name, export.text.as_bytes());
    let id = held_id(&legal);
    let rejected = prepare_key_decision(&legal.store, &decision(&id, false, "指纹与张三设置页的不一致")).unwrap();
    assert!(rejected.plan.events().is_empty() && rejected.plan.pins().is_empty() && rejected.plan.log().is_none());
    assert_eq!(rejected.plan.writes().len(), 1, "only the decision");
    legal.commit(&rejected.plan);
    assert!(legal.store.awaiting_decision().is_empty());
    assert_eq!((legal.store.event_count(), legal.store.imports().count()), (0, 0));
    assert!(legal.store.pinned_keys(&device("d1")).is_empty());
    assert!(!legal.store.decision(&id).unwrap().accept);
    assert!(legal.store.quarantine_entry(&id).is_some(), "kept as evidence");
    // The same file again: still held as it was, nothing written.
    let again = legal.preview(&export.file_name, export.text.as_bytes());
    assert!(matches!(again.preview.error, Some(Refusal::FirstKey { .. })));
    assert!(again.plan.is_empty());
    assert!(again.preview.warnings.contains(&Warning::AlreadyQuarantined { id: id.clone() }));
    assert_eq!(
        prepare_key_decision(&legal.store, &decision(&id, true, "改变主意")),
        Err(DecisionError::NotAwaitingDecision(id))
    );
    legal.assert_reloads_identically();
}

/// The scenario: a forged file for a device reaches 法治科 before any genuine one.
#[test]
fn a_forged_first_file_is_held_and_rejected_and_the_genuine_file_is_then_confirmed() {
    // Someone fabricates 张三's device d1 and signs with their own key; its file arrives first.
    let mut fake = officer("张三", "d1", 66);
    create(&mut fake, record("伪造的记录"), 0);
    let forged = full(&mut fake, 1);
    let mut legal = Legal::new();
    let outcome = legal.receive(&forged.file_name, forged.text.as_bytes());
    assert!(matches!(outcome.preview.error, Some(Refusal::FirstKey { .. })), "{:?}", outcome.preview.error);
    assert_eq!(legal.store.event_count(), 0, "not merged");
    // The person compares the fingerprint with the one on 张三's 设置 page: it differs, so they reject.
    let forged_id = held_id(&legal);
    legal.decide(&forged_id, false);
    assert!(legal.store.pins().next().is_none(), "the forger's key is not pinned");

    // The genuine file arrives: held as a first key too (not as a forgery of the forger's key).
    let mut real = officer("张三", "d1", 1);
    create(&mut real, record("真实的记录"), 0);
    let genuine = full(&mut real, 1);
    let outcome = legal.receive(&genuine.file_name, genuine.text.as_bytes());
    assert!(matches!(outcome.preview.error, Some(Refusal::FirstKey { .. })), "{:?}", outcome.preview.error);
    let genuine_id = held_id(&legal);
    assert_eq!(genuine_id, format!("{}-first_key", genuine.digest));
    let outcome = legal.decide(&genuine_id, true);
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);

    let pins: Vec<_> = legal.store.pinned_keys(&device("d1")).iter().map(|p| p.public_key).collect();
    assert_eq!(pins, vec![real.key.public_key()], "only the genuine key, never the forger's");
    let contents: Vec<String> =
        legal.store.fold().records.iter().filter_map(|r| r.current().map(|v| v.record.content.clone())).collect();
    assert_eq!(contents, vec!["真实的记录".to_string()]);

    // The forged file sent again is now held as a possible forgery of the confirmed key.
    let again = legal.receive("再次收到.json", forged.text.as_bytes());
    assert!(
        matches!(&again.preview.error, Some(Refusal::KeyMismatch { pinned, .. }) if *pinned == vec![real.key.public_key()]),
        "{:?}",
        again.preview.error
    );
    assert_eq!(legal.store.pinned_keys(&device("d1")).len(), 1);
    legal.assert_reloads_identically();
}

#[test]
fn a_second_held_file_of_a_device_confirmed_meanwhile_imports_without_another_pin() {
    let mut w = officer("张三", "d1", 1);
    let record_id = create(&mut w, record("来电说情"), 0);
    let first = incremental(&mut w, 1);
    note(&mut w, record_id, "补充", 2);
    let second = incremental(&mut w, 3);
    let mut legal = Legal::new();
    legal.receive(&first.file_name, first.text.as_bytes());
    legal.receive(&second.file_name, second.text.as_bytes());
    assert_eq!(legal.store.awaiting_decision().len(), 2, "both held: no key confirmed yet");
    legal.decide(&format!("{}-first_key", first.digest), true);
    let other = legal.store.awaiting_decision()[0].clone();
    let question = key_question(&legal.store, &other).unwrap();
    assert!(!question.is_first_key());
    assert_eq!(question.confirmed().map(|p| p.pinned_by.as_str()), Some(LEGAL_USER));
    let outcome = legal.decide(&other.id, true);
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    assert!(outcome.plan.pins().is_empty(), "the key is pinned once");
    assert_eq!(legal.store.event_count(), 3, "the record, the first export's record, the note");
    legal.assert_reloads_identically();
}

#[test]
fn a_bundle_with_another_key_for_a_pinned_device_is_held_not_merged_until_decided() {
    let (real, mut legal) = pinned();
    // Someone fabricates a chain for device d1 and signs it with their own key.
    let mut fake = officer("张三", "d1", 66);
    create(&mut fake, record("伪造的记录"), 0);
    let forged = full(&mut fake, 1);
    let before = legal.events();
    let outcome = legal.import_export(&forged);
    let refusal = outcome.preview.error.clone().unwrap();
    assert_eq!(
        refusal,
        Refusal::KeyMismatch {
            device: device("d1"),
            pinned: vec![real.key.public_key()],
            presented: fake.key.public_key()
        }
    );
    assert!(refusal.describe().contains("可能是伪造的文件"));
    assert_eq!(outcome.preview.added.events, 1, "the preview still shows what it would add");
    assert_eq!(legal.events(), before, "nothing merged");
    assert!(legal.store.pinned_keys(&device("d1")).len() == 1);
    let held: Vec<String> = legal.store.awaiting_decision().iter().map(|e| e.id.clone()).collect();
    assert_eq!(held, vec![format!("{}-key_mismatch", forged.digest)]);

    // Rejected: recorded, the file stays as evidence, nothing merged, the key not pinned.
    assert_eq!(prepare_key_decision(&legal.store, &decision(&held[0], false, " ")), Err(DecisionError::MissingNote));
    let rejected =
        prepare_key_decision(&legal.store, &decision(&held[0], false, "经电话核实，张三未导出此文件")).unwrap();
    assert!(rejected.plan.events().is_empty() && rejected.plan.pins().is_empty() && rejected.plan.log().is_none());
    assert_eq!(rejected.plan.writes().len(), 1);
    legal.commit(&rejected.plan);
    assert!(legal.store.awaiting_decision().is_empty());
    assert!(!legal.store.decision(&held[0]).unwrap().accept);
    assert_eq!(legal.events(), before);
    assert!(legal.store.quarantine_entry(&held[0]).is_some());
    assert_eq!(
        prepare_key_decision(&legal.store, &decision(&held[0], true, "改变主意")),
        Err(DecisionError::NotAwaitingDecision(held[0].clone()))
    );
    legal.assert_reloads_identically();
}

#[test]
fn an_accepted_new_key_is_pinned_and_the_held_file_merged() {
    let (real, mut legal) = pinned();
    // The laptop was set up again: same device id and chain, new key.
    let mut reinstalled = real.clone();
    reinstalled.key = DeviceKey::from_seed([9; 32]);
    let record_id = reinstalled.events[0].0.hash;
    note(&mut reinstalled, record_id, "重装后补充的备注", 10);
    let next = incremental(&mut reinstalled, 11);
    let held = legal.import_export(&next);
    assert!(matches!(held.preview.error, Some(Refusal::KeyMismatch { .. })));
    let id = legal.store.awaiting_decision()[0].id.clone();

    let accepted = prepare_key_decision(&legal.store, &decision(&id, true, "经电话与张三核对新指纹一致")).unwrap();
    assert!(accepted.preview.accepted(), "{:?}", accepted.preview.error);
    assert!(accepted.preview.warnings.contains(&Warning::KeyAccepted {
        device: device("d1"),
        public_key: reinstalled.key.public_key(),
        first: false,
        by: LEGAL_USER.into(),
        at: import_time() + Duration::hours(2),
    }));
    assert_eq!(accepted.plan.events().len(), 2, "the export record and the note");
    assert!(matches!(&accepted.plan.pins()[0].source, PinSource::Decision { quarantine_id } if *quarantine_id == id));
    assert!(accepted.plan.decision().unwrap().accept);
    legal.commit(&accepted.plan);
    assert!(legal.store.awaiting_decision().is_empty());
    assert_eq!(legal.store.pinned_keys(&device("d1")).len(), 2, "both keys are now accepted");
    let log = legal.store.imports().last().unwrap();
    assert_eq!(log.imported_at, import_time() + Duration::hours(2), "imported when decided");

    // From now on the new key imports directly.
    let record_id = reinstalled.events[0].0.hash;
    note(&mut reinstalled, record_id, "再补充", 20);
    let later = incremental(&mut reinstalled, 21);
    let outcome = legal.import_export(&later);
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    legal.assert_reloads_identically();
}

#[test]
fn accepting_the_key_of_a_file_that_forks_pins_the_key_and_quarantines_the_fork() {
    let (_, mut legal) = pinned();
    let mut fake = officer("张三", "d1", 66);
    create(&mut fake, record("另起炉灶"), 0);
    let forged = full(&mut fake, 1);
    legal.import_export(&forged);
    let id = legal.store.awaiting_decision()[0].id.clone();
    let outcome = prepare_key_decision(&legal.store, &decision(&id, true, "核实后确认")).unwrap();
    assert!(matches!(outcome.preview.error, Some(Refusal::Fork { seq: 1, .. })), "{:?}", outcome.preview.error);
    let accepted = Warning::KeyAccepted {
        device: device("d1"),
        public_key: fake.key.public_key(),
        first: false,
        by: LEGAL_USER.into(),
        at: import_time() + Duration::hours(2),
    };
    assert!(outcome.preview.warnings.contains(&accepted));
    assert!(outcome.plan.events().is_empty());
    assert_eq!(outcome.plan.pins().len(), 1);
    assert_eq!(outcome.plan.quarantine()[0].code, "fork");
    assert!(outcome.plan.decision().is_some());
    legal.commit(&outcome.plan);
    let codes: Vec<&str> = legal.store.quarantine().map(|q| q.code.as_str()).collect();
    assert_eq!(codes.len(), 3, "{codes:?}");
    assert!(
        ["first_key", "key_mismatch", "fork"].iter().all(|c| codes.contains(c)),
        "the genuine first file, then the forged one held as a key mismatch and kept as a fork: {codes:?}"
    );
}

#[test]
fn decisions_only_apply_to_held_files() {
    let (w, mut legal) = pinned();
    assert_eq!(
        prepare_key_decision(&legal.store, &decision("nothing", true, "x")),
        Err(DecisionError::UnknownEntry("nothing".into()))
    );
    // A fork entry is evidence, not awaiting a decision.
    let mut copy = w.clone();
    copy.events.truncate(0);
    create(&mut copy, record("分叉"), 5);
    let forked = full(&mut copy, 6);
    legal.import_export(&forked);
    let fork_id = legal.store.quarantine().find(|q| q.code == "fork").unwrap().id.clone();
    assert_eq!(
        prepare_key_decision(&legal.store, &decision(&fork_id, true, "x")),
        Err(DecisionError::NotAwaitingDecision(fork_id))
    );
}
