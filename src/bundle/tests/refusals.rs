//! Every reason to refuse a bundle has its own Chinese message, and a refused bundle writes nothing — except a
//! fork or a shortened chain, which only puts the file in the quarantine as evidence.

use serde_json::json;

use super::*;
use crate::bundle::{MAX_BUNDLE_BYTES, Refusal, Warning};
use crate::journal::EventBody;

/// Officer 张三 on device d1: a record, a note, an amendment; exported in full.
fn fixture() -> (ChainWriter, Export) {
    let mut w = officer("张三", "d1", 1);
    let id = create(&mut w, record("来电说情"), 0);
    note(&mut w, id, "已拒绝", 1);
    amend(&mut w, id, vec![id], record("来电说情，要求从轻"), 2);
    let export = full(&mut w, 3);
    (w, export)
}

/// The refusal of `text` by an empty store; asserts the plan writes nothing.
fn refusal_of(bytes: &[u8]) -> Refusal {
    let outcome = Legal::new().preview("test.json", bytes);
    assert!(outcome.plan.is_empty(), "a refused bundle writes nothing: {:?}", outcome.plan.writes());
    outcome.preview.error.expect("refused")
}

fn forger() -> DeviceKey {
    DeviceKey::from_seed([66; 32])
}

#[test]
fn a_valid_bundle_is_accepted() {
    let (_, export) = fixture();
    let mut legal = Legal::new();
    let outcome = legal.import_export(&export);
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    assert_eq!(outcome.preview.added.events, 3);
    assert_eq!(legal.store.event_count(), 3);
}

#[test]
fn a_file_over_20_mib_is_refused_before_parsing() {
    assert_eq!(MAX_BUNDLE_BYTES, 20 * 1024 * 1024);
    let (_, export) = fixture();
    // A valid bundle padded with whitespace past the limit: refused on size alone.
    let mut padded = export.text.into_bytes();
    padded.resize(MAX_BUNDLE_BYTES + 1, b' ');
    assert_eq!(refusal_of(&padded), Refusal::TooLarge { bytes: MAX_BUNDLE_BYTES + 1 });
    // Exactly at the limit it is parsed (and then refused for what it is).
    let at_limit = vec![b' '; MAX_BUNDLE_BYTES];
    assert!(matches!(refusal_of(&at_limit), Refusal::Malformed { .. }));
}

#[test]
fn a_truncated_or_non_utf8_file_is_malformed() {
    let (_, export) = fixture();
    let cut = &export.text.as_bytes()[..export.text.len() / 2];
    let refusal = refusal_of(cut);
    assert!(matches!(&refusal, Refusal::Malformed { detail } if detail.starts_with("文件意外结束")), "{refusal:?}");
    assert!(refusal.describe().contains("可能在拷贝时被截断"), "{}", refusal.describe());
    let refusal = refusal_of(&[0x7b, 0xff, 0xfe, 0x7d]);
    assert_eq!(refusal, Refusal::Malformed { detail: "第2个字节起不是UTF-8编码的文本".into() });
    assert!(matches!(refusal_of(b""), Refusal::Malformed { .. }));
}

