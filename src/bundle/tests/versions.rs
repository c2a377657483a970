//! Version rules: a newer major version is refused, a newer minor version read if it holds nothing unknown, an
//! older version migrated on read with its signed bytes checked as found.

use serde_json::json;

use super::*;
use crate::bundle::format::FormatVersion;
use crate::bundle::{ImportSource, Refusal, Warning};

/// A v0.9 bundle of `w`'s whole chain: flat exporter members, `heads` instead of `chains`, no `scope`, and the
/// signature over the raw digest bytes.
fn v0_bundle(w: &ChainWriter, sign_as_v1: bool) -> String {
    let head = &w.events.last().unwrap().0;
    let mut object = json!({
        "format": "liuhen-bundle",
        "version": "0.9",
        "device": w.device.as_str(),
        "officer": w.officer,
        "public_key": w.key.public_key().to_string(),
        "exported_at": "2024-05-01T12:00:00.000+08:00",
        "events": w.events.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>(),
        "heads": { w.device.as_str(): { "seq": head.seq, "hash": head.hash.to_string() } },
    });
    let map = object.as_object_mut().unwrap();
    let digest = content_digest(map);
    let version = if sign_as_v1 { super::super::CURRENT_VERSION } else { FormatVersion { major: 0, minor: 9 } };
    map.insert("digest".into(), json!(digest.to_string()));
    map.insert("signature".into(), json!(w.key.sign(&signed_message(version, &digest)).to_string()));
    serde_json::to_string_pretty(&object).unwrap()
}

fn chain() -> ChainWriter {
    let mut w = officer("张三", "d1", 1);
    let id = create(&mut w, record("旧版本导出的记录"), 0);
    note(&mut w, id, "备注", 1);
    w
}

#[test]
fn an_older_version_is_migrated_on_read_and_its_signed_bytes_checked_as_found() {
    let w = chain();
    let text = v0_bundle(&w, false);
    let mut legal = Legal::new();
    let outcome = legal.import("old.json", text.as_bytes());
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    assert!(
        outcome.preview.warnings.contains(&Warning::MigratedFrom { version: FormatVersion { major: 0, minor: 9 } })
    );
    let summary = outcome.preview.bundle.clone().unwrap();
    assert_eq!(summary.scope, ExportScope::Full, "0.x exports were full");
    assert_eq!(summary.chains[0].last_seq, 2);
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(summary.digest, content_digest(value.as_object().unwrap()), "the digest of the file as found");
    assert_eq!(legal.store.event_count(), 2);
    assert!(
        matches!(&legal.store.imports().next().unwrap().source, ImportSource::Bundle { version, .. } if version == "0.9")
    );
    // The same events exported as 1.0 later are duplicates.
    let mut same = w.clone();
    let again = legal.import_export(&full(&mut same, 5));
    assert_eq!((again.preview.added.events, again.preview.added.duplicates), (0, 2));
}

#[test]
fn an_older_version_signed_with_the_newer_rule_is_refused() {
    let text = v0_bundle(&chain(), true);
    let outcome = Legal::new().preview("old.json", text.as_bytes());
    assert!(matches!(outcome.preview.error, Some(Refusal::BadSignature { .. })), "{:?}", outcome.preview.error);
}

#[test]
fn an_older_version_with_members_of_the_newer_one_is_refused() {
    let w = chain();
    let text = edited(&v0_bundle(&w, false), |o| drop(o.insert("scope".into(), json!("full"))));
    let outcome = Legal::new().preview("old.json", text.as_bytes());
    assert!(
        matches!(&outcome.preview.error, Some(Refusal::Schema { detail }) if detail.starts_with("未知字段“scope”"))
    );
}

#[test]
fn a_newer_minor_version_is_read_when_it_holds_nothing_unknown() {
    let mut w = chain();
    let export = full(&mut w, 2);
    let same_members = forged(&export.text, &w.key, |o| drop(o.insert("version".into(), json!("1.4"))));
    let outcome = Legal::enrolled(&[("d1", 1)]).preview("newer.json", same_members.as_bytes());
    assert!(outcome.preview.accepted(), "{:?}", outcome.preview.error);
    assert!(
        outcome
            .preview
            .warnings
            .contains(&Warning::NewerMinorVersion { version: FormatVersion { major: 1, minor: 4 } })
    );
    let new_member = forged(&export.text, &w.key, |o| {
        o.insert("version".into(), json!("1.4"));
        o.insert("compressed".into(), json!(false));
    });
    let outcome = Legal::new().preview("newer.json", new_member.as_bytes());
    assert!(
        matches!(&outcome.preview.error, Some(Refusal::Schema { detail }) if detail.starts_with("未知字段“compressed”"))
    );
    let major = forged(&export.text, &w.key, |o| drop(o.insert("version".into(), json!("3.0"))));
    let outcome = Legal::new().preview("newer.json", major.as_bytes());
    assert_eq!(outcome.preview.error, Some(Refusal::NewerVersion { version: "3.0".into() }));
}
