//! Key pinning: the first import pins a device's key; a bundle for the same device with another key is held,
//! merged only once a person accepts it, and kept as evidence if they reject it.

use super::*;
use crate::bundle::{DecisionError, KeyDecision, PinSource, Refusal, Warning, prepare_key_decision};

fn decision(id: &str, accept: bool, note: &str) -> KeyDecision {
    KeyDecision {
        quarantine_id: id.to_string(),
        accept,
        decided_by: LEGAL_USER.into(),
        decided_at: import_time() + Duration::hours(2),
        note: note.into(),
    }
}

/// 张三's device d1 (key seed 1), one record, imported in full.
fn pinned() -> (ChainWriter, Legal) {
    let mut w = officer("张三", "d1", 1);
    create(&mut w, record("来电说情"), 0);
    let export = full(&mut w, 1);
    let mut legal = Legal::new();
    let outcome = legal.import_export(&export);
    assert!(outcome.preview.accepted());
    (w, legal)
}

#[test]
fn the_first_import_pins_the_device_key() {
    let (w, legal) = pinned();
    let pins = legal.store.pinned_keys(&device("d1"));
    assert_eq!(pins.len(), 1);
    assert_eq!(pins[0].public_key, w.key.public_key());
    assert_eq!(pins[0].pinned_by, LEGAL_USER);
    assert!(matches!(pins[0].source, PinSource::FirstImport { .. }));
    let first = legal.store.imports().next().unwrap();
    assert!(
        first.warnings.iter().any(|w| w.starts_with("首次导入设备 d1 的文件，已登记其公钥")),
        "{:?}",
        first.warnings
    );
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
    assert!(
        accepted
            .preview
            .warnings
            .contains(&Warning::KeyAccepted { device: device("d1"), public_key: reinstalled.key.public_key() })
    );
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
    let accepted = Warning::KeyAccepted { device: device("d1"), public_key: fake.key.public_key() };
    assert!(outcome.preview.warnings.contains(&accepted));
    assert!(outcome.plan.events().is_empty());
    assert_eq!(outcome.plan.pins().len(), 1);
    assert_eq!(outcome.plan.quarantine()[0].code, "fork");
    assert!(outcome.plan.decision().is_some());
    legal.commit(&outcome.plan);
    assert_eq!(legal.store.quarantine().count(), 2, "held as a key mismatch, then kept as a fork");
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
    let fork_id = legal.store.quarantine().next().unwrap().id.clone();
    assert_eq!(
        prepare_key_decision(&legal.store, &decision(&fork_id, true, "x")),
        Err(DecisionError::NotAwaitingDecision(fork_id))
    );
}