#[test]
fn json_that_is_not_a_bundle_says_so() {
    assert_eq!(refusal_of(b"[1,2]"), Refusal::NotABundle { detail: "顶层不是JSON对象".into() });
    assert_eq!(refusal_of(b"{}"), Refusal::NotABundle { detail: "缺少格式名（format）".into() });
    let other = refusal_of(br#"{"format":"other-app","version":"1.0"}"#);
    assert_eq!(other.describe(), "不是留痕数据文件：格式名（format）应为“liuhen-bundle”，实为 \"other-app\"");
}

#[test]
fn a_newer_major_version_is_refused_with_a_clear_message_even_with_new_members() {
    let (_, export) = fixture();
    let newer = edited(&export.text, |o| {
        o.insert("version".into(), json!("2.0"));
        o.insert("compression".into(), json!("zstd"));
    });
    let refusal = refusal_of(newer.as_bytes());
    assert_eq!(refusal, Refusal::NewerVersion { version: "2.0".into() });
    assert_eq!(
        refusal.describe(),
        "此文件由较新版本的留痕导出（格式版本 2.0），本系统只能读取 1.x 及更早的版本，请先升级本系统再导入"
    );
}

#[test]
fn wrong_schema_and_unknown_members_are_refused_even_when_signed() {
    let (_, export) = fixture();
    let schema = |text: &str| match refusal_of(text.as_bytes()) {
        Refusal::Schema { detail } => detail,
        other => panic!("{other:?}"),
    };
    // An unknown member is refused whether or not the digest and signature were made over it.
    let extra = forged(&export.text, &forger(), |o| drop(o.insert("comment".into(), json!("补充"))));
    assert!(schema(&extra).starts_with("未知字段“comment”"), "{}", schema(&extra));
    let nested = edited(&export.text, |o| drop(o["exporter"].as_object_mut().unwrap().insert("x".into(), json!(1))));
    assert!(schema(&nested).starts_with("未知字段“x”"));
    let in_span = edited(&export.text, |o| drop(o["chains"][0].as_object_mut().unwrap().insert("n".into(), json!(1))));
    assert!(schema(&in_span).starts_with("未知字段“n”"));
    assert!(schema(&edited(&export.text, |o| drop(o.remove("scope")))).starts_with("缺少字段“scope”"));
    assert!(
        schema(&edited(&export.text, |o| drop(o.insert("chains".into(), json!("全部")))))
            .starts_with("字段的类型或取值不符")
    );
    let repeated = export.text.replacen("\"scope\": \"full\"", "\"scope\": \"full\", \"scope\": \"full\"", 1);
    assert!(schema(&repeated).starts_with("字段“scope”重复"), "{}", schema(&repeated));
    assert!(schema(&edited(&export.text, |o| drop(o.insert("version".into(), json!("1"))))).starts_with("版本号"));
    let bad_time = edited(&export.text, |o| drop(o.insert("exported_at".into(), json!("昨天下午"))));
    assert_eq!(schema(&bad_time), "导出时间（exported_at）“昨天下午”不是有效的时间");
    let bad_key =
        edited(&export.text, |o| drop(o["exporter"].as_object_mut().unwrap().insert("public_key".into(), json!("AB"))));
    assert!(schema(&bad_key).starts_with("公钥应为64位小写十六进制数字"));
}

#[test]
fn content_changed_after_export_is_a_digest_mismatch() {
    let (_, export) = fixture();
    let altered_event = edited(&export.text, |o| {
        let events = events_of(o);
        let changed = events[0].as_str().unwrap().replace("来电说情", "来电询问");
        events[0] = Value::from(changed);
    });
    let refusal = refusal_of(altered_event.as_bytes());
    assert!(matches!(refusal, Refusal::DigestMismatch { stated, .. } if stated == export.digest), "{refusal:?}");
    assert!(refusal.describe().contains("文件在导出后被改动"));
    let retimed =
        edited(&export.text, |o| drop(o.insert("exported_at".into(), json!("2024-05-09T10:00:00.000+08:00"))));
    assert!(matches!(refusal_of(retimed.as_bytes()), Refusal::DigestMismatch { .. }));
}

#[test]
fn a_signature_that_does_not_match_is_refused() {
    let (mut w, export) = fixture();
    // Content changed and the digest recomputed, but not re-signed.
    let resealed =
        redigested(&export.text, |o| drop(o.insert("exported_at".into(), json!("2024-05-09T10:00:00.000+08:00"))));
    let refusal = refusal_of(resealed.as_bytes());
    assert_eq!(refusal, Refusal::BadSignature { detail: "签名与内容或公钥不符".into() });
    assert_eq!(refusal.describe(), "签名无效（签名与内容或公钥不符），文件可能被改动或伪造");
    // The signature of another bundle of the same device.
    let id = w.events[0].0.hash;
    note(&mut w, id, "又一条备注", 4);
    let other = incremental(&mut w, 5);
    let other_signature: Value = serde_json::from_str::<Value>(&other.text).unwrap()["signature"].clone();
    let swapped = edited(&export.text, |o| drop(o.insert("signature".into(), other_signature)));
    assert!(matches!(refusal_of(swapped.as_bytes()), Refusal::BadSignature { .. }));
    // Another key put in without re-signing.
    let rekeyed = redigested(&export.text, |o| {
        o["exporter"]["public_key"] = Value::from(forger().public_key().to_string());
    });
    assert!(matches!(refusal_of(rekeyed.as_bytes()), Refusal::BadSignature { .. }));
}

#[test]
fn a_broken_chain_is_refused_even_when_the_forger_signs_it() {
    let (_, export) = fixture();
    let problems = |text: String| match refusal_of(text.as_bytes()) {
        Refusal::BrokenChain { problems } => problems.join("\n"),
        other => panic!("{other:?}"),
    };
    let dropped = problems(forged(&export.text, &forger(), |o| drop(events_of(o).remove(1))));
    assert!(dropped.contains("实际只有2个") && dropped.contains("之前缺少第2号事件"), "{dropped}");
    let altered = problems(forged(&export.text, &forger(), |o| {
        let events = events_of(o);
        let changed = events[0].as_str().unwrap().replace("来电说情", "来电询问");
        events[0] = Value::from(changed);
    }));
    assert!(altered.contains("内容与哈希值不符"), "{altered}");
    let wrong_head = problems(forged(&export.text, &forger(), |o| {
        o["chains"][0]["last_hash"] = Value::from(EventHash::of_text("别的").to_string());
    }));
    assert!(wrong_head.contains("链头事件的哈希与声明的不符"), "{wrong_head}");
    let undeclared = problems(forged(&export.text, &forger(), |o| drop(o.insert("chains".into(), json!([])))));
    assert!(undeclared.contains("不在文件声明的链中"), "{undeclared}");
    let late_start = problems(forged(&export.text, &forger(), |o| {
        o["chains"][0]["first_seq"] = json!(2);
        events_of(o).remove(0);
    }));
    assert!(late_start.contains("全部导出应从第1号事件开始"), "{late_start}");
    let doubled = problems(forged(&export.text, &forger(), |o| {
        let first = events_of(o)[0].clone();
        events_of(o).push(first);
    }));
    assert!(doubled.contains("出现了不止一次"), "{doubled}");
    let respelled = problems(forged(&export.text, &forger(), |o| {
        let events = events_of(o);
        let changed = events[0].as_str().unwrap().replace("来电说情", "\\u6765电说情");
        events[0] = Value::from(changed);
    }));
    assert!(respelled.contains("规范格式不符"), "{respelled}");
}

#[test]
fn events_in_any_order_within_the_file_are_accepted() {
    let (_, export) = fixture();
    let reversed = forged(&export.text, &DeviceKey::from_seed([1; 32]), |o| events_of(o).reverse());
    let outcome = Legal::enrolled(&[("d1", 1)]).preview("reversed.json", reversed.as_bytes());
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    assert_eq!(outcome.plan.events().len(), 3);
}

#[test]
fn a_fork_from_the_imported_chain_is_refused_and_kept_as_evidence_once() {
    let (w, export) = fixture();
    let mut legal = Legal::enrolled(&[("d1", 1)]);
    legal.import_export(&export);
    // The same device (same key) continues a copy of its chain from position 2 differently: a fork at position 3.
    let mut copy = w.clone();
    copy.events.truncate(2);
    let id = copy.events[0].0.hash;
    let other = amend(&mut copy, id, vec![id], record("改写过的内容"), 9);
    let forked = full(&mut copy, 10);
    let before = legal.events();
    let outcome = legal.import_export(&forked);
    let refusal = outcome.preview.error.clone().unwrap();
    assert_eq!(refusal, Refusal::Fork { device: device("d1"), seq: 3, known: w.events[2].0.hash, incoming: other });
    assert!(refusal.describe().contains("事件链出现分叉"));
    assert_eq!(legal.events(), before, "no event of a forked bundle is merged");
    assert!(outcome.plan.events().is_empty() && outcome.plan.log().is_none() && outcome.plan.pins().is_empty());
    let entries: Vec<_> = legal.store.quarantine().collect();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].raw, forked.text, "the file is kept byte for byte");
    assert_eq!((entries[0].code.as_str(), entries[0].digest), ("fork", forked.digest));
    assert_eq!(entries[0].file_name, forked.file_name);
    // Seen again: refused the same way, not stored twice.
    let again = legal.preview(&forked.file_name, forked.text.as_bytes());
    assert!(again.plan.is_empty());
    assert!(again.preview.warnings.iter().any(|w| matches!(w, Warning::AlreadyQuarantined { .. })));
    legal.assert_reloads_identically();
}

