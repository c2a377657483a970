//! Importing bundles into 法治科's merged store: pure functions that preview what a file would add and prepare
//! the plan that commits it, all or nothing. Nothing is written here; the store changes only when the plan's
//! batch has been written and the plan applied.
//!
//! 第三条 ……遇有行政执法机关内部人员非法过问案件办理的情况，应向局机关法治科报告。
//! 第四条 局法治科应加强检查、抽查，如发现干预、插手案件办理线索的，应当及时向机关负责人报告并开展调查处理……
//!
//! Merging is a set union of events keyed by hash: importing the same bundles in any order, any number of times
//! gives the same events and so the same records (`journal::fold` depends only on the set). Device clocks are
//! never used to order or to refuse anything.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset};

use super::bookkeeping::{ImportLogEntry, ImportSource, PinnedKey, QuarantineEntry};
use super::format::BundleDigest;
use super::merged_store::MergedStore;
use super::plan::ImportPlan;
use super::preview::{AddedSummary, BundleSummary, ConflictPreview, DeviceCount, Preview, Warning};
use super::refusal::Refusal;
use super::skew::clock_skew;
use super::store_keys::quarantine_id;
use super::verify::{BundledEvent, VerifiedBundle, read_bundle};
use crate::journal::{DeviceId, Event, EventBody, EventHash, ExportScope, fold};

/// One file to import.
#[derive(Debug, Clone, Copy)]
pub struct ImportRequest<'a> {
    /// The file's name as chosen by the user.
    pub file_name: &'a str,
    /// Its content, unparsed (the size limit is checked before anything else).
    pub bytes: &'a [u8],
    /// The legal-section user importing it.
    pub by: &'a str,
    /// The importing computer's clock.
    pub now: DateTime<FixedOffset>,
}

/// The preview of a file and the plan that commits it (empty, or only a quarantine entry, when refused).
#[derive(Debug, Clone, PartialEq)]
pub struct ImportOutcome {
    /// What the import does, for the person to confirm.
    pub preview: Preview,
    /// What to write (in one transaction) if they confirm; then apply it to the store.
    pub plan: ImportPlan,
}

/// Previews one file against the store and prepares its plan. Writes nothing.
pub fn prepare_import(store: &MergedStore, request: &ImportRequest) -> ImportOutcome {
    prepare(store, request, None)
}

/// Previews several files as if imported one after the other in the given order (each against the store with the
/// plans before it applied, on a scratch copy). Apply the plans to the store in the same order.
pub fn prepare_imports(store: &MergedStore, requests: &[ImportRequest]) -> Vec<ImportOutcome> {
    let mut scratch = store.clone();
    requests
        .iter()
        .map(|request| {
            let outcome = prepare_import(&scratch, request);
            // Prepared against `scratch` just now, so it cannot be stale.
            let _ = scratch.apply(&outcome.plan);
            outcome
        })
        .collect()
}

/// The common path of imports and key decisions. `accepted` is a key a person has just confirmed for the
/// exporting device (its first key, or a changed one); without it a key not pinned yet holds the file.
pub(crate) fn prepare(store: &MergedStore, request: &ImportRequest, accepted: Option<&PinnedKey>) -> ImportOutcome {
    plan_verified(store, request, read_bundle(request.bytes), accepted)
}

/// The part of an import that depends on the store, for a file already read and verified (`read_bundle`): the
/// preview against what the store holds, and the plan. `request.bytes` is only measured.
pub(crate) fn plan_verified(
    store: &MergedStore,
    request: &ImportRequest,
    verified: Result<VerifiedBundle, Refusal>,
    accepted: Option<&PinnedKey>,
) -> ImportOutcome {
    let mut preview = Preview {
        file_name: request.file_name.to_string(),
        bytes: request.bytes.len(),
        bundle: None,
        added: AddedSummary::default(),
        conflicts: Vec::new(),
        warnings: Vec::new(),
        error: None,
    };
    let plan = ImportPlan::empty(store.revision());
    let bundle = match verified {
        Ok(bundle) => bundle,
        Err(refusal) => {
            preview.error = Some(refusal);
            return ImportOutcome { preview, plan };
        }
    };
    plan_bundle(store, request, bundle, accepted, preview, plan)
}

