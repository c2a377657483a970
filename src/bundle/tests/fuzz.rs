//! The bundle parser's fuzz target, run as a proptest corpus (no cargo-fuzz needed): [`fuzz_one`] imports any
//! bytes into a store that already holds a device's chain and checks what must hold for every input:
//! - it never panics, and is deterministic;
//! - a refused file writes nothing, except that a fork, a shortened chain or an unknown key writes only its
//!   quarantine entry;
//! - an accepted file leaves a store that reloads identically from what was written, with no load issue.
//!
//! The corpus: random bytes; random JSON; valid bundles (full, incremental, v0.9) mutated at the byte level
//! (flips, truncation, insertion, deletion, splicing) and at the JSON level (members deleted, replaced or added,
//! events dropped, duplicated, swapped or altered, claims changed). Mutations left unsigned must be refused unless
//! they did not change the signed content; mutations re-signed with the device's real key reach the chain checks.

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::json;

use super::*;
use crate::bundle::store_keys::MERGED_QUARANTINE_PREFIX;
use crate::bundle::v1_fast::{FastRead, read_fast};
use crate::bundle::verify::read_exactly;
use crate::bundle::{BundleDigest, FormatVersion};

/// The device whose bundles are mutated (key seed 1), and the store that already imported its first bundle.
struct Corpus {
    key: DeviceKey,
    seeds: Vec<String>,
    digests: Vec<BundleDigest>,
    legal: Legal,
}

fn corpus() -> Corpus {
    let mut w = officer("张三", "d1", 1);
    let id = create(&mut w, record("来电说情"), 0);
    note(&mut w, id, "已拒绝", 1);
    let first = full(&mut w, 2);
    amend(&mut w, id, vec![id], record("来电说情，要求从轻"), 3);
    let mut other = officer("李四", "d2", 2);
    let r = create(&mut other, record_about("渝规资罚〔2024〕7号", "赵某", "打探案情"), 4);
    note(&mut other, r, "备注", 5);
    let second = incremental(&mut w, 6);
    let third = full(&mut w, 7);
    let foreign = full(&mut other, 8);
    let mut legal = Legal::new();
    legal.import_export(&first);
    let seeds = vec![first.text, second.text, third.text, foreign.text];
    let digests = [first.digest, second.digest, third.digest, foreign.digest].to_vec();
    Corpus { key: w.key, seeds, digests, legal }
}

/// The fuzz target: prepares the import of `bytes`, checks the invariants, and returns the outcome.
fn fuzz_one(legal: &Legal, bytes: &[u8]) -> ImportOutcome {
    assert_fast_read_agrees(bytes);
    let outcome = legal.preview("fuzz.json", bytes);
    assert_eq!(outcome, legal.preview("fuzz.json", bytes), "deterministic");
    match &outcome.preview.error {
        Some(refusal) => {
            assert!(!refusal.describe().is_empty());
            let only_quarantine = outcome.plan.writes().iter().all(|(k, _)| k.starts_with(MERGED_QUARANTINE_PREFIX));
            assert!(only_quarantine, "a refusal writes at most its quarantine entry");
            if !refusal.quarantines() {
                assert!(outcome.plan.is_empty(), "{refusal:?} writes nothing");
            }
            assert!(outcome.plan.events().is_empty() && outcome.plan.log().is_none());
        }
        None => {
            let mut after = legal.clone();
            after.commit(&outcome.plan);
            after.assert_reloads_identically();
        }
    }
    outcome
}

/// Reading takes a fast path for the files this build writes. Whenever the fast path answers, its answer is the
/// exact path's: the same version, claims and computed digest.
fn assert_fast_read_agrees(bytes: &[u8]) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(FastRead { version, claims, computed }) = read_fast(text) {
        let exact = read_exactly(text).expect("the exact path accepts what the fast path accepts");
        assert_eq!((version, format!("{claims:?}"), computed), (exact.0, format!("{:?}", exact.1), exact.2));
    }
}

#[test]
fn every_file_this_build_writes_takes_the_fast_path() {
    for seed in &shared_corpus().seeds {
        assert!(read_fast(seed).is_some());
        assert_fast_read_agrees(seed.as_bytes());
    }
}

#[derive(Debug, Clone)]
enum ByteMutation {
    Flip(Index, u8),
    Truncate(Index),
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    Splice(Index, usize, Index),
}

fn byte_mutation() -> impl Strategy<Value = ByteMutation> {
    prop_oneof![
        4 => (any::<Index>(), 1u8..=255).prop_map(|(i, x)| ByteMutation::Flip(i, x)),
        2 => any::<Index>().prop_map(ByteMutation::Truncate),
        2 => (any::<Index>(), proptest::collection::vec(any::<u8>(), 1..8)).prop_map(|(i, b)| ByteMutation::Insert(i, b)),
        2 => (any::<Index>(), 1usize..64).prop_map(|(i, n)| ByteMutation::Delete(i, n)),
        1 => (any::<Index>(), 0usize..4, any::<Index>()).prop_map(|(i, s, j)| ByteMutation::Splice(i, s, j)),
    ]
}