#[test]
fn a_full_export_claiming_a_shorter_chain_is_refused_unless_the_chain_records_that_export() {
    let (mut w, first) = fixture(); // full export of 1..=3, recorded as event 4
    let id = w.events[0].0.hash;
    note(&mut w, id, "后续备注", 20);
    let second = full(&mut w, 21); // 1..=5
    let mut legal = Legal::new();
    legal.import_export(&second);

    // The honest earlier export, imported late: its export is recorded in the chain at position 4.
    let late = legal.import_export(&first);
    assert!(late.preview.accepted(), "{:?}", late.preview.error);
    assert_eq!(late.preview.added.events, 0);
    assert!(late.preview.warnings.contains(&Warning::EarlierExport { device: device("d1"), claimed: 3, known: 5 }));

    // A full export made from a cut-down copy of the journal: signed by the device, but not recorded anywhere.
    let mut cut = w.clone();
    cut.events.truncate(2);
    let shortened = full(&mut cut, 30);
    let before = legal.events();
    let outcome = legal.import_export(&shortened);
    let refusal = outcome.preview.error.clone().unwrap();
    assert_eq!(refusal, Refusal::Shortened { device: device("d1"), claimed: 2, known: 5 });
    assert!(refusal.describe().contains("事件可能被删除"));
    assert_eq!(legal.events(), before);
    assert_eq!(outcome.plan.quarantine().len(), 1);
    assert_eq!(outcome.plan.quarantine()[0].code, "shortened");

    // An incremental export only claims a run: an old run is not a shortening.
    let mut inc = officer("李四", "d2", 2);
    let r = create(&mut inc, record("甲"), 0);
    let run1 = incremental(&mut inc, 1);
    note(&mut inc, r, "乙", 2);
    let run2 = incremental(&mut inc, 3);
    legal.import_export(&run2);
    let old = legal.import_export(&run1);
    assert!(old.preview.accepted(), "{:?}", old.preview.error);
    assert_eq!(old.preview.added.events, 1, "the older run fills the gap");
}

