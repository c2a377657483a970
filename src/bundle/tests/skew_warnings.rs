//! Wrong device clocks are shown as warnings and never block an import or change the merged result.

use super::*;
use crate::bundle::{ClockSkew, Warning, prepare_import};

fn skews(outcome: &ImportOutcome) -> Vec<ClockSkew> {
    assert!(outcome.preview.accepted(), "skew never blocks: {:?}", outcome.preview.error);
    assert!(!outcome.plan.events().is_empty(), "and the events are still added");
    outcome
        .preview
        .warnings
        .iter()
        .filter_map(|w| match w {
            Warning::Skew(s) => Some(s.clone()),
            _ => None,
        })
        .collect()
}

fn import_at(export: &Export, now: DateTime<FixedOffset>) -> ImportOutcome {
    let request = ImportRequest { file_name: &export.file_name, bytes: export.text.as_bytes(), by: LEGAL_USER, now };
    prepare_import(&Legal::enrolled(&[("d1", 1), ("d2", 2)]).store, &request)
}

#[test]
fn clocks_within_ten_minutes_raise_nothing() {
    let mut w = officer("张三", "d1", 1);
    create(&mut w, record("甲"), 0);
    let export = full(&mut w, 5);
    assert!(skews(&import_at(&export, at(0))).is_empty(), "exported 5 minutes 'ahead' of the importing clock");
}

#[test]
fn an_export_time_after_the_import_time_is_shown() {
    let mut w = officer("张三", "d1", 1);
    create(&mut w, record("甲"), 0);
    let export = full(&mut w, 3 * 24 * 60);
    let found = skews(&import_at(&export, at(60)));
    assert_eq!(found, vec![ClockSkew::ExportedInFuture { ahead: Duration::minutes(3 * 24 * 60 - 60) }]);
    assert_eq!(found[0].describe(), "导出时间比本机当前时间晚2天23小时，导出设备或本机的时钟可能不准");
}

#[test]
fn an_old_export_is_shown() {
    let mut w = officer("张三", "d1", 1);
    create(&mut w, record("甲"), 0);
    let export = full(&mut w, 1);
    let found = skews(&import_at(&export, at(1) + Duration::days(45)));
    assert_eq!(found, vec![ClockSkew::ExportedLongAgo { behind: Duration::days(45) }]);
    assert!(skews(&import_at(&export, at(1) + Duration::days(29))).is_empty());
}

#[test]
fn events_after_the_export_time_and_a_clock_set_back_are_shown() {
    let mut w = officer("张三", "d1", 1);
    let id = create(&mut w, record("甲"), 3 * 24 * 60); // the clock was 3 days fast
    note(&mut w, id, "乙", 0); // then set right: the next event is timed 3 days earlier
    let export = full(&mut w, 10);
    let found = skews(&import_at(&export, at(20)));
    let ahead = Duration::minutes(3 * 24 * 60);
    assert!(
        found.contains(&ClockSkew::EventsAfterExport { count: 1, ahead: ahead - Duration::minutes(10) }),
        "{found:?}"
    );
    assert!(found.contains(&ClockSkew::EventsInFuture { count: 1, ahead: ahead - Duration::minutes(20) }), "{found:?}");
    assert!(found.contains(&ClockSkew::ClockWentBack { device: device("d1"), count: 1, largest: ahead }), "{found:?}");
}

#[test]
fn concurrent_amendments_stay_a_conflict_whatever_the_clocks_say() {
    // d2's clock is a week behind; each device amends the same version. Neither amendment wins by its time.
    let mut a = officer("张三", "d1", 1);
    let id = create(&mut a, record("原稿"), 0);
    let from_a = full(&mut a, 1);
    let mut b = officer("李四", "d2", 2);
    let amended_b = amend(&mut b, id, vec![id], record("李四的修改"), -7 * 24 * 60);
    let amended_a = amend(&mut a, id, vec![id], record("张三的修改"), 2);
    let (a2, b1) = (incremental(&mut a, 3), full(&mut b, -7 * 24 * 60 + 1));
    let mut legal = Legal::new();
    legal.import_export(&from_a);
    legal.import_export(&a2);
    let outcome = legal.import_export(&b1);
    assert_eq!(outcome.preview.conflicts.len(), 1);
    let competing: Vec<EventHash> = outcome.preview.conflicts[0].versions.iter().map(|a| a.hash).collect();
    assert_eq!(competing.len(), 2);
    assert!(competing.contains(&amended_a) && competing.contains(&amended_b));
    let folded = legal.store.fold();
    let state = folded.record(&id).unwrap();
    assert!(state.is_conflicted());
    assert_eq!(state.versions.len(), 3, "both amendments kept");
}
