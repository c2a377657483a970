//! Merge properties over random worlds: several officer devices creating, amending (often the same version
//! concurrently, on different devices) and annotating records, exporting full or incremental bundles at random,
//! with clocks off by days. Importing the bundles in any order, grouped in any batches, any number of times gives
//! the same store and the same records, and nothing is lost.

use proptest::prelude::*;

use super::*;
use crate::bundle::{prepare_imports, shortened_imports};
use crate::journal::{Folded, fold};

const DEVICES: usize = 3;

#[derive(Debug, Clone)]
enum Op {
    Create { dev: usize },
    Amend { dev: usize, record: usize, version: usize },
    Note { dev: usize, record: usize },
    Export { dev: usize, full: bool },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..DEVICES).prop_map(|dev| Op::Create { dev }),
        4 => (0..DEVICES, any::<usize>(), any::<usize>()).prop_map(|(dev, record, version)| Op::Amend { dev, record, version }),
        2 => (0..DEVICES, any::<usize>()).prop_map(|(dev, record)| Op::Note { dev, record }),
        3 => (0..DEVICES, any::<bool>()).prop_map(|(dev, full)| Op::Export { dev, full }),
    ]
}

/// The bundles a world of officers exported (the last export of each device is incremental, so that together
/// they hold every event).
fn world(ops: &[Op], skew_days: &[i64]) -> Vec<Export> {
    let mut writers: Vec<ChainWriter> =
        (0..DEVICES).map(|i| officer(&format!("警员{i}"), &format!("w{i}"), i as u8 + 1)).collect();
    let mut records: Vec<(EventHash, Vec<EventHash>)> = Vec::new();
    let mut bundles = Vec::new();
    for (minute, op) in ops.iter().enumerate() {
        let time = |dev: usize| minute as i64 + skew_days[dev] * 24 * 60;
        match *op {
            Op::Create { dev } => {
                let id = create(&mut writers[dev], record(&format!("第{minute}步新建")), time(dev));
                records.push((id, vec![id]));
            }
            Op::Amend { dev, record: r, version } if !records.is_empty() => {
                let r = r % records.len();
                let (id, versions) = &records[r];
                let (id, amended) = (*id, versions[version % versions.len()]);
                let new = amend(&mut writers[dev], id, vec![amended], record(&format!("第{minute}步修改")), time(dev));
                records[r].1.push(new);
            }
            Op::Note { dev, record: r } if !records.is_empty() => {
                let id = records[r % records.len()].0;
                note(&mut writers[dev], id, &format!("第{minute}步备注"), time(dev));
            }
            Op::Export { dev, full } if !writers[dev].events.is_empty() => {
                let scope = if full { ExportScope::Full } else { ExportScope::Incremental };
                if let Ok(export) = writers[dev].export(scope, at(time(dev))) {
                    bundles.push(export);
                }
            }
            _ => {}
        }
    }
    for w in writers.iter_mut().filter(|w| !w.events.is_empty()) {
        if let Ok(export) = w.export(ExportScope::Incremental, at(ops.len() as i64)) {
            bundles.push(export);
        }
    }
    bundles
}

/// Imports the bundles in this order, one by one, into `legal`; returns whether each was accepted.
fn import_all(legal: &mut Legal, bundles: &[&Export]) -> Vec<bool> {
    bundles.iter().map(|b| legal.import_export(b).preview.accepted()).collect()
}

/// `bundles` reordered by `keys`.
fn shuffled<'a>(bundles: &'a [Export], keys: &[u32]) -> Vec<&'a Export> {
    let mut order: Vec<(u32, usize)> = (0..bundles.len()).map(|i| (keys[i % keys.len()], i)).collect();
    order.sort();
    order.into_iter().map(|(_, i)| &bundles[i]).collect()
}