#[test]
fn a_shortened_export_that_cannot_be_told_yet_is_flagged_once_the_chain_arrives() {
    let mut w = officer("张三", "d1", 1);
    let id = create(&mut w, record("甲"), 0);
    let honest = full(&mut w, 1); // 1..=1, recorded at 2
    note(&mut w, id, "乙", 2); // 3
    let mut cut = w.clone();
    cut.events.truncate(1);
    let shortened = full(&mut cut, 3); // also claims 1..=1, never recorded
    note(&mut w, id, "丙", 4); // 4
    let run = incremental(&mut w, 5); // 2..=4
    let tail = {
        note(&mut w, id, "丁", 6);
        incremental(&mut w, 7) // 5..=6
    };

    // Only the tail is known: position 2, where the record must be, is not, so neither file can be told yet.
    let mut legal = Legal::new();
    legal.import_export(&tail);
    for export in [&honest, &shortened] {
        let outcome = legal.import_export(export);
        assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
        let unconfirmed = Warning::ExportUnconfirmed { device: device("d1"), claimed: 1, known: 6 };
        assert!(outcome.preview.warnings.contains(&unconfirmed), "{:?}", outcome.preview.warnings);
    }
    assert!(crate::bundle::shortened_imports(&legal.store).is_empty());
    // Once position 2 arrives, the shortened one is flagged, the honest one is not.
    legal.import_export(&run);
    let flagged = crate::bundle::shortened_imports(&legal.store);
    assert_eq!(flagged, vec![(3, Refusal::Shortened { device: device("d1"), claimed: 1, known: 6 })]);
}

#[test]
fn extreme_positions_are_handled_without_overflow() {
    // A device-signed bundle whose event sits at the last possible position, with claims at the limits.
    let d1 = device("d1");
    let body = EventBody::NoteAdded { record_id: EventHash::of_text("某记录"), text: "末位".into() };
    let prev = Some(EventHash::of_text("前一事件"));
    let (event, text) = crate::journal::Event::seal(&d1, "张三", at(0), u64::MAX, prev, &body).unwrap();
    let key = DeviceKey::from_seed([1; 32]);
    let (_, seed) = fixture();
    let make = |first_seq: u64| {
        forged(&seed.text, &key, |o| {
            o.insert("scope".into(), json!("incremental"));
            o.insert("events".into(), json!([text]));
            o.insert(
                "chains".into(),
                json!([{"device": "d1", "first_seq": first_seq, "last_seq": u64::MAX, "last_hash": event.hash.to_string()}]),
            );
        })
    };
    let mut legal = Legal::enrolled(&[("d1", 1)]);
    let exact = legal.preview("end.json", make(u64::MAX).as_bytes());
    assert!(exact.preview.accepted(), "{:?}", exact.preview.error);
    legal.commit(&exact.plan);
    assert_eq!(legal.store.head(&d1), Some((u64::MAX, event.hash)));
    let wide = Legal::new().preview("wide.json", make(1).as_bytes());
    assert!(matches!(wide.preview.error, Some(Refusal::BrokenChain { .. })), "{:?}", wide.preview.error);
    let zero = Legal::new().preview("zero.json", make(0).as_bytes());
    assert!(matches!(zero.preview.error, Some(Refusal::BrokenChain { .. })), "{:?}", zero.preview.error);
}