/// Previews a verified bundle against the store and plans its import.
fn plan_bundle(
    store: &MergedStore,
    request: &ImportRequest,
    bundle: VerifiedBundle,
    accepted: Option<&PinnedKey>,
    mut preview: Preview,
    mut plan: ImportPlan,
) -> ImportOutcome {
    preview.bundle = Some(BundleSummary {
        digest: bundle.digest,
        version: bundle.version,
        exporter: bundle.exporter.clone(),
        exported_at: bundle.exported_at,
        scope: bundle.scope,
        chains: bundle.chains.clone(),
        events: bundle.events.len(),
    });
    preview.warnings.extend(bundle.notes.iter().cloned());

    let (new, duplicates): (Vec<&BundledEvent>, Vec<&BundledEvent>) =
        bundle.events.iter().partition(|e| !store.contains(&e.event.hash));
    preview.added = summarise(&new, duplicates.len());
    preview.conflicts = conflicts(store, &new);
    preview.warnings.extend(context_warnings(store, &bundle, &new, request.now));

    let pin = match check_key(store, &bundle, accepted) {
        Ok(pin) => pin,
        Err(refusal) => {
            return refused(preview, plan, &bundle, refusal, store, request);
        }
    };
    // A key a person has just accepted is pinned even if the file is refused for another reason.
    match find_fork(store, &bundle).map_or_else(|| shortened(store, &bundle), Err) {
        Ok(warning) => preview.warnings.extend(warning),
        Err(refusal) => {
            preview.warnings.extend(pin.iter().map(|p| pin_warning(store, p)));
            plan.add_pins(pin);
            return refused(preview, plan, &bundle, refusal, store, request);
        }
    }
    preview.warnings.extend(pin.iter().map(|p| pin_warning(store, p)));

    let earlier: Vec<u64> = store
        .imports()
        .filter(|entry| matches!(&entry.source, ImportSource::Bundle { digest, .. } if *digest == bundle.digest))
        .map(|entry| entry.number)
        .collect();
    if new.is_empty() && pin.is_none() && !earlier.is_empty() {
        preview.warnings.push(Warning::AlreadyImported { numbers: earlier });
        return ImportOutcome { preview, plan };
    }
    let log = ImportLogEntry {
        number: store.next_import_number(),
        source: ImportSource::Bundle {
            file_name: request.file_name.to_string(),
            digest: bundle.digest,
            exporter: bundle.exporter.clone(),
            exported_at: bundle.exported_at,
            scope: bundle.scope,
            version: bundle.version.to_string(),
        },
        spans: bundle.chains.clone(),
        imported_at: request.now,
        imported_by: request.by.to_string(),
        added: preview.added.clone(),
        warnings: preview.warnings.iter().map(Warning::describe).collect(),
    };
    // The new events move into the plan (the preview above only borrowed them).
    plan.add_events(bundle.events.into_iter().filter(|e| !store.contains(&e.event.hash)));
    plan.add_pins(pin);
    plan.set_log(log);
    ImportOutcome { preview, plan }
}

/// The warning that goes with pinning a key a person has confirmed (kept in the import log: who, when).
fn pin_warning(store: &MergedStore, pin: &PinnedKey) -> Warning {
    Warning::KeyAccepted {
        device: pin.device.clone(),
        public_key: pin.public_key,
        first: store.pinned_keys(&pin.device).is_empty(),
        by: pin.pinned_by.clone(),
        at: pin.pinned_at,
    }
}

/// A refusal that depends on the store: the file goes to the quarantine (once per reason) if the reason calls for
/// it; nothing else is written (except a key a person has just accepted, already in `plan`).
fn refused(
    mut preview: Preview,
    mut plan: ImportPlan,
    bundle: &VerifiedBundle,
    refusal: Refusal,
    store: &MergedStore,
    request: &ImportRequest,
) -> ImportOutcome {
    if refusal.quarantines() {
        let id = quarantine_id(&bundle.digest, refusal.code());
        if store.quarantine_entry(&id).is_some() {
            preview.warnings.push(Warning::AlreadyQuarantined { id });
        } else {
            plan.add_quarantine(QuarantineEntry {
                id,
                file_name: request.file_name.to_string(),
                digest: bundle.digest,
                code: refusal.code().to_string(),
                reason: refusal.describe(),
                received_at: request.now,
                received_by: request.by.to_string(),
                raw: bundle.raw.clone(),
            });
        }
    }
    preview.error = Some(refusal);
    ImportOutcome { preview, plan }
}