/// What the store holds that the merge must agree on: the events and the records folded from them.
fn state(legal: &Legal) -> (BTreeMap<EventHash, String>, Folded) {
    (legal.events(), legal.store.fold())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn merging_is_commutative_idempotent_and_loses_nothing(
        ops in proptest::collection::vec(op(), 1..28),
        skew_days in proptest::collection::vec(-5i64..5, DEVICES),
        order_a in proptest::collection::vec(any::<u32>(), 1..16),
        order_b in proptest::collection::vec(any::<u32>(), 1..16),
    ) {
        let bundles = world(&ops, &skew_days);
        let mut a = Legal::new();
        let accepted = import_all(&mut a, &shuffled(&bundles, &order_a));
        prop_assert!(accepted.iter().all(|ok| *ok), "valid bundles are all accepted");

        // Nothing lost: every event of every bundle is in the store, byte for byte.
        let events = a.events();
        for bundle in &bundles {
            let value: Value = serde_json::from_str(&bundle.text).unwrap();
            for text in value["events"].as_array().unwrap() {
                let text = text.as_str().unwrap();
                let hash = crate::journal::Event::read(text).unwrap().event.hash;
                prop_assert_eq!(events.get(&hash).map(String::as_str), Some(text));
            }
        }

        // Commutative: another order gives the same events and records.
        let mut b = Legal::new();
        import_all(&mut b, &shuffled(&bundles, &order_b));
        prop_assert_eq!(state(&a), state(&b));

        // Idempotent: importing everything again changes nothing, and writes nothing.
        let before = a.stored.clone();
        for bundle in shuffled(&bundles, &order_b) {
            let again = a.import_export(bundle);
            prop_assert!(again.plan.is_empty(), "re-import writes nothing");
        }
        prop_assert_eq!(&a.stored, &before);
        prop_assert_eq!(state(&a), state(&b));

        // The records equal those folded from the devices' events directly: merging neither adds nor reorders.
        let all: Vec<crate::journal::Event> = events.values().map(|t| crate::journal::Event::read(t).unwrap().event).collect();
        prop_assert_eq!(&a.store.fold(), &fold(&all, &Default::default()));
        prop_assert!(shortened_imports(&a.store).is_empty(), "no honest export is flagged as shortened");
        a.assert_reloads_identically();
    }

    #[test]
    fn merging_is_associative_over_batches(
        ops in proptest::collection::vec(op(), 1..24),
        skew_days in proptest::collection::vec(-5i64..5, DEVICES),
        order in proptest::collection::vec(any::<u32>(), 1..16),
        cut in (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
    ) {
        let bundles = world(&ops, &skew_days);
        let ordered = shuffled(&bundles, &order);
        let (mut i, mut j) = (cut.0.index(ordered.len() + 1), cut.1.index(ordered.len() + 1));
        if i > j {
            std::mem::swap(&mut i, &mut j);
        }
        let batch = |legal: &mut Legal, group: &[&Export]| {
            let requests: Vec<ImportRequest> = group
                .iter()
                .map(|e| ImportRequest { file_name: &e.file_name, bytes: e.text.as_bytes(), by: LEGAL_USER, now: import_time() })
                .collect();
            for outcome in prepare_imports(&legal.store, &requests) {
                legal.commit(&outcome.plan);
            }
        };
        // (A ∪ B) ∪ C
        // The devices' keys confirmed before: batches of a device's files are then merged as they come.
        let enrolled = || Legal::enrolled(&[("w0", 1), ("w1", 2), ("w2", 3)]);
        let mut left = enrolled();
        batch(&mut left, &ordered[..j]);
        batch(&mut left, &ordered[j..]);
        // A ∪ (B ∪ C)
        let mut right = enrolled();
        batch(&mut right, &ordered[..i]);
        batch(&mut right, &ordered[i..]);
        // A, B, C one by one
        let mut single = enrolled();
        import_all(&mut single, &ordered);
        prop_assert_eq!(state(&left), state(&right));
        prop_assert_eq!(state(&left), state(&single));
        prop_assert_eq!(snapshot(&left.store), snapshot(&single.store), "batches log and pin exactly as single imports");
    }
}