fn apply_bytes(mut bytes: Vec<u8>, mutation: &ByteMutation, seeds: &[String]) -> Vec<u8> {
    match mutation {
        ByteMutation::Flip(i, x) if !bytes.is_empty() => {
            let at = i.index(bytes.len());
            bytes[at] ^= x;
        }
        ByteMutation::Truncate(i) => bytes.truncate(i.index(bytes.len() + 1)),
        ByteMutation::Insert(i, extra) => {
            let at = i.index(bytes.len() + 1);
            bytes.splice(at..at, extra.iter().copied());
        }
        ByteMutation::Delete(i, n) if !bytes.is_empty() => {
            let at = i.index(bytes.len());
            bytes.drain(at..(at + n).min(bytes.len()));
        }
        ByteMutation::Splice(i, seed, j) => {
            let other = seeds[seed % seeds.len()].as_bytes();
            bytes.truncate(i.index(bytes.len() + 1));
            bytes.extend_from_slice(&other[j.index(other.len() + 1)..]);
        }
        _ => {}
    }
    bytes
}

#[derive(Debug, Clone)]
enum JsonMutation {
    DeleteMember(Index),
    ReplaceMember(Index, Value),
    AddMember(String, Value),
    DropEvent(Index),
    DuplicateEvent(Index),
    SwapEvents(Index, Index),
    AlterEvent(Index, Index, u8),
    ShiftClaim(Index, bool, i64),
    SetScope(bool),
    SetVersion(String),
    ReplaceNested(Index, Index, Value),
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop_oneof![Just(0u64), Just(1), Just(u64::MAX), Just(u64::MAX - 1)].prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        "[0-9a-f]{64}".prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            proptest::collection::btree_map("[a-z_]{1,10}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn json_mutation() -> impl Strategy<Value = JsonMutation> {
    prop_oneof![
        2 => any::<Index>().prop_map(JsonMutation::DeleteMember),
        2 => (any::<Index>(), json_value()).prop_map(|(i, v)| JsonMutation::ReplaceMember(i, v)),
        1 => ("[a-z_]{1,12}", json_value()).prop_map(|(k, v)| JsonMutation::AddMember(k, v)),
        2 => any::<Index>().prop_map(JsonMutation::DropEvent),
        1 => any::<Index>().prop_map(JsonMutation::DuplicateEvent),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| JsonMutation::SwapEvents(a, b)),
        3 => (any::<Index>(), any::<Index>(), 1u8..=127).prop_map(|(e, i, x)| JsonMutation::AlterEvent(e, i, x)),
        2 => (any::<Index>(), any::<bool>(), -3i64..=3).prop_map(|(i, f, d)| JsonMutation::ShiftClaim(i, f, d)),
        1 => any::<bool>().prop_map(JsonMutation::SetScope),
        1 => prop_oneof![Just("0.9".to_string()), Just("1.1".to_string()), Just("2.0".to_string()), "\\PC{0,5}"]
            .prop_map(JsonMutation::SetVersion),
        1 => (any::<Index>(), any::<Index>(), json_value()).prop_map(|(a, b, v)| JsonMutation::ReplaceNested(a, b, v)),
    ]
}