/// What the new events add.
pub(crate) fn summarise(new: &[&BundledEvent], duplicates: usize) -> AddedSummary {
    let mut devices: BTreeMap<&DeviceId, usize> = BTreeMap::new();
    for e in new {
        *devices.entry(&e.event.device).or_default() += 1;
    }
    let records: BTreeSet<EventHash> = new.iter().filter_map(|e| e.event.record_id()).collect();
    AddedSummary {
        events: new.len(),
        duplicates,
        devices: devices.into_iter().map(|(device, events)| DeviceCount { device: device.clone(), events }).collect(),
        new_records: new.iter().filter(|e| matches!(e.event.body, EventBody::RecordCreated { .. })).count(),
        records: records.into_iter().collect(),
    }
}

/// The records the new events touch that would be left with concurrent amendments.
fn conflicts(store: &MergedStore, new: &[&BundledEvent]) -> Vec<ConflictPreview> {
    let touched: BTreeSet<EventHash> = new.iter().filter_map(|e| e.event.record_id()).collect();
    let known = touched.iter().flat_map(|id| store.record_events(id));
    let incoming = new.iter().map(|e| &e.event).filter(|e| e.record_id().is_some_and(|id| touched.contains(&id)));
    let events: Vec<&Event> = known.chain(incoming).collect();
    fold(events, &BTreeSet::new())
        .records
        .iter()
        .filter(|r| r.is_conflicted())
        .map(|r| ConflictPreview {
            record_id: r.id,
            case_number: r.current().map(|v| v.record.case.number.clone()).unwrap_or_default(),
            versions: r.conflicting_versions().into_iter().map(|v| v.author.clone()).collect(),
        })
        .collect()
}

/// Warnings that depend on the store or the time of import: relayed devices, unknown kinds, missing earlier
/// events, clock skew.
fn context_warnings(
    store: &MergedStore,
    bundle: &VerifiedBundle,
    new: &[&BundledEvent],
    now: DateTime<FixedOffset>,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    let relayed: Vec<DeviceId> =
        bundle.chains.iter().map(|s| s.device.clone()).filter(|d| *d != bundle.exporter.device).collect();
    if !relayed.is_empty() {
        warnings.push(Warning::Relayed { devices: relayed });
    }
    let unrecognised = new.iter().filter(|e| matches!(e.event.body, EventBody::Unrecognised(_))).count();
    if unrecognised > 0 {
        warnings.push(Warning::Unrecognised { count: unrecognised });
    }
    for span in bundle.chains.iter().filter(|s| s.first_seq > 1) {
        if store.at(&span.device, span.first_seq - 1).is_none() {
            let from = store.last_before(&span.device, span.first_seq).map_or(1, |s| s + 1);
            warnings.push(Warning::MissingEarlier { device: span.device.clone(), from, to: span.first_seq - 1 });
        }
    }
    warnings.extend(clock_skew(bundle, now).into_iter().map(Warning::Skew));
    warnings
}

/// The pin check: the exporting device's key must be one confirmed for it, or the one a person has just accepted
/// (returned, to be pinned). A device with no key yet is not trusted on first use: its file is held until a person
/// compares the fingerprint with the officer's and confirms it ([`Refusal::FirstKey`]); another key than the
/// confirmed ones may be forged ([`Refusal::KeyMismatch`]).
fn check_key(
    store: &MergedStore,
    bundle: &VerifiedBundle,
    accepted: Option<&PinnedKey>,
) -> Result<Option<PinnedKey>, Refusal> {
    let device = &bundle.exporter.device;
    let key = bundle.exporter.public_key;
    let pinned = store.pinned_keys(device);
    if pinned.iter().any(|p| p.public_key == key) {
        return Ok(None);
    }
    if let Some(pin) = accepted.filter(|p| p.device == *device && p.public_key == key) {
        return Ok(Some(pin.clone()));
    }
    if pinned.is_empty() {
        return Err(Refusal::FirstKey {
            device: device.clone(),
            officer: bundle.exporter.officer.clone(),
            presented: key,
        });
    }
    Err(Refusal::KeyMismatch {
        device: device.clone(),
        pinned: pinned.iter().map(|p| p.public_key).collect(),
        presented: key,
    })
}

/// The first position where one of the bundle's events contradicts a chain already in the store.
fn find_fork(store: &MergedStore, bundle: &VerifiedBundle) -> Option<Refusal> {
    bundle.events.iter().find_map(|e| {
        let known_at = |seq: u64| store.at(&e.event.device, seq).map(|k| (k.hash, k.prev));
        fork_with(&e.event, known_at)
    })
}

