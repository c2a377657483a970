//! Native tests of the migration and backup files: the envelope (truncated, tampered, wrong format, too large), the
//! payload, and the verification of a journal or merged store before anything is written. The AES-GCM round trip
//! itself (wrong passphrase, tampered ciphertext) runs in the browser: `tests/transfer_web.rs`.

use chrono::{DateTime, Duration, FixedOffset};

use super::envelope::{IV_BYTES, SALT_BYTES};
use super::*;
use crate::bundle::store_keys::merged_event_key;
use crate::journal::keys::{DEVICE_KEY, event_key};
use crate::journal::{DeviceId, Journal, KeyValueStore, MemoryStore, StagedStore};
use crate::record::sample::phoned_plea;

fn at(minutes: i64) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-12-06T09:30:00+08:00").unwrap() + Duration::minutes(minutes)
}

const SEED: &str = "0101010101010101010101010101010101010101010101010101010101010101";

fn envelope(kind: FileKind) -> Envelope {
    Envelope {
        kind,
        made_at: at(0),
        iterations: ITERATIONS,
        salt: [7; SALT_BYTES],
        iv: [9; IV_BYTES],
        ciphertext: vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
    }
}

fn edited(text: &str, change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
    change(&mut value);
    serde_json::to_vec(&value).unwrap()
}

/// A journal of device d1 with `records` records, as its database holds it.
fn journal_entries(records: i64) -> Vec<(String, String)> {
    let store = MemoryStore::new();
    store.set(DEVICE_KEY, "d1").unwrap();
    let mut journal = Journal::open(store.clone(), DeviceId::new("d1").unwrap(), "张三").unwrap();
    for minute in 0..records {
        journal.create_record(phoned_plea(), at(minute)).unwrap();
    }
    store.entries().into_iter().collect()
}

fn moved(records: i64) -> JournalMove {
    read_journal_move(&journal_payload(journal_entries(records), SEED)).unwrap()
}

#[test]
fn an_envelope_reads_back_as_written_and_names_its_method() {
    let written = envelope(FileKind::OfficerJournal);
    let text = written.to_json();
    for member in ["\"liuhen-migration\"", "\"PBKDF2-SHA256\"", "600000", "\"AES-256-GCM\"", "\"officer-journal\""] {
        assert!(text.contains(member), "{member} in {text}");
    }
    assert_eq!(Envelope::parse(text.as_bytes(), FileKind::OfficerJournal), Ok(written));
    assert!(FileKind::OfficerJournal.file_name(at(0)).starts_with("liuhen-迁移-20261206-0930"));
}

#[test]
fn a_truncated_file_is_refused_as_incomplete() {
    let text = envelope(FileKind::OfficerJournal).to_json();
    for cut in [text.len() - 1, text.len() / 2, 40] {
        let refused = Envelope::parse(&text.as_bytes()[..cut], FileKind::OfficerJournal).unwrap_err();
        assert_eq!(refused, TransferError::Truncated, "cut at {cut}");
        assert!(refused.to_string().contains("文件不完整") && refused.to_string().contains("重新复制"));
    }
    let short = edited(&text, |v| v["ciphertext"] = "AQID".into());
    assert_eq!(Envelope::parse(&short, FileKind::OfficerJournal), Err(TransferError::Truncated));
}