fn apply_json(object: &mut Map<String, Value>, mutation: &JsonMutation) {
    let keys: Vec<String> = object.keys().cloned().collect();
    let events_len = object.get("events").and_then(Value::as_array).map_or(0, Vec::len);
    match mutation {
        JsonMutation::DeleteMember(i) if !keys.is_empty() => drop(object.remove(&keys[i.index(keys.len())])),
        JsonMutation::ReplaceMember(i, v) if !keys.is_empty() => {
            drop(object.insert(keys[i.index(keys.len())].clone(), v.clone()))
        }
        JsonMutation::AddMember(k, v) => drop(object.insert(k.clone(), v.clone())),
        JsonMutation::DropEvent(i) if events_len > 0 => drop(events_of(object).remove(i.index(events_len))),
        JsonMutation::DuplicateEvent(i) if events_len > 0 => {
            let copy = events_of(object)[i.index(events_len)].clone();
            events_of(object).push(copy);
        }
        JsonMutation::SwapEvents(a, b) if events_len > 0 => {
            events_of(object).swap(a.index(events_len), b.index(events_len))
        }
        JsonMutation::AlterEvent(e, i, x) if events_len > 0 => {
            let event = &mut events_of(object)[e.index(events_len)];
            if let Some(text) = event.as_str() {
                let mut bytes = text.as_bytes().to_vec();
                let at = i.index(bytes.len().max(1)).min(bytes.len().saturating_sub(1));
                if let Some(b) = bytes.get_mut(at) {
                    *b ^= x;
                }
                *event = Value::from(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
        JsonMutation::ShiftClaim(i, first, delta) => {
            if let Some(spans) = object.get_mut("chains").and_then(Value::as_array_mut).filter(|s| !s.is_empty()) {
                let len = spans.len();
                let member = if *first { "first_seq" } else { "last_seq" };
                if let Some(n) = spans[i.index(len)].get(member).and_then(Value::as_i64) {
                    spans[i.index(len)][member] = json!(n + delta);
                }
            }
        }
        JsonMutation::SetScope(full) => {
            drop(object.insert("scope".into(), json!(if *full { "full" } else { "incremental" })))
        }
        JsonMutation::SetVersion(v) => drop(object.insert("version".into(), json!(v))),
        JsonMutation::ReplaceNested(a, b, v) if !keys.is_empty() => {
            let member = object.get_mut(&keys[a.index(keys.len())]);
            match member {
                Some(Value::Object(inner)) if !inner.is_empty() => {
                    let k = inner.keys().nth(b.index(inner.len())).cloned().unwrap_or_default();
                    inner.insert(k, v.clone());
                }
                Some(Value::Array(items)) if !items.is_empty() => {
                    let len = items.len();
                    items[b.index(len)] = v.clone();
                }
                _ => {}
            }
        }
        _ => {}
    }
}

/// Re-digests and re-signs a bundle object with `key`, by the rule of the version it declares (if any).
fn resign(object: &mut Map<String, Value>, key: &DeviceKey) {
    let version = object
        .get("version")
        .and_then(Value::as_str)
        .and_then(FormatVersion::parse)
        .unwrap_or(crate::bundle::CURRENT_VERSION);
    let digest = content_digest(object);
    object.insert("digest".into(), json!(digest.to_string()));
    object.insert("signature".into(), json!(key.sign(&signed_message(version, &digest)).to_string()));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_bytes_are_refused_without_writing(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let outcome = fuzz_one(&corpus_store(), &bytes);
        prop_assert!(outcome.preview.error.is_some());
        prop_assert!(outcome.plan.is_empty());
    }

    #[test]
    fn random_json_is_refused_without_writing(value in json_value()) {
        let outcome = fuzz_one(&corpus_store(), value.to_string().as_bytes());
        prop_assert!(outcome.preview.error.is_some());
        prop_assert!(outcome.plan.is_empty());
    }

    #[test]
    fn byte_mutations_of_valid_bundles_are_refused_unless_the_signed_content_is_unchanged(
        seed in 0usize..4,
        mutations in proptest::collection::vec(byte_mutation(), 1..4),
    ) {
        let c = shared_corpus();
        let bytes = mutations.iter().fold(c.seeds[seed].clone().into_bytes(), |b, m| apply_bytes(b, m, &c.seeds));
        let outcome = fuzz_one(&c.legal, &bytes);
        check_unsigned(c, seed, &outcome);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn json_mutations_of_valid_bundles_are_refused_unless_the_signed_content_is_unchanged(
        seed in 0usize..4,
        mutations in proptest::collection::vec(json_mutation(), 1..4),
    ) {
        let c = shared_corpus();
        let mut value: Value = serde_json::from_str(&c.seeds[seed]).unwrap();
        for m in &mutations {
            apply_json(value.as_object_mut().unwrap(), m);
        }
        let outcome = fuzz_one(&c.legal, value.to_string().as_bytes());
        check_unsigned(c, seed, &outcome);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn json_mutations_signed_by_the_device_itself_never_corrupt_the_store(
        seed in 0usize..4,
        mutations in proptest::collection::vec(json_mutation(), 1..4),
    ) {
        let c = shared_corpus();
        let mut value: Value = serde_json::from_str(&c.seeds[seed]).unwrap();
        let object = value.as_object_mut().unwrap();
        for m in &mutations {
            apply_json(object, m);
        }
        resign(object, &c.key);
        // fuzz_one checks the invariants: a refusal writes at most its quarantine entry; an accepted bundle
        // leaves a store that reloads identically, with every chain free of forks.
        fuzz_one(&c.legal, value.to_string().as_bytes());
    }
}

/// A mutation that was not re-signed gets past the digest and signature only if it left the signed content as it
/// was: then it is the seed bundle, and imports exactly like it.
fn check_unsigned(c: &Corpus, seed: usize, outcome: &ImportOutcome) {
    if let Some(bundle) = &outcome.preview.bundle {
        assert!(c.digests.contains(&bundle.digest), "only unchanged content verifies");
        let original = c.legal.preview("fuzz.json", c.seeds[seed].as_bytes());
        if bundle.digest == c.digests[seed] {
            assert_eq!(outcome.plan.events(), original.plan.events());
            assert_eq!(outcome.preview.error, original.preview.error);
        }
    }
}

/// The corpus, built once per test process (building signs bundles, which is slow in debug builds).
fn shared_corpus() -> &'static Corpus {
    static CORPUS: std::sync::OnceLock<Corpus> = std::sync::OnceLock::new();
    CORPUS.get_or_init(corpus)
}

fn corpus_store() -> Legal {
    shared_corpus().legal.clone()
}
