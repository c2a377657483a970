//! Export from a real journal, full and incremental; the export recorded in the journal; the round trip into the
//! merged store; the documented example file.

use super::*;
use crate::bundle::{ExportError, ExportRequest, Refusal, Warning, bundle_file_name, export, export_and_record};
use crate::journal::{ChainSpan, Journal, KeyValueStore, MemoryStore, StoreError, keys::event_key};

fn journal(store: &MemoryStore) -> Journal<MemoryStore> {
    Journal::open(store.clone(), device("d1"), "张三").unwrap()
}

fn export_from(
    journal: &Journal<MemoryStore>,
    key: &DeviceKey,
    scope: ExportScope,
    minute: i64,
) -> Result<Export, ExportError> {
    let request = ExportRequest { device: journal.device(), officer: journal.officer(), key, scope, now: at(minute) };
    export(&journal.stored_events(), &request)
}

#[test]
fn a_journal_exported_and_imported_folds_to_the_same_records() {
    let store = MemoryStore::new();
    let mut j = journal(&store);
    let key = DeviceKey::from_seed([1; 32]);
    let id = j.create_record(record("来电说情"), at(0)).unwrap();
    j.add_note(id, "已当场拒绝", at(1)).unwrap();
    j.amend_record(id, vec![id], "补记地点", record("来电说情，要求从轻"), at(2)).unwrap();
    let e = export_from(&j, &key, ExportScope::Full, 3).unwrap();
    assert_eq!(e.file_name, "liuhen-张三-2024-05-01.json");
    assert_eq!(e.events, 3);
    assert_eq!(
        e.chains,
        vec![ChainSpan { device: device("d1"), first_seq: 1, last_seq: 3, last_hash: j.events()[2].hash }]
    );

    let mut legal = Legal::new();
    let outcome = legal.import_export(&e);
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    let summary = outcome.preview.bundle.clone().unwrap();
    assert_eq!((summary.digest, summary.events, summary.scope), (e.digest, 3, ExportScope::Full));
    assert_eq!(summary.exporter.officer, "张三");
    assert_eq!(outcome.preview.added.events, 3);
    assert_eq!(outcome.preview.added.new_records, 1);
    assert_eq!(outcome.preview.added.records, vec![id]);
    assert!(outcome.preview.warnings.iter().any(|w| matches!(w, Warning::KeyAccepted { first: true, .. })));
    assert_eq!(legal.store.fold(), j.fold(), "the same records, versions, notes and conflicts");
    for (event, text) in j.stored_events() {
        assert_eq!(legal.store.stored_text(&event.hash), Some(text), "stored byte for byte");
    }
    let log = legal.store.imports().next().unwrap();
    let confirmed = import_time() + Duration::hours(1);
    assert_eq!((log.number, log.imported_by.as_str(), log.imported_at), (1, LEGAL_USER, confirmed));
    assert_eq!(log.added.devices[0].events, 3);
    legal.assert_reloads_identically();
}

#[test]
fn the_export_is_recorded_and_the_next_incremental_export_starts_after_it() {
    let store = MemoryStore::new();
    let mut j = journal(&store);
    let key = DeviceKey::from_seed([1; 32]);
    let id = j.create_record(record("来电说情"), at(0)).unwrap();
    let first = export_from(&j, &key, ExportScope::Incremental, 1).unwrap();
    assert_eq!(first.chains[0].first_seq, 1, "nothing exported before: everything");
    let recorded = j.record_export(first.digest, first.scope, first.chains.clone(), at(1)).unwrap();
    let record_event = j.events().into_iter().find(|e| e.hash == recorded).unwrap().clone();
    assert_eq!(
        record_event.body,
        EventBody::BundleExported {
            digest: first.digest,
            scope: ExportScope::Incremental,
            chains: first.chains.clone()
        }
    );
    assert_eq!(export_from(&j, &key, ExportScope::Incremental, 2), Err(ExportError::NothingNew));

    j.add_note(id, "补充备注", at(3)).unwrap();
    let second = export_from(&j, &key, ExportScope::Incremental, 4).unwrap();
    assert_eq!(
        second.chains,
        vec![ChainSpan { device: device("d1"), first_seq: 2, last_seq: 3, last_hash: j.events()[2].hash }]
    );
    assert_eq!(second.events, 2, "the export record and the note");
    j.record_export(second.digest, second.scope, second.chains.clone(), at(4)).unwrap();
    let everything = export_from(&j, &key, ExportScope::Full, 5).unwrap();
    assert_eq!(everything.events, 4, "a full export holds every event, export records included");

    // 法治科 can take them in any order: the second run first (earlier positions missing), then the first.
    let mut legal = Legal::new();
    let out_of_order = legal.import_export(&second);
    assert!(out_of_order.preview.warnings.contains(&Warning::MissingEarlier { device: device("d1"), from: 1, to: 1 }));
    legal.import_export(&first);
    let last = legal.import_export(&everything);
    assert_eq!(last.preview.added.events, 1, "only the record of the second export is new");
    assert_eq!(legal.store.event_count(), 4);
    // The register's provenance names every import that carried the record's creation.
    let carriers: Vec<u64> = legal.store.carriers(&device("d1"), 1).iter().map(|e| e.number).collect();
    assert_eq!(carriers, vec![2, 3]);
}

#[test]
fn export_refuses_when_there_is_nothing_or_nobody() {
    let store = MemoryStore::new();
    let mut j = journal(&store);
    let key = DeviceKey::from_seed([1; 32]);
    assert_eq!(export_from(&j, &key, ExportScope::Full, 0), Err(ExportError::NothingToExport));
    j.create_record(record("甲"), at(0)).unwrap();
    let request = ExportRequest { device: j.device(), officer: "  ", key: &key, scope: ExportScope::Full, now: at(1) };
    assert_eq!(export(&j.stored_events(), &request), Err(ExportError::MissingOfficer));
    assert_eq!(ExportError::NothingNew.to_string(), "上次导出后没有新的内容");
}