#[test]
fn other_files_are_refused_with_what_they_are() {
    let refuse = |bytes: &[u8]| Envelope::parse(bytes, FileKind::OfficerJournal).unwrap_err();
    assert_eq!(refuse(b"\x89PNG\r\n\x1a\n"), TransferError::NotATransferFile);
    assert_eq!(refuse(b"{\"hello\": 1}"), TransferError::NotATransferFile);
    assert_eq!(refuse(b"[1, 2"), TransferError::NotATransferFile);
    assert_eq!(refuse(br#"{"format":"liuhen-bundle","version":"1.0"}"#), TransferError::IsBundle);
    let backup = envelope(FileKind::LegalBackup).to_json();
    let wrong = refuse(backup.as_bytes());
    assert_eq!(wrong, TransferError::WrongKind { found: FileKind::LegalBackup });
    assert!(wrong.to_string().contains("法治科的备份文件"), "{wrong}");
    let message = TransferError::NotATransferFile.to_string();
    assert!(message.contains("迁移到新电脑") && message.ends_with("未写入任何内容。"), "{message}");
}

#[test]
fn a_file_too_large_is_refused_before_it_is_parsed() {
    let mut bytes = envelope(FileKind::OfficerJournal).to_json().into_bytes();
    bytes.resize(MAX_FILE_BYTES + 1, b' ');
    let refused = Envelope::parse(&bytes, FileKind::OfficerJournal).unwrap_err();
    assert_eq!(refused, TransferError::TooLarge { bytes: MAX_FILE_BYTES + 1 });
    assert!(refused.to_string().contains("256.0 MB"), "{refused}");
}

#[test]
fn tampered_members_are_refused_before_any_decryption() {
    let text = envelope(FileKind::OfficerJournal).to_json();
    let refuse = |change: fn(&mut serde_json::Value)| {
        Envelope::parse(&edited(&text, change), FileKind::OfficerJournal).unwrap_err()
    };
    let damaged = |e: TransferError| matches!(e, TransferError::Damaged { .. });
    assert!(damaged(refuse(|v| v["kdf"]["iterations"] = 1000.into())), "too few iterations");
    assert!(damaged(refuse(|v| v["kdf"]["iterations"] = 4_000_000_000u32.into())), "too many iterations");
    assert!(damaged(refuse(|v| v["kdf"]["name"] = "MD5".into())));
    assert!(damaged(refuse(|v| v["cipher"]["name"] = "AES-CBC".into())));
    assert!(damaged(refuse(|v| v["kdf"]["salt"] = "AAAA".into())), "salt too short");
    assert!(damaged(refuse(|v| v["cipher"]["iv"] = "@@@@".into())), "iv not base64");
    assert!(damaged(refuse(|v| v["made_at"] = "yesterday".into())));
    assert!(damaged(refuse(|v| v["extra"] = 1.into())), "unknown member");
    assert!(damaged(refuse(|v| v["version"] = "1".into())));
    assert_eq!(refuse(|v| v["version"] = 2.into()), TransferError::NewerVersion { version: 2 });
}

#[test]
fn kind_and_time_are_bound_to_the_ciphertext() {
    let officer = envelope(FileKind::OfficerJournal);
    let backup = envelope(FileKind::LegalBackup);
    let later = Envelope { made_at: at(1), ..officer.clone() };
    assert_ne!(officer.associated_data(), backup.associated_data());
    assert_ne!(officer.associated_data(), later.associated_data());
    let read = Envelope::parse(officer.to_json().as_bytes(), FileKind::OfficerJournal).unwrap();
    assert_eq!(read.associated_data(), officer.associated_data());
}

#[test]
fn passphrases_must_be_long_enough_and_typed_twice_alike() {
    assert_eq!(check_passphrase("短口令", "短口令"), Err(TransferError::PassphraseTooShort));
    assert_eq!(check_passphrase("长长的口令一二三", "长长的口令一二四"), Err(TransferError::PassphraseMismatch));
    assert_eq!(check_passphrase("长长的口令一二三", "长长的口令一二三"), Ok(()));
}

#[test]
fn a_payload_reads_back_and_refuses_repeats_and_the_other_kind() {
    let payload = journal_payload(journal_entries(1), SEED);
    let bytes = payload.to_bytes();
    assert_eq!(Payload::parse(&bytes, FileKind::OfficerJournal), Ok(payload.clone()));
    assert!(matches!(Payload::parse(&bytes, FileKind::LegalBackup), Err(TransferError::Damaged { .. })));
    assert!(matches!(Payload::parse(b"{}", FileKind::OfficerJournal), Err(TransferError::Damaged { .. })));
    let mut twice = payload.clone();
    let first = twice.stores[0].entries[0].clone();
    twice.stores[0].entries.push(first);
    assert!(matches!(Payload::parse(&twice.to_bytes(), FileKind::OfficerJournal), Err(TransferError::Damaged { .. })));
    let mut newer = payload;
    newer.version = 2;
    assert_eq!(
        Payload::parse(&newer.to_bytes(), FileKind::OfficerJournal),
        Err(TransferError::NewerVersion { version: 2 })
    );
}

#[test]
fn a_journal_that_verifies_is_read_with_its_chain_position() {
    let journal = moved(3);
    assert_eq!(journal.device.as_str(), "d1");
    assert_eq!((journal.events, journal.last_seq), (3, Some(3)));
    assert_eq!(journal.seed_hex, SEED);
    assert!(!format!("{journal:?}").contains(SEED), "Debug never shows the key");
}

#[test]
fn a_tampered_or_broken_journal_is_refused() {
    let mut entries = journal_entries(3);
    let key = event_key(&DeviceId::new("d1").unwrap(), 2);
    let slot = entries.iter_mut().find(|(k, _)| *k == key).unwrap();
    slot.1 = slot.1.replace("来电说情", "来电问候");
    let refused = read_journal_move(&journal_payload(entries, SEED)).unwrap_err();
    assert!(matches!(refused, TransferError::Unverified { .. }), "{refused:?}");
    assert!(refused.to_string().contains("未通过校验"), "{refused}");
    let at_source = refused.of_source().to_string();
    assert!(at_source.starts_with("本机数据未通过校验") && at_source.contains("交法治科核对"), "{at_source}");

    let mut cut = journal_entries(3);
    cut.retain(|(k, _)| *k != key);
    assert!(matches!(read_journal_move(&journal_payload(cut, SEED)), Err(TransferError::Unverified { .. })));

    let mut no_device = journal_entries(1);
    no_device.retain(|(k, _)| k != DEVICE_KEY);
    assert!(matches!(read_journal_move(&journal_payload(no_device, SEED)), Err(TransferError::Damaged { .. })));
    assert!(matches!(
        read_journal_move(&journal_payload(journal_entries(1), "00")),
        Err(TransferError::Damaged { .. })
    ));
    let mut extra = journal_payload(journal_entries(1), SEED);
    extra.local.push(("liuhen/v1/profile".into(), "{}".into()));
    assert!(matches!(read_journal_move(&extra), Err(TransferError::Damaged { .. })));
}

#[test]
fn a_fresh_browser_takes_the_journal_and_continues_the_same_chain() {
    let journal = moved(2);
    // A fresh browser made its own device id on first start, and nothing else.
    let fresh = vec![(DEVICE_KEY.to_string(), "ffffffffffffffff".to_string())];
    let batch = plan_restore(&fresh, &journal.entries, JOURNAL_STORE).unwrap();
    assert_eq!(batch.put, vec![(DEVICE_KEY.to_string(), "d1".to_string())]);
    assert_eq!(batch.add.len(), journal.entries.len() - 1);

    let after: Vec<(String, String)> = journal.entries.clone();
    assert_eq!(check_restored(&after, &journal.entries), Ok(()));
    // A move cut short is made again: only what is missing is written.
    let again = plan_restore(&journal.entries[..2], &journal.entries, JOURNAL_STORE).unwrap();
    assert_eq!(again.add.len() + again.put.len(), journal.entries.len() - 2);
    let store = StagedStore::loaded(after);
    let mut continued = Journal::open(store.clone(), journal.device.clone(), "张三").unwrap();
    assert!(continued.issues().is_empty());
    continued.create_record(phoned_plea(), at(10)).unwrap();
    assert_eq!(continued.summary().last_seq, Some(3), "the next position of the same chain");
    let reopened = Journal::open(store, journal.device.clone(), "张三").unwrap();
    assert!(reopened.issues().is_empty(), "{:?}", reopened.issues());
}

#[test]
fn a_browser_with_a_journal_of_its_own_is_refused() {
    let journal = moved(1);
    let own: Vec<(String, String)> =
        journal_entries(2).into_iter().map(|(k, v)| (k.replace("/d1", "/e2"), v)).collect();
    let refused = plan_restore(&own, &journal.entries, JOURNAL_STORE).unwrap_err();
    assert!(matches!(refused, TransferError::TargetInUse { .. }));
    let message = refused.to_string();
    assert!(
        message.contains("本机已有办案记录日志（3 项，其中 2 条事件）") && message.contains("新的浏览器用户"),
        "{message}"
    );
    let differing = vec![("liuhen/v1/migrated-from-local-storage".to_string(), "x".to_string())];
    let mut carrying = journal.entries.clone();
    carrying.push(("liuhen/v1/migrated-from-local-storage".into(), "y".into()));
    assert!(matches!(plan_restore(&differing, &carrying, JOURNAL_STORE), Err(TransferError::TargetInUse { .. })));
    let short = &journal.entries[1..];
    assert_eq!(check_restored(short, &journal.entries), Err(TransferError::ReadBackMismatch { entries: 1 }));
}

/// A merged store holding device d1's events, as its database holds them.
fn merged_entries(records: i64) -> Vec<(String, String)> {
    let store = Journal::open(StagedStore::loaded(journal_entries(records)), DeviceId::new("d1").unwrap(), "").unwrap();
    store.stored_events().into_iter().map(|(event, text)| (merged_event_key(&event.hash), text.to_string())).collect()
}

#[test]
fn a_backup_that_verifies_is_restored_only_into_an_empty_store() {
    let legal = DeviceId::new("aa00aa00aa00aa00").unwrap();
    let payload = legal_payload(merged_entries(3), journal_entries(2), Some(&legal));
    let backup = read_legal_backup(&Payload::parse(&payload.to_bytes(), FileKind::LegalBackup).unwrap()).unwrap();
    assert_eq!((backup.events, backup.journal_events, backup.legal_device.clone()), (3, 2, Some(legal)));
    let writes = plan_restore(&[], &backup.entries, MERGED_STORE).unwrap();
    assert_eq!((writes.add, writes.put), (backup.entries.clone(), Vec::new()));
    let elsewhere = merged_entries(1).into_iter().map(|(k, v)| (format!("{k}0"), v)).collect::<Vec<_>>();
    let refused = plan_restore(&elsewhere, &backup.entries, MERGED_STORE).unwrap_err();
    assert!(refused.to_string().contains("本机已有法治科的合并数据（1 项，其中 1 条事件）"), "{refused}");
    // A chain that begins after position 1 (imported from a partial export) verifies.
    let partial = merged_entries(3)[1..].to_vec();
    assert_eq!(read_legal_backup(&legal_payload(partial, Vec::new(), None)).map(|b| b.events), Ok(2));
}

#[test]
fn a_tampered_or_cut_backup_is_refused() {
    let mut altered = merged_entries(3);
    altered[1].1 = altered[1].1.replace("来电说情", "来电问候");
    let refused = read_legal_backup(&legal_payload(altered, Vec::new(), None)).unwrap_err();
    assert!(matches!(refused, TransferError::Unverified { .. }), "{refused:?}");
    let mut entries = merged_entries(3);
    let middle = Journal::open(StagedStore::loaded(journal_entries(3)), DeviceId::new("d1").unwrap(), "")
        .unwrap()
        .events()
        .into_iter()
        .find(|e| e.seq == 2)
        .map(|e| merged_event_key(&e.hash))
        .unwrap();
    entries.retain(|(k, _)| *k != middle);
    assert!(matches!(
        read_legal_backup(&legal_payload(entries, Vec::new(), None)),
        Err(TransferError::Unverified { .. })
    ));
    let mut stray = merged_entries(1);
    stray.push(("liuhen/merged/v1/pin/x".into(), "{}".into()));
    assert!(matches!(
        read_legal_backup(&legal_payload(stray, Vec::new(), None)),
        Err(TransferError::Unverified { .. })
    ));
    // 法治科's own journal is verified too.
    let mut journal = journal_entries(2);
    let key = event_key(&DeviceId::new("d1").unwrap(), 1);
    let slot = journal.iter_mut().find(|(k, _)| *k == key).unwrap();
    slot.1 = slot.1.replace("来电说情", "来电问候");
    let refused = read_legal_backup(&legal_payload(merged_entries(1), journal, None)).unwrap_err();
    assert!(matches!(refused, TransferError::Unverified { .. }), "{refused:?}");
}