/// Whether `event` contradicts a chain whose event at a position is given by `known_at` (hash and predecessor):
/// a different event at its position, a different predecessor before it, or a successor naming another
/// predecessor.
pub(crate) fn fork_with(
    event: &Event,
    known_at: impl Fn(u64) -> Option<(EventHash, Option<EventHash>)>,
) -> Option<Refusal> {
    let fork = |seq, known, incoming| Some(Refusal::Fork { device: event.device.clone(), seq, known, incoming });
    if let Some((known, _)) = known_at(event.seq).filter(|(h, _)| *h != event.hash) {
        return fork(event.seq, known, event.hash);
    }
    if let (Some(before), Some(prev)) = (event.seq.checked_sub(1).and_then(&known_at), event.prev)
        && before.0 != prev
    {
        return fork(event.seq - 1, before.0, prev);
    }
    if let Some((_, Some(named))) = event.seq.checked_add(1).and_then(&known_at)
        && named != event.hash
    {
        return fork(event.seq, named, event.hash);
    }
    None
}

/// The shortening rule, about what the bundle signs. A FULL export claims the exporting device's whole chain as
/// it was at export, ending at position `claimed`; the officer app records the export in the chain right after, at
/// `claimed + 1` (`Journal::record_export`). So once the store knows a longer chain for that device:
/// - some later event records this very export (a `BundleExported` with this digest): an honest earlier export,
///   imported late;
/// - otherwise, if the store knows position `claimed + 1`: the export was not recorded where it must be — the
///   bundle was made from a shortened chain;
/// - otherwise (position `claimed + 1` not imported yet) it cannot be told yet: the bundle is accepted with a
///   warning, and [`shortened_imports`] flags it once that position arrives, whatever the order of imports.
///
/// An incremental export claims only a run, so a run older than the known head is merely old.
fn shortened(store: &MergedStore, bundle: &VerifiedBundle) -> Result<Option<Warning>, Refusal> {
    if bundle.scope != ExportScope::Full {
        return Ok(None);
    }
    let device = &bundle.exporter.device;
    let claimed = bundle.chains.iter().find(|s| s.device == *device).map_or(0, |s| s.last_seq);
    Ok(match shortening(store, device, claimed, &bundle.digest) {
        Shortening::NotLonger => None,
        Shortening::Recorded { known } => Some(Warning::EarlierExport { device: device.clone(), claimed, known }),
        Shortening::Undecided { known } => Some(Warning::ExportUnconfirmed { device: device.clone(), claimed, known }),
        Shortening::Shortened { known } => return Err(Refusal::Shortened { device: device.clone(), claimed, known }),
    })
}

/// What the store's chain for `device` says about a full export of it ending at `claimed`.
enum Shortening {
    /// The store knows no position after `claimed`.
    NotLonger,
    /// A later event records this export.
    Recorded { known: u64 },
    /// Position `claimed + 1` is not known yet.
    Undecided { known: u64 },
    /// Position `claimed + 1` is known and no later event records this export.
    Shortened { known: u64 },
}

fn shortening(store: &MergedStore, device: &DeviceId, claimed: u64, digest: &BundleDigest) -> Shortening {
    let Some((known, _)) = store.head(device).filter(|(known, _)| *known > claimed) else {
        return Shortening::NotLonger;
    };
    let recorded = store
        .after(device, claimed)
        .any(|e| matches!(&e.body, EventBody::BundleExported { digest: d, .. } if d == digest));
    if recorded {
        Shortening::Recorded { known }
    } else if store.at(device, claimed.saturating_add(1)).is_some() {
        Shortening::Shortened { known }
    } else {
        Shortening::Undecided { known }
    }
}

/// Full exports already imported that turn out to be shortened now that more of their device's chain is known
/// (see the shortening rule above): the import log number of each, with the reason. Depends only on the store's
/// content, not on the order of imports.
pub fn shortened_imports(store: &MergedStore) -> Vec<(u64, Refusal)> {
    store
        .imports()
        .filter_map(|entry| match &entry.source {
            ImportSource::Bundle { digest, exporter, scope: ExportScope::Full, .. } => {
                let device = &exporter.device;
                let claimed = entry.spans.iter().find(|s| s.device == *device).map_or(0, |s| s.last_seq);
                match shortening(store, device, claimed, digest) {
                    Shortening::Shortened { known } => {
                        Some((entry.number, Refusal::Shortened { device: device.clone(), claimed, known }))
                    }
                    _ => None,
                }
            }
            _ => None,
        })
        .collect()
}