#[test]
fn a_journal_whose_chain_fails_verification_cannot_be_exported_and_the_officer_is_told_why() {
    let store = MemoryStore::new();
    let mut j = journal(&store);
    let key = DeviceKey::from_seed([1; 32]);
    let id = j.create_record(record("甲"), at(0)).unwrap();
    j.add_note(id, "乙", at(1)).unwrap();
    let k = event_key(&device("d1"), 1);
    let text = store.get(&k).unwrap().unwrap();
    store.set(&k, &text.replace("甲", "丙")).unwrap();
    j.refresh().unwrap();
    match export_from(&j, &key, ExportScope::Full, 2) {
        Err(ExportError::WouldBeRefused(Refusal::BrokenChain { problems })) => {
            assert!(problems.iter().any(|p| p.contains("内容与哈希值不符")), "{problems:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn file_names_are_liuhen_officer_date() {
    assert_eq!(bundle_file_name("张三", day(3)), "liuhen-张三-2024-05-03.json");
}

/// The example in `docs/bundle-example.json` parses and verifies, and is what the format document describes.
#[test]
fn the_documented_example_verifies() {
    let text = include_str!("../../../docs/bundle-example.json");
    let outcome = Legal::enrolled(&[("3fa4c2d1e0b9a871", 7)]).preview("bundle-example.json", text.as_bytes());
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    let bundle = outcome.preview.bundle.unwrap();
    assert_eq!(bundle.version.to_string(), "1.0");
    assert_eq!(bundle.exporter.public_key, DeviceKey::from_seed([7; 32]).public_key());
    assert_eq!(bundle.events, 3);
    let value: Value = serde_json::from_str(text).unwrap();
    assert_eq!(value["digest"].as_str().unwrap(), bundle.digest.to_string());
    assert_eq!(content_digest(value.as_object().unwrap()), bundle.digest);
    // The signed message is the ASCII text "liuhen-bundle:" followed by the digest.
    let message = format!("liuhen-bundle:{}", bundle.digest);
    let signature: crate::bundle::BundleSignature = value["signature"].as_str().unwrap().parse().unwrap();
    assert_eq!(bundle.exporter.public_key.verify(message.as_bytes(), &signature), Ok(()));
}

#[test]
fn an_export_is_handed_out_once_it_is_recorded_and_the_next_incremental_starts_after_it() {
    let store = MemoryStore::new();
    let mut j = journal(&store);
    let key = DeviceKey::from_seed([4; 32]);
    j.create_record(record("来电说情"), at(0)).unwrap();
    let first = export_and_record(&mut j, &key, ExportScope::Incremental, at(1)).unwrap();
    let recorded = first.recorded.expect("recorded");
    let EventBody::BundleExported { digest, scope, chains } = &j.events().last().unwrap().body else {
        panic!("the last event records the export");
    };
    assert_eq!(j.events().last().unwrap().hash, recorded);
    assert_eq!((*digest, *scope, chains), (first.bundle.digest, ExportScope::Incremental, &first.bundle.chains));
    // Reopened from the store, the record is there: it was written, not only held in memory.
    let reopened = journal(&store);
    assert!(reopened.events().iter().any(|e| e.hash == recorded));
    assert_eq!(
        export_and_record(&mut j, &key, ExportScope::Incremental, at(2)).map(|e| e.bundle.events),
        Err(ExportError::NothingNew),
        "the next incremental export starts after the recorded one"
    );
}

#[test]
fn a_full_store_still_hands_the_export_out_and_says_it_was_not_recorded() {
    let store = MemoryStore::new();
    let mut j = journal(&store);
    let key = DeviceKey::from_seed([5; 32]);
    j.create_record(record("来电说情"), at(0)).unwrap();
    let before = j.events().len();
    store.fail_writes(Some(StoreError::QuotaExceeded));
    let outcome = export_and_record(&mut j, &key, ExportScope::Full, at(1)).unwrap();
    assert!(outcome.recorded.is_err(), "{:?}", outcome.recorded);
    assert_eq!(outcome.bundle.events, before, "the whole journal is in the file");
    store.fail_writes(None);
    assert_eq!(journal(&store).events().len(), before, "nothing half-written");
    let again = export_and_record(&mut j, &key, ExportScope::Incremental, at(2)).unwrap();
    assert_eq!(again.bundle.events, before, "an unrecorded export is repeated by the next incremental one");
}

#[test]
fn a_monthly_attestation_travels_in_the_bundle_to_the_merged_store() {
    let store = MemoryStore::new();
    let mut j = journal(&store);
    let key = DeviceKey::from_seed([6; 32]);
    let june = crate::journal::Month::parse("2024-06").unwrap();
    j.attest_month(june, NaiveDate::from_ymd_opt(2024, 7, 1).unwrap(), at(0)).unwrap();
    let e = export_from(&j, &key, ExportScope::Full, 1).unwrap();
    let mut legal = Legal::new();
    let outcome = legal.import_export(&e);
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    let merged = legal.store.fold();
    assert_eq!(merged.attestations.len(), 1);
    assert_eq!((merged.attestations[0].month, merged.attestations[0].author.officer.as_str()), (june, "张三"));
    assert!(merged.problems.is_empty(), "a known kind of event: {:?}", merged.problems);
    legal.assert_reloads_identically();
}
